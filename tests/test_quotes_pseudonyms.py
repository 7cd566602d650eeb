"""Pseudonyms written "X of Y" are taken whole after a title (pure function)."""

from __future__ import annotations

import pytest

from extractor.quotes.pseudonyms import of_names
from extractor.quotes.roles import is_role_word

#: case → (text, names found by the model, organisations' start offsets, expected)
CASES: dict[str, tuple[str, list[str], list[str], dict[str, str]]] = {
    "title, name, of Y, full stop": (
        "The warning came from fellow trader Owl Baron of Charts.",
        ["Owl Baron"],
        [],
        {"Owl Baron": "Owl Baron of Charts"},
    ),
    "of the Y, then a verb": (
        "Pseudonymous analyst Tern of the Fjords said the range holds.",
        ["Tern"],
        [],
        {"Tern": "Tern of the Fjords"},
    ),
    "a first name: a person of a firm": (
        "Senior analyst Maria Lopez of Harbor said rates would fall.",
        ["Maria Lopez"],
        [],
        {},
    ),
    "the of-phrase is an organisation": (
        "Chief economist Tern Vale of Norrbank said rates would fall.",
        ["Tern Vale"],
        ["Norrbank"],
        {},
    ),
    "no title before": ("Yesterday Owl Baron of Charts posted a chart.", ["Owl Baron"], [], {}),
    "the of-word the model calls a firm is a common word of the text": (
        "Crypto analyst Titan of Coins said the coins market may rally.",
        ["Titan"],
        ["Coins"],
        {"Titan": "Titan of Coins"},
    ),
    "a post's signature gives the whole name, with no title": (
        "Titan of Norr said the range holds. — Titan of Norr (@titan) May 17, 2025",
        ["Titan"],
        [],
        {"Titan": "Titan of Norr"},
    ),
    "two capitalised words after of": (
        "Analyst Owl Baron of Harbor Bank said so.",
        ["Owl Baron"],
        [],
        {},
    ),
}


@pytest.mark.parametrize("text,names,orgs,expected", CASES.values(), ids=CASES)
def test_of_names(text: str, names: list[str], orgs: list[str], expected: dict[str, str]) -> None:
    starts = {text.index(o) for o in orgs}
    assert of_names(text, names, is_role_word, lambda i: i in starts) == expected
