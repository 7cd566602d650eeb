"""Databases: SQLite (embedded default), DuckDB and PostgreSQL, through one upserting writer.

Every statement is parameterised; identifiers come only from our own table definitions and
are quoted. A batch is one transaction: an article's rows are all there or none are. Writing
an article first deletes its old rows in every table, so a re-run adds no duplicates and an
article whose text changed replaces its old rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from extractor.optional import require
from extractor.readers.base import ReadError
from extractor.sinks.base import SinkError
from extractor.sinks.rows import (
    ALL_TABLES,
    ARTICLES,
    ERRORS,
    RECORD_TABLES,
    Column,
    Extracted,
    Row,
    arrow_schema,
    error_row,
    rows_by_table,
    table_columns,
)

_DELETE_CHUNK = 500


@dataclass(frozen=True)
class Dialect:
    name: str
    param: str
    types: dict[str, str]
    #: Exceptions of the driver that mean "the database failed".
    errors: tuple[type[BaseException], ...]
    #: Insert through an Arrow table registered as a view (DuckDB: ``executemany`` runs row by
    #: row, measured ≈ 2 articles/s; from Arrow the insert is one vectorised statement).
    arrow_insert: bool = False


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class SqlSink:
    """Upserting writer over a DB-API connection made by ``connect``."""

    def __init__(
        self,
        dialect: Dialect,
        connect: Callable[[], Any],
        where: str,
        schema: str | None = None,
    ) -> None:
        self.dialect = dialect
        self._connect = connect
        self.where = where
        self.schema = schema
        self._conn: Any = None

    # -- helpers ---------------------------------------------------------------------------
    def _table(self, table: str) -> str:
        if self.schema:
            return f"{quote_ident(self.schema)}.{quote_ident(table)}"
        return quote_ident(table)

    def _marks(self, n: int) -> str:
        return ", ".join([self.dialect.param] * n)

    def _create_sql(self, table: str) -> str:
        cols = table_columns(table)
        defs = ", ".join(
            f"{quote_ident(c.name)} {self.dialect.types[c.type]}"
            + (" PRIMARY KEY" if c.name == "id" else "")
            for c in cols
        )
        return f"CREATE TABLE IF NOT EXISTS {self._table(table)} ({defs})"

    def _add_missing_columns(self, cur: Any, table: str) -> None:
        """Columns a newer record model added (a new quote field's ``speaker_…`` column) to a
        table an earlier version created: added, null in the old rows, so a database outlives
        upgrades."""
        cur.execute(f"SELECT * FROM {self._table(table)} WHERE 1 = 0")
        have = {str(d[0]).lower() for d in cur.description or ()}
        cur.fetchall()
        missing = [col for col in table_columns(table) if col.name.lower() not in have]
        if missing and table != ARTICLES:
            # DuckDB alters no table an index depends on; open() makes the index again.
            cur.execute(f"DROP INDEX IF EXISTS {self._index(table)}")
        for col in missing:
            cur.execute(
                f"ALTER TABLE {self._table(table)} ADD COLUMN "
                f"{quote_ident(col.name)} {self.dialect.types[col.type]}"
            )

    def _index(self, table: str, *, qualified: bool = True) -> str:
        """A record table's index on ``article_id`` (in the table's schema, if any)."""
        name = quote_ident(f"{table}_article_id_idx")
        return f"{quote_ident(self.schema)}.{name}" if self.schema and qualified else name

    def _upsert_sql(self, table: str, cols: Sequence[Column], source: str | None = None) -> str:
        names = ", ".join(quote_ident(c.name) for c in cols)
        values = (
            f"VALUES ({self._marks(len(cols))})"
            if source is None
            else (f"SELECT {names} FROM {quote_ident(source)}")
        )
        updates = ", ".join(
            f"{quote_ident(c.name)} = excluded.{quote_ident(c.name)}"
            for c in cols
            if c.name != "id"
        )
        return (
            f"INSERT INTO {self._table(table)} ({names}) {values} "
            f"ON CONFLICT ({quote_ident('id')}) DO UPDATE SET {updates}"
        )

    def _fail(self, exc: BaseException, doing: str) -> SinkError:
        self._rollback()
        return SinkError(f"{self.dialect.name} {doing} failed ({self.where}): {exc}")

    def _rollback(self) -> None:
        try:
            if self._conn is not None:
                self._conn.rollback()
        except Exception:  # noqa: BLE001 - the connection may be gone already
            pass

    # -- Sink ------------------------------------------------------------------------------
    def open(self, resume: bool) -> set[str]:
        try:
            self._conn = self._connect()
            cur = self._conn.cursor()
            if self.schema:
                cur.execute(f"CREATE SCHEMA IF NOT EXISTS {quote_ident(self.schema)}")
            for table in ALL_TABLES:
                cur.execute(self._create_sql(table))
                self._add_missing_columns(cur, table)
                if table not in (ARTICLES,):
                    cur.execute(
                        f"CREATE INDEX IF NOT EXISTS {self._index(table, qualified=False)} "
                        f"ON {self._table(table)} "
                        f"({quote_ident('article_id')})"
                    )
            self._conn.commit()
            if not resume:
                return set()
            cur.execute(f"SELECT {quote_ident('id')} FROM {self._table(ARTICLES)}")
            done = {str(r[0]) for r in cur.fetchall()}
            self._conn.commit()
            return done
        except self.dialect.errors as exc:
            raise self._fail(exc, "setup") from exc

    def attach(self) -> None:
        try:
            self._conn = self._connect()
        except self.dialect.errors as exc:
            raise self._fail(exc, "connect") from exc

    def _delete_articles(self, cur: Any, ids: list[str]) -> None:
        for i in range(0, len(ids), _DELETE_CHUNK):
            chunk = ids[i : i + _DELETE_CHUNK]
            marks = self._marks(len(chunk))
            for table in (*RECORD_TABLES, ERRORS):
                cur.execute(
                    f"DELETE FROM {self._table(table)} "
                    f"WHERE {quote_ident('article_id')} IN ({marks})",
                    chunk,
                )

    def _insert(self, cur: Any, table: str, rows: Iterable[Row]) -> None:
        cols = table_columns(table)
        # One row per id (an upsert may not touch a row twice in one statement).
        unique = {row["id"]: tuple(row[c.name] for c in cols) for row in rows}
        values = list(unique.values())
        if not values:
            return
        if not self.dialect.arrow_insert:
            cur.executemany(self._upsert_sql(table, cols), values)
            return
        pa = require("pyarrow", "duckdb")
        data = pa.Table.from_pylist(
            [dict(zip([c.name for c in cols], row, strict=True)) for row in values],
            schema=arrow_schema(pa, table),
        )
        view = "nm_insert_batch"
        cur.register(view, data)
        try:
            cur.execute(self._upsert_sql(table, cols, source=view))
        finally:
            cur.unregister(view)

    def write(self, items: Sequence[Extracted]) -> None:
        if not items:
            return
        if self._conn is None:
            raise SinkError("sink not open")
        tables = rows_by_table(items)
        try:
            cur = self._conn.cursor()
            self._delete_articles(cur, [item.facts.article_id for item in items])
            for table in RECORD_TABLES:
                self._insert(cur, table, tables[table])
            self._insert(cur, ARTICLES, tables[ARTICLES])
            self._conn.commit()
        except self.dialect.errors as exc:
            raise self._fail(exc, "write") from exc

    def write_errors(self, errors: Sequence[ReadError], extractor_version: str) -> None:
        if not errors:
            return
        if self._conn is None:
            raise SinkError("sink not open")
        rows = {}
        for e in errors:
            row = error_row(e.id, e.reason, e.source, extractor_version)
            rows[row["id"]] = row
        try:
            cur = self._conn.cursor()
            self._insert(cur, ERRORS, rows.values())
            self._conn.commit()
        except self.dialect.errors as exc:
            raise self._fail(exc, "error write") from exc

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:  # noqa: BLE001 - closing a dead connection
                pass
            self._conn = None
