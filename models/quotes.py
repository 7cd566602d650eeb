"""Quotes and the people (and organisations) who speak them."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from models.common import FrozenModel
from models.time import TimeRef


class Speaker(FrozenModel):
    name: str = Field(description="Canonical name: the person's full name as first introduced.")
    mention: str = Field(description="The name as written near the quote.")
    role: str | None = None
    organization: str | None = None
    kind: Literal["person", "organization", "group"] = Field(
        "person",
        description="Who speaks: a person, an organisation, or a group never named one by one "
        "('the lawmakers argue'; name is the phrase as first written, without its article).",
    )


class Quote(FrozenModel):
    type: Literal["quote"] = "quote"
    text: str = Field(description="The quoted words, without the marks.")
    start: int = Field(description="Offset of the opening quotation mark.")
    end: int = Field(description="Offset just past the closing mark (or the quote's end).")
    partial: bool = False
    cue: str | None = None
    speaker: Speaker | None = None
    sentence: str = ""
    as_of: TimeRef | None = None


class Mention(FrozenModel):
    start: int
    end: int
    text: str


class Person(FrozenModel):
    name: str
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    organizations: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
