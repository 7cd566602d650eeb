"""Quote recall and speaker accuracy on peer suites: textacy's direct-quotation cases and the
PolNeAR dev/test attributions whose content holds quotation marks (direct quotes).

The suites are read at run time from the shared folder and never copied. A gold direct quote is
*found* when one of our quotes overlaps its content span; its *speaker is right* when our
speaker's name or mention shares a word with the gold source span (or its surname does).
textacy's ``direct_quotations`` is scored the same way on the same parsed documents when
textacy is installed (it is no project dependency).

    python benchmarks/quotes_peers.py [--shared PATH] [--limit N] [--show-misses]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from spacy.tokens import Doc  # noqa: E402

from extractor.components.ext import records_of  # noqa: E402
from extractor.pipeline import get_nlp  # noqa: E402

TEXTACY = "peer-suites/textacy-direct-quotations/direct_quotations_en.json"
POLNEAR = "peer-suites/polnear"
MARKS = '“”"„«»'
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]+")


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    source: str  # the source span's text ("" when the attribution has none)


@dataclass(frozen=True)
class Predicted:
    start: int
    end: int
    names: tuple[str, ...]  # speaker name and mention as we give them


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    with_source: int = 0
    speaker_right: int = 0
    predicted: int = 0
    unmatched_predictions: int = 0
    misses: list[str] = field(default_factory=list)
    #: (suite document, gold start) → whether the speaker was right, for gold with a source
    verdicts: dict[tuple[str, int], bool] = field(default_factory=dict)

    def line(self, label: str) -> str:
        recall = self.found / self.gold if self.gold else 0.0
        spk = self.speaker_right / self.with_source if self.with_source else 0.0
        return (
            f"{label:34s} quote recall {recall:.3f} ({self.found}/{self.gold})   "
            f"speaker accuracy {spk:.3f} ({self.speaker_right}/{self.with_source})   "
            f"predicted {self.predicted}, not overlapping any gold content "
            f"{self.unmatched_predictions}"
        )


def _words(text: str) -> set[str]:
    return {w.lower().strip("'’") for w in _WORD.findall(text)}


def speaker_right(gold_source: str, names: Iterable[str]) -> bool:
    want = _words(gold_source)
    for name in names:
        got = _words(name)
        if got & want:
            return True
    return False


def score(golds: list[GoldQuote], preds: list[Predicted], tally: Tally, label: str) -> None:
    tally.gold += len(golds)
    tally.predicted += len(preds)
    used: set[int] = set()
    for g in golds:
        free = (i for i, p in enumerate(preds) if i not in used)
        hit = next((i for i in free if preds[i].start < g.end and g.start < preds[i].end), None)
        if hit is None:
            tally.misses.append(f"{label}: missed {g.start}-{g.end} (source {g.source!r})")
            continue
        used.add(hit)
        tally.found += 1
        if g.source:
            tally.with_source += 1
            right = speaker_right(g.source, preds[hit].names)
            tally.verdicts[(label, g.start)] = right
            if right:
                tally.speaker_right += 1
            else:
                tally.misses.append(
                    f"{label}: speaker {preds[hit].names} ≠ {g.source!r} at {g.start}"
                )
    tally.unmatched_predictions += sum(
        1
        for i, p in enumerate(preds)
        if i not in used and not any(p.start < g.end and g.start < p.end for g in golds)
    )


def ours(doc: Doc) -> list[Predicted]:
    out = []
    for q in records_of(doc).get("quotes", []):
        names = (q.speaker.name, q.speaker.mention) if q.speaker is not None else ()
        out.append(Predicted(q.start, q.end, names))
    return out


def textacy_finder() -> Callable[[Doc], list[Predicted]] | None:
    try:
        from textacy.extract.triples import direct_quotations
    except Exception:  # noqa: BLE001 - any import problem means "not available"
        return None

    def find(doc: Doc) -> list[Predicted]:
        out = []
        try:
            triples = list(direct_quotations(doc))
        except Exception:  # noqa: BLE001 - a peer crashing on a text scores as finding nothing
            return []
        for t in triples:
            speaker = " ".join(tok.text for tok in t.speaker)
            out.append(Predicted(t.content.start_char, t.content.end_char, (speaker,)))
        return out

    return find


def textacy_cases(shared: Path) -> list[tuple[str, list[GoldQuote]]]:
    data = json.loads((shared / TEXTACY).read_text("utf-8"))
    cases = []
    for case in data["cases"]:
        if not str(case.get("status", "active")).startswith("active"):
            continue
        text = case["text"]
        golds = []
        for exp in case["expected"]:
            k = text.find(exp["content"])
            if k >= 0:
                golds.append(GoldQuote(k, k + len(exp["content"]), " ".join(exp["speaker"])))
        cases.append((text, golds))
    return cases


def _brat(path: Path) -> list[GoldQuote]:
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events = []
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            role, _, offsets = parts[1].partition(" ")
            pieces = []
            for piece in offsets.split(";"):
                a, b = piece.split()
                pieces.append((int(a), int(b)))
            spans[parts[0]] = (role, pieces, parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split()[1:] if ":" in arg))
    golds = []
    for ev in events:
        content = spans.get(ev.get("Content", ""))
        if content is None or not any(m in content[2] for m in MARKS):
            continue
        source = spans.get(ev.get("Source", ""))
        start = min(a for a, _ in content[1])
        end = max(b for _, b in content[1])
        golds.append(GoldQuote(start, end, source[2] if source else ""))
    return golds


def polnear_cases(shared: Path, split: str) -> list[tuple[str, list[GoldQuote]]]:
    root = shared / POLNEAR / split
    cases = []
    seen: set[str] = set()
    for ann in sorted((root / "attributions").glob("*.ann")):
        article = ann.stem.rsplit("_", 1)[0]
        if article in seen:
            continue  # several annotators: keep the first annotation
        seen.add(article)
        txt = root / "text" / f"{article}.txt"
        if txt.is_file():
            cases.append((txt.read_text("utf-8"), _brat(ann)))
    return cases


def run(shared: Path, limit: int | None, show_misses: bool) -> None:
    nlp = get_nlp()
    peer = textacy_finder()
    suites = {
        "textacy direct_quotations cases": textacy_cases(shared),
        "PolNeAR dev (direct quotes)": polnear_cases(shared, "dev"),
        "PolNeAR test (direct quotes)": polnear_cases(shared, "test"),
    }
    for name, cases in suites.items():
        cases = cases[:limit] if limit else cases
        mine, theirs = Tally(), Tally()
        docs = nlp.pipe((text for text, _ in cases), batch_size=8)
        for i, (doc, (_, golds)) in enumerate(zip(docs, cases, strict=True)):
            score(golds, ours(doc), mine, f"{name}#{i}")
            if peer is not None:
                score(golds, peer(doc), theirs, f"{name}#{i}")
        print(f"== {name}: {len(cases)} documents, {mine.gold} gold direct quotes")
        print(mine.line("  news-metrics"))
        if peer is not None:
            print(theirs.line("  textacy direct_quotations"))
            both = mine.verdicts.keys() & theirs.verdicts.keys()
            if both:
                ours_ok = sum(mine.verdicts[k] for k in both)
                theirs_ok = sum(theirs.verdicts[k] for k in both)
                print(
                    f"  on the {len(both)} quotes both find: speaker accuracy news-metrics "
                    f"{ours_ok / len(both):.3f}, textacy {theirs_ok / len(both):.3f}"
                )
        else:
            print("  textacy not installed: no peer figures")
        if show_misses:
            for m in mine.misses[:40]:
                print("   ", m)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--limit", type=int, default=None, help="documents per suite")
    ap.add_argument("--show-misses", action="store_true")
    args = ap.parse_args()
    if not (args.shared / POLNEAR).is_dir():
        sys.exit(f"peer suites not found under {args.shared}")
    run(args.shared, args.limit, args.show_misses)


if __name__ == "__main__":
    main()
