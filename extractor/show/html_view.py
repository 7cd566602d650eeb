"""The show page: the article with every record highlighted, fields on hover and beside it.

One self-contained HTML file: inline CSS, no script, no external resource. Everything that
comes from the article or its records is untrusted and goes through :func:`html.escape`.
"""

from __future__ import annotations

from html import escape

from extractor.show.layout import Node, nest, pieces
from extractor.show.marks import KINDS, Mark, marks_of
from extractor.show.style import HTML_COLOURS, page_css
from models import ArticleFacts


def esc(value: object) -> str:
    """Text and attribute escaping of any untrusted value."""
    return escape(str(value), quote=True)


def render_html(text: str, facts: ArticleFacts) -> str:
    """The whole self-contained page for one article."""
    marks = marks_of(facts, text)
    tree = nest(marks, len(text))
    title = facts.title or facts.article_id
    body = "".join(_render_node(text, piece) for piece in pieces(tree))
    return _PAGE.format(
        title=esc(title),
        css=page_css(),
        header=_header(facts, marks),
        article=body,
        records=_record_list(marks),
        footer=esc(
            f"news-metrics {facts.extractor_version} · schema {facts.schema_version} · "
            f"{len({(m.kind, m.number) for m in marks})} records"
        ),
    )


def tooltip(mark: Mark) -> str:
    """The hover text of a mark: kind, number and fields, one per line (not yet escaped)."""
    lines = [f"{mark.kind} #{mark.number}"]
    lines += [f"{key}: {value}" for key, value in mark.fields]
    return "\n".join(lines)


def _render_node(text: str, piece: tuple[int, int] | Node) -> str:
    if isinstance(piece, tuple):
        return esc(text[piece[0] : piece[1]])
    mark = piece.mark
    assert mark is not None
    inner = "".join(_render_node(text, child) for child in pieces(piece))
    who = f'<span class="who">{esc(mark.speaker)}</span>' if mark.speaker else ""
    return (
        f'<mark class="nm nm-{mark.kind}" data-kind="{mark.kind}" data-tip="{esc(tooltip(mark))}">'
        f'{inner}<a class="ref" href="#rec-{mark.number}">{mark.number}</a>{who}</mark>'
    )


def _header(facts: ArticleFacts, marks: list[Mark]) -> str:
    meta = [f"id {facts.article_id}"]
    if facts.published is not None:
        meta.append(f"published {facts.published.isoformat()}")
    if facts.source:
        meta.append(f"source {facts.source}")
    if facts.url:
        meta.append(facts.url)
    counts = {kind: len({m.number for m in marks if m.kind == kind}) for kind in KINDS}
    chips = "".join(
        f'<span class="chip nm-{kind}">{kind} {n}</span>' for kind, n in counts.items() if n
    )
    return (
        f"<h1>{esc(facts.title or facts.article_id)}</h1>"
        f'<div class="meta">{esc(" · ".join(meta))}</div>'
        f'<div class="legend">{chips or "no records"}</div>'
    )


def _record_list(marks: list[Mark]) -> str:
    seen: set[int] = set()
    items = []
    for mark in marks:
        if mark.number in seen:
            continue
        seen.add(mark.number)
        fields = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in mark.fields)
        warn = "" if mark.placed else '<div class="warn">offsets outside the text</div>'
        items.append(
            f'<li id="rec-{mark.number}" style="border-left-color:{HTML_COLOURS[mark.kind]}">'
            f'<span class="chip nm-{mark.kind}">{mark.kind} #{mark.number}</span> '
            f'<span class="surface">{esc(mark.text)}</span>{warn}<dl>{fields}</dl></li>'
        )
    return "".join(items) or "<li>No records.</li>"


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
<header>{header}</header>
<main>
<article>{article}</article>
<aside><h2>Records</h2><ol>{records}</ol></aside>
</main>
<footer>{footer}</footer>
</body>
</html>
"""
