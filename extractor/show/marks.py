"""From an envelope's records to highlight marks: one per span, numbered in text order.

A mark carries the record's type, its offsets and its fields as display strings. Rendering
(HTML, terminal) only reads marks, so every record family is flattened in one place here.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from models import ArticleFacts, Person, Quote, TimeRef

#: Record lists of the envelope that get a mark, and the mark kind of each.
RECORD_KINDS: dict[str, str] = {
    "prices": "price",
    "amounts": "amount",
    "percentages": "percentage",
    "liquidations": "liquidation",
    "quotes": "quote",
    "times": "time",
}
#: Every mark kind, in legend order.
KINDS: tuple[str, ...] = (*RECORD_KINDS.values(), "person")

#: Keys that are the evidence itself, not fields worth listing.
_EVIDENCE_KEYS = {"type", "start", "end", "text", "sentence"}

Fields = tuple[tuple[str, str], ...]
NO_SPEAKER = "(none)"


@dataclass(frozen=True)
class Mark:
    """One highlighted span: ``number`` is the record's number (shared by a person's mentions)."""

    number: int
    kind: str
    start: int
    end: int
    text: str
    fields: Fields
    placed: bool = True  # False when the offsets do not fit the text

    @property
    def speaker(self) -> str | None:
        """A quote's speaker, shown next to the quote itself."""
        if self.kind != "quote":
            return None
        name = dict(self.fields).get("speaker")
        return None if name in (None, NO_SPEAKER) else name


def marks_of(facts: ArticleFacts, text: str) -> list[Mark]:
    """Every record of ``facts`` as marks over ``text``, numbered in text order."""
    raw: list[tuple[int, int, str, str, Fields, str]] = []  # start, end, kind, text, fields, key
    for list_name, kind in RECORD_KINDS.items():
        for i, record in enumerate(getattr(facts, list_name)):
            start, end = _offsets(record)
            raw.append((start, end, kind, _surface(record, text), _fields(record), f"{kind}{i}"))
    for i, person in enumerate(facts.people):
        fields = _person_fields(person)
        for mention in person.mentions:
            raw.append((mention.start, mention.end, "person", mention.text, fields, f"person{i}"))
    raw.sort(key=lambda r: (r[0], -r[1], KINDS.index(r[2])))
    numbers: dict[str, int] = {}
    marks = []
    for start, end, kind, surface, fields, key in raw:
        number = numbers.setdefault(key, len(numbers) + 1)
        placed = 0 <= start < end <= len(text)
        marks.append(Mark(number, kind, start, end, surface, fields, placed))
    return marks


def _offsets(record: BaseModel) -> tuple[int, int]:
    start = getattr(record, "start", None)
    end = getattr(record, "end", None)
    return (start if isinstance(start, int) else -1, end if isinstance(end, int) else -1)


def _surface(record: BaseModel, text: str) -> str:
    if isinstance(record, Quote):
        return record.text
    surface = getattr(record, "text", None)
    if isinstance(surface, str):
        return surface
    start, end = _offsets(record)
    return text[start:end] if 0 <= start < end <= len(text) else ""


def _fields(record: BaseModel) -> Fields:
    """A record's fields as (name, display value) pairs, nested models flattened, nulls dropped."""
    out: list[tuple[str, str]] = []
    if isinstance(record, Quote) and record.speaker is not None:
        sp = record.speaker
        out.append(("speaker", sp.name))
        out.extend(_pairs({"mention": sp.mention if sp.mention != sp.name else None}))
        out.extend(_pairs({"role": sp.role, "organization": sp.organization}))
    elif isinstance(record, Quote):
        out.append(("speaker", NO_SPEAKER))
    for key in type(record).model_fields:
        if key in _EVIDENCE_KEYS or key == "speaker":
            continue
        value = getattr(record, key)
        if isinstance(value, TimeRef):
            out.append((key, _time_text(value)))
        elif key in ("resolved_start", "resolved_end") and value is not None:
            out.append((key, value.isoformat()))
        elif isinstance(value, BaseModel):
            out.append((key, str(getattr(value, "text", value))))
        else:
            out.extend(_pairs({key: value}))
    return tuple(out)


def _person_fields(person: Person) -> Fields:
    return tuple(
        _pairs(
            {
                "name": person.name,
                "aliases": ", ".join(person.aliases),
                "roles": ", ".join(person.roles),
                "organizations": ", ".join(person.organizations),
            }
        )
    )


def _time_text(ref: TimeRef) -> str:
    if ref.resolved_start is None or ref.text == ref.resolved_start.isoformat():
        return ref.text
    return f"{ref.text} → {ref.resolved_start.isoformat()}"


def _pairs(values: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    for key, value in values.items():
        if value is None or value == "" or value is False:
            continue
        yield key, _display(value)


def _display(value: Any) -> str:
    if value is True:
        return "yes"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return ", ".join(_display(v) for v in value)
    return str(value)
