"""An article from a facts database: its stored records, and its text re-read from the input.

The database keeps records, not article text; the ``articles`` row names the input the text
came from and its SHA-1, so the text is read again from there (or from ``--in``) and checked.
Rows are turned back into records through the sinks' own column map.
"""

from __future__ import annotations

import hashlib
import json
import types
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from extractor.report.connect import Database, DatabaseError, connect
from extractor.show.source import ArticleNotFound, article_from_archive, article_from_file
from extractor.sinks.rows import ARTICLES, RECORD_TABLES, model_columns
from models import ArticleFacts


def stored_facts(
    db_url: str, article_id: str, archive: str | None = None
) -> tuple[str, ArticleFacts]:
    """The text and the stored records of ``article_id`` in the database at ``db_url``."""
    try:
        db = connect(db_url)
    except DatabaseError as exc:
        raise ArticleNotFound(str(exc)) from exc
    try:
        return _load(db, article_id, archive)
    finally:
        db.close()


def _load(db: Database, article_id: str, archive: str | None) -> tuple[str, ArticleFacts]:
    try:
        found = db.dicts(f"SELECT * FROM {db.table(ARTICLES)} WHERE id = ?", [article_id])
    except Exception as exc:  # noqa: BLE001 - each driver has its own error types
        raise ArticleNotFound(f"{db.where}: not a facts database ({exc})") from exc
    if not found:
        raise ArticleNotFound(f"no article with id {article_id!r} in {db.where}")
    row = found[0]
    text = _text(article_id, archive or row.get("input_name") or "", row.get("text_sha1"))
    envelope: dict[str, Any] = {
        "article_id": article_id,
        "title": row.get("title"),
        "source": row.get("source"),
        "url": row.get("url"),
        "published": row.get("published"),
        "schema_version": row.get("schema_version") or "1.0",
        "extractor_version": row.get("extractor_version") or "",
    }
    for table, model in RECORD_TABLES.items():
        rows = db.dicts(f"SELECT * FROM {db.table(table)} WHERE article_id = ?", [article_id])
        envelope[table] = sorted((_record(model, r) for r in rows), key=_start)
    try:
        return text, ArticleFacts.model_validate(envelope)
    except ValidationError as exc:
        raise ArticleNotFound(f"{article_id}: stored records do not fit the schema: {exc}") from exc


def _text(article_id: str, source: str, sha1: str | None) -> str:
    if not source or not Path(source).is_file():
        raise ArticleNotFound(
            f"{article_id}: the database keeps no text and its input {source!r} is not "
            "readable here; give the archive with --in"
        )
    try:
        text = article_from_archive(source, article_id).text
    except ArticleNotFound:
        text = article_from_file(source).text
    digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()
    if sha1 and digest != sha1:
        raise ArticleNotFound(f"{article_id}: the text in {source} changed since it was extracted")
    return text


def _start(record: dict[str, Any]) -> int:
    start = record.get("start")
    return start if isinstance(start, int) else 0


def _is_container(annotation: Any) -> bool:
    """A list or dict field (stored as JSON text), optional or not."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return any(_is_container(a) for a in typing.get_args(annotation))
    return origin in (list, dict)


def _record(model: type[BaseModel], row: dict[str, Any]) -> dict[str, Any]:
    """A row back to the record's JSON shape (flattened columns nested, JSON text parsed)."""
    out: dict[str, Any] = {}
    nested: dict[str, dict[str, Any]] = {}
    for column, path in model_columns(model):
        value = row.get(column.name)
        if len(path) == 2:
            if value is not None:
                nested.setdefault(path[0], {})[path[1]] = value
            continue
        info = model.model_fields.get(path[0])
        if isinstance(value, str) and info is not None and _is_container(info.annotation):
            value = json.loads(value)
        if column.type == "bool" and value is not None:
            value = bool(value)
        if value is not None:
            out[path[0]] = value
    out.update(nested)
    return out
