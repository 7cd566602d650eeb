"""The regular grammar of time expressions, built from the vocabulary table.

Each :class:`Rule` has a ``core`` pattern (the expression itself, used to resolve an expression
text on its own) and optional context guards around it (used only when searching a text, e.g.
a bare year counts only after "in"/"since"). Month and weekday names are case-sensitive
(capitalised), everything else is case-insensitive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractor.timeparse.vocab import TimeVocab, vocab


@dataclass(frozen=True)
class Rule:
    """One kind of expression. ``anchor`` (with reach ``back``/``ahead`` in characters) is a
    cheap pattern every match contains: the finder runs ``search`` only around its hits."""

    name: str
    kind: str  # point | window | since | duration
    search: re.Pattern[str]
    core: re.Pattern[str]
    anchor: re.Pattern[str] | None = None
    back: int = 0
    ahead: int = 0


def _alt(words: object, *, escape: bool = True) -> str:
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    parts = [re.escape(w).replace(r"\ ", r"\s+") if escape else w for w in items]
    return "(?:" + "|".join(parts) + ")"


def _after_word(words: object) -> str:
    """A guard: one of ``words`` then a space or '-' (consumed; the span is the core's)."""
    return r"\b" + _alt(words) + r"[ -]"


def _build(v: TimeVocab) -> tuple[Rule, ...]:
    month_full = "(?-i:" + _alt(v.months) + r")\b"
    month_any = "(?-i:" + _alt(v.months) + r"\b|" + _alt(v.month_abbreviations) + r"(?:\.|\b))"
    month_plain = "(?-i:" + _alt(set(v.months) - set(v.ambiguous_month_names)) + r")\b"
    month_ambiguous = "(?-i:" + _alt(v.ambiguous_month_names) + r")\b"
    weekday = "(?-i:" + _alt(v.weekdays) + r")\b"
    year = r"(?:19|20)\d{2}(?!\d|,\d)"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d,.]\d|\d)"
    qty = (
        r"\b(?:" + _alt(list(v.vague_numbers) + list(v.number_words))[3:-1] + r"|\d{1,4}(?:\.\d+)?)"
    )
    qty_no_a = (
        r"\b(?:"
        + _alt(list(v.vague_numbers) + [w for w in v.number_words if w not in ("a", "an")])[3:-1]
        + r"|\d{1,4}(?:\.\d+)?)"
    )
    unit = _alt(v.units) + r"\b"
    mod = _alt(v.quantity_modifiers)
    part = _alt(v.day_parts) + r"\b"
    dirs = _alt(v.window_past + v.window_future)
    edges = _alt(v.period_edges)
    events = _alt(v.since_events)
    dets = _alt(v.since_determiners)
    blockers = _alt(v.the_unit_blockers)
    since_verbs = _alt(v.since_clause_verbs)
    q_ord = _alt(v.quarter_ordinals)
    h_ord = _alt(v.half_ordinals)
    not_money = r"(?<![\d$€£¥.,/])"
    zones = "(?-i:" + _alt(v.clock_zones) + ")"
    clock_words = "(?-i:" + _alt(v.clock_words) + ")"  # "Midnight" is also a project name

    specs: list[tuple[str, str, str, str, str]] = [
        # name, kind, guard before, core, guard after
        (
            "iso",
            "point",
            r"\b",
            r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?",
            r"(?![\d-])",
        ),
        (
            "slash",
            "point",
            not_money,
            r"\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|(?:19|20)\d{2}/\d{1,2}/\d{1,2}",
            r"(?![\d/%])",
        ),
        (
            "mdate",
            "point",
            "",
            rf"(?:(?P<wd>{weekday}),?\s+)?(?P<month>{month_any})\s+(?P<day>{day})"
            rf"(?:,?\s+(?P<year>{year}))?",
            "",
        ),
        (
            "dmdate",
            "point",
            "",
            rf"(?:(?P<wd>{weekday}),?\s+)?(?:the\s+)?{not_money}(?P<day>{day})\s+(?:of\s+)?"
            rf"(?P<month>{month_any})(?:,?\s+(?P<year>{year}))?",
            "",
        ),
        ("monthyear", "point", "", rf"(?P<month>{month_any})\s+(?P<year>{year})", ""),
        (
            "edge_my",
            "point",
            "",
            rf"(?:(?P<edge>early|mid|late)[-\s]+|(?:the\s+)?(?P<edge2>{edges})\s+of\s+)"
            rf"(?:(?P<month>{month_full})(?:,?\s+(?P<year>{year}))?|(?P<yonly>{year}))",
            "",
        ),
        (
            "edge_period",
            "point",
            "",
            rf"(?:the\s+)?(?P<edge>{edges})\s+of\s+(?P<rel>this|last|next|previous|current|the)"
            r"\s+(?P<unit>week|month|year|quarter|day)\b",
            "",
        ),
        (
            "quarter",
            "point",
            r"\b",
            rf"(?:(?-i:Q(?P<q>[1-4]))|(?:the\s+)?(?P<ord>{q_ord})\s+quarter|(?-i:(?P<q2>[1-4])Q))"
            rf"(?:\s*(?:of\s+)?(?:(?P<rel>this|last|next)\s+year|the\s+year|(?P<year>{year}))"
            r"|\s*'(?P<yy>\d{2})|(?P<yy2>\d{2})(?!\d)|\s+(?-i:FY)\s?(?P<fy>\d{4}|\d{2}))?",
            r"\b",
        ),
        (
            "half",
            "point",
            r"\b",
            rf"(?:(?-i:H(?P<h>[12]))|(?:the\s+)?(?P<hord>{h_ord})\s+half)\s+(?:of\s+)?"
            rf"(?:(?P<rel>this|last|next|the)\s+year|(?P<year>{year}))",
            "",
        ),
        (
            "todate",
            "window",
            r"\b",
            r"(?:(?P<ytd>year-to-date|(?-i:YTD))|(?P<mtd>month-to-date|(?-i:MTD))"
            r"|(?P<wtd>week-to-date)|so\s+far\s+this\s+(?P<unit>week|month|quarter|year))",
            r"\b",
        ),
        (
            "ago",
            "point",
            r"(?<![-\w,.])",
            rf"(?:(?P<mod>{mod})\s+)?(?:(?P<qty>{qty})\s+)?(?P<unit>{unit})\s+"
            r"(?P<ago>ago|earlier|before|later)",
            r"\b",
        ),
        (
            "window",
            "window",
            r"\b",
            rf"(?:the\s+)?(?P<dir>{dirs})\s+(?:(?P<qty>{qty})(?:\s+|-(?=\w+\s+period))"
            rf"(?:(?:full|straight|consecutive|trading)\s+)?(?P<unit>{unit})"
            r"|(?P<qtyd>\d{1,3})(?P<short>h|hrs?|d)\b)",
            "",
        ),
        (
            "window_the",
            "window",
            r"\b",
            rf"the\s+(?P<dir>{dirs})\s+(?P<unit>{unit})",
            r"(?!\s+of\b)",
        ),
        ("recent", "window", r"\b", rf"recent\s+(?P<unit>{unit})", ""),
        (
            "relday",
            "point",
            r"\b",
            r"(?:(?P<mod>earlier|later)\s+)?(?P<word>yesterday|today|tonight|tomorrow)"
            rf"(?:\s+(?P<part>{part}))?",
            r"\b",
        ),
        (
            "thispart",
            "point",
            r"\b",
            r"(?:(?P<mod>earlier|later|early|late)\s+)?(?P<rel>this|last)\s+"
            r"(?P<part>morning|afternoon|evening|night)",
            r"\b",
        ),
        (
            "period",
            "point",
            r"\b",
            r"(?:(?P<mod>earlier|later|so\s+far|early|late|mid)\s+)?"
            r"(?P<rel>this\s+past|this|last|next|the\s+previous|the\s+prior|the\s+preceding"
            r"|the\s+current|the\s+following|past)\s+(?P<unit>weekend|week|month|year|quarter)",
            r"\b(?!-)",
        ),
        (
            "weekday",
            "point",
            "",
            rf"(?:(?P<rel>last|this|next|past|early|late)\s+)?(?P<wd>{weekday})"
            rf"(?:\s+(?P<part>{part}))?",
            "",
        ),
        (
            "month_alone",
            "point",
            "",
            rf"(?:(?P<rel>last|this|next|past)\s+)?(?P<month>{month_plain})",
            r"(?!\s*\d)",
        ),
        (
            "month_ambiguous",
            "point",
            _after_word(v.month_alone_prepositions),
            rf"(?P<month>{month_ambiguous})",
            r"(?!\s*\d)",
        ),
        (
            "month_ambiguous",
            "point",
            "",
            rf"(?P<month>{month_ambiguous})(?=['’]s\b)",
            "",
        ),
        (
            "year",
            "point",
            _after_word(v.month_alone_prepositions),
            rf"(?P<year>{year})",
            r"(?!\s*(?:%|percent|-))",
        ),
        (
            "the_unit",
            "point",
            _after_word(v.the_unit_prepositions),
            r"the\s+(?P<unit>day|week|month|year|quarter|weekend)\b",
            rf"(?!\s+{blockers}\b)(?!-)",
        ),
        (
            "clock",
            "point",
            r"(?<![\d:$.,])",
            r"(?:(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?(?::(?P<s>[0-5]\d))?\s*"
            r"(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)"
            rf"|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?::(?P<s24>[0-5]\d))?(?=\s*{zones}\b)"
            rf"|\b(?P<word>{clock_words})\b)(?:\s*\(?(?P<tz>{zones})\b\)?)?",
            "",
        ),
        (
            "now",
            "point",
            r"\b",
            r"currently|right\s+now|now|at\s+press\s+time|at\s+the\s+time\s+of\s+(?:writing|press)"
            r"|as\s+of\s+(?:this\s+)?writing|at\s+the\s+moment",
            r"\b(?!\s+that\b)(?!-)",
        ),
        (
            "the_unit",
            "point",
            "",
            r"the\s+(?P<unit>day|week|month|year|quarter|weekend)(?=['’]s\b)|the\s+(?P<unit2>weekend)\b",
            "",
        ),
        (
            "in_the_unit",
            "point",
            r"\b",
            r"(?P<mod>earlier|later)\s+in\s+the\s+(?P<unit>day|week|month|year|quarter|session)",
            r"\b",
        ),
        (
            "overnight",
            "point",
            r"\b",
            r"overnight",
            r"\b(?!-)",
        ),
        (
            "since_event",
            "since",
            r"\b",
            rf"since\s+{dets}\s+(?:[A-Za-z.]+\s+)?(?P<event>{events})",
            r"\b",
        ),
        (
            "since_clause",
            "since",
            r"\b",
            rf"since\s+(?:(?!{since_verbs}\b)[\w.'’-]+\s+){{1,4}}{since_verbs}"
            r"(?:\s+(?!(?:and|but|while|as|when|to)\b)[\w'’-]+){0,5}",
            r"(?=\s*[,.;:!?)]|\s+(?:and|but|while|as|when)\b|$)",
        ),
        (
            "duration",
            "duration",
            r"(?<![-\w$,.])",
            rf"(?:(?P<mod>{mod})\s+)?(?P<qty>{qty_no_a})\s+"
            rf"(?:(?:full|straight|consecutive|trading|more)\s+)?(?P<unit>{unit})",
            r"(?![-\w])",
        ),
    ]
    months_any = "(?-i:" + _alt(list(v.months) + list(v.month_abbreviations)) + ")"
    unit_words = r"\b" + unit
    anchors: dict[str, tuple[str, int, int]] = {
        "iso": (r"\d-\d\d-\d", 8, 40),
        "slash": (r"\d/\d", 6, 10),
        "mdate": (months_any, 16, 16),
        "dmdate": (months_any, 32, 12),
        "edge_my": (r"\b(?:early|mid|late|" + edges[3:], 4, 40),
        "edge_period": (r"\b" + edges, 4, 40),
        "quarter": (r"quarter|(?-i:Q[1-4]|[1-4]Q)", 24, 24),
        "half": (r"half|(?-i:H[12])", 16, 24),
        "todate": (r"to-date|(?-i:YTD|MTD)|so\s+far", 12, 28),
        "ago": (r"\b(?:ago|earlier|before|later)\b", 60, 0),
        "window": (r"\b" + dirs, 4, 48),
        "window_the": (r"\b" + dirs, 4, 32),
        "recent": (r"\brecent\b", 0, 24),
        "relday": (r"\b(?:yesterday|today|tonight|tomorrow)\b", 10, 14),
        "thispart": (r"\b(?:morning|afternoon|evening|night)\b", 24, 0),
        "period": (r"\b(?:weekend|week|month|year|quarter)\b", 32, 0),
        "weekday": (weekday, 8, 14),
        "month_alone": (month_plain, 6, 2),
        "month_ambiguous": (month_ambiguous, 12, 2),
        "year": (r"(?:19|20)\d{2}", 12, 2),
        "the_unit": (r"\b(?:day|week|month|year|quarter|weekend)\b", 24, 4),
        "clock": (r"\d[:\s]*[ap]\.?m\b|\d:\d\d|\b(?:midnight|noon|midday)\b", 10, 16),
        "now": (r"\b(?:currently|now|press|writing|moment)\b", 24, 8),
        "since_event": (r"\bsince\b", 0, 48),
        "in_the_unit": (r"\b(?:earlier|later)\b", 0, 32),
        "overnight": (r"\bovernight\b", 0, 1),
        "since_clause": (r"\bsince\b", 0, 200),
        "duration": (unit_words, 48, 2),
    }
    rules = []
    for name, kind, before, core, after in specs:
        anchor = anchors.get(name)
        rules.append(
            Rule(
                name=name,
                kind=kind,
                search=re.compile(before + "(?P<core_>" + core + ")" + after, re.IGNORECASE),
                core=re.compile(core, re.IGNORECASE),
                anchor=re.compile(anchor[0], re.IGNORECASE) if anchor else None,
                back=anchor[1] if anchor else 0,
                ahead=anchor[2] if anchor else 0,
            )
        )
    return tuple(rules)


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """Every rule, in priority order (earlier wins a tie on length)."""
    return _build(vocab())


def rule_named(name: str) -> Rule:
    for rule in rules():
        if rule.name == name:
            return rule
    raise KeyError(name)
