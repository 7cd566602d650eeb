"""Time expressions and their resolution against the publication time."""

from __future__ import annotations

from datetime import datetime

from models.common import FrozenModel


class TimeRef(FrozenModel):
    """A time expression found in the text (or the publication time), resolved when possible."""

    text: str
    start: int | None = None
    end: int | None = None
    resolved_start: datetime | None = None
    resolved_end: datetime | None = None
