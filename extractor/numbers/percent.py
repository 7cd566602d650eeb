"""Find and normalise percentages: "13%", "13 per cent", "13-16%", "0.5 percentage points"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from extractor.numbers.qualifiers import blocks_range, qualifier_after, qualifier_before
from extractor.numbers.scale import ANY_NUMBER, figure_ahead, to_decimal
from extractor.numbers.types import EXACT, RANGE, PercentMatch

PERCENT = "percent"
POINTS = "percentage_points"

_POINTS_UNIT = r"(?i:percentage[\s-]+points?|pct\.?\s+points?)(?!\w)|pp(?:ts?)?(?!\w)"
_PERCENT_UNIT = r"[%％]|(?i:per\s?cents?|percent(?:s|age)?|pct)(?![\w])"
_UNIT = rf"(?:{_POINTS_UNIT}|{_PERCENT_UNIT})"
# A sign is attached ("-5%"); "minus"/"negative" are words ("plus or minus 2%" is no sign).
_SIGN = r"(?:[-−+]|(?<!plus\ or\ )(?i:minus|negative)\s+)"
_NEGATIVE = ("-", "−", "minus", "negative")
# A range dash is spaced on both sides or on neither ("2% -3%" is two figures).
_DASH = r"(?:[-–—]|\s[-–]\s)"
# "X to Y%" is a range too, unless a move verb comes before it (checked later).
_CONN = rf"(?(btw)(?:\s+and\s+|{_DASH})|(?:{_DASH}|\s+to\s+))"
_MAX_TO_RATIO = 10

_PERCENT_RE = re.compile(
    rf"""
    (?<![\w.,%/=$€£¥₹])
    (?P<btw>(?i:between)\s+)?
    {figure_ahead(frozenset({"minus", "negative"}))}
    (?P<a_sign>{_SIGN})?(?P<a_num>{ANY_NUMBER})
    (?:
        \s?(?P<a_unit>{_UNIT})
        (?: (?P<ab_conn>{_CONN})
            (?P<b_sign>{_SIGN})?(?P<b_num>{ANY_NUMBER})\s?(?P<b_unit>{_UNIT}) )?
    |
        (?P<ac_conn>{_CONN}) (?P<c_sign>{_SIGN})?(?P<c_num>{ANY_NUMBER})\s?(?P<c_unit>{_UNIT})
    )
    """,
    re.VERBOSE,
)
# URL-encoded characters ("%20", "%2F") are not percentages.
_URL_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")


def _value(sign: str | None, digits: str) -> Decimal:
    return to_decimal(digits, None, sign is not None and sign.strip().lower() in _NEGATIVE)


def _unit(m: re.Match[str]) -> str:
    unit = m["b_unit"] or m["c_unit"] or m["a_unit"] or ""
    return PERCENT if re.fullmatch(_PERCENT_UNIT, unit) else POINTS


def _in_url(text: str, start: int, end: int) -> bool:
    left = text.rfind(" ", 0, start) + 1
    right = text.find(" ", end)
    word = text[left : right if right >= 0 else len(text)]
    return "://" in word or _URL_ESCAPE.search(text, start, end + 2) is not None


def _build(text: str, m: re.Match[str], start: int, end: int, ranged: bool) -> PercentMatch:
    low = _value(m["a_sign"], m["a_num"])
    high_digits = m["b_num"] or m["c_num"]
    qualifier, qtext = EXACT, None
    high = None
    if ranged and high_digits:
        high = _value(m["b_sign"] or m["c_sign"], high_digits)
        qualifier, qtext = RANGE, (m["btw"].strip() if m["btw"] else None)
    else:
        found = qualifier_before(text, start) or qualifier_after(text, end)
        if found:
            qualifier, qtext = found
    return PercentMatch(start, end, text[start:end], low, high, qualifier, qtext, _unit(m))


def _ordered(text: str, m: re.Match[str], start: int) -> bool:
    """A range runs low to high ("2024-25%" is a year and a figure, not a range).

    "X to Y%" is a range only when no move verb comes right before it ("climbed from 8 to 11%"
    is two figures) and the ends are of one order of magnitude, as for money.
    """
    high_digits = m["b_num"] or m["c_num"]
    if not high_digits:
        return True
    low = _value(m["a_sign"], m["a_num"])
    high = _value(m["b_sign"] or m["c_sign"], high_digits)
    if not low < high:
        return False
    conn = m["ab_conn"] or m["ac_conn"] or ""
    if m["btw"] or "to" not in conn:
        return True
    return not blocks_range(text, start) and high <= low * _MAX_TO_RATIO


def find_percentages(text: str) -> Iterator[PercentMatch]:
    """Yield percentages in `text`, in order, non-overlapping, with exact offsets."""
    pos = 0
    while True:
        m = _PERCENT_RE.search(text, pos)
        if m is None:
            return
        start = m.end("btw") if m["btw"] else m.start()
        pos = m.end()
        if _in_url(text, start, m.end()):
            continue
        if _ordered(text, m, start):
            yield _build(text, m, start, m.end(), True)
        elif m["a_unit"]:  # "15%-10%", "rose from 3% to 5%": two figures
            yield _build(text, m, start, m.end("a_unit"), False)
            pos = m.start("b_sign") if m["b_sign"] else m.start("b_num")
        else:  # "2024-25%", "from 8 to 11%": only the second is a percentage
            pos = m.start("c_sign") if m["c_sign"] else m.start("c_num")


def parse_percent(s: str) -> Decimal | None:
    """ "13 per cent" → Decimal("13"); None if `s` holds no single percentage."""
    matches = list(find_percentages(s))
    return matches[0].value if len(matches) == 1 else None
