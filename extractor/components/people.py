"""spaCy component ``nm_people``: one ``Person`` record per person the article names, and the
names of the organisations it names (``organizations``: speakers, employers)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractor.components.ext import ensure_extensions, records_of
from extractor.quotes.article import analyse_article


class PeopleFinder:
    """Cluster name mentions (NER names and speakers found from reporting structure)."""

    def __call__(self, doc: Doc) -> Doc:
        found = analyse_article(doc)
        records_of(doc)["people"] = list(found.people)
        records_of(doc)["organizations"] = list(found.organizations)
        return doc


@Language.factory("nm_people", assigns=["doc._.nm_records"], requires=["token.dep", "doc.ents"])
def make_people_finder(nlp: Language, name: str) -> PeopleFinder:
    ensure_extensions()
    return PeopleFinder()
