"""Names taken from entities: headline verbs and whitespace never become part of a name."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from extractor.quotes.attribution import SpeakerRef, trim_entity
from extractor.quotes.speech import _Resolver

#: text, entity token range → trimmed entity text (None: no name left)
TRIMS: dict[str, tuple[str, tuple[int, int], str | None]] = {
    "headline verb ends the name": ("Kira Lund Calls for Calm", (0, 3), "Kira Lund"),
    "initials before a headline verb": ("KL Warns Traders", (0, 2), "KL"),
    "a plain name stays": ("Kira Lund spoke", (0, 2), "Kira Lund"),
    "lower-case verb is not a headline": ("Kira Lund calls", (0, 2), "Kira Lund"),
    "trailing whitespace dropped": ("Kira Lund      rates", (0, 3), "Kira Lund"),
    "whitespace only": ("rates      rates", (1, 2), None),
    "whitespace inside": ("DKR      6.92", (0, 3), None),
}


@pytest.mark.parametrize("text,bounds,expected", TRIMS.values(), ids=TRIMS)
def test_trim_entity(text: str, bounds: tuple[int, int], expected: str | None) -> None:
    doc = spacy.blank("en")(text)
    ent = Span(doc, *bounds, label="PERSON")
    got = trim_entity(ent)
    assert (got.text if got is not None else None) == expected


def test_resolver_survives_blank_names() -> None:
    blank = SpeakerRef("   ", 0, 3, "person")
    named = SpeakerRef("Kira Lund", 10, 19, "person")
    he = SpeakerRef("she", 40, 43, "person", needs_antecedent=True)
    resolver = _Resolver([blank, named], [blank])
    assert resolver.resolve(he) == named
