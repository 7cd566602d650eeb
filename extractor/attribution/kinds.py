"""The kind of a price (spot, high, low, level, strike, target, …) from cue words.

Cues are read in the figure's clause: the text just left of it (up to the previous figure) and
just right of it (up to the next). Figures written as a list ("$85, $90 and $95
strike prices", "targets near $A–$B") share the kind found at either end of the list; "between
$A and $B" gives a low and a high, but a forecast range ("could consolidate between $A and $B")
gives two levels.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import cast

from extractor.attribution.context import FigureContext
from extractor.attribution.cues import price_kind_rules, price_range_future
from models.records import PriceKind

_LIST_GAP = re.compile(r"^\s*(?:,|,?\s*and|,?\s*or|/|[-–—])\s*$", re.IGNORECASE)
_LEFT_CHARS = 90
_RIGHT_CHARS = 60


def kind_of(ctx: FigureContext) -> str | None:
    """The first rule matching this figure's own clause, or None."""
    rules, _, _ = price_kind_rules()
    left = " ".join(ctx.sent_left[-_LEFT_CHARS:].split()) + " "
    right = " ".join(ctx.right[:_RIGHT_CHARS].split())
    right = " " + right if ctx.right[:1].isspace() else right
    for rule in rules:
        if rule.right is not None and rule.right.search(right):
            return rule.kind
        if rule.left is not None and rule.left.search(left):
            return rule.kind
    return None


def price_kinds(contexts: Sequence[FigureContext]) -> list[PriceKind]:
    """Kinds for the price figures of one doc (in text order), list-aware."""
    rules, between, default = price_kind_rules()
    kinds: list[str | None] = [kind_of(c) for c in contexts]
    i = 0
    n = len(contexts)
    while i < n:
        j = i
        while (
            j + 1 < n
            and contexts[j + 1].sent_index == contexts[i].sent_index
            and _LIST_GAP.match(contexts[j].right)
            and contexts[j].right == contexts[j + 1].left
        ):
            j += 1
        if j > i:
            first_left = " ".join(contexts[i].left[-_LEFT_CHARS:].split()) + " "
            if j == i + 1 and between.search(first_left) and "and" in contexts[i].right:
                future = price_range_future().search(first_left) is not None
                kinds[i], kinds[j] = ("level", "level") if future else ("low", "high")
            else:
                shared = _shared_kind(kinds[i : j + 1])
                for k in range(i, j + 1):
                    kinds[k] = shared or kinds[k]
        i = j + 1
    return [cast(PriceKind, k or default) for k in kinds]


def _shared_kind(kinds: Sequence[str | None]) -> str | None:
    """A list takes the kind cued at its end (right cue) or its start (left cue)."""
    if kinds[-1] is not None:
        return kinds[-1]
    return kinds[0]
