"""``--db URL`` → a :class:`SqlSink`: ``sqlite:///facts.db``, ``duckdb:///facts.duckdb``,
``postgresql://user@host:5432/db`` (SQLAlchemy-style URLs; ``postgresql+psycopg://`` too).

A ``schema=NAME`` query parameter puts the PostgreSQL tables in that schema (created on first
use); it is removed before the URL reaches the driver.
"""

from __future__ import annotations

import os
import sqlite3
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from extractor.optional import require
from extractor.sinks.sql import Dialect, SqlSink

SQLITE = Dialect(
    "sqlite",
    "?",
    {"text": "TEXT", "int": "INTEGER", "float": "REAL", "bool": "INTEGER"},
    (sqlite3.Error,),
)


class UnknownDatabase(ValueError):
    """The URL names a database we do not write to."""


def _file_path(url: str, scheme: str) -> str:
    rest = url[len(scheme) + 3 :]  # after "scheme://"
    if rest.startswith("/"):
        rest = rest[1:]
    if not rest:
        raise UnknownDatabase(f"{url}: no database file named (e.g. {scheme}:///facts.db)")
    return rest


def _sqlite_sink(url: str) -> SqlSink:
    path = _file_path(url, "sqlite")

    def connect() -> sqlite3.Connection:
        if path != ":memory:":
            parent = os.path.dirname(path)
            if parent:
                os.makedirs(parent, exist_ok=True)
        conn = sqlite3.connect(path, timeout=30)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        return conn

    return SqlSink(SQLITE, connect, path)


def _duckdb_sink(url: str) -> SqlSink:
    duckdb = require("duckdb", "duckdb")
    path = _file_path(url, "duckdb")
    dialect = Dialect(
        "duckdb",
        "?",
        {"text": "VARCHAR", "int": "BIGINT", "float": "DOUBLE", "bool": "BOOLEAN"},
        (duckdb.Error,),
        arrow_insert=True,
    )

    def connect() -> Any:
        parent = os.path.dirname(path)
        if parent and path != ":memory:":
            os.makedirs(parent, exist_ok=True)
        conn = duckdb.connect(path)
        conn.begin()
        return _DuckConnection(conn)

    return SqlSink(dialect, connect, path)


class _DuckConnection:
    """DuckDB's connection is its own cursor and autocommits: give it DB-API transactions."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def cursor(self) -> Any:
        return self._conn

    def commit(self) -> None:
        self._conn.commit()
        self._conn.begin()

    def rollback(self) -> None:
        self._conn.rollback()
        self._conn.begin()

    def close(self) -> None:
        self._conn.close()


def _postgres_sink(url: str) -> SqlSink:
    psycopg = require("psycopg", "postgres")
    parts = urlsplit(url)
    scheme = "postgresql"
    query = parse_qsl(parts.query, keep_blank_values=True)
    schema = next((v for k, v in query if k == "schema"), None) or None
    rest = [(k, v) for k, v in query if k != "schema"]
    conninfo = urlunsplit((scheme, parts.netloc, parts.path, urlencode(rest), ""))
    dialect = Dialect(
        "postgresql",
        "%s",
        {"text": "TEXT", "int": "BIGINT", "float": "DOUBLE PRECISION", "bool": "BOOLEAN"},
        (psycopg.Error,),
    )

    def connect() -> Any:
        return psycopg.connect(conninfo, connect_timeout=10)

    shown = urlunsplit((scheme, parts.hostname or "", parts.path, "", ""))
    return SqlSink(dialect, connect, shown, schema=schema)


def open_database(url: str) -> SqlSink:
    """The sink for a ``--db`` URL (not yet opened)."""
    scheme = url.split(":", 1)[0].lower()
    if scheme == "sqlite":
        return _sqlite_sink(url)
    if scheme == "duckdb":
        return _duckdb_sink(url)
    if scheme.split("+", 1)[0] in ("postgresql", "postgres"):
        return _postgres_sink(url)
    raise UnknownDatabase(f"unsupported database URL {url!r}: use sqlite://, duckdb:// or postgresql://")
