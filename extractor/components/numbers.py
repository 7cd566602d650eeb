"""Money and percentage candidates from our own patterns (model MONEY spans are hints only)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractor.components.ext import ensure_extensions
from extractor.numbers import find_money, find_percentages


class NumberFinder:
    """Fill ``doc._.nm_money`` and ``doc._.nm_percent`` with matches over ``doc.text``."""

    def __init__(self) -> None:
        ensure_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc._.nm_money = list(find_money(doc.text))
        doc._.nm_percent = list(find_percentages(doc.text))
        return doc


@Language.factory("nm_numbers", assigns=["doc._.nm_money", "doc._.nm_percent"])
def make_number_finder(nlp: Language, name: str) -> NumberFinder:
    return NumberFinder()
