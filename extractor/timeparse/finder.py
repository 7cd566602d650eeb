"""Find time expressions in a text with the grammar (no dateparser, no model needed)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.timeparse.grammar import Rule, rules

_SINCE_BEFORE = re.compile(r"\b(?:since|from)\s+$", re.IGNORECASE)
_SINCE_KINDS = {"point"}
_DAY_RULES = {"weekday", "mdate", "dmdate", "relday", "iso", "slash"}
_DAY_THEN_CLOCK = re.compile(r"\s*,?\s*(?:at|around|about|by|before|after|from)?\s*", re.I)
_CLOCK_THEN_DAY = re.compile(r"\s*,?\s*(?:on)?\s*", re.IGNORECASE)


@dataclass(frozen=True)
class TimeMatch:
    """One expression found in a text: offsets, surface, and the grammar rule that found it."""

    start: int
    end: int
    text: str
    rule: str
    kind: str


def find_times(text: str, *, merge: bool = True) -> list[TimeMatch]:
    """Every time expression in ``text``, longest first on overlap, in text order.

    An expression right after "since" becomes a "since" expression including the word; with
    ``merge``, a day next to a clock time ("Friday at 4 p.m. ET") becomes one expression.
    """
    found: list[tuple[int, int, int, str, str]] = []
    for priority, rule in enumerate(rules()):
        for start, end in _spans(rule, text):
            found.append((start, end, priority, rule.name, rule.kind))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[2], f[0]))
    chosen: list[tuple[int, int, int, str, str]] = []
    for cand in found:
        if all(cand[1] <= c[0] or cand[0] >= c[1] for c in chosen):
            chosen.append(cand)
    chosen.sort()
    if merge:
        chosen = _merge_day_and_clock(text, chosen)
    out = []
    for start, end, _, name, kind in chosen:
        if kind in _SINCE_KINDS:
            before = _SINCE_BEFORE.search(text, max(0, start - 12), start)
            if before and before.group(0).lower().startswith("since"):
                start, name, kind = before.start(), "since:" + name, "since"
        out.append(TimeMatch(start, end, text[start:end], name, kind))
    return out


def _spans(rule: Rule, text: str) -> set[tuple[int, int]]:
    """Spans of ``rule``'s matches; with an anchor, searched only near the anchor's hits
    (each match re-read on the whole text, so window edges never cut one short)."""
    if rule.anchor is None:
        windows = [(0, len(text))]
    else:
        windows = []
        for a in rule.anchor.finditer(text):
            lo, hi = max(0, a.start() - rule.back), min(len(text), a.end() + rule.ahead)
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
            else:
                windows.append((lo, hi))
    out = set()
    for lo, hi in windows:
        for m in rule.search.finditer(text, lo, hi):
            full = rule.search.match(text, m.start())
            if full is None:  # the window's end hid a guard that rejects it
                continue
            start, end = full.span("core_")
            if end > start:
                out.add((start, end))
    return out


def _merge_day_and_clock(
    text: str, chosen: list[tuple[int, int, int, str, str]]
) -> list[tuple[int, int, int, str, str]]:
    out: list[tuple[int, int, int, str, str]] = []
    for cur in chosen:
        if out:
            prev = out[-1]
            gap = text[prev[1] : cur[0]]
            pair = {prev[3], cur[3]}
            if "clock" in pair and pair & _DAY_RULES and len(pair) == 2:
                glue = _DAY_THEN_CLOCK if cur[3] == "clock" else _CLOCK_THEN_DAY
                if glue.fullmatch(gap):
                    out[-1] = (prev[0], cur[1], min(prev[2], cur[2]), "datetime", "point")
                    continue
        out.append(cur)
    return out
