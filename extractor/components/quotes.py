"""spaCy component ``nm_quotes``: attributed quotations with speaker, role and organisation."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractor.components.ext import ensure_extensions, records_of
from extractor.quotes.article import analyse_article, release


class QuoteFinder:
    """Find quotations, judge which are speech, and attribute them to their speakers."""

    def __call__(self, doc: Doc) -> Doc:
        records_of(doc)["quotes"] = list(analyse_article(doc).quotes)
        release(doc)  # the last reader of the shared analysis
        return doc


@Language.factory("nm_quotes", assigns=["doc._.nm_records"], requires=["token.dep", "doc.ents"])
def make_quote_finder(nlp: Language, name: str) -> QuoteFinder:
    ensure_extensions()
    return QuoteFinder()
