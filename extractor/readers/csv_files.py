"""CSV (optionally gzipped) with a header row; columns named by :class:`Keys`.

Article bodies exceed the csv module's default field limit (128 KiB), so the limit is raised
to the article size limit. Rows whose bytes are not valid UTF-8 are reported one by one.
"""

from __future__ import annotations

import csv
import io
import os
import re

from extractor.readers.base import (
    ItemIterator,
    LimitExceeded,
    ReaderOptions,
    ReadError,
    encoding_label,
    line_prefix,
    make_article,
)
from extractor.readers.streams import open_bytes

_SURROGATE = re.compile("[\udc80-\udcff]")


def read_csv_file(path: str | os.PathLike[str], options: ReaderOptions) -> ItemIterator:
    name = str(path)
    prefix = line_prefix(path)
    keys = options.keys
    limits = options.limits
    csv.field_size_limit(max(csv.field_size_limit(), limits.max_article_bytes * 4))
    try:
        raw = open_bytes(path, limits.max_inflated_bytes)
    except OSError as exc:
        yield ReadError(prefix, f"cannot read file: {exc}", name)
        return
    text = io.TextIOWrapper(raw, encoding=options.encoding, errors="surrogateescape", newline="")
    with text as f:
        reader = csv.DictReader(f)
        row_no = 0
        while True:
            row_no += 1
            row_id = f"{prefix}:{row_no}"
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield ReadError(row_id, f"invalid CSV row: {exc}", name)
                continue
            except (OSError, EOFError, LimitExceeded, UnicodeError) as exc:
                yield ReadError(row_id, f"stream stopped: {exc}", name)
                return
            raw_id = (row.get(keys.id) or "").strip()
            article_id = raw_id or row_id
            if any(v and _SURROGATE.search(v) for v in row.values() if isinstance(v, str)):
                label = encoding_label(options.encoding)
                yield ReadError(article_id, f"invalid {label} in this row", name)
                continue
            yield make_article(
                article_id,
                row.get(keys.text),
                limits,
                source_name=name,
                text_key=keys.text,
                title=row.get(keys.title),
                published=row.get(keys.published),
                source=row.get(keys.source),
                url=row.get(keys.url),
            )
