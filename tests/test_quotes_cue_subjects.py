"""Which speaker a reporting verb gets when the model's parse picks the wrong subject."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from spacy.language import Language

from extractor.quotes.attribution import cue_of_verb


@dataclass(frozen=True)
class Reparse:
    """A sentence, the dependencies the model got wrong on such sentences in the wild (none:
    as parsed), and the reporting verb (indices are token positions)."""

    text: str
    moves: tuple[tuple[int, int, str], ...]  # (token, new head, new dep)
    verb: int


#: case → (the sentence as mis-parsed, the speaker's name wanted)
CASES: dict[str, tuple[Reparse, str]] = {
    "a titled name right before the verb wins over a far subject": (
        Reparse(
            "The main benefit of Crypto is its reach, Jon Lim, the global head of Norrpay, "
            "told Coinpost.",
            ((4, 18, "nsubj"), (10, 18, "npadvmod")),
            18,
        ),
        "Jon Lim",
    ),
    "a participle keeps its clause's subject, not a name listed before it": (
        Reparse(
            "Ana Holt held a press event with Berg, Senator Ivo Lind and Norrwatch staff, "
            "calling on Kett to “release the guest list.”",
            (),
            16,
        ),
        "Ana Holt",
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_cue_subject(nlp: Language, name: str) -> None:
    case, wanted = CASES[name]
    doc = nlp(case.text)
    for i, head, dep in case.moves:
        doc[i].head = doc[head]
        doc[i].dep_ = dep
    cue = cue_of_verb(doc[case.verb], set())
    assert cue.speaker is not None and cue.speaker.text == wanted
