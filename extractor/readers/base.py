"""What every reader yields: an :class:`~extractor.api.Article` or a :class:`ReadError`.

Archives are untrusted input, so the limits that keep memory and time bounded live here too.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from extractor.api import Article

_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class ReadError:
    """An input item that could not become an article: its id (or best guess) and why."""

    id: str
    reason: str
    source: str = ""


ReadItem = Article | ReadError


@dataclass(frozen=True)
class Limits:
    """Bounds on untrusted input. Anything past a bound is reported and skipped."""

    #: Largest article body (UTF-8 bytes) accepted; a bigger one is reported.
    max_article_bytes: int = 10_000_000
    #: Largest number of bytes a compressed file may inflate to before it is cut off.
    max_inflated_bytes: int = 4_000_000_000
    #: Largest HTML page (bytes) handed to the HTML extractor.
    max_html_bytes: int = 5_000_000
    #: Wall-clock seconds the HTML extractor may spend on one page (main thread only).
    html_timeout_s: float = 20.0


@dataclass(frozen=True)
class Keys:
    """Field names of JSONL objects and CSV columns."""

    id: str = "id"
    text: str = "text"
    title: str = "title"
    published: str = "published"
    source: str = "source"
    url: str = "url"


@dataclass(frozen=True)
class ReaderOptions:
    keys: Keys = field(default_factory=Keys)
    limits: Limits = field(default_factory=Limits)
    encoding: str = "utf-8"
    #: Publication time of plain-text articles (JSONL/CSV/HTML carry their own).
    default_published: datetime | None = None


def line_prefix(path: str | os.PathLike[str]) -> str:
    """Prefix of the fallback id of a line or row without an id: the file's name."""
    return Path(path).name


def stem_id(path: str | os.PathLike[str]) -> str:
    """The article id of a one-article file: its name without (compression and) extension."""
    name = Path(path).name
    for suffix in (".gz",):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return Path(name).stem


def parse_published(value: object) -> datetime | None:
    """ISO-8601 text (or epoch seconds) to a datetime; anything else to None."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(float(value), tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str) and value.strip():
        text = value.strip()
        if text.endswith("Z"):
            text = text[:-1] + "+00:00"
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            return None
    return None


def _opt_str(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def make_article(
    article_id: str,
    text: object,
    limits: Limits,
    *,
    source_name: str = "",
    text_key: str | None = None,
    title: object = None,
    published: object = None,
    source: object = None,
    url: object = None,
) -> ReadItem:
    """Validate one article's fields: non-empty text within the size limit, string id."""
    if not article_id:
        return ReadError(article_id or "?", "missing article id", source_name)
    if not isinstance(text, str) or not text.strip():
        reason = f"missing or empty '{text_key}'" if text_key else "empty text"
        return ReadError(article_id, reason, source_name)
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        return ReadError(article_id, "binary content (NUL bytes), not text", source_name)
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limits.max_article_bytes:
        return ReadError(
            article_id,
            f"text too large: {size} bytes > limit {limits.max_article_bytes}",
            source_name,
        )
    if _SURROGATE.search(text):
        return ReadError(article_id, "invalid Unicode (lone surrogates) in text", source_name)
    return Article(
        id=article_id,
        text=text,
        title=_opt_str(title),
        published=published if isinstance(published, datetime) else parse_published(published),
        source=_opt_str(source),
        url=_opt_str(url),
        meta={"input": source_name} if source_name else {},
    )


def decode(data: bytes, article_id: str, encoding: str, source_name: str) -> str | ReadError:
    """Strict decoding: bytes that are not valid ``encoding`` are reported, never guessed."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        return ReadError(article_id, f"invalid {encoding_label(encoding)} at byte {exc.start}",
                         source_name)


def encoding_label(encoding: str) -> str:
    """``utf-8`` → ``UTF-8`` (as in "invalid UTF-8"); other codec names as given."""
    return "UTF-8" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding


class LimitExceeded(Exception):
    """A stream went past one of the :class:`Limits`."""


ItemIterator = Iterator[ReadItem]
