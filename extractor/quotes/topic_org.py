"""The organisation an article is about, for titled speakers whose organisation goes unsaid.

A public officer's title (``body_titles``: "Chair", "Commissioner", "Deputy Attorney General")
with no organisation likewise takes the public body the article names most often (twice or
more; a name with one of ``public_body_words``): "“It’s a new day,” Chair Paula Atkin said" in
an article about the SEC is the SEC's chair. Offices whose holder the gold sets give no
organisation ("President", "Senator", "Treasury Secretary") are not among them.

"Mercurity Fintech Holding is raising $800 million … “…,” CEO Shi Qiu said in the release": the
CEO is the company's, though the sentence never says so. A speaker with a company title
(``company_titles`` in ``quote_cues.json``) and no organisation of their own takes the
organisation the article names most often (at least twice), news outlets, platforms and public
bodies apart.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from extractor.data_tables import load_json
from extractor.quotes.cue_words import public_body_name


@lru_cache(maxsize=1)
def _tables() -> tuple[tuple[str, ...], frozenset[str]]:
    data = load_json("quote_cues.json")
    return tuple(data["company_titles"]), frozenset(data["outlets"] + data["social_platforms"])


def _titles_in(role: str, titles: Iterable[str]) -> list[str]:
    """Which of ``titles`` (lower case) stand in ``role`` as whole words ("ceo" in "co-founder
    and CEO"; not "chair" in "chairman")."""
    lowered = role.lower()
    return [t for t in titles if re.search(rf"(?<![\w-]){re.escape(t)}(?![\w-])", lowered)]


def is_company_title(role: str) -> bool:
    """Whether ``role`` is a title held at a company ("co-founder and CEO", "head of research";
    not "President", "Senator", "analyst")."""
    titles, _ = _tables()
    return bool(_titles_in(role, titles))


def times_named(name: str, text: str) -> int:
    """How often ``name`` stands in ``text`` as a whole word or phrase."""
    return len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text))


#: A company's legal form after its name, which the article drops after the first mention.
_LEGAL_SUFFIX = re.compile(
    r",?\s+(?:Inc|Ltd|Corp|Co|LLC|PLC|plc|AG|SA|NV|SE|Limited|Holdings|Corporation)\.?$"
)


def topic_organization(text: str, organizations: list[str], acronyms: dict[str, str]) -> str | None:
    """The organisation named most often in ``text`` (twice or more), or None.

    ``organizations`` are the names found in the article (full names); a defined acronym's
    uses count for its full name."""
    _, outlets = _tables()
    counts: Counter[str] = Counter()
    short = {full: acronym for acronym, full in acronyms.items()}
    for name in organizations:
        if name in outlets or len(name) < 2:
            continue
        n = times_named(name, text)
        if name in short:
            n += times_named(short[name], text)
        bare = _LEGAL_SUFFIX.sub("", name)
        if bare != name and len(bare) >= 2:
            n = max(n, times_named(bare, text))  # "Canaan Inc", written "Canaan" after
        counts[name] = n
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], -organizations.index(k)))
    return best if counts[best] >= 2 else None


def body_words(role: str) -> list[str] | None:
    """For a title held at a public body ("Chair", "Deputy Attorney General"), the words one
    of which the body's name must have (empty: any body); None for any other title."""
    titles: dict[str, list[str]] = load_json("quote_cues.json")["body_titles"]
    found = _titles_in(role, titles)
    if not found:
        return None
    return titles[max(found, key=len)]  # "deputy attorney general" over "general"


def public_body(
    text: str, organizations: list[str], acronyms: dict[str, str], wanted: list[str]
) -> str | None:
    """The public body named most often in ``text`` (twice or more) whose name has one of
    ``wanted`` (any, when empty), or None. A title's own kind of body named once is enough
    when the article names no other of that kind ("Norland’s Supreme Court … Justice Kantele
    said": the court's justice)."""
    bodies = [
        o
        for o in organizations
        if public_body_name(o) and (not wanted or set(wanted) & set(re.findall(r"\w+", o)))
    ]
    if wanted and len(bodies) == 1 and times_named(bodies[0], text):
        return bodies[0]
    return topic_organization(text, bodies, acronyms) if bodies else None
