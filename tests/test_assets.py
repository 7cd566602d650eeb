"""Asset gazetteer and asset attribution, on ``spacy.blank("en")``."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from extractor.attribution.assets import AssetResolver, display_name, unit_asset
from extractor.attribution.context import SentenceIndex, build_contexts
from extractor.components.assets import AssetTagger
from extractor.numbers import find_money


@pytest.fixture(scope="module")
def blank() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.fixture(scope="module")
def tagger(blank: Language) -> AssetTagger:
    return AssetTagger(blank)


MENTIONS = {
    "names and tickers": ("Bitcoin and ETH moved; Solana lagged.", ["BTC", "ETH", "SOL"]),
    "cashtag": ("Traders piled into $DOGE today.", ["DOGE"]),
    "listed fund": (
        "The Sample Income ETF (SMPX) launched. SMPX gained on day one.",
        ["SMPX", "SMPX"],
    ),
    "exchange prefix": ("Acme Holdings (NASDAQ: ACMH) rallied.", ["ACMH"]),
    "no parentheses no security": ("The ticker ABCD is not known.", []),
}


@pytest.mark.parametrize("text,expected", MENTIONS.values(), ids=MENTIONS.keys())
def test_mentions(blank: Language, tagger: AssetTagger, text: str, expected: list[str]) -> None:
    doc = tagger(blank(text))
    assert [m.ticker for m in doc._.nm_assets] == expected


PRICE_ASSETS = {
    "nearest left in sentence": ("Ether hit $3,900 and Solana hit $210.", ["ETH", "SOL"]),
    "right of figure": ("At $0.52, Cardano looked cheap.", ["ADA"]),
    "previous sentence": ("Litecoin woke up. It touched $120.", ["LTC"]),
    "dominant asset": (
        "Bitcoin led. Bitcoin held. Ether slept. Markets were calm. Volume was thin. "
        "The high was $99,000.",
        ["BTC"],
    ),
    "stablecoin is a quote asset": ("USDT pairs showed $64,000 bids.", [None]),
    "per share": (
        "The Sample Income ETF (SMPX) holds Ether. Shares cost $21.50 per share.",
        ["SMPX"],
    ),
}


@pytest.mark.parametrize("text,expected", PRICE_ASSETS.values(), ids=PRICE_ASSETS.keys())
def test_price_assets(
    blank: Language, tagger: AssetTagger, text: str, expected: list[str | None]
) -> None:
    doc = tagger(blank(text))
    index = SentenceIndex(doc)
    money = list(find_money(text))
    resolver = AssetResolver(doc._.nm_assets, frozenset({"USDT", "USDC"}))
    got = []
    for m, ctx in zip(money, build_contexts(doc, list(money), index), strict=True):
        prev = index.sents[max(0, ctx.sent_index - 2)].start_char
        unit = "per share" in ctx.right
        got.append(resolver.for_price(ctx, m.currency, prev, unit_share=unit))
    assert got == expected


UNITS = {
    "coin name": (" per bitcoin, fees included", "BTC"),
    "ticker": (" per ETH.", "ETH"),
    "plural": (" a bitcoins", "BTC"),
    "share": (" per share", None),
    "none": (" on Monday", None),
}


@pytest.mark.parametrize("right,expected", UNITS.values(), ids=UNITS.keys())
def test_unit_asset(right: str, expected: str | None) -> None:
    assert unit_asset(right) == expected


def test_display_name() -> None:
    assert display_name("BTC") == "Bitcoin"
    assert display_name("HYPE") == "HYPE"
    assert display_name("NOPE") == "NOPE"
