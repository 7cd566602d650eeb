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
    """Extract every record from one article's text."""
    article = Article(article_id, text, title, published, source, url)
    nlp = get_nlp(model)
    doc = nlp(_make_doc(nlp, article))
    return _envelope(doc, article)


def extract_many(
    articles: Iterable[Article], *, model: str = DEFAULT_MODEL, batch_size: int = 32
) -> Iterator[ArticleFacts]:
    """Extract a stream of articles with ``nlp.pipe``, in input order, one envelope each."""
    nlp = get_nlp(model)
    pairs = ((_make_doc(nlp, a), a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield _envelope(doc, article)
