"""Keep spaCy's tokenizer linear on hostile input.

The stock English tokenizer splits prefixes and suffixes one character at a time and re-scans
the rest of the string each time, so a run of thousands of ``$`` or ``%`` with no space takes
minutes (quadratic). A run of ``LONG_RUN`` or more non-space characters is never a word, a figure
or a name, so it becomes one token at once. Shorter text tokenizes exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language

LONG_RUN = 200
_LONG = re.compile(r"\S{" + str(LONG_RUN) + ",}").fullmatch


def guard_tokenizer(nlp: Language) -> Language:
    """Make ``nlp.tokenizer`` keep very long non-space runs as single tokens (idempotent)."""
    tokenizer = nlp.tokenizer
    original: Callable[[str], object] | None = getattr(tokenizer, "token_match", None)
    if getattr(original, "_nm_guard", False):
        return nlp

    def token_match(text: str) -> bool:
        return _LONG(text) is not None or (original is not None and original(text) is not None)

    token_match._nm_guard = True  # type: ignore[attr-defined]
    tokenizer.token_match = token_match  # type: ignore[union-attr]
    return nlp
