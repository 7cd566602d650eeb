"""Table-driven tests for the percentage finder (`extractor.numbers.percent`)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractor.numbers import PercentMatch, find_percentages, parse_percent

D = Decimal

# (sentence, surface, value, unit)
SINGLE = {
    "sign": ("Shares rose 13% on Friday.", "13%", "13", "percent"),
    "per cent": ("Inflation eased to 13 per cent.", "13 per cent", "13", "percent"),
    "percent": ("The index gained 13 percent.", "13 percent", "13", "percent"),
    "pct": ("Output fell 13 pct in May.", "13 pct", "13", "percent"),
    "percentage points": (
        "Rates rose 0.5 percentage points.",
        "0.5 percentage points",
        "0.5",
        "percentage_points",
    ),
    "percentage point hyphen": (
        "A 0.25 percentage-point cut came.",
        "0.25 percentage-point",
        "0.25",
        "percentage_points",
    ),
    "pp": ("Margins improved 1.2pp this year.", "1.2pp", "1.2", "percentage_points"),
    "decimal": ("Yields hit 4.75% on Tuesday.", "4.75%", "4.75", "percent"),
    "negative": ("The fund returned -3.5% last year.", "-3.5%", "-3.5", "percent"),
    "plus sign": ("Ether printed +6.2% overnight.", "+6.2%", "6.2", "percent"),
    "spaced sign": ("Volume is up 20 % this week.", "20 %", "20", "percent"),
    "hundreds": ("It soared 240 percent in a month.", "240 percent", "240", "percent"),
    "thousands": ("The meme coin jumped 1,200% in a day.", "1,200%", "1200", "percent"),
    "capital percent": ("Turnout reached 61 Percent.", "61 Percent", "61", "percent"),
    "start of text": ("45% of holders are in profit.", "45%", "45", "percent"),
    "in parentheses": ("Solana (up 8%) led the pack.", "8%", "8", "percent"),
    "small": ("Funding is 0.01% per eight hours.", "0.01%", "0.01", "percent"),
    "after Q2": ("In Q2 margins were 5.5%.", "5.5%", "5.5", "percent"),
    "written": ("Sales fell twenty percent.", "twenty percent", "20", "percent"),
    "written hundred": ("It is one hundred percent sure.", "one hundred percent", "100", "percent"),
    "minus word": ("Returns were minus five percent.", "minus five percent", "-5", "percent"),
    "plus or minus is no sign": ("Weights vary plus or minus two pct.", "two pct", "2", "percent"),
    "newswire fraction": ("The bond yields 11-3/4 pct.", "11-3/4 pct", "11.75", "percent"),
    "fullwidth sign": ("It rose 7％ in Tokyo.", "7％", "7", "percent"),
}

# (sentence, surface, low, high, qualifier_text)
RANGES = {
    "both signs": ("Growth of 13%-16% is expected.", "13%-16%", "13", "16", None),
    "one sign": ("Growth of 13-16% is expected.", "13-16%", "13", "16", None),
    "en dash": ("Staking pays 4–6% a year.", "4–6%", "4", "6", None),
    "between and": ("It fell between 13% and 16%.", "13% and 16%", "13", "16", "between"),
    "between words": ("Fees are between 2 and 3 percent.", "2 and 3 percent", "2", "3", "between"),
    "spaced dash": ("Expect 10 - 12 per cent.", "10 - 12 per cent", "10", "12", None),
    "decimals": ("Yields of 4.5-4.75% held.", "4.5-4.75%", "4.5", "4.75", None),
    "to, one sign": ("Fees take 2 to 6% of each trade.", "2 to 6%", "2", "6", None),
    "to, both signs": (
        "Savers earn 3.75% to 4.10% on deposits.",
        "3.75% to 4.10%",
        "3.75",
        "4.1",
        None,
    ),
}

# (sentence, qualifier, qualifier_text)
QUALIFIERS = {
    "about": ("Turnover grew about 13%.", "approximately", "about"),
    "around": ("Around 40% of supply is staked.", "approximately", "Around"),
    "almost": ("It is almost 9 percent lower.", "approximately", "almost"),
    "approximately": ("Approximately 3% voted.", "approximately", "Approximately"),
    "more than": ("More than 20 per cent left.", "more_than", "More than"),
    "over": ("Over 60% of wallets are idle.", "more_than", "Over"),
    "exceeding": ("Growth exceeding 5% is rare.", "more_than", "exceeding"),
    "less than": ("Less than 1% is held by retail.", "less_than", "Less than"),
    "below": ("Inflation stayed below 2%.", "less_than", "below"),
    "fewer than": ("Fewer than 10 percent replied.", "less_than", "Fewer than"),
    "at least": ("At least 30% must agree.", "at_least", "At least"),
    "up to": ("Discounts of up to 70% apply.", "at_most", "up to"),
    "at most": ("At most 5% may be sold.", "at_most", "At most"),
    "no more than": ("Fees are no more than 1%.", "at_most", "no more than"),
    "near": ("It posted a near 150% surge.", "approximately", "near"),
    "exact": ("It closed 2.4% higher.", "exact", None),
}

# (sentence, [surfaces])
SEVERAL = {
    "from to is two figures": ("Stakes rose from 10% to 12%.", ["10%", "12%"]),
    "list": ("Moves of 1%, 2% and 3% were seen.", ["1%", "2%", "3%"]),
    "reversed is two figures": ("It went 15%-10% in a week.", ["15%", "10%"]),
    "move from to, one sign": ("Its share climbed from 8 to 11% in May.", ["11%"]),
    "move verb then to": ("Mortgage rates jumped 6.1% to 6.4% last week.", ["6.1%", "6.4%"]),
    "reversed to is two figures": ("The levy went 9% to 4% overnight.", ["9%", "4%"]),
    "money then to a percentage": ("Tickets went $3 to 7% dearer.", ["7%"]),
    "move from a qualified figure": ("Fees went from about 12% to 15% in a year.", ["12%", "15%"]),
    "year then percent": ("The 2024-25% guidance was odd.", ["25%"]),
    "table of signed figures": ("Rows: 2.93% -3.29% 1.1%", ["2.93%", "-3.29%", "1.1%"]),
    "dash then spaced figure": ("Rates -- 0.07 pct and more.", ["0.07 pct"]),
    "percent and points": ("Up 5% or 0.3 percentage points.", ["5%", "0.3 percentage points"]),
}

NO_PERCENT = {
    "basis points": "The Fed cut rates by 50 bps.",
    "basis points words": "A 25 basis point hike came.",
    "bare number": "It has 13 validators.",
    "money": "It costs $13.",
    "url escape": "Open https://example.org/a%20b%2F now.",
    "year": "The year 2025 was volatile.",
    "percent word alone": "A small percent of users stay.",
    "Web3": "Web3 percent mania.",
    "pt abbreviation": "He scored 13 pts.",
    "word number alone": "Twenty people came.",
    "a percent": "A percent of them left.",
}


def _one(text: str) -> PercentMatch:
    matches = list(find_percentages(text))
    assert len(matches) == 1, matches
    m = matches[0]
    assert text[m.start : m.end] == m.text
    return m


@pytest.mark.parametrize(("text", "surface", "value", "unit"), SINGLE.values(), ids=SINGLE.keys())
def test_single(text: str, surface: str, value: str, unit: str) -> None:
    m = _one(text)
    assert (m.text, m.value, m.unit, m.value_max) == (surface, D(value), unit, None)
    assert m.start == text.index(surface)


@pytest.mark.parametrize(
    ("text", "surface", "low", "high", "qtext"), RANGES.values(), ids=RANGES.keys()
)
def test_range(text: str, surface: str, low: str, high: str, qtext: str | None) -> None:
    m = _one(text)
    assert (m.text, m.value, m.value_max) == (surface, D(low), D(high))
    assert (m.qualifier, m.qualifier_text) == ("range", qtext)


@pytest.mark.parametrize(("text", "qualifier", "qtext"), QUALIFIERS.values(), ids=QUALIFIERS.keys())
def test_qualifier(text: str, qualifier: str, qtext: str | None) -> None:
    m = _one(text)
    assert (m.qualifier, m.qualifier_text) == (qualifier, qtext)
    assert qtext is None or qtext not in m.text


@pytest.mark.parametrize(("text", "surfaces"), SEVERAL.values(), ids=SEVERAL.keys())
def test_several(text: str, surfaces: list[str]) -> None:
    matches = list(find_percentages(text))
    assert [m.text for m in matches] == surfaces
    assert all(text[m.start : m.end] == m.text for m in matches)
    assert all(m.value_max is None for m in matches)


@pytest.mark.parametrize("text", NO_PERCENT.values(), ids=NO_PERCENT.keys())
def test_no_percent(text: str) -> None:
    assert list(find_percentages(text)) == []


PARSE = {
    "sign": ("13%", D("13")),
    "per cent": ("13 per cent", D("13")),
    "points": ("0.5 percentage points", D("0.5")),
    "negative": ("-2.5%", D("-2.5")),
    "nothing": ("13", None),
    "two": ("1% and 2%", None),
}


@pytest.mark.parametrize(("text", "expected"), PARSE.values(), ids=PARSE.keys())
def test_parse_percent(text: str, expected: Decimal | None) -> None:
    assert parse_percent(text) == expected


KNOWN_GAPS = {
    "percent of": ("It was a per cent of 210.", D("210")),
}


@pytest.mark.xfail(strict=True, reason="not supported yet")
@pytest.mark.parametrize(("text", "value"), KNOWN_GAPS.values(), ids=KNOWN_GAPS.keys())
def test_known_gaps(text: str, value: Decimal) -> None:
    assert [m.value for m in find_percentages(text)] == [value]
