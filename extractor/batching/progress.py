"""Progress on stderr for long runs: articles done, rate, errors and ETA when the size is known."""

from __future__ import annotations

import sys
import time
from typing import IO


class Progress:
    """Rewrites one stderr line at most every ``interval`` seconds; silent when disabled."""

    def __init__(
        self,
        enabled: bool,
        total: int | None = None,
        stream: IO[str] | None = None,
        interval: float = 0.5,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled
        self.total = total
        self.interval = interval
        self.start = time.monotonic()
        self._last = 0.0
        self._shown = False

    @staticmethod
    def wanted(quiet: bool, stream: IO[str] | None = None) -> bool:
        """Shown unless ``--quiet`` or stderr is not a terminal."""
        s = stream if stream is not None else sys.stderr
        return not quiet and hasattr(s, "isatty") and s.isatty()

    def update(self, done: int, failed: int, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._last < self.interval:
            return
        self._last = now
        elapsed = max(now - self.start, 1e-9)
        rate = done / elapsed
        line = f"\r{done} articles, {rate:.1f}/s, {failed} errors"
        if self.total:
            left = max(self.total - done, 0)
            eta = left / rate if rate > 0 else float("inf")
            line += f", {100 * done / self.total:.0f}%, ETA {_clock(eta)}"
        self.stream.write(line + "   ")
        self.stream.flush()
        self._shown = True

    def finish(self) -> None:
        if self.enabled and self._shown:
            self.stream.write("\n")
            self.stream.flush()


def _clock(seconds: float) -> str:
    if seconds == float("inf"):
        return "?"
    s = int(seconds)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"
