"""Time per article with and without date resolution (the ``nm_time`` component).

Runs the full pipeline over corpus articles twice, once with ``nm_time`` disabled and once
with it, and prints ms per article for each and their ratio; then times the component's
parts alone (finding expressions; finding + resolving with a cold and a warm cache).

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


def run_pipeline(articles: list[tuple[str, datetime | None]], with_time: bool) -> float:
    from extractor.components.ext import ensure_extensions
    from extractor.pipeline import get_nlp

    nlp = get_nlp()
    ensure_extensions()
    docs = []
    for text, when in articles:
        doc = nlp.make_doc(text)
        doc._.nm_published = when
        docs.append(doc)
    disabled = [] if with_time else ["nm_time"]
    with nlp.select_pipes(disable=disabled):
        t0 = time.perf_counter()
        for _ in nlp.pipe(docs, batch_size=32):
            pass
        return time.perf_counter() - t0


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

    from extractor.timeparse import find_times, resolve
    from extractor.timeparse.dateparse import parse_point
    from extractor.timeparse.resolve import _resolve_cached

    run_pipeline(articles[:8], True)  # load the model, warm up
    without = run_pipeline(articles, False)
    _resolve_cached.cache_clear()
    parse_point.cache_clear()
    with_time = run_pipeline(articles, True)
    print(f"articles: {n}")
    print(f"pipeline without nm_time: {1000 * without / n:.2f} ms/article")
    print(f"pipeline with nm_time:    {1000 * with_time / n:.2f} ms/article (cold caches)")
    print(f"ratio with/without:       {with_time / without:.3f}")

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
    count = sum(len(m) for m in found)
    info = _resolve_cached.cache_info()
    print(f"expressions: {count} ({count / n:.1f}/article)")
    print(f"finding only:             {1000 * t_find / n:.3f} ms/article")
    print(f"resolving, cold cache:    {1000 * timings[0] / n:.3f} ms/article")
    print(f"resolving, warm cache:    {1000 * timings[1] / n:.3f} ms/article")
    print(
        f"resolution cache: {info.hits} hits, {info.misses} misses; "
        f"dateparser calls: {parse_point.cache_info().misses}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
