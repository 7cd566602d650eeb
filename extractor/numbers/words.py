"""Numbers written in words, below a thousand: "twenty-two", "one hundred and five"."""

from __future__ import annotations

import re
from decimal import Decimal

from extractor.numbers.tables import alternation, load

_SCALES = load("scale_words")
_UNITS: dict[str, int] = dict(_SCALES["units"])
_TENS: dict[str, int] = dict(_SCALES["tens"])
_VALUES: dict[str, int] = {**_UNITS, **_TENS, "a": 1, "an": 1}


def _fraction(value: str) -> Decimal:
    numerator, _, denominator = value.partition("/")
    return Decimal(numerator) / Decimal(denominator or 1)


_FRACTIONS: dict[str, Decimal] = {k: _fraction(v) for k, v in _SCALES["fractions"].items()}
# Fractions with no exact decimal ("a third"): amounts built on them are rounded.
_INEXACT = frozenset(k for k, v in _SCALES["fractions"].items() if "/" in v)
# Words that can end a written number ("twenty-two", "one hundred", "half a").
NUMBER_WORDS: frozenset[str] = frozenset({*_VALUES, *_FRACTIONS, "hundred"})

_UNIT = alternation(_UNITS)
_TENS_RE = alternation(_TENS)
_UNDER_100 = rf"(?:{_TENS_RE}(?:[- ]{_UNIT})?|{_UNIT})"
# "twenty-two", "one hundred and five" (case-insensitive; whole words only).
WORD_NUMBER = rf"(?i:\b{_UNDER_100}(?:\s+hundred(?:\s+(?:and\s+)?{_UNDER_100}(?!\w))?)?(?!\w))"
# "a"/"an" stand for 1 only before a magnitude word: "a million dollars".
ARTICLE = r"(?i:\ban?\b)"
# "half a", "a quarter", "three quarters", "a third of a" — also only before a magnitude word.
# "a quarter of a million": the "of" is optional.
FRACTION = rf"(?i:\b(?:(?:an?|{_UNIT})[- ])?{alternation(_FRACTIONS)}(?:\s+of)?(?:\s+an?)?(?!\w))"
_TOKEN = re.compile(r"[a-z]+")


def word_value(text: str) -> Decimal | None:
    """ "twenty-two" → 22, "one hundred and five" → 105; None if not a written number."""
    current = 0
    for token in _TOKEN.findall(text.lower()):
        if token == "and":
            continue
        if token in _FRACTIONS:  # "three quarters" → 0.75, "half a" → 0.5
            return (current or 1) * _FRACTIONS[token]
        if token == "hundred":
            current = (current or 1) * 100
        elif token in _VALUES:
            current += _VALUES[token]
        else:
            return None
    return Decimal(current)


def is_inexact(text: str) -> bool:
    """True if a written number holds a fraction with no exact decimal ("a third")."""
    return any(token in _INEXACT for token in _TOKEN.findall(text.lower()))
