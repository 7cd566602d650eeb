"""Per-Doc caches: sentence bounds (spaCy's ``Token.sent`` rescans the Doc) and the text."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

_KEY = "nm_sentence_bounds"
#: Tokens that never open a sentence, whatever the parser says.
_NO_OPENERS = frozenset({",", ";"})


@dataclass(frozen=True)
class Sentences:
    bounds: tuple[tuple[int, int], ...]  # (first token, one past the last token)
    of_token: tuple[int, ...]  # sentence number of every token


def sentences(doc: Doc) -> Sentences:
    """The sentences of ``doc`` (cached in ``doc.user_data``)."""
    cached = doc.user_data.get(_KEY)
    if isinstance(cached, Sentences) and len(cached.of_token) == len(doc):
        return cached
    bounds: list[tuple[int, int]] = []
    of_token: list[int] = []
    start = 0
    for tok in doc:
        # A "sentence" the parser opens with a comma (", he said.") goes on the one before,
        # as does one it opens with a lower-case word right after a word ("Bloomberg |
        # analyst James Seyfert wrote").
        prev = doc[tok.i - 1] if tok.i > 0 else None
        glued = prev is not None and tok.text[:1].islower() and prev.text[-1:].isalnum()
        if tok.i > 0 and tok.is_sent_start and tok.text not in _NO_OPENERS and not glued:
            bounds.append((start, tok.i))
            start = tok.i
        of_token.append(len(bounds))
    if len(doc):
        bounds.append((start, len(doc)))
    result = Sentences(tuple(bounds), tuple(of_token))
    doc.user_data[_KEY] = result
    return result


def sent_tokens(tok: Token) -> tuple[int, int]:
    """Token range of the sentence holding ``tok``."""
    s = sentences(tok.doc)
    return s.bounds[s.of_token[tok.i]]


def sent_chars(tok: Token) -> tuple[int, int]:
    """Character range of the sentence holding ``tok``."""
    lo, hi = sent_tokens(tok)
    doc = tok.doc
    last = doc[hi - 1]
    return doc[lo].idx, last.idx + len(last.text)


def next_sentence(doc: Doc, tok: Token) -> tuple[int, int] | None:
    """Token range of the sentence after the one holding ``tok``."""
    s = sentences(doc)
    k = s.of_token[tok.i] + 1
    return s.bounds[k] if k < len(s.bounds) else None


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once (spaCy rebuilds it from the tokens on every access)."""
    cached = doc.user_data.get("nm_text")
    if isinstance(cached, str):
        return cached
    text = doc.text
    doc.user_data["nm_text"] = text
    return text
