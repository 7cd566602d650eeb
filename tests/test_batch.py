"""The batch runner: counts that add up, error isolation, long articles, workers, resume.

Runs on a stub pipeline (blank English + a regex component, see ``batch_stubs.py``) so the
runner is tested in milliseconds; one test checks the real pipeline gives what ``extract`` does.
"""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest
from batch_stubs import BOOM, StubFactory
from spacy.language import Language

from extractor.batch import RunSummary, run
from extractor.batching.long_articles import split_points
from extractor.batching.progress import Progress
from extractor.readers import ReadError
from extractor.sinks import JsonlSink, SinkError
from extractor.sinks.rows import Extracted

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent


def sentence(i: int) -> str:
    return f"Item {i} moved {i % 7 + 1}% to ${100 + i} in early trade."


def write_jsonl(path: Path, rows: Sequence[object]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in rows]
    path.write_text("\n".join(lines) + "\n")
    return path


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def stub_run(inputs: list[str], **kwargs: object) -> RunSummary:
    kwargs.setdefault("nlp_factory", StubFactory())
    kwargs.setdefault("quiet", True)
    return run(inputs, **kwargs)  # type: ignore[arg-type]


def test_counts_add_up_and_failures_are_listed(tmp_path: Path) -> None:
    feed = write_jsonl(
        tmp_path / "feed.jsonl",
        [
            {"id": "g1", "text": sentence(1)},
            "{oops",
            {"id": "e1", "text": " "},
            {"id": "g1", "text": sentence(2)},
            {"id": "x1", "text": f"{BOOM} 5%"},
            {"id": "g2", "text": sentence(3)},
        ],
    )
    (tmp_path / "note.txt").write_bytes(b"\xff\xfe\x00")
    out = tmp_path / "out.jsonl"
    summary = stub_run([str(feed), str(tmp_path / "note.txt")], output=str(out), batch_size=3)
    assert (summary.read, summary.written, summary.failed, summary.skipped) == (7, 2, 5, 0)
    assert summary.balanced and not summary.ok and summary.exit_code == 1
    assert [r["article_id"] for r in read_jsonl(out)] == ["g1", "g2"]
    errors = {
        (e["article_id"], str(e["reason"]).split(":")[0])
        for e in read_jsonl(tmp_path / "out.errors.jsonl")
    }
    assert errors == {
        ("feed.jsonl:2", "invalid JSON line (Expecting property name enclosed in double quotes)"),
        ("e1", "missing or empty 'text'"),
        ("g1", "duplicate article id in this run"),
        ("x1", "extraction failed"),
        ("note", "invalid UTF-8 at byte 0"),
    }


def test_clean_run_is_ok(tmp_path: Path) -> None:
    feed = write_jsonl(
        tmp_path / "f.jsonl", [{"id": f"a{i}", "text": sentence(i)} for i in range(5)]
    )
    summary = stub_run([str(feed)], db=f"sqlite:///{tmp_path}/f.db")
    assert summary.ok and summary.exit_code == 0 and summary.written == 5
    assert summary.records["percentages"] == 5 and summary.records["prices"] == 5
    assert "5 written" in summary.line()


def test_jsonl_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = write_jsonl(tmp_path / "f.jsonl", [{"id": "s1", "text": sentence(4)}])
    summary = stub_run([str(feed)])
    out = capsys.readouterr().out.splitlines()
    assert summary.ok and [json.loads(line)["article_id"] for line in out] == ["s1"]


def _without_sentences(envelope: dict[str, object]) -> dict[str, object]:
    return {
        k: [{f: v for f, v in r.items() if f != "sentence"} for r in v]
        if isinstance(v, list)
        else v
        for k, v in envelope.items()
    }


SPLIT_CASES: dict[str, tuple[str, int]] = {
    "paragraphs": ("\n\n".join(sentence(i) for i in range(40)), 300),
    "one long line of sentences": (" ".join(sentence(i) for i in range(40)), 250),
    "no spaces at all": ("9%" * 400, 128),
}


@pytest.mark.parametrize("name", list(SPLIT_CASES))
def test_long_articles_are_split_and_offsets_stay_right(tmp_path: Path, name: str) -> None:
    text, max_chars = SPLIT_CASES[name]
    starts = split_points(text, max_chars)
    assert starts[0] == 0 and all(
        b - a <= max_chars for a, b in zip(starts, [*starts[1:], len(text)], strict=True)
    )
    feed = write_jsonl(tmp_path / "long.jsonl", [{"id": "L", "text": text}])
    whole, pieces = tmp_path / "whole.jsonl", tmp_path / "pieces.jsonl"
    stub_run([str(feed)], output=str(whole))
    stub_run([str(feed)], output=str(pieces), max_doc_chars=max_chars)
    [a], [b] = read_jsonl(whole), read_jsonl(pieces)
    if name != "no spaces at all":  # a hard cut may split a figure; the rest must be equal
        assert _without_sentences(a) == _without_sentences(b)  # the stub's sentence is the doc
    for rec in b["percentages"] + b["prices"]:  # type: ignore[operator]
        assert text[rec["start"] : rec["end"]] == rec["text"]


def test_workers_give_the_same_output(tmp_path: Path) -> None:
    rows = [{"id": f"w{i}", "text": sentence(i)} for i in range(40)] + ["{bad"]
    feed = write_jsonl(tmp_path / "f.jsonl", rows)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    s1 = stub_run([str(feed)], output=str(one), batch_size=4)
    s2 = stub_run([str(feed)], output=str(two), batch_size=4, workers=2)
    assert one.read_text() == two.read_text()
    assert (s1.read, s1.written, s1.failed) == (s2.read, s2.written, s2.failed) == (41, 40, 1)


def test_batches_are_bounded_by_characters_not_count() -> None:
    import spacy

    from extractor.api import Article
    from extractor.batching.extract_chunk import ChunkExtractor

    sizes = [10, 20, 50, 200, 5, 45]
    articles = [Article(f"a{i}", "x" * n) for i, n in enumerate(sizes)]
    chunker = ChunkExtractor(spacy.blank("en"), max_doc_chars=100, batch_chars=40)
    # 200 characters is past max_doc_chars (done in pieces, alone); 50 > 40 is a batch alone.
    assert chunker._batches(articles) == [[0, 1], [2], [4], [5]]


def _blas_threads() -> list[int]:
    from threadpoolctl import threadpool_info

    return [pool["num_threads"] for pool in threadpool_info()]


def test_each_worker_caps_its_matrix_threads_at_its_share_of_the_cores() -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from extractor.batching.workers import _init_worker, threads_per_worker

    cores = os.cpu_count() or 1
    assert threads_per_worker(1) == cores
    assert threads_per_worker(cores) == 1
    assert threads_per_worker(4 * cores) == 1
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(1, context, _init_worker, (StubFactory(), 10_000, 1)) as pool:
        threads = pool.submit(_blas_threads).result()
    assert threads, "numpy's BLAS pool should be visible in the worker"
    assert set(threads) == {1}


class BreakingSink(JsonlSink):
    """Fails on the second batch, like a database that goes away."""

    def __init__(self, path: str) -> None:
        super().__init__(path, None)
        self.calls = 0

    def write(self, items: Sequence[Extracted]) -> None:
        self.calls += 1
        if self.calls == 2:
            raise SinkError("connection lost")
        super().write(items)


def test_a_sink_that_breaks_is_reported_not_success(tmp_path: Path) -> None:
    feed = write_jsonl(
        tmp_path / "f.jsonl", [{"id": f"a{i}", "text": sentence(i)} for i in range(10)]
    )
    summary = stub_run([str(feed)], sink=BreakingSink(str(tmp_path / "o.jsonl")), batch_size=2)
    assert summary.sink_error == "connection lost" and summary.exit_code == 2
    assert summary.written == 2 and summary.balanced and summary.unfinished >= 2


def test_resume_skips_what_is_written(tmp_path: Path) -> None:
    rows = [{"id": f"r{i}", "text": sentence(i)} for i in range(6)]
    write_jsonl(tmp_path / "f.jsonl", rows[:3])
    db = f"sqlite:///{tmp_path}/r.db"
    stub_run([str(tmp_path / "f.jsonl")], db=db)
    write_jsonl(tmp_path / "f.jsonl", rows)
    summary = stub_run([str(tmp_path / "f.jsonl")], db=db, resume=True)
    assert (summary.read, summary.written, summary.skipped) == (6, 3, 3) and summary.ok


@pytest.mark.parametrize("target", ["sqlite", "jsonl"])
def test_kill_in_the_middle_then_resume(tmp_path: Path, target: str) -> None:
    n = 60
    feed = write_jsonl(
        tmp_path / "f.jsonl", [{"id": f"k{i}", "text": sentence(i)} for i in range(n)]
    )
    sink = (
        {"db": f"sqlite:///{tmp_path}/k.db"}
        if target == "sqlite"
        else {"output": str(tmp_path / "k.jsonl")}
    )

    def written() -> int:
        if target == "sqlite":
            if not (tmp_path / "k.db").exists():
                return 0
            with sqlite3.connect(tmp_path / "k.db") as conn:
                try:
                    return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
                except sqlite3.OperationalError:
                    return 0
        path = tmp_path / "k.jsonl"
        return path.read_text().count("\n") if path.exists() else 0

    code = (
        "import sys; from batch_stubs import StubFactory; from extractor.batch import run; "
        f"run([{str(feed)!r}], nlp_factory=StubFactory(delay=0.03), batch_size=4, quiet=True, "
        f"**{sink!r})"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), str(ROOT)])}
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, cwd=ROOT)
    deadline = time.monotonic() + 60
    while written() < 8 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    before = written()
    assert 0 < before < n, "the run should have been killed in the middle"
    summary = stub_run([str(feed)], resume=True, **sink)  # type: ignore[arg-type]
    assert summary.ok and summary.balanced
    assert summary.skipped == before and summary.written == n - before
    if target == "sqlite":
        with sqlite3.connect(tmp_path / "k.db") as conn:
            ids = [r[0] for r in conn.execute("SELECT article_id FROM percentages")]
    else:
        ids = [r["article_id"] for r in read_jsonl(tmp_path / "k.jsonl")]
    assert sorted(ids) == sorted(f"k{i}" for i in range(n))


def test_progress_line_and_quiet_rules() -> None:
    stream = io.StringIO()
    progress = Progress(True, total=10, stream=stream, interval=0)
    progress.update(5, 1)
    progress.finish()
    text = stream.getvalue()
    assert "5 articles" in text and "1 errors" in text and "ETA" in text and "50%" in text
    assert not Progress.wanted(False, io.StringIO())  # not a terminal
    assert not Progress.wanted(True)


def test_real_pipeline_matches_extract(nlp: Language, tmp_path: Path) -> None:
    from extractor import extract

    texts = {
        "p1": "Silver rose 2% to $31.40 an ounce on Thursday, its best day in a month.",
        "p2": "The fund drew $120 million of inflows last week, while fees fell 0.1%.",
    }
    feed = write_jsonl(tmp_path / "f.jsonl", [{"id": k, "text": v} for k, v in texts.items()])
    out = tmp_path / "o.jsonl"
    summary = run([str(feed)], output=str(out), quiet=True, nlp_factory=lambda: nlp)
    assert summary.ok
    got = {r["article_id"]: r for r in read_jsonl(out)}
    for article_id, text in texts.items():
        want = json.loads(extract(text, article_id=article_id).model_dump_json())
        assert got[article_id] == want


def test_read_errors_are_never_silent() -> None:
    err = ReadError("id-1", "invalid JSON", "f.jsonl")
    assert (err.id, err.reason, err.source) == ("id-1", "invalid JSON", "f.jsonl")


class InterruptingSink(JsonlSink):
    """Ctrl-C arrives while the third batch is being written."""

    def __init__(self, path: str) -> None:
        super().__init__(path, None)
        self.calls = 0

    def write(self, items: Sequence[Extracted]) -> None:
        self.calls += 1
        if self.calls == 3:
            raise KeyboardInterrupt
        super().write(items)


def test_ctrl_c_stops_cleanly_and_resume_finishes(tmp_path: Path) -> None:
    rows = [{"id": f"c{i}", "text": sentence(i)} for i in range(12)]
    feed = write_jsonl(tmp_path / "f.jsonl", rows)
    out = tmp_path / "o.jsonl"
    summary = stub_run([str(feed)], sink=InterruptingSink(str(out)), batch_size=2)
    assert summary.interrupted and summary.exit_code == 130 and summary.balanced
    assert summary.written == 4 and "--resume" in summary.line()
    again = stub_run([str(feed)], output=str(out), resume=True, errors=str(tmp_path / "e.jsonl"))
    assert again.ok and (again.skipped, again.written) == (4, 8)
    assert sorted(str(r["article_id"]) for r in read_jsonl(out)) == sorted(
        str(r["id"]) for r in rows
    )


def test_a_lone_surrogate_in_text_neither_raises_nor_moves_offsets() -> None:
    from extractor.api import extract

    text = "Ana Ruiz said \udca0 fees rose 5% on Monday."
    facts = extract(text, "2025-05-01T00:00:00Z")
    [pct] = facts.percentages
    assert text[pct.start : pct.end] == "5%"
