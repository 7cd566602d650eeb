"""Resolve one time expression against a base time (the publication time) to an interval.

Our own rules handle windows, durations, "ago", weekdays, months, quarters and named periods;
dateparser resolves explicit dates in other formats. Intervals are half-open ``[start, end)``
in the base's time zone (UTC when the base is naive). A window ends at the base; an instant
("3 hours ago") has ``start == end``. Without a base only fully written dates resolve.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from extractor.timeparse import calendar as cal
from extractor.timeparse.dateparse import parse_point
from extractor.timeparse.finder import find_times
from extractor.timeparse.grammar import Rule, rule_named, rules
from extractor.timeparse.vocab import vocab

_SINCE = re.compile(r"(?:since|from)\s+", re.IGNORECASE)
_HAS_TIME = re.compile(r"\d[T ]\d{2}:\d{2}")
_FINE_UNITS = ("second", "minute", "hour")
_MONTH_SEGMENTS = {"early": (1, 11), "mid": (11, 21), "late": (21, 32)}
_YEAR_SEGMENTS = {"early": (1, 5), "mid": (5, 9), "late": (9, 13)}
_EDGE_TO_SEGMENT = {
    "beginning": "early",
    "start": "early",
    "middle": "mid",
    "end": "late",
    "close": "late",
}


@dataclass(frozen=True)
class Resolution:
    """What an expression means: its kind, granularity and interval (None when unknown)."""

    kind: str  # point | window | since | duration
    granularity: str | None = None
    start: datetime | None = None
    end: datetime | None = None

    @property
    def resolved(self) -> bool:
        return self.start is not None


def as_base(published: datetime | None) -> datetime | None:
    """The publication time as an aware base (naive is read as UTC)."""
    if published is None:
        return None
    return published if published.tzinfo is not None else published.replace(tzinfo=timezone.utc)


def resolve(text: str, published: datetime | None, rule: str | None = None) -> Resolution | None:
    """Resolve ``text`` (one expression) against ``published``; None when no rule reads it.

    ``rule`` names the grammar rule that found it (faster, and needed for rules that only
    match in context); without it every rule is tried on the whole text.
    """
    return _resolve_cached(" ".join(text.split()), as_base(published), rule)


@lru_cache(maxsize=16384)
def _resolve_cached(text: str, base: datetime | None, rule: str | None) -> Resolution | None:
    if rule == "since_clause":
        return _since(text, base, rule)
    if rule is not None and rule.startswith("since:") or rule is None and _SINCE.match(text):
        return _since(text, base, rule[6:] if rule else None)
    if rule == "datetime":
        return _day_and_clock(text, base)
    candidates = (rule_named(rule),) if rule else rules()
    for r in candidates:
        m = r.core.fullmatch(text)
        if m is not None:
            return _apply(r, m, text, base)
    if rule is None:
        whole = find_times(text)
        if len(whole) == 1 and whole[0].text == text and whole[0].rule == "datetime":
            return _day_and_clock(text, base)
    return None


def _since(text: str, base: datetime | None, rule: str | None) -> Resolution | None:
    head = _SINCE.match(text)
    inner_text = text[head.end() :] if head else text
    if rule == "since_clause" or rule is None and rule_named("since_clause").core.fullmatch(text):
        # "since the fund launched in January": the clause's own time, when it names one
        inner_times = [m for m in find_times(inner_text) if m.kind == "point"]
        if not inner_times:
            return Resolution("since")
        inner_text, rule = inner_times[0].text, inner_times[0].rule
    elif rule is None and rule_named("since_event").core.fullmatch(text):
        return Resolution("since")
    inner = _resolve_cached(inner_text, base, rule)
    if inner is None:
        return Resolution("since")
    if inner.start is None or base is None:
        return Resolution("since", inner.granularity)
    return Resolution("since", inner.granularity, inner.start, max(base, inner.start))


def _apply(r: Rule, m: re.Match[str], text: str, base: datetime | None) -> Resolution:
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    handler = _HANDLERS.get(r.name)
    if handler is None:
        return Resolution(r.kind)
    try:
        result = handler(g, text, base)
    except (KeyError, ValueError, OverflowError):  # "February 30", a year out of range
        result = None
    return result if result is not None else Resolution(r.kind, _unit_of(g))


def _unit_of(g: dict[str, str]) -> str | None:
    unit = g.get("unit")
    return vocab().units.get(" ".join(unit.lower().split())) if unit else None


def _interval(kind: str, gran: str, iv: tuple[datetime, datetime]) -> Resolution:
    return Resolution(kind, gran, iv[0], iv[1])


# --- explicit dates ---------------------------------------------------------------------


def _numeric(g: dict[str, str], text: str, base: datetime | None) -> Resolution | None:
    parsed = parse_point(text, base)
    if parsed is None:
        return None
    value, period = parsed
    if _HAS_TIME.search(text):
        return Resolution("point", "time", value, value)
    return _interval("point", "day", cal.day(value))


def _year_of(month: int, dom: int, base: datetime) -> int:
    """The year putting ``month``/``dom`` nearest the base date (within half a year)."""
    best = base.year
    best_gap: float = float("inf")
    for y in (base.year - 1, base.year, base.year + 1):
        if dom > cal.days_in_month(y, month):
            continue
        gap = abs((datetime(y, month, dom, tzinfo=base.tzinfo) - base).total_seconds())
        if gap < best_gap:
            best, best_gap = y, gap
    return best


def _month_day(g: dict[str, str], text: str, base: datetime | None) -> Resolution | None:
    month = vocab().month_number(g["month"])
    dom = int(re.sub(r"\D", "", g["day"]))
    if month is None:
        return None
    if "year" in g:
        year = int(g["year"])
    elif base is not None:
        year = _year_of(month, dom, base)
    else:
        return Resolution("point", "day")
    if dom > cal.days_in_month(year, month):
        return None
    tz = base.tzinfo if base is not None else timezone.utc
    return _interval("point", "day", cal.day(datetime(year, month, dom, tzinfo=tz)))


def _past_month(month: int, base: datetime, rel: str | None) -> datetime:
    """The first day of the named month: the latest one on or before the base's month
    ("last": strictly before; "next": strictly after; "this": the base's year)."""
    this_year = cal.day_start(base).replace(day=1, month=month)
    if rel == "this":
        return this_year
    if rel == "next":
        return this_year if month > base.month else this_year.replace(year=base.year + 1)
    if rel in ("last", "past"):
        return this_year if month < base.month else this_year.replace(year=base.year - 1)
    return this_year if month <= base.month else this_year.replace(year=base.year - 1)


def _month_year(g: dict[str, str], text: str, base: datetime | None) -> Resolution | None:
    month = vocab().month_number(g["month"])
    if month is None:
        return None
    tz = base.tzinfo if base is not None else timezone.utc
    start = datetime(int(g["year"]), month, 1, tzinfo=tz)
    return _interval("point", "month", cal.month(start))


def _month_alone(g: dict[str, str], text: str, base: datetime | None) -> Resolution | None:
    month = vocab().month_number(g["month"])
    if month is None or base is None:
        return None
    return _interval("point", "month", cal.month(_past_month(month, base, g.get("rel"))))


def _segment(iv: tuple[datetime, datetime], seg: str, unit: str) -> tuple[datetime, datetime]:
    start, end = iv
    if unit == "month":
        a, b = _MONTH_SEGMENTS[seg]
        last = (end - timedelta(days=1)).day + 1
        return start.replace(day=a), start.replace(day=a) + timedelta(days=min(b, last) - a)
    if unit == "year":
        a, b = _YEAR_SEGMENTS[seg]
        return start.replace(month=a), (start.replace(month=b) if b <= 12 else end)
    return iv


def _edge_month_year(g: dict[str, str], text: str, base: datetime | None) -> Resolution | None:
    seg = g.get("edge", "").lower() or _EDGE_TO_SEGMENT.get(g.get("edge2", "").lower(), "")
    if not seg:
        return None  # "the rest of May": no fixed meaning
    tz = base.tzinfo if base is not None else timezone.utc
    if "yonly" in g:
        iv = cal.year(datetime(int(g["yonly"]), 1, 1, tzinfo=tz))
        return _interval("point", "month", _segment(iv, seg, "year"))
    month = vocab().month_number(g["month"])
    if month is None:
        return None
    if "year" in g:
        start = datetime(int(g["year"]), month, 1, tzinfo=tz)
    elif base is not None:
        start = _past_month(month, base, None)
    else:
        return None
    return _interval("point", "day", _segment(cal.month(start), seg, "month"))


# --- periods relative to the base -------------------------------------------------------

_EDGE_PARTS = {
    # unit: (beginning, middle, end) as (offset, length) in days (week) or months (others)
    "week": ((0, 1), (2, 1), (4, 3)),
}


def _edge_period(g: dict[str, str], text: str, base: datetime | None) -> Resolution | None:
    if base is None:
        return None
    unit = g["unit"].lower()
    rel = g["rel"].lower()
    offset = {"last": -1, "previous": -1, "next": 1}.get(rel, 0)
    iv = cal.period(unit, base, offset)
    edge = g["edge"].lower()
    if edge in ("rest", "remainder"):
        return Resolution("window", unit, max(iv[0], base), iv[1])
    seg = _EDGE_TO_SEGMENT[edge]
    if unit == "week":
        off, length = _EDGE_PARTS["week"][("early", "mid", "late").index(seg)]
        start = iv[0] + timedelta(days=off)
        return Resolution("point", "day", start, start + timedelta(days=length))
    if unit == "quarter":
        index = ("early", "mid", "late").index(seg)
        return _interval("point", "month", cal.month(cal.add_months(iv[0], index)))
    if unit == "day":
        return _interval("point", "day", iv)
    return _interval("point", "day" if unit == "month" else "month", _segment(iv, seg, unit))


def _quarter(g: dict[str, str], text: str, base: datetime | None) -> Resolution | None:
    q = int(g.get("q") or g.get("q2") or vocab().quarter_ordinals[g["ord"].lower()])
    year = _explicit_year(g, base)
    if year is None:
        return None
    tz = base.tzinfo if base is not None else timezone.utc
    return _interval("point", "quarter", cal.quarter(datetime(year, 3 * q - 2, 1, tzinfo=tz)))


def _half(g: dict[str, str], text: str, base: datetime | None) -> Resolution | None:
    h = int(g.get("h") or vocab().half_ordinals[g["hord"].lower()])
    year = _explicit_year(g, base)
    if year is None:
        return None
    tz = base.tzinfo if base is not None else timezone.utc
    start = datetime(year, 6 * h - 5, 1, tzinfo=tz)
    return Resolution("point", "half", start, cal.add_months(start, 6))


def _explicit_year(g: dict[str, str], base: datetime | None) -> int | None:
    if "year" in g:
        return int(g["year"])
    for key in ("yy", "yy2", "fy"):
        if key in g:
            return 2000 + int(g[key][-2:])
    if base is None:
        return None
    rel = g.get("rel", "").lower()
    return base.year + {"last": -1, "next": 1}.get(rel, 0)


def _year(g: dict[str, str], text: str, base: datetime | None) -> Resolution | None:
    tz = base.tzinfo if base is not None else timezone.utc
    return _interval("point", "year", cal.year(datetime(int(g["year"]), 1, 1, tzinfo=tz)))


def _todate(g: dict[str, str], text: str, base: datetime | None) -> Resolution | None:
    if base is None:
        return None
    unit = (
        "year"
        if "ytd" in g
        else "month"
        if "mtd" in g
        else "week"
        if "wtd" in g
        else g["unit"].lower()
    )
    return Resolution("window", unit, cal.period(unit, base)[0], base)


def _quantity(g: dict[str, str]) -> int | None:
    return vocab().quantity(g["qty"]) if "qty" in g else None


def _ago(g: dict[str, str], text: str, base: datetime | None) -> Resolution | None:
    unit = _unit_of(g)
    n = _quantity(g)
    if base is None or unit is None or n is None or unit == "session":
        return None
    if g["ago"].lower() != "ago":
        return None  # "two days later": relative to the story, not to publication
    t = cal.shift(base, unit, n)
    if unit in _FINE_UNITS:
        return Resolution("point", unit, t, t)
    return _interval("point", unit, cal.period(unit, t))


_SHORT_UNITS = {"h": "hour", "hr": "hour", "hrs": "hour", "d": "day"}


def _window(g: dict[str, str], text: str, base: datetime | None) -> Resolution | None:
    if "short" in g:
        g = {**g, "qty": g["qtyd"], "unit": _SHORT_UNITS[g["short"].lower()]}
    unit = _unit_of(g)
    direction = g["dir"].lower()
    n = _quantity(g)
    if n is None:
        if g["unit"].lower().endswith("s") and unit != g["unit"].lower():
            return None  # "the coming weeks": vague
        n = 1
        if direction in ("previous", "prior", "preceding", "next", "following") and (
            unit not in _FINE_UNITS
        ):
            if base is None or unit is None or unit == "session":
                return None
            offset = -1 if direction in ("previous", "prior", "preceding") else 1
            return _interval("point", unit, cal.period(unit, base, offset))
    if base is None or unit is None or unit == "session":
        return None
    if direction in vocab().window_future:
        return Resolution("window", unit, base, cal.shift(base, unit, -n))
    return Resolution("window", unit, cal.shift(base, unit, n), base)


def _day_part(iv: tuple[datetime, datetime], part: str | None) -> tuple[datetime, datetime]:
    if not part:
        return iv
    a, b = vocab().day_parts[part.lower()]
    return iv[0] + timedelta(hours=a), iv[0] + timedelta(hours=b)


def _relday(g: dict[str, str], text: str, base: datetime | None) -> Resolution | None:
    if base is None:
        return None
    word = g["word"].lower()
    offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    iv = cal.day(base, offset)
    part = g.get("part") or ("night" if word == "tonight" else None)
    gran = "part_of_day" if part else "day"
    iv = _day_part(iv, part)
    mod = g.get("mod", "").lower()
    if mod == "earlier":
        return Resolution("window", gran, iv[0], min(iv[1], base))
    if mod == "later":
        return Resolution("point", gran, max(iv[0], base), iv[1])
    return _interval("point", gran, iv)


def _thispart(g: dict[str, str], text: str, base: datetime | None) -> Resolution | None:
    if base is None:
        return None
    offset = -1 if g["rel"].lower() == "last" else 0
    return _interval("point", "part_of_day", _day_part(cal.day(base, offset), g["part"]))


def _period(g: dict[str, str], text: str, base: datetime | None) -> Resolution | None:
    if base is None:
        return None
    unit = g["unit"].lower()
    rel = " ".join(g["rel"].lower().split())
    mod = " ".join(g.get("mod", "").lower().split())
    if unit == "weekend":
        if rel in ("this", "the current"):
            iv = cal.weekend(base)
            if base.weekday() >= 2 and base.weekday() < 5:
                iv = cal.weekend(base, 1)
        else:
            offset = {"next": 1, "the following": 1}.get(rel, 0)
            iv = cal.weekend(base, offset)
            if offset == 0 and iv[1] > base:  # "last weekend" said on a weekend
                iv = cal.weekend(base, -1)
        return _interval("point", "weekend", iv)
    offset = 1 if rel in ("next", "the following") else 0 if rel in ("this", "the current") else -1
    iv = cal.period(unit, base, offset)
    if mod in ("earlier", "so far") and offset == 0:
        return Resolution("window", unit, iv[0], base)
    if mod == "later" and offset == 0:
        return Resolution("point", unit, base, iv[1])
    return _interval("point", unit, iv)


def _weekday(g: dict[str, str], text: str, base: datetime | None) -> Resolution | None:
    if base is None:
        return None
    wd = vocab().weekdays[g["wd"]]
    rel = g.get("rel", "").lower()
    back = (base.weekday() - wd) % 7
    if rel == "last" and back == 0:
        back = 7
    if rel == "next":
        back = -((wd - base.weekday()) % 7 or 7)
    elif rel == "this":
        back = base.weekday() - wd
    iv = cal.day(base, -back)
    part = g.get("part") or {"early": "morning", "late": "evening"}.get(rel)
    return _interval("point", "part_of_day" if part else "day", _day_part(iv, part))


def _the_unit(g: dict[str, str], text: str, base: datetime | None) -> Resolution | None:
    if base is None:
        return None
    unit = (g.get("unit") or g["unit2"]).lower()
    return _interval("point", unit, cal.period(unit, base))


def _zone(name: str | None, base: datetime | None) -> tzinfo:
    if not name:
        return base.tzinfo or timezone.utc if base is not None else timezone.utc
    zone = vocab().clock_zones[name]
    if zone == "UTC":
        return timezone.utc
    if zone[0] in "+-":
        sign = 1 if zone[0] == "+" else -1
        hours, minutes = zone[1:].split(":")
        return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))
    return ZoneInfo(zone)


def _clock_parts(g: dict[str, str]) -> tuple[int, int, int] | None:
    if "word" in g:
        return vocab().clock_words[g["word"].lower()], 0, 0
    hour = int(g.get("h") or g["h24"])
    minute, second = int(g.get("m") or g.get("m24") or 0), int(g.get("s") or g.get("s24") or 0)
    ampm = g.get("ampm", "").lower().replace(".", "")
    if ampm and not 1 <= hour <= 12:
        return None
    if ampm == "pm" and hour != 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return hour, minute, second


def _clock(g: dict[str, str], text: str, base: datetime | None) -> Resolution | None:
    """A clock time: the occurrence nearest the publication time, in its own zone if given."""
    parts = _clock_parts(g)
    if base is None or parts is None:
        return None
    hour, minute, second = parts
    local = base.astimezone(_zone(g.get("tz"), base))
    candidates = [
        (local + timedelta(days=d)).replace(hour=hour, minute=minute, second=second, microsecond=0)
        for d in (-1, 0, 1)
    ]
    best = min(candidates, key=lambda t: abs((t - base).total_seconds()))
    point = best.astimezone(base.tzinfo)
    return Resolution("point", "time", point, point)


def _day_and_clock(text: str, base: datetime | None) -> Resolution:
    """ "Friday at 4 p.m. ET": the day's date (in the publication's zone) at the clock time."""
    day = clock = None
    for m in find_times(text, merge=False):
        if m.rule == "clock":
            clock = rule_named("clock").core.fullmatch(m.text)
        else:
            day = _resolve_cached(m.text, base, m.rule)
    if day is None or day.start is None or clock is None:
        return Resolution("point", "time")
    g = {k: v for k, v in clock.groupdict().items() if v is not None}
    parts = _clock_parts(g)
    if parts is None:
        return Resolution("point", "time")
    d = day.start
    zone = _zone(g.get("tz"), base)
    point = datetime(d.year, d.month, d.day, *parts, tzinfo=zone).astimezone(d.tzinfo)
    return Resolution("point", "time", point, point)


def _now(g: dict[str, str], text: str, base: datetime | None) -> Resolution | None:
    return None if base is None else Resolution("point", "time", base, base)


def _in_the_unit(g: dict[str, str], text: str, base: datetime | None) -> Resolution | None:
    """ "earlier in the week": from the period's start to publication ("later": to its end)."""
    unit = g["unit"].lower()
    if base is None or unit == "session":
        return None
    start, end = cal.period(unit, base)
    if g["mod"].lower() == "earlier":
        return Resolution("window", unit, start, base)
    return Resolution("point", unit, base, end)


def _overnight(g: dict[str, str], text: str, base: datetime | None) -> Resolution | None:
    """The night before the publication's morning (or the night just ended)."""
    if base is None:
        return None
    today = cal.day_start(base)
    start = today - timedelta(hours=6) if base.hour >= 6 else today - timedelta(hours=30)
    return Resolution("point", "part_of_day", start, start + timedelta(hours=12))


_HANDLERS = {
    "in_the_unit": _in_the_unit,
    "overnight": _overnight,
    "now": _now,
    "clock": _clock,
    "iso": _numeric,
    "slash": _numeric,
    "mdate": _month_day,
    "dmdate": _month_day,
    "monthyear": _month_year,
    "edge_my": _edge_month_year,
    "edge_period": _edge_period,
    "quarter": _quarter,
    "half": _half,
    "todate": _todate,
    "ago": _ago,
    "window": _window,
    "window_the": _window,
    "relday": _relday,
    "thispart": _thispart,
    "period": _period,
    "weekday": _weekday,
    "month_alone": _month_alone,
    "month_ambiguous": _month_alone,
    "year": _year,
    "the_unit": _the_unit,
}
