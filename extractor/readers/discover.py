"""From command-line inputs (files, folders, globs, ``-``) to a stream of read items."""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from extractor.readers.base import ItemIterator, ReaderOptions, ReadError
from extractor.readers.csv_files import read_csv_file
from extractor.readers.html_pages import read_html_file
from extractor.readers.jsonl_files import read_jsonl_file
from extractor.readers.stdin import read_stdin
from extractor.readers.text_files import read_text_file
from extractor.readers.warc_archives import read_warc_file

Reader = Callable[[str, ReaderOptions], ItemIterator]

#: File-name endings (lower case, longest first wins) → reader.
READERS: dict[str, Reader] = {
    ".warc.gz": read_warc_file,
    ".warc": read_warc_file,
    ".jsonl.gz": read_jsonl_file,
    ".ndjson.gz": read_jsonl_file,
    ".jsonl": read_jsonl_file,
    ".ndjson": read_jsonl_file,
    ".csv.gz": read_csv_file,
    ".csv": read_csv_file,
    ".html.gz": read_html_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".txt.gz": read_text_file,
    ".txt": read_text_file,
    ".md": read_text_file,
}
_ENDINGS = sorted(READERS, key=len, reverse=True)

#: How many articles one file of each reader holds (for progress ETA): 1 or unknown (None).
ONE_ARTICLE_READERS = {read_text_file, read_html_file}


def reader_for(path: str) -> Reader | None:
    lower = path.lower()
    for ending in _ENDINGS:
        if lower.endswith(ending):
            return READERS[ending]
    return None


def expand_inputs(inputs: Iterable[str]) -> Iterator[str]:
    """Files named by ``inputs``: files as given, folders recursively (sorted), globs expanded.

    ``-`` stands for stdin. A name that matches nothing is yielded as is (and reported later).
    """
    for item in inputs:
        if item == "-":
            yield item
        elif os.path.isdir(item):
            for root, dirs, files in os.walk(item):
                dirs.sort()
                for name in sorted(files):
                    path = os.path.join(root, name)
                    if reader_for(path) is not None:
                        yield path
        elif os.path.exists(item):
            yield item
        elif glob.has_magic(item):
            for path in sorted(glob.iglob(item, recursive=True)):
                if os.path.isfile(path) and reader_for(path) is not None:
                    yield path
                elif os.path.isdir(path):
                    yield from expand_inputs([path])
        else:
            yield item


def read_path(path: str, options: ReaderOptions) -> ItemIterator:
    """The items of one input file (or ``-``)."""
    if path == "-":
        yield from read_stdin(options)
        return
    reader = reader_for(path)
    if not os.path.exists(path):
        yield ReadError(path, "no such file or folder", path)
    elif reader is None:
        yield ReadError(Path(path).name, "unsupported file type", path)
    else:
        yield from reader(path, options)


def read_inputs(inputs: Iterable[str], options: ReaderOptions | None = None) -> ItemIterator:
    """Every article (or read error) of every input, in order, streaming."""
    opts = options or ReaderOptions()
    for path in expand_inputs(inputs):
        yield from read_path(path, opts)


def count_known_articles(paths: Iterable[str]) -> int | None:
    """The number of articles when every input holds exactly one, else None."""
    n = 0
    for path in paths:
        reader = reader_for(path)
        if path == "-" or reader not in ONE_ARTICLE_READERS:
            return None
        n += 1
    return n
