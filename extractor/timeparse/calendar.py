"""Calendar arithmetic on aware datetimes: periods (day, week, month, quarter, year) as
half-open intervals ``[start, end)`` in the time zone of the base time."""

from __future__ import annotations

from datetime import datetime, timedelta

Interval = tuple[datetime, datetime]


def day_start(t: datetime) -> datetime:
    return t.replace(hour=0, minute=0, second=0, microsecond=0)


def add_months(t: datetime, months: int) -> datetime:
    """``t`` moved by whole months, the day clamped to the target month's length."""
    index = t.year * 12 + (t.month - 1) + months
    year, month = divmod(index, 12)
    return t.replace(year=year, month=month + 1, day=min(t.day, days_in_month(year, month + 1)))


def days_in_month(year: int, month: int) -> int:
    nxt = datetime(year + (month == 12), month % 12 + 1, 1)
    return (nxt - datetime(year, month, 1)).days


def day(t: datetime, offset: int = 0) -> Interval:
    start = day_start(t) + timedelta(days=offset)
    return start, start + timedelta(days=1)


def week(t: datetime, offset: int = 0) -> Interval:
    """The Monday-to-Sunday week holding ``t``, moved by ``offset`` weeks."""
    start = day_start(t) - timedelta(days=t.weekday()) + timedelta(weeks=offset)
    return start, start + timedelta(weeks=1)


def month(t: datetime, offset: int = 0) -> Interval:
    start = add_months(day_start(t).replace(day=1), offset)
    return start, add_months(start, 1)


def quarter(t: datetime, offset: int = 0) -> Interval:
    first = day_start(t).replace(day=1, month=3 * ((t.month - 1) // 3) + 1)
    start = add_months(first, 3 * offset)
    return start, add_months(start, 3)


def year(t: datetime, offset: int = 0) -> Interval:
    start = day_start(t).replace(month=1, day=1, year=t.year + offset)
    return start, start.replace(year=start.year + 1)


def weekend(t: datetime, offset: int = 0) -> Interval:
    """The Saturday-Sunday weekend on or before ``t`` (the current one on a weekend)."""
    this_week, _ = week(t)
    start = this_week + timedelta(days=5)
    if start > t:
        start -= timedelta(weeks=1)
    start += timedelta(weeks=offset)
    return start, start + timedelta(days=2)


PERIODS = {
    "day": day,
    "week": week,
    "month": month,
    "quarter": quarter,
    "year": year,
    "weekend": weekend,
}


def period(unit: str, t: datetime, offset: int = 0) -> Interval:
    return PERIODS[unit](t, offset)


def shift(t: datetime, unit: str, n: float) -> datetime:
    """``t`` moved back (n > 0) by ``n`` units; months and years by calendar."""
    if unit in ("month", "quarter", "year"):
        months = round(n * {"month": 1, "quarter": 3, "year": 12}[unit])
        return add_months(t, -months)
    seconds = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}[unit]
    return t - timedelta(seconds=n * seconds)
