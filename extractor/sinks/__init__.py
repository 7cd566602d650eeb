"""Where the facts go: JSONL, CSV or Parquet folders, or a database (``--db URL``)."""

from __future__ import annotations

from dataclasses import dataclass

from extractor.sinks.base import Sink, SinkError
from extractor.sinks.databases import open_database
from extractor.sinks.jsonl import JsonlSink
from extractor.sinks.rows import Extracted
from extractor.sinks.table_files import CsvSink, ParquetSink

FORMATS = ("jsonl", "csv", "parquet")


@dataclass(frozen=True)
class SinkSpec:
    """The sink options, picklable: Dask workers open their own writer from it."""

    db: str | None = None
    fmt: str = "jsonl"
    output: str = "-"
    errors: str | None = None

    def make(self) -> Sink:
        return open_sink(db=self.db, fmt=self.fmt, output=self.output, errors=self.errors)


def open_sink(
    *,
    db: str | None = None,
    fmt: str = "jsonl",
    output: str = "-",
    errors: str | None = None,
) -> Sink:
    """The sink for the CLI options ``--db`` / ``--format`` / ``--output`` / ``--errors``.

    JSONL errors go to ``errors`` when given (``-`` = stderr), else beside a JSONL output file
    as ``<name>.errors.jsonl``; with stdout output and no ``errors`` the runner echoes them on
    stderr. CSV/Parquet folders and databases keep them in their ``errors`` table.
    """
    if db:
        return open_database(db)
    if fmt == "jsonl":
        if errors is None and output != "-":
            errors = _beside(output)
        return JsonlSink(output, errors)
    if output == "-":
        raise SinkError(f"--format {fmt} writes a folder: give --output DIR")
    if fmt == "csv":
        return CsvSink(output)
    if fmt == "parquet":
        return ParquetSink(output)
    raise SinkError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")


def _beside(path: str) -> str:
    stem = path[: -len(".jsonl")] if path.endswith(".jsonl") else path
    return stem + ".errors.jsonl"


__all__ = [
    "FORMATS",
    "CsvSink",
    "Extracted",
    "JsonlSink",
    "ParquetSink",
    "Sink",
    "SinkError",
    "SinkSpec",
    "open_database",
    "open_sink",
]
