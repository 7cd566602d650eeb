"""Currency vocabulary as regex fragments and lookups (symbols, ISO codes, words, coins)."""

from __future__ import annotations

import re

from extractor.numbers.tables import alternation, load

_CUR = load("currencies")

SYMBOLS: dict[str, str] = dict(_CUR["symbols"])
CODES: frozenset[str] = frozenset(_CUR["codes"])
CODE_ALIASES: dict[str, str] = dict(_CUR["code_aliases"])
TICKERS: frozenset[str] = frozenset(_CUR["coins"])
_WS = re.compile(r"\s+")


def _norm(word: str) -> str:
    return _WS.sub(" ", word.strip().lower())


# Lower-cased word → (currency, power of ten applied to the figure).
WORDS: dict[str, tuple[str, int]] = {_norm(w): (c, 0) for w, c in _CUR["words"].items()}
for _ticker, _names in _CUR["coins"].items():
    WORDS.update({_norm(n): (_ticker, 0) for n in _names})
WORDS.update({_norm(w): (c, int(e)) for w, (c, e) in _CUR["subunits"].items()})
_ANY_CASE = frozenset(_CUR["codes_any_case"])
AMBIGUOUS_WORDS: frozenset[str] = frozenset(_norm(w) for w in _CUR["ambiguous_words"])
_CODE_SCALES: dict[str, int] = dict(_CUR["code_scale_prefixes"])

# Symbols written before the figure ("$", "US$", "Rs."); letters in them match in any case.
SYMBOL_RE = "(?i:" + alternation(SYMBOLS, flexible_space=False) + ")"
_UPPER_SYMBOLS = {s.upper(): c for s, c in SYMBOLS.items()}
# Symbols that may follow the figure ("15€", "100元") — single signs, not ASCII letters.
POST_SYMBOL_RE = alternation(
    [s for s in SYMBOLS if len(s) == 1 and not (s.isascii() and s.isalnum())],
    flexible_space=False,
)
_UPPER_CODES = alternation(CODES | CODE_ALIASES.keys(), flexible_space=False)
CODE_RE = (
    "(?:"
    + alternation(_CODE_SCALES, flexible_space=False)
    + "?"
    + _UPPER_CODES
    + "|(?i:"
    + alternation(_ANY_CASE, flexible_space=False)
    + "))"
)
TICKER_RE = alternation(TICKERS, flexible_space=False)
WORD_RE = "(?i:" + alternation(WORDS) + ")"
YEAR_CUE_RE = "(?i:" + alternation(_CUR["year_cues"]) + ")"
MONTH_RE = alternation(_CUR["year_date_months"])
NOT_MONEY_AFTER_RE = "(?i:" + alternation(_CUR["not_money_after"]) + r")(?!\w)"


def is_ambiguous_word(word: str) -> bool:
    """True for currency words that are also common English words ("won", "rand")."""
    return _norm(word) in AMBIGUOUS_WORDS


def resolve(token: str) -> tuple[str | None, int]:
    """Currency (ISO code or ticker) and power of ten for a written currency token."""
    token = token.strip()
    if token in TICKERS:
        return token, 0
    upper = token.upper()
    if upper in _UPPER_SYMBOLS:
        return _UPPER_SYMBOLS[upper], 0
    if upper in CODE_ALIASES:
        return CODE_ALIASES[upper], 0
    if upper in CODES or upper in _ANY_CASE:
        return upper, 0
    if token[:1] in _CODE_SCALES and len(token) > 3:
        code, power = resolve(token[1:])
        return code, power + _CODE_SCALES[token[:1]]
    return WORDS.get(_norm(token), (None, 0))
