"""Sinks: deterministic row ids, upsert without duplicates, replacement of changed articles,
resume without half-written articles, parameterised SQL. SQLite always; DuckDB, Parquet and
PostgreSQL when their extras (and, for PostgreSQL, a server on 127.0.0.1:5432) are there."""

from __future__ import annotations

import csv
import json
import os
import secrets
import sqlite3
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from extractor.readers import ReadError
from extractor.sinks import CsvSink, Extracted, JsonlSink, ParquetSink, Sink, open_database
from extractor.sinks.rows import ALL_TABLES, RECORD_TABLES, record_rows, rows_by_table
from models import ArticleFacts, Percentage, Person, Price

EVIL_ID = "x'); DROP TABLE articles; --"


def facts(article_id: str, n_prices: int = 2, shift: int = 0) -> Extracted:
    prices = [
        Price(
            start=10 * i + shift,
            end=10 * i + 5 + shift,
            text=f"${i}",
            sentence="s",
            value=Decimal(i) + Decimal("0.5"),
            currency="USD",
            asset="BTC",
        )
        for i in range(n_prices)
    ]
    pct = Percentage(start=100, end=103, text="3%", sentence="s", value=Decimal(3))
    person = Person(name="Ada  Quill", aliases=["Quill"])
    f = ArticleFacts(
        article_id=article_id,
        extractor_version="test",
        prices=prices,
        percentages=[pct],
        people=[person],
    )
    return Extracted(f, text_sha1=f"sha-{article_id}-{shift}", n_chars=200)


# ---- rows ---------------------------------------------------------------------------------


def test_row_ids_are_deterministic_and_distinct() -> None:
    a = rows_by_table([facts("a1")])
    b = rows_by_table([facts("a1")])
    assert a == b
    ids = [r["id"] for t in RECORD_TABLES for r in a[t]]
    assert len(ids) == len(set(ids))
    other = rows_by_table([facts("a2")])
    assert not set(ids) & {r["id"] for t in RECORD_TABLES for r in other[t]}


def test_same_span_twice_gets_two_ids_and_people_key_on_the_name() -> None:
    twin = Price(
        start=0, end=4, text="$5", sentence="s", value=Decimal(5), currency="USD", asset="BTC"
    )
    f = ArticleFacts(
        article_id="t",
        extractor_version="v",
        prices=[twin, twin.model_copy(update={"asset": "ETH"})],
        people=[Person(name="Ada Quill")],
    )
    prices = list(record_rows(f, "prices"))
    assert len({r["id"] for r in prices}) == 2
    again = ArticleFacts(
        article_id="t", extractor_version="v", people=[Person(name="ada   QUILL", aliases=["Ada"])]
    )
    assert list(record_rows(f, "people"))[0]["id"] == list(record_rows(again, "people"))[0]["id"]


def test_nested_fields_are_flattened_and_lists_are_json() -> None:
    row = rows_by_table([facts("n")])["people"][0]
    assert json.loads(row["aliases"]) == ["Quill"]
    price = rows_by_table([facts("n")])["prices"][1]
    assert price["value"] == 1.5 and price["as_of_text"] is None


# ---- databases ----------------------------------------------------------------------------


def _pg_url() -> str:
    psycopg = pytest.importorskip("psycopg", reason="the postgres extra is not installed")
    base = os.environ.get("NM_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
    try:
        psycopg.connect(base, connect_timeout=3).close()
    except psycopg.Error as exc:
        pytest.skip(f"no PostgreSQL server answers at {base}: {exc}")
    return base


@pytest.fixture
def pg_schema() -> Iterator[tuple[str, str]]:
    """A unique schema per test (parallel runs do not collide), dropped afterwards."""
    import psycopg

    base = _pg_url()
    schema = f"nm_test_{secrets.token_hex(6)}"
    yield base, schema
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def _sqlite(tmp_path: Path) -> tuple[str, Callable[[str], list[tuple[Any, ...]]]]:
    url = f"sqlite:///{tmp_path}/facts.db"

    def query(sql: str) -> list[tuple[Any, ...]]:
        with sqlite3.connect(tmp_path / "facts.db") as conn:
            return list(conn.execute(sql).fetchall())

    return url, query


def _duckdb(tmp_path: Path) -> tuple[str, Callable[[str], list[tuple[Any, ...]]]]:
    duckdb = pytest.importorskip("duckdb", reason="the duckdb extra is not installed")
    url = f"duckdb:///{tmp_path}/facts.duckdb"

    def query(sql: str) -> list[tuple[Any, ...]]:
        conn = duckdb.connect(str(tmp_path / "facts.duckdb"))
        try:
            return list(conn.execute(sql).fetchall())
        finally:
            conn.close()

    return url, query


@pytest.fixture(params=["sqlite", "duckdb", "postgresql"])
def database(
    request: pytest.FixtureRequest, tmp_path: Path
) -> tuple[str, Callable[[str], list[tuple[Any, ...]]]]:
    if request.param == "sqlite":
        return _sqlite(tmp_path)
    if request.param == "duckdb":
        return _duckdb(tmp_path)
    import psycopg

    base, schema = request.getfixturevalue("pg_schema")

    def query(sql: str) -> list[tuple[Any, ...]]:
        with psycopg.connect(base) as conn:
            conn.execute(f'SET search_path TO "{schema}"')
            cur = conn.execute(sql)
            return list(cur.fetchall()) if cur.description else []  # (DDL gives no rows)

    return f"{base}?schema={schema}", query


def _write(url: str, batches: list[list[Extracted]], resume: bool = False) -> set[str]:
    sink = open_database(url)
    done = sink.open(resume)
    for batch in batches:
        sink.write(batch)
    sink.write_errors([ReadError("bad-1", "invalid JSON", "feed.jsonl")], "test")
    sink.close()
    return done


def _counts(query: Callable[[str], list[tuple[Any, ...]]]) -> dict[str, int]:
    return {t: query(f'SELECT COUNT(*) FROM "{t}"')[0][0] for t in ALL_TABLES}


def test_tables_created_and_filled(database: tuple[str, Any]) -> None:
    url, query = database
    _write(url, [[facts("a1"), facts(EVIL_ID)]])
    counts = _counts(query)
    assert counts["articles"] == 2 and counts["prices"] == 4 and counts["percentages"] == 2
    assert counts["people"] == 2 and counts["errors"] == 1
    ids = {r[0] for r in query('SELECT "id" FROM "articles"')}
    assert ids == {"a1", EVIL_ID}
    assert query('SELECT DISTINCT "schema_version", "extractor_version" FROM "prices"') == [
        ("1.0", "test")
    ]


def test_rerun_adds_no_duplicates(database: tuple[str, Any]) -> None:
    url, query = database
    _write(url, [[facts("a1"), facts("a2")]])
    first = _counts(query)
    _write(url, [[facts("a1"), facts("a2")]])
    assert _counts(query) == first


def test_changed_article_replaces_its_rows(database: tuple[str, Any]) -> None:
    url, query = database
    _write(url, [[facts("a1", n_prices=3), facts("a2")]])
    _write(url, [[facts("a1", n_prices=1, shift=7)]])
    rows = query('SELECT "start" FROM "prices" WHERE "article_id" = \'a1\'')
    assert rows == [(7,)]
    assert query('SELECT "text_sha1" FROM "articles" WHERE "id" = \'a1\'') == [("sha-a1-7",)]
    assert _counts(query)["prices"] == 1 + 2


def test_resume_reports_written_ids(database: tuple[str, Any]) -> None:
    url, _ = database
    _write(url, [[facts("a1")], [facts(EVIL_ID)]])
    assert _write(url, [], resume=True) == {"a1", EVIL_ID}


def test_a_table_an_older_version_made_gets_the_new_columns(database: tuple[str, Any]) -> None:
    url, query = database
    _write(url, [[facts("a1")]])
    # As an older model made it (DuckDB alters no table an index depends on).
    query('DROP INDEX "prices_article_id_idx"')
    query('ALTER TABLE "prices" DROP COLUMN "schema_version"')
    _write(url, [[facts("a2")]])
    rows = query('SELECT "article_id", "schema_version" FROM "prices" ORDER BY "article_id"')
    assert {r for r in rows if r[0] == "a2"} == {("a2", "1.0")}
    # The old rows are kept, with the column they never had null (not "1.0": it was dropped).
    assert {r[1] for r in rows if r[0] == "a1"} == {None}


def test_database_gone_mid_run_is_an_error(pg_schema: tuple[str, str]) -> None:
    import psycopg

    from extractor.sinks import SinkError

    base, schema = pg_schema
    sink = open_database(f"{base}?schema={schema}")
    sink.open(False)
    sink.write([facts("a1")])
    pid = sink._conn.info.backend_pid  # type: ignore[attr-defined]
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    with pytest.raises(SinkError):
        sink.write([facts("a2")])
    sink.close()


# ---- files --------------------------------------------------------------------------------


def test_jsonl_resume_cuts_a_half_written_line(tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    sink = JsonlSink(str(out), str(tmp_path / "errors.jsonl"))
    sink.open(False)
    sink.write([facts("a1"), facts("a2")])
    sink.close()
    with out.open("a") as f:
        f.write(facts("a3").facts.model_dump_json()[:40])  # a kill mid-write
    again = JsonlSink(str(out), str(tmp_path / "errors.jsonl"))
    assert again.open(True) == {"a1", "a2"}
    again.write([facts("a3")])
    again.close()
    lines = out.read_text().splitlines()
    assert [json.loads(line)["article_id"] for line in lines] == ["a1", "a2", "a3"]


def test_csv_resume_drops_rows_of_unfinished_articles(tmp_path: Path) -> None:
    sink = CsvSink(str(tmp_path))
    sink.open(False)
    sink.write([facts("a1")])
    sink._rows("prices", rows_by_table([facts("a2")])["prices"])  # killed before articles row
    sink.close()
    again = CsvSink(str(tmp_path))
    assert again.open(True) == {"a1"}
    again.write([facts("a2")])
    again.close()
    with open(tmp_path / "prices.csv", newline="") as f:
        prices = list(csv.DictReader(f))
    assert sorted(r["article_id"] for r in prices) == ["a1", "a1", "a2", "a2"]


def test_parquet_parts_and_resume(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="the parquet extra is not installed")
    sink = ParquetSink(str(tmp_path), articles_per_part=2)
    sink.open(False)
    sink.write([facts("a1"), facts("a2")])  # flushed: a committed part
    sink.write([facts("a3")])  # buffered: lost by a kill
    orphan = tmp_path / "prices" / "part-dead-000009.parquet"
    orphan.write_bytes(
        (tmp_path / "prices").joinpath(os.listdir(tmp_path / "prices")[0]).read_bytes()
    )
    again = ParquetSink(str(tmp_path))
    assert again.open(True) == {"a1", "a2"}
    assert not orphan.exists()
    again.write([facts("a3")])
    again.close()
    table = pq.read_table(tmp_path / "prices")
    assert sorted(table.column("article_id").to_pylist()) == ["a1", "a1", "a2", "a2", "a3", "a3"]


def test_sinks_follow_the_protocol() -> None:
    sinks: list[Sink] = [JsonlSink(), CsvSink("x"), ParquetSink("y"), open_database("sqlite:///z")]
    assert all(hasattr(s, "where") for s in sinks)
