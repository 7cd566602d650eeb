"""Library entry points: extract one article or a stream of them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from spacy.language import Language
from spacy.tokens import Doc

from extractor.assemble import assemble
from extractor.components.ext import ensure_extensions
from extractor.pipeline import DEFAULT_MODEL, get_nlp
from extractor.plain_text import as_written, plain
from models import ArticleFacts


@dataclass(frozen=True)
class Article:
    """One input article: id, text and optional metadata."""

    id: str
    text: str
    title: str | None = None
    published: datetime | None = None
    source: str | None = None
    url: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


#: A lone surrogate (text decoded with ``surrogateescape``) cannot be encoded, so spaCy
#: cannot hash it: it becomes U+FFFD, one character for one, so every offset stays.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _encodable(text: str) -> str:
    return _LONE_SURROGATE.sub("\ufffd", text)


def _make_doc(nlp: Language, article: Article) -> Doc:
    ensure_extensions()
    doc = nlp.make_doc(plain(_encodable(article.text)))
    doc._.nm_published = article.published
    return doc


def _envelope(doc: Doc, article: Article) -> ArticleFacts:
    facts = assemble(
        doc,
        article.id,
        title=article.title,
        source=article.source,
        url=article.url,
        published=article.published,
    )
    written = _encodable(article.text)
    return facts if doc.text == written else as_written(facts, written, doc.text)


def _publication_time(published: datetime | str | None) -> datetime | None:
    """A publication time given as a datetime or ISO-8601 text ("2025-05-16T09:30:00Z")."""
    from extractor.readers.base import parse_published  # (the readers import this module)

    if published is None or isinstance(published, datetime):
        return published
    parsed = parse_published(published)
    if parsed is None:
        raise ValueError(
            f"published must be a datetime or ISO-8601 text such as 2025-05-16T09:30:00Z, "
            f"not {published!r}"
        )
    return parsed


def extract(
    text: str,
    published: datetime | str | None = None,
    *,
    article_id: str = "article",
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    model: str = DEFAULT_MODEL,
) -> ArticleFacts:
    """Extract every record from one article's text (any length: long texts go in pieces).

    ``published`` (a datetime, or ISO-8601 text) anchors relative dates ("on Thursday");
    text that is not a date raises ``ValueError``."""
    from extractor.batching.extract_chunk import ChunkExtractor

    when = _publication_time(published)
    article = Article(article_id, text, title, when, source, url)
    return ChunkExtractor(get_nlp(model)).extract_one(article)


class ExtractionError(RuntimeError):
    """An article of :func:`extract_many` could not be extracted."""


def extract_many(
    articles: Iterable[Article], *, model: str = DEFAULT_MODEL, batch_size: int = 16
) -> Iterator[ArticleFacts]:
    """Extract a stream of articles in ``nlp.pipe`` batches, in input order, one envelope each.

    Raises :class:`ExtractionError` for an article that fails; ``extractor.batch.run`` is the
    runner that reports failures and goes on.
    """
    from extractor.batching.extract_chunk import ChunkExtractor
    from extractor.readers.base import ReadError

    extractor = ChunkExtractor(get_nlp(model))

    def done(chunk: list[Article]) -> Iterator[ArticleFacts]:
        for result in extractor(chunk):
            if isinstance(result, ReadError):
                raise ExtractionError(f"{result.id}: {result.reason}")
            yield result.facts

    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) >= batch_size:
            yield from done(chunk)
            chunk = []
    if chunk:
        yield from done(chunk)
