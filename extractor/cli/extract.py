"""``news-metrics extract``: articles in, one JSON envelope per article out."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import click

from extractor.readers.base import ReadError


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(allow_dash=True, path_type=Path),
    default="-",
    show_default=True,
    help="Write JSONL here ('-' is stdout); for --format csv/parquet a folder.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet"]),
    default="jsonl",
    show_default=True,
    help="Output format: JSONL envelopes, or one CSV/Parquet table per record type.",
)
@click.option(
    "--db",
    metavar="URL",
    help="Write normalised tables to a database instead: sqlite:///facts.db, "
    "duckdb:///facts.duckdb or postgresql://user@host/db (upserts; re-runs add no duplicates).",
)
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="JSONL file listing failed articles (default: beside a JSONL output file; "
    "databases and CSV/Parquet folders use their errors table).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes on this machine (Dask workers with --engine dask).",
)
@click.option(
    "--resume", is_flag=True, help="Skip articles already in the output (after an interrupted run)."
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Run here, or on a Dask cluster.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Dask scheduler address (default with --engine dask: a local cluster).",
)
@click.option("--id-key", default="id", show_default=True, help="JSONL key of the article id.")
@click.option("--text-key", default="text", show_default=True, help="JSONL key of the text.")
@click.option("--title-key", default="title", show_default=True, help="JSONL key of the title.")
@click.option(
    "--published-key", default="published", show_default=True, help="JSONL key of the time."
)
@click.option(
    "--published",
    type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S%z"]),
    help="Publication time for plain text files (JSONL lines carry their own).",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=16,  # extractor.batch.DEFAULT_BATCH_SIZE: measured peak memory, same speed
    show_default=True,
    help="Docs per nlp.pipe batch.",
)
@click.option(
    "--ops",
    type=click.Choice(["numpy", "default"]),
    default="numpy",
    show_default=True,
    help="Matrix backend of the model: numpy, or thinc's default (BLIS). Same records; "
    "pick the faster on your CPU (benchmarks/throughput.py).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress or summary on stderr.")
def extract_cmd(
    paths: tuple[str, ...],
    output: Path,
    fmt: str,
    db: str | None,
    errors_path: str | None,
    workers: int,
    resume: bool,
    engine: str,
    scheduler: str | None,
    id_key: str,
    text_key: str,
    title_key: str,
    published_key: str,
    published: datetime | None,
    batch_size: int,
    ops: str,
    quiet: bool,
) -> None:
    """Extract records from PATHS: text files (id = file stem), folders of them, JSONL files
    (one article a line: id, text, optional title, published, source, url), CSV, HTML, WARC
    (.gz too) or '-' for stdin.

    Writes one JSON object per article, or normalised tables (--format csv/parquet, --db). A
    bad article (empty, binary, invalid JSON or UTF-8, too large) is reported on stderr with its
    id and reason and listed in the errors file/table; the others are still written. Exit
    status: 0 all written, 1 some articles failed, 2 the output failed, 130 interrupted.
    """
    from extractor.batch import run
    from extractor.optional import MissingExtra
    from extractor.readers import Keys, ReaderOptions
    from extractor.sinks import SinkError
    from extractor.sinks.databases import UnknownDatabase

    keys = Keys(id=id_key, text=text_key, title=title_key, published=published_key)
    options = ReaderOptions(keys=keys, default_published=published)
    try:
        summary = run(
            list(paths),
            db=db,
            fmt=fmt,
            output=str(output),
            errors=errors_path,
            workers=workers,
            resume=resume,
            quiet=quiet,
            batch_size=batch_size,
            ops=ops,
            reader_options=options,
            engine=engine,
            scheduler=scheduler,
            on_error=_report,
        )
    except (SinkError, MissingExtra, UnknownDatabase) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    if not quiet or not summary.ok:
        records = ", ".join(f"{n} {k}" for k, n in sorted(summary.records.items()) if n)
        line = (
            f"news-metrics: {summary.read} read, {summary.written} articles written, "
            f"{summary.failed} failed, {summary.skipped} skipped"
            + (f"; {records}" if records else "")
            + ("" if summary.where == "stdout" else f" -> {summary.where}")
            + f" in {summary.elapsed_s:.1f} s"
        )
        if summary.unfinished:
            line += f"; {summary.unfinished} read but not written"
        if summary.interrupted:
            line += "; interrupted: run again with --resume to finish"
        if summary.sink_error:
            line += f"; OUTPUT FAILED: {summary.sink_error}"
        click.echo(line, err=True)
    sys.exit(summary.exit_code)


def _report(error: ReadError) -> None:
    click.echo(f"error: {error.id}: {error.reason}", err=True)
