"""The expression finder: which spans of a text are time expressions (and which are not)."""

from __future__ import annotations

import pytest

from extractor.timeparse import find_times

#: (id, text, expected expression texts in order). Sentences written for these tests.
FOUND: list[tuple[str, str, list[str]]] = [
    ("weekday", "The token slid under the $2 line on Tuesday.", ["Tuesday"]),
    ("window", "Over the past 12 hours, shorts lost $80 million.", ["the past 12 hours"]),
    ("window-no-the", "It gained 4% in the last 7 days.", ["the last 7 days"]),
    ("ago", "Its record of $4,100 was set two days ago.", ["two days ago"]),
    ("a-day-ago", "The peak came a day ago.", ["a day ago"]),
    ("relative-days", "Yesterday it fell; today it rose.", ["Yesterday", "today"]),
    ("earlier-this-week", "Funds shed $1 billion earlier this week.", ["earlier this week"]),
    ("periods", "Sales rose last month and this year.", ["last month", "this year"]),
    ("month-day", "The vote is set for May 1.", ["May 1"]),
    ("month-abbrev", "Filings began on Feb. 21 and Sept. 3.", ["Feb. 21", "Sept. 3"]),
    ("month-alone", "In March, volume doubled.", ["March"]),
    ("month-expiry", "Traders eye the November options expiration.", ["November"]),
    ("may-after-prep", "Prices peaked in May.", ["May"]),
    ("quarter-year", "Revenue in Q2 2025 beat forecasts.", ["Q2 2025"]),
    ("quarter-words", "Losses narrowed in the first quarter.", ["the first quarter"]),
    ("since-date", "It is up 12% since May 1.", ["since May 1"]),
    ("since-event", "It doubled since the election.", ["since the election"]),
    ("explicit", "Filed 2025-03-04 and 3/4/2025.", ["2025-03-04", "3/4/2025"]),
    ("weekday-date", "Markets close on Friday, July 4.", ["Friday, July 4"]),
    ("year-after-prep", "Gold rose 27% in 2024.", ["2024"]),
    (
        "vague",
        "Over the past few hours and in recent weeks it swung.",
        ["the past few hours", "recent weeks"],
    ),
    (
        "part-of-day",
        "It dipped Sunday evening and this morning.",
        ["Sunday evening", "this morning"],
    ),
    (
        "edges",
        "By the end of the week and mid-June it settled.",
        ["the end of the week", "mid-June"],
    ),
    ("now", "It currently trades near $3.", ["currently"]),
    ("short-unit", "Volume over the past 24h doubled.", ["the past 24h"]),
    ("possessive", "It erased the week's gains.", ["the week"]),
    (
        "since-clause",
        "It is up 30% since the fund launched, analysts said.",
        ["since the fund launched"],
    ),
    (
        "since-clause-with-time",
        "Flows rose since the ETF began trading in January.",
        ["since the ETF began trading in January"],
    ),
    ("causal-since-is-not-time", "Since supply is capped, it rises.", []),
    (
        "day-of-month-at-sentence-end",
        "The best day since the 16th of March. Then it fell.",
        ["since the 16th of March"],
    ),
    (
        "more-relative-phrases",
        "Late last week, earlier in the day and overnight it fell; the weekend and May's too.",
        ["Late last week", "earlier in the day", "overnight", "the weekend", "May"],
    ),
    ("hyphenated-window", "Over the past 24-hour period, flows slowed.", ["the past 24-hour"]),
    ("day-and-clock", "Trading resumed Monday at 9 a.m. ET.", ["Monday at 9 a.m. ET"]),
    ("clock", "Data is due at 8:30 a.m. ET; it froze at 14:00 UTC.", ["8:30 a.m. ET", "14:00 UTC"]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_finds(text: str, expected: list[str]) -> None:
    found = find_times(text)
    assert [m.text for m in found] == expected
    assert all(text[m.start : m.end] == m.text for m in found)


#: (id, text): nothing in these is a time.
NOT_TIMES: list[tuple[str, str]] = [
    ("dollars", "The coin fell to $90 and then $2020."),
    ("percent", "It rose 13% and then 2025%."),
    ("always-on", "Crypto markets trade 24/7."),
    ("may-verb", "May the rally continue; prices may rise."),
    ("moving-average", "It held the 200-day moving average and a 24-hour high."),
    ("ratio", "A 3/4 majority approved."),
    ("bare-year-number", "The index hit 2025 points."),
    ("capitalised-midnight-is-a-name", "Midnight raised funds for its privacy chain."),
    ("afternoon-is-not-noon", "Selling resumed in the afternoon session."),
    ("ratio-colon", "The split was 3:2 and I am sure."),
    ("sec-is-not-seconds", "The previous SEC chair cited recent SEC filings."),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_TIMES], ids=[c[0] for c in NOT_TIMES])
def test_no_false_times(text: str) -> None:
    assert [m.text for m in find_times(text)] == []


def test_anchored_search_equals_full_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    """Searching only near each rule's anchor finds exactly what a full scan finds."""
    import dataclasses

    from extractor.timeparse import finder, grammar

    texts = [c[1] for c in FOUND] + [c[1] for c in NOT_TIMES]
    text = " ".join(texts)
    anchored = [finder.find_times(t) for t in [*texts, text]]
    unanchored = tuple(dataclasses.replace(r, anchor=None) for r in grammar.rules())
    monkeypatch.setattr(finder, "rules", lambda: unanchored)
    assert [finder.find_times(t) for t in [*texts, text]] == anchored
