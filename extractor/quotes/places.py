"""Places and nationalities (``places.txt``, ``nationalities.txt``), and coins, which are never a
person's organisation.

A place says where a person works or holds office, not for whom: it stays in the title ("Ohio
Governor", "senator from Ohio", "Silicon Valley veteran") and the organisation is left null, as
the gold sets label it ("US President": no organisation). A nationality adjective alone
("American analyst") never names an organisation either. A public body is an organisation
("Ohio Senate", "US Treasury"): the whole name is no place.
"""

from __future__ import annotations

import re
from functools import cache

from extractor.data_tables import load_json, load_lines
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


@cache
def _offices_longest_first() -> tuple[str, ...]:
    return tuple(sorted(cue_words("public_offices"), key=len, reverse=True))


def without_offices(role: str) -> str:
    """A role with its public offices taken out ("ceo and" of "CEO and President"; "" of
    "Vice President")."""
    rest = f" {role.lower()} "
    for office in _offices_longest_first():
        rest = rest.replace(f" {office} ", " ")
    return rest.strip()


@cache
def _coins() -> frozenset[str]:
    """Crypto tickers ("BTC") and the coin names no firm is called (``coin_names``)."""
    tickers = {a["ticker"] for a in load_json("assets.json")["assets"] if a["kind"] == "crypto"}
    return frozenset(tickers | set(cue_words("coin_names")))


def is_coin(text: str | None) -> bool:
    """Whether ``text`` is a coin's ticker or a coin-only name ("BTC", "Ether’s")."""
    return bool(text) and _POSSESSIVE.sub("", str(text).strip(" ,;:")) in _coins()


def _a_place(text: str) -> bool:
    return is_nationality(text) or is_place(text)


def places_only(text: str | None) -> bool:
    """Whether ``text`` is a place or nationality, or two of them in a row ("Manhattan US")."""
    if not text:
        return False
    if _a_place(text):
        return True
    words = text.split()
    return len(words) <= 4 and any(
        _a_place(" ".join(words[:k])) and _a_place(" ".join(words[k:]))
        for k in range(1, len(words))
    )


def not_an_employer(org: str | None) -> bool:
    """Whether ``org`` must not stand as a person's organisation: a place or a nationality, or
    two of them ("Manhattan US Attorney": where the office is)."""
    return places_only(org)


def role_head(role: str) -> str:
    """The words of a role before its first preposition ("head" of "head of … affairs")."""
    return re.split(r"\s(?:of|at|for|from|with)\s", role, maxsplit=1)[0]


def no_employer(role: str | None, org: str | None) -> bool:
    """Whether ``org``, written with ``role``, names no employer: a place or nationality
    ("American analyst", "Silicon Valley veteran"), except the place whose office the role
    is (``place_offices``: "New York City Mayor" works for the city)."""
    if not not_an_employer(org):
        return False
    office = role is not None and role_head(role).lower() in cue_words("place_offices")
    return not (office and org is not None and is_place(org))
