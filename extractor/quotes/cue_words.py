"""The word lists of ``quote_cues.json`` (its ``_comment`` says what each list is for)."""

from __future__ import annotations

import re
from functools import cache

from extractor.data_tables import load_json


@cache
def cue_words(table: str) -> frozenset[str]:
    """One word list of ``quote_cues.json``, read once: "region_words", "relation_nouns", …"""
    return frozenset(load_json("quote_cues.json")[table])


def known_firm(name: str) -> bool:
    """Whether a name starts with a well-known firm's ("Binance", "Binance Pay"), which the
    statistical model often tags as a person (``known_firms``)."""
    words = name.split()
    return bool(words) and words[0] in cue_words("known_firms")


def person_named_firm(name: str) -> bool:
    """Whether a name starts with a firm's that reads like a person's ("Morgan Stanley",
    ``person_named_firms``)."""
    return any(
        name == firm or name.startswith(firm + " ") for firm in cue_words("person_named_firms")
    )


def speaking_issuer(name: str) -> bool:
    """Whether a coin's name is also the firm's or DAO's that issues it and speaks for it
    ("Tether said"; ``speaking_issuers``)."""
    return name in cue_words("speaking_issuers")


def persons_title(role: str | None) -> bool:
    """Whether a title is one only a person holds, by its last word ("popular trader and
    analyst"; ``person_titles``): not a plural ("Norrfin analysts" may be the firm's voice)."""
    words = (role or "").lower().split()
    return bool(words) and words[-1] in cue_words("person_titles")


def attitude_role(role: str | None) -> bool:
    """Whether a role tells a stance, not a job, by its last word ("a longtime critic";
    ``attitude_roles``)."""
    words = (role or "").lower().split()
    return bool(words) and words[-1] in cue_words("attitude_roles")


def no_job_role(role: str | None) -> bool:
    """Whether a role tells a stance or a status, not a job ("longtime critic", "tech
    billionaire": ``attitude_roles``, ``status_roles``)."""
    words = (role or "").lower().split()
    return attitude_role(role) or (bool(words) and words[-1] in cue_words("status_roles"))


@cache
def gendered_pronouns() -> frozenset[str]:
    """ "he", "she" and their other forms (``gender_cues.json``): only a person is one."""
    return frozenset(load_json("gender_cues.json")["pronouns"])


def public_body_name(name: str) -> bool:
    """Whether a name is a public body's: one of its words is in ``public_body_words``
    ("Securities and Exchange Commission", "the SEC", "US Treasury")."""
    public = cue_words("public_body_words")
    # ("European Central Bank", "Central Bank of Norrland": a central bank is a public body)
    return any(w.strip(".,") in public for w in name.split()) or "central bank" in name.lower()


_WORDS_BEFORE = re.compile(r"(?:^|\s)(?:(\S+)\s+)?([a-z]+)\s+(?:The\s+)?$")


def introduced_as_org(text: str, start: int) -> bool:
    """ "hacking group Maren Dahl", "trading resource The Norrvik Letter": a name that a firm's
    or group's noun introduces (``org_intro_nouns``; not "head of research Jo Park": a title's
    "of" before it)."""
    before = _WORDS_BEFORE.search(text[max(0, start - 40) : start])
    return (
        before is not None
        and before.group(2) in cue_words("org_intro_nouns")
        and (before.group(1) or "").lower() != "of"
    )
