"""Acronyms an article defines: "the Nordic Ledger Council (NLC)" makes "NLC" that council.

A speaker's organisation written as the acronym ("policy lead at the NLC") is reported under
the full name the article introduced, so that every mention of one organisation reads alike.
Well-known clipped names ("the Fed") are reported under their full names too. Pure string
functions.
"""

from __future__ import annotations

import re
from functools import cache

from extractor.data_tables import load_json

#: A capitalised run (small linking words allowed inside) right before "(ACRONYM)".
_DEFINITION = re.compile(
    r"((?:[A-Z][\w&.’'-]*\s+(?:(?:of|for|and|the|de|on|&)\s+)*){0,7}[A-Z][\w&.’'-]*)"
    r"\s*\(\s*([A-Z][A-Za-z]{1,7})\s*\)"
)
_GLUE = frozenset({"of", "for", "and", "the", "de", "on", "&"})
#: Company-form words an acronym may leave out: "GD Culture Group (GDC)".
_SUFFIXES = frozenset(
    {"group", "holding", "holdings", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "plc", "llc"}
)


def spells(acronym: str, words: list[str]) -> bool:
    """Whether the letters of ``acronym`` run through ``words`` in order: every capitalised word
    gives its initial and maybe more of its letters ("European" → "EU" in "EUCI"); linking
    words ("of", "and") and a final company form ("Group", "Inc") may give their initial or
    nothing."""
    letters = acronym.lower()
    lowered = [w.lower() for w in words]

    def go(i: int, k: int) -> bool:
        if k == len(lowered):
            return i == len(letters)
        word = lowered[k]
        if word in _GLUE or (word in _SUFFIXES and k == len(lowered) - 1):
            return go(i, k + 1) or (i < len(letters) and word[0] == letters[i] and go(i + 1, k + 1))
        if i >= len(letters) or word[0] != letters[i]:
            return False
        i, pos = i + 1, 1
        while True:
            if go(i, k + 1):
                return True
            if i >= len(letters):
                return False
            pos = word.find(letters[i], pos)
            if pos < 0:
                return False
            i, pos = i + 1, pos + 1

    return go(0, 0)


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronym → full name, for every "Full Name (ACR)" written in ``text``."""
    found: dict[str, str] = {}
    for m in _DEFINITION.finditer(text):
        acronym, words = m[2], m[1].split()
        if acronym in found or not acronym[:1].isupper() or sum(c.isupper() for c in acronym) < 2:
            continue
        # The shortest tail of the run that spells the acronym ("… by the US Federal Reserve
        # (Fed)" is not one; "Nordic Ledger Council (NLC)" is).
        for k in range(len(words) - 1, -1, -1):
            tail = words[k:]
            if tail[0].lower() in _GLUE:
                continue
            if spells(acronym, tail):
                found[acronym] = _full_name(tail)
                break
        else:
            ticker = _ticker_of(acronym, words)
            if ticker is not None:
                found[acronym] = ticker
    return found


#: A firm's abbreviated ending → the ending written out ("Norr Rai Corp." is "Norr Rai
#: Corporation" where the article writes that).
COMPANY_FORMS = {"Corp": "Corporation", "Co": "Company", "Ltd": "Limited", "Inc": "Incorporated"}
_WRITTEN_OUT = re.compile(
    r"\b((?:[A-Z][\w&’'-]*\s+){1,3})(" + "|".join(COMPANY_FORMS.values()) + r")\b"
)


def company_forms(text: str) -> dict[str, str]:
    """ "Norr Rai Corp." → "Norr Rai Corporation", for every firm ``text`` names with its
    ending written out (and with and without the abbreviation's period)."""
    found: dict[str, str] = {}
    long_to_short = {v: k for k, v in COMPANY_FORMS.items()}
    for m in _WRITTEN_OUT.finditer(text):
        stem = " ".join(m[1].split())
        short = f"{stem} {long_to_short[m[2]]}"
        found.setdefault(short + ".", f"{stem} {m[2]}")
        found.setdefault(short, f"{stem} {m[2]}")
    return found


def _ticker_of(ticker: str, words: list[str]) -> str | None:
    """ "BTC Digital (BTCT)", "Coinbase (COIN)": a firm's stock ticker, all capitals, whose
    letters run in order through the last one to three words of the name before it, its first
    two letters opening them (not an acronym, whose letters are the words' initials)."""
    if not (3 <= len(ticker) <= 5 and ticker.isupper() and ticker.isalpha()):
        return None
    for k in range(max(0, len(words) - 3), len(words)):
        tail = words[k:]
        if tail[0].lower() in _GLUE or tail[0][:2].upper() != ticker[:2]:
            continue  # (not "SIX Digital Exchange (SDX)": an abbreviation, no ticker)
        letters = iter(" ".join(tail).upper())
        if all(c in letters for c in ticker):
            return _full_name(tail)
    return None


def _full_name(words: list[str]) -> str:
    """The name the words before "(ACR)" write, without a possessive ending ("the Securities
    and Exchange Commission’s (SEC) Division": not the "’s")."""
    return re.sub(r"[’']s?$", "", " ".join(words))


#: Lower-case words (hyphenated ones give an initial per part) right before "(ACRONYM)".
_TERM_DEFINITION = re.compile(
    r"\b((?:[a-z][a-z-]*\s+){0,5}[a-z][a-z-]*)\s*\(\s*([A-Z][A-Za-z]{1,7})\s*\)"
)


def term_acronyms(text: str) -> frozenset[str]:
    """Acronyms ``text`` defines by lower-case words ("domain name system (DNS)", "decentralized
    finance (DeFi)", "exchange-traded fund (ETF)"): terms, never anyone's name."""
    found: set[str] = set()
    for m in _TERM_DEFINITION.finditer(text):
        acronym = m[2]
        capitals = [c.lower() for c in acronym if c.isupper()]
        initials = [part[0] for part in re.split(r"[\s-]+", m[1]) if part]
        if len(capitals) >= 2 and initials[-len(capitals) :] == capitals:
            found.add(acronym)
            if acronym.endswith("s") and acronym[:-1].isupper():
                found.add(acronym[:-1])  # "digital currencies (CBDCs)": "the CBDC" too
    return frozenset(found)


def lower_defined(text: str) -> frozenset[str]:
    """Capitals ``text`` defines in parentheses right after lower-case words, whatever their
    initials ("its bitcoin dollar (NRBD)", "a 19.9 megawatt (MW) site"): a product's or a
    term's short form, never the firm an article is about."""
    return frozenset(m[2] for m in _TERM_DEFINITION.finditer(text) if m[2].isupper())


@cache
def short_names() -> dict[str, str]:
    """Clipped names the press uses undefined ("Fed") → the full name (``org_short_names.json``)."""
    return dict(load_json("org_short_names.json")["names"])


def expand(name: str, acronyms: dict[str, str]) -> str:
    """``name`` under its full name when it is an acronym the article defines ("the NLC" → the
    council) or a well-known clipped name ("the Fed" → "Federal Reserve")."""
    bare = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    full = acronyms.get(bare) or short_names().get(bare)
    if full is not None:
        return full
    if " " in bare:
        # "Investment Commission" cut from "the Australian Securities and Investment
        # Commission (ASIC)": the defined name it ends
        tails = [f for f in acronyms.values() if f.endswith(" " + bare) and " and " in f]
        if len(tails) == 1:
            return tails[0]
    return name


#: Country words a body's full name may open with that its acronym leaves out ("US
#: Securities and Exchange Commission", written "SEC").
_COUNTRY_LEADS = frozenset({"US", "U.S.", "UK", "U.K.", "EU"})


def implied_acronyms(text: str, names: list[str]) -> dict[str, str]:
    """Acronym → full name for capitals ``text`` writes that spell the initials of one of
    ``names`` (organisations the article names in full), whether or not the article defines
    them in brackets ("The US Securities and Exchange Commission …. The SEC said"). An
    acronym two names would spell stays as written."""
    written = set(re.findall(r"\b[A-Z]{2,6}\b", text))
    found: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        if len(words) < 2 or not all(w[:1].isupper() or w in _GLUE for w in words):
            continue
        tails = [words, words[1:]] if words[0] in _COUNTRY_LEADS else [words]
        for tail in tails:
            initials = "".join(w[0] for w in tail if w[:1].isupper())
            if len(initials) >= 2 and initials in written and initials != name:
                found.setdefault(initials, set()).add(name)
    return {short: next(iter(full)) for short, full in found.items() if len(full) == 1}
