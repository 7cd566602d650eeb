"""Envelopes → rows of the normalised tables, each keyed by a deterministic id.

Columns are derived from the pydantic record models, so a new record field becomes a new
column without code here: scalars map to typed columns, a nested model is flattened one level
(``as_of`` → ``as_of_text``, ``as_of_start`` …, ``speaker`` → ``speaker_name`` …), and lists or
deeper structures are stored as JSON text.
"""

from __future__ import annotations

import hashlib
import json
import types
import typing
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import cache
from typing import Any, Literal, Union

from pydantic import BaseModel

from models import (
    SCHEMA_VERSION,
    Amount,
    ArticleFacts,
    Liquidation,
    Percentage,
    Person,
    Price,
    Quote,
    TimeRef,
)

ColumnType = Literal["text", "int", "float", "bool"]

#: Record-list name → its model. Table names are the list names.
RECORD_TABLES: dict[str, type[BaseModel]] = {
    "prices": Price,
    "amounts": Amount,
    "percentages": Percentage,
    "liquidations": Liquidation,
    "quotes": Quote,
    "people": Person,
    "times": TimeRef,
}
ARTICLES = "articles"
ERRORS = "errors"
ALL_TABLES = (ARTICLES, *RECORD_TABLES, ERRORS)


@dataclass(frozen=True)
class Column:
    name: str
    type: ColumnType


@dataclass(frozen=True)
class Extracted:
    """One article's envelope plus what the sinks need to know about its input text."""

    facts: ArticleFacts
    text_sha1: str
    n_chars: int
    input_name: str = ""


Row = dict[str, Any]

_KEY_COLUMNS = (Column("id", "text"), Column("article_id", "text"))
_VERSION_COLUMNS = (Column("schema_version", "text"), Column("extractor_version", "text"))
_ARTICLE_COLUMNS = (
    Column("id", "text"),
    Column("title", "text"),
    Column("source", "text"),
    Column("url", "text"),
    Column("published", "text"),
    Column("text_sha1", "text"),
    Column("n_chars", "int"),
    Column("input_name", "text"),
    *_VERSION_COLUMNS,
)
_ERROR_COLUMNS = (
    *_KEY_COLUMNS,
    Column("source", "text"),
    Column("reason", "text"),
    *_VERSION_COLUMNS,
)


def _unwrap(annotation: Any) -> Any:
    """``X | None`` / ``Optional[X]`` / ``Annotated[X, …]`` → ``X``."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(args) != 1:
                return annotation
            annotation = args[0]
        else:
            return annotation


def _scalar_type(annotation: Any) -> ColumnType | None:
    ann = _unwrap(annotation)
    if typing.get_origin(ann) is Literal:
        values = typing.get_args(ann)
        return "text" if all(isinstance(v, str) for v in values) else None
    if ann is bool:
        return "bool"
    if ann is int:
        return "int"
    if ann in (float, Decimal):
        return "float"
    if ann in (str, datetime):
        return "text"
    return None


def _is_model(annotation: Any) -> bool:
    ann = _unwrap(annotation)
    return isinstance(ann, type) and issubclass(ann, BaseModel)


@cache
def model_columns(model: type[BaseModel]) -> tuple[tuple[Column, tuple[str, ...]], ...]:
    """(column, path into the model's JSON dump) for every column of ``model``."""
    out: list[tuple[Column, tuple[str, ...]]] = []
    for name, info in model.model_fields.items():
        scalar = _scalar_type(info.annotation)
        if scalar is not None:
            out.append((Column(name, scalar), (name,)))
        elif _is_model(info.annotation):
            inner: type[BaseModel] = _unwrap(info.annotation)
            for sub, sub_info in inner.model_fields.items():
                sub_type = _scalar_type(sub_info.annotation) or "text"
                out.append((Column(f"{name}_{sub}", sub_type), (name, sub)))
        else:
            out.append((Column(name, "text"), (name,)))
    return tuple(out)


def table_columns(table: str) -> tuple[Column, ...]:
    """The columns of one table, id first."""
    if table == ARTICLES:
        return _ARTICLE_COLUMNS
    if table == ERRORS:
        return _ERROR_COLUMNS
    own = tuple(col for col, _ in model_columns(RECORD_TABLES[table]))
    return (*_KEY_COLUMNS, *own, *_VERSION_COLUMNS)


def arrow_schema(pa: Any, table: str) -> Any:
    """The pyarrow schema of one table (``pa`` is the imported ``pyarrow`` module)."""
    kinds = {"text": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
    return pa.schema([(c.name, kinds[c.type]) for c in table_columns(table)])


def row_id(*parts: object) -> str:
    """A deterministic 24-hex-digit id of the parts (separator-safe)."""
    h = hashlib.blake2b(digest_size=12)
    for part in parts:
        h.update(str(part).encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()


def normalise_name(name: str) -> str:
    return " ".join(name.casefold().split())


def _cell(value: Any, column: Column) -> Any:
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if column.type == "text" and not isinstance(value, str):
        return str(value)
    return value


def _record_key(table: str, dumped: Row) -> tuple[object, ...]:
    if table == "people":
        return ("person", normalise_name(str(dumped.get("name", ""))))
    return (table, dumped.get("start"), dumped.get("end"), dumped.get("text", ""))


def record_rows(facts: ArticleFacts, table: str) -> Iterator[Row]:
    """The rows of one record table for one article (ids unique within the article)."""
    columns = model_columns(RECORD_TABLES[table])
    seen: dict[tuple[object, ...], int] = {}
    for record in getattr(facts, table):
        dumped = record.model_dump(mode="json")
        key = _record_key(table, dumped)
        n = seen.get(key, 0)
        seen[key] = n + 1
        row: Row = {"id": row_id(facts.article_id, *key, n), "article_id": facts.article_id}
        for column, path in columns:
            value: Any = dumped
            for step in path:
                value = value.get(step) if isinstance(value, dict) else None
            row[column.name] = _cell(value, column)
        row["schema_version"] = facts.schema_version
        row["extractor_version"] = facts.extractor_version
        yield row


def article_row(item: Extracted) -> Row:
    f = item.facts
    return {
        "id": f.article_id,
        "title": f.title,
        "source": f.source,
        "url": f.url,
        "published": f.published.isoformat() if f.published else None,
        "text_sha1": item.text_sha1,
        "n_chars": item.n_chars,
        "input_name": item.input_name,
        "schema_version": f.schema_version,
        "extractor_version": f.extractor_version,
    }


def error_row(article_id: str, reason: str, source: str, extractor_version: str) -> Row:
    return {
        "id": row_id(article_id, source, reason),
        "article_id": article_id,
        "source": source,
        "reason": reason,
        "schema_version": SCHEMA_VERSION,
        "extractor_version": extractor_version,
    }


def rows_by_table(items: Sequence[Extracted]) -> dict[str, list[Row]]:
    """Every table's rows for a batch of articles (articles last is the writers' business)."""
    out: dict[str, list[Row]] = {table: [] for table in (ARTICLES, *RECORD_TABLES)}
    for item in items:
        out[ARTICLES].append(article_row(item))
        for table in RECORD_TABLES:
            out[table].extend(record_rows(item.facts, table))
    return out
