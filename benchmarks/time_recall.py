"""Recall of the time-expression finder on the gold ``relative_dates`` (seed + dev).

A gold expression is found when a found expression overlaps one of its occurrences in the
text ("overlap"), and exactly when one has the same text ("exact"). Prints missed ones.
Usage: ``python benchmarks/time_recall.py [--model]`` (``--model`` adds spaCy DATE entities).
Skips (exit 0) when ../shared is absent.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def gold_articles() -> list[tuple[str, str, list[str], datetime | None]]:
    out = []
    files = sorted((SHARED / "gold" / "dev").glob("*.json")) + [SHARED / "seed" / "seed_gold.json"]
    for path in files:
        gold = json.loads(path.read_text("utf-8"))
        text_file = path.parent / gold.get("text_file", path.with_suffix(".txt").name)
        published = gold.get("published")
        when = datetime.fromisoformat(published.replace("Z", "+00:00")) if published else None
        out.append((gold["article_id"], text_file.read_text("utf-8"), gold["relative_dates"], when))
    return out


def spans_of(text: str, phrase: str) -> list[tuple[int, int]]:
    out, i = [], text.find(phrase)
    while i >= 0:
        out.append((i, i + len(phrase)))
        i = text.find(phrase, i + 1)
    if not out and phrase.lower() != phrase:
        return spans_of(text.lower(), phrase.lower())
    return out


def main() -> int:
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} not found")
        return 0
    use_model = "--model" in sys.argv
    found_spans: dict[str, list[tuple[int, int, str]]] = {}
    articles = gold_articles()
    if use_model:
        from extractor.api import extract

        for aid, text, _, when in articles:
            facts = extract(text, when, article_id=aid)
            found_spans[aid] = [(t.start or 0, t.end or 0, t.text) for t in facts.times]
    else:
        from extractor.timeparse import find_times

        for aid, text, _, _ in articles:
            found_spans[aid] = [(m.start, m.end, m.text) for m in find_times(text)]
    total = overlap = exact = 0
    predicted = sum(len(v) for v in found_spans.values())
    for aid, text, golds, _ in articles:
        found = found_spans[aid]
        for g in golds:
            total += 1
            occ = spans_of(text, g)
            hit = [f for f in found if any(f[0] < e and s < f[1] for s, e in occ)]
            if hit:
                overlap += 1
            if any(f[2].lower() == g.lower() for f in found):
                exact += 1
            if not hit:
                print(f"  missed {aid}: {g!r}")
    print(
        f"relative_dates: {total}; found overlapping {overlap} ({overlap / total:.1%}), "
        f"exact {exact} ({exact / total:.1%}); expressions predicted: {predicted}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
