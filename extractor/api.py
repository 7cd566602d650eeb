"""Library entry points: extract one article or a stream of them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from spacy.language import Language
from spacy.tokens import Doc

from extractor.assemble import assemble
from extractor.components.ext import ensure_extensions
from extractor.pipeline import DEFAULT_MODEL, get_nlp
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


def _make_doc(nlp: Language, article: Article) -> Doc:
    ensure_extensions()
    doc = nlp.make_doc(article.text)
    doc._.nm_published = article.published
    return doc


def _envelope(doc: Doc, article: Article) -> ArticleFacts:
    return assemble(
        doc,
        article.id,
        title=article.title,
        source=article.source,
        url=article.url,
        published=article.published,
    )


def extract(
    text: str,
    published: datetime | None = None,
    *,
    article_id: str = "article",
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    model: str = DEFAULT_MODEL,
) -> ArticleFacts:
    """Extract every record from one article's text (any length: long texts go in pieces)."""
    from extractor.batching.extract_chunk import ChunkExtractor

    article = Article(article_id, text, title, published, source, url)
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
