"""Shared building blocks of every record: exact decimals written as JSON numbers, evidence."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, PlainSerializer


def _decimal_to_json(value: Decimal) -> int | float:
    """Write a Decimal as a JSON number: an int when integral, else the shortest float.

    Values in news text carry at most ~15 significant digits, so the float round-trips exactly
    (``Decimal(str(float(v))) == v``).
    """
    if value == value.to_integral_value():
        return int(value)
    return float(value)


Number = Annotated[
    Decimal,
    PlainSerializer(_decimal_to_json, return_type=float, when_used="json"),
]


class FrozenModel(BaseModel):
    """Base of every record: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")
