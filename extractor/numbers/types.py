"""Value objects produced by the number finders (pure Python, no spaCy)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

# Qualifier names shared with models.records.Qualifier.
EXACT = "exact"
RANGE = "range"


@dataclass(frozen=True)
class MoneyMatch:
    """A money figure found in text: `$1.2bn`, `between $100,000 and $105,000`, `12,000 BTC`.

    `start`/`end` are offsets into the text that was searched; the span covers the figure(s),
    not a leading qualifier word. `currency` is an ISO 4217 code or a coin ticker (BTC) or None.
    """

    start: int
    end: int
    text: str
    value: Decimal
    currency: str | None
    value_max: Decimal | None = None
    qualifier: str = EXACT
    qualifier_text: str | None = None


@dataclass(frozen=True)
class PercentMatch:
    """A percentage: `13%`, `13 per cent`, `between 13% and 16%`, `0.5 percentage points`."""

    start: int
    end: int
    text: str
    value: Decimal
    value_max: Decimal | None = None
    qualifier: str = EXACT
    qualifier_text: str | None = None
    unit: str = "percent"  # or "percentage_points"
