"""WARC and ``.warc.gz`` archives (FastWARC): HTML responses go through the HTML path.

Every response/resource record is an input item: HTML becomes an article (id = the record's
UUID), anything else is reported. Records that lie about their length, and archives that
inflate past the limit, are reported; the rest of such an archive cannot be trusted and is
not read.
"""

from __future__ import annotations

import os
from typing import Any

from extractor.optional import require
from extractor.readers.base import (
    ItemIterator,
    LimitExceeded,
    ReaderOptions,
    ReadError,
    ReadItem,
    stem_id,
)
from extractor.readers.html_pages import html_to_article
from extractor.readers.streams import open_bytes

_HTML_TYPES = ("text/html", "application/xhtml+xml")





def _record_id(record: Any, fallback: str) -> str:
    rid = str(record.record_id or "").strip()
    if rid.startswith("<") and rid.endswith(">"):
        rid = rid[1:-1]
    if rid.startswith("urn:uuid:"):
        rid = rid[len("urn:uuid:") :]
    return rid or fallback


def read_warc_file(path: str | os.PathLike[str], options: ReaderOptions) -> ItemIterator:
    warc = require("fastwarc.warc", "warc")
    name = str(path)
    prefix = stem_id(path)
    limits = options.limits
    wanted = warc.WarcRecordType.response | warc.WarcRecordType.resource
    try:
        stream = open_bytes(path, limits.max_inflated_bytes)
    except OSError as exc:
        yield ReadError(prefix, f"cannot read file: {exc}", name)
        return
    n = 0
    last_id = prefix
    # A record's item is held back until the next record header parses: when it does not,
    # the held record's length was a lie (its body ran into the next record or stopped short).
    held: list[ReadItem] = []
    with stream:
        try:
            records = iter(warc.ArchiveIterator(stream, record_types=wanted, parse_http=True))
            while True:
                try:
                    record = next(records)
                except StopIteration:
                    yield from held
                    return
                yield from held
                n += 1
                rid = _record_id(record, f"{prefix}:{n}")
                last_id = rid
                held = list(_record_item(record, rid, name, options))
        except BaseException as exc:
            # FastWARC (Rust) signals some broken streams with a PanicException, which is a
            # BaseException: catch everything but the interpreter's own signals.
            if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit)):
                raise
            if held and isinstance(exc, LimitExceeded):
                yield ReadError(last_id, f"WARC archive {exc}", name)
            elif held:
                yield ReadError(
                    last_id, "WARC record length does not match the archive (lying length)", name
                )
            yield ReadError(
                f"{prefix}:after:{last_id}",
                f"WARC archive unreadable past record {last_id} ({exc}); rest skipped",
                name,
            )


def _record_item(record: Any, rid: str, name: str, options: ReaderOptions) -> ItemIterator:
    limits = options.limits
    url = record.headers.get("WARC-Target-URI") or None
    http = record.http_headers
    if http is not None:
        status = getattr(http, "status_code", 200) or 200
        if not 200 <= int(status) < 300:
            yield ReadError(rid, f"HTTP status {status} ({url})", name)
            return
        ctype = (http.get("Content-Type") or "").lower()
    else:
        ctype = (record.headers.get("Content-Type") or "").lower()
    if not ctype.startswith(_HTML_TYPES):
        yield ReadError(rid, f"WARC record is not HTML (content type {ctype or 'none'})", name)
        return
    declared = int(record.content_length)
    try:
        body = record.reader.read(limits.max_html_bytes + 1)
    except (OSError, LimitExceeded) as exc:
        yield ReadError(rid, f"WARC record unreadable: {exc}", name)
        return
    if len(body) > limits.max_html_bytes:
        yield ReadError(rid, f"HTML too large: > {limits.max_html_bytes} bytes", name)
        return
    if len(body) < declared:
        yield ReadError(
            rid,
            f"WARC record shorter than its declared length ({len(body)} < {declared})",
            name,
        )
        return
    yield html_to_article(body, rid, options, source_name=name, url=url)
