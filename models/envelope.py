"""The per-article envelope: metadata plus every record list."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from models.common import FrozenModel
from models.quotes import Person, Quote
from models.records import Amount, Liquidation, Percentage, Price
from models.time import TimeRef

SCHEMA_VERSION = "1.0"


class ArticleFacts(FrozenModel):
    article_id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: datetime | None = None
    schema_version: str = SCHEMA_VERSION
    extractor_version: str
    prices: list[Price] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    percentages: list[Percentage] = Field(default_factory=list)
    liquidations: list[Liquidation] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    organizations: list[str] = Field(
        default_factory=list,
        description="Organisations the article names (speakers, employers), as first written.",
    )
    times: list[TimeRef] = Field(default_factory=list)
