"""Read-only connections to a facts database written by ``extract --db URL``.

SQLite is built in; DuckDB and PostgreSQL are opened when their driver is installed. The
queries use plain, portable SQL; only the parameter mark differs between drivers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from extractor.optional import require
from extractor.sinks.sql import quote_ident


class DatabaseError(Exception):
    """The database cannot be opened or is not one written by ``extract``."""


@dataclass
class Database:
    """A DB-API connection plus its parameter mark (``?`` or ``%s``)."""

    conn: Any
    param: str
    where: str
    schema: str | None = None

    def table(self, name: str) -> str:
        """A quoted table name (names come from our own table list, never from data)."""
        if self.schema:
            return f"{quote_ident(self.schema)}.{quote_ident(name)}"
        return quote_ident(name)

    def rows(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        cur = self.conn.cursor()
        cur.execute(sql.replace("?", self.param), tuple(params))
        return [tuple(r) for r in cur.fetchall()]

    def dicts(self, sql: str, params: Sequence[object] = ()) -> list[dict[str, Any]]:
        cur = self.conn.cursor()
        cur.execute(sql.replace("?", self.param), tuple(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def close(self) -> None:
        self.conn.close()


def _file(url: str, scheme: str) -> str:
    rest = url[len(scheme) + 3 :]
    return rest[1:] if rest.startswith("/") else rest


def connect(url: str) -> Database:
    """Open ``sqlite:///facts.db``, ``duckdb:///facts.duckdb`` or ``postgresql://…``."""
    scheme = url.split("://", 1)[0].split("+", 1)[0].lower() if "://" in url else ""
    if scheme == "sqlite":
        path = _file(url, "sqlite")
        if not path or not Path(path).is_file():
            raise DatabaseError(f"{url}: no such SQLite file")
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        except sqlite3.Error as exc:
            raise DatabaseError(f"{url}: {exc}") from exc
        return Database(conn, "?", path)
    if scheme == "duckdb":
        duckdb = require("duckdb", "duckdb")
        path = _file(url, "duckdb")
        if not path or not Path(path).is_file():
            raise DatabaseError(f"{url}: no such DuckDB file")
        return Database(duckdb.connect(path, read_only=True), "?", path)
    if scheme in ("postgresql", "postgres"):
        psycopg = require("psycopg", "postgres")
        parts = urlsplit(url)
        query = [q for q in parts.query.split("&") if q and not q.startswith("schema=")]
        schema = next(
            (q.split("=", 1)[1] for q in parts.query.split("&") if q.startswith("schema=")), None
        )
        conninfo = f"postgresql://{parts.netloc}{parts.path}" + (
            "?" + "&".join(query) if query else ""
        )
        return Database(psycopg.connect(conninfo, connect_timeout=10), "%s", url, schema)
    raise DatabaseError(f"{url}: not a database URL (sqlite:///, duckdb:///, postgresql://)")
