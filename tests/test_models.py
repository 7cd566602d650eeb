"""Record models: exact decimals written as JSON numbers, frozen, closed, a tagged union."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from models import ArticleFacts, Liquidation, Percentage, Price, Record, Window

BASE: dict[str, Any] = {"start": 0, "end": 4, "text": "$1", "sentence": "$1 each."}

DECIMALS = {
    "integer": ("87970", 87970),
    "tiny fraction": ("0.000012", 0.000012),
    "negative": ("-2000", -2000),
    "billions": ("1200000000", 1200000000),
    "fraction": ("3.5", 3.5),
}


@pytest.mark.parametrize("raw,expected", DECIMALS.values(), ids=DECIMALS)
def test_decimal_values_are_json_numbers_and_round_trip(raw: str, expected: float) -> None:
    price = Price(**BASE, value=Decimal(raw), currency="USD", asset="BTC")
    data = json.loads(price.model_dump_json())
    assert data["value"] == expected
    back = Price.model_validate_json(price.model_dump_json())
    assert back.value == Decimal(raw)


def test_records_are_frozen_and_closed() -> None:
    price = Price(**BASE, value=Decimal(1), currency="USD", asset=None)
    with pytest.raises(ValidationError):
        price.value = Decimal(2)  # type: ignore[misc]
    with pytest.raises(ValidationError):
        Price(**BASE, value=Decimal(1), currency="USD", asset=None, colour="red")  # type: ignore[call-arg]


def test_price_kind_is_checked() -> None:
    with pytest.raises(ValidationError):
        Price(**BASE, value=Decimal(1), currency="USD", asset=None, kind="cheap")  # type: ignore[arg-type]


def test_records_form_a_tagged_union() -> None:
    adapter: TypeAdapter[Record] = TypeAdapter(Record)
    liq = Liquidation(
        **BASE,
        amount=Decimal(5),
        currency="USD",
        side="long",
        window=Window(text="24 hours", seconds=86400),
    )
    pct = Percentage(**BASE, value=Decimal(13), value_max=Decimal(16), qualifier="range")
    for record in (liq, pct):
        again = adapter.validate_json(record.model_dump_json())
        assert again == record


def test_envelope_defaults() -> None:
    env = ArticleFacts(article_id="x", extractor_version="0")
    data = json.loads(env.model_dump_json())
    assert data["prices"] == [] and data["schema_version"] == "1.0"
