"""Pseudonymous writers known by a handle ("Deep_chart", "ChartMoe").

A handle is one word written with an underscore between letters or in camel case. Camel case
alone also writes firms' names, so a handle counts as a person only where the text gives it a
person's role: a lower-case role word right before it ("Glassnode contributor Deep_chart") or
an appositive with a role right after it ("ChartMoe, a contributor at Glassnode").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from extractor.quotes.attribution import SpeakerRef, speaker_from_tokens
from extractor.quotes.roles import has_role, is_role_word

_UNDERSCORE = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:_+[A-Za-z0-9]+)+_*$")
_CAMEL = re.compile(r"^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+$")
_ROLE_AFTER = re.compile(r"^,\s+(?:a|an|the)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)")


def is_handle_shape(text: str) -> bool:
    return bool(_UNDERSCORE.match(text) or _CAMEL.match(text))


def _titled(tok: Token) -> bool:
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.text.islower() and is_role_word(prev.text):
        return True
    after = doc.text[tok.idx + len(tok.text) : tok.idx + len(tok.text) + 60]
    found = _ROLE_AFTER.match(after)
    return found is not None and has_role(found.group(1))


def handle_mentions(doc: Doc, inside: set[int]) -> list[SpeakerRef]:
    """People written as handles, each with the role and organisation around it."""
    refs: list[SpeakerRef] = []
    for tok in doc:
        if tok.i in inside or not is_handle_shape(tok.text) or not _titled(tok):
            continue
        ref = speaker_from_tokens(doc, tok.i, tok.i + 1)
        refs.append(SpeakerRef(ref.text, ref.start, ref.end, "person", ref.role, ref.organization))
    return refs
