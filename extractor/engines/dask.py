"""Run the batch job on a Dask cluster: ``--engine dask --scheduler ADDRESS``.

The input files become a ``dask.bag`` (one partition per ``files_per_task`` files). Each task
reads its files, extracts them with the pipeline its worker process loaded once (cached per
worker, guarded by a lock so worker threads never share a Doc), and writes straight into the
sink: partitioned Parquet (``<out>/<table>/part-*.parquet``) or the database (SQLite with
WAL locking, PostgreSQL). Tasks return only their counts.

Python API::

    from extractor.engines.dask import extract_bag
    import dask.bag as db
    counts = extract_bag(db.from_sequence(paths, partition_size=1),
                         SinkSpec(db="postgresql://host/db")).compute()

Without ``scheduler`` a ``LocalCluster`` of ``workers`` processes is started for the run.
Not supported here: JSONL/CSV output (one stream, many writers), DuckDB (one writer process),
and duplicate-id detection across tasks (the database upsert keeps one row per id).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from extractor.batching.extract_chunk import DEFAULT_MAX_DOC_CHARS, ChunkExtractor
from extractor.batching.nlp_loading import NlpFactory, PipelineFactory
from extractor.batching.progress import Progress
from extractor.optional import require
from extractor.readers.base import ReaderOptions
from extractor.sinks import SinkError, SinkSpec

if TYPE_CHECKING:
    from extractor.batch import RunSummary

_LOCK = threading.Lock()
_EXTRACTORS: dict[tuple[Any, int], ChunkExtractor] = {}


def _worker_extractor(factory: NlpFactory, max_doc_chars: int) -> ChunkExtractor:
    """The pipeline of this worker process, loaded on first use (call under ``_LOCK``)."""
    key = (factory, max_doc_chars)
    if key not in _EXTRACTORS:
        _EXTRACTORS[key] = ChunkExtractor(factory(), max_doc_chars)
    return _EXTRACTORS[key]


def extract_files(
    paths: Iterable[str],
    spec: SinkSpec,
    factory: NlpFactory | None = None,
    options: ReaderOptions | None = None,
    batch_size: int = 32,
    max_doc_chars: int = DEFAULT_MAX_DOC_CHARS,
    done: frozenset[bytes] | set[bytes] = frozenset(),
) -> list[dict[str, Any]]:
    """One task: read, extract and write ``paths``; return ``[counts]`` (a bag partition)."""
    from extractor.batch import RunSummary, process_paths

    summary = RunSummary()
    target = spec.make()
    with _LOCK:
        extractor = _worker_extractor(factory or PipelineFactory(), max_doc_chars)
        try:
            target.attach()
            process_paths(
                list(paths), target, summary, set(done), options or ReaderOptions(),
                extractor, batch_size,
            )
        except SinkError as exc:
            summary.sink_error = str(exc)
            summary.unfinished = summary.read - summary.written - summary.failed
        finally:
            try:
                target.close()
            except (SinkError, OSError) as exc:
                summary.sink_error = summary.sink_error or str(exc)
    return [
        {
            "read": summary.read,
            "written": summary.written,
            "failed": summary.failed,
            "skipped": summary.skipped,
            "unfinished": summary.unfinished,
            "records": dict(summary.records),
            "sink_error": summary.sink_error,
        }
    ]


def extract_bag(bag: Any, spec: SinkSpec, **kwargs: Any) -> Any:
    """A bag of per-task counts from a bag of input file paths (lazy; ``.compute()`` it)."""
    return bag.map_partitions(extract_files, spec, **kwargs)


def _check_spec(spec: SinkSpec) -> None:
    if spec.db:
        if spec.db.split(":", 1)[0].lower() == "duckdb":
            raise SinkError("DuckDB allows one writer process: use Parquet or PostgreSQL")
        return
    if spec.fmt != "parquet":
        raise SinkError("the dask engine writes --db or --format parquet")


def run_on_dask(
    paths: list[str],
    spec: SinkSpec,
    summary: RunSummary,
    done: set[bytes],
    *,
    scheduler: str | None,
    factory: NlpFactory,
    options: ReaderOptions,
    batch_size: int,
    max_doc_chars: int,
    quiet: bool = True,
    workers: int = 2,
    files_per_task: int = 1,
) -> None:
    """Run every file as Dask tasks and add their counts into ``summary``."""
    _check_spec(spec)
    dask = require("dask", "dask")
    bag_mod = require("dask.bag", "dask")
    distributed = require("distributed", "dask")
    if "-" in paths:
        raise SinkError("the dask engine reads files, not stdin")
    cluster = None
    if scheduler:
        client = distributed.Client(scheduler)
    else:
        cluster = distributed.LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = distributed.Client(cluster)
    progress = Progress(Progress.wanted(quiet))
    try:
        if not paths:
            return
        bag = bag_mod.from_sequence(paths, partition_size=max(1, files_per_task))
        counts = extract_bag(
            bag, spec, factory=factory, options=options, batch_size=batch_size,
            max_doc_chars=max_doc_chars, done=dask.delayed(frozenset(done)),
        )
        futures = client.compute(counts.to_delayed())
        for future in distributed.as_completed(futures):
            for part in future.result():
                summary.read += part["read"]
                summary.written += part["written"]
                summary.failed += part["failed"]
                summary.skipped += part["skipped"]
                summary.unfinished += part["unfinished"]
                summary.records.update(part["records"])
                if part["sink_error"] and summary.sink_error is None:
                    summary.sink_error = part["sink_error"]
            progress.update(summary.written + summary.failed, summary.failed)
    finally:
        progress.finish()
        client.close()
        if cluster is not None:
            cluster.close()
