"""The show view: marks from records, nesting, HTML and terminal rendering, escaping, CLI."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from spacy.language import Language

from extractor.cli import main
from extractor.show import marks_of, render_html, render_terminal
from extractor.show.layout import nest, pieces
from extractor.show.marks import Mark
from models import (
    ArticleFacts,
    Liquidation,
    Mention,
    Percentage,
    Person,
    Price,
    Quote,
    Speaker,
    TimeRef,
)

ROOT = Path(__file__).resolve().parents[1]
TEXT = (
    "Solana traded at $182 on Tuesday. "
    '"We see 12% more demand," said Maria Ortega, chief analyst at Fjordline. '
    "Shorts worth $35 million were liquidated."
)


def _span(sub: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(sub, start + 1)
    return start, start + len(sub)


def _facts(text: str = TEXT, **extra: object) -> ArticleFacts:
    p0, p1 = _span("$182")
    c0, c1 = _span("12%")
    q0, q1 = _span('"We see 12% more demand,"')
    l0, l1 = _span("$35 million")
    m0, m1 = _span("Maria Ortega")
    t0, t1 = _span("Tuesday")
    base: dict[str, object] = {
        "article_id": "sol-1",
        "extractor_version": "test",
        "prices": [
            Price(
                start=p0,
                end=p1,
                text="$182",
                sentence="",
                value=Decimal(182),
                currency="USD",
                asset="SOL",
                kind="spot",
                as_of=TimeRef(
                    text="Tuesday", start=t0, end=t1, resolved_start=datetime(2025, 3, 4)
                ),
            )
        ],
        "percentages": [
            Percentage(
                start=c0, end=c1, text="12%", sentence="", value=Decimal(12), subject="demand"
            )
        ],
        "liquidations": [
            Liquidation(
                start=l0,
                end=l1,
                text="$35 million",
                sentence="",
                amount=Decimal(35_000_000),
                currency="USD",
                side="short",
            )
        ],
        "quotes": [
            Quote(
                text="We see 12% more demand,",
                start=q0,
                end=q1,
                cue="said",
                speaker=Speaker(
                    name="Maria Ortega",
                    mention="Maria Ortega",
                    role="chief analyst",
                    organization="Fjordline",
                ),
            )
        ],
        "people": [
            Person(
                name="Maria Ortega",
                roles=["chief analyst"],
                mentions=[Mention(start=m0, end=m1, text="Maria Ortega")],
            )
        ],
        "times": [TimeRef(text="Tuesday", start=t0, end=t1, resolved_start=datetime(2025, 3, 4))],
    }
    base.update(extra)
    return ArticleFacts.model_validate(base)


# --- marks -----------------------------------------------------------------------------------

MARK_KINDS = [
    ("$182", "price"),
    ("Tuesday", "time"),
    ('"We see 12% more demand,"', "quote"),
    ("12%", "percentage"),
    ("Maria Ortega", "person"),
    ("$35 million", "liquidation"),
]


@pytest.mark.parametrize(("surface", "kind"), MARK_KINDS)
def test_every_record_family_becomes_a_mark(surface: str, kind: str) -> None:
    start, end = _span(surface)
    [mark] = [m for m in marks_of(_facts(), TEXT) if (m.start, m.end) == (start, end)]
    assert mark.kind == kind
    assert mark.placed


FIELD_TABLE = [
    ("price", ("asset", "SOL")),
    ("price", ("kind", "spot")),
    ("price", ("as_of", "Tuesday → 2025-03-04T00:00:00")),
    ("quote", ("speaker", "Maria Ortega")),
    ("quote", ("role", "chief analyst")),
    ("quote", ("organization", "Fjordline")),
    ("quote", ("cue", "said")),
    ("liquidation", ("side", "short")),
    ("percentage", ("subject", "demand")),
    ("person", ("roles", "chief analyst")),
]


@pytest.mark.parametrize(("kind", "field"), FIELD_TABLE)
def test_mark_fields_are_flattened_for_display(kind: str, field: tuple[str, str]) -> None:
    [mark] = [m for m in marks_of(_facts(), TEXT) if m.kind == kind]
    assert field in mark.fields


def test_marks_are_numbered_in_text_order() -> None:
    marks = marks_of(_facts(), TEXT)
    assert [m.number for m in marks] == list(range(1, len(marks) + 1))
    assert [m.start for m in marks] == sorted(m.start for m in marks)


def test_offsets_outside_the_text_are_listed_not_placed() -> None:
    bad = Price(
        start=500, end=505, text="$9", sentence="", value=Decimal(9), currency="USD", asset=None
    )
    marks = marks_of(_facts(prices=[bad]), TEXT)
    [mark] = [m for m in marks if m.kind == "price"]
    assert not mark.placed
    assert "offsets outside the text" in render_html(TEXT, _facts(prices=[bad]))


# --- nesting ---------------------------------------------------------------------------------


def _mark(n: int, start: int, end: int) -> Mark:
    return Mark(n, "price", start, end, "", ())


@dataclass(frozen=True)
class NestCase:
    marks: list[tuple[int, int]]
    expected: list[tuple[int, int, int]]  # depth, start, end of every node, depth-first


NEST_TABLE = {
    "disjoint": NestCase([(0, 2), (4, 6)], [(1, 0, 2), (1, 4, 6)]),
    "nested": NestCase([(0, 10), (2, 4)], [(1, 0, 10), (2, 2, 4)]),
    "crossing is clipped to the parent": NestCase([(0, 5), (3, 8)], [(1, 0, 5), (2, 3, 5)]),
    "same span twice": NestCase([(2, 4), (2, 4)], [(1, 2, 4), (2, 2, 4)]),
    "after a nested pair": NestCase([(0, 6), (1, 2), (7, 9)], [(1, 0, 6), (2, 1, 2), (1, 7, 9)]),
}


@pytest.mark.parametrize("case", NEST_TABLE.values(), ids=list(NEST_TABLE))
def test_nest(case: NestCase) -> None:
    tree = nest([_mark(i, s, e) for i, (s, e) in enumerate(case.marks, 1)], 10)
    found: list[tuple[int, int, int]] = []

    def walk(node: object, depth: int) -> None:
        for piece in pieces(node):  # type: ignore[arg-type]
            if not isinstance(piece, tuple):
                found.append((depth, piece.start, piece.end))
                walk(piece, depth + 1)

    walk(tree, 1)
    assert found == case.expected


# --- HTML ------------------------------------------------------------------------------------


def test_html_is_self_contained_and_marks_every_record() -> None:
    page = render_html(TEXT, _facts())
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    kinds = re.findall(r'<mark class="nm nm-(\w+)"', page)
    assert sorted(kinds) == sorted(k for _, k in MARK_KINDS)
    # The article's text is intact once the markup and reference numbers are removed.
    body = re.search(r"<article>(.*)</article>", page, re.S)
    assert body is not None
    plain = re.sub(
        r'<a class="ref"[^>]*>\d+</a>|<span class="who">[^<]*</span>|<[^>]+>', "", body.group(1)
    )
    assert plain.replace("&quot;", '"') == TEXT


def test_html_quote_shows_its_speaker_on_hover_and_beside() -> None:
    page = render_html(TEXT, _facts())
    assert re.search(r'data-kind="quote" data-tip="quote #\d+\nspeaker: Maria Ortega', page)
    assert "<dt>speaker</dt><dd>Maria Ortega</dd>" in page
    assert '<span class="who">Maria Ortega</span></mark>' in page  # beside the quote itself


HOSTILE = [
    "<script>window.pwned=1</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "</textarea></style></title><b>bold</b>",
]


@pytest.mark.parametrize("payload", HOSTILE)
def test_html_escapes_untrusted_text_title_id_and_fields(payload: str) -> None:
    text = f"Bitcoin fell to $90,000. {payload} Ether rose."
    start = text.index("$90,000")
    price = Price(
        start=start,
        end=start + 7,
        text="$90,000",
        sentence=payload,
        value=Decimal(90000),
        currency="USD",
        asset=payload,
    )
    facts = ArticleFacts(
        article_id=payload,
        title=payload,
        source=payload,
        url=payload,
        extractor_version="test",
        prices=[price],
    )
    page = render_html(text, facts)
    assert payload not in page
    for tag in ("<script", "<img", "<svg", "<b>", "</title><"):
        assert tag not in page
    assert page.count("&lt;") >= 5


# --- terminal --------------------------------------------------------------------------------

TERMINAL_TABLE = [
    ("[$182]#1", True),
    ("#1 price  '$182'", True),
    ("    speaker: Maria Ortega", True),
    ('["We see [12%]#4 more demand,"]#3 ← Maria Ortega', True),
    ("    side: short", True),
    ("\x1b[", False),
]


@pytest.mark.parametrize(("snippet", "present"), TERMINAL_TABLE)
def test_terminal_view_without_colour(snippet: str, present: bool) -> None:
    out = render_terminal(TEXT, _facts(), colour=False)
    assert (snippet in out) is present


def test_terminal_strips_control_characters_from_the_article() -> None:
    text = "Price \x1b]0;owned\x07\x1b[2J is $5 now."
    start = text.index("$5")
    price = Price(
        start=start,
        end=start + 2,
        text="$5",
        sentence="",
        value=Decimal(5),
        currency="USD",
        asset=None,
    )
    facts = ArticleFacts(article_id="x\x1b[31m", extractor_version="t", prices=[price])
    out = render_terminal(text, facts, colour=True)
    plain = click.unstyle(out)  # our own colours removed: no escape byte may remain
    assert "\x1b" not in plain and "\x07" not in plain
    assert "[$5]#1" in plain


# --- the seed article, through the real pipeline ---------------------------------------------


def test_seed_article_renders_every_extracted_record(nlp: Language) -> None:
    from extractor.show.source import article_from_file, extract_article

    article = article_from_file(str(ROOT / "samples" / "seed.txt"))
    facts = extract_article(article)
    page = render_html(article.text, facts)
    marks = [m for m in marks_of(facts, article.text) if m.placed]
    assert len(re.findall(r"<mark ", page)) == len(marks)
    for mark in marks:
        assert f'id="rec-{mark.number}"' in page
    out = render_terminal(article.text, facts, colour=False)
    for mark in marks:
        assert f"#{mark.number} {mark.kind}" in out


# --- CLI -------------------------------------------------------------------------------------

ARTICLE = "Cardano slipped 3% to $0.41 on Friday.\n"


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_cli_show_text_file_in_terminal(tmp_path: Path, nlp: Language) -> None:
    path = tmp_path / "ada.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out, err = _run("show", str(path), "--no-color")
    assert code == 0, err
    assert out.startswith("ada\n")
    assert "[3%]#" in out


def test_cli_show_jsonl_id_to_html(tmp_path: Path, nlp: Language) -> None:
    archive = tmp_path / "news.jsonl"
    archive.write_text(
        '{"id": "a", "text": "Nothing here."}\n'
        '{"id": "b", "text": "Cardano slipped 3% to $0.41.", "title": "<i>ADA</i>"}\n',
        encoding="utf-8",
    )
    out_path = tmp_path / "view.html"
    code, _, err = _run("show", "b", "--in", str(archive), "-o", str(out_path))
    assert code == 0, err
    page = out_path.read_text(encoding="utf-8")
    assert "<title>&lt;i&gt;ADA&lt;/i&gt;</title>" in page
    assert 'data-kind="percentage"' in page


ERROR_TABLE = [
    (("show", "missing.txt"), "no such file"),
    (("show", "zz", "--in", "{archive}"), "no article with id 'zz'"),
]


@pytest.mark.parametrize(("args", "message"), ERROR_TABLE)
def test_cli_show_errors(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    archive = tmp_path / "news.jsonl"
    archive.write_text('{"id": "a", "text": "Nothing."}\n', encoding="utf-8")
    code, _, err = _run(*(a.format(archive=archive) for a in args))
    assert code == 1
    assert message in err
