"""Caption credits glued to the next paragraph ("Source: Ann BrunellSaylor said")."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from extractor.components.captions import CaptionSplit, glued_credit_words
from extractor.tokenizer_rules import adjust_tokenizer


@pytest.fixture(scope="module")
def blank() -> Language:
    return adjust_tokenizer(spacy.blank("en"))


#: Text → the glued words split, each as its two parts.
SPLITS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "a person's credit glued to the next subject": (
        "Ivo Kallers spoke on a show. Source: Ann BrunellKallers said the fund sold.",
        [("Brunell", "Kallers")],
    ),
    "a firm's credit glued to a word the article writes alone": (
        "Norrshi won in court. Source: CourtwatchNorrshi agreed to pay its costs.",
        [("Courtwatch", "Norrshi")],
    ),
    "a given name before the glued word is a person's credit": (
        "Prices fell on Monday. Source: Lena VossSpot buyers came back.",
        [("Voss", "Spot")],
    ),
    "a credit glued to a title names someone the article named in full before": (
        "Vira Kallbost Nordh, counsel at Norrware, spoke. Source: Vira Kallbost NordhChief "
        "policy officer at Norrbase, Kari Lund, agreed.",
        [("Nordh", "Chief")],
    ),
    "a credit's name written elsewhere only in part is no reason to split": (
        "Nordh spoke. Source: Vira Kallbost NordhChief policy officer at Norrbase agreed.",
        [],
    ),
    "a camel-case brand credited alone is kept": (
        "Bitcoin rose 4%. Source: NorrView",
        [],
    ),
    "a brand the article also names is kept, though its last part stands alone": (
        "NorrView shows a View of the chart. Source: NorrView",
        [],
    ),
    "a brand credited before the next sentence's opening word is kept": (
        "Crypto fell. Source: QuantiNorrCrypto The post first appeared elsewhere.",
        [],
    ),
    "a surname with a capital after two letters is no glue": (
        "Prices fell. Source: Ann LaDuc“May is weak,” she wrote.",
        [],
    ),
    "a camel-case word outside a caption is kept": (
        "Kallers said BrunellKallers is a good name. Kallers left.",
        [],
    ),
}


@pytest.mark.parametrize("name", list(SPLITS))
def test_glued_credit_words(blank: Language, name: str) -> None:
    text, expected = SPLITS[name]
    doc = blank(text)
    found = [(tok.text[:cut], tok.text[cut:]) for tok, cut in glued_credit_words(doc)]
    assert found == expected


def test_the_split_word_opens_a_sentence_and_keeps_offsets(blank: Language) -> None:
    text = "Kallers spoke. Source: Ann BrunellKallers said it. Source: Ola BergKallers agreed."
    doc = CaptionSplit()(blank(text))
    words = [t.text for t in doc]
    assert words.count("Kallers") == 3 and "BrunellKallers" not in words
    for tok in doc:
        assert text[tok.idx : tok.idx + len(tok.text)] == tok.text
    opened = [t.text for t in doc if t.is_sent_start and t.i > 0]
    assert opened == ["Kallers", "Kallers"]
