"""One article per ``.txt``/``.md`` file; the id is the file's stem."""

from __future__ import annotations

import os

from extractor.readers.base import (
    ItemIterator,
    LimitExceeded,
    ReaderOptions,
    ReadError,
    decode,
    make_article,
    stem_id,
)
from extractor.readers.streams import open_bytes, read_limited


def read_text_file(path: str | os.PathLike[str], options: ReaderOptions) -> ItemIterator:
    name = str(path)
    article_id = stem_id(path)
    limits = options.limits
    try:
        with open_bytes(path, limits.max_inflated_bytes) as stream:
            data = read_limited(stream, limits.max_article_bytes)
    except (OSError, EOFError, LimitExceeded) as exc:
        yield ReadError(article_id, f"cannot read file: {exc}", name)
        return
    if data is None:
        yield ReadError(
            article_id, f"text too large: > limit {limits.max_article_bytes} bytes", name
        )
        return
    text = decode(data, article_id, options.encoding, name)
    if isinstance(text, ReadError):
        yield text
        return
    yield make_article(
        article_id, text, limits, source_name=name, published=options.default_published
    )
