"""Which asset a figure belongs to: the gazetteer's mentions, nearest in the clause first.

Order of evidence: a mention in the figure's clause left of it (nearest first), then elsewhere
in the sentence left of it, then right of it, then (prices only) the latest mention in the
previous sentences, then the article's dominant asset. Unit prices "per share" look for a
security (stock, ETF) instead of a coin.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from extractor.attribution.context import FigureContext
from extractor.attribution.cues import venue_patterns, venue_preposition
from extractor.data_tables import load_json

_UNIT = re.compile(r"^\W{0,2}\s*(?:per|a|each|/)\s*\$?([A-Za-z]+)\b")
_SECURITY_KINDS = frozenset({"stock", "etf", "security"})


class Mention(Protocol):
    start: int
    end: int
    text: str
    ticker: str
    kind: str


@lru_cache(maxsize=1)
def _display_names() -> dict[str, str]:
    """Ticker → common name: the first listed name that is a plain name ("Bitcoin", not
    "Bitcoin's" or "$TRUMP")."""
    out: dict[str, str] = {}
    for a in load_json("assets.json")["assets"]:
        plain = [n for n in a["names"] if "'" not in n and "’" not in n and not n.startswith("$")]
        out[a["ticker"]] = plain[0] if plain else a["ticker"]
    return out


@lru_cache(maxsize=1)
def _names_to_tickers() -> dict[str, str]:
    """Lower-cased asset names and tickers → ticker ("bitcoin" → BTC, "eth" → ETH)."""
    out: dict[str, str] = {}
    for a in load_json("assets.json")["assets"]:
        for n in [a["ticker"], *a["names"]]:
            out.setdefault(n.lower(), a["ticker"])
    return out


def unit_asset(sent_right: str) -> str | None:
    """The asset named as the unit of a price ("$61,250 per bitcoin" → BTC)."""
    m = _UNIT.match(sent_right)
    if m is None:
        return None
    word = m.group(1).lower()
    names = _names_to_tickers()
    return names.get(word) or names.get(word.removesuffix("s"))  # "per bitcoins"


def display_name(ticker: str) -> str:
    """The asset's common name ("Bitcoin" for BTC), or the ticker itself."""
    return _display_names().get(ticker, ticker)


def trading_places(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Drop mentions used as the place of trading ("a high of $0.0000125 on Coinbase"): a
    listed exchange named after "on"/"at"/"via" is the venue, not the priced asset."""
    venues = venue_patterns()
    kept: list[Mention] = []
    for m in mentions:
        before = text[max(0, m.start - 12) : m.start]
        if (
            m.kind != "crypto"
            and venue_preposition().search(before)
            and any(p.fullmatch(m.text) for p, _ in venues)
        ):
            continue
        kept.append(m)
    return kept


class AssetResolver:
    """Asset lookups for the figures of one Doc."""

    def __init__(
        self, mentions: Sequence[Mention], quote_assets: frozenset[str] = frozenset()
    ) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.quote_assets = quote_assets
        counts = Counter(m.ticker for m in self.mentions if m.ticker not in quote_assets)
        first: dict[str, int] = {}
        for m in self.mentions:
            first.setdefault(m.ticker, m.start)
        ranked = sorted(counts, key=lambda t: (-counts[t], first[t]))
        self.dominant: str | None = ranked[0] if ranked else None

    def _between(self, lo: int, hi: int) -> list[Mention]:
        i = bisect_left(self.starts, lo)
        j = bisect_left(self.starts, hi)
        return self.mentions[i:j]

    def _ok(self, m: Mention, currency: str | None, securities: bool) -> bool:
        if m.ticker == currency or m.ticker in self.quote_assets:
            return False
        return not securities or m.kind in _SECURITY_KINDS

    def in_sentence(
        self, ctx: FigureContext, currency: str | None = None, *, securities: bool = False
    ) -> str | None:
        """The nearest mention in the figure's sentence, left of it first."""
        s0, s1 = ctx.sent.start_char, ctx.sent.end_char
        left = [m for m in self._between(s0, ctx.start) if self._ok(m, currency, securities)]
        if left:
            return left[-1].ticker
        right = [m for m in self._between(ctx.end, s1) if self._ok(m, currency, securities)]
        if right:
            return right[0].ticker
        return None

    def just_before(self, char: int, max_gap: int = 30) -> Mention | None:
        """The mention just before ``char`` if it ends at most ``max_gap`` before it."""
        i = bisect_left(self.starts, char)
        if i == 0:
            return None
        m = self.mentions[i - 1]
        return m if 0 <= char - m.end <= max_gap else None

    def before(
        self, char: int, lo: int, currency: str | None = None, *, securities: bool = False
    ) -> str | None:
        """The latest mention in ``[lo, char)``."""
        found = [m for m in self._between(lo, char) if self._ok(m, currency, securities)]
        return found[-1].ticker if found else None

    def last_before(self, char: int, lo: int, tickers: frozenset[str]) -> Mention | None:
        """The latest mention of one of ``tickers`` in ``[lo, char)``."""
        found = [m for m in self._between(lo, char) if m.ticker in tickers]
        return found[-1] if found else None

    def for_price(
        self, ctx: FigureContext, currency: str | None, prev_sent_start: int, *, unit_share: bool
    ) -> str | None:
        """Asset of a unit price: its unit ("per bitcoin"), the sentence, then the previous
        sentences, then the article."""
        unit = unit_asset(ctx.sent_right)
        if unit is not None and unit != currency:
            return unit
        if unit_share:
            # a price per share belongs to a listed security, never to a coin
            return self.in_sentence(ctx, currency, securities=True) or self.before(
                ctx.start, 0, currency, securities=True
            )
        return (
            self.in_sentence(ctx, currency)
            or self.before(ctx.sent.start_char, prev_sent_start, currency)
            or (self.dominant if self.dominant != currency else None)
        )
