"""The vocabulary of time expressions, read once from ``extractor/data/time_patterns.json``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractor.data_tables import load_json

TABLE = "time_patterns.json"


@dataclass(frozen=True)
class TimeVocab:
    months: dict[str, int]
    month_abbreviations: dict[str, int]
    ambiguous_month_names: tuple[str, ...]
    month_alone_prepositions: tuple[str, ...]
    weekdays: dict[str, int]
    units: dict[str, str]
    unit_seconds: dict[str, int]
    number_words: dict[str, int]
    vague_numbers: dict[str, int]
    quantity_modifiers: tuple[str, ...]
    day_parts: dict[str, tuple[int, int]]
    window_past: tuple[str, ...]
    window_future: tuple[str, ...]
    quarter_ordinals: dict[str, int]
    half_ordinals: dict[str, int]
    period_edges: tuple[str, ...]
    since_events: tuple[str, ...]
    since_determiners: tuple[str, ...]
    the_unit_prepositions: tuple[str, ...]
    the_unit_blockers: tuple[str, ...]
    entity_reject: tuple[re.Pattern[str], ...]
    entity_cue_words: frozenset[str]
    clock_zones: dict[str, str]
    clock_words: dict[str, int]
    since_clause_verbs: tuple[str, ...]

    def month_number(self, name: str) -> int | None:
        """Month number of a full or abbreviated name ("Sept." → 9), else None."""
        name = name.rstrip(".")
        return self.months.get(name) or self.month_abbreviations.get(name)

    def quantity(self, word: str) -> int | None:
        """Value of a quantity as written ("24", "a", "a couple of", "few")."""
        word = " ".join(word.lower().split())
        if word.isdigit():
            return int(word)
        return self.number_words.get(word) or self.vague_numbers.get(word)


@lru_cache(maxsize=1)
def vocab() -> TimeVocab:
    """The vocabulary (parsed once per process)."""
    raw = load_json(TABLE)
    return TimeVocab(
        months=dict(raw["months"]),
        month_abbreviations=dict(raw["month_abbreviations"]),
        ambiguous_month_names=tuple(raw["ambiguous_month_names"]),
        month_alone_prepositions=tuple(raw["month_alone_prepositions"]),
        weekdays=dict(raw["weekdays"]),
        units=dict(raw["units"]),
        unit_seconds=dict(raw["unit_seconds"]),
        number_words=dict(raw["number_words"]),
        vague_numbers=dict(raw["vague_numbers"]),
        quantity_modifiers=tuple(raw["quantity_modifiers"]),
        day_parts={k: (int(v[0]), int(v[1])) for k, v in raw["day_parts"].items()},
        window_past=tuple(raw["window_directions_past"]),
        window_future=tuple(raw["window_directions_future"]),
        quarter_ordinals=dict(raw["quarter_ordinals"]),
        half_ordinals=dict(raw["half_ordinals"]),
        period_edges=tuple(raw["period_edges"]),
        since_events=tuple(raw["since_events"]),
        since_determiners=tuple(raw["since_determiners"]),
        the_unit_prepositions=tuple(raw["the_unit_prepositions"]),
        the_unit_blockers=tuple(raw["the_unit_blockers"]),
        entity_reject=tuple(re.compile(p) for p in raw["entity_reject_patterns"]),
        entity_cue_words=frozenset(raw["entity_cue_words"]),
        clock_zones=dict(raw["clock_zones"]),
        clock_words=dict(raw["clock_words"]),
        since_clause_verbs=tuple(raw["since_clause_verbs"]),
    )
