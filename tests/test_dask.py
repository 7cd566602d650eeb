"""The Dask engine on a LocalCluster of 2 worker processes gives the single-process records."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from batch_stubs import StubFactory

from extractor.batch import run
from extractor.sinks.rows import ALL_TABLES

pytest.importorskip("distributed", reason="the dask extra (dask[distributed]) is not installed")

TESTS = Path(__file__).resolve().parent


def _inputs(tmp_path: Path) -> list[str]:
    paths = []
    for f in range(4):
        path = tmp_path / "in" / f"part{f}.jsonl"
        path.parent.mkdir(exist_ok=True)
        rows = [
            {"id": f"d{f}-{i}", "text": f"Lot {i} rose {i + f}% to ${10 * i + f}."}
            for i in range(6)
        ]
        path.write_text("\n".join(json.dumps(r) for r in rows) + "\n{broken\n")
        paths.append(str(path))
    return paths


def _dump_sqlite(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    with sqlite3.connect(path) as conn:
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall()) for t in ALL_TABLES}


def _dump_parquet(folder: Path) -> dict[str, list[tuple[Any, ...]]]:
    import pyarrow.parquet as pq

    out = {}
    for t in ALL_TABLES:
        rows = pq.read_table(folder / t).to_pylist()
        out[t] = sorted(tuple(sorted(r.items())) for r in rows)
    return out


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """One LocalCluster of 2 worker processes for the module; workers import the stub."""
    from distributed import LocalCluster

    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in [str(TESTS), old] if p)
    try:
        cluster = LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        )
    finally:
        if old is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = old
    yield cluster.scheduler_address
    cluster.close()


@pytest.mark.parametrize("target", ["sqlite", "parquet"])
def test_dask_local_cluster_matches_single_process(
    tmp_path: Path, scheduler: str, target: str
) -> None:
    if target == "parquet":
        pytest.importorskip("pyarrow", reason="the parquet extra is not installed")
    inputs = _inputs(tmp_path)
    factory = StubFactory()

    def sink(name: str) -> dict[str, Any]:
        if target == "sqlite":
            return {"db": f"sqlite:///{tmp_path}/{name}.db"}
        return {"fmt": "parquet", "output": str(tmp_path / name)}

    local = run(inputs, nlp_factory=factory, quiet=True, **sink("local"))
    dask = run(
        inputs, nlp_factory=factory, quiet=True, engine="dask", scheduler=scheduler, **sink("dask")
    )
    for s in (local, dask):
        assert (s.read, s.written, s.failed) == (28, 24, 4) and s.balanced
    assert dask.records == local.records
    dump = _dump_sqlite if target == "sqlite" else _dump_parquet
    ext = ".db" if target == "sqlite" else ""
    assert dump(tmp_path / f"dask{ext}") == dump(tmp_path / f"local{ext}")


def test_dask_refuses_a_single_stream_sink(tmp_path: Path) -> None:
    from extractor.sinks import SinkError

    with pytest.raises(SinkError, match="--db or --format parquet"):
        run(_inputs(tmp_path), output=str(tmp_path / "o.jsonl"), engine="dask", quiet=True)
