"""Score the number finders against peer test suites (Recognizers-Text specs, quantulum3).

The suites are read at run time from the shared folder and never copied. A case is
*right* when the values we find equal the expected values exactly (as a multiset: every
expected value found, no extra value; a range counts as its two ends). *Lenient* only asks
that every expected value is found. *Strict* also asks that each expected figure's span
overlaps one of ours. quantulum3's own score is printed beside ours when it is installed.

    python benchmarks/peers.py [--shared PATH] [--show-failures]
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from extractor.numbers import find_money, find_percentages  # noqa: E402

RECOGNIZERS = "peer-suites/recognizers-text-specs-en"
QUANTULUM = "peer-suites/quantulum3-tests/quantities.json"
MONEY_UNITS = {
    "dollar", "euro", "pound sterling", "penny", "cent", "dime", "yen", "yuan", "rupee",
    "franc", "bitcoin", "ether",
}  # fmt: skip
# Peers give sub-unit amounts in the sub-unit ("34 cents" → 34); we give main units (0.34).
SUBUNIT_POWER = {"cent": -2, "pence": -2, "penny": -2, "satoshi": -8, "dime": -1}


@dataclass
class Case:
    """One input and the values (and spans) a finder should report."""

    text: str
    kind: str  # "money" or "percent"
    values: list[Decimal]
    spans: list[tuple[int, int]] = field(default_factory=list)
    python_ok: bool = True  # upstream's own Python port passes it


@dataclass
class Found:
    values: list[Decimal]
    spans: list[tuple[int, int]]


Finder = Callable[[str, str], Found]


def ours(text: str, kind: str) -> Found:
    """Run our finder of the given kind."""
    matches = find_money(text) if kind == "money" else find_percentages(text)
    values: list[Decimal] = []
    spans = []
    for m in matches:
        values.append(m.value)
        if m.value_max is not None:
            values.append(m.value_max)
        spans.append((m.start, m.end))
    return Found(values, spans)


def quantulum_finder() -> Finder | None:
    """quantulum3's parser as a finder, or None when it is not installed."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser  # type: ignore[import-not-found]
    except ImportError:
        return None

    def run(text: str, kind: str) -> Found:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                quantities = parser.parse(text)
            except Exception:  # noqa: BLE001 - a crash counts as nothing found
                return Found([], [])
        values, spans = [], []
        for q in quantities:
            is_money = q.unit.entity.name == "currency" or _money_unit(q.unit.name)
            is_percent = q.unit.name == "percentage"
            if (kind == "money" and is_money) or (kind == "percent" and is_percent):
                values.append(_to_main_unit(Decimal(repr(q.value)), q.unit.name))
                spans.append(q.span)
        return Found(values, spans)

    return run


def _quantulum_mode() -> str:
    """Which quantulum3 is scored: its scikit-learn disambiguation changes results."""
    try:
        from quantulum3 import classifier  # type: ignore[import-not-found]
    except ImportError:
        return ""
    state = "on" if getattr(classifier, "USE_CLF", False) else "off (scikit-learn absent)"
    return f"(unit classifier {state})"


def _money_unit(name: str) -> bool:
    return name.split(" per ")[0] in MONEY_UNITS


def _to_main_unit(value: Decimal, unit: str) -> Decimal:
    power = SUBUNIT_POWER.get(unit.lower())
    return value.scaleb(power) if power else value


def _dec(value: object) -> Decimal | None:
    try:
        return Decimal(str(value).rstrip("%"))
    except InvalidOperation:
        return None


def recognizers_cases(root: Path, rel: str, kind: str) -> list[Case]:
    """Cases from one Recognizers-Text spec file (End offsets are inclusive upstream)."""
    data = json.loads((root / rel).read_text(encoding="utf-8-sig"))
    cases = []
    for entry in data:
        values, spans = [], []
        for r in entry.get("Results", []):
            resolution = r.get("Resolution", {})
            value = _dec(resolution.get("value"))
            if value is None:
                continue
            value = _to_main_unit(value, str(resolution.get("unit", "")))
            values.append(value)
            spans.append((r["Start"], r["End"] + 1))
        skipped = len(values) < len(entry.get("Results", []))
        if skipped and not values:
            continue  # only value-less results ("percent" alone): nothing to score
        python_ok = "python" not in entry.get("NotSupported", "")
        cases.append(Case(entry["Input"], kind, values, spans, python_ok))
    return cases


def quantulum_cases(path: Path) -> list[Case]:
    """quantulum3 cases with a money or percentage quantity (one case per kind)."""
    data = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
    cases = []
    for entry in data:
        text = entry["req"]
        for kind in ("money", "percent"):
            values, spans = [], []
            for r in entry["res"]:
                unit = r["unit"]
                money = r.get("entity") == "currency" or _money_unit(unit)
                if (kind == "money" and money) or (kind == "percent" and unit == "percentage"):
                    values.append(_to_main_unit(Decimal(r["value"]), unit))
                    start = text.find(r["surface"])
                    if start >= 0:
                        spans.append((start, start + len(r["surface"])))
            if values:
                cases.append(Case(text, kind, values, spans))
    return cases


def _same(a: Decimal, b: Decimal) -> bool:
    return a == b or abs(a - b) <= abs(b) * Decimal("1e-9")


def _multiset_equal(found: list[Decimal], expected: list[Decimal]) -> bool:
    left = list(found)
    for value in expected:
        hit = next((i for i, f in enumerate(left) if _same(f, value)), None)
        if hit is None:
            return False
        left.pop(hit)
    return not left


def _covers(found: list[Decimal], expected: list[Decimal]) -> bool:
    return all(any(_same(f, e) for f in found) for e in expected)


def _overlap(spans: list[tuple[int, int]], gold: list[tuple[int, int]]) -> bool:
    return all(any(s < ge and gs < e for s, e in spans) for gs, ge in gold)


def score(cases: Iterable[Case], finder: Finder, failures: list[str] | None = None) -> Counter[str]:
    """Counts of cases: total, right (values), lenient, strict."""
    counts: Counter[str] = Counter()
    for case in cases:
        found = finder(case.text, case.kind)
        right = _multiset_equal(found.values, case.values)
        counts["total"] += 1
        counts["right"] += right
        counts["lenient"] += _covers(found.values, case.values)
        counts["strict"] += right and _overlap(found.spans, case.spans)
        if not right and failures is not None:
            got = ", ".join(str(v) for v in found.values)
            want = ", ".join(str(v) for v in case.values)
            failures.append(f"  [{case.kind}] {case.text[:110]!r}\n      want [{want}] got [{got}]")
    return counts


def _pct(n: int, total: int) -> str:
    return f"{100 * n / total:5.1f}%" if total else "   n/a"


def _row(name: str, counts: Counter[str]) -> str:
    t = counts["total"]
    return (
        f"{name:<10} right {_pct(counts['right'], t)}  lenient {_pct(counts['lenient'], t)}"
        f"  strict {_pct(counts['strict'], t)}  ({counts['right']}/{t})"
    )


def suites(shared: Path) -> dict[str, list[Case]]:
    """All scored suites that are present under `shared`."""
    found: dict[str, list[Case]] = {}
    rec = shared / RECOGNIZERS
    if rec.is_dir():
        money = recognizers_cases(rec, "NumberWithUnit/English/CurrencyModel.json", "money")
        found["recognizers currency"] = money
        found["recognizers currency (python-supported)"] = [c for c in money if c.python_ok]
        percent: list[Case] = []
        for mode in ("PercentModel", "PercentModelPercentMode"):
            rel = f"Number/English/{mode}.json"
            if (rec / rel).is_file():
                percent += recognizers_cases(rec, rel, "percent")
        found["recognizers percent"] = percent
    if (shared / QUANTULUM).is_file():
        found["quantulum3 money+percent"] = quantulum_cases(shared / QUANTULUM)
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--show-failures", action="store_true", help="list the cases we get wrong")
    args = ap.parse_args(argv)
    found = suites(args.shared)
    if not found:
        print(f"no peer suites under {args.shared} (looked for {RECOGNIZERS}, {QUANTULUM})")
        return 0
    quantulum = quantulum_finder()
    if quantulum is None:
        print("quantulum3 is not installed: showing our scores only")
    else:
        print(f"quantulum3 {_quantulum_mode()}")
    for name, cases in found.items():
        failures: list[str] = []
        print(f"\n== {name}: {len(cases)} cases")
        print(_row("ours", score(cases, ours, failures)))
        if quantulum is not None:
            print(_row("quantulum3", score(cases, quantulum)))
        if args.show_failures and failures and "python-supported" not in name:
            print("\n".join(failures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
