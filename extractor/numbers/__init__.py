"""Pure functions that find and normalise money figures and percentages in text."""

from extractor.numbers.money import find_money, parse_money
from extractor.numbers.percent import find_percentages, parse_percent
from extractor.numbers.types import MoneyMatch, PercentMatch

__all__ = [
    "MoneyMatch",
    "PercentMatch",
    "find_money",
    "find_percentages",
    "parse_money",
    "parse_percent",
]
