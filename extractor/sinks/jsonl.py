"""JSONL: one envelope per line (stdout or a file); errors as JSON lines beside it."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from typing import IO

from extractor.readers.base import ReadError
from extractor.sinks.base import SinkError
from extractor.sinks.rows import Extracted

STDOUT = "-"


def _complete_ids(path: str) -> tuple[set[str], int]:
    """Ids of the complete lines of ``path`` and the byte length of those lines."""
    done: set[str] = set()
    good = 0
    with open(path, "rb") as f:
        for line in f:
            if not line.endswith(b"\n"):
                break
            try:
                obj = json.loads(line)
            except ValueError:
                break
            if isinstance(obj, dict) and "article_id" in obj:
                done.add(str(obj["article_id"]))
            good += len(line)
    return done, good


class JsonlSink:
    """Envelopes as JSON lines. On resume a half-written last line is cut off."""

    def __init__(self, path: str = STDOUT, errors_path: str | None = None) -> None:
        self.path = path
        self.errors_path = errors_path
        self.where = "stdout" if path == STDOUT else path
        self._out: IO[str] | None = None
        self._err: IO[str] | None = None

    def open(self, resume: bool) -> set[str]:
        done: set[str] = set()
        if self.path == STDOUT:
            if resume:
                raise SinkError("--resume needs an output file or database, not stdout")
            self._out = sys.stdout
        else:
            parent = os.path.dirname(self.path)
            if parent:
                os.makedirs(parent, exist_ok=True)
            if resume and os.path.exists(self.path):
                done, good = _complete_ids(self.path)
                with open(self.path, "r+b") as f:
                    f.truncate(good)
            self._out = open(self.path, "a" if resume else "w", encoding="utf-8")  # noqa: SIM115
        if self.errors_path is not None:
            if self.errors_path == STDOUT:
                self._err = sys.stderr
            else:
                mode = "a" if resume else "w"
                self._err = open(self.errors_path, mode, encoding="utf-8")  # noqa: SIM115
        return done

    def attach(self) -> None:
        raise SinkError("JSONL cannot be written by parallel workers: use --db or parquet")

    def write(self, items: Sequence[Extracted]) -> None:
        if self._out is None:
            raise SinkError("sink not open")
        text = "".join(item.facts.model_dump_json() + "\n" for item in items)
        try:
            self._out.write(text)
            self._out.flush()
        except OSError as exc:
            raise SinkError(f"cannot write {self.where}: {exc}") from exc

    def write_errors(self, errors: Sequence[ReadError], extractor_version: str) -> None:
        if self._err is None or not errors:
            return
        lines = "".join(
            json.dumps(
                {"article_id": e.id, "reason": e.reason, "source": e.source},
                ensure_ascii=False,
            )
            + "\n"
            for e in errors
        )
        try:
            self._err.write(lines)
            self._err.flush()
        except OSError as exc:
            raise SinkError(f"cannot write errors file: {exc}") from exc

    def close(self) -> None:
        for stream in (self._out, self._err):
            if stream is not None and stream not in (sys.stdout, sys.stderr):
                stream.close()
        self._out = self._err = None
