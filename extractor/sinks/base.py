"""The sink contract: where envelopes and read errors go, batch by batch, atomically."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from extractor.readers.base import ReadError
from extractor.sinks.rows import Extracted


class SinkError(Exception):
    """A sink could not write (disk full, database gone …): the run must not claim success."""


class Sink(Protocol):
    """Writers implement these; the runner calls them from one process, in this order."""

    #: Human-readable destination for the summary.
    where: str

    def open(self, resume: bool) -> set[str]:
        """Create the destination (tables, files) on first use.

        With ``resume`` keep what is there, drop anything half-written, and return the ids of
        the articles already written; without it start afresh (files) or upsert (databases).
        """
        ...

    def attach(self) -> None:
        """Open a destination another process already set up with :meth:`open` (for Dask
        workers writing in parallel): no creation, no clean-up. File streams refuse."""
        ...

    def write(self, items: Sequence[Extracted]) -> None:
        """Write a batch of articles: all of an article's rows or none of them."""
        ...

    def write_errors(self, errors: Sequence[ReadError], extractor_version: str) -> None:
        """Record failed articles with their id and reason."""
        ...

    def close(self) -> None: ...
