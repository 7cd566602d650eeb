"""Load the data tables (currencies, scale words, qualifiers) once, at import."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@cache
def load(name: str) -> dict[str, Any]:
    """Return the parsed JSON table `extractor/data/<name>.json`."""
    with (DATA_DIR / f"{name}.json").open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def alternation(phrases: Iterable[str], flexible_space: bool = True) -> str:
    """A regex matching any of the literal phrases, the longest possible first.

    Built as a trie (`t(?:en|wo|h(?:ree|irty))`) so the engine rejects a position after a
    character or two instead of trying every phrase. With `flexible_space`, a space in a
    phrase matches any run of whitespace.
    """
    trie: dict[str, Any] = {}
    for phrase in set(phrases):
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _emit(trie, flexible_space) + ")"


def _emit(node: dict[str, Any], flexible_space: bool) -> str:
    branches = []
    for ch in sorted(k for k in node if k):
        token = r"\s+" if ch == " " and flexible_space else re.escape(ch)
        branches.append(token + _emit(node[ch], flexible_space))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a phrase may end here: the longer continuation is optional
        return f"(?:{body})?"
    return body
