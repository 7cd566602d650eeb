"""Time per article with and without date resolution (the ``nm_time`` component).

Runs the pipeline over corpus articles with ``nm_time`` disabled, then ``nm_time`` alone on
its output, and prints ms per article without and with date resolution and their ratio; then
times the component's parts (finding expressions; resolving with a cold and a warm cache).

    python benchmarks/time_resolution.py [--n 200] [--shared PATH]

Skips (exit 0) when the shared corpus is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

CORPUS = "corpus/crypto-news-cryptocompare-2025/crypto_news_2025.jsonl"


def load(path: Path, n: int) -> list[tuple[str, datetime | None]]:
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            pub = row.get("published")
            when = datetime.fromisoformat(pub.replace("Z", "+00:00")) if pub else None
            out.append((row["text"], when))
            if len(out) == n:
                break
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = ap.parse_args()
    path = args.shared / CORPUS
    if not path.is_file():
        print(f"skipped: {path} not found")
        return 0
    articles = load(path, args.n)
    n = len(articles)

    from extractor.components.ext import ensure_extensions, records_of
    from extractor.components.timex import TimeTagger
    from extractor.pipeline import get_nlp
    from extractor.timeparse import find_times, resolve
    from extractor.timeparse.dateparse import parse_point
    from extractor.timeparse.grammar import rules
    from extractor.timeparse.resolve import _resolve_cached

    nlp = get_nlp()
    ensure_extensions()
    rules()  # compile the grammar once, outside the timings
    parse_point("May 1, 2025", None)  # dateparser loads its language data on first use

    def make_docs() -> list:  # type: ignore[type-arg]
        docs = []
        for text, when in articles:
            doc = nlp.make_doc(text)
            doc._.nm_published = when
            docs.append(doc)
        return docs

    # The pipeline without nm_time, then nm_time alone on its output: the difference between
    # two whole-pipeline runs drowns in the model's own variance on a shared machine.
    with nlp.select_pipes(disable=["nm_time"]):
        list(nlp.pipe(make_docs()[:8]))  # warm up
        t0 = time.perf_counter()
        docs = list(nlp.pipe(make_docs(), batch_size=32))
        without = time.perf_counter() - t0
    tagger = TimeTagger()
    _resolve_cached.cache_clear()
    parse_point.cache_clear()
    t0 = time.perf_counter()
    for doc in docs:
        tagger(doc)
    component = time.perf_counter() - t0
    n_times = sum(len(records_of(d).get("times", [])) for d in docs)
    print(f"articles: {n}; expressions listed: {n_times} ({n_times / n:.1f}/article)")
    print(f"pipeline without nm_time:   {1000 * without / n:.2f} ms/article")
    print(f"nm_time alone (cold cache): {1000 * component / n:.2f} ms/article")
    print(f"pipeline with nm_time:      {1000 * (without + component) / n:.2f} ms/article")
    print(f"ratio with/without:         {(without + component) / without:.3f}")

    t0 = time.perf_counter()
    found = [find_times(text) for text, _ in articles]
    t_find = time.perf_counter() - t0
    _resolve_cached.cache_clear()
    parse_point.cache_clear()
    timings = []
    for _ in range(2):
        t0 = time.perf_counter()
        for (_, when), matches in zip(articles, found, strict=True):
            for m in matches:
                resolve(m.text, when, m.rule)
        timings.append(time.perf_counter() - t0)
    info = _resolve_cached.cache_info()
    print(f"  finding only:             {1000 * t_find / n:.3f} ms/article")
    print(f"  resolving, cold cache:    {1000 * timings[0] / n:.3f} ms/article")
    print(f"  resolving, warm cache:    {1000 * timings[1] / n:.3f} ms/article")
    print(
        f"  resolution cache: {info.hits} hits, {info.misses} misses; "
        f"dateparser calls: {parse_point.cache_info().misses}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
