"""``news-metrics extract`` with the batch options: --db, --format, --errors, --resume."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import main

TEXTS = {
    "cli-a": "Platinum slipped 1.5% to $940 an ounce as car makers trimmed orders.",
    "cli-b": "The exchange said trading volume hit $2 billion, up 12% from a week earlier.",
}


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    (folder / "nested").mkdir(parents=True)
    for name, text in TEXTS.items():
        (folder / "nested" / f"{name}.txt").write_text(text)
    (folder / "broken.jsonl").write_text('{"id": "cli-c", "text": ""}\n')
    return folder


def test_db_run_twice_adds_no_duplicates(archive: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/facts.db"
    first = invoke("extract", str(archive), "--db", url, "-q")
    again = invoke("extract", str(archive), "--db", url)
    assert first[0] == again[0] == 1  # one article failed (empty text)
    assert "3 read, 2 articles written, 1 failed" in again[2]
    assert "error: cli-c: missing or empty 'text'" in again[2]
    with sqlite3.connect(tmp_path / "facts.db") as conn:
        assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 2
        assert conn.execute("SELECT article_id FROM errors").fetchall() == [("cli-c",)]
        pct = conn.execute("SELECT COUNT(*) FROM percentages").fetchone()[0]
    assert pct >= 2


def test_resume_skips_and_csv_tables(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "tables"
    code, _, err = invoke("extract", str(archive), "--format", "csv", "-o", str(out))
    assert code == 1 and (out / "articles.csv").exists() and (out / "prices.csv").exists()
    code, _, err = invoke("extract", str(archive), "--format", "csv", "-o", str(out), "--resume")
    assert "2 skipped" in err


def test_errors_file_for_jsonl(archive: Path, tmp_path: Path) -> None:
    out, errors = tmp_path / "facts.jsonl", tmp_path / "failed.jsonl"
    code, _, _ = invoke("extract", str(archive), "-o", str(out), "--errors", str(errors))
    assert code == 1
    assert sorted(json.loads(x)["article_id"] for x in out.read_text().splitlines()) == [
        "cli-a",
        "cli-b",
    ]
    assert [json.loads(x)["article_id"] for x in errors.read_text().splitlines()] == ["cli-c"]


BAD_OPTIONS: dict[str, tuple[list[str], str]] = {
    "resume onto stdout": (["--resume"], "needs an output file or database"),
    "unknown database": (["--db", "mysql://h/db"], "unsupported database URL"),
    "folder format onto stdout": (["--format", "parquet"], "give --output DIR"),
}


@pytest.mark.parametrize("name", list(BAD_OPTIONS))
def test_unusable_options_exit_2(archive: Path, name: str) -> None:
    args, message = BAD_OPTIONS[name]
    code, _, err = invoke("extract", str(archive), *args)
    assert code == 2 and message in err
