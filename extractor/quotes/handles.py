"""Pseudonymous writers known by a handle ("Deep_chart", "ChartMoe").

A handle is one word written with an underscore between letters or in camel case. Camel case
alone also writes firms' names, so a handle counts as a person only where the text gives it a
person's role: a lower-case role word right before it ("Glassnode contributor Deep_chart") or
an appositive with a role right after it ("ChartMoe, a contributor at Glassnode").
"""

from __future__ import annotations

from spacy.tokens import Doc

from extractor.quotes.attribution import SpeakerRef, speaker_from_tokens
from extractor.quotes.handle_shape import titled_handle


def handle_mentions(doc: Doc, inside: set[int]) -> list[SpeakerRef]:
    """People written as handles, each with the role and organisation around it."""
    refs: list[SpeakerRef] = []
    for tok in doc:
        if tok.i in inside or not titled_handle(tok):
            continue
        ref = speaker_from_tokens(doc, tok.i, tok.i + 1)
        refs.append(SpeakerRef(ref.text, ref.start, ref.end, "person", ref.role, ref.organization))
    return refs
