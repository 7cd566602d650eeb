"""JSON Lines (optionally gzipped): one article object per line, keys set by :class:`Keys`."""

from __future__ import annotations

import json
import os
from typing import IO

from extractor.readers.base import (
    ItemIterator,
    LimitExceeded,
    ReaderOptions,
    ReadError,
    decode,
    line_prefix,
    make_article,
)
from extractor.readers.streams import open_bytes

_SKIP_CHUNK = 1 << 20


def _skip_rest_of_line(stream: IO[bytes]) -> None:
    while True:
        chunk = stream.readline(_SKIP_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def read_jsonl_file(path: str | os.PathLike[str], options: ReaderOptions) -> ItemIterator:
    name = str(path)
    try:
        stream = open_bytes(path, options.limits.max_inflated_bytes)
    except OSError as exc:
        yield ReadError(line_prefix(path), f"cannot read file: {exc}", name)
        return
    with stream:
        yield from read_jsonl_stream(stream, line_prefix(path), name, options)


def read_jsonl_stream(
    stream: IO[bytes], fallback_prefix: str, name: str, options: ReaderOptions
) -> ItemIterator:
    """Articles of a JSONL byte stream; a line's id defaults to ``<prefix>:<line number>``."""
    keys = options.keys
    limits = options.limits
    # A line holds the body plus JSON escaping and metadata: allow some slack over the body.
    max_line = 2 * limits.max_article_bytes + 65536
    lineno = 0
    while True:
        lineno += 1
        line_id = f"{fallback_prefix}:{lineno}"
        try:
            line = stream.readline(max_line + 1)
        except (OSError, EOFError, LimitExceeded) as exc:
            yield ReadError(line_id, f"stream stopped: {exc}", name)
            return
        if not line:
            return
        if len(line) > max_line and not line.endswith(b"\n"):
            try:
                _skip_rest_of_line(stream)
            except (OSError, EOFError, LimitExceeded) as exc:
                yield ReadError(line_id, f"line too long, then stream stopped: {exc}", name)
                return
            yield ReadError(line_id, f"line too long: > {max_line} bytes", name)
            continue
        if not line.strip():
            continue
        text = decode(line, line_id, options.encoding, name)
        if isinstance(text, ReadError):
            yield text
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield ReadError(line_id, f"invalid JSON line ({exc.msg})", name)
            continue
        except (ValueError, RecursionError) as exc:
            yield ReadError(line_id, f"invalid JSON line ({str(exc)[:200]})", name)
            continue
        if not isinstance(obj, dict):
            yield ReadError(line_id, "JSON line is not an object", name)
            continue
        raw_id = obj.get(keys.id)
        article_id = str(raw_id) if raw_id not in (None, "") else line_id
        yield make_article(
            article_id,
            obj.get(keys.text),
            limits,
            source_name=name,
            text_key=keys.text,
            title=obj.get(keys.title),
            published=obj.get(keys.published),
            source=obj.get(keys.source),
            url=obj.get(keys.url),
        )
