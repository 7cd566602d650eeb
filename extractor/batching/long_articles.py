"""Articles longer than one Doc should hold: cut at paragraph or sentence ends, then merge.

Each piece is processed as its own Doc; the records' offsets (``start``/``end`` anywhere in
the envelope) are shifted by the piece's offset, so they index the whole text again.
"""

from __future__ import annotations

from typing import Any

from models import ArticleFacts

_CUTS = ("\n\n", "\n", ". ", "? ", "! ", " ")


def split_points(text: str, max_chars: int) -> list[int]:
    """Start offsets of the pieces (the first is 0), each piece at most ``max_chars`` long."""
    starts = [0]
    pos = 0
    while len(text) - pos > max_chars:
        window_end = pos + max_chars
        cut = -1
        for sep in _CUTS:
            found = text.rfind(sep, pos + max_chars // 2, window_end)
            if found != -1:
                cut = found + len(sep)
                break
        if cut <= pos:
            cut = window_end
        starts.append(cut)
        pos = cut
    return starts


def _shift(value: Any, offset: int) -> Any:
    if isinstance(value, dict):
        out = {k: _shift(v, offset) for k, v in value.items()}
        for key in ("start", "end"):
            if isinstance(out.get(key), int) and not isinstance(out.get(key), bool):
                out[key] += offset
        return out
    if isinstance(value, list):
        return [_shift(v, offset) for v in value]
    return value


def _unique(values: list[Any]) -> list[Any]:
    out: list[Any] = []
    for v in values:
        if v not in out:
            out.append(v)
    return out


def _merge_people(people: list[dict[str, Any]]) -> list[dict[str, Any]]:
    merged: dict[str, dict[str, Any]] = {}
    for person in people:
        key = " ".join(str(person.get("name", "")).casefold().split())
        if key not in merged:
            merged[key] = dict(person)
            continue
        into = merged[key]
        for field in ("aliases", "roles", "organizations", "mentions"):
            if field in person:
                into[field] = _unique(list(into.get(field, [])) + list(person[field]))
    return list(merged.values())


def _order(record: dict[str, Any]) -> tuple[int, int]:
    start, end = record.get("start"), record.get("end")
    return (start if isinstance(start, int) else 0, end if isinstance(end, int) else 0)


def merge_pieces(pieces: list[tuple[int, ArticleFacts]]) -> ArticleFacts:
    """One envelope from the envelopes of the pieces (offset, facts) of one article."""
    first = pieces[0][1].model_dump()
    list_fields = [
        name for name, value in first.items() if isinstance(value, list)
    ]
    merged: dict[str, Any] = {k: v for k, v in first.items() if k not in list_fields}
    for name in list_fields:
        items: list[Any] = []
        for offset, facts in pieces:
            records = getattr(facts, name)
            dumped = [r.model_dump() if hasattr(r, "model_dump") else r for r in records]
            items.extend(_shift(dumped, offset))
        if name == "people":
            items = _merge_people(items)
        elif name == "organizations":
            items = _unique(items)  # names, no offsets
        else:
            items.sort(key=_order)
        merged[name] = items
    return ArticleFacts.model_validate(merged)
