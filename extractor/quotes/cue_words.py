"""The word lists of ``quote_cues.json`` (its ``_comment`` says what each list is for)."""

from __future__ import annotations

from functools import cache

from extractor.data_tables import load_json


@cache
def cue_words(table: str) -> frozenset[str]:
    """One word list of ``quote_cues.json``, read once: "region_words", "relation_nouns", …"""
    return frozenset(load_json("quote_cues.json")[table])
