"""Input articles for the extract command: text files, folders, JSONL files and stdin."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from extractor.api import Article

TEXT_SUFFIXES = {".txt", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


@dataclass(frozen=True)
class InputError:
    article_id: str
    reason: str


def iter_articles(
    paths: tuple[str, ...],
    keys: Mapping[str, str],
    published: datetime | None,
    on_error: Callable[[InputError], None],
    report: Callable[[InputError], None],
) -> Iterator[Article]:
    """Yield good articles; hand every bad one to ``on_error`` and ``report`` and go on."""

    def fail(article_id: str, reason: str) -> None:
        err = InputError(article_id, reason)
        on_error(err)
        report(err)

    for raw in paths:
        if raw == "-":
            yield from _jsonl_or_text("stdin", sys.stdin.buffer.read(), keys, published, fail)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix in TEXT_SUFFIXES | JSONL_SUFFIXES:
                    yield from _file(child, keys, published, fail)
        elif path.is_file():
            yield from _file(path, keys, published, fail)
        else:
            fail(raw, "no such file or folder")


def _file(
    path: Path,
    keys: Mapping[str, str],
    published: datetime | None,
    fail: Callable[[str, str], None],
) -> Iterator[Article]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        fail(str(path), f"cannot read: {exc.strerror}")
        return
    if path.suffix in JSONL_SUFFIXES:
        yield from _jsonl(str(path), data, keys, fail)
    else:
        article = _text_article(path.stem, data, published, fail)
        if article is not None:
            yield article


def _jsonl_or_text(
    name: str,
    data: bytes,
    keys: Mapping[str, str],
    published: datetime | None,
    fail: Callable[[str, str], None],
) -> Iterator[Article]:
    if data.lstrip()[:1] == b"{":
        yield from _jsonl(name, data, keys, fail)
    else:
        article = _text_article(name, data, published, fail)
        if article is not None:
            yield article


def _decode(article_id: str, data: bytes, fail: Callable[[str, str], None]) -> str | None:
    if b"\x00" in data:
        fail(article_id, "binary content (NUL bytes), not text")
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        fail(article_id, f"invalid UTF-8 at byte {exc.start}")
        return None
    if not text.strip():
        fail(article_id, "empty text")
        return None
    return text


def _text_article(
    article_id: str, data: bytes, published: datetime | None, fail: Callable[[str, str], None]
) -> Article | None:
    text = _decode(article_id, data, fail)
    return None if text is None else Article(article_id, text, published=published)


def _jsonl(
    name: str, data: bytes, keys: Mapping[str, str], fail: Callable[[str, str], None]
) -> Iterator[Article]:
    for n, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        where = f"{name}:{n}"
        line = _decode(where, raw, fail)
        if line is None:
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            fail(where, f"invalid JSON line ({exc.msg})")
            continue
        if not isinstance(obj, dict):
            fail(where, "JSON line is not an object")
            continue
        article_id = str(obj.get(keys["id"]) or where)
        text = obj.get(keys["text"])
        if not isinstance(text, str) or not text.strip():
            fail(article_id, f"missing or empty '{keys['text']}'")
            continue
        yield Article(
            article_id,
            text,
            title=_str(obj.get(keys["title"])),
            published=_time(obj.get(keys["published"])),
            source=_str(obj.get("source")),
            url=_str(obj.get("url")),
        )


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _time(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
