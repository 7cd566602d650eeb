"""Regression on samples/seed.txt: every money figure and percentage, typed and attributed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from extractor.components.ext import records_of

SEED = Path(__file__).resolve().parents[1] / "samples" / "seed.txt"

# (record list, start offset, value, attributes expected on the record)
EXPECTED: list[tuple[str, int, int, dict[str, object]]] = [
    ("prices", 232, 90000, {"asset": "BTC", "kind": "level", "currency": "USD"}),
    ("percentages", 678, 13, {"value_max": 16, "qualifier": "range", "subject": "basis"}),
    ("percentages", 738, 10, {"direction": "down", "subject": "basis"}),
    ("prices", 1024, 87970, {"asset": "BTC", "kind": "spot"}),
    ("prices", 1064, 93462, {"asset": "BTC", "kind": "all_time_high"}),
    ("percentages", 1130, 30, {"direction": "up", "subject": "Bitcoin price"}),
    ("liquidations", 1350, 447000000, {"side": "long", "window.seconds": 86400}),
    ("liquidations", 1412, 207000000, {"side": "short", "window.seconds": 86400}),
    ("prices", 1554, 90000, {"asset": "BTC", "kind": "level"}),
    ("prices", 1799, 90000, {"asset": "BTC", "kind": "level"}),
    ("prices", 2399, 110000, {"asset": "BTC", "kind": "strike"}),
    ("prices", 2412, 120000, {"asset": "BTC", "kind": "strike"}),
    ("prices", 2691, 90000, {"asset": "BTC", "kind": "level"}),
]


@pytest.fixture(scope="module")
def seed_records(nlp: Language) -> dict[str, list[Any]]:
    return records_of(nlp(SEED.read_text(encoding="utf-8")))


def _get(record: object, path: str) -> object:
    value = record
    for part in path.split("."):
        value = getattr(value, part)
    return value


@pytest.mark.parametrize(
    "kind,start,value,attrs", EXPECTED, ids=[f"{k}@{s}" for k, s, _, _ in EXPECTED]
)
def test_seed_record(
    seed_records: dict[str, list[Any]],
    kind: str,
    start: int,
    value: int,
    attrs: dict[str, object],
) -> None:
    found = [r for r in seed_records.get(kind, []) if r.start == start]
    assert len(found) == 1, f"no {kind} record at {start}"
    rec = found[0]
    assert _get(rec, "amount" if kind == "liquidations" else "value") == value
    for path, want in attrs.items():
        assert _get(rec, path) == want, path


def test_seed_has_no_extra_figures(seed_records: dict[str, list[Any]]) -> None:
    got = sorted(
        (k, r.start)
        for k in ("prices", "amounts", "liquidations", "percentages")
        for r in seed_records.get(k, [])
    )
    assert got == sorted((k, s) for k, s, _, _ in EXPECTED)
