"""Standard input: JSON Lines when it starts with ``{``, else one plain-text article."""

from __future__ import annotations

import sys
from typing import IO, cast

from extractor.readers.base import ItemIterator, ReaderOptions, ReadError, decode, make_article
from extractor.readers.jsonl_files import read_jsonl_stream

STDIN_ID = "stdin"


def read_stdin(options: ReaderOptions, stream: IO[bytes] | None = None) -> ItemIterator:
    source = stream if stream is not None else sys.stdin.buffer
    head = source.read(1)
    while head[-1:].isspace():  # keep the blanks: offsets are into the text as given
        head += source.read(1)
    if head.lstrip()[:1] == b"{":
        lines = cast(IO[bytes], _Prepend(head, source))
        yield from read_jsonl_stream(lines, STDIN_ID, "<stdin>", options)
        return
    limit = options.limits.max_article_bytes
    data = head + source.read(limit)
    if source.read(1):
        yield ReadError(STDIN_ID, f"text too large: > limit {limit} bytes", "<stdin>")
        return
    text = decode(data, STDIN_ID, options.encoding, "<stdin>")
    if isinstance(text, ReadError):
        yield text
        return
    yield make_article(
        STDIN_ID, text, options.limits, source_name="<stdin>",
        published=options.default_published,
    )


class _Prepend:
    """A byte stream with some bytes put back in front (only ``readline`` is needed)."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

    def readline(self, size: int = -1) -> bytes:
        if self._head:
            head, self._head = self._head, b""
            if head.endswith(b"\n"):
                return head
            more = self._rest.readline(size - len(head) if size > 0 else -1)
            return head + more
        return self._rest.readline(size)
