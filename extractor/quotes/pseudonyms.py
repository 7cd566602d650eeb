"""Pseudonyms written as "X of Y": "analyst Owl of the Fjords", "trader Baron of Charts".

Crypto commentators often go by such names. The model stops the name at "of" ("Owl") and the
"of Y" then reads like an employer. A short name right after a lower-case title, followed by
"of [the] Y" where Y is one capitalised word that is no organisation the model found and the
name does not start with a known first name ("Jane Doe of Acme" is a person and a firm), is
taken whole. Pure function over the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from extractor.data_tables import load_json, load_lines


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Common given names, lower case (``gender_cues.json``)."""
    names: dict[str, list[str]] = load_json("gender_cues.json")["first_names"]
    return frozenset(n for group in names.values() for n in group)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names from many languages, lower case, ordinary words left out
    (``given_names.txt``), and the common ones of :func:`first_names`."""
    return frozenset(load_lines("given_names.txt")) | first_names()


def of_names(
    text: str,
    names: Iterable[str],
    is_title: Callable[[str], bool],
    org_at: Callable[[int], bool],
) -> dict[str, str]:
    """Short name → its full "X of Y" form, for every such pseudonym written in ``text``.

    ``is_title(word)`` says whether a lower-case word is a role ("analyst"); ``org_at(i)``
    whether the model found an organisation at character ``i``.
    """
    found: dict[str, str] = {}
    # "analyst Titan of Crypto": a word the article also writes in lower case is no firm's
    # name, whatever the model's label for it.
    common = set(re.findall(r"\b[a-z][a-z-]+\b", text))
    for name in names:
        words = name.split()
        if not 1 <= len(words) <= 2 or words[0].lower() in first_names():
            continue
        pattern = re.compile(
            r"\b([a-z][\w-]*)\s+" + re.escape(name) + r"\s+of\s+((?:the\s+)?([A-Z][a-z]+))"
            r"(?=\s*[.,;:!?]|\s+[a-z])"
        )
        for m in pattern.finditer(text):
            if is_title(m[1]) and (not org_at(m.start(3)) or m[3].lower() in common):
                found[name] = f"{name} of {m[2]}"
                break
        # "— Titan of Norr (@handle) May 17": a post's signature gives the whole name.
        signed = re.search(
            r"[—–-]\s*" + re.escape(name) + r"\s+of\s+((?:the\s+)?[A-Z][\w]+)\s*\(@", text
        )
        if name not in found and signed is not None:
            found[name] = f"{name} of {signed[1]}"
    return found
