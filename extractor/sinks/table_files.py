"""One file per table in a folder: CSV (``<table>.csv``) or Parquet (``<table>/part-*.parquet``).

Writes are ordered so that an article's row in ``articles`` comes after its records; resume
trusts only ``articles`` and drops any record rows (CSV) or part files (Parquet) of articles
that did not make it. A run without resume replaces the folder's tables.
"""

from __future__ import annotations

import csv
import os
import secrets
import shutil
from collections.abc import Sequence
from typing import IO, Any

from extractor.optional import require
from extractor.readers.base import ReadError
from extractor.sinks.base import SinkError
from extractor.sinks.rows import (
    ALL_TABLES,
    ARTICLES,
    ERRORS,
    RECORD_TABLES,
    Extracted,
    Row,
    arrow_schema,
    error_row,
    rows_by_table,
    table_columns,
)


class CsvSink:
    def __init__(self, folder: str) -> None:
        self.folder = folder
        self.where = folder
        self._files: dict[str, IO[str]] = {}
        self._writers: dict[str, Any] = {}

    def _path(self, table: str) -> str:
        return os.path.join(self.folder, f"{table}.csv")

    def _clean(self, table: str, keep: set[str] | None) -> set[str]:
        """Rewrite ``table`` without broken rows (and rows of articles not in ``keep``)."""
        path = self._path(table)
        ids: set[str] = set()
        if not os.path.exists(path):
            return ids
        names = [c.name for c in table_columns(table)]
        key = "id" if table == ARTICLES else "article_id"
        tmp = path + ".tmp"
        with (
            open(path, encoding="utf-8", newline="") as src,
            open(tmp, "w", encoding="utf-8", newline="") as dst,
        ):
            reader = csv.reader(src)
            writer = csv.writer(dst)
            writer.writerow(names)
            next(reader, None)
            try:
                for row in reader:
                    if len(row) != len(names):
                        continue
                    value = row[names.index(key)]
                    if keep is None or value in keep or table == ERRORS:
                        writer.writerow(row)
                        ids.add(value)
            except csv.Error:
                pass  # a half-written last row
        os.replace(tmp, path)
        return ids

    def open(self, resume: bool) -> set[str]:
        try:
            os.makedirs(self.folder, exist_ok=True)
            done: set[str] = set()
            if resume:
                done = self._clean(ARTICLES, None)
                for table in (*RECORD_TABLES, ERRORS):
                    self._clean(table, done)
            for table in ALL_TABLES:
                path = self._path(table)
                fresh = not resume or not os.path.exists(path)
                f = open(path, "w" if fresh else "a", encoding="utf-8", newline="")  # noqa: SIM115
                self._files[table] = f
                self._writers[table] = csv.writer(f)
                if fresh:
                    self._writers[table].writerow([c.name for c in table_columns(table)])
            return done
        except OSError as exc:
            raise SinkError(f"cannot open CSV folder {self.folder}: {exc}") from exc

    def attach(self) -> None:
        raise SinkError("CSV cannot be written by parallel workers: use --db or parquet")

    def _rows(self, table: str, rows: Sequence[Row]) -> None:
        cols = table_columns(table)
        self._writers[table].writerows([[_csv_cell(r[c.name]) for c in cols] for r in rows])
        self._files[table].flush()

    def write(self, items: Sequence[Extracted]) -> None:
        tables = rows_by_table(items)
        try:
            for table in RECORD_TABLES:
                self._rows(table, tables[table])
            self._rows(ARTICLES, tables[ARTICLES])
        except OSError as exc:
            raise SinkError(f"cannot write CSV: {exc}") from exc

    def write_errors(self, errors: Sequence[ReadError], extractor_version: str) -> None:
        rows = [error_row(e.id, e.reason, e.source, extractor_version) for e in errors]
        try:
            self._rows(ERRORS, rows)
        except OSError as exc:
            raise SinkError(f"cannot write CSV: {exc}") from exc

    def close(self) -> None:
        for f in self._files.values():
            f.close()
        self._files.clear()
        self._writers.clear()


def _csv_cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


class ParquetSink:
    """Partitioned Parquet: ``<folder>/<table>/part-<run>-<n>.parquet``, flushed in blocks."""

    def __init__(self, folder: str, articles_per_part: int = 5000) -> None:
        self.folder = folder
        self.where = folder
        self.articles_per_part = articles_per_part
        self._run = secrets.token_hex(4)
        self._seq = 0
        self._buffer: dict[str, list[Row]] = {t: [] for t in ALL_TABLES}
        self._pending = 0
        self._pa: Any = None
        self._pq: Any = None

    def _dir(self, table: str) -> str:
        return os.path.join(self.folder, table)

    def _schema(self, table: str) -> Any:
        return arrow_schema(self._pa, table)

    def open(self, resume: bool) -> set[str]:
        self._pa = require("pyarrow", "parquet")
        self._pq = require("pyarrow.parquet", "parquet")
        done: set[str] = set()
        try:
            if not resume:
                for table in ALL_TABLES:
                    shutil.rmtree(self._dir(table), ignore_errors=True)
            for table in ALL_TABLES:
                os.makedirs(self._dir(table), exist_ok=True)
            committed = set()
            for name in os.listdir(self._dir(ARTICLES)):
                if name.endswith(".parquet"):
                    committed.add(name)
                    ids = self._pq.read_table(
                        os.path.join(self._dir(ARTICLES), name), columns=["id"]
                    )
                    done.update(str(v) for v in ids.column("id").to_pylist())
            for table in ALL_TABLES:
                for name in os.listdir(self._dir(table)):
                    orphan = table in RECORD_TABLES and name not in committed
                    if name.endswith(".tmp") or (orphan and name.endswith(".parquet")):
                        os.remove(os.path.join(self._dir(table), name))
        except OSError as exc:
            raise SinkError(f"cannot open Parquet folder {self.folder}: {exc}") from exc
        return done

    def attach(self) -> None:
        self._pa = require("pyarrow", "parquet")
        self._pq = require("pyarrow.parquet", "parquet")

    def write(self, items: Sequence[Extracted]) -> None:
        for table, rows in rows_by_table(items).items():
            self._buffer[table].extend(rows)
        self._pending += len(items)
        if self._pending >= self.articles_per_part:
            self.flush()

    def write_errors(self, errors: Sequence[ReadError], extractor_version: str) -> None:
        self._buffer[ERRORS].extend(
            error_row(e.id, e.reason, e.source, extractor_version) for e in errors
        )

    def flush(self) -> None:
        """Write the buffered rows as one part per table; ``articles`` last."""
        if not any(self._buffer.values()):
            return
        self._seq += 1
        name = f"part-{self._run}-{self._seq:06d}.parquet"
        try:
            for table in (*RECORD_TABLES, ERRORS, ARTICLES):
                schema = self._schema(table)
                rows = self._buffer[table]
                data = self._pa.Table.from_pylist(rows, schema=schema)
                path = os.path.join(self._dir(table), name)
                self._pq.write_table(data, path + ".tmp")
                os.replace(path + ".tmp", path)
        except OSError as exc:
            raise SinkError(f"cannot write Parquet: {exc}") from exc
        self._buffer = {t: [] for t in ALL_TABLES}
        self._pending = 0

    def close(self) -> None:
        self.flush()
