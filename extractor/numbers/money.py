"""Find and normalise money figures: "$1.2bn", "€3.5 million", "12,000 BTC", "$89–$109"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from extractor.numbers.bare_price import find_bare_prices, find_grouped_prices
from extractor.numbers.currency import (
    CODE_RE,
    MONTH_RE,
    NOT_MONEY_AFTER_RE,
    POST_SYMBOL_RE,
    SYMBOL_RE,
    TICKER_RE,
    WORD_RE,
    YEAR_CUE_RE,
    is_ambiguous_word,
    resolve,
)
from extractor.numbers.qualifiers import blocks_range, qualifier_after, qualifier_before
from extractor.numbers.scale import (
    ANY_NUMBER,
    FIGURE_AHEAD,
    MONEY_SCALE,
    NUMBER,
    SCALE,
    number_value,
    tidy,
    to_decimal,
)
from extractor.numbers.types import EXACT, RANGE, MoneyMatch

_NEG = r"[-−]"
# After a currency code written first: a figure, not a compound ("USDT 4-hour chart").
_CODE_FIGURE = r"(?=\s?[\d.,]*\d(?![\d.,]*-[A-Za-z]))"
# Between a figure and its magnitude word: nothing, a space, or a hyphen ("$5-billion").
_SCALE_SEP = r"(?:\s?|-(?=[A-Za-z]))"
# Range connector: "between X and Y" needs the leading "between"; "X to Y" is checked later.
# A range dash is spaced on both sides or on neither ("$5 -$3" is two figures); an em dash
# only unspaced ("$50—$80K").
_DASH = r"(?:[-–—]|\s[-–]\s)"
_CONN = rf"(?(btw)(?:\s+and\s+|{_DASH})|(?:{_DASH}|\s+to\s+))"
# A cashtag after a figure names the coin ("1,250 $SOL"): upper case, starts with a letter.
_CASHTAG = r"[A-Z][A-Z0-9]{1,9}"

_MONEY = re.compile(
    rf"""
    (?<![\w.,])
    (?P<btw>(?i:between)\s+)?
    {FIGURE_AHEAD}
    (?:
        (?P<a_neg>{_NEG})?
        (?P<a_cur>(?<![A-Za-z/]){SYMBOL_RE}|(?<!/){CODE_RE}{_CODE_FIGURE})\s?
        (?P<a_neg2>{_NEG})?
        (?P<a_num>{NUMBER})(?:{_SCALE_SEP}(?P<a_sc>{SCALE}))?
        (?:
            (?P<a_conn>{_CONN})
            (?P<b_cur>{SYMBOL_RE}|{CODE_RE}(?=\s?\d))?\s?
            (?P<b_num>{NUMBER})(?:{_SCALE_SEP}(?P<b_sc>{SCALE}))?
        )?
        (?:\s?(?P<a_code>{CODE_RE})(?!\w))?
    |
        (?P<c_neg>{_NEG})?
        (?P<c_num>{ANY_NUMBER})(?:{_SCALE_SEP}(?P<c_sc>{SCALE}))?
        (?:
            (?P<c_conn>{_CONN})
            (?P<d_num>{ANY_NUMBER})(?:{_SCALE_SEP}(?P<d_sc>{SCALE}))?
        )?
        (?:
            \s?(?P<c_code>{CODE_RE}|{TICKER_RE})(?!\w)
          | (?:\s+|-)(?P<c_word>{WORD_RE})(?!\w)
          | \s?\$(?P<c_tag>{_CASHTAG})(?![\w$])
          | \s?(?P<c_sym>{POST_SYMBOL_RE})(?!\s?\d|[A-Za-z])
        )
        (?!\s+{NOT_MONEY_AFTER_RE})
    |
        (?P<e_num>{NUMBER})\s?(?P<e_sc>{MONEY_SCALE})
    )
    """,
    re.VERBOSE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_CUE = re.compile(rf"(?<![\w]){YEAR_CUE_RE}[\s-]*\Z")
# A date right before the year: "March 3, 2026", "9 Oct. 2024", "05/06/2027".
_DATE_BEFORE = re.compile(
    rf"(?:(?<![\w]){MONTH_RE}\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?|\b\d{{1,2}}[/-]\d{{1,2}}[/-])\s*\Z"
)
_DATE_WINDOW = 20
_COMPOUND_NEXT = re.compile(r"-[A-Za-z]")
_MAX_TO_RATIO = 10
# A code glued to a single digit with nothing after it is a token's name ("USD1").
_TOKEN_NAME_DIGITS = re.compile(r"\d")
_AND_JOIN = re.compile(r"\s+(?:and\s+)?")


def _prefix_figure(m: re.Match[str]) -> tuple[Decimal, str | None, Decimal | None]:
    cur, power = resolve(m["a_code"] or m["a_cur"])
    negative = bool(m["a_neg"] or m["a_neg2"])
    low = to_decimal(m["a_num"], m["a_sc"], negative)
    high = None
    if m["b_num"]:
        high = to_decimal(m["b_num"], m["b_sc"])
        if not m["a_sc"] and m["b_sc"] and number_value(m["a_num"]) < 1000:
            low = to_decimal(m["a_num"], m["b_sc"], negative)
    return _shift(low, power), cur, (None if high is None else _shift(high, power))


def _postfix_figure(m: re.Match[str]) -> tuple[Decimal, str | None, Decimal | None]:
    if m["c_tag"]:
        cur, power = m["c_tag"], 0
    else:
        cur, power = resolve(m["c_code"] or m["c_word"] or m["c_sym"])
    low = to_decimal(m["c_num"], m["c_sc"], bool(m["c_neg"]))
    high = None
    if m["d_num"]:
        high = to_decimal(m["d_num"], m["d_sc"])
        if not m["c_sc"] and m["d_sc"]:
            low = to_decimal(m["c_num"], m["d_sc"], bool(m["c_neg"]))
    return _shift(low, power), cur, (None if high is None else _shift(high, power))


def _shift(value: Decimal, power: int) -> Decimal:
    return tidy(value.scaleb(power)) if power else value


def _is_year(text: str, m: re.Match[str]) -> bool:
    """ "in 2025 BTC ...", "March 3, 2026 Ether" — a year followed by a coin, not an amount."""
    num = m["c_num"]
    return (
        num is not None
        and not m["c_sc"]
        and _YEAR.fullmatch(num) is not None
        and (
            _YEAR_CUE.search(text, max(0, m.start() - 12), m.start()) is not None
            or _DATE_BEFORE.search(text, max(0, m.start() - _DATE_WINDOW), m.start()) is not None
        )
    )


def _is_english_word(text: str, m: re.Match[str]) -> bool:
    """ "seven won-denominated venues": a currency word that is also plain English needs a figure
    in digits or a magnitude word, and must not start a hyphenated compound."""
    word = m["c_word"]
    if word is None or not is_ambiguous_word(word) or m["c_sc"] or m["d_sc"]:
        return False
    return not m["c_num"][:1].isdigit() or _COMPOUND_NEXT.match(text, m.end()) is not None


def _is_token_name(m: re.Match[str]) -> bool:
    """ "USD1", "EUR0": letters glued to one digit, no scale or range — a token's name."""
    cur = m["a_cur"]
    return (
        cur is not None
        and cur.isalpha()
        and len(cur) >= 3
        and m.end("a_cur") == m.start("a_num")
        and not (m["a_sc"] or m["b_num"] or m["a_code"])
        and _TOKEN_NAME_DIGITS.fullmatch(m["a_num"]) is not None
    )


def _range_ok(text: str, m: re.Match[str], low: Decimal, high: Decimal) -> bool:
    """A range runs low to high; "X to Y" must also not read as a move ("rose from X to Y")."""
    if not low < high:
        return False
    conn = m["a_conn"] or m["c_conn"] or ""
    if m["btw"] or "to" not in conn:
        return True
    shared_scale = m["b_sc"] is not None and m["a_sc"] is None
    if m["a_num"] and not m["b_cur"] and not shared_scale:  # "$2.5 to 3 billion" is a range
        return False
    return not blocks_range(text, m.start()) and high <= low * _MAX_TO_RATIO


def _first_only_end(m: re.Match[str]) -> int:
    """End of the first figure of a rejected "X to Y" pair."""
    for group in ("a_sc", "a_num"):
        if m[group]:
            return m.end(group)
    return m.end()


def _build(
    text: str, start: int, end: int, value: Decimal, cur: str | None, high: Decimal | None, btw: str
) -> MoneyMatch:
    qualifier, qtext = EXACT, None
    if high is not None:
        qualifier, qtext = RANGE, (btw.strip() or None)
    else:
        found = qualifier_before(text, start) or qualifier_after(text, end)
        if found:
            qualifier, qtext = found
    return MoneyMatch(start, end, text[start:end], value, cur, high, qualifier, qtext)


def find_money(text: str) -> Iterator[MoneyMatch]:
    """Yield the money figures in `text`, in order, non-overlapping, with exact offsets."""
    found = list(_joined(text))
    bare = [
        _build(text, start, end, value, None, high, "")
        for start, end, value, high in find_bare_prices(text)
        if not any(m.start < end and start < m.end for m in found)
    ]
    grouped = [
        _build(text, start, end, value, None, None, "")
        for start, end, value in find_grouped_prices(text)
        if not any(m.start < end and start < m.end for m in found + bare)
    ]
    bare += grouped
    if bare:
        found = sorted(found + bare, key=lambda m: m.start)
    yield from found


def _joined(text: str) -> Iterator[MoneyMatch]:
    """Figures from the scanner, with "3 dollars 50 cents" joined into one."""
    pending: MoneyMatch | None = None
    for match in _scan(text):
        if pending is not None and _is_change(text, pending, match):
            total = tidy(pending.value + match.value)
            start, end = pending.start, match.end
            pending = replace(pending, end=end, text=text[start:end], value=total)
            continue
        if pending is not None:
            yield pending
        pending = match
    if pending is not None:
        yield pending


def _is_change(text: str, main: MoneyMatch, small: MoneyMatch) -> bool:
    """ "3 dollars 50 cents", "ten dollars and five cents": one amount in two units."""
    return (
        main.currency is not None
        and main.currency == small.currency
        and main.value_max is None
        and small.value_max is None
        and main.value == main.value.to_integral_value()
        and 0 < small.value < 1
        and _AND_JOIN.fullmatch(text, main.end, small.start) is not None
    )


def _scan(text: str) -> Iterator[MoneyMatch]:
    """Single figures and ranges, before joining "dollars and cents"."""
    pos = 0
    while True:
        m = _MONEY.search(text, pos)
        if m is None:
            return
        start = m.end("btw") if m["btw"] else m.start()
        pos = m.end()
        if m["e_num"]:
            value = to_decimal(m["e_num"], m["e_sc"])
            yield _build(text, start, m.end(), value, None, None, "")
            continue
        if m["c_num"] and _is_year(text, m):
            pos = m.end("c_num")
            continue
        if m["c_num"] and _is_english_word(text, m):
            pos = m.end("c_num")
            continue
        if m["a_num"] and _is_token_name(m):
            continue
        low, cur, high = _prefix_figure(m) if m["a_num"] else _postfix_figure(m)
        if high is not None and not _range_ok(text, m, low, high):
            if not m["a_num"]:  # postfix pair: "from 5 to 6 BTC" — keep only the last figure
                pos = m.start("d_num")
                continue
            end = _first_only_end(m)
            pos = m.start("b_cur") if m["b_cur"] else m.start("b_num")
            yield _build(text, start, end, low, cur, None, "")
            continue
        yield _build(text, start, m.end(), low, cur, high, m["btw"] or "")


def parse_money(s: str) -> tuple[Decimal, str | None] | None:
    """ "$1.2bn" → (Decimal("1200000000"), "USD"); None if `s` holds no single money figure."""
    matches = list(find_money(s))
    if len(matches) != 1:
        return None
    m = matches[0]
    return m.value, m.currency


__all__ = ["find_money", "parse_money"]
