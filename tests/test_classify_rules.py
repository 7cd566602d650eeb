"""Rule tests of the money/percentage attribution on ``spacy.blank("en")`` (no model needed)."""

from __future__ import annotations

from decimal import Decimal

import pytest
import spacy
from spacy.language import Language

from extractor.attribution.context import FigureContext, SentenceIndex, build_contexts
from extractor.attribution.direction import direction_of
from extractor.attribution.figures import merge_percent_ranges, split_money
from extractor.attribution.kinds import price_kinds
from extractor.attribution.liquidations import side_of, venue_in, window_in
from extractor.attribution.money_types import money_type
from extractor.numbers import find_money, find_percentages

COINS = frozenset({"BTC", "ETH", "SOL"})


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


def money_contexts(blank: Language, text: str) -> list[FigureContext]:
    doc = blank(text)
    money = split_money(text, list(find_money(text)), COINS, 1_000_000)
    return build_contexts(doc, list(money), SentenceIndex(doc))


def pct_context(blank: Language, text: str) -> FigureContext:
    doc = blank(text)
    pcts = merge_percent_ranges(text, list(find_percentages(text)))
    assert len(pcts) == 1, pcts
    return build_contexts(doc, list(pcts), SentenceIndex(doc))[0]


KINDS = {
    "trading at": ("Right now the token is trading at $4,210 on most venues.", ["spot"]),
    "all-time high of": (
        "It sits below its all-time high of $5,100 from March.",
        ["all_time_high"],
    ),
    "ATH after figure": ("Buyers pushed toward the $5,100 all-time high again.", ["all_time_high"]),
    "low of": ("The coin slid to a low of $3,050 overnight.", ["low"]),
    "fell from an exact price: the high it fell from": (
        "The coin fell from $3,400 to $3,050 within hours.",
        ["high", "low"],
    ),
    "fell from an approximate price: a level": (
        "The coin fell from just over $3,400 to $3,050 within hours.",
        ["level", "low"],
    ),
    "dropping from a dated price": (
        "The token kept dropping from $7,420 on Monday to about $6,900.",
        ["high", "low"],
    ),
    "rocketed to: a high": ("Shares rocketed to $88.50 before the close.", ["high"]),
    "surged by a percentage to: a high": ("The token surged 14% to $0.71.", ["high"]),
    "slipped by a decimal percentage to: a low": ("It slipped 1.5% to $142 on Monday.", ["low"]),
    "spiked above stays a level": ("The coin spiked above $4,000 late on Friday.", ["level"]),
    "rebounded from: a low": ("The token rebounded from $1.80 within a day.", ["low"]),
    "sell the put: strike": (
        "A desk may sell the $60,000 put and buy the $55,000 put.",
        ["strike", "strike"],
    ),
    "forecast range: two levels": (
        "Analysts think it could consolidate between $4,100 and $4,500 for a while.",
        ["level", "level"],
    ),
    "dash list shares the target": (
        "Downside targets near $3,800–$3,500 remain in play.",
        ["target", "target"],
    ),
    "could fall as low as": ("One trader said the coin could fall as low as $2,200.", ["target"]),
    "may risk falling to as low as": (
        "Should the setup repeat, ether may risk sliding to as low as $1,900.",
        ["target"],
    ),
    "open-ended forecast with a date: target": (
        "Models point toward $9,000+ by March 2027 for ether.",
        ["target"],
    ),
    "capitalised word after the figure starts a glued line": (
        "Ether Breakout Mode Targets $5,200 Nearby support sits lower.",
        ["target"],
    ),
    "session end with its move: close": (
        "Acme shares ended the day up 3.1% to reach $212 in late trading.",
        ["close"],
    ),
    "hypothetical exit: level": (
        "A trader who went short could have been stopped out of the trade at $3,650.",
        ["level"],
    ),
    "today right after the figure: spot": (
        "It slid from $9,950 on Monday to just above $9,400 today.",
        ["high", "spot"],
    ),
    "now acting as support stays a level": (
        "It trades between two key levels: $4,200, now acting as support, and $4,600.",
        ["level", "level"],
    ),
    "hovering around the range: spot": ("The coin is hovering around the $3,300 range.", ["spot"]),
    "stayed just under: a level": ("The price has stayed just under $3,500 all week.", ["level"]),
    "hovers just below: a level": ("Its price hovers just below $3,500 this week.", ["level"]),
    "hovered above: the spot": ("Ether hovered above $3,500 on Tuesday.", ["spot"]),
    "touched before falling back: a high": (
        "Ether briefly traded near $3,900, before falling back to the range.",
        ["high"],
    ),
    "before paring gains: a high": (
        "Ether rose as much as 4% to $3,950 before paring gains.",
        ["high"],
    ),
    "ended the week near: close": ("The coin ended the week near $3,480.", ["close"]),
    "dipped before bouncing: a low": ("It dipped to $2,950 before bouncing hard.", ["low"]),
    "reaching its highest level: a high": (
        "Ether climbed past $3,900 on Friday, reaching its highest level in months.",
        ["high"],
    ),
    "marking a two-week low": ("The token sank to $1.42, marking a two-week low.", ["low"]),
    "support lies at around: a level": (
        "The next key support for the price of the token lies at around $2,150.",
        ["level"],
    ),
    "support is found at: a level": (
        "Resistance sits at $4,100, while support is found at $3,700.",
        ["level", "level"],
    ),
    "at a price point": ("Most calls expire worthless at a $70,000 BTC price.", ["level"]),
    "sentence opening At: thresholds": (
        "At $150 and $200, holders will receive a bonus.",
        ["level", "level"],
    ),
    "peak at": ("It then ran to a two-month peak at $3,900.", ["high"]),
    "between A and B": ("It ranged between $3,100 and $3,300 all week.", ["low", "high"]),
    "range A-B": ("Bids clustered in the $3,100-$3,300 band.", ["level", "level"]),
    "strike list": ("Calls at the $4,000, $4,500 and $5,000 strikes dominate.", ["strike"] * 3),
    "strike prices of": (
        "Open interest grew at strike prices of $6,000 and $7,000.",
        ["strike"] * 2,
    ),
    "moving average at": ("It sits above the 50-day moving average (SMA) at $2,950.", ["level"]),
    "support": ("Traders watch the $2,900 support closely.", ["level"]),
    "mark": ("The token dipped under the $3,000 mark on Monday.", ["level"]),
    "modal target": ("Analysts say it could climb to $6,500 by December.", ["target"]),
    "target after figure": ("The desk flagged $7,200 as its target.", ["target"]),
    "year horizon": ("One fund sees the coin at $9,000 by 2027.", ["target"]),
    "opened at": ("The shares opened trading on Nasdaq at $31.20 on Friday.", ["open"]),
    "closed at": ("The coin closed the week at $3,640.", ["close"]),
    "change by": ("The price jumped by $420 in an hour.", ["other"]),
    "difference": ("It trades about $150 below the previous high.", ["other"]),
    "forecast reaching a price of": (
        "The model says it could rise, reaching a price of $4,400.",
        ["target"],
    ),
    "modal rise above": ("It could rise above $9,000 next cycle.", ["target"]),
    "by month": ("Desks see it at $5,000 by March.", ["target"]),
    "bare record": ("Buyers lifted it to a record $5,400 on Friday.", ["all_time_high"]),
    "as the next level": ("Desks flag $5,800 as the next major resistance level.", ["level"]),
    "change verb": (
        "The stock closed at $40, falling another $1.20 after hours.",
        ["close", "other"],
    ),
    "fell below is a level": ("The coin fell below $3,000 overnight.", ["level"]),
    "title-case modal": ("How Ether Could Hit $8,000 This Cycle", ["target"]),
    "possibly around": ("We may see new highs, possibly around $6,100.", ["target"]),
    "average price": ("It sold the shares at an average price of $12.40.", ["other"]),
    "targeting": ("A breakout is potentially targeting $7,000.", ["target"]),
    "costs": ("One token costs $0.0125 right now.", ["spot"]),
    "at the time of writing": ("It climbed, reaching $3,050 at the time of writing.", ["spot"]),
    "averaging per coin": ("The fund kept buying, averaging $3,010 per coin.", ["other"]),
    "one word before zone": ("The token slid into a key $2 liquidation zone.", ["level"]),
    "date is not a modal": ("Prices fell in May to around $2,500.", ["low"]),
}


@pytest.mark.parametrize("text,expected", KINDS.values(), ids=KINDS.keys())
def test_price_kinds(blank: Language, text: str, expected: list[str]) -> None:
    assert price_kinds(money_contexts(blank, text)) == expected


MONEY_TYPES = {
    "unit price": ("The token changed hands at $2.40 on Tuesday.", "price", False),
    "per share above threshold": (
        "A share of the fund costs $1,200,000 per share.",
        "price",
        False,
    ),
    "large sum is an amount": ("Funds took in $1.2 billion last week.", "amount", False),
    "salary below threshold": ("Base salaries averaged $480,000 last year.", "amount", False),
    "turned into": ("A trader turned $3,000 into a fortune.", "amount", False),
    "position size": ("He opened a $90,000 position on Tuesday.", "amount", False),
    "coin quantity": ("The firm now holds 12,000 BTC in total.", "amount", False),
    "liquidation sentence": ("Traders saw $310 million liquidated in a day.", "liquidation", True),
    "price in liquidation sentence": ("The drop to $3,000 liquidated many traders.", "price", True),
}


@pytest.mark.parametrize("text,expected,liq", MONEY_TYPES.values(), ids=MONEY_TYPES.keys())
def test_money_types(blank: Language, text: str, expected: str, liq: bool) -> None:
    ctx = money_contexts(blank, text)[0]
    m = split_money(text, list(find_money(text)), COINS, 1_000_000)[0]
    got = money_type(ctx, m.value, m.currency, coin_tickers=COINS, liquidation_context=liq)
    assert got == expected


DIRECTIONS = {
    "rose": ("The token rose 4.2% on the day.", "up"),
    "down": ("The index is down 1.1% this morning.", "down"),
    "noun after": ("It posted a sharp 6% surge.", "up"),
    "additional": ("Officials added an additional 15% levy.", "up"),
    "fallen to": ("The premium has fallen to around 7%.", "down"),
    "share": ("Retail accounted for 35% of volume.", None),
    "move noun over modifiers": ("The 3.2% weekly token gain lifted sentiment.", "up"),
    "move noun after a function word is not the figure's": (
        "About 12% of the gains came late.",
        None,
    ),
    "closed lower": ("The stock closed 9% lower on Friday.", "down"),
    "lower than is a distance": ("It sits 9% lower than its peak.", None),
    "slowed": ("Wage growth slowed to 3.1% in June.", "down"),
    "adding": ("Smaller coins were adding as much as 3%.", "up"),
    "parenthesis ends the clause": ("Token price increase, staking yield (12% today).", None),
    "or higher": ("Most funds see 80% or higher approval.", None),
    "level between": ("The yield hovered between 3% and 4% all year.", None),
    "move into a range": ("Several tokens are up in the range between 5% and 9%.", "up"),
    "phrasal made up": ("Retail made up 35% of volume.", None),
    "clause break": ("Sales gained, while the margin was 12% of revenue.", None),
}


@pytest.mark.parametrize("text,expected", DIRECTIONS.values(), ids=DIRECTIONS.keys())
def test_directions(blank: Language, text: str, expected: str | None) -> None:
    assert direction_of(pct_context(blank, text)) == expected


SIDES = {
    "longs left": ("Longs lost $120 million in the rout.", ["long"]),
    "bearish": ("Bearish positions worth $45 million were closed.", ["short"]),
    "pair": (
        "Long liquidations hit $90 million, while short liquidations hit $30 million.",
        ["long", "short"],
    ),
    "none": ("Liquidations reached $200 million across venues.", ["total"]),
    "both sides": ("Some $3 billion in long and short positions were liquidated.", ["total"]),
    "total nearer": (
        "Short sellers were caught out, and total liquidations reached $730 million.",
        ["total"],
    ),
    "adjacent right beats previous clause": (
        "Figures show $135 million in short liquidations and $48 million in long positions.",
        ["short", "long"],
    ),
    "right side": ("Some $75 million in short positions were wiped out.", ["short"]),
    "side named after the verb": (
        "Over $60 million have been liquidated in Solana longs since Monday.",
        ["long"],
    ),
}


@pytest.mark.parametrize("text,expected", SIDES.values(), ids=SIDES.keys())
def test_liquidation_sides(blank: Language, text: str, expected: list[str]) -> None:
    assert [side_of(c) for c in money_contexts(blank, text)] == expected


WINDOWS = {
    "past 24 hours": ("Over the past 24 hours, shorts were squeezed.", ("24 hours", 86400)),
    "last day": ("In the last day traders lost big.", ("24 hours", 86400)),
    "12-hour": ("A 12-hour wave of selling hit.", ("12 hours", 43200)),
    "within seconds": ("Positions were closed within 90 seconds.", ("90 seconds", 90)),
    "daily scale": ("Losses grew on a daily scale.", ("24 hours", 86400)),
    "past week": ("During the past week, volumes fell.", ("1 week", 604800)),
    "vague": ("In the past few hours prices moved.", None),
}


@pytest.mark.parametrize("text,expected", WINDOWS.values(), ids=WINDOWS.keys())
def test_windows(text: str, expected: tuple[str, int] | None) -> None:
    win = window_in(text)
    assert (None if win is None else (win.text, win.seconds)) == expected


VENUES = {
    "named": ("Most of it happened on Bybit and then OKX.", "Bybit"),
    "absent": ("Most of it happened offshore.", None),
}


@pytest.mark.parametrize("text,expected", VENUES.values(), ids=VENUES.keys())
def test_venues(text: str, expected: str | None) -> None:
    assert venue_in(text) == expected


FIGURE_CLEANUPS = {
    "percent range merged": ("Rates sit in the 2.5% to 2.75% band.", [("2.5", "2.75")]),
    "from-to kept apart": (
        "The rate rose from 2% to 3% this year.",
        [("2", None), ("3", None)],
    ),
}


@pytest.mark.parametrize("text,expected", FIGURE_CLEANUPS.values(), ids=FIGURE_CLEANUPS.keys())
def test_percent_ranges(text: str, expected: list[tuple[str, str | None]]) -> None:
    got = merge_percent_ranges(text, list(find_percentages(text)))
    assert [(str(p.value), None if p.value_max is None else str(p.value_max)) for p in got] == [
        (Decimal(a).__str__(), b) for a, b in expected
    ]


def test_coin_counts_and_pairs_are_not_money() -> None:
    text = (
        "About 30,000 ETH contracts expire; see the ETH/USD 1-hour chart. On June 3, 2025 BTC fell."
    )
    assert split_money(text, list(find_money(text)), COINS, 1_000_000) == []
