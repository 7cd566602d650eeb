"""The shape of a pseudonymous handle ("Deep_chart", "ChartMoe") and the role that makes it a
person's (see :mod:`extractor.quotes.handles`)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from extractor.quotes.roles import has_role, is_role_word

_UNDERSCORE = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:_+[A-Za-z0-9]+)+_*$")
_CAMEL = re.compile(r"^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+$")
_ROLE_AFTER = re.compile(r"^,\s+(?:a|an|the)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)")


def is_handle_shape(text: str) -> bool:
    return bool(_UNDERSCORE.match(text) or _CAMEL.match(text))


def titled_handle(tok: Token) -> bool:
    """A handle the text gives a person's role, before it or in an appositive after it."""
    if not is_handle_shape(tok.text):
        return False
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.text.islower() and is_role_word(prev.text):
        return True
    after = doc.text[tok.idx + len(tok.text) : tok.idx + len(tok.text) + 60]
    found = _ROLE_AFTER.match(after)
    return found is not None and has_role(found.group(1))
