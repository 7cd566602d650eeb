"""Sentence boundaries the small model misses: line breaks and paragraphs glued without a space.

Runs before the parser, which keeps boundaries already set. Headlines without final punctuation
("Bitcoin experiences massive liquidation activity\n\nThe premium …") and corpus texts that glue
paragraphs ("crypto.The Treasury") become separate sentences; offsets stay those of the text.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_CLOSERS = {".", "!", "?", "…"}
_QUOTE_OPENERS = {"“", '"', "‘"}


class Segmenter:
    """Mark a sentence start after a line break and after a glued sentence end."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        for i, tok in enumerate(doc):
            if i == 0:
                continue
            prev = doc[i - 1]
            if tok.is_space:
                continue
            gap = text[prev.idx + len(prev.text) : tok.idx]
            if "\n" in gap or prev.is_space and "\n" in prev.text:
                tok.is_sent_start = True
            elif (
                gap == ""
                and prev.text in _CLOSERS
                and i >= 2
                and doc[i - 2].is_alpha
                and (tok.text[:1].isupper() or tok.text[:1] in _QUOTE_OPENERS)
                and not _is_abbreviation(doc[i - 2].text)
            ):
                # "crypto.The" / "crypto.“Today": a paragraph glued without a space.
                tok.is_sent_start = True
        return doc


def _is_abbreviation(word: str) -> bool:
    return len(word) == 1 or word.isupper()


@Language.factory("nm_segmenter", assigns=["token.is_sent_start"])
def make_segmenter(nlp: Language, name: str) -> Segmenter:
    return Segmenter()
