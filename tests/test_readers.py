"""Readers: every input item becomes an Article or a ReadError (id + reason), never a crash."""

from __future__ import annotations

import gzip
import io
import json
import time
from pathlib import Path

import pytest

from extractor.api import Article
from extractor.readers import Keys, Limits, ReaderOptions, ReadError, read_inputs
from extractor.readers.stdin import read_stdin
from extractor.readers.timeouts import TimeLimitExceeded, time_limit

TEXT = "Copper climbed 4% to $9,800 a tonne on Monday, traders said."
OTHER = "Shares of the miner fell 2.5% after the quarterly report."


def _items(*paths: Path, options: ReaderOptions | None = None) -> list[Article | ReadError]:
    return list(read_inputs([str(p) for p in paths], options))


def _summary(items: list[Article | ReadError]) -> list[tuple[str, str, str]]:
    """(kind, id, text-or-reason-fragment) for easy table comparison."""
    out = []
    for item in items:
        if isinstance(item, ReadError):
            out.append(("error", item.id, item.reason))
        else:
            out.append(("article", item.id, item.text))
    return out


# name → (file name, bytes, expected [(kind, id, text or reason prefix)])
FILE_CASES: dict[str, tuple[str, bytes, list[tuple[str, str, str]]]] = {
    "text file keeps its text exactly": (
        "copper-note.txt",
        ("\n  " + TEXT + "\n").encode(),
        [("article", "copper-note", "\n  " + TEXT + "\n")],
    ),
    "markdown file": ("m1.md", TEXT.encode(), [("article", "m1", TEXT)]),
    "empty text file": ("blank.txt", b"  \n\t", [("error", "blank", "empty text")]),
    "undecodable text file": (
        "bad.txt",
        b"caf\xe9 \xff\xfe",
        [("error", "bad", "invalid UTF-8 at byte 3")],
    ),
    "binary file": ("nul.txt", b"abc\x00def", [("error", "nul", "binary content")]),
    "jsonl good, invalid and empty lines": (
        "feed.jsonl",
        (
            json.dumps(
                {"id": "a1", "text": TEXT, "title": "T", "published": "2026-01-05T10:00:00Z"}
            )
            + "\n{not json\n\n"
            + json.dumps({"id": "a2", "text": ""})
            + "\n"
            + json.dumps(["not", "an", "object"])
            + "\n"
            + json.dumps({"text": OTHER})
            + "\n"
        ).encode(),
        [
            ("article", "a1", TEXT),
            ("error", "feed.jsonl:2", "invalid JSON line"),
            ("error", "a2", "missing or empty 'text'"),
            ("error", "feed.jsonl:5", "JSON line is not an object"),
            ("article", "feed.jsonl:6", OTHER),
        ],
    ),
    "csv with a header and quoted commas": (
        "rows.csv",
        ('id,title,text\nr1,Copper,"' + TEXT.replace('"', '""') + '"\n').encode(),
        [("article", "r1", TEXT)],
    ),
    "unsupported file named explicitly": (
        "notes.pdf",
        b"%PDF",
        [("error", "notes.pdf", "unsupported")],
    ),
}


@pytest.mark.parametrize("name", list(FILE_CASES))
def test_file_readers(tmp_path: Path, name: str) -> None:
    filename, data, expected = FILE_CASES[name]
    path = tmp_path / filename
    path.write_bytes(data)
    got = _summary(_items(path))
    assert [(k, i) for k, i, _ in got] == [(k, i) for k, i, _ in expected]
    for (kind, _, value), (_, _, want) in zip(got, expected, strict=True):
        assert value == want if kind == "article" else value.startswith(want), value


def test_jsonl_metadata_and_custom_keys(tmp_path: Path) -> None:
    path = tmp_path / "custom.jsonl.gz"
    line = {
        "uid": "k9",
        "body": TEXT,
        "headline": "H",
        "when": "2026-02-03T04:05:06+00:00",
        "link": "https://example.org/k9",
    }
    path.write_bytes(gzip.compress((json.dumps(line) + "\n").encode()))
    keys = Keys(id="uid", text="body", title="headline", published="when", url="link")
    [item] = _items(path, options=ReaderOptions(keys=keys))
    assert isinstance(item, Article)
    assert (item.id, item.text, item.title, item.url) == ("k9", TEXT, "H", "https://example.org/k9")
    assert item.published is not None and item.published.isoformat() == "2026-02-03T04:05:06+00:00"


def test_folders_are_recursive_and_globs_expand(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text(TEXT)
    (tmp_path / "a" / "b" / "two.md").write_text(OTHER)
    (tmp_path / "a" / "b" / "skip.bin").write_bytes(b"\x00")
    assert [i.id for i in _items(tmp_path / "a")] == ["one", "two"]
    assert [i.id for i in read_inputs([str(tmp_path / "a" / "**" / "*.md")])] == ["two"]


def test_csv_bodies_past_the_default_field_limit(tmp_path: Path) -> None:
    body = (TEXT + " ") * 4000  # ~250 KB, twice the csv module's default limit
    path = tmp_path / "big.csv"
    path.write_text("id,text\nbig1," + json.dumps(body).replace('\\"', '""') + "\n")
    [item] = _items(path)
    assert isinstance(item, Article) and item.text == body


def test_csv_undecodable_row_is_reported_and_reading_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"id,text\nx1,caf\xe9 au lait\nx2," + OTHER.encode() + b"\n")
    assert _summary(_items(path)) == [
        ("error", "x1", "invalid UTF-8 in this row"),
        ("article", "x2", OTHER),
    ]


LIMIT_CASES: dict[str, tuple[str, bytes, str]] = {
    "a 20 MB body": ("huge.txt", b"word " * 4_000_000, "text too large"),
    "a 20 MB JSONL line": (
        "huge.jsonl",
        json.dumps({"id": "h", "text": "word " * 4_000_000}).encode() + b"\n",
        "line too long",
    ),
    "a gzip bomb": ("bomb.jsonl.gz", gzip.compress(b" " * 30_000_000), "stream stopped"),
}


@pytest.mark.parametrize("name", list(LIMIT_CASES))
def test_oversized_input_is_reported_with_bounded_reads(tmp_path: Path, name: str) -> None:
    filename, data, reason = LIMIT_CASES[name]
    path = tmp_path / filename
    path.write_bytes(data)
    limits = Limits(max_article_bytes=1_000_000, max_inflated_bytes=5_000_000)
    items = _items(path, options=ReaderOptions(limits=limits))
    assert len(items) == 1 and isinstance(items[0], ReadError)
    assert reason in items[0].reason


def test_default_limit_rejects_a_20_mb_article(tmp_path: Path) -> None:
    path = tmp_path / "twenty.txt"
    path.write_bytes(b"x" * 20_000_000)
    [item] = _items(path)
    assert isinstance(item, ReadError) and "too large" in item.reason


STDIN_CASES: dict[str, tuple[bytes, list[tuple[str, str, str]]]] = {
    "plain text keeps leading blanks": (
        b"\n " + TEXT.encode(),
        [("article", "stdin", "\n " + TEXT)],
    ),
    "jsonl": (
        b"\n" + json.dumps({"id": "s1", "text": TEXT}).encode() + b"\n{bad\n",
        [("article", "s1", TEXT), ("error", "stdin:2", "invalid JSON line")],
    ),
    "empty": (b"", [("error", "stdin", "empty text")]),
}


@pytest.mark.parametrize("name", list(STDIN_CASES))
def test_stdin(name: str) -> None:
    data, expected = STDIN_CASES[name]
    got = _summary(list(read_stdin(ReaderOptions(), io.BytesIO(data))))
    assert [(k, i) for k, i, _ in got] == [(k, i) for k, i, _ in expected]
    for (kind, _, value), (_, _, want) in zip(got, expected, strict=True):
        assert value == want if kind == "article" else value.startswith(want)


def test_time_limit_interrupts_slow_work() -> None:
    with pytest.raises(TimeLimitExceeded):
        with time_limit(0.05):
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:
                pass
