"""``nm_time``: find time expressions, resolve them against the publication time, and give
every record the time that governs it.

Runs last. Writes ``records_of(doc)["times"]`` (one :class:`TimeRef` per expression) and sets
``as_of`` on every price, amount, percentage, liquidation and quote already in
``records_of(doc)``: the nearest expression in the record's sentence (by dependency-tree
edges plus characters when the doc is parsed, else by characters), or the publication time
when the sentence has none (None when the article has no publication time either).
Candidates come from our grammar and, when the model ran NER, from DATE entities that the
grammar missed and that name a month or weekday (dateparser resolves those).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from datetime import datetime

from spacy.language import Language
from spacy.tokens import Doc, Token

from extractor.components.ext import ensure_extensions, records_of
from extractor.timeparse import Resolution, TimeMatch, as_base, find_times, resolve
from extractor.timeparse import calendar as cal
from extractor.timeparse.dateparse import parse_point
from extractor.timeparse.vocab import vocab
from models import TimeRef

#: Record lists that get ``as_of``.
GOVERNED = ("prices", "amounts", "percentages", "liquidations", "quotes")
_NOT_GOVERNING = {"duration"}
_PRESENT_RULES = {"now"}
_SENT_END = re.compile(r"[.!?…]+[\"”’)]*\s+|\n+")
_WORD = re.compile(r"[A-Za-z]+")
#: How many characters of distance weigh as much as one dependency edge (the small model's
#: parse is noisy, so neither alone picks the governing expression well).
_CHARS_PER_EDGE = 25.0


class TimeTagger:
    """Find, resolve and attach time expressions (see the module doc)."""

    def __init__(self, use_entities: bool = True) -> None:
        ensure_extensions()
        self.use_entities = use_entities

    def __call__(self, doc: Doc) -> Doc:
        published: datetime | None = doc._.nm_published
        base = as_base(published)
        matches = find_times(doc.text)
        refs = [self._ref(m, published) for m in matches if m.rule not in _PRESENT_RULES]
        present = [m for m in matches if m.rule in _PRESENT_RULES]
        if self.use_entities and doc.has_annotation("ENT_IOB"):
            refs.extend(self._entity_refs(doc, matches, base))
            refs.sort(key=lambda r: (r.start or 0, r.end or 0))
        recs = records_of(doc)
        recs["times"] = refs
        fallback = _published_ref(base)
        # "currently", "at press time": the publication time itself; they govern records but
        # are not listed (they need no resolution beyond the publication time).
        candidates = refs + [
            TimeRef(text=m.text, start=m.start, end=m.end, kind="published") for m in present
        ]
        bounds = _sentence_bounds(doc)
        heads = [_head_token(doc, r.start or 0, r.end or 0) for r in candidates]
        for key in GOVERNED:
            records = recs.get(key)
            if not records:
                continue
            updated = []
            for rec in records:
                as_of = self._governing(doc, rec, candidates, heads, bounds)
                if as_of is None or as_of.kind == "published":
                    as_of = fallback
                updated.append(rec.model_copy(update={"as_of": as_of}))
            recs[key] = updated
        return doc

    @staticmethod
    def _ref(m: TimeMatch, published: datetime | None) -> TimeRef:
        res = resolve(m.text, published, m.rule) or Resolution(m.kind)
        return _to_ref(m.text, m.start, m.end, res)

    @staticmethod
    def _entity_refs(
        doc: Doc, matches: Sequence[TimeMatch], base: datetime | None
    ) -> list[TimeRef]:
        v = vocab()
        out = []
        for ent in doc.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            s, e = ent.start_char, ent.end_char
            if any(m.start < e and s < m.end for m in matches):
                continue
            words = {w.lower() for w in _WORD.findall(ent.text)}
            if not words & v.entity_cue_words or any(p.search(ent.text) for p in v.entity_reject):
                continue
            parsed = parse_point(ent.text, base)
            if parsed is None:
                continue
            value, period = parsed
            if period == "time":
                res = Resolution("point", "time", value, value)
            else:
                unit = period if period in cal.PERIODS else "day"
                start, end = cal.period(unit, value)
                res = Resolution("point", unit, start, end)
            out.append(_to_ref(ent.text, s, e, res))
        return out

    @staticmethod
    def _governing(
        doc: Doc,
        rec: object,
        refs: Sequence[TimeRef],
        heads: Sequence[Token | None],
        bounds: Sequence[tuple[int, int]],
    ) -> TimeRef | None:
        start = getattr(rec, "start", None)
        end = getattr(rec, "end", None)
        if not isinstance(start, int) or not isinstance(end, int):
            return None
        s0, s1 = _sentence_of(bounds, start)
        head = _head_token(doc, start, end)
        best: float | None = None
        chosen = None
        for ref, ref_head in zip(refs, heads, strict=True):
            if ref.kind in _NOT_GOVERNING or ref.start is None or ref.end is None:
                continue
            if ref.start < s0 or ref.end > s1:
                continue
            chars = max(ref.start - end, start - ref.end, 0)
            score = _tree_distance(head, ref_head) + chars / _CHARS_PER_EDGE
            if best is None or score < best:
                best, chosen = score, ref
        return chosen


def _to_ref(text: str, start: int, end: int, res: Resolution) -> TimeRef:
    return TimeRef(
        text=text,
        start=start,
        end=end,
        resolved_start=res.start,
        resolved_end=res.end,
        kind=res.kind,  # type: ignore[arg-type]
        granularity=res.granularity,  # type: ignore[arg-type]
    )


def _published_ref(base: datetime | None) -> TimeRef | None:
    if base is None:
        return None
    return TimeRef(
        text=base.isoformat(),
        resolved_start=base,
        resolved_end=base,
        kind="published",
        granularity="time",
    )


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    if doc.has_annotation("SENT_START"):
        return [(s.start_char, s.end_char) for s in doc.sents]
    out, last = [], 0
    for m in _SENT_END.finditer(doc.text):
        out.append((last, m.end()))
        last = m.end()
    out.append((last, len(doc.text)))
    return out


def _sentence_of(bounds: Sequence[tuple[int, int]], char: int) -> tuple[int, int]:
    i = max(0, bisect_right([b[0] for b in bounds], char) - 1)
    return bounds[i] if bounds else (0, char + 1)


def _head_token(doc: Doc, start: int, end: int) -> Token | None:
    if not doc.has_annotation("DEP"):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _tree_distance(a: Token | None, b: Token | None) -> int:
    """Edges between two tokens in the dependency tree (0 without a parse)."""
    if a is None or b is None:
        return 0
    depth = {a.i: 0}
    for d, anc in enumerate(a.ancestors, 1):
        depth[anc.i] = d
    if b.i in depth:
        return depth[b.i]
    for d, anc in enumerate(b.ancestors, 1):
        if anc.i in depth:
            return depth[anc.i] + d
    return 1000


@Language.factory(
    "nm_time",
    assigns=["doc._.nm_records"],
    requires=["doc._.nm_published"],
    default_config={"use_entities": True},
)
def make_time_tagger(nlp: Language, name: str, use_entities: bool) -> TimeTagger:
    return TimeTagger(use_entities=use_entities)
