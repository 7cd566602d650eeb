"""Running chunks of articles in this process or in N worker processes, in input order.

Only Articles go to the workers and only envelopes/errors come back (never Docs). At most
``2 × workers`` chunks are in flight, so a stream of any length uses flat memory. A worker that
dies (killed, out of memory) breaks the pool: it is rebuilt and the chunk retried once; a chunk
that kills a worker twice is reported article by article.

Each worker caps its BLAS/OpenMP thread pools at ``cores // workers`` threads. numpy's OpenBLAS
starts one thread per core in every process, so N workers on N cores each ran N matrix threads
and fought for the cores: on 2 cores, 2 workers gave 1.26× one worker with the default pools and
1.58× with one thread each (``benchmarks/throughput.py --limit 120``, same envelopes).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from threadpoolctl import threadpool_limits

from extractor.api import Article
from extractor.batching.extract_chunk import ChunkExtractor, Result
from extractor.batching.nlp_loading import NlpFactory
from extractor.readers.base import ReadError

Chunk = list[Article]

_EXTRACTOR: ChunkExtractor | None = None


def threads_per_worker(workers: int) -> int:
    """Matrix threads each of ``workers`` processes may use without oversubscribing the cores."""
    return max(1, (os.cpu_count() or 1) // max(1, workers))


def _init_worker(factory: NlpFactory, max_doc_chars: int, threads: int) -> None:
    global _EXTRACTOR
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    threadpool_limits(threads)  # process-wide; applies to pools started later as well
    _EXTRACTOR = ChunkExtractor(factory(), max_doc_chars)


def _work(chunk: Chunk) -> list[Result]:
    if _EXTRACTOR is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("worker not initialised")
    return _EXTRACTOR(chunk)


def run_in_process(
    chunks: Iterable[Chunk], factory: NlpFactory, max_doc_chars: int
) -> Iterator[tuple[Chunk, list[Result]]]:
    extractor = ChunkExtractor(factory(), max_doc_chars)
    for chunk in chunks:
        yield chunk, extractor(chunk)


def _context() -> multiprocessing.context.BaseContext:
    # fork starts workers fast and shares the parent's imported modules; elsewhere spawn.
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class WorkerPool:
    def __init__(self, workers: int, factory: NlpFactory, max_doc_chars: int) -> None:
        self.workers = workers
        self.factory = factory
        self.max_doc_chars = max_doc_chars
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=_context(),
            initializer=_init_worker,
            initargs=(self.factory, self.max_doc_chars, threads_per_worker(self.workers)),
        )

    def _restart(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._new_pool()

    def map(self, chunks: Iterable[Chunk]) -> Iterator[tuple[Chunk, list[Result]]]:
        pending: deque[tuple[Chunk, Future[list[Result]], int]] = deque()
        source = iter(chunks)
        limit = 2 * self.workers
        exhausted = False
        while True:
            while not exhausted and len(pending) < limit:
                chunk = next(source, None)
                if chunk is None:
                    exhausted = True
                    break
                pending.append((chunk, self._pool.submit(_work, chunk), 0))
            if not pending:
                return
            chunk, future, tries = pending.popleft()
            try:
                yield chunk, future.result()
            except BrokenProcessPool:
                # Every pending future died with the pool: rebuild and resubmit them all.
                self._restart()
                retry = [(chunk, tries + 1)] + [(c, t) for c, _, t in pending]
                pending.clear()
                for c, t in retry:
                    if t > 1:
                        reason = "worker process died while extracting this chunk"
                        yield c, [ReadError(a.id, reason, a.meta.get("input", "")) for a in c]
                    else:
                        pending.append((c, self._pool.submit(_work, c), t))

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
