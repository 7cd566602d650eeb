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
WORDS.update({_norm(w): (c, int(e)) for w, (c, e) in _CUR["coin_subunits"].items()})

# Symbols written before the figure ("$", "US$", "Rs."); letter-led ones need a word start.
SYMBOL_RE = alternation(SYMBOLS, flexible_space=False)
# Symbols that may follow the figure ("15€", "100 £") — single non-letter signs only.
POST_SYMBOL_RE = alternation(
    [s for s in SYMBOLS if len(s) == 1 and not s.isalnum() and s != "$"], flexible_space=False
)
CODE_RE = alternation(CODES | CODE_ALIASES.keys(), flexible_space=False)
TICKER_RE = alternation(TICKERS, flexible_space=False)
WORD_RE = "(?i:" + alternation(WORDS) + ")"
NOT_MONEY_AFTER_RE = "(?i:" + alternation(_CUR["not_money_after"]) + r")(?!\w)"


def resolve(token: str) -> tuple[str | None, int]:
    """Currency (ISO code or ticker) and power of ten for a written currency token."""
    token = token.strip()
    if token in SYMBOLS:
        return SYMBOLS[token], 0
    if token in CODE_ALIASES:
        return CODE_ALIASES[token], 0
    if token in CODES or token in TICKERS:
        return token, 0
    return WORDS.get(_norm(token), (None, 0))
