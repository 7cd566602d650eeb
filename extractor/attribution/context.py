"""Where a figure sits: its sentence, its tokens and the clause text around it.

Built once per Doc: sentence lookup is a bisect over sentence start offsets, and every figure's
left/right clause is cut at the neighbouring figures of the same sentence, so cue words of one
figure do not leak onto the next ("longs … $318 million, while shorts … $96 million").
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Doc, Span, Token


class Figure(Protocol):
    """What the attribution needs from a number-finder match (MoneyMatch / PercentMatch)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class FigureContext:
    """A figure with its sentence and clause text, all offsets into ``doc.text``."""

    index: int  # position among the figures of the doc (money and percentages together)
    start: int
    end: int
    text: str
    sent: Span
    sent_index: int
    left: str  # clause text left of the figure, from the previous figure (or sentence start)
    right: str  # clause text right of the figure, to the next figure (or sentence end)
    sent_left: str  # the sentence text left of the figure
    sent_right: str  # the sentence text right of the figure
    root: Token | None  # syntactic head token of the figure's tokens

    @property
    def sentence(self) -> str:
        return self.sent.text


class SentenceIndex:
    """Sentence lookup by character offset."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.sents: list[Span] = list(doc.sents) if _has_sents(doc) else [doc[:]]
        self.starts = [s.start_char for s in self.sents]

    def index_of(self, char: int) -> int:
        return max(0, bisect_right(self.starts, char) - 1)

    def sentence_of(self, char: int) -> Span:
        return self.sents[self.index_of(char)]


def _has_sents(doc: Doc) -> bool:
    return len(doc) > 0 and (doc.has_annotation("SENT_START") or doc.has_annotation("DEP"))


def figure_root(doc: Doc, start: int, end: int) -> Token | None:
    """The head token of the tokens covering ``[start, end)`` (a number rather than ``$``)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    if doc.has_annotation("DEP"):
        root = span.root
    else:
        root = span[-1]
    nums = [t for t in span if t.like_num]
    if root.pos_ == "SYM" and nums:
        return nums[-1]
    return root


def build_contexts(doc: Doc, figures: list[Figure], index: SentenceIndex) -> list[FigureContext]:
    """Contexts for ``figures`` (any order); returned in the same order."""
    text = doc.text
    order = sorted(range(len(figures)), key=lambda i: (figures[i].start, figures[i].end))
    out: list[FigureContext | None] = [None] * len(figures)
    for pos, i in enumerate(order):
        f = figures[i]
        si = index.index_of(f.start)
        sent = index.sents[si]
        s0, s1 = sent.start_char, max(sent.end_char, f.end)
        prev_end = s0
        if pos > 0:
            p = figures[order[pos - 1]]
            if p.end <= f.start and p.end > s0:
                prev_end = p.end
        next_start = s1
        if pos + 1 < len(order):
            n = figures[order[pos + 1]]
            if f.end <= n.start < s1:
                next_start = n.start
        out[i] = FigureContext(
            index=i,
            start=f.start,
            end=f.end,
            text=f.text,
            sent=sent,
            sent_index=si,
            left=text[prev_end : f.start],
            right=text[f.end : next_start],
            sent_left=text[s0 : f.start],
            sent_right=text[f.end : s1],
            root=figure_root(doc, f.start, f.end),
        )
    return [c for c in out if c is not None]
