"""The main job: archives in, database tables (or JSONL/CSV/Parquet) out, streaming.

``run(inputs, …)`` reads every input lazily, extracts articles in chunks (``nlp.pipe`` inside a
``memory_zone``; optionally in N worker processes), writes each chunk to the sink in one
transaction, and returns a :class:`RunSummary` whose counts add up:
``read == written + failed + skipped + unfinished``. Every failed article is written to the
sink's errors file/table with its id and reason.
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from time import monotonic

from extractor.api import Article
from extractor.batching.extract_chunk import DEFAULT_MAX_DOC_CHARS, Result
from extractor.batching.nlp_loading import NlpFactory, PipelineFactory
from extractor.batching.progress import Progress
from extractor.batching.workers import WorkerPool, run_in_process
from extractor.pipeline import DEFAULT_MODEL
from extractor.readers.base import ReaderOptions, ReadError, ReadItem
from extractor.readers.discover import count_known_articles, expand_inputs, read_path
from extractor.sinks import JsonlSink, Sink, SinkError, SinkSpec
from extractor.sinks.rows import RECORD_TABLES, Extracted
from extractor.version import __version__

#: Articles per ``nlp.pipe`` chunk. Measured on the corpus (benchmarks/throughput.py): peak
#: RSS of one process 384 MB at 16 vs 611 MB at 32 (the parser/NER activations of the batch),
#: at the same speed; the per-worker budget is 600 MB.
DEFAULT_BATCH_SIZE = 16


@dataclass
class RunSummary:
    """What a run did. ``ok`` is False when any article failed or the sink broke."""

    read: int = 0
    written: int = 0
    failed: int = 0
    skipped: int = 0
    unfinished: int = 0
    records: Counter[str] = field(default_factory=Counter)
    sink_error: str | None = None
    interrupted: bool = False
    elapsed_s: float = 0.0
    where: str = ""

    @property
    def ok(self) -> bool:
        return self.failed == 0 and self.sink_error is None and not self.interrupted

    @property
    def balanced(self) -> bool:
        return self.read == self.written + self.failed + self.skipped + self.unfinished

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 130
        if self.sink_error is not None:
            return 2
        return 0 if self.failed == 0 else 1

    def line(self) -> str:
        rate = self.written / self.elapsed_s if self.elapsed_s > 0 else 0.0
        text = (
            f"news-metrics: {self.read} read, {self.written} written, {self.failed} failed, "
            f"{self.skipped} skipped"
        )
        if self.unfinished:
            text += f", {self.unfinished} unfinished"
        recs = ", ".join(f"{n} {k}" for k, n in sorted(self.records.items()) if n)
        if recs:
            text += f"; {recs}"
        text += f" -> {self.where} in {self.elapsed_s:.1f} s ({rate:.1f} articles/s)"
        if self.interrupted:
            text += "; INTERRUPTED (re-run with --resume to finish)"
        if self.sink_error:
            text += f"; SINK ERROR: {self.sink_error}"
        return text


def print_error(error: ReadError) -> None:
    """Echo a failed article on stderr: ``error: <id>: <reason>``."""
    print(f"error: {error.id}: {error.reason}", file=sys.stderr)


def id_key(article_id: str) -> bytes:
    """A compact fixed-size key of an id (sets of millions of ids stay small)."""
    return hashlib.blake2b(article_id.encode("utf-8", "surrogatepass"), digest_size=10).digest()


class _Gate:
    """Decides per read item: to extract, failed (read error, duplicate) or skipped (resume)."""

    def __init__(self, done: set[bytes], summary: RunSummary) -> None:
        self.done = done
        self.seen: set[bytes] = set()
        self.summary = summary
        self.errors: list[ReadError] = []

    def articles(self, items: Iterable[ReadItem]) -> Iterator[Article]:
        for item in items:
            self.summary.read += 1
            if isinstance(item, ReadError):
                self._fail(item)
                continue
            key = id_key(item.id)
            if key in self.seen:
                self._fail(ReadError(item.id, "duplicate article id in this run",
                                     item.meta.get("input", "")))
                continue
            self.seen.add(key)
            if key in self.done:
                self.summary.skipped += 1
                continue
            yield item

    def _fail(self, error: ReadError) -> None:
        self.summary.failed += 1
        self.errors.append(error)

    def take_errors(self) -> list[ReadError]:
        errors, self.errors = self.errors, []
        return errors


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def read_items(inputs: Sequence[str], options: ReaderOptions) -> Iterator[ReadItem]:
    for path in expand_inputs(inputs):
        yield from read_path(path, options)


def run(
    inputs: Sequence[str],
    *,
    db: str | None = None,
    fmt: str = "jsonl",
    output: str = "-",
    errors: str | None = None,
    sink: Sink | None = None,
    workers: int = 1,
    resume: bool = False,
    quiet: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    model: str = DEFAULT_MODEL,
    ops: str = "numpy",
    reader_options: ReaderOptions | None = None,
    max_doc_chars: int = DEFAULT_MAX_DOC_CHARS,
    engine: str = "local",
    scheduler: str | None = None,
    nlp_factory: NlpFactory | None = None,
    on_error: Callable[[ReadError], None] | None = None,
) -> RunSummary:
    """Extract every article of ``inputs`` into the sink; never raises for bad input.

    ``inputs``: files, folders (recursive), globs or ``-`` (stdin). The sink is ``sink`` if
    given, else ``--db URL`` (sqlite/duckdb/postgresql), else ``fmt`` (jsonl/csv/parquet) into
    ``output`` (``-`` = stdout for JSONL). ``engine="dask"`` runs on the cluster at
    ``scheduler`` (see :mod:`extractor.engines.dask`). Raises only for unusable options
    (unknown format, missing optional dependency, sink that cannot be opened).
    ``on_error`` is called with every failed article as it is counted (e.g. to echo it).
    """
    options = reader_options or ReaderOptions()
    factory = nlp_factory or PipelineFactory(model, ops)
    spec = SinkSpec(db=db, fmt=fmt, output=output, errors=errors)
    if engine == "dask" and sink is not None:
        raise ValueError("the dask engine opens its sinks from the options, not a sink object")
    target = sink or spec.make()
    if on_error is None and isinstance(target, JsonlSink) and target.errors_path is None:
        on_error = print_error  # errors must be listed somewhere: stderr
    summary = RunSummary(where=target.where)
    started = monotonic()
    done = {id_key(i) for i in target.open(resume)}
    try:
        if engine == "dask":
            from extractor.engines.dask import run_on_dask

            run_on_dask(
                list(expand_inputs(inputs)), spec, summary, done,
                scheduler=scheduler, factory=factory, options=options,
                batch_size=batch_size, max_doc_chars=max_doc_chars, quiet=quiet,
                workers=max(1, workers),
            )
        elif engine == "local":
            _run_local(inputs, target, summary, done, options, factory, workers, quiet,
                       batch_size, max_doc_chars, on_error)
        else:
            raise ValueError(f"unknown engine {engine!r}: local or dask")
    finally:
        try:
            target.close()
        except (SinkError, OSError) as exc:
            summary.sink_error = summary.sink_error or f"closing the sink failed: {exc}"
        summary.elapsed_s = monotonic() - started
    return summary


def write_results(
    target: Sink,
    summary: RunSummary,
    results: Sequence[Result],
    errors: list[ReadError],
    on_error: Callable[[ReadError], None] | None = None,
) -> None:
    """Write one chunk's envelopes and failures (``errors``: read failures already counted)."""
    good: list[Extracted] = []
    for result in results:
        if isinstance(result, ReadError):
            errors.append(result)
        else:
            good.append(result)
    if good:
        target.write(good)
    if errors:
        if on_error is not None:
            for error in errors:
                on_error(error)
        target.write_errors(errors, __version__)
    summary.written += len(good)
    summary.failed += sum(1 for r in results if isinstance(r, ReadError))
    for item in good:
        for table in RECORD_TABLES:
            summary.records[table] += len(getattr(item.facts, table))


def _run_local(
    inputs: Sequence[str],
    target: Sink,
    summary: RunSummary,
    done: set[bytes],
    options: ReaderOptions,
    factory: NlpFactory,
    workers: int,
    quiet: bool,
    batch_size: int,
    max_doc_chars: int,
    on_error: Callable[[ReadError], None] | None = None,
) -> None:
    paths = list(expand_inputs(inputs))
    progress = Progress(Progress.wanted(quiet), total=count_known_articles(paths))
    gate = _Gate(done, summary)
    items = (item for path in paths for item in read_path(path, options))
    chunks = _chunks(gate.articles(items), max(1, batch_size))
    pool = WorkerPool(workers, factory, max_doc_chars) if workers > 1 else None
    stream = pool.map(chunks) if pool else run_in_process(chunks, factory, max_doc_chars)
    try:
        for _chunk, results in stream:
            write_results(target, summary, results, gate.take_errors(), on_error)
            progress.update(summary.written + summary.failed, summary.failed)
        write_results(target, summary, [], gate.take_errors(), on_error)
    except SinkError as exc:
        summary.sink_error = str(exc)
        _count_unfinished(summary)
    except KeyboardInterrupt:
        summary.interrupted = True
        _count_unfinished(summary)
    finally:
        if pool is not None:
            pool.close()
        progress.update(summary.written + summary.failed, summary.failed, force=True)
        progress.finish()


def process_paths(
    paths: Iterable[str],
    target: Sink,
    summary: RunSummary,
    done: set[bytes],
    options: ReaderOptions,
    extract: Callable[[list[Article]], list[Result]],
    batch_size: int,
) -> None:
    """Read, extract and write ``paths`` in this process (the body of one Dask task)."""
    gate = _Gate(done, summary)
    items = (item for path in paths for item in read_path(path, options))
    try:
        for chunk in _chunks(gate.articles(items), max(1, batch_size)):
            write_results(target, summary, extract(chunk), gate.take_errors())
        target.write_errors(gate.take_errors(), __version__)
    except SinkError as exc:
        summary.sink_error = str(exc)
        _count_unfinished(summary)


def _count_unfinished(summary: RunSummary) -> None:
    """Articles read but neither written, failed nor skipped when the run stopped early."""
    summary.unfinished = summary.read - summary.written - summary.failed - summary.skipped
