"""The gold-format scorer: matching rules and attribute accuracy, on hand-made records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.evaluate import GoldArticle, attribute_ok, load_gold, score

TEXT = "Ether traded at $3,000 while liquidations hit $5 million and fees rose 12%."


def gold(**lists: list[dict]) -> GoldArticle:
    return GoldArticle(article_id="a", text=TEXT, published=None, gold=lists)


MATCH_CASES = {
    "same value, overlapping span": (
        {"prices": [{"surface": "$3,000", "start": 16, "value": 3000, "asset": "ETH"}]},
        {"prices": [{"start": 16, "end": 22, "value": 3000, "asset": "ETH"}]},
        "prices",
        (1, 0, 0),
    ),
    "same value, disjoint span": (
        {"prices": [{"surface": "$3,000", "start": 16, "value": 3000}]},
        {"prices": [{"start": 40, "end": 46, "value": 3000}]},
        "prices",
        (0, 1, 1),
    ),
    "wrong value": (
        {"prices": [{"surface": "$3,000", "start": 16, "value": 3000}]},
        {"prices": [{"start": 16, "end": 22, "value": 30000}]},
        "prices",
        (0, 1, 1),
    ),
    "right figure in the wrong type": (
        {"liquidations": [{"surface": "$5 million", "start": 46, "amount": 5000000}]},
        {"amounts": [{"start": 46, "end": 56, "value": 5000000}]},
        "liquidations",
        (0, 0, 1),
    ),
    "optional gold found is not a false positive": (
        {"prices": [{"surface": "$3,000", "start": 16, "value": 3000, "optional": True}]},
        {"prices": [{"start": 16, "end": 22, "value": 3000}]},
        "prices",
        (0, 0, 0),
    ),
    "optional gold missed is not a false negative": (
        {"prices": [{"surface": "$3,000", "start": 16, "value": 3000, "optional": True}]},
        {"prices": []},
        "prices",
        (0, 0, 0),
    ),
    "percentage range matches both bounds": (
        {"percentages": [{"surface": "12%", "start": 70, "low": 12, "high": 14}]},
        {"percentages": [{"start": 70, "end": 73, "value": 12, "value_max": 14}]},
        "percentages",
        (1, 0, 0),
    ),
    "percentage single value has high = low": (
        {"percentages": [{"surface": "12%", "start": 70, "low": 12, "high": 12}]},
        {"percentages": [{"start": 70, "end": 73, "value": 12, "value_max": None}]},
        "percentages",
        (1, 0, 0),
    ),
    "quote by offset": (
        {"quotes": [{"start": 10, "text_prefix": "zzz"}]},
        {"quotes": [{"start": 10, "end": 30, "text": "other words"}]},
        "quotes",
        (1, 0, 0),
    ),
    "quote by prefix": (
        {"quotes": [{"start": 500, "text_prefix": "We  are bullish"}]},
        {"quotes": [{"start": 0, "end": 5, "text": "we are bullish on bitcoin"}]},
        "quotes",
        (1, 0, 0),
    ),
}


@pytest.mark.parametrize("gold_lists,pred,kind,expected", MATCH_CASES.values(), ids=MATCH_CASES)
def test_matching(gold_lists: dict, pred: dict, kind: str, expected: tuple[int, int, int]) -> None:
    totals, missing, _ = score([gold(**gold_lists)], {"a": pred})
    t = totals[kind]
    assert (t.tp, t.fp, t.fn) == expected
    assert missing == []


ATTR_CASES = {
    "a speaker named with digits ('K34') is the same speaker": (
        "quotes",
        "speaker",
        {"speaker": "K34", "speaker_mention": "K34"},
        {"speaker": {"name": "K34", "mention": "K34"}},
        True,
    ),
    "speakers named with other digits differ": (
        "quotes",
        "speaker",
        {"speaker": "K34", "speaker_mention": "K34"},
        {"speaker": {"name": "K35", "mention": "K35"}},
        False,
    ),
    "asset equal": ("prices", "asset", {"asset": "BTC"}, {"asset": "btc"}, True),
    "asset differs": ("prices", "asset", {"asset": "BTC"}, {"asset": "ETH"}, False),
    "null asset wanted": ("prices", "asset", {"asset": None}, {"asset": None}, True),
    "null asset, got one": ("prices", "asset", {"asset": None}, {"asset": "BTC"}, False),
    "subject shares a word": (
        "amounts",
        "subject",
        {"subject": "ETF inflows"},
        {"subject": "spot ETF flows"},
        True,
    ),
    "subject shares nothing": (
        "amounts",
        "subject",
        {"subject": "open interest"},
        {"subject": "market cap"},
        False,
    ),
    "subject missing": ("amounts", "subject", {"subject": "volume"}, {"subject": None}, False),
    "window by number": (
        "liquidations",
        "window",
        {"window": "24 hours"},
        {"window": {"text": "past 24 hours", "seconds": 86400}},
        True,
    ),
    "window wrong number": (
        "liquidations",
        "window",
        {"window": "24 hours"},
        {"window": {"text": "12 hours", "seconds": 43200}},
        False,
    ),
    "no window wanted": ("liquidations", "window", {"window": None}, {"window": None}, True),
    "speaker by surname": (
        "quotes",
        "speaker",
        {"speaker": "Jane Roe", "speaker_mention": "Roe"},
        {"speaker": {"name": "J. Roe", "mention": "Roe"}},
        True,
    ),
    "speaker wrong": (
        "quotes",
        "speaker",
        {"speaker": "Jane Roe", "speaker_mention": "Roe"},
        {"speaker": {"name": "John Doe", "mention": "Doe"}},
        False,
    ),
    "no speaker predicted": (
        "quotes",
        "speaker",
        {"speaker": "Jane Roe", "speaker_mention": "Roe"},
        {"speaker": None},
        False,
    ),
    "no speaker named, none predicted": (
        "quotes",
        "speaker",
        {"speaker": None, "speaker_mention": None},
        {"speaker": None},
        True,
    ),
    "no speaker named, one invented": (
        "quotes",
        "speaker",
        {"speaker": None, "speaker_mention": None},
        {"speaker": {"name": "John Doe", "mention": "Doe"}},
        False,
    ),
    "no role given, none predicted": (
        "quotes",
        "role",
        {"role": None},
        {"speaker": {"name": "x", "mention": "x", "role": None}},
        True,
    ),
    "no organisation given, one invented": (
        "quotes",
        "organization",
        {"organization": None},
        {"speaker": {"name": "x", "mention": "x", "organization": "Acme"}},
        False,
    ),
    "no subject given, none predicted": (
        "amounts",
        "subject",
        {"subject": None},
        {"subject": None},
        True,
    ),
    "role contained": (
        "quotes",
        "role",
        {"role": "head of research"},
        {"speaker": {"name": "x", "mention": "x", "role": "Head of Research"}},
        True,
    ),
    "organization inside a longer one, by whole words": (
        "quotes",
        "organization",
        {"organization": "U.S. Department of Labor"},
        {"speaker": {"name": "x", "mention": "x", "organization": "Department of Labor"}},
        True,
    ),
    "a country written out is its short form": (
        "quotes",
        "organization",
        {"organization": "United States Department of Coins"},
        {"speaker": {"name": "x", "mention": "x", "organization": "U.S. Department of Coins"}},
        True,
    ),
    "organization letters inside a word are no match": (
        "quotes",
        "organization",
        {"organization": "White House"},
        {"speaker": {"name": "x", "mention": "x", "organization": "US"}},
        False,
    ),
    "role letters inside a word are no match": (
        "quotes",
        "role",
        {"role": "director"},
        {"speaker": {"name": "x", "mention": "x", "role": "CTO"}},
        False,
    ),
    "an organisation's acronym is that organisation": (
        "quotes",
        "organization",
        {"organization": "NCA"},
        {"speaker": {"name": "x", "mention": "x", "organization": "Norrland Coin Authority"}},
        True,
    ),
    "a full name is the acronym the gold gives, leaving out 'of' and 'the'": (
        "quotes",
        "organization",
        {"organization": "Bank of the North Sea"},
        {"speaker": {"name": "x", "mention": "x", "organization": "BNS"}},
        True,
    ),
    "an acronym may leave out the country before a body's name": (
        "quotes",
        "organization",
        {"organization": "U.S. Norland Coin Authority"},
        {"speaker": {"name": "x", "mention": "x", "organization": "NCA"}},
        True,
    ),
    "other initials are no match": (
        "quotes",
        "organization",
        {"organization": "NCA"},
        {"speaker": {"name": "x", "mention": "x", "organization": "Norrland Coin Bureau"}},
        False,
    ),
    "organization differs": (
        "quotes",
        "organization",
        {"organization": "K99"},
        {"speaker": {"name": "x", "mention": "x", "organization": "Acme"}},
        False,
    ),
}


@pytest.mark.parametrize("kind,attr,g,p,expected", ATTR_CASES.values(), ids=ATTR_CASES)
def test_attribute_ok(kind: str, attr: str, g: dict, p: dict, expected: bool) -> None:
    assert attribute_ok(kind, attr, g, p) is expected


@pytest.mark.parametrize("attr", ["speaker", "role", "organization"])
def test_strict_nulls_count_a_gold_null_as_wrong(attr: str) -> None:
    g = {"speaker": None, "speaker_mention": None, "role": None, "organization": None}
    assert attribute_ok("quotes", attr, g, {"speaker": None}, strict_nulls=True) is False
    assert attribute_ok("quotes", attr, g, {"speaker": None}) is True


def test_attribute_accuracy_counts_only_matched_pairs() -> None:
    g = gold(
        prices=[
            {"surface": "$3,000", "start": 16, "value": 3000, "asset": "ETH", "kind": "spot"},
        ]
    )
    pred = {"prices": [{"start": 16, "end": 22, "value": 3000, "asset": "BTC", "kind": "spot"}]}
    totals, _, errors = score([g], {"a": pred})
    assert totals["prices"].attr["asset"] == [0, 1]
    assert totals["prices"].attr["kind"] == [1, 1]
    assert errors.wrong == [("a", "prices", "asset", "ETH", "BTC")]


def test_missing_article_counts_every_gold_record_as_missed() -> None:
    g = gold(prices=[{"surface": "$3,000", "start": 16, "value": 3000}])
    totals, missing, _ = score([g], {})
    assert missing == ["a"]
    assert totals["prices"].fn == 1


def test_load_gold_reads_text_beside_json(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "x.json").write_text(
        json.dumps({"article_id": "x", "published": "2025-05-01T10:00:00Z", "prices": []}),
        encoding="utf-8",
    )
    [article] = load_gold(tmp_path)
    assert article.text == TEXT
    assert article.published is not None and article.published.utcoffset() is not None
