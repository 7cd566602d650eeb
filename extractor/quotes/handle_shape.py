"""The shape of a pseudonymous handle ("Deep_chart", "ChartMoe") and the role that makes it a
person's (see :mod:`extractor.quotes.handles`)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from extractor.quotes.cue_words import cue_words
from extractor.quotes.roles import has_role, is_role_word

_UNDERSCORE = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:_+[A-Za-z0-9]+)+_*$")
_CAMEL = re.compile(r"^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+$")
#: "0xNorr": a hex prefix before a capitalised word, a crypto pseudonym's shape.
_HEX_PREFIXED = re.compile(r"^0x[A-Z][A-Za-z0-9]+$")
#: "@Norrtul1994": an account's handle on a social platform, written with its "@".
_AT_HANDLE = re.compile(r"^@[A-Za-z0-9_]{2,15}$")
_ROLE_AFTER = re.compile(r"^,\s+(?:a|an|the)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)")


def handle_tail(text: str) -> bool:
    """ "log1" in "M-log1", "762B": letters and digits mixed in one word, a handle's part or a
    code, never a word of speech."""
    return text.isalnum() and any(ch.isdigit() for ch in text) and any(ch.isalpha() for ch in text)


def is_handle_shape(text: str) -> bool:
    shapes = (_UNDERSCORE, _CAMEL, _HEX_PREFIXED, _AT_HANDLE)
    return any(shape.match(text) for shape in shapes)


def hex_handle(text: str) -> bool:
    """ "0xNorr": a pseudonym only a person goes by (a firm is not named so)."""
    return bool(_HEX_PREFIXED.match(text))


def at_handle(text: str) -> bool:
    """ "@Norrtul1994": an account's handle, written with its "@"."""
    return bool(_AT_HANDLE.match(text))


def _named_by_copula(tok: Token) -> bool:
    """ "One X user who posted about it is 0xNorr", "The trader behind the call is
    NorrTrades": a handle that a copula, or an apposition, gives to a person's noun."""
    head = tok.head
    if tok.dep_ == "appos" and head.i < tok.i and head.tag_ == "NN":
        subject: Token | None = head  # "One user, @Norrtul1994, challenged": set off after it
    elif tok.dep_ not in {"attr", "acomp"} or head.lemma_ != "be":
        return False
    else:
        subject = next((c for c in head.lefts if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    noun = subject.lower_
    return is_role_word(noun) or noun in cue_words("handle_holder_nouns")


#: "norrk32": a lower-case handle with digits, a handle only right after a person's title.
_LOWER_DIGITS = re.compile(r"^[a-z]{2,}[0-9]+[a-z0-9]*$")
_OPENING = frozenset({"‘", "“", "'", '"'})
_CLOSING = frozenset({"’", "”", "'", '"'})


def _lower_titled_handle(tok: Token) -> bool:
    """ "analyst norrk32", "engineer and analyst ‘norrk32’": a lower-case handle (with digits,
    or set in marks) right after a person's title."""
    doc = tok.doc
    quoted = (
        0 < tok.i < len(doc) - 1
        and doc[tok.i - 1].text in _OPENING
        and doc[tok.i + 1].text in _CLOSING
        and not doc[tok.i - 1].whitespace_
    )
    if not (_LOWER_DIGITS.match(tok.text) or (quoted and tok.text.islower())):
        return False
    before = tok.i - 2 if quoted else tok.i - 1
    return before >= 0 and doc[before].text.islower() and is_role_word(doc[before].text)


def _platform_user_handle(tok: Token) -> bool:
    """ "The X user norrwatcher": a lower-case word the tagger calls a proper noun, right
    after a platform's "user" (``handle_holder_nouns``, ``social_platforms``)."""
    doc = tok.doc
    if tok.i < 2 or not tok.text.isalnum() or not tok.text.islower():
        return False
    holder, platform = doc[tok.i - 1], doc[tok.i - 2]
    if holder.lower_ not in cue_words("handle_holder_nouns") or not holder.text.islower():
        return False
    platforms = cue_words("social_platforms")
    # (written in small letters too: "bitcoin twitter poster norrstrife"; not a lone "x")
    named = platform.text in platforms or (
        len(platform.text) > 1 and platform.text.capitalize() in platforms
    )
    if not named:
        return False
    # (tagged a common noun, it must end its phrase or come back in the text: "poster
    # norrstrife. …, according to norrstrife"; not "the X user base grew")
    ends = tok.i + 1 == len(doc) or doc[tok.i + 1].is_punct
    return tok.tag_ == "NNP" or (tok.tag_ == "NN" and (ends or doc.text.count(tok.text) > 1))


def titled_handle(tok: Token) -> bool:
    """A handle the text gives a person's role, before it or in an appositive after it."""
    if _lower_titled_handle(tok) or _platform_user_handle(tok):
        return True
    if not is_handle_shape(tok.text):
        return False
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.text.islower() and is_role_word(prev.text):
        return True
    if _named_by_copula(tok):
        return True
    after = doc.text[tok.idx + len(tok.text) : tok.idx + len(tok.text) + 60]
    found = _ROLE_AFTER.match(after)
    return found is not None and has_role(found.group(1))
