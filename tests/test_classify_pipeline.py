"""Money/percentage attribution through the full pipeline (model loaded once per session)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from extractor.components.ext import records_of


def records(nlp: Language, text: str, kind: str) -> list[Any]:
    return list(records_of(nlp(text)).get(kind, []))


PRICES = {
    "asset in clause": (
        "Ether slipped to $3,050 while Solana held near $180.",
        [("ETH", "low"), ("SOL", "level")],
    ),
    "asset from previous sentence": (
        "Dogecoin had a quiet session. The price later settled at $0.21.",
        [("DOGE", "close")],
    ),
    "per share finds the fund": (
        "The Example Growth ETF (EGRX) began trading on Tuesday. It opened at $24.10 per share.",
        [("EGRX", "open")],
    ),
    "large target after asset": ("Some funds see BTC to $1M by 2030.", [("BTC", "target")]),
    "per share without a security": ("The shares were priced at $19 per share.", [(None, "spot")]),
    "worth after an asset": ("At the time, gold was worth $3,300.", [("XAU", "spot")]),
    "stop loss is a level": ("Set a stop loss around $74,000 on bitcoin.", [("BTC", "level")]),
    "conversion per coin": (
        "It paid 15 million yen ($104,000) per bitcoin on average.",
        [("BTC", "level")],
    ),
    "exchange is the venue": (
        "Dogecoin rallied. It reached a high of $0.31 on Coinbase. It then eased to $0.30.",
        [("DOGE", "high"), ("DOGE", "low")],
    ),
    "unit names the asset": (
        "Strategy bought more at an average price of $61,200 per bitcoin.",
        [("BTC", "other")],
    ),
    "change in money": ("Bitcoin dropped by $2,300 in ten minutes.", [("BTC", "other")]),
    "described level noun": (
        "Ether bulls next face a $4,150 minor potential resistance.",
        [("ETH", "level")],
    ),
    "oil without a benchmark": (
        "A supply shock could lift oil to $140 per barrel, one bank warned.",
        [("OIL", "target")],
    ),
    "coin reaching a million": (
        "As Litecoin draws bold forecasts, possibly reaching $2 million one day, fees rise.",
        [("LTC", "target")],
    ),
    "bare grouped levels": (
        "Bitcoin held the lower end of the 96,000-99,000 range.",
        [("BTC", "level"), ("BTC", "level")],
    ),
}


@pytest.mark.parametrize("text,expected", PRICES.values(), ids=PRICES.keys())
def test_prices(nlp: Language, text: str, expected: list[tuple[str | None, str]]) -> None:
    got = [(p.asset, p.kind) for p in records(nlp, text, "prices")]
    assert got == expected


AMOUNTS = {
    "inflows": ("Spot ether funds logged inflows of $410 million on Monday.", "inflows"),
    "open interest": ("Open interest in Solana futures climbed to $6.1 billion.", "Open interest"),
    "figure modifies noun": ("The exchange disclosed a $95 million exploit on Sunday.", "exploit"),
    "holdings in coins": ("The miner now holds 8,400 BTC on its balance sheet.", "holdings"),
    "figure as subject of a cue verb": (
        "Over $300 million in stablecoins was withdrawn from the platform on Monday.",
        "withdrawals",
    ),
    "worth refers back": (
        "The fund owns 1,200 BTC, valued at roughly $130 million.",
        "value",
    ),
    "in a funding round": (
        "Berlin-based Acme Labs has raised $9 million in a pre-seed funding round last week.",
        "pre-seed funding round",
    ),
    "in net outflows": ("The fund saw $40 million in net outflows last week.", "net outflows"),
    "in a noun phrase": (
        "Traders hold $2.1 billion in Ether call options expiring Friday.",
        "call options",
    ),
    "in futures is a market, not the measure": (
        "Open interest reached a record of 3.1 million SOL in futures.",
        "open interest",
    ),
    "total value locked": ("Total value locked in lending apps climbed to $41 billion.", "locked"),
    "fined": ("The regulator fined the broker $2.6 million on Friday.", "fine"),
    "minted": ("The issuer minted $700 million on Tuesday.", "minted"),
    "attracting is inflows": ("The new fund has attracted $4 billion since launch.", "inflows"),
    "in a single transaction says how, not what": (
        "A whale moved $40 million in a single transaction.",
        "moved",
    ),
    "earning is revenue": ("These node operators are now earning $3.2 million per day.", "revenue"),
    "coins changing hands": ("On Monday, over 52,000 BTC changed hands.", "on-chain volume"),
    "glued teaser label gives no subject": ("Related: Whales Move $300M In Tokens", "Whales"),
    "caption label is not the subject": (
        "Key points:About 80% of the $2 billion in ether puts expire worthless.",
        "ether puts",
    ),
}


@pytest.mark.parametrize("text,word", AMOUNTS.values(), ids=AMOUNTS.keys())
def test_amount_subjects(nlp: Language, text: str, word: str) -> None:
    amounts = records(nlp, text, "amounts")
    assert amounts, "no amount found"
    subject = amounts[-1].subject or ""
    assert word.lower() in subject.lower()


PERCENTAGES = {
    "asset move": ("Solana climbed 7% on Thursday.", ("Solana price", "up")),
    "share of": ("Retail buyers made up 42% of weekly volume.", ("weekly volume", None)),
    "modified noun": ("The government announced a 25% tariff on steel imports.", ("tariff", None)),
    "noun subject": (
        "Total market capitalization lost 3% overnight.",
        ("market capitalization", "down"),
    ),
    "distance": ("Ether is now just 4% away from its all-time high.", ("all-time high", None)),
    "modifier asset is not the mover": (
        "Ethereum staking yield increased 2% last month.",
        ("staking yield", "up"),
    ),
    "possessive asset is not the mover": ("Solana's TVL grew by 25% in May.", ("TVL", "up")),
    "owner of a move": ("Analysts pointed to Solana's 12% gain this week.", ("Solana price", "up")),
    "move noun with in": ("Miners saw a 9% drop in hashprice.", ("hashprice", "down")),
    "move noun over link words": (
        "Ether has suffered pullbacks of more than 30% in past cycles.",
        ("pullbacks", "down"),
    ),
    "a set of moves is its own measure": (
        "Past cycle drawdowns ranging from 45% were far deeper.",
        ("drawdowns", "down"),
    ),
    "a return is its own measure": (
        "Across ten years the index posted a total return of over 900%.",
        ("total return", "up"),
    ),
    "a cap is no rise": (
        "The ministry proposed a mining levy of up to 18% on income.",
        ("levy", None),
    ),
    "object to": ("The central bank may cut its policy rate to 3.5% next year.", ("rate", "down")),
    "share of the options in a figure": (
        "About 80% of the $2 billion in ether puts expire worthless.",
        ("ether puts", None),
    ),
    "source label before a glued sentence": (
        "Weekly premium chart. Source: Laevitas The futures premium has stayed below 6% since May.",
        ("futures premium", None),
    ),
    "the stock refers to the company": (
        "Tesla fell again. The stock closed 9% lower on Friday.",
        ("Tesla", "down"),
    ),
    "a modified market is its own mover": (
        "On Friday the broader crypto market slid about 4%.",
        ("crypto market", "down"),
    ),
    "a share of something is no price": (
        "Ether's share of the stablecoin market rose to 56% in May.",
        ("share", "up"),
    ),
    "a generic mover without an asset is its price": (
        "The token crashed 90% from its peak.",
        ("token price", "down"),
    ),
    "a period object is not the measure": (
        "Solana closed the day at $142, up 3%.",
        ("Solana price", "up"),
    ),
    "a parenthetical dash is no label": (
        "The company's revenue — which beat estimates — rose 12%.",
        ("revenue", "up"),
    ),
    "a bare market is the asset's": (
        "Solana traders were nervous as the market fell 4%.",
        ("Solana price", "down"),
    ),
    "move noun over modifiers": (
        "The 3.1% daily SOL price gain surprised traders.",
        ("price", "up"),
    ),
}


@pytest.mark.parametrize("text,expected", PERCENTAGES.values(), ids=PERCENTAGES.keys())
def test_percentages(nlp: Language, text: str, expected: tuple[str, str | None]) -> None:
    pcts = records(nlp, text, "percentages")
    assert len(pcts) == 1
    word, direction = expected
    assert word.lower() in (pcts[0].subject or "").lower()
    assert pcts[0].direction == direction


LIQUIDATIONS = {
    "sides and window": (
        "In the past 24 hours, long liquidations reached $250 million on Binance, "
        "while shorts lost $60 million.",
        [("long", "24 hours", "Binance"), ("short", "24 hours", "Binance")],
    ),
    "nearest window": (
        "Four-hour liquidations hit $150 million, with the 24-hour tally at $420 million.",
        [("total", "4 hours", None), ("total", "24 hours", None)],
    ),
    "follow-on sentence": (
        "Liquidations topped $500 million over the last day. Longs accounted for $410 million.",
        [("total", "24 hours", None), ("long", "24 hours", None)],
    ),
    "follow-on two sentences later": (
        "Liquidations topped $500 million over the last day. Most of them were longs. "
        "Traders with bullish bets lost about $410 million.",
        [("total", "24 hours", None), ("long", "24 hours", None)],
    ),
    "respectively continues a ranking": (
        "Ether traders saw $90 million in liquidations over the past day. "
        "Solana and Cardano followed at $31 million and $12 million, respectively.",
        [("total", "24 hours", None), ("total", "24 hours", None), ("total", "24 hours", None)],
    ),
    "figure named as a liquidation": (
        "The rally caught many who bet against it. A $450M liquidation will not end the trend.",
        [("total", None, None)],
    ),
}


@pytest.mark.parametrize("text,expected", LIQUIDATIONS.values(), ids=LIQUIDATIONS.keys())
def test_liquidations(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [
        (r.side, r.window.text if r.window else None, r.venue)
        for r in records(nlp, text, "liquidations")
    ]
    assert got == expected


NOT_LIQUIDATIONS = {
    "open interest nearer": (
        "Open interest, which fuels liquidation cascades, rose to $41 billion.",
        "amounts",
    ),
    "selling shares is not a liquidation": (
        "The pension fund liquidated its stake in the ETF, worth $2.1 billion.",
        "amounts",
    ),
    "a coin's inflows reaching a sum stay an amount": (
        "Ether fund inflows are reaching $3 million a day.",
        "amounts",
    ),
    "avoiding liquidation": (
        "The trader deposited $3 million more to avoid liquidation.",
        "amounts",
    ),
    "an asset that sat at a sum is no unit price": (
        "Traders liquidated positions as open interest for Solana and Cardano sat at $9 billion.",
        "amounts",
    ),
}


@pytest.mark.parametrize("text,kind", NOT_LIQUIDATIONS.values(), ids=NOT_LIQUIDATIONS.keys())
def test_not_liquidations(nlp: Language, text: str, kind: str) -> None:
    recs = records_of(nlp(text))
    assert not recs.get("liquidations")
    assert len(recs.get(kind, [])) == 1


AMOUNT_SUBJECT_LISTS = {
    "owners of listed valuations": (
        "The coin has now overtaken Initech’s $1.4 trillion valuation "
        "and platinum’s $1.3 trillion.",
        ["Initech valuation", "platinum valuation"],
    ),
    "a contraction is no owner": (
        "The fund said it’s $40 million in total deposits.",
        ["total deposits"],
    ),
    "the noun the figure modifies beats a cue after it": (
        "The startup now has a $95 million war chest, zero debt and a small team.",
        ["war chest"],
    ),
    "a cue past a clause break is the next figure's": (
        "In this year's returns, reported trading gains came to $410 million, "
        "with losses near $60 million.",
        ["trading gains", "losses"],
    ),
}


@pytest.mark.parametrize(
    "text,expected", AMOUNT_SUBJECT_LISTS.values(), ids=AMOUNT_SUBJECT_LISTS.keys()
)
def test_amount_subject_lists(nlp: Language, text: str, expected: list[str]) -> None:
    assert [a.subject for a in records(nlp, text, "amounts")] == expected


def test_holdings_after_a_liquidation_sentence_stay_amounts(nlp: Language) -> None:
    text = (
        "Shorts worth $700 million were liquidated within an hour. "
        "Listed firms hold 640,000 BTC, or 3% of the total supply."
    )
    recs = records_of(nlp(text))
    assert [r.text for r in recs.get("liquidations", [])] == ["$700 million"]
    assert [r.text for r in recs.get("amounts", [])] == ["640,000 BTC"]


def test_distance_after_a_move_has_no_direction(nlp: Language) -> None:
    text = "Solana traded at $140, up 1% on the day and 22% below its record high."
    got = [(p.text, p.direction) for p in records(nlp, text, "percentages")]
    assert got == [("1%", "up"), ("22%", None)]


def test_conjoined_percentages_share_direction_and_subject(nlp: Language) -> None:
    pcts = records(nlp, "Cardano is up 5% in a day and 12% in a week.", "percentages")
    assert [(p.direction, p.subject) for p in pcts] == [("up", "Cardano price")] * 2


def test_comparison_point_takes_previous_type(nlp: Language) -> None:
    text = "The miner earned $61,000 in daily revenue in July, up from $58,000 in June."
    recs = records_of(nlp(text))
    assert [a.text for a in recs["amounts"]] == ["$61,000", "$58,000"]
    assert not recs["prices"]


def test_ranking_phrase_does_not_compete_with_liquidations(nlp: Language) -> None:
    text = "Liquidations on Bybit, the second exchange by trading volume, topped $210 million."
    assert [r.text for r in records(nlp, text, "liquidations")] == ["$210 million"]


def test_amount_used_as_a_level_keeps_the_measure(nlp: Language) -> None:
    text = (
        "The total crypto market cap climbed to $3.4 trillion, posting a 6% gain on the week "
        "and edging toward its record high near $3.8 trillion."
    )
    subjects = [a.subject for a in records(nlp, text, "amounts")]
    assert subjects == ["total crypto market cap", "total crypto market cap"]


def test_hyphenated_words_keep_their_inner_words(nlp: Language) -> None:
    text = "It tapped its $5 billion at-the-market offering again."
    assert records(nlp, text, "amounts")[0].subject == "at-the-market offering"


def test_demonstrative_refers_to_previous_amount(nlp: Language) -> None:
    text = "The miner reported annual revenue of $184 million. This marks a 144% increase."
    pcts = records(nlp, text, "percentages")
    assert "revenue" in (pcts[0].subject or "")


def test_period_is_not_the_subject(nlp: Language) -> None:
    pcts = records(nlp, "Litecoin is up more than 41% year to date.", "percentages")
    assert pcts[0].subject == "Litecoin price"


def test_no_figures_no_records(nlp: Language) -> None:
    recs = records_of(nlp("Markets were closed for the holiday."))
    assert all(not recs.get(k) for k in ("prices", "amounts", "liquidations", "percentages"))


KNOWN_FAILURES = {
    # "reclaim" reads as a level; annotators call a recovery to a price during a session spot
    "reclaim during a session is spot": (
        "It rapidly recovered to reclaim $3,420 during the Asian session.",
        "prices",
        "kind",
        "spot",
    ),
    # the small model gives no subject link from "held rates" to the Fed's rate range
    "rate range subject": (
        "The central bank held rates in the 3.75% to 4.00% range.",
        "percentages",
        "subject",
        "interest rate range",
    ),
}


@pytest.mark.parametrize(
    "text,kind,attr,expected", KNOWN_FAILURES.values(), ids=KNOWN_FAILURES.keys()
)
@pytest.mark.xfail(strict=True, reason="known limitation of the cue rules")
def test_known_failures(nlp: Language, text: str, kind: str, attr: str, expected: str) -> None:
    assert getattr(records(nlp, text, kind)[0], attr) == expected
