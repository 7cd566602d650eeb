"""HTML pages: main text and metadata (title, publication time, URL) via trafilatura."""

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
    make_article,
    stem_id,
)
from extractor.readers.streams import open_bytes, read_limited
from extractor.readers.timeouts import TimeLimitExceeded, time_limit

_DATE_PARAMS = {"original_date": True, "extensive_search": False}


def html_to_article(
    html: bytes,
    article_id: str,
    options: ReaderOptions,
    *,
    source_name: str,
    url: str | None = None,
) -> ReadItem:
    """One page's main text and metadata, bounded in size and time."""
    limits = options.limits
    if len(html) > limits.max_html_bytes:
        return ReadError(
            article_id, f"HTML too large: {len(html)} bytes > {limits.max_html_bytes}", source_name
        )
    trafilatura = require("trafilatura", "html")
    try:
        with time_limit(limits.html_timeout_s):
            doc: Any = trafilatura.bare_extraction(
                html,
                url=url,
                with_metadata=True,
                include_comments=False,
                date_extraction_params=_DATE_PARAMS,
            )
    except TimeLimitExceeded as exc:
        return ReadError(article_id, f"HTML extraction {exc}", source_name)
    except (ValueError, TypeError, RecursionError, MemoryError) as exc:
        return ReadError(article_id, f"HTML extraction failed: {exc}", source_name)
    if doc is None or not getattr(doc, "text", None):
        return ReadError(article_id, "no main text found in HTML", source_name)
    return make_article(
        article_id,
        doc.text,
        limits,
        source_name=source_name,
        title=doc.title,
        published=doc.date,
        source=doc.sitename or doc.hostname,
        url=doc.url or url,
    )


def read_html_file(path: str | os.PathLike[str], options: ReaderOptions) -> ItemIterator:
    name = str(path)
    article_id = stem_id(path)
    limits = options.limits
    try:
        with open_bytes(path, limits.max_inflated_bytes) as stream:
            data = read_limited(stream, limits.max_html_bytes)
    except (OSError, EOFError, LimitExceeded) as exc:
        yield ReadError(article_id, f"cannot read file: {exc}", name)
        return
    if data is None:
        yield ReadError(article_id, f"HTML too large: > {limits.max_html_bytes} bytes", name)
        return
    yield html_to_article(data, article_id, options, source_name=name)
