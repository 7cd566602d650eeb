"""Round prices written without a currency: "the 80k support", "reclaimed 4.2K".

Such a figure is money only with a thousands scale (k/K/thousand) and a price cue: a cue
word right after it, or among the few words before it. Any other word right after the
figure ("100k users", "50 thousand holders") makes it a count.

A figure with thousands separators and no scale ("the 70,000 pivot", "a 64,500 minor
resistance", "the 60,000-65,000 range") is a price only with a cue word among the few
lower-case words right after it; a dash range gives one price per end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from extractor.numbers.scale import NUMBER, to_decimal
from extractor.numbers.tables import alternation, load

_SCALES = load("scale_words")
_BARE = _SCALES["bare_price"]
_CUES_AFTER = frozenset(w.lower() for w in _BARE["cues_after"])
_CUES_BEFORE = frozenset(w.lower() for w in _BARE["cues_before"])
# Words that may follow a price without making it a count ("4.2K on Friday").
_FUNCTION_WORDS = frozenset(w.lower() for w in _SCALES["money_without_currency_next"])
_WORDS_BEFORE = int(_BARE["words_before_cue"])

_SCALE = alternation(_BARE["scales"])
# A range dash is spaced on both sides or on neither ("58 – 61k", "70k-75k").
_DASH = r"(?:[-–—]|\s[-–]\s)"
_FIGURE = re.compile(
    rf"(?<![\w.,$€£¥₹#@/+-])"
    rf"(?:(?P<lo>{NUMBER})(?:\s?(?P<lo_sc>{_SCALE}))?{_DASH})?"
    rf"(?P<num>{NUMBER})\s?(?P<sc>{_SCALE})(?![\w&'’])"
)
# Cheap test first: most texts hold no digit followed by a thousands scale at all.
_QUICK = re.compile(rf"\d\s?{_SCALE}(?![\w&'’])")
_NEXT_WORD = re.compile(r"[ \t\xa0-]+([A-Za-z]+)")
_WORD = re.compile(r"[A-Za-z]+")
_WINDOW = 40
_GROUPED_WORDS_AFTER = int(_BARE["grouped_words_after"])
_GROUPED_NUMBER = r"\d{1,3}(?:,\d{3})+"
_GROUPED = re.compile(
    rf"(?<![\w.,$€£¥₹#@/+-])"
    rf"(?:(?P<lo>{_GROUPED_NUMBER})(?:[-–]|\s[-–]\s))?"
    rf"(?P<num>{_GROUPED_NUMBER})(?![\w%$€£¥₹'’]|[.,]\d)"
)
_LOWER_WORDS = re.compile(rf"(?:[ \t\xa0]+[a-z]+){{1,{_GROUPED_WORDS_AFTER}}}")


def find_bare_prices(text: str) -> Iterator[tuple[int, int, Decimal, Decimal | None]]:
    """(start, end, value, value_max) of each round price written without a currency.

    A range ("58 – 61k") shares the second figure's scale when the first has none.
    """
    if _QUICK.search(text) is None:
        return
    for m in _FIGURE.finditer(text):
        nxt = _NEXT_WORD.match(text, m.end())
        after = nxt[1].lower() if nxt else None
        if not (
            after in _CUES_AFTER or (after in (None, *_FUNCTION_WORDS) and _cue_before(text, m))
        ):
            continue
        high = to_decimal(m["num"], m["sc"])
        if m["lo"]:
            low = to_decimal(m["lo"], m["lo_sc"] or m["sc"])
            if low < high:
                yield m.start(), m.end(), low, high
                continue
        yield m.start("num"), m.end(), high, None


def find_grouped_prices(text: str) -> Iterator[tuple[int, int, Decimal]]:
    """(start, end, value) of each figure with thousands separators, no currency and no scale,
    followed within a few lower-case words by a price cue ("the 70,000 pivot")."""
    for m in _GROUPED.finditer(text):
        words = _LOWER_WORDS.match(text, m.end())
        if words is None or not any(w in _CUES_AFTER for w in words[0].split()):
            continue
        if m["lo"]:
            yield m.start("lo"), m.end("lo"), to_decimal(m["lo"])
        yield m.start("num"), m.end("num"), to_decimal(m["num"])


def _cue_before(text: str, m: re.Match[str]) -> bool:
    before = _WORD.findall(text, max(0, m.start() - _WINDOW), m.start())
    return any(w.lower() in _CUES_BEFORE for w in before[-_WORDS_BEFORE:])


__all__ = ["find_bare_prices", "find_grouped_prices"]
