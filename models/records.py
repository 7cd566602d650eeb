"""Money and percentage records: prices, amounts, percentages, liquidations."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from models.common import FrozenModel, Number
from models.time import TimeRef

PriceKind = Literal[
    "spot", "all_time_high", "high", "low", "level", "strike", "target", "open", "close", "other"
]
Qualifier = Literal[
    "exact", "approximately", "more_than", "less_than", "at_least", "at_most", "range"
]
Direction = Literal["up", "down"]
Side = Literal["long", "short", "total"]


class _Evidenced(FrozenModel):
    start: int = Field(description="Offset of the first character in the article text.")
    end: int = Field(description="Offset just past the last character.")
    text: str = Field(description="The surface as written.")
    sentence: str = Field(description="The sentence the record came from.")
    as_of: TimeRef | None = Field(
        default=None, description="The time expression governing the record, if any."
    )


class Price(_Evidenced):
    type: Literal["price"] = "price"
    value: Number
    value_max: Number | None = None
    currency: str | None = Field(description="ISO 4217 code, or a coin ticker.")
    asset: str | None = Field(description="Ticker of the priced asset, or null.")
    kind: PriceKind = "other"
    qualifier: Qualifier = "exact"
    direction: Direction | None = None


class Amount(_Evidenced):
    type: Literal["amount"] = "amount"
    value: Number
    value_max: Number | None = None
    currency: str | None
    subject: str | None = Field(default=None, description="What the amount measures.")
    asset: str | None = None
    qualifier: Qualifier = "exact"


class Percentage(_Evidenced):
    type: Literal["percentage"] = "percentage"
    value: Number
    value_max: Number | None = Field(default=None, description="Upper bound of a range.")
    qualifier: Qualifier = "exact"
    direction: Direction | None = None
    subject: str | None = None
    asset: str | None = None
    unit: Literal["percent", "percentage_points"] = "percent"


class Window(FrozenModel):
    text: str
    seconds: int | None


class Liquidation(_Evidenced):
    type: Literal["liquidation"] = "liquidation"
    amount: Number
    currency: str | None
    side: Side = "total"
    window: Window | None = None
    venue: str | None = None
    asset: str | None = None
    qualifier: Qualifier = "exact"


Record = Annotated[Price | Amount | Percentage | Liquidation, Field(discriminator="type")]
