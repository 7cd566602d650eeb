"""Names taken from entities: headline verbs and whitespace never become part of a name."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from extractor.quotes.attribution import (
    SpeakerRef,
    person_surnames,
    speaker_from_tokens,
    titled_runs,
    trim_entity,
)
from extractor.quotes.speech import _Resolver

#: text, entity token range → trimmed entity text (None: no name left)
TRIMS: dict[str, tuple[str, tuple[int, int], str | None]] = {
    "headline verb ends the name": ("Kira Lund Calls for Calm", (0, 3), "Kira Lund"),
    "initials before a headline verb": ("KL Warns Traders", (0, 2), "KL"),
    "a plain name stays": ("Kira Lund spoke", (0, 2), "Kira Lund"),
    "a headline verb alone is no name": ("Analyst Warns Traders", (1, 2), None),
    "a headline's verb ends a name the model ran into it": (
        "Kira Lund Opens Crypto Doors",
        (0, 5),
        "Kira Lund",
    ),
    "lower-case verb is not a headline": ("Kira Lund calls", (0, 2), "Kira Lund"),
    "trailing whitespace dropped": ("Kira Lund      rates", (0, 3), "Kira Lund"),
    "whitespace only": ("rates      rates", (1, 2), None),
    "whitespace inside": ("DKR      6.92", (0, 3), None),
    "a list's word and a comma before the name are cut": (
        "called Simplicity, Norrstream engineer",
        (1, 4),
        "Norrstream",
    ),
    "a company form after a comma stays (guard)": ("Norrvik, Inc. said", (0, 3), "Norrvik, Inc."),
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


def test_a_given_name_the_model_calls_a_firm_is_the_persons() -> None:
    # "Kamal Yousefa … Kamal highlighted …. He cited …": the one word is the person's given
    # name, whatever its label, so "he" may take it up.
    full = SpeakerRef("Kamal Yousefa", 0, 13, "person")
    given = SpeakerRef("Kamal", 60, 65, "organization")
    he = SpeakerRef("he", 120, 122, "person", needs_antecedent=True)
    resolver = _Resolver([full, given], [full])
    assert resolver._fits(given, he)


def test_a_title_with_no_person_before_survives_blank_speakers() -> None:
    blank = SpeakerRef("   ", 0, 3, "organization")
    analyst = SpeakerRef("the analyst", 40, 51, "person", needs_antecedent=True)
    found = _Resolver([blank], []).resolve(analyst)  # no IndexError on the blank name
    assert found is None or not found.text.strip()


def _tagged(words: list[str], pos: list[str], ents: list[str], starts: list[int]) -> Doc:
    """A hand-tagged doc: the model's labels (right or wrong) written out."""
    vocab = spacy.blank("en").vocab
    return Doc(
        vocab,
        words=words,
        pos=pos,
        ents=ents,
        sent_starts=[i in starts for i in range(len(words))],
    )


def test_a_name_after_a_job_title_is_a_person_whatever_its_label() -> None:
    # The model split the sentence inside the name and called the surname an organisation.
    words = ["Marrow", "Labs", "co", "-", "founder", "Tavi", "Oruno", "says", "so", ".",
             "Oruno", "said", "it", "."]  # fmt: skip
    pos = ["PROPN", "PROPN", "NOUN", "NOUN", "NOUN", "PROPN", "PROPN", "VERB", "ADV", "PUNCT",
           "PROPN", "VERB", "PRON", "PUNCT"]  # fmt: skip
    ents = ["B-ORG", "I-ORG", "O", "O", "O", "O", "B-ORG", "O", "O", "O",
            "B-ORG", "O", "O", "O"]  # fmt: skip
    doc = _tagged(words, pos, ents, [0, 6, 10])
    assert (5, 7) in titled_runs(doc)
    assert "Oruno" in person_surnames(doc)
    assert speaker_from_tokens(doc, 10, 11).kind == "person"


def test_no_titled_run_after_a_plural_title_or_before_a_firm() -> None:
    words = ["analysts", "Tavi", "Oruno", "and", "analyst", "Marrow", "Labs", "agreed", "."]
    pos = ["NOUN", "PROPN", "PROPN", "CCONJ", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = _tagged(words, pos, ["O"] * len(words), [0])
    assert titled_runs(doc) == []


def test_a_sentence_the_parser_opens_with_a_comma_goes_on_the_one_before() -> None:
    from extractor.quotes.sentences import sentences

    words = ["Rules", "must", "be", "followed", ",", "he", "said", ".", "Then", "he", "left", "."]
    starts = [0, 4, 8]  # the model's break before ", he said" is wrong
    doc = Doc(
        spacy.blank("en").vocab, words=words, sent_starts=[i in starts for i in range(len(words))]
    )
    assert sentences(doc).bounds == ((0, 8), (8, 12))


def test_a_closing_reporting_clause_governs_the_partial_quotes_of_its_sentence() -> None:
    from extractor.quotes.attribution import Cue
    from extractor.quotes.marks import QuoteSpan
    from extractor.quotes.speech import _governs

    def governs(text: str, opening: str, closing: str) -> bool:
        said = text.index("said")
        she = SpeakerRef("she", said - 4, said - 1, "person")
        cue = Cue("said", said, said + 4, she, (said - 4, said + 4))
        span = QuoteSpan(text.index(opening), text.index(closing) + 1, "")
        return _governs(cue, span, said - span.end, text)

    text = (
        "The plan is “raising red flags” among many members of the board, and there are "
        "“clear rules” for any official to follow, she said. Then she left."
    )
    assert governs(text, "“raising", "” among")
    other = "Prices fell by a lot “in a day” and more. Traders left the market early, she said."
    assert not governs(other, "“in", "” and")  # a sentence ends between them


def test_a_person_the_parser_hangs_on_a_firms_title_is_the_subject() -> None:
    from extractor.quotes.attribution import _subject_of

    # "Pia Larsen, Norrsec’s director of research, said …" parsed with the firm as subject.
    words = ["Pia", "Larsen", ",", "Norrsec", "’s", "director", "of", "research", ",", "said",
             "it", "."]  # fmt: skip
    heads = [1, 3, 1, 9, 3, 3, 5, 6, 3, 9, 9, 9]
    deps = ["compound", "dep", "punct", "nsubj", "punct", "dobj", "prep", "pobj", "punct",
            "ROOT", "dobj", "punct"]  # fmt: skip
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PART", "NOUN", "ADP", "NOUN", "PUNCT", "VERB",
           "PRON", "PUNCT"]  # fmt: skip
    ents = ["B-PERSON", "I-PERSON"] + ["O"] * 10
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    subject = _subject_of(doc[9])
    assert subject is not None and subject.text == "Larsen"
