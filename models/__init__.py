"""pydantic v2 record types of news-metrics."""

from models.common import Number
from models.envelope import SCHEMA_VERSION, ArticleFacts
from models.quotes import Mention, Person, Quote, Speaker
from models.records import Amount, Liquidation, Percentage, Price, Record, Window
from models.time import TimeRef

__all__ = [
    "SCHEMA_VERSION",
    "Amount",
    "ArticleFacts",
    "Liquidation",
    "Mention",
    "Number",
    "Percentage",
    "Person",
    "Price",
    "Quote",
    "Record",
    "Speaker",
    "TimeRef",
    "Window",
]
