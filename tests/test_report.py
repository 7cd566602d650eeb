"""The report: query layer, charts, page and CLI over a small database written by the sinks."""

from __future__ import annotations

import hashlib
import importlib.util
import re
from collections.abc import Iterator
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import main
from extractor.readers.base import ReadError
from extractor.report import build_report
from extractor.report.charts import liquidation_bars, price_timeline
from extractor.report.connect import Database, DatabaseError, connect
from extractor.report.page import safe_svg
from extractor.report.queries import (
    PricePoint,
    counts_by_source,
    failures,
    liquidation_days,
    most_quoted,
    price_points,
)
from extractor.sinks import Extracted, open_database
from models import ArticleFacts, Liquidation, Person, Price, Quote, Speaker, TimeRef

pytest.importorskip("matplotlib", reason="the report needs the 'report' extra (matplotlib)")

EVIL = '<img src=x onerror="window.pwned=1">'
UTC = timezone.utc


def _price(asset: str, value: int, day: int | None, start: int = 0) -> Price:
    as_of = None
    if day is not None:
        as_of = TimeRef(text=f"day {day}", resolved_start=datetime(2025, 3, day, tzinfo=UTC))
    return Price(
        start=start, end=start + 4, text="$x", sentence="", value=Decimal(value),
        currency="USD", asset=asset, kind="spot", as_of=as_of,
    )  # fmt: skip


def _liq(side: str, millions: int, start: int) -> Liquidation:
    return Liquidation(
        start=start, end=start + 4, text="$x", sentence="", amount=Decimal(millions * 10**6),
        currency="USD", side=side,  # type: ignore[arg-type]
    )  # fmt: skip


def _quote(name: str | None, role: str | None, start: int) -> Quote:
    speaker = None if name is None else Speaker(name=name, mention=name.split()[-1], role=role)
    return Quote(text="words", start=start, end=start + 7, speaker=speaker)


ARTICLES = [
    ArticleFacts(
        article_id="a1", source="wire", published=datetime(2025, 3, 3, 9, tzinfo=UTC),
        title="Day one", extractor_version="t",
        prices=[_price("BTC", 86000, 3), _price("ETH", 2200, None, 10)],
        liquidations=[_liq("long", 300, 20), _liq("short", 90, 30)],
        quotes=[_quote("Ana Ruiz", "strategist", 40), _quote(None, None, 50)],
        people=[Person(name="Ana Ruiz")],
    ),
    ArticleFacts(
        article_id="a2", source="blog", published=datetime(2025, 3, 4, 9, tzinfo=UTC),
        title=EVIL, extractor_version="t",
        prices=[_price("BTC", 89000, 4), _price(EVIL, 5, 4, 10)],
        liquidations=[_liq("short", 120, 20)],
        quotes=[_quote("Ana Ruiz", None, 40), _quote(EVIL, EVIL, 50)],
    ),
    ArticleFacts(
        article_id="a3", source=None, published=datetime(2025, 3, 5, 9, tzinfo=UTC),
        extractor_version="t", prices=[_price("BTC", 90500, None)],
    ),
]  # fmt: skip
FAILED = [ReadError("broken-1", "empty text", "in.jsonl"), ReadError(EVIL, EVIL, "in.jsonl")]


def write_db(url: str, articles: list[ArticleFacts] = ARTICLES) -> None:
    """A database written by the sinks' own writer, as ``extract --db`` does."""
    sink = open_database(url)
    sink.open(resume=False)
    sink.write(
        [Extracted(f, hashlib.sha1(f.article_id.encode()).hexdigest(), 10) for f in articles]
    )
    sink.write_errors(FAILED, "t")
    sink.close()


BACKENDS = ["sqlite"] + (["duckdb"] if importlib.util.find_spec("duckdb") else [])


@pytest.fixture(scope="module", params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("report") / f"facts.{request.param}"
    url = f"{request.param}:///{path}"
    write_db(url)
    return url


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    conn = connect(db_url)
    yield conn
    conn.close()


# --- queries ---------------------------------------------------------------------------------

COUNT_TABLE = [
    ("wire", "articles", 1),
    ("wire", "prices", 2),
    ("wire", "liquidations", 2),
    ("wire", "quotes", 2),
    ("wire", "people", 1),
    ("blog", "prices", 2),
    ("(no source)", "prices", 1),
    ("all sources", "articles", 3),
    ("all sources", "prices", 5),
    ("all sources", "amounts", 0),
]


@pytest.mark.parametrize(("source", "what", "expected"), COUNT_TABLE)
def test_counts_per_source_and_type(db: Database, source: str, what: str, expected: int) -> None:
    [row] = [c for c in counts_by_source(db) if c.source == source]
    assert (row.articles if what == "articles" else row.records[what]) == expected


def test_price_points_dated_by_as_of_else_published(db: Database) -> None:
    btc = [(p.when.day, p.value, p.dated_by) for p in price_points(db) if p.asset == "BTC"]
    assert btc == [(3, 86000, "as_of"), (4, 89000, "as_of"), (5, 90500, "published")]


def test_liquidations_per_day_and_side(db: Database) -> None:
    days = {(d.day.day, d.currency): d.sides for d in liquidation_days(db)}
    assert days == {(3, "USD"): {"long": 300e6, "short": 90e6}, (4, "USD"): {"short": 120e6}}


def test_most_quoted_people_with_roles(db: Database) -> None:
    top = most_quoted(db)
    assert top[0].name == "Ana Ruiz"
    assert (top[0].quotes, len(top[0].articles), dict(top[0].roles)) == (2, 2, {"strategist": 1})
    assert len(top) == 2  # the unattributed quote is not a person


def test_failures_are_listed(db: Database) -> None:
    listed, total = failures(db)
    assert total == 2
    assert {f.article_id for f in listed} == {"broken-1", EVIL}


# --- charts ----------------------------------------------------------------------------------


def test_chart_labels_from_articles_are_escaped_by_the_svg_writer() -> None:
    point = PricePoint("<script>alert(1)</script>", datetime(2025, 1, 1), 1.0, "USD", None, "as_of")
    svg = price_timeline([point])
    assert svg is not None and svg.startswith("<svg")
    assert "<script" not in svg
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in svg


def test_no_data_no_chart() -> None:
    assert price_timeline([]) is None
    assert liquidation_bars([]) is None


ACTIVE_SVG = [
    "<svg><script>alert(1)</script></svg>",
    '<svg><rect onload="x()"/></svg>',
    "<svg><foreignObject><div/></foreignObject></svg>",
    '<svg><a href="javascript:x()"/></svg>',
]


@pytest.mark.parametrize("svg", ACTIVE_SVG)
def test_active_svg_is_refused(svg: str) -> None:
    with pytest.raises(ValueError, match="active content"):
        safe_svg(svg)


# --- page ------------------------------------------------------------------------------------

PAGE_CONTENT = [
    "<h2>Records per type and source</h2>",
    "<h2>Price timeline per asset</h2>",
    "<h2>Liquidations per day: long vs short</h2>",
    "<h2>Most-quoted people</h2>",
    "<h2>Failed articles (2)</h2>",
    "<td>Ana Ruiz</td>",
    "<td>strategist</td>",
    "<td>broken-1</td>",
    "<td>empty text</td>",
    "<td>2025-03-03</td>",
    "300.0m",
    "3 articles · 5 prices",
]


@pytest.fixture(scope="module")
def page(db_url: str) -> str:
    """Built once per backend: drawing the charts is the slow part."""
    db = connect(db_url)
    try:
        return build_report(db, now=datetime(2025, 3, 6, tzinfo=UTC))
    finally:
        db.close()


@pytest.mark.parametrize("snippet", PAGE_CONTENT)
def test_page_content(page: str, snippet: str) -> None:
    assert snippet in page


def test_page_is_offline_and_escapes_untrusted_values(page: str) -> None:
    assert page.count("<svg") == 2
    assert EVIL not in page
    assert "<img" not in page and "<script" not in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert page.count("&lt;img src=x onerror=") >= 3  # a failure id, its reason, a speaker


# --- CLI -------------------------------------------------------------------------------------


def test_cli_report_writes_the_page(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'facts.db'}"
    write_db(db_url)
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", "--db", db_url, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "<h2>Most-quoted people</h2>" in out.read_text(encoding="utf-8")


CLI_ERRORS = [
    ("sqlite:///{tmp}/missing.db", "no such SQLite file"),
    ("mysql://host/db", "not a database URL"),
    ("sqlite:///{tmp}/empty.db", "no 'articles' table"),
]


@pytest.mark.parametrize(("url", "message"), CLI_ERRORS)
def test_cli_report_errors(tmp_path: Path, url: str, message: str) -> None:
    (tmp_path / "empty.db").write_bytes(b"")
    result = CliRunner().invoke(main, ["report", "--db", url.format(tmp=tmp_path)])
    assert result.exit_code == 1
    assert message in result.output


def test_connect_refuses_unknown_urls() -> None:
    with pytest.raises(DatabaseError):
        connect("facts.db")
