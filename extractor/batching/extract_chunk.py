"""Extract a chunk of articles in one ``nlp.pipe`` call, isolating failures per article.

Docs live only inside ``nlp.memory_zone()``: what leaves is :class:`Extracted` (envelope plus
text hash) or :class:`ReadError`, never a Doc, so memory stays flat over any stream and
results can cross process borders.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from spacy.language import Language

from extractor.api import Article, _envelope, _make_doc
from extractor.batching.long_articles import merge_pieces, split_points
from extractor.readers.base import ReadError
from extractor.sinks.rows import Extracted
from models import ArticleFacts

Result = Extracted | ReadError

#: Longest text given to one Doc; longer articles are processed in pieces.
DEFAULT_MAX_DOC_CHARS = 100_000
#: Most characters given to one ``nlp.pipe`` batch. The parser's and NER's working memory
#: grows with the characters of a batch, not its article count: 16 of the longest corpus
#: articles in one batch peaked at 1.25 GB, one 68,000-character article alone at 0.44 GB.
DEFAULT_BATCH_CHARS = 60_000


def _extracted(article: Article, facts: ArticleFacts) -> Extracted:
    return Extracted(
        facts=facts,
        text_sha1=hashlib.sha1(article.text.encode("utf-8", "surrogatepass")).hexdigest(),
        n_chars=len(article.text),
        input_name=article.meta.get("input", ""),
    )


def _failure(article: Article, exc: BaseException) -> ReadError:
    reason = f"extraction failed: {type(exc).__name__}: {str(exc)[:300]}"
    return ReadError(article.id, reason, article.meta.get("input", ""))


class ChunkExtractor:
    """Callable over a chunk of articles; one instance (one ``nlp``) per process."""

    def __init__(
        self,
        nlp: Language,
        max_doc_chars: int = DEFAULT_MAX_DOC_CHARS,
        batch_chars: int = DEFAULT_BATCH_CHARS,
    ) -> None:
        self.nlp = nlp
        self.max_doc_chars = min(max_doc_chars, nlp.max_length)
        self.batch_chars = batch_chars

    def extract_one(self, article: Article) -> ArticleFacts:
        """One article's envelope; a text longer than ``max_doc_chars`` is done in pieces."""
        nlp = self.nlp
        if len(article.text) <= self.max_doc_chars:
            return _envelope(nlp(_make_doc(nlp, article)), article)
        starts = split_points(article.text, self.max_doc_chars)
        ends = [*starts[1:], len(article.text)]
        pieces = [
            Article(article.id, article.text[s:e], article.title, article.published,
                    article.source, article.url)
            for s, e in zip(starts, ends, strict=True)
        ]
        docs = nlp.pipe((_make_doc(nlp, p) for p in pieces), batch_size=len(pieces))
        envelopes = [_envelope(doc, p) for doc, p in zip(docs, pieces, strict=True)]
        return merge_pieces(list(zip(starts, envelopes, strict=True)))

    def _isolated(self, article: Article) -> Result:
        try:
            with self.nlp.memory_zone():
                return _extracted(article, self.extract_one(article))
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the run
            return _failure(article, exc)

    def _batches(self, articles: Sequence[Article]) -> list[list[int]]:
        """Indexes of the articles short enough for one Doc, in batches of at most
        ``batch_chars`` characters (an article longer than that is a batch of its own)."""
        batches: list[list[int]] = []
        size = 0
        for i, article in enumerate(articles):
            n = len(article.text)
            if n > self.max_doc_chars:
                continue
            if not batches or size + n > self.batch_chars:
                batches.append([])
                size = 0
            batches[-1].append(i)
            size += n
        return batches

    def __call__(self, articles: Sequence[Article]) -> list[Result]:
        results: dict[int, Result] = {}
        for batch in self._batches(articles):
            try:
                with self.nlp.memory_zone():
                    docs = self.nlp.pipe(
                        (_make_doc(self.nlp, articles[i]) for i in batch),
                        batch_size=len(batch),
                    )
                    for i, doc in zip(batch, docs, strict=True):
                        results[i] = _extracted(articles[i], _envelope(doc, articles[i]))
            except Exception:  # noqa: BLE001 - find the culprit article by article
                for i in batch:
                    results[i] = self._isolated(articles[i])
        for i, article in enumerate(articles):
            if i not in results:
                results[i] = self._isolated(article)
        return [results[i] for i in range(len(articles))]
