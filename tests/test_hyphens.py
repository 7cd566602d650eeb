"""The hyphenated-word parse mender, on hand-built parses (``spacy.blank``)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import spacy
from spacy.tokens import Doc

from extractor.components.hyphens import HyphenRepair


@dataclass(frozen=True)
class Parse:
    """A sentence as the model parsed it (text with ``_`` for "no space after")."""

    text: str
    heads: list[int]
    deps: list[str]
    tags: list[str] | None = None

    def doc(self) -> Doc:
        words, spaces = [], []
        for chunk in self.text.split(" "):
            parts = chunk.split("_")
            words += parts
            spaces += [False] * (len(parts) - 1) + [True]
        spaces[-1] = False
        tags = self.tags or ["NN"] * len(words)
        vocab = spacy.blank("en").vocab
        return Doc(vocab, words=words, spaces=spaces, heads=self.heads, deps=self.deps, tags=tags)


#: case → (the model's parse, heads and deps after mending; None: left as parsed)
CASES: dict[str, tuple[Parse, tuple[list[int], list[str]] | None]] = {
    "three subjects ('the co - founder says') become one phrase": (
        Parse("the co_-_founder says", [1, 4, 4, 4, 4], ["det", "nsubj", "nsubj", "nsubj", "ROOT"]),
        ([3, 3, 3, 4, 4], ["det", "compound", "punct", "nsubj", "ROOT"]),
    ),
    "the subject's place wins over an attribute ('commented Fund co - founder')": (
        Parse(
            "commented Fund co_-_founder",
            [0, 2, 0, 0, 0],
            ["ROOT", "compound", "nsubj", "nsubj", "attr"],
        ),
        ([0, 4, 4, 4, 0], ["ROOT", "compound", "compound", "punct", "nsubj"]),
    ),
    "a word parsed as one phrase ('an all - time high') is left alone": (
        Parse(
            "an all_-_time high", [4, 3, 3, 4, 4], ["det", "advmod", "punct", "compound", "ROOT"]
        ),
        None,
    ),
    "a dash between spaced words is no hyphenated word": (
        Parse("gains - founder says", [3, 3, 3, 3], ["nsubj", "punct", "nsubj", "ROOT"]),
        None,
    ),
    "a word ending in a verb ('who co - chairs') is left alone": (
        Parse(
            "Kay_, who co_-_chairs said",
            [5, 0, 3, 0, 0, 6, 6],
            ["nsubj", "punct", "nsubj", "relcl", "relcl", "ccomp", "ROOT"],
            ["NNP", ",", "WP", "VBZ", "VBZ", "VBZ", "VBD"],
        ),
        None,
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_hyphenated_word_parse(name: str) -> None:
    parse, expected = CASES[name]
    doc = HyphenRepair()(parse.doc())
    heads, deps = expected if expected is not None else (parse.heads, parse.deps)
    assert [t.head.i for t in doc] == heads
    assert [t.dep_ for t in doc] == deps
