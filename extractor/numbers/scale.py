"""Exact number parsing: digits with thousands separators, scaled by magnitude words."""

from __future__ import annotations

import re
from decimal import Decimal

from extractor.numbers.tables import alternation, load
from extractor.numbers.words import (
    ARTICLE,
    FRACTION,
    NUMBER_WORDS,
    WORD_NUMBER,
    is_inexact,
    word_value,
)

_SCALES = load("scale_words")
WORD_EXPONENTS: dict[str, int] = {k.lower(): v for k, v in _SCALES["words"].items()}
ABBREV_EXPONENTS: dict[str, int] = dict(_SCALES["abbreviations"])
MONEY_WITHOUT_CURRENCY: frozenset[str] = frozenset(_SCALES["money_without_currency"])

# A figure: 1,234,567.89 | 10 000 | 1234.5 | .5  (no leading zero as in "000"; never
# followed by another digit or digit group).
_GROUPED = r"\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+"
# Newswire fractions: "11-3/4" (11.75), "7 1/2" — binary denominators only, so exact.
_FRACTION = r"\d+[- ][1-9]\d?/(?:2|4|8|16|32|64)(?![\d/])"
# A figure never runs on into more digit groups ("101.5,000" is garbage, not 101.5).
NUMBER = rf"(?!0\d)(?:{_FRACTION}|(?:{_GROUPED}|\d+)(?:\.\d+)?|\.\d+)(?![\d]|[.,]\d)"

# A magnitude word/abbreviation, not the start of a longer word ("$5 Mar" is not "$5 M").
_SCALE_END = r"(?![\w&'’]|-(?!plus\b)[A-Za-z])"
# Paragraphs glued without a space ("$75MAnalysts"): an abbreviation right after the digits,
# then a capitalised word, is still the magnitude.
SCALE = (
    "(?:(?:(?i:"
    + alternation(WORD_EXPONENTS)
    + ")|"
    + alternation(ABBREV_EXPONENTS)
    + ")"
    + _SCALE_END
    + r"|(?<=\d)"
    + alternation(ABBREV_EXPONENTS)
    + r"(?=[A-Z][a-z]))"
)
_NEXT_OK = alternation(_SCALES["money_without_currency_next"])
MONEY_SCALE = (
    alternation(MONEY_WITHOUT_CURRENCY)
    + _SCALE_END
    + rf"(?!\s+(?!{_NEXT_OK}(?![\w.]))[a-z])"  # "30 mln tonnes" is not money
)
_BEFORE_SCALE = rf"(?=[\s-](?i:{alternation(WORD_EXPONENTS)}))"


def figure_ahead(extra_words: frozenset[str] = frozenset()) -> str:
    """Cheap guard: a digit comes within a few characters, or a number word starts here.

    It lets the regex engine skip most positions of a text before trying the big alternation.
    """
    words = alternation(NUMBER_WORDS | extra_words)
    return rf"(?=[^\d\n]{{0,16}}\d|(?i:{words})(?![a-z]))"


FIGURE_AHEAD = figure_ahead()
# A figure in digits or words; "a" only when a magnitude word follows ("a million").
ANY_NUMBER = rf"(?:{NUMBER}|(?:{FRACTION}|{ARTICLE}){_BEFORE_SCALE}|{WORD_NUMBER})"

_ONE = Decimal(1)
_MAX_DIGITS = 27  # quantize() needs the value to fit the default 28-digit context
_WS = re.compile(r"\s+")
_SEPARATORS = re.compile(r"[,\s]")
_FRACTION_PARTS = re.compile(r"[- /]")


def exponent(scale: str | None) -> int:
    """Power of ten for a scale word (`bn` → 9); 0 for None. Raises KeyError if unknown."""
    if not scale:
        return 0
    if scale in ABBREV_EXPONENTS:
        return ABBREV_EXPONENTS[scale]
    return WORD_EXPONENTS[_WS.sub(" ", scale.lower().lstrip("-"))]


def tidy(value: Decimal) -> Decimal:
    """Drop a meaningless exponent: 1.2E+9 → 1200000000, 0.50 → 0.5."""
    if value == value.to_integral_value() and value.adjusted() < _MAX_DIGITS:
        return value.quantize(_ONE)
    return value.normalize()


def number_value(number: str) -> Decimal:
    """ "1,234.5" → 1234.5, "twenty-two" → 22 (digits or words, exact)."""
    if "/" in number:
        whole, numerator, denominator = _FRACTION_PARTS.split(number)
        return tidy(Decimal(whole) + Decimal(numerator) / Decimal(denominator))
    if number[:1].isdigit() or number[:1] == ".":
        return Decimal(_SEPARATORS.sub("", number))
    value = word_value(number)
    if value is None:
        raise ValueError(f"not a number: {number!r}")
    return value


def to_decimal(number: str, scale: str | None = None, negative: bool = False) -> Decimal:
    """`"1,234.5", "k"` → Decimal("1234500"); exact, no floats."""
    value = number_value(number).scaleb(exponent(scale))
    if is_inexact(number):  # "a third of a million" → 333333
        value = value.quantize(_ONE)
    return tidy(-value if negative else value)
