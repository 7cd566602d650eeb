"""Expressions × fixed publication times → expected intervals (half-open, publication's zone)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from extractor.timeparse import resolve


def dt(iso: str) -> datetime:
    return datetime.fromisoformat(iso.replace("Z", "+00:00"))


# A Sunday evening, a Monday just after midnight, the second day of a year, New Year's Eve,
# a Thursday in summer, a publication two hours east of UTC, and a naive publication time.
SUNDAY = "2025-05-18T18:28:10Z"
AFTER_MIDNIGHT = "2025-05-19T00:05:00Z"
NEW_YEAR = "2025-01-02T10:00:00Z"
NYE = "2024-12-31T22:00:00Z"
THURSDAY = "2025-07-10T15:58:00Z"
PARIS = "2025-05-19T01:00:00+02:00"

#: (id, expression, publication, expected start, expected end, kind)
CASES: list[tuple[str, str, str, str, str, str]] = [
    # weekdays resolve to the past; the publication day itself counts
    ("sunday-on-sunday", "Sunday", SUNDAY, "2025-05-18T00:00Z", "2025-05-19T00:00Z", "point"),
    ("saturday", "Saturday", SUNDAY, "2025-05-17T00:00Z", "2025-05-18T00:00Z", "point"),
    ("thursday-before", "Thursday", SUNDAY, "2025-05-15T00:00Z", "2025-05-16T00:00Z", "point"),
    ("last-sunday", "last Sunday", SUNDAY, "2025-05-11T00:00Z", "2025-05-12T00:00Z", "point"),
    ("next-tuesday", "next Tuesday", SUNDAY, "2025-05-20T00:00Z", "2025-05-21T00:00Z", "point"),
    ("evening", "Sunday evening", SUNDAY, "2025-05-18T18:00Z", "2025-05-19T00:00Z", "point"),
    ("friday-summer", "Friday", THURSDAY, "2025-07-04T00:00Z", "2025-07-05T00:00Z", "point"),
    # relative days around midnight
    (
        "yesterday-0005",
        "yesterday",
        AFTER_MIDNIGHT,
        "2025-05-18T00:00Z",
        "2025-05-19T00:00Z",
        "point",
    ),
    ("today-0005", "today", AFTER_MIDNIGHT, "2025-05-19T00:00Z", "2025-05-20T00:00Z", "point"),
    ("tomorrow", "tomorrow", SUNDAY, "2025-05-19T00:00Z", "2025-05-20T00:00Z", "point"),
    ("a-day-ago", "a day ago", SUNDAY, "2025-05-17T00:00Z", "2025-05-18T00:00Z", "point"),
    ("monday-0005", "Monday", AFTER_MIDNIGHT, "2025-05-19T00:00Z", "2025-05-20T00:00Z", "point"),
    ("this-morning", "this morning", SUNDAY, "2025-05-18T06:00Z", "2025-05-18T12:00Z", "point"),
    # windows end at publication
    ("past-24h", "the past 24 hours", SUNDAY, "2025-05-17T18:28:10Z", SUNDAY, "window"),
    (
        "past-24h-0005",
        "the past 24 hours",
        AFTER_MIDNIGHT,
        "2025-05-18T00:05Z",
        AFTER_MIDNIGHT,
        "window",
    ),
    ("last-7-days", "last 7 days", SUNDAY, "2025-05-11T18:28:10Z", SUNDAY, "window"),
    ("past-day", "the past day", SUNDAY, "2025-05-17T18:28:10Z", SUNDAY, "window"),
    ("past-two-months", "the past two months", SUNDAY, "2025-03-18T18:28:10Z", SUNDAY, "window"),
    ("earlier-this-week", "earlier this week", SUNDAY, "2025-05-12T00:00Z", SUNDAY, "window"),
    (
        "earlier-this-week-0005",
        "earlier this week",
        AFTER_MIDNIGHT,
        "2025-05-19T00:00Z",
        AFTER_MIDNIGHT,
        "window",
    ),
    ("previous-hour", "the previous hour", SUNDAY, "2025-05-18T17:28:10Z", SUNDAY, "window"),
    ("clock-et", "8:30 a.m. ET", SUNDAY, "2025-05-18T12:30Z", "2025-05-18T12:30Z", "point"),
    ("clock-utc", "14:00 UTC", SUNDAY, "2025-05-18T14:00Z", "2025-05-18T14:00Z", "point"),
    ("clock-nearest", "11 p.m.", AFTER_MIDNIGHT, "2025-05-18T23:00Z", "2025-05-18T23:00Z", "point"),
    (
        "day-at-clock",
        "Friday at 8 p.m. ET",
        SUNDAY,
        "2025-05-17T00:00Z",
        "2025-05-17T00:00Z",
        "point",
    ),
    (
        "clock-on-day",
        "9:15 a.m. on May 7",
        SUNDAY,
        "2025-05-07T09:15Z",
        "2025-05-07T09:15Z",
        "point",
    ),
    ("earlier-in-the-day", "earlier in the day", SUNDAY, "2025-05-18T00:00Z", SUNDAY, "window"),
    ("overnight", "overnight", SUNDAY, "2025-05-17T18:00Z", "2025-05-18T06:00Z", "point"),
    (
        "overnight-0005",
        "overnight",
        AFTER_MIDNIGHT,
        "2025-05-17T18:00Z",
        "2025-05-18T06:00Z",
        "point",
    ),
    ("late-last-week", "late last week", SUNDAY, "2025-05-05T00:00Z", "2025-05-12T00:00Z", "point"),
    (
        "weekend-alone",
        "the weekend",
        "2025-05-20T09:00Z",
        "2025-05-17T00:00Z",
        "2025-05-19T00:00Z",
        "point",
    ),
    (
        "first-half-of-the-year",
        "the first half of the year",
        SUNDAY,
        "2025-01-01T00:00Z",
        "2025-07-01T00:00Z",
        "point",
    ),
    ("ytd", "year-to-date", SUNDAY, "2025-01-01T00:00Z", SUNDAY, "window"),
    # instants and calendar periods
    ("hours-ago", "3 hours ago", SUNDAY, "2025-05-18T15:28:10Z", "2025-05-18T15:28:10Z", "point"),
    ("weeks-ago", "two weeks ago", SUNDAY, "2025-04-28T00:00Z", "2025-05-05T00:00Z", "point"),
    ("last-week", "last week", SUNDAY, "2025-05-05T00:00Z", "2025-05-12T00:00Z", "point"),
    ("this-month", "this month", SUNDAY, "2025-05-01T00:00Z", "2025-06-01T00:00Z", "point"),
    ("last-month", "last month", SUNDAY, "2025-04-01T00:00Z", "2025-05-01T00:00Z", "point"),
    ("last-year", "last year", SUNDAY, "2024-01-01T00:00Z", "2025-01-01T00:00Z", "point"),
    # year boundaries
    ("ny-last-month", "last month", NEW_YEAR, "2024-12-01T00:00Z", "2025-01-01T00:00Z", "point"),
    ("ny-last-year", "last year", NEW_YEAR, "2024-01-01T00:00Z", "2025-01-01T00:00Z", "point"),
    ("ny-this-week", "this week", NEW_YEAR, "2024-12-30T00:00Z", "2025-01-06T00:00Z", "point"),
    ("ny-dec-28", "December 28", NEW_YEAR, "2024-12-28T00:00Z", "2024-12-29T00:00Z", "point"),
    ("ny-november", "November", NEW_YEAR, "2024-11-01T00:00Z", "2024-12-01T00:00Z", "point"),
    (
        "ny-yesterday",
        "yesterday",
        "2025-01-01T00:30:00Z",
        "2024-12-31T00:00Z",
        "2025-01-01T00:00Z",
        "point",
    ),
    ("nye-jan-3", "January 3", NYE, "2025-01-03T00:00Z", "2025-01-04T00:00Z", "point"),
    # months (month alone: the past), dates, quarters
    ("may-1", "May 1", SUNDAY, "2025-05-01T00:00Z", "2025-05-02T00:00Z", "point"),
    ("feb-21", "Feb. 21", SUNDAY, "2025-02-21T00:00Z", "2025-02-22T00:00Z", "point"),
    (
        "july-31st",
        "July 31st",
        "2025-08-01T20:00:20",
        "2025-07-31T00:00Z",
        "2025-08-01T00:00Z",
        "point",
    ),
    ("march-alone", "March", SUNDAY, "2025-03-01T00:00Z", "2025-04-01T00:00Z", "point"),
    ("november-past", "November", SUNDAY, "2024-11-01T00:00Z", "2024-12-01T00:00Z", "point"),
    ("weekday-date", "Friday, July 4", THURSDAY, "2025-07-04T00:00Z", "2025-07-05T00:00Z", "point"),
    ("full-date", "May 7, 2025", SUNDAY, "2025-05-07T00:00Z", "2025-05-08T00:00Z", "point"),
    ("day-month-year", "7 May 2025", SUNDAY, "2025-05-07T00:00Z", "2025-05-08T00:00Z", "point"),
    ("iso-date", "2025-05-03", SUNDAY, "2025-05-03T00:00Z", "2025-05-04T00:00Z", "point"),
    ("us-slash", "05/03/2025", SUNDAY, "2025-05-03T00:00Z", "2025-05-04T00:00Z", "point"),
    ("ymd-slash", "2025/05/03", SUNDAY, "2025-05-03T00:00Z", "2025-05-04T00:00Z", "point"),
    ("month-year", "April 2025", SUNDAY, "2025-04-01T00:00Z", "2025-05-01T00:00Z", "point"),
    ("q2-2025", "Q2 2025", SUNDAY, "2025-04-01T00:00Z", "2025-07-01T00:00Z", "point"),
    ("q2-alone", "Q2", SUNDAY, "2025-04-01T00:00Z", "2025-07-01T00:00Z", "point"),
    (
        "first-quarter",
        "the first quarter",
        SUNDAY,
        "2025-01-01T00:00Z",
        "2025-04-01T00:00Z",
        "point",
    ),
    ("q2-this-year", "Q2 of this year", SUNDAY, "2025-04-01T00:00Z", "2025-07-01T00:00Z", "point"),
    (
        "end-of-january",
        "the end of January",
        SUNDAY,
        "2025-01-21T00:00Z",
        "2025-02-01T00:00Z",
        "point",
    ),
    ("since-may-1", "since May 1", SUNDAY, "2025-05-01T00:00Z", SUNDAY, "since"),
    (
        "since-clause",
        "since the ETF began trading in January",
        SUNDAY,
        "2025-01-01T00:00Z",
        SUNDAY,
        "since",
    ),
    ("since-last-week", "since last week", SUNDAY, "2025-05-05T00:00Z", SUNDAY, "since"),
    # the publication's own time zone; naive means UTC
    (
        "paris-yesterday",
        "yesterday",
        PARIS,
        "2025-05-18T00:00+02:00",
        "2025-05-19T00:00+02:00",
        "point",
    ),
    (
        "naive-today",
        "today",
        "2025-05-18T18:28:10",
        "2025-05-18T00:00Z",
        "2025-05-19T00:00Z",
        "point",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "start", "end", "kind"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_resolves(text: str, published: str, start: str, end: str, kind: str) -> None:
    res = resolve(text, dt(published))
    assert res is not None
    assert (res.start, res.end, res.kind) == (dt(start), dt(end), kind)
    expected_offset = dt(published).utcoffset() or timedelta(0)
    assert res.start is not None and res.start.utcoffset() == expected_offset


#: Expressions that are found but cannot be resolved: (id, expression, kind).
UNRESOLVED: list[tuple[str, str, str]] = [
    ("since-event", "since the election", "since"),
    ("vague-ago", "just weeks ago", "point"),
    ("sessions", "the previous 14 sessions", "window"),
    ("duration", "almost three months", "duration"),
    ("coming-weeks", "the coming weeks", "window"),
    ("story-relative", "two days later", "point"),
    ("impossible-date", "February 30, 2025", "point"),
]


@pytest.mark.parametrize(
    ("text", "kind"), [c[1:] for c in UNRESOLVED], ids=[c[0] for c in UNRESOLVED]
)
def test_found_but_unresolved(text: str, kind: str) -> None:
    res = resolve(text, dt(SUNDAY))
    assert res is not None
    assert (res.start, res.end, res.kind) == (None, None, kind)


#: Without a publication time: (id, expression, expected start or None).
NO_PUBLICATION: list[tuple[str, str, str | None]] = [
    ("yesterday", "yesterday", None),
    ("weekday", "Thursday", None),
    ("window", "the past 24 hours", None),
    ("month-day", "May 1", None),
    ("quarter-alone", "Q2", None),
    ("full-date", "May 7, 2025", "2025-05-07T00:00Z"),
    ("iso", "2025-05-03", "2025-05-03T00:00Z"),
    ("quarter-year", "Q2 2025", "2025-04-01T00:00Z"),
]


@pytest.mark.parametrize(
    ("text", "start"), [c[1:] for c in NO_PUBLICATION], ids=[c[0] for c in NO_PUBLICATION]
)
def test_without_publication_never_guesses(text: str, start: str | None) -> None:
    res = resolve(text, None)
    assert res is not None
    assert res.start == (dt(start) if start else None)
