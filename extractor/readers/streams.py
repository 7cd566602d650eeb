"""Opening input files as byte streams, transparently gunzipped, with an inflation bound."""

from __future__ import annotations

import gzip
import io
import os
from typing import IO, cast

from extractor.readers.base import LimitExceeded


class BoundedReader(io.RawIOBase):
    """A read-only byte stream that raises :class:`LimitExceeded` past ``limit`` bytes."""

    def __init__(self, inner: IO[bytes], limit: int, also_close: IO[bytes] | None = None) -> None:
        self._inner = inner
        self._also_close = also_close
        self._limit = limit
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self._inner.read(len(buffer))
        n = len(data)
        self.count += n
        if self.count > self._limit:
            raise LimitExceeded(f"inflates past the limit of {self._limit} bytes")
        buffer[:n] = data
        return n

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.count

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        """Forward seeks only (by reading and discarding); enough for archive readers."""
        if whence == io.SEEK_CUR:
            target = self.count + offset
        elif whence == io.SEEK_SET:
            target = offset
        else:
            raise io.UnsupportedOperation("seek from the end of a compressed stream")
        if target < self.count:
            raise io.UnsupportedOperation("backward seek in a compressed stream")
        while self.count < target:
            data = self._inner.read(min(target - self.count, 1 << 20))
            if not data:
                break
            self.count += len(data)
            if self.count > self._limit:
                raise LimitExceeded(f"inflates past the limit of {self._limit} bytes")
        return self.count

    def close(self) -> None:
        self._inner.close()
        if self._also_close is not None:
            self._also_close.close()
        super().close()


def is_gzip(path: str | os.PathLike[str]) -> bool:
    return str(path).endswith(".gz")


def open_bytes(path: str | os.PathLike[str], max_inflated: int) -> IO[bytes]:
    """A buffered byte stream over ``path``; gzip files are inflated lazily and bounded."""
    raw: IO[bytes] = open(path, "rb")  # noqa: SIM115 - closed by the caller
    if not is_gzip(path):
        return raw
    inflated = cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="rb"))
    return io.BufferedReader(BoundedReader(inflated, max_inflated, raw), buffer_size=1 << 16)


def read_limited(stream: IO[bytes], limit: int) -> bytes | None:
    """Up to ``limit`` bytes of ``stream``; None when there is more (the rest is not read)."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        return None
    return data
