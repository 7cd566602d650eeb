"""Readers of archives: each yields :class:`~extractor.api.Article` or :class:`ReadError`."""

from extractor.readers.base import Keys, Limits, ReaderOptions, ReadError, ReadItem
from extractor.readers.discover import expand_inputs, read_inputs, read_path

__all__ = [
    "Keys",
    "Limits",
    "ReadError",
    "ReadItem",
    "ReaderOptions",
    "expand_inputs",
    "read_inputs",
    "read_path",
]
