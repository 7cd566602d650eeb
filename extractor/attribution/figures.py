"""Clean-ups of the number finder's candidates before they are typed.

- A price range ("between $3,120 and $3,380") becomes two figures, each with its own span,
  so each bound can be a low/high record; large (aggregate) ranges stay one figure.
- Two percentages joined by "to"/"-" ("in the 3.75% to 4.00% range") become one range, unless
  the first is a starting point ("from 2% to 5%").
- A coin-denominated count of something else ("35,000 Ether contracts") is not money, nor
  is the quote side of a pair ("ETH/USD daily chart") or a year before a coin name
  ("March 3, 2026 Ether slid").
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.data_tables import load_json
from extractor.numbers.types import MoneyMatch, PercentMatch

_SPLIT = re.compile(r"\s+(?:and|to|or)\s+|\s*[-–—]\s*", re.IGNORECASE)
_PCT_JOIN = re.compile(r"^\s*(?:to|-|–|—)\s*$", re.IGNORECASE)
_DATE_YEAR = re.compile(
    r"(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?|\bq[1-4])"
    r"\s+(?:19|20)\d\d\s+\S+$",
    re.IGNORECASE,
)
_FROM = re.compile(r"\bfrom\s+(?:about |around |roughly |approximately )?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _count_nouns() -> re.Pattern[str]:
    words = load_json("money_types.json")["count_nouns"]
    return re.compile(r"^\s*(?:" + "|".join(words) + r")\b", re.IGNORECASE)


def split_money(
    text: str, money: list[MoneyMatch], coins: frozenset[str], aggregate_from: int
) -> list[MoneyMatch]:
    out: list[MoneyMatch] = []
    counts = _count_nouns()
    for m in money:
        if m.currency in coins and counts.match(text[m.end : m.end + 40]):
            continue
        if m.start > 0 and text[m.start - 1] == "/" and m.text[:1].isalpha():
            continue  # "ETH/USD daily chart": a currency pair, not money
        if m.currency in coins and _DATE_YEAR.search(text[max(0, m.start - 20) : m.end]):
            continue  # "March 3, 2026 Ether …": a date, not 2,025 coins
        if m.value_max is None or m.value_max >= aggregate_from:
            out.append(m)
            continue
        sep = _SPLIT.search(m.text)
        if sep is None:
            out.append(m)
            continue
        a_end = m.start + sep.start()
        b_start = m.start + sep.end()
        out.append(MoneyMatch(m.start, a_end, text[m.start : a_end], m.value, m.currency))
        out.append(MoneyMatch(b_start, m.end, text[b_start : m.end], m.value_max, m.currency))
    return out


def merge_percent_ranges(text: str, pcts: list[PercentMatch]) -> list[PercentMatch]:
    ordered = sorted(pcts, key=lambda p: p.start)
    out: list[PercentMatch] = []
    i = 0
    while i < len(ordered):
        a = ordered[i]
        if i + 1 < len(ordered):
            b = ordered[i + 1]
            gap = text[a.end : b.start]
            if (
                a.value_max is None
                and b.value_max is None
                and a.unit == b.unit
                and _PCT_JOIN.match(gap)
                and not _FROM.search(text[max(0, a.start - 30) : a.start])
                and b.value > a.value
            ):
                out.append(
                    PercentMatch(
                        a.start,
                        b.end,
                        text[a.start : b.end],
                        a.value,
                        b.value,
                        "range",
                        unit=a.unit,
                    )
                )
                i += 2
                continue
        out.append(a)
        i += 1
    return out
