"""Score extracted envelopes against gold files (the format of ``shared/gold/FORMAT.md``).

Matching, as the gold format prescribes:
- prices, amounts, percentages, liquidations: same numeric value(s) and overlapping spans;
  attributes are then scored as accuracy over the matched pairs;
- quotes: the predicted span contains the gold ``start`` + 1, or the predicted text starts with
  the gold ``text_prefix`` (whitespace-normalised); the speaker is right when a surname matches.
Gold records marked ``optional`` are neither missed when absent nor wrong when found.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from extractor.readers.base import parse_published

Record = Mapping[str, Any]

#: Attributes scored per record list (gold key names).
ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "prices": ("asset", "kind", "currency"),
    "amounts": ("subject", "currency"),
    "percentages": ("subject", "qualifier", "direction"),
    "liquidations": ("side", "window", "currency"),
    "quotes": ("speaker", "role", "organization"),
}
RECORD_TYPES = tuple(ATTRIBUTES)


@dataclass(frozen=True)
class GoldArticle:
    article_id: str
    text: str
    published: datetime | None
    gold: Mapping[str, Any]
    title: str | None = None


@dataclass
class TypeScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    attr: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, total]

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float | None:
        if not (self.tp or self.fp or self.fn):
            return None
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        f1 = self.f1
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": None if f1 is None else round(f1, 3),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "attributes": {
                a: (round(ok / n, 3) if n else None) for a, (ok, n) in self.attr.items()
            },
        }


@dataclass
class Errors:
    """Per-article mistakes, for ``--errors`` output."""

    missed: list[tuple[str, str, Record]] = field(default_factory=list)
    spurious: list[tuple[str, str, Record]] = field(default_factory=list)
    wrong: list[tuple[str, str, str, Any, Any]] = field(default_factory=list)


# -- loading -------------------------------------------------------------------------------


def load_gold(gold_dir: Path) -> list[GoldArticle]:
    """Read each ``*.json`` gold file of a folder with its text (``text_file`` or ``<id>.txt``)."""
    articles = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(gold, dict) or "article_id" not in gold:
            continue
        text_path = path.with_name(gold.get("text_file") or f"{path.stem}.txt")
        if not text_path.exists():
            raise FileNotFoundError(f"{path.name}: text file {text_path.name} not found")
        text = text_path.read_text(encoding="utf-8")
        articles.append(
            GoldArticle(
                article_id=str(gold["article_id"]),
                text=text,
                published=parse_published(gold.get("published")),
                gold=gold,
                title=gold.get("title"),
            )
        )
    return articles


# -- matching ------------------------------------------------------------------------------


def _num(value: Any) -> Decimal | None:
    if isinstance(value, Mapping):
        value = value.get("value", value.get("amount"))
    if value is None or isinstance(value, bool):
        return None
    try:
        return Decimal(str(value).replace(",", ""))
    except InvalidOperation:
        return None


def _same(a: Decimal | None, b: Decimal | None) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= max(Decimal("1e-6"), abs(b) * Decimal("1e-6"))


def _overlaps(gold: Record, pred: Record) -> bool:
    start = gold.get("start")
    if start is None:
        return True  # gold without an offset: value match only
    end = start + len(gold.get("surface") or "x")
    p_start, p_end = pred.get("start"), pred.get("end")
    if p_start is None:
        return False
    if p_end is None:
        p_end = p_start + 1
    return bool(p_start < end and start < p_end)


def _pred_value(pred: Record) -> Decimal | None:
    return _num(pred.get("value", pred.get("amount")))


def _pct_bounds(pred: Record) -> tuple[Decimal | None, Decimal | None]:
    low = _num(pred.get("value", pred.get("low")))
    high = _num(pred.get("value_max", pred.get("high")))
    return low, (low if high is None else high)


def _match_money(value_key: str) -> Callable[[Record, Record], bool]:
    def match(gold: Record, pred: Record) -> bool:
        return _same(_num(gold[value_key]), _pred_value(pred)) and _overlaps(gold, pred)

    return match


def _match_percentage(gold: Record, pred: Record) -> bool:
    low, high = _pct_bounds(pred)
    return (
        _same(_num(gold["low"]), low) and _same(_num(gold["high"]), high) and _overlaps(gold, pred)
    )


def _norm(text: Any) -> str:
    return re.sub(r"\s+", " ", str(text or "")).strip().lower()


def _match_quote(gold: Record, pred: Record) -> bool:
    start, p_start, p_end = gold.get("start"), pred.get("start"), pred.get("end")
    if start is not None and p_start is not None and p_end is not None:
        if p_start <= start + 1 < p_end:
            return True
    prefix = _norm(gold.get("text_prefix"))
    return bool(prefix) and _norm(pred.get("text")).lstrip("\"'“‘ ").startswith(prefix)


MATCHERS: dict[str, Callable[[Record, Record], bool]] = {
    "prices": _match_money("value"),
    "amounts": _match_money("value"),
    "liquidations": _match_money("amount"),
    "percentages": _match_percentage,
    "quotes": _match_quote,
}


# -- attributes ----------------------------------------------------------------------------


def _surname(name: Any) -> str:
    # (a word with digits counts when it has a letter: "K33", "M-log1", "21Shares")
    words = re.findall(r"[A-Za-z0-9][A-Za-z0-9'\-]+", str(name or ""))
    words = [w for w in words if any(ch.isalpha() for ch in w)]
    return words[-1].lower() if words else ""


#: Country names written out or shortened ("United States" reads "us", as "U.S." does).
_COUNTRY_SHORT = ((" united states ", " us "), (" united kingdom ", " uk "))


def _phrase(text: Any) -> str:
    """Lower-case words of ``text`` padded with spaces, so that containment is by whole words
    ("US" is not inside "White House"); dots are dropped ("U.S." reads "us") and a country
    written out reads as its short form ("United States" → "us")."""
    words = " " + " ".join(re.findall(r"\w+", str(text or "").replace(".", "").lower())) + " "
    for full, short in _COUNTRY_SHORT:
        words = words.replace(full, short)
    return words


#: Words an organisation's acronym leaves out ("International Monetary Fund" → "IMF" keeps
#: all; "Department of the Treasury" → "DT").
_ACRONYM_SKIPS = frozenset({"of", "the", "and", "for", "&"})


def _acronym_of(short: Any, name: Any) -> bool:
    """Whether ``short`` (2–6 capitals, dots dropped: "U.S." counts) is the initials of the
    words of ``name`` ("FCA" of "Financial Conduct Authority")."""
    letters = str(short or "").replace(".", "").strip()
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return False
    # ("U.S." before a name is read as "US", which an acronym may leave out: "SEC" is the
    # "US Securities and Exchange Commission".)
    plain = re.sub(r"\b([A-Z])\.([A-Z])\.", r"\1\2", str(name or ""))
    words = [w for w in re.findall(r"[\w&]+", plain) if w.lower() not in _ACRONYM_SKIPS]
    if len(words) >= 3 and words[0] in _COUNTRY_PREFIXES:
        if "".join(w[0] for w in words[1:]).upper() == letters:
            return True
    return len(words) >= 2 and "".join(w[0] for w in words).upper() == letters


#: Country short forms written before a body's name.
_COUNTRY_PREFIXES = frozenset({"US", "USA", "UK", "EU"})


def _words(text: Any) -> set[str]:
    return set(_norm(text).split())


def _pred_attr(kind: str, attr: str, pred: Record) -> Any:
    if kind == "percentages" and attr == "qualifier":
        return pred.get("qualifier")
    speaker = pred.get("speaker")
    if kind == "quotes" and isinstance(speaker, Mapping) and attr in ("role", "organization"):
        return speaker.get(attr)
    return pred.get(attr)


#: Attributes whose gold null used to count as wrong whatever was predicted (``strict_nulls``).
NULLABLE_TEXT_ATTRS = frozenset({"speaker", "role", "organization", "subject"})


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == {}


def attribute_ok(
    kind: str, attr: str, gold: Record, pred: Record, *, strict_nulls: bool = False
) -> bool:
    """Whether a matched prediction has the gold value of one attribute.

    A gold null is a value: the text names no speaker, gives the speaker no role, or says
    what a figure measures nowhere; a prediction is right when it is null too and wrong
    when it invents one. ``strict_nulls`` restores the earlier reading, where a gold null
    speaker, role, organisation or subject counted as wrong whatever was predicted.
    """
    want = gold.get(attr)
    if attr in NULLABLE_TEXT_ATTRS and not strict_nulls:
        blank_gold = _blank(want) and (attr != "speaker" or _blank(gold.get("speaker_mention")))
        if blank_gold:
            return _blank(_pred_attr(kind, attr, pred))
    if kind == "quotes" and attr == "speaker":
        speaker = pred.get("speaker")
        names = (
            [speaker.get("name"), speaker.get("mention")]
            if isinstance(speaker, Mapping)
            else [speaker]
        )
        wanted = {_surname(gold.get("speaker")), _surname(gold.get("speaker_mention"))} - {""}
        return bool(wanted & ({_surname(n) for n in names if n} - {""}))
    got = _pred_attr(kind, attr, pred)
    if attr == "subject":
        return bool(want) and bool(got) and bool(_words(want) & _words(got))
    if attr == "window":
        if want is None:
            return got in (None, "", {})
        got_text = json.dumps(got) if got is not None else ""
        want_digits, got_digits = re.findall(r"\d+", str(want)), re.findall(r"\d+", got_text)
        return bool(want_digits) and want_digits[0] in got_digits or _norm(want) in _norm(got_text)
    if attr in ("role", "organization"):
        a, b = _phrase(want), _phrase(got)
        if attr == "organization" and (_acronym_of(want, got) or _acronym_of(got, want)):
            return True  # "FCA" is the "Financial Conduct Authority"
        return bool(a.strip()) and bool(b.strip()) and (a in b or b in a)
    if want is None:
        return got in (None, "")
    return _norm(want) == _norm(got)


# -- scoring -------------------------------------------------------------------------------


def score(
    golds: Iterable[GoldArticle], predictions: Mapping[str, Record], *, strict_nulls: bool = False
) -> tuple[dict[str, TypeScore], list[str], Errors]:
    """Score predictions (envelope dicts keyed by article id) against gold articles.

    ``strict_nulls``: see :func:`attribute_ok`."""
    totals = {k: TypeScore(attr={a: [0, 0] for a in ATTRIBUTES[k]}) for k in RECORD_TYPES}
    missing: list[str] = []
    errors = Errors()
    for article in golds:
        pred = predictions.get(article.article_id)
        if pred is None:
            missing.append(article.article_id)
            pred = {}
        for kind in RECORD_TYPES:
            _score_list(kind, article, pred, totals[kind], errors, strict_nulls)
    return totals, missing, errors


def _score_list(
    kind: str,
    article: GoldArticle,
    pred: Record,
    total: TypeScore,
    errors: Errors,
    strict_nulls: bool = False,
) -> None:
    matcher = MATCHERS[kind]
    preds = [r for r in pred.get(kind) or [] if isinstance(r, Mapping)]
    used: set[int] = set()
    for gold in article.gold.get(kind) or []:
        hit = next((i for i, p in enumerate(preds) if i not in used and matcher(gold, p)), None)
        if hit is None:
            if not gold.get("optional"):
                total.fn += 1
                errors.missed.append((article.article_id, kind, gold))
            continue
        used.add(hit)
        if gold.get("optional"):
            continue
        total.tp += 1
        for attr in ATTRIBUTES[kind]:
            if attr not in gold:
                continue
            ok = attribute_ok(kind, attr, gold, preds[hit], strict_nulls=strict_nulls)
            total.attr[attr][1] += 1
            total.attr[attr][0] += ok
            if not ok:
                got = _pred_attr(kind, attr, preds[hit])
                if kind == "quotes" and attr == "speaker":
                    got = preds[hit].get("speaker")
                errors.wrong.append((article.article_id, kind, attr, gold.get(attr), got))
    for i, p in enumerate(preds):
        if i not in used:
            total.fp += 1
            errors.spurious.append((article.article_id, kind, p))


def report_dict(totals: Mapping[str, TypeScore], missing: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {kind: totals[kind].as_dict() for kind in RECORD_TYPES}
    out["missing_articles"] = missing
    return out


def format_table(totals: Mapping[str, TypeScore], missing: list[str]) -> str:
    """A plain-text table: one row per record type, attribute accuracies after it."""
    lines = [
        f"{'type':13s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>4s} {'fp':>4s} {'fn':>4s}  attributes"
    ]
    for kind in RECORD_TYPES:
        t = totals[kind]
        f1 = t.f1
        attrs = "  ".join(f"{a}={ok / n:.3f}" if n else f"{a}=n/a" for a, (ok, n) in t.attr.items())
        lines.append(
            f"{kind:13s} {t.precision:6.3f} {t.recall:6.3f} "
            f"{'n/a' if f1 is None else f'{f1:.3f}':>6s} {t.tp:4d} {t.fp:4d} {t.fn:4d}  {attrs}"
        )
    if missing:
        lines.append(f"missing articles: {len(missing)} ({', '.join(missing[:5])})")
    summary = " ".join(
        f"{k}=" + ("n/a" if totals[k].f1 is None else f"{totals[k].f1:.2f}") for k in RECORD_TYPES
    )
    lines.append(f"summary {summary}")
    return "\n".join(lines)
