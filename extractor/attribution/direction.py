"""Direction of a move (up/down) from the verbs and nouns around a figure.

The nearest cue word wins: first the words just left of the figure in its clause (a neutral
word such as "of" or "between" first means the figure is a level or a share, not a move), then
the word right after it ("a steep 4.6% surge", "closed 3% lower", but not "2% or higher" nor
"3% lower than its peak"), then a move noun a few words right over its modifiers ("the 4%
weekly token gain"). A move noun just before the figure over link words ("a pullback of more
than 20%") decides first; a distance ("3% below its record") and a cap ("up to 5%") are no
moves.
"""

from __future__ import annotations

import re
from typing import cast

from extractor.attribution.context import FigureContext
from extractor.attribution.cues import DirectionWords, direction_words
from models.records import Direction

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
_RIGHT_WORDS = 1
_PUNCT = re.compile(r"[,.;:!?()\[\]–—\"“”]")


def conjoined(ctx: FigureContext) -> bool:
    """Joined to the previous figure of its sentence ("… 20% in a week and 43% in a month")."""
    return (
        len(ctx.left) < len(ctx.sent_left)
        and direction_words().conjoined.match(ctx.left) is not None
        and not is_distance(ctx)
    )


def is_distance(ctx: FigureContext) -> bool:
    """ "3% below its record": how far from a mark, not a move."""
    return direction_words().distance_right.match(ctx.right) is not None


def _noun_before(left: list[str], words: DirectionWords) -> Direction | None:
    """ "a pullback of more than 20%", "returns of 15%": a move noun over link words."""
    for w in reversed(left):
        if w in words.left_move_nouns:
            return cast(Direction, "down" if w in words.down_nouns else "up")
        if w not in words.noun_links:
            return None
    return None


def direction_of(ctx: FigureContext) -> Direction | None:
    """ "up", "down" or None."""
    words = direction_words()
    breaks = list(words.clause_break.finditer(ctx.left))
    clause = ctx.left[breaks[-1].end() :] if breaks else ctx.left
    left = _WORD.findall(clause.lower())[-words.window :]
    if is_distance(ctx):
        return None
    by_noun = _noun_before(left, words)
    if by_noun is not None:
        return by_noun
    for k in range(len(left) - 1, -1, -1):
        w = left[k]
        if k > 0 and (left[k - 1], w) in words.phrasal_neutral:
            break
        if w == "up" and left[k + 1 : k + 2] == ["to"]:
            continue  # "a levy of up to 18%": a cap, not a rise
        if w in words.up:
            return cast(Direction, "up")
        if w in words.down:
            return cast(Direction, "down")
        if w in words.neutral:
            break
    right = _WORD.findall(ctx.right.lower())
    for w in right[:_RIGHT_WORDS]:
        if w in words.not_right:
            return None
        if w in words.comparative_right:
            if right[1:2] == ["than"]:
                return None
            return cast(Direction, "up" if w == "higher" else "down")
        if w in words.up:
            return cast(Direction, "up")
        if w in words.down:
            return cast(Direction, "down")
    phrase = _PUNCT.split(ctx.right, maxsplit=1)[0]
    return _right_move_noun(_WORD.findall(phrase.lower()), words)


def _right_move_noun(right: list[str], words: DirectionWords) -> Direction | None:
    """ "the 4% weekly token gain": a move noun after a few modifiers, none a function word."""
    for w in right[: words.right_noun_words]:
        if w in words.right_stop:
            return None
        if w in words.right_move_nouns:
            return cast(Direction, "up" if w in words.up else "down")
    return None
