"""Sentence boundaries at line breaks and glued paragraphs, on a blank pipeline."""

from __future__ import annotations

import pytest
import spacy

from extractor.components.segmenter import Segmenter

CASES = {
    "headline without stop": (
        "Prices slip again\n\nTraders sold.",
        ["Prices slip again", "Traders sold."],
    ),
    "glued paragraphs": (
        "It fell in crypto.The Treasury acted.",
        ["It fell in crypto.", "The Treasury acted."],
    ),
    "glued quote": (
        "He left the market.“Today is calm,” she said.",
        ["He left the market.", "“Today is calm,” she said."],
    ),
    "abbreviation is kept": ("Funds in the U.S.A. grew.", ["Funds in the U.S.A. grew."]),
    "single line break": ("First line\nSecond line", ["First line", "Second line"]),
}


@pytest.mark.parametrize("text,expected", CASES.values(), ids=CASES)
def test_segmenter_marks_sentence_starts(text: str, expected: list[str]) -> None:
    nlp = spacy.blank("en")
    doc = Segmenter()(nlp(text))
    starts = [t.i for t in doc if t.is_sent_start and not t.is_space]
    pieces = []
    bounds = starts + [len(doc)]
    for a, b in zip(bounds, bounds[1:]):
        pieces.append(doc[a:b].text.strip())
    assert pieces == expected
    # offsets are those of the original text
    assert doc.text == text
