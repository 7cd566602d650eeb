"""Compiled cue tables from ``extractor/data`` (compiled once per process)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractor.data_tables import load_json


@dataclass(frozen=True)
class KindRule:
    kind: str
    left: re.Pattern[str] | None
    right: re.Pattern[str] | None


def _compile(pattern: str, qual: str) -> re.Pattern[str]:
    return re.compile(pattern.replace("{qual}", qual), re.IGNORECASE)


@lru_cache(maxsize=1)
def price_kind_rules() -> tuple[tuple[KindRule, ...], re.Pattern[str], str]:
    """(rules in order, the "between $A and" pattern, the default kind)."""
    data = load_json("price_kinds.json")
    qual = data["qual"]
    rules = tuple(
        KindRule(
            r["kind"],
            _compile(r["left"], qual) if "left" in r else None,
            _compile(r["right"], qual) if "right" in r else None,
        )
        for r in data["rules"]
    )
    return rules, _compile(data["range_between"], qual), data["default"]


@lru_cache(maxsize=1)
def price_range_future() -> re.Pattern[str]:
    """ "could consolidate between $A and $B": a forecast range, whose ends are levels."""
    data = load_json("price_kinds.json")
    return _compile(data["range_future"], data["qual"])


@dataclass(frozen=True)
class MoneyTypeCues:
    unit_price_right: tuple[re.Pattern[str], ...]
    amount_min_value: int
    amount_near_left: tuple[re.Pattern[str], ...]
    amount_near_right: tuple[re.Pattern[str], ...]
    quote_assets: frozenset[str]
    compared: re.Pattern[str]
    asset_price_left: re.Pattern[str]
    share_price_right: re.Pattern[str]
    asset_reach_left: re.Pattern[str]
    asset_reach_chars: int
    asset_reach_max_value: int


@lru_cache(maxsize=1)
def money_type_cues() -> MoneyTypeCues:
    data = load_json("money_types.json")
    qual = data["qual"]
    return MoneyTypeCues(
        tuple(_compile(p, qual) for p in data["unit_price_right"]),
        int(data["amount_min_value"]),
        tuple(_compile(p, qual) for p in data["amount_near_left"]),
        tuple(_compile(p, qual) for p in data["amount_near_right"]),
        frozenset(data.get("quote_assets", [])),
        _compile(data["compared"], qual),
        _compile(data["asset_price_left"], qual),
        re.compile(data["share_price_right"], re.IGNORECASE),
        _compile(data["asset_reach_left"], qual),
        int(data["asset_reach_chars"]),
        int(data["asset_reach_max_value"]),
    )


@dataclass(frozen=True)
class SubjectCue:
    pattern: re.Pattern[str]
    subject: str
    pos: str


@lru_cache(maxsize=1)
def amount_subject_cues() -> tuple[tuple[SubjectCue, ...], int, int]:
    data = load_json("amount_subjects.json")
    cues = tuple(
        SubjectCue(re.compile(rf"\b(?:{c['re']})\b", re.IGNORECASE), c["subject"], c["pos"])
        for c in data["cues"]
    )
    return cues, int(data["left_chars"]), int(data["right_chars"])


@dataclass(frozen=True)
class DirectionWords:
    up: frozenset[str]
    down: frozenset[str]
    neutral: frozenset[str]
    not_right: frozenset[str]
    phrasal_neutral: frozenset[tuple[str, str]]
    conjoined: re.Pattern[str]
    clause_break: re.Pattern[str]
    window: int
    right_move_nouns: frozenset[str]
    right_noun_words: int
    comparative_right: frozenset[str]
    right_stop: frozenset[str]
    distance_right: re.Pattern[str]
    left_move_nouns: frozenset[str]
    down_nouns: frozenset[str]
    noun_links: frozenset[str]


@lru_cache(maxsize=1)
def direction_words() -> DirectionWords:
    data = load_json("directions.json")
    return DirectionWords(
        frozenset(data["up"]),
        frozenset(data["down"]),
        frozenset(data["neutral"]),
        frozenset(data["not_right"]),
        frozenset(tuple(p.split(" ", 1)) for p in data["phrasal_neutral"]),  # type: ignore[misc]
        re.compile(data["conjoined"], re.IGNORECASE),
        re.compile(data["clause_break"], re.IGNORECASE),
        int(data["window_words"]),
        frozenset(data["right_move_nouns"]),
        int(data["right_noun_words"]),
        frozenset(data["comparative_right"]),
        frozenset(data["right_stop"]),
        re.compile(data["distance_right"], re.IGNORECASE),
        frozenset(data["left_move_nouns"]),
        frozenset(data["down_nouns"]),
        frozenset(data["noun_links"]),
    )


@dataclass(frozen=True)
class LiquidationCues:
    cue: re.Pattern[str]
    negated: re.Pattern[str]
    leverage_context: re.Pattern[str]
    both_sides: re.Pattern[str]
    total: re.Pattern[str]
    competing: re.Pattern[str]
    adjacent: re.Pattern[str]
    ranking: re.Pattern[str]
    follow_on: re.Pattern[str]
    long: re.Pattern[str]
    short: re.Pattern[str]
    windows: tuple[re.Pattern[str], ...]
    window_aliases: tuple[tuple[re.Pattern[str], str], ...]
    number_words: dict[str, int]
    unit_seconds: dict[str, int]
    verb_side_right: re.Pattern[str]
    follow_on_reach: int


def _alternation(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def liquidation_cues() -> LiquidationCues:
    data = load_json("liquidation_cues.json")
    return LiquidationCues(
        _alternation(data["cues"]),
        re.compile("|".join(data["negated"]), re.IGNORECASE),
        _alternation(data["leverage_context"]),
        _alternation(data["both_sides"]),
        _alternation(data["total"]),
        re.compile("|".join(data["competing"]), re.IGNORECASE),
        re.compile(data["adjacent"], re.IGNORECASE),
        re.compile(data["ranking"], re.IGNORECASE),
        _alternation(data["follow_on"]),
        _alternation(data["long"]),
        _alternation(data["short"]),
        tuple(re.compile(p, re.IGNORECASE) for p in data["windows"]),
        tuple(
            (re.compile(rf"\b{re.escape(k)}\b", re.IGNORECASE), v)
            for k, v in data["window_aliases"].items()
        ),
        dict(data["number_words"]),
        dict(data["unit_seconds"]),
        re.compile(data["verb_side_right"], re.IGNORECASE),
        int(data["follow_on_reach"]),
    )


@lru_cache(maxsize=1)
def venue_preposition() -> re.Pattern[str]:
    return re.compile(load_json("venues.json")["venue_prepositions"], re.IGNORECASE)


@lru_cache(maxsize=1)
def venue_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    data = load_json("venues.json")["venues"]
    return tuple(
        (re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b"), canon)
        for canon, names in data.items()
    )
