"""Where a figure's own text starts when its sentence carries a glued label or caption.

Articles scraped without line breaks glue headlines, image captions and teaser labels onto the
next sentence ("Related: Fund Buys $40M", "Source: example.orgThe premium rose 3%"). A subject
is never taken from before such a break: the words there belong to another line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from extractor.attribution.context import FigureContext
from extractor.data_tables import load_json

_WORD = re.compile(r"[A-Za-z]{2}")


@lru_cache(maxsize=1)
def _breaks() -> re.Pattern[str]:
    return re.compile(load_json("subject_words.json")["label_breaks"])


def clause_floor(ctx: FigureContext) -> int:
    """Absolute offset after the last label break left of the figure (else its sentence start).

    A break counts only when words follow it before the figure: in "Total inflows: $40M" the
    label names the figure itself.
    """
    sent_start = ctx.start - len(ctx.sent_left)
    floor = sent_start
    for m in _breaks().finditer(ctx.sent_left):
        if _WORD.search(ctx.sent_left[m.end() :]):
            floor = sent_start + m.end()
    return floor


def after_floor(tok: Token | None, floor: int) -> Token | None:
    """``tok`` unless it lies before the figure's own text."""
    return tok if tok is not None and tok.idx >= floor else None
