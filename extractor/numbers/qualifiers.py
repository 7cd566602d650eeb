"""Qualifier words around a figure: "about $5m" → approximately, "$2bn-plus" → more_than."""

from __future__ import annotations

import re

from extractor.numbers.tables import alternation, load

_QUAL = load("qualifiers")


def _before_regex(table: dict[str, list[str]]) -> re.Pattern[str]:
    groups = []
    for name, phrases in table.items():
        words = [p for p in phrases if p[0].isalnum()]
        signs = [p for p in phrases if not p[0].isalnum()]
        alts = []
        if words:
            alts.append(r"(?<![\w.])" + alternation(words))
        if signs:
            alts.append(alternation(signs))
        groups.append(f"(?P<{name}>{'|'.join(alts)})")
    return re.compile("(?:" + "|".join(groups) + r")[ \t\xa0]*\Z", re.IGNORECASE)


def _after_regex(table: dict[str, list[str]]) -> re.Pattern[str]:
    groups = [f"(?P<{name}>{alternation(p)})" for name, p in table.items()]
    return re.compile("(?:" + "|".join(groups) + r")(?![\w])", re.IGNORECASE)


_BEFORE = _before_regex(_QUAL["before"])
_AFTER = _after_regex(_QUAL["after"])
_NOT_RANGE = re.compile(
    r"(?<![\w])" + alternation(_QUAL["range_not_after"]) + r"[ \t\xa0]+\Z", re.IGNORECASE
)
_WINDOW = 40


def qualifier_before(text: str, start: int) -> tuple[str, str] | None:
    """(qualifier, words) written right before `text[start]`, or None."""
    m = _BEFORE.search(text, max(0, start - _WINDOW), start)
    if m is None or m.lastgroup is None:
        return None
    return m.lastgroup, m.group(m.lastgroup)


def qualifier_after(text: str, end: int) -> tuple[str, str] | None:
    """(qualifier, words) written right after `text[:end]` ("-plus", "or more"), or None."""
    m = _AFTER.match(text, end)
    if m is None or m.lastgroup is None:
        return None
    return m.lastgroup, m.group(m.lastgroup).strip()


def blocks_range(text: str, start: int) -> bool:
    """True if the words before `start` make "X to Y" a move ("rose from X to Y").

    A qualifier in between is skipped: "from around X to Y" is a move too.
    """
    qualifier = _BEFORE.search(text, max(0, start - _WINDOW), start)
    if qualifier is not None:
        start = qualifier.start()
    return _NOT_RANGE.search(text, max(0, start - _WINDOW), start) is not None
