"""The show view for a terminal: marked spans in brackets (coloured), then every record's fields.

Untrusted text is stripped of control characters, so an article cannot send escape sequences
to the terminal.
"""

from __future__ import annotations

import re

import click

from extractor.show.layout import Node, nest, pieces
from extractor.show.marks import Mark, marks_of
from extractor.show.style import TERMINAL_COLOURS
from models import ArticleFacts

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """Untrusted text without control characters (newlines and tabs are kept)."""
    return _CONTROL.sub("", text)


def render_terminal(text: str, facts: ArticleFacts, *, colour: bool = True) -> str:
    """The article with ``[marked spans]`` followed by ``#n``, and a record list below."""
    marks = marks_of(facts, text)
    tree = nest(marks, len(text))
    body = "".join(_node(text, piece, colour) for piece in pieces(tree))
    title = clean(facts.title or facts.article_id)
    head = f"{title}\n{'=' * min(len(title), 80)}\n"
    return head + body.rstrip() + "\n\n" + _records(marks, colour) + "\n"


def _style(text: str, kind: str, colour: bool, **extra: bool) -> str:
    if not colour:
        return text
    return click.style(text, fg=TERMINAL_COLOURS[kind], **extra)  # type: ignore[arg-type]


def _node(text: str, piece: tuple[int, int] | Node, colour: bool) -> str:
    if isinstance(piece, tuple):
        return clean(text[piece[0] : piece[1]])
    mark = piece.mark
    assert mark is not None
    parts = []
    for child in pieces(piece):
        if isinstance(child, tuple):
            parts.append(_style(clean(text[child[0] : child[1]]), mark.kind, colour, bold=True))
        else:
            parts.append(_node(text, child, colour))
    return (
        _style("[", mark.kind, colour)
        + "".join(parts)
        + _style(f"]#{mark.number}", mark.kind, colour)
        + (_style(f" ← {clean(mark.speaker)}", mark.kind, colour) if mark.speaker else "")
    )


def _records(marks: list[Mark], colour: bool) -> str:
    lines = []
    seen: set[int] = set()
    for mark in marks:
        if mark.number in seen:
            continue
        seen.add(mark.number)
        where = "" if mark.placed else "  (offsets outside the text)"
        head = _style(f"#{mark.number} {mark.kind}", mark.kind, colour, bold=True)
        lines.append(f"{head}  {clean(mark.text)!r}{where}")
        lines.extend(f"    {clean(k)}: {clean(v)}" for k, v in mark.fields)
    return "\n".join(lines) if lines else "(no records)"
