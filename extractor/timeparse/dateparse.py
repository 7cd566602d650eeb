"""dateparser on one candidate expression at a time (never on a whole text), cached."""

from __future__ import annotations

from datetime import datetime, timezone
from functools import lru_cache
from typing import Any

from dateparser.date import DateDataParser

LANGUAGES = ["en"]


@lru_cache(maxsize=8192)
def parse_point(text: str, base: datetime | None) -> tuple[datetime, str] | None:
    """The point ``text`` names and its granularity ("day", "month", "year", "time").

    ``base`` (aware) anchors relative parts; without it every part must be written out, so
    the answer never depends on today's date. Naive results take ``base``'s zone (UTC when
    none); aware ones are converted to it.
    """
    settings: dict[str, Any] = {"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DATES_FROM": "past"}
    tz = base.tzinfo if base is not None else timezone.utc
    if base is None:
        settings["REQUIRE_PARTS"] = ["day", "month", "year"]
    else:
        settings["RELATIVE_BASE"] = base.replace(tzinfo=None)
    parser = DateDataParser(languages=LANGUAGES, settings=settings)
    data = parser.get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    value: datetime = data.date_obj
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    else:
        value = value.astimezone(tz)
    return value, str(data.period or "day")
