"""Typographic spaces and hyphens: the model reads them plain, the evidence keeps them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractor.api import extract
from extractor.plain_text import PLAIN_FORMS, as_written, plain
from models.quotes import Mention, Person

NNBSP, NBHY, NBSP = "\u202f", "\u2011", "\xa0"


def test_plain_keeps_every_offset() -> None:
    text = f"Lena{NNBSP}Holt, co{NBHY}founder, said\u2009so."
    assert plain(text) == "Lena Holt, co-founder, said so."
    assert len(plain(text)) == len(text)
    assert all(len(v) == 1 for v in PLAIN_FORMS.values())


def test_as_written_restores_nested_evidence() -> None:
    written = f"Ask Lena{NNBSP}Holt."
    person = Person(name="Lena Holt", mentions=[Mention(start=4, end=13, text="Lena Holt")])
    back = as_written(person, written, plain(written))
    assert back.mentions[0].text == f"Lena{NNBSP}Holt"
    assert back.name == "Lena Holt"  # a canonical name is not evidence: it stays plain


#: name → (text, quote prefix, speaker, role, organisation)
SPEAKERS = {
    "title with a non-breaking hyphen": (
        f"Norrpay co{NBHY}founder Lena{NNBSP}Holt posted a long thread on Monday. "
        "“Markets must keep pace with credit,” she wrote.",
        "Markets must",
        "Lena Holt",
        "co-founder",
        "Norrpay",
    ),
    "name cut by a narrow space": (
        f"“We will list the token next week,” said Tomas{NNBSP}Berg, head of growth at Harborex.",
        "We will list",
        "Tomas Berg",
        "head of growth",
        "Harborex",
    ),
    "name and title cut by no-break spaces": (
        f"“Fees will fall,” Ines{NBSP}Varga,{NBSP}CEO of{NBSP}Norrlend, noted on Friday.",
        "Fees will",
        "Ines Varga",
        "CEO",
        "Norrlend",
    ),
}


@pytest.mark.parametrize("name", list(SPEAKERS))
def test_speaker_read_through_typographic_characters(nlp: Language, name: str) -> None:
    text, prefix, speaker, role, organization = SPEAKERS[name]
    facts = extract(text, "2025-07-23T00:00:00Z")
    quote = next(q for q in facts.quotes if q.text.startswith(prefix))
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role, quote.speaker.organization) == (
        speaker,
        role,
        organization,
    )


def test_evidence_is_the_text_as_written(nlp: Language) -> None:
    text = (
        f"On{NNBSP}22{NNBSP}July, Harborex raised $1{NNBSP}billion, co{NBHY}founder "
        f"Lena{NNBSP}Holt said. “It is a{NNBSP}start,” she added."
    )
    facts = extract(text, "2025-07-23T00:00:00Z")
    records = [*facts.amounts, *facts.prices, *facts.quotes]
    assert any(r.text == f"$1{NNBSP}billion" for r in records)
    for record in records:
        assert record.text in text[record.start : record.end]
        assert record.sentence in text
    quote = next(q for q in facts.quotes if q.text.startswith("It is"))
    assert quote.text == f"It is a{NNBSP}start,"
    for time in facts.times:
        if time.start is not None and time.end is not None:
            assert time.text == text[time.start : time.end]
    holt = next(p for p in facts.people if p.name == "Lena Holt")
    assert all(m.text == text[m.start : m.end] for m in holt.mentions)
