"""Table-driven tests for the money finder (`extractor.numbers.money`)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractor.numbers import MoneyMatch, find_money, parse_money

D = Decimal

# (sentence, surface, value, currency)
SINGLE_FIGURES = {
    "plain dollars": ("The coin changed hands at $87,970 on Monday.", "$87,970", D("87970"), "USD"),
    "K suffix": ("Traders eye $98K as the next stop.", "$98K", D("98000"), "USD"),
    "k suffix": ("It briefly topped $113k overnight.", "$113k", D("113000"), "USD"),
    "B suffix": ("The fund now manages $1.1B for clients.", "$1.1B", D("1100000000"), "USD"),
    "bn suffix": ("A $1.2bn round closed last week.", "$1.2bn", D("1200000000"), "USD"),
    "million word": ("Outflows hit $447 million.", "$447 million", D("447000000"), "USD"),
    "trillion word": ("Its value is $1.2 trillion now.", "$1.2 trillion", D("1.2e12"), "USD"),
    "mln without currency": ("Net profit was 447 mln in the year.", "447 mln", D("447e6"), None),
    "mln dlrs": ("Sales rose to 31 mln dlrs.", "31 mln dlrs", D("31e6"), "USD"),
    "mln vs": ("Net 10.3 mln vs a loss.", "10.3 mln", D("1.03e7"), None),
    "mln stg": ("The bank added 120 mln stg.", "120 mln stg", D("1.2e8"), "GBP"),
    "cts": ("Profit was 24.5 cts a share.", "24.5 cts", D("0.245"), "USD"),
    "Canadian dlrs": ("It paid 40 mln Canadian dlrs.", "40 mln Canadian dlrs", D("4e7"), "CAD"),
    "US$": ("The bank lent US$5 million to the firm.", "US$5 million", D("5e6"), "USD"),
    "USD code before": ("It raised USD 5 million in seed money.", "USD 5 million", D("5e6"), "USD"),
    "dollars word": ("They paid 5 million dollars for it.", "5 million dollars", D("5e6"), "USD"),
    "euro bn": ("The deal is worth €3.5bn in total.", "€3.5bn", D("3.5e9"), "EUR"),
    "pound m": ("A £200m bond was sold.", "£200m", D("200e6"), "GBP"),
    "yen": ("The ticket cost ¥12,000 in Tokyo.", "¥12,000", D("12000"), "JPY"),
    "rupee crore": ("The startup raised ₹ 3 crore.", "₹ 3 crore", D("3e7"), "INR"),
    "rupee lakh words": ("He owes 35 lakh rupees.", "35 lakh rupees", D("3.5e6"), "INR"),
    "Rs": ("Tickets are Rs 500 each.", "Rs 500", D("500"), "INR"),
    "BTC ticker": ("The wallet moved 12,000 BTC today.", "12,000 BTC", D("12000"), "BTC"),
    "ETH tiny": ("The fee was 0.00042 ETH.", "0.00042 ETH", D("0.00042"), "ETH"),
    "bitcoin word": ("The firm holds 12,000 bitcoin.", "12,000 bitcoin", D("12000"), "BTC"),
    "ether word": ("She sent 5 ether to the contract.", "5 ether", D("5"), "ETH"),
    "USDT million": (
        "The treasury minted 1.5 million USDT.",
        "1.5 million USDT",
        D("1.5e6"),
        "USDT",
    ),
    "SOL": ("Validators staked 400 SOL.", "400 SOL", D("400"), "SOL"),
    "tiny dollar": ("The meme token trades at $0.000012.", "$0.000012", D("0.000012"), "USD"),
    "negative": ("The daily change was -$2,000 for the coin.", "-$2,000", D("-2000"), "USD"),
    "C$": ("A C$40 fee applies.", "C$40", D("40"), "CAD"),
    "A$": ("The miner spent A$2.5 billion.", "A$2.5 billion", D("2.5e9"), "AUD"),
    "HK$": ("Shares closed at HK$85.10.", "HK$85.10", D("85.10"), "HKD"),
    "S$": ("The flat sold for S$1.2m.", "S$1.2m", D("1.2e6"), "SGD"),
    "R$": ("The loan is R$300 million.", "R$300 million", D("3e8"), "BRL"),
    "EUR m": ("It booked EUR 5m of revenue.", "EUR 5m", D("5e6"), "EUR"),
    "spaced M": ("A $5 M grant was made.", "$5 M", D("5e6"), "USD"),
    "euro after figure": ("The fine was 15€ per day.", "15€", D("15"), "EUR"),
    "euros word": ("They spent 40 million euros.", "40 million euros", D("4e7"), "EUR"),
    "yuan word": ("It costs 90 yuan.", "90 yuan", D("90"), "CNY"),
    "won in digits": ("A coffee costs 4,500 won there.", "4,500 won", D("4500"), "KRW"),
    "won with a scale word": ("It lent two billion won.", "two billion won", D("2e9"), "KRW"),
    "cents": ("The stock fell 34 cents.", "34 cents", D("0.34"), "USD"),
    "sats": ("A tip of 500 sats arrived.", "500 sats", D("0.000005"), "BTC"),
    "code after": ("It cost 250 USD to ship.", "250 USD", D("250"), "USD"),
    "money code after": ("It collected $5 million USD.", "$5 million USD", D("5e6"), "USD"),
    "space grouping": ("It sold for 10 000 dollars.", "10 000 dollars", D("10000"), "USD"),
    "decimal thousands": ("Ether traded near $3,412.75.", "$3,412.75", D("3412.75"), "USD"),
    "sentence end": ("Gold hit $2,400.", "$2,400", D("2400"), "USD"),
    "parenthesised": ("The token ($0.51) slipped.", "$0.51", D("0.51"), "USD"),
    "lower-case code": ("quoted at usd 200 per unit", "usd 200", D("200"), "USD"),
    "bitcoin sign": ("The cap is ₿21,000,000 coins.", "₿21,000,000", D("21000000"), "BTC"),
    "written number": ("She paid five million dollars.", "five million dollars", D("5e6"), "USD"),
    "a million": ("He won a million dollars.", "a million dollars", D("1e6"), "USD"),
    "hyphenated words": ("It cost twenty-two euros.", "twenty-two euros", D("22"), "EUR"),
    "dollars and cents": ("It cost 3 dollars 50 cents.", "3 dollars 50 cents", D("3.5"), "USD"),
    "words and cents": (
        "It cost ten dollars and five cents.",
        "ten dollars and five cents",
        D("10.05"),
        "USD",
    ),
    "half a million": (
        "They lost half a million dollars.",
        "half a million dollars",
        D("5e5"),
        "USD",
    ),
    "quarter of a million": (
        "The prize was a quarter of a million euros.",
        "a quarter of a million euros",
        D("250000"),
        "EUR",
    ),
    "half of a billion": (
        "They burned half of a billion dollars.",
        "half of a billion dollars",
        D("5e8"),
        "USD",
    ),
    "third of a million, rounded": (
        "A third of a million dollars went missing.",
        "A third of a million dollars",
        D("333333"),
        "USD",
    ),
    "two thirds of a billion": (
        "Some two thirds of a billion yen moved.",
        "two thirds of a billion yen",
        D("666666667"),
        "JPY",
    ),
    "three quarters": (
        "It is three quarters billion euros.",
        "three quarters billion euros",
        D("7.5e8"),
        "EUR",
    ),
    "hyphen scale": ("A $5-billion plan was cut.", "$5-billion", D("5e9"), "USD"),
    "hyphen cent": ("A 12-cent-a-share payout came.", "12-cent", D("0.12"), "USD"),
    "scaled code": ("Losses above 30 MUSD were booked.", "30 MUSD", D("3e7"), "USD"),
    "scaled code before": ("Sales were MEUR 120 in the year.", "MEUR 120", D("1.2e8"), "EUR"),
    "yuan sign after": ("It costs 100元 here.", "100元", D("100"), "CNY"),
    "newswire fraction": ("Shares closed at 31-7/8 dlrs.", "31-7/8 dlrs", D("31.875"), "USD"),
    "spaced fraction": ("It sold at $7 1/2 a share.", "$7 1/2", D("7.5"), "USD"),
    "$US": ("It raised $US5 million.", "$US5 million", D("5e6"), "USD"),
    "lakh crore": ("Its budget is ₹1.5 lakh crore.", "₹1.5 lakh crore", D("1.5e12"), "INR"),
    "code glued": ("A USD5m note was sold.", "USD5m", D("5e6"), "USD"),
    "code spaced from a digit": ("Each voucher is worth USD 1 today.", "USD 1", D("1"), "USD"),
    "US$ glued to a digit": ("Each voucher is worth US$1 today.", "US$1", D("1"), "USD"),
    "K coins": ("Whales added 500K USDT.", "500K USDT", D("5e5"), "USDT"),
    "T suffix": ("A $1.5T market cap.", "$1.5T", D("1.5e12"), "USD"),
    "M not Mar": ("The $5 Mar contract expired.", "$5", D("5"), "USD"),
    "glued M then a sentence": ("Funds got $75MAnalysts cheered.", "$75M", D("7.5e7"), "USD"),
    "glued bn then a sentence": ("Debt hit €2bnMarkets shrugged.", "€2bn", D("2e9"), "EUR"),
    "Indian grouping": ("The bill was 12,34,567 rupees.", "12,34,567 rupees", D("1234567"), "INR"),
    "cashtag after figure": ("A whale bought 1,250 $SOL at dawn.", "1,250 $SOL", D("1250"), "SOL"),
}

# Round prices with no currency need a thousands scale and a price cue nearby.
# (sentence, surface, value, qualifier)
BARE_PRICES = {
    "cue after": ("Bulls guard the 80k support line.", "80k", D("80000"), "exact"),
    "reclaim before": ("Ether reclaimed 4.2K after lunch.", "4.2K", D("4200"), "exact"),
    "above before": ("It held above 70 thousand for days.", "70 thousand", D("70000"), "more_than"),
    "mark after": ("The 150K mark is next.", "150K", D("150000"), "exact"),
    "price of": ("A price of 60k is cheap.", "60k", D("60000"), "exact"),
    "grouped figure, cue after": (
        "Ether bounced off the 2,400 pivot.",
        "2,400",
        D("2400"),
        "exact",
    ),
    "grouped figure, adjectives then cue": (
        "Bulls now face a 71,500 minor potential resistance.",
        "71,500",
        D("71500"),
        "exact",
    ),
}


def test_grouped_range_gives_two_prices() -> None:
    got = [(m.text, m.value, m.currency) for m in find_money("It left the 60,000-65,000 range.")]
    assert got == [("60,000", D("60000"), None), ("65,000", D("65000"), None)]


@pytest.mark.parametrize(
    ("text", "surface", "value", "qualifier"), BARE_PRICES.values(), ids=BARE_PRICES.keys()
)
def test_bare_price(text: str, surface: str, value: Decimal, qualifier: str) -> None:
    m = _one(text)
    assert (m.text, m.value, m.currency, m.qualifier) == (surface, value, None, qualifier)


# (sentence, surface, value, value_max, currency, qualifier_text)
RANGES = {
    "hyphen both signs": (
        "Support sits in the $89-$109 band.",
        "$89-$109",
        "89",
        "109",
        "USD",
        None,
    ),
    "en dash one sign": (
        "Analysts see $89–109 for the token.",
        "$89–109",
        "89",
        "109",
        "USD",
        None,
    ),
    "between and": (
        "It traded between $100,000 and $105,000 all week.",
        "$100,000 and $105,000",
        "100000",
        "105000",
        "USD",
        "between",
    ),
    "to": (
        "Bids cluster at $100,000 to $105,000.",
        "$100,000 to $105,000",
        "100000",
        "105000",
        "USD",
        None,
    ),
    "shared scale": ("The raise is $1-2 million.", "$1-2 million", "1e6", "2e6", "USD", None),
    "bn both": ("Deals of $1.1-$1.2bn were signed.", "$1.1-$1.2bn", "1.1e9", "1.2e9", "USD", None),
    "shared K both signs": (
        "Seed rounds run $400-$600K now.",
        "$400-$600K",
        "4e5",
        "6e5",
        "USD",
        None,
    ),
    "em dash shared K": ("Grants of $50—$80K were paid.", "$50—$80K", "5e4", "8e4", "USD", None),
    "shared scale with to": (
        "The bill may cost $2.5 to 3 billion.",
        "$2.5 to 3 billion",
        "2.5e9",
        "3e9",
        "USD",
        None,
    ),
    "coins": ("Whales bought 5-10 BTC each.", "5-10 BTC", "5", "10", "BTC", None),
    "bare price range": (
        "Bears eye the 58 – 61k support band.",
        "58 – 61k",
        "58e3",
        "61e3",
        None,
        None,
    ),
    "bare price range, both scaled": (
        "Analysts see 70k-75k resistance.",
        "70k-75k",
        "7e4",
        "7.5e4",
        None,
        None,
    ),
    "between coins": (
        "They hold between 100 and 200 BTC.",
        "100 and 200 BTC",
        100,
        200,
        "BTC",
        "between",
    ),
}

# (sentence, qualifier, qualifier_text, surface)
QUALIFIERS = {
    "around": ("It fetched around $5 million.", "approximately", "around", "$5 million"),
    "about": ("About $3bn left the funds.", "approximately", "About", "$3bn"),
    "roughly": ("Roughly £40m was lost.", "approximately", "Roughly", "£40m"),
    "nearly": ("The token lost nearly $2,000.", "approximately", "nearly", "$2,000"),
    "close to": ("It is close to $70,000 now.", "approximately", "close to", "$70,000"),
    "tilde": ("Fees were ~$4 per swap.", "approximately", "~", "$4"),
    "some": ("Some $600 million was wiped out.", "approximately", "Some", "$600 million"),
    "more than": ("More than $1 billion flowed in.", "more_than", "More than", "$1 billion"),
    "over": ("Over $250m was liquidated.", "more_than", "Over", "$250m"),
    "north of": ("It sits north of $60k.", "more_than", "north of", "$60k"),
    "upwards of": ("Upwards of $9 million moved.", "more_than", "Upwards of", "$9 million"),
    "above in price context": ("The coin climbed above $90,000.", "more_than", "above", "$90,000"),
    "less than": ("Less than $10 million remains.", "less_than", "Less than", "$10 million"),
    "under": ("It slid under $3,000.", "less_than", "under", "$3,000"),
    "at least": ("At least $5m was stolen.", "at_least", "At least", "$5m"),
    "no less than": ("It needs no less than $20bn.", "at_least", "no less than", "$20bn"),
    "up to": ("Fines of up to $1 million apply.", "at_most", "up to", "$1 million"),
    "as much as": ("It could reach as much as $150,000.", "at_most", "as much as", "$150,000"),
    "billion-plus": ("A $2 billion-plus deal was agreed.", "more_than", "-plus", "$2 billion"),
    "or more": ("Orders of $10,000 or more qualify.", "at_least", "or more", "$10,000"),
    "plain": ("It closed at $64,210.", "exact", None, "$64,210"),
}

# (sentence, [surfaces]) — several figures, in order
SEVERAL = {
    "from to is two figures": ("The coin rose from $60,000 to $64,000.", ["$60,000", "$64,000"]),
    "from a qualified figure": ("It went from roughly $70 to $75 a share.", ["$70", "$75"]),
    "move and level": ("Bitcoin was up $2,000 to $105,000.", ["$2,000", "$105,000"]),
    "rose to": ("Ether rose $150 to $3,100 on the day.", ["$150", "$3,100"]),
    "list": ("Prices: $5, $10 and $15.", ["$5", "$10", "$15"]),
    "signed columns": ("Flows: $120 -$35 $40", ["$120", "-$35", "$40"]),
    "two currencies": ("It costs €20 or $22.", ["€20", "$22"]),
    "reversed range is two figures": ("It fell $109 - $89 at once.", ["$109", "$89"]),
    "reversed postfix keeps the last": ("Rewards went 10-5 BTC.", ["5 BTC"]),
    "out of is no range": ("They kept $40 out of the $900 million fund.", ["$40", "$900 million"]),
    "garbage grouping": ("Quotes ran $98,000–$101.5,000 on the day.", ["$98,000"]),
}

# Texts with no money at all.
NO_MONEY = {
    "year": "The halving is due in 2028.",
    "date": "The filing is dated 2025-03-14.",
    "bare number": "The network has 15,000 nodes.",
    "bare million": "The app has 447 million users.",
    "phone": "Call +1 555-123-4567 for details.",
    "quarter": "Revenue in Q2 was flat.",
    "hours": "Over the past 24 hours it was quiet.",
    "cashtag": "Traders piled into $BTC and $ETH.",
    "cashtag with digits": "The $C98 token rallied.",
    "Web3": "Web3 builders met in Lisbon.",
    "year then ticker": "In 2025 BTC outperformed gold.",
    "month-day date then coin": "On March 3, 2026 Ether slid.",
    "day-month date then coin": "By 9 Oct. 2024 BTC had doubled.",
    "numeric date then coin": "On 05/06/2027 SOL halted.",
    "won as a verb after a number word": "Only three won the vote.",
    "won-based compound": "Seven won-denominated venues opened.",
    "digits then a won compound": "The 4 won-listed tokens fell.",
    "ETF count": "The 11 bitcoin ETFs saw inflows.",
    "miners": "Some 30 bitcoin miners joined.",
    "try verb": "We will try 5 times.",
    "leading zeros": "The code 007 BTC is a label.",
    "index name": "The 9,151.80 Euro Stoxx close.",
    "mln with a unit": "Output was 24 mln tonnes.",
    "mln with a count": "It covers 20 mln acres.",
    "pair then compound": "See the SOL/USDT 4-hour chart.",
    "pair then timeframe": "On the ETH/USD 12-hour view, bulls lead.",
    "pair then short timeframe": "The XRP/USD 1D candle closed green.",
    "code then compound": "The EUR 3-month rate eased.",
    "article alone": "A dollar store opened.",
    "word number without currency": "Five million people use it.",
    "someone": "Someone dollars nothing.",
    "basis points": "The cut was 50 bps.",
    "percentage": "Shares rose 13% today.",
    "url": "See https://example.com/page?id=55 now.",
    "round count": "The channel passed 200k subscribers.",
    "round count after a cue word": "It climbed above 30k daily users.",
    "round figure, no cue": "The bot sent 12K messages by noon.",
    "bare number with a cue": "Sellers met the 64000 support.",
    "grouped count before a noun": "The chain added 120,000 new wallets in the range.",
    "grouped figure before a capitalised word": "The 9,250 Nikkei range held.",
    "thousand without a cue": "Some 40 thousand fans came.",
    "code glued to a digit is a token name": "Holders swapped into USD1 overnight.",
}


def _one(text: str) -> MoneyMatch:
    matches = list(find_money(text))
    assert len(matches) == 1, matches
    m = matches[0]
    assert text[m.start : m.end] == m.text
    return m


@pytest.mark.parametrize(
    ("text", "surface", "value", "currency"), SINGLE_FIGURES.values(), ids=SINGLE_FIGURES.keys()
)
def test_single_figure(text: str, surface: str, value: Decimal, currency: str | None) -> None:
    m = _one(text)
    assert (m.text, m.value, m.currency, m.value_max) == (surface, value, currency, None)
    assert m.start == text.index(surface)


@pytest.mark.parametrize(
    ("text", "surface", "low", "high", "currency", "qtext"), RANGES.values(), ids=RANGES.keys()
)
def test_range(
    text: str, surface: str, low: str, high: str, currency: str | None, qtext: str | None
) -> None:
    m = _one(text)
    assert m.text == surface
    assert m.value == D(low) and m.value_max == D(high)
    assert (m.currency, m.qualifier, m.qualifier_text) == (currency, "range", qtext)


@pytest.mark.parametrize(
    ("text", "qualifier", "qtext", "surface"), QUALIFIERS.values(), ids=QUALIFIERS.keys()
)
def test_qualifier(text: str, qualifier: str, qtext: str | None, surface: str) -> None:
    m = _one(text)
    assert (m.qualifier, m.qualifier_text, m.text) == (qualifier, qtext, surface)


@pytest.mark.parametrize(("text", "surfaces"), SEVERAL.values(), ids=SEVERAL.keys())
def test_several(text: str, surfaces: list[str]) -> None:
    matches = list(find_money(text))
    assert [m.text for m in matches] == surfaces
    assert all(text[m.start : m.end] == m.text for m in matches)
    assert all(a.end <= b.start for a, b in zip(matches, matches[1:], strict=False))


@pytest.mark.parametrize("text", NO_MONEY.values(), ids=NO_MONEY.keys())
def test_no_money(text: str) -> None:
    assert list(find_money(text)) == []


def test_spaced_minus_is_not_a_sign() -> None:
    assert _one("Bonds - - $ 75 million were sold.").value == D("75000000")


def test_values_are_exact_decimals() -> None:
    m = _one("It raised $0.1bn.")
    assert isinstance(m.value, Decimal) and str(m.value) == "100000000"


# (input, expected)
PARSE = {
    "bn": ("$1.2bn", (D("1200000000"), "USD")),
    "million": ("$447 million", (D("447000000"), "USD")),
    "coin": ("0.5 BTC", (D("0.5"), "BTC")),
    "no currency": ("447 mln", (D("447000000"), None)),
    "padded": ("  €3.5bn ", (D("3500000000"), "EUR")),
    "not money": ("2025", None),
    "two figures": ("$5 and $6", None),
    "empty": ("", None),
}


@pytest.mark.parametrize(("text", "expected"), PARSE.values(), ids=PARSE.keys())
def test_parse_money(text: str, expected: tuple[Decimal, str | None] | None) -> None:
    assert parse_money(text) == expected


KNOWN_GAPS = {
    "accounting negative": ("Revenue was ($99.99).", D("-99.99")),
    "currency word first": ("The fee is dollar 22.5 million.", D("22500000")),
}


@pytest.mark.xfail(strict=True, reason="not supported yet")
@pytest.mark.parametrize(("text", "value"), KNOWN_GAPS.values(), ids=KNOWN_GAPS.keys())
def test_known_gaps(text: str, value: Decimal) -> None:
    assert [m.value for m in find_money(text)] == [value]


ODD_INPUTS = ["$99(", "($99", "$", "$$", "-", "%", "between", "between $", "$1,", "$.", "₹"]


@pytest.mark.parametrize("text", ODD_INPUTS)
def test_odd_inputs_do_not_crash(text: str) -> None:
    for m in find_money(text):
        assert text[m.start : m.end] == m.text
