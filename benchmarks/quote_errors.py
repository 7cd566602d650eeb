"""Quote errors on held-out sets: what each wrong, missed or spurious quote looks like in its text.

For tuning on the open sets only: it refuses the blind set (``heldout.BLIND``) unless told
``--read-the-blind-set``, since reading a blind set's errors makes it a tuning set::

    .venv/bin/python benchmarks/quote_errors.py H K                 # wrong speakers, misses
    .venv/bin/python benchmarks/quote_errors.py J --attrs role organization

Each line names the article, the gold quote's offset and a stretch of text around it, then the
gold speaker|role|organisation and ours (name|mention|role|organisation, and the cue).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from heldout import BLIND, materialize  # noqa: E402

from extractor.api import extract  # noqa: E402
from extractor.evaluate import _match_quote, attribute_ok  # noqa: E402

CONTEXT = 150


def _around(text: str, start: int | None, prefix: Any) -> str:
    if start is None:
        return repr(prefix)
    return repr(text[max(0, start - CONTEXT) : start + CONTEXT].replace("\n", " "))


def _ours(pred: dict[str, Any]) -> str:
    sp = pred.get("speaker") or {}
    who = "|".join(str(sp.get(k)) for k in ("name", "mention", "role", "organization"))
    return f"{who} cue={pred.get('cue')}"


def errors(folder: Path, attrs: list[str]) -> list[str]:
    """One report line group per wrong, missed or spurious quote in a gold folder."""
    out: list[str] = []
    for gold_path in sorted(folder.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (folder / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
        facts = extract(text, gold.get("published"), article_id=gold_path.stem)
        preds = [q.model_dump(mode="json") for q in facts.quotes]
        used: set[int] = set()
        for g in gold.get("quotes", []):
            free = (i for i, p in enumerate(preds) if i not in used)
            hit = next((i for i in free if _match_quote(g, preds[i])), None)
            around = _around(text, g.get("start"), g.get("text_prefix"))
            where = f"{gold_path.stem} @{g.get('start')}: {around}"
            want = "|".join(str(g.get(k)) for k in ("speaker", "role", "organization"))
            if hit is None:
                if not g.get("optional"):
                    out.append(f"MISS {where}\n   gold={want}")
                continue
            used.add(hit)
            bad = [a for a in attrs if not attribute_ok("quotes", a, g, preds[hit])]
            if bad:
                out.append(f"WRONG {bad} {where}\n   gold={want}\n   ours={_ours(preds[hit])}")
        for i, p in enumerate(preds):
            if i not in used:
                out.append(f"SPUR {gold_path.stem} @{p['start']}: {_around(text, p['start'], '')}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--attrs", nargs="+", default=["speaker"])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--out", type=Path, default=Path("/tmp/nm-heldout"))
    parser.add_argument("--read-the-blind-set", action="store_true")
    args = parser.parse_args()
    if BLIND in args.sets and not args.read_the_blind_set:
        print(f"{BLIND} is the blind set: its errors are not to be read", file=sys.stderr)
        return 2
    if not (args.shared / "corpus").is_dir():
        print(f"shared corpus not found at {args.shared}; nothing to do", file=sys.stderr)
        return 0
    for name in args.sets:
        folder = materialize(name, args.shared, args.out)
        lines = errors(folder, args.attrs)
        print(f"== {name}: {len(lines)} quote errors")
        print("\n\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
