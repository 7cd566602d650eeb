"""Held-out gold sets A-Z and AA-AL (annotated outside the repo by readers who never saw the code).

The publishers' texts are not in the project: ``benchmarks/heldout/<set>.jsonl`` keeps only the
annotations (offsets, values, attributes, names). This script rebuilds a gold folder in the
format of ``shared/gold/FORMAT.md`` by reading the article texts from the shared corpus at run
time, then scores the extractor on it::

    .venv/bin/python benchmarks/heldout.py C            # build /tmp/nm-heldout/C and evaluate
    .venv/bin/python benchmarks/heldout.py A B --out gold/

A and B were used to tune rules in the first session; C stayed blind until its end and was used
for tuning in the second. D (30 quote-rich articles, three annotators, 176 quotes) annotates only
quotes, people and organisations (``"scope": "quotes"``): read only its quotes row. D is blind:
keep a set blind by not reading its errors while changing rules. E (30 more quote-rich articles
by three other annotators, same scope) was made in the second session to tune quotes on; D was
measured blind once and then tuned on too, and F (30 more, three more annotators) was the blind
quote set of the third session. G (30 more, 171 quotes, made in the fourth session by three new
annotators) was measured blind twice in that session and then opened for tuning, when H (30
more, three new annotators) became the blind set; F was opened for tuning in that session.
Late in that session H was opened for tuning too and I (30 more, three new annotators) was the
blind set of the fifth session. I was opened for tuning in the sixth session, when J (30 more,
140 quotes of which 116 firm, three new annotators) became the blind set. K (30 more, 139
quotes of which 113 firm, three new annotators) was made in the seventh session and was the
blind set until the eighth, when it was opened for tuning and L (30 more, 105 quotes of which
88 firm, three new annotators) became the blind set. L was measured blind seven times and
opened for tuning in the ninth session, when M (30 more, 121 quotes of which 107 firm, three new
annotators) became the blind set. M was measured blind six times and opened for tuning in the
tenth session, when N (30 more, 155 quotes of which 132 firm, three new annotators) became the
blind set. N was measured blind seven times and opened for tuning in the eleventh session, when O
(30 more, 134 quotes of which 116 firm, three new annotators) became the blind set. O was
measured blind twice and opened for tuning later in that session, when P (30 more, 123 quotes of
which 110 firm, three new annotators) became the blind set. P was measured blind seven times
without a single figure moving and opened for tuning in the twelfth session, when Q (30 more,
131 quotes of which 122 firm, three new annotators) became the blind set. Q was measured blind
seven times over two sessions and opened for tuning in the thirteenth session, when R (30 more,
103 quotes of which 92 firm, three new annotators) became the blind set. R was measured blind
eight times over two sessions and opened for tuning in the fourteenth session, when S (30 more,
123 quotes of which 103 firm, three new annotators) became the blind set. S was measured blind
about ten times and opened for tuning in the fifteenth session, when T (30 more, 110 quotes of
which 98 firm, three new annotators) became the blind set. T was measured blind about ten times
and opened for tuning in the sixteenth session, when U (30 more, 127 quotes of which 114 firm,
three new annotators) became the blind set. U was measured blind about thirty times and opened for
tuning in the seventeenth session, when V (30 more, 129 quotes of which 112 firm, three new
annotators) became the blind set. V was measured blind about thirty times and opened for tuning in
the eighteenth session, when W (30 more, 121 quotes of which 99 firm, three new annotators)
became the blind set. W was measured blind about thirty times and opened for tuning in the
nineteenth session, when X (30 more, 133 quotes of which 119 firm, three new annotators) became
the blind set. X was measured blind about twenty-five times and opened for tuning in the
twentieth session, when Y (30 more, 154 quotes of which 130 firm, three new annotators) became
the blind set. Y was measured blind about thirty times and opened for tuning in the twenty-first
session, when Z (30 more, 138 quotes of which 126 firm, three new annotators) became the blind
set. Z was measured blind about thirty times without a figure moving and opened for tuning in the
twenty-second session, when AA (30 more, 103 quotes of which 89 firm, three new annotators)
became the blind set. AA was measured blind about twenty times without a figure moving and opened
for tuning in the twenty-third session, when AB (30 more, 137 quotes of which 121 firm, three new
annotators) became the blind set. AB was measured blind about twenty times without a figure
moving and opened for tuning in the twenty-fourth session, when AC (30 more, 111 quotes of which 96
firm, three new annotators) became the blind set. AC was measured blind about fifteen times and
opened for tuning later in the same session, when AD (30 more, 151 quotes of which 132 firm, three
new annotators) became the blind set. AD was measured blind about ten times and opened for tuning in
the twenty-fifth session, when AE (30 more, 143 quotes of which 122 firm, three new annotators)
became the blind set. AE was measured blind about twenty-five times and opened for tuning in the
twenty-sixth session, when AF (30 more, 107 quotes of which 88 firm, three new annotators) became
the blind set. AF was measured blind about sixteen times and opened for tuning in the
twenty-seventh session, when AG (30 more, 127 quotes of which 108 firm, three new annotators)
became the blind set. AG was measured blind about eighteen times and opened for tuning in the
twenty-eighth session, when AH (30 more, 133 quotes of which 112 firm, three new annotators) became
the blind set. AH was measured blind about eighteen times and opened for tuning in the twenty-ninth
session, when AI (30 more, 165 quotes of which 149 firm, three new annotators) became the blind set.
AI was measured blind about seventeen times and opened for tuning in the thirtieth session, when AJ
(30 more, 140 quotes of which 112 firm, three new annotators) became the blind set. AJ was measured
blind thirteen times and opened for tuning in the thirty-first session, when AK (30 more, 123
quotes of which 109 firm, three new annotators) became the blind set. AK was measured blind about
twenty-eight times and opened for tuning in the thirty-second session, when AL (30 more, 127
quotes of which 107 firm, three new annotators) became the blind set: measure it, never read its
errors.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

#: The blind quote set: measure it, never read its errors (``quote_errors.py`` refuses it).
BLIND = "AL"
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PREFIX_WORDS = 5
#: Every held-out set, in the order they were made.
SETS = [
    *"ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    *("AA", "AB", "AC", "AD", "AE", "AF", "AG", "AH", "AI", "AJ", "AK", "AL"),
]


def load_texts(corpus: Path, ids: set[str]) -> dict[str, str]:
    texts: dict[str, str] = {}
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            if obj.get("id") in ids:
                texts[obj["id"]] = obj["text"]
    return texts


def rows_scope(name: str) -> str:
    first = (HERE / "heldout" / f"{name}.jsonl").read_text(encoding="utf-8").split("\n", 1)[0]
    return str(json.loads(first).get("scope", "all"))


def materialize(name: str, shared: Path, out: Path) -> Path:
    rows = [
        json.loads(line)
        for line in (HERE / "heldout" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    corpus = shared / "corpus" / rows[0]["corpus"]
    texts = load_texts(corpus, {r["article_id"] for r in rows})
    folder = out / name
    folder.mkdir(parents=True, exist_ok=True)
    for row in rows:
        text = texts[row["article_id"]]
        gold: dict[str, Any] = {
            k: v for k, v in row.items() if k not in ("corpus", "scope", "annotator")
        }
        for kind in ("prices", "amounts", "percentages", "liquidations"):
            for rec in gold.get(kind, []):
                if rec.get("start") is not None and rec.get("end") is not None:
                    rec["surface"] = text[rec["start"] : rec["end"]]
        for quote in gold.get("quotes", []):
            if quote.get("start") is None:
                continue  # no opening mark in the text: the annotator gave its text_prefix
            words = text[quote["start"] + 1 :].split()[:PREFIX_WORDS]
            quote["text_prefix"] = " ".join(words)
        (folder / f"{row['article_id']}.txt").write_text(text, encoding="utf-8", newline="")
        (folder / f"{row['article_id']}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", choices=SETS)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=Path("/tmp/nm-heldout"))
    parser.add_argument("--no-evaluate", action="store_true")
    args = parser.parse_args()
    if not (args.shared / "corpus").is_dir():
        print(f"shared corpus not found at {args.shared}; nothing to do", file=sys.stderr)
        return 0
    for name in args.sets:
        folder = materialize(name, args.shared, args.out)
        print(f"== held-out {name}: {folder}")
        if rows_scope(name) == "quotes":
            print("   (quotes, people and organisations only: read the quotes row)")
        if not args.no_evaluate:
            subprocess.run(
                [sys.executable, "-m", "extractor", "evaluate", str(folder)], check=False
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
