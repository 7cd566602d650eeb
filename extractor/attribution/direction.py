"""Direction of a move (up/down) from the verbs and nouns around a figure.

The nearest cue word wins: first the words just left of the figure in its clause (a neutral
word such as "of" or "between" first means the figure is a level or a share, not a move), then
the word right after it ("a sharp 2.8% surge", but not "2% or higher").
"""

from __future__ import annotations

import re
from typing import cast

from extractor.attribution.context import FigureContext
from extractor.attribution.cues import direction_words
from models.records import Direction

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
_RIGHT_WORDS = 1


def conjoined(ctx: FigureContext) -> bool:
    """Joined to the previous figure of its sentence ("… 20% in a week and 43% in a month")."""
    return (
        len(ctx.left) < len(ctx.sent_left)
        and direction_words().conjoined.match(ctx.left) is not None
    )


def direction_of(ctx: FigureContext) -> Direction | None:
    """ "up", "down" or None."""
    words = direction_words()
    breaks = list(words.clause_break.finditer(ctx.left))
    clause = ctx.left[breaks[-1].end() :] if breaks else ctx.left
    left = _WORD.findall(clause.lower())[-words.window :]
    for k in range(len(left) - 1, -1, -1):
        w = left[k]
        if k > 0 and (left[k - 1], w) in words.phrasal_neutral:
            break
        if w in words.up:
            return cast(Direction, "up")
        if w in words.down:
            return cast(Direction, "down")
        if w in words.neutral:
            break
    right = _WORD.findall(ctx.right.lower())[:_RIGHT_WORDS]
    for w in right:
        if w in words.not_right:
            break
        if w in words.up:
            return cast(Direction, "up")
        if w in words.down:
            return cast(Direction, "down")
    return None
