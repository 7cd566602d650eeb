"""Places and nationalities (``places.txt``, ``nationalities.txt``), and when one is a person's
organisation.

A place is the organisation only of someone holding a public office there ("Ohio Governor",
"Senator … of Ohio": the state's government). With any other title it says where the person
works, not for whom ("Silicon Valley veteran"); a nationality adjective alone ("American
analyst") never names an organisation.
"""

from __future__ import annotations

import re
from functools import cache

from extractor.data_tables import load_lines
from extractor.quotes.cue_words import cue_words

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


@cache
def _table(name: str) -> frozenset[str]:
    return frozenset(line.casefold() for line in load_lines(name))


def _key(text: str) -> str:
    return _POSSESSIVE.sub("", text.strip(" ,;:")).strip().rstrip(".").casefold()


def is_place(text: str | None) -> bool:
    """Whether ``text`` is a place name as a whole ("U.S.", "the Netherlands", "Ohio's")."""
    return bool(text) and _key(str(text)) in _table("places.txt")


def is_nationality(text: str | None) -> bool:
    """Whether ``text`` is a nationality adjective as a whole ("American", "South Korean")."""
    return bool(text) and _key(str(text)) in _table("nationalities.txt")


def holds_office(role: str | None) -> bool:
    """Whether a role is a public office ("US President", "state senator", "Attorney General")."""
    if not role:
        return False
    words = " " + " ".join(role.casefold().split()) + " "
    return any(f" {office} " in words for office in cue_words("public_offices"))


def not_an_employer(org: str | None, role: str | None) -> bool:
    """Whether ``org``, found with ``role``, must not stand as the person's organisation."""
    return is_nationality(org) or (is_place(org) and not holds_office(role))
