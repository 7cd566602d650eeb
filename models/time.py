"""Time expressions and their resolution against the publication time."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from models.common import FrozenModel

TimeKind = Literal["point", "window", "since", "duration", "published"]
Granularity = Literal[
    "time", "second", "minute", "hour", "part_of_day", "day", "weekend", "week", "month",
    "quarter", "half", "year", "session",
]


class TimeRef(FrozenModel):
    """A time expression found in the text (or the publication time), resolved when possible.

    The resolved interval is half-open, ``[resolved_start, resolved_end)``, in the time zone of
    the publication time (UTC when it has none); a window ("the past 24 hours") ends at the
    publication time; an instant ("3 hours ago") has ``resolved_start == resolved_end``. Both
    are null when the expression cannot be resolved ("since the election") or when the article
    has no publication time and the expression needs one.
    """

    text: str
    start: int | None = None
    end: int | None = None
    resolved_start: datetime | None = None
    resolved_end: datetime | None = None
    kind: TimeKind | None = Field(
        default=None,
        description="point (a day, month…), window (ends or starts at publication), since "
        "(from a time to publication), duration (unanchored length), published (the "
        "publication time itself, used as as_of when the sentence has no expression).",
    )
    granularity: Granularity | None = Field(
        default=None, description="Unit of the resolution (day, week, hour …)."
    )
