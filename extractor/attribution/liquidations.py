"""Side, window and venue of a liquidation figure, read from its sentence.

Side: the side word nearest the figure in its clause (left first, then right); "bullish"
counts as long and "bearish" as short; none means total. Window: a time span in the sentence
("in the past 24 hours", "on a daily scale"), else the window of the article's previous
liquidation. Venue: an exchange named in the sentence.
"""

from __future__ import annotations

import re
from typing import cast

from extractor.attribution.context import FigureContext
from extractor.attribution.cues import liquidation_cues, venue_patterns
from models import Window
from models.records import Side

_RIGHT_SIDE_CHARS = 30  # "$75 million in short positions", not "… and bears took most of it"


def _mask(both: re.Pattern[str], text: str) -> str:
    """Replace "longs and shorts" by a marker the both-sides pattern still finds."""
    return both.sub(lambda m: "both sides".ljust(len(m.group(0))), text)


def side_of(ctx: FigureContext) -> Side:
    cues = liquidation_cues()
    named = cues.verb_side_right.match(ctx.right)
    if named:  # "$50 million were liquidated in ether longs"
        word = named.group("side")
        return cast(Side, "long" if cues.long.fullmatch(word) else "short")
    adjacent = cues.adjacent.match(ctx.right)
    if adjacent:  # "$52 million in long positions", "$80 million of shorts"
        rest = _mask(cues.both_sides, ctx.right[adjacent.end() : adjacent.end() + 25])
        for side, pat in (("total", cues.both_sides), ("long", cues.long), ("short", cues.short)):
            if pat.match(rest):
                return cast(Side, side)
    left = _mask(cues.both_sides, ctx.left)
    best: tuple[int, str] | None = None
    for side, pat in (("total", cues.both_sides), ("total", cues.total), ("long", cues.long)):
        for hit in pat.finditer(left):
            if best is None or hit.end() > best[0]:
                best = (hit.end(), side)
    for hit in cues.short.finditer(left):
        if best is None or hit.end() > best[0]:
            best = (hit.end(), "short")
    if best is not None:
        return cast(Side, best[1])
    right = _mask(cues.both_sides, ctx.right[:_RIGHT_SIDE_CHARS])
    first: tuple[int, str] | None = None
    for side, pat in (("total", cues.both_sides), ("long", cues.long), ("short", cues.short)):
        found_right = pat.search(right)
        if found_right and (first is None or found_right.start() < first[0]):
            first = (found_right.start(), side)
    return cast(Side, first[1] if first else "total")


def window_of(ctx: FigureContext) -> Window | None:
    """The window nearest the figure: in its clause (left, then right), else in its sentence."""
    return window_in(ctx.left, last=True) or window_in(ctx.right) or window_in(ctx.sentence)


def window_in(text: str, *, last: bool = False) -> Window | None:
    """The first (or ``last``) time window written in ``text``."""
    cues = liquidation_cues()
    found: tuple[int, Window] | None = None
    for pat in cues.windows:
        for m in pat.finditer(text):
            n_text = m.group("n")
            unit = m.group("unit").lower()
            if n_text is None:
                # "past day", "last week": one unit; "past hours" is vague
                if unit.endswith("s"):
                    continue
                n = 1
            else:
                n = int(n_text) if n_text.isdigit() else cues.number_words.get(n_text.lower(), 0)
            base = unit.rstrip("s")
            seconds = cues.unit_seconds.get(base)
            if not n or seconds is None:
                continue
            if base == "day" and n == 1:
                win = Window(text="24 hours", seconds=86400)
            else:
                word = {"hr": "hour", "h": "hour", "min": "minute", "sec": "second"}.get(base, base)
                win = Window(text=f"{n} {word}{'s' if n != 1 else ''}", seconds=n * seconds)
            if found is None or (m.start() > found[0] if last else m.start() < found[0]):
                found = (m.start(), win)
    for pat, canon in cues.window_aliases:
        hits = list(pat.finditer(text))
        alias = (hits[-1] if last else hits[0]) if hits else None
        if alias and (
            found is None or (alias.start() > found[0] if last else alias.start() < found[0])
        ):
            n_str, _, unit = canon.partition(" ")
            secs = cues.unit_seconds.get(unit.rstrip("s"), 0) * int(n_str)
            found = (alias.start(), Window(text=canon, seconds=secs or None))
    return found[1] if found else None


def venue_in(text: str) -> str | None:
    best: tuple[int, str] | None = None
    for pat, canon in venue_patterns():
        m = pat.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), canon)
    return best[1] if best else None
