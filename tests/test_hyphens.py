"""The hyphenated-word parse mender, on hand-built parses (``spacy.blank``)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from extractor.components.hyphens import HyphenRepair


def _doc(
    words: list[str],
    spaces: list[bool],
    heads: list[int],
    deps: list[str],
    tags: list[str] | None = None,
) -> Doc:
    nlp = spacy.blank("en")
    tags = tags or ["NN"] * len(words)
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags)


def test_three_subjects_become_one_phrase() -> None:
    # "the co - founder says", parsed as three subjects of "says" with "the" on "co"
    doc = _doc(
        ["the", "co", "-", "founder", "says"],
        [True, False, False, True, False],
        [1, 4, 4, 4, 4],
        ["det", "nsubj", "nsubj", "nsubj", "ROOT"],
    )
    HyphenRepair()(doc)
    founder = doc[3]
    assert (founder.dep_, founder.head.i) == ("nsubj", 4)
    assert [t.i for t in founder.lefts] == [0, 1, 2]
    assert (doc[1].dep_, doc[2].dep_) == ("compound", "punct")


def test_the_subject_place_wins_over_an_attribute() -> None:
    # "commented Fund co - founder …": "co" the subject, "founder" an attribute
    doc = _doc(
        ["commented", "Fund", "co", "-", "founder"],
        [True, True, False, False, False],
        [0, 2, 0, 0, 0],
        ["ROOT", "compound", "nsubj", "nsubj", "attr"],
    )
    HyphenRepair()(doc)
    assert (doc[4].dep_, doc[4].head.i) == ("nsubj", 0)
    assert doc[1].head.i == 4


def test_a_word_parsed_as_one_phrase_is_left_alone() -> None:
    # "an all - time high": "all" and "-" hang on "time", which hangs on "high"
    words = ["an", "all", "-", "time", "high"]
    heads, deps = [4, 3, 3, 4, 4], ["det", "advmod", "punct", "compound", "ROOT"]
    doc = _doc(words, [True, False, False, True, False], heads, deps)
    HyphenRepair()(doc)
    assert [t.head.i for t in doc] == heads
    assert [t.dep_ for t in doc] == deps


def test_spaced_dash_is_no_word() -> None:
    # "gains - founder" with spaces: a dash between words, not a hyphenated word
    heads, deps = [3, 3, 3, 3], ["nsubj", "punct", "nsubj", "ROOT"]
    doc = _doc(["gains", "-", "founder", "says"], [True, True, True, False], heads, deps)
    HyphenRepair()(doc)
    assert [t.head.i for t in doc] == heads


def test_a_verb_is_left_alone() -> None:
    # "Kay , who co - chairs …": the model hangs "co" and "-" on the name, "chairs" elsewhere
    words = ["Kay", ",", "who", "co", "-", "chairs", "said"]
    heads, deps = (
        [5, 0, 3, 0, 0, 6, 6],
        ["nsubj", "punct", "nsubj", "relcl", "relcl", "ccomp", "ROOT"],
    )
    tags = ["NNP", ",", "WP", "VBZ", "VBZ", "VBZ", "VBD"]
    spaces = [False, True, True, False, False, True, False]
    doc = _doc(words, spaces, heads, deps, tags)
    HyphenRepair()(doc)
    assert [t.head.i for t in doc] == heads
