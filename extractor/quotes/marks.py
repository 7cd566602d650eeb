"""Find quotation spans in raw text; never raises on odd, stray or unbalanced marks.

Curly marks say which way they face; straight marks are read from their neighbours (space
before → opening, space after → closing) and toggle when both sides are glued. News-style quotes
that run over paragraphs (each continued paragraph opens with a mark, only the last one closes)
become one span whose ``text`` is the exact article text between the outer marks. An opening
mark that never closes ends at its paragraph's end (or its first sentence when that paragraph
runs long), so one stray mark never swallows the rest of the article; a quote never runs past a
paragraph that does not open with a mark. A straight mark inside a word ("the firm"s plan", a
straight mark typed for an apostrophe) is no quotation mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = frozenset("“„«")
CLOSERS = frozenset("”»")
STRAIGHT = '"'
MARKS = OPENERS | CLOSERS | {STRAIGHT}
#: Characters after which a straight mark opens a quote.
_OPEN_LEFT = frozenset(" \t\n\r\u00a0([{—–-/:")
#: Longest quote (characters) that is allowed to stay open within one paragraph.
MAX_QUOTE = 1000
#: An unclosed quote longer than this ends at its first sentence end instead.
MAX_UNCLOSED = 400
#: A straight mark typed for an apostrophe: letters on both sides, a contraction ending after.
_APOSTROPHE = re.compile(r'(?<=[A-Za-z])"(?:s|t|d|ll|re|ve|m)(?![A-Za-z])')
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation: ``start`` is the opening mark, ``end`` is just past the closing mark."""

    start: int
    end: int
    text: str
    closed: bool = True
    paragraphs: int = 1


@dataclass(frozen=True)
class _Mark:
    pos: int
    opens: bool
    closes: bool


def _after_sentence(text: str, i: int) -> bool:
    """Whether only spaces separate position ``i`` from a sentence end, a line break or the
    start of the text."""
    j = i - 1
    while j >= 0 and text[j] in " \t\r\u00a0":
        j -= 1
    return j < 0 or text[j] in ".!?\n"


def _classify(text: str, i: int) -> _Mark:
    ch = text[i]
    j = i - 1
    while j >= 0 and text[j] == "\\":
        j -= 1
    left = text[j] if j >= 0 else " "
    right = text[i + 1] if i + 1 < len(text) else " "
    if ch in OPENERS:
        if right.isspace() and not left.isspace() and left not in _OPEN_LEFT:
            return _Mark(i, False, True)  # a closing mark typed the wrong way: "files.“ The"
        return _Mark(i, True, False)
    if ch in CLOSERS:
        if left.isspace() and right.isalnum():
            return _Mark(i, True, False)  # an opening mark typed the wrong way: "said ”Fear"
        if left in ".!?" and right.isupper():
            # Glued between a sentence's end and a capital ("… its rise.”The story is"): it
            # closes an open quote, or else opens one typed the wrong way.
            return _Mark(i, True, True)
        if left.isspace() and right.isspace() and _after_sentence(text, i):
            # A paragraph or sentence opening with a wrong-way mark and a space: "… end.  ” We";
            # while a quote is open it still closes it ("“It is over. ” she said").
            return _Mark(i, True, True)
        return _Mark(i, False, True)
    left_open = left in _OPEN_LEFT or left in OPENERS
    right_space = right.isspace() or right in ".,;:!?)]}—–" or right in CLOSERS
    if left_open and not right_space:
        return _Mark(i, True, False)
    if right_space and not left_open:
        return _Mark(i, False, True)
    return _Mark(i, True, True)  # ambiguous: decided by the pairing state


def _marks(text: str) -> list[_Mark]:
    apostrophes = {m.start() for m in _APOSTROPHE.finditer(text)}
    return [_classify(text, i) for i, ch in enumerate(text) if ch in MARKS and i not in apostrophes]


def _paragraph_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    end = len(text) if nl < 0 else nl
    return min(end, pos + MAX_QUOTE)


def _unclosed_end(text: str, pos: int, stop: int) -> int:
    """Where a quote that never closes ends: its paragraph's end, or its first sentence's end
    when the paragraph runs on (a stray mark, not a quotation)."""
    end = _paragraph_end(text, pos)
    end = min(end, stop) if stop > pos else end
    if end - pos > MAX_UNCLOSED:
        found = _SENTENCE_END.search(text, pos + 1, end)
        if found is not None:
            end = found.end()
    return end


def _starts_paragraph(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t\r\u00a0\\":
        j -= 1
    return j < 0 or text[j] == "\n"


def _inner(text: str, start: int, end: int, closed: bool) -> str:
    body = text[start + 1 : end - 1 if closed else end]
    if body.endswith("\\"):
        body = body[:-1]
    return body.strip()


def _wrong_way_closer(text: str, mark: _Mark, after: list[_Mark]) -> bool:
    """An opening mark glued after a sentence's end while a quote is open ("… real
    stress.“Rollup work …"): some feeds type the closing mark the wrong way. It closes the
    open quote unless a closing mark follows it in the same paragraph (then it opens a new
    quote and the first was stray)."""
    if mark.pos == 0 or text[mark.pos] not in OPENERS | {STRAIGHT}:
        return False
    j = mark.pos - 1
    if text[mark.pos] == STRAIGHT:
        # '… or even retrace. "The next …': a straight mark after a sentence end and a
        # space, typed apart from the quote it closes.
        while j > 0 and text[j] in "\\ ":
            j -= 1
    if text[j] not in ".!?…":
        return False
    nxt = after[0] if after else None
    if nxt is None or "\n" in text[mark.pos : nxt.pos]:
        return True
    return not nxt.closes


def _joined_paragraphs(text: str, first: int | None, second: int) -> bool:
    """Whether an open quote and a second opening mark both start sentences, with a whole
    sentence between them."""
    return (
        first is not None
        and second - first > 20
        and _after_sentence(text, first)
        and text[second - 1 : second].isspace()
        and _after_sentence(text, second)
    )


def _colon_opened_end(text: str, first: int | None, second: int) -> int | None:
    """Where a quote opened after a colon ends when another opening mark comes before any
    closing one: the last sentence end before the next mark's sentence, when two or more
    sentences lie between (else the first mark was stray)."""
    if first is None or not text[:first].rstrip(" \u00a0").endswith(":"):
        return None
    ends = list(_SENTENCE_END.finditer(text, first + 1, second))
    return ends[-1].end() if len(ends) >= 2 else None


def _nested_straight(text: str, open_at: int, mark: _Mark, after: list[_Mark]) -> bool:
    """'“The exchange told users it was offline for "maintenance,” Vexo said': inside an
    open curly quote, a straight opening mark is the quoted speaker's own inner quote while
    a curly closing mark still follows in the paragraph (a straight closing mark may still
    close the curly quote: '“With this suit, we act,\\" it said')."""
    if text[open_at] != "“" or text[mark.pos] != STRAIGHT or mark.closes:
        return False
    for later in after:
        if "\n" in text[mark.pos : later.pos]:
            return False
        if text[later.pos] == "”":
            return True
        if text[later.pos] == "“":
            return False
    return False


def _nested_curly(text: str, open_at: int, mark: _Mark, after: list[_Mark]) -> bool:
    """'said “As CEO, I am “in the same boat” as our holders.”': inside an open curly quote, a
    curly opening mark inside a sentence is the speaker's own inner quote when two closing
    marks follow in the paragraph before any other opening mark."""
    if text[open_at] != "“" or text[mark.pos] != "“" or mark.closes:
        return False
    if text[: mark.pos].rstrip()[-1:] in {".", "!", "?", "…", ""}:
        return False  # a new sentence's quote ("“One. “Two,” she added")
    closers = 0
    for later in after:
        if "\n" in text[mark.pos : later.pos] or text[later.pos] == "“":
            return False
        if text[later.pos] == "”":
            closers += 1
            if closers == 2:
                return True
    return False


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quotation span in ``text``, in order; robust to any arrangement of marks."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    first_open: int | None = None
    paragraphs = 0
    inner = False  # inside a straight-marked quote within an open curly one
    inner_curly = False  # inside a curly quote within an open curly one

    def flush_unclosed(stop: int) -> None:
        nonlocal open_at, first_open, paragraphs, inner_curly
        inner_curly = False
        if open_at is None or first_open is None:
            return
        end = _unclosed_end(text, open_at, stop)
        body = _inner(text, first_open, end, closed=False)
        if body:
            spans.append(QuoteSpan(first_open, end, body, closed=False, paragraphs=paragraphs))
        open_at = first_open = None
        paragraphs = 0

    marks = _marks(text)
    for k, mark in enumerate(marks):
        if open_at is not None and mark.opens and not mark.closes:
            if _wrong_way_closer(text, mark, marks[k + 1 : k + 2]):
                mark = _Mark(mark.pos, False, True)
        if open_at is not None and mark.pos - open_at > MAX_QUOTE:
            flush_unclosed(mark.pos)
        if open_at is not None and "\n" in text[open_at : mark.pos]:
            # The open quote reached a paragraph end without closing.
            if mark.opens and _starts_paragraph(text, mark.pos):
                # News style: the next paragraph opens with a mark and continues the quote.
                open_at = mark.pos
                paragraphs += 1
                continue
            flush_unclosed(mark.pos)
        if open_at is None:
            if mark.opens:
                open_at = first_open = mark.pos
                paragraphs = 1
            continue  # a stray closing mark is ignored
        if inner and text[mark.pos] == STRAIGHT and mark.closes:
            inner = False  # the inner quote's own closing mark
            continue
        if inner_curly and text[mark.pos] == "”":
            inner_curly = False  # the inner curly quote's own closing mark
            continue
        if _nested_straight(text, open_at, mark, marks[k + 1 :]):
            inner = True
            continue
        if _nested_curly(text, open_at, mark, marks[k + 1 :]):
            inner_curly = True
            continue
        inner = inner_curly = False
        if mark.closes and first_open is not None:
            end = mark.pos + 1
            body = _inner(text, first_open, end, closed=True)
            if body:
                spans.append(QuoteSpan(first_open, end, body, closed=True, paragraphs=paragraphs))
            open_at = first_open = None
            paragraphs = 0
        else:
            colon_end = _colon_opened_end(text, first_open, mark.pos)
            if colon_end is not None and first_open is not None:
                # "…, adding: “One. Two. Three. Reed told X that it is “part of …”": a quote
                # a colon opened and never closed, up to its last sentence before the next.
                body = _inner(text, first_open, colon_end, closed=False)
                if body:
                    spans.append(QuoteSpan(first_open, colon_end, body, closed=False))
            elif _joined_paragraphs(text, first_open, mark.pos):
                # "“One. “Two,” she added": paragraphs of one quote joined by a space, the
                # first one left open the news way; it stays a quote of its own.
                flush_unclosed(mark.pos)
            # Else two openers in a row inside one paragraph: the first one was stray.
            open_at = first_open = mark.pos
            paragraphs = 1
    flush_unclosed(len(text))
    return spans
