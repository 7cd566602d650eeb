"""Sentence boundaries the small model misses: line breaks and paragraphs glued without a space.

Runs before the parser, which keeps boundaries already set. Headlines without final punctuation
("Prices slip again\n\nTraders sold …") and corpus texts that glue paragraphs
("crypto.The Treasury") become separate sentences; offsets stay those of the text. A money figure
or percentage found by ``nm_numbers`` (which runs earlier) is never cut by a sentence boundary
("fell ~5%." is one sentence, not "fell ~" and "5%.").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc

from extractor.components.ext import ensure_extensions
from extractor.tokenizer_rules import ACRONYM_OPENERS, SENTENCE_OPENERS, SHORT_OPENERS

_CLOSERS = {".", "!", "?", "…"}
_QUOTE_OPENERS = {"“", '"', "‘"}
_ESCAPED = '\\"'  # a straight mark written escaped, one token (see tokenizer_rules)
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_OPENERS = frozenset(SENTENCE_OPENERS + SHORT_OPENERS)
#: The two sides of a glued heading the tokenizer splits (see tokenizer_rules.GLUE_INFIXES).
_GLUED_HEADING = re.compile(r"[a-z]{4,}")
_GLUED_WORD = re.compile(r"[A-Z][a-z]{2,}")
#: A word ending in three lower-case letters, before a stop glued to a figure ("said.86%").
_LOWER_WORD_END = re.compile(r".*[a-z]{3}").fullmatch


#: A dateline opening the text: a place in capitals, maybe a region, and a dash
#: ("LAS PALMAS, Canary Islands — The fund said …").
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)*)?\s[—–-]\s+"
)


class Segmenter:
    """Mark a sentence start after a line break, after a glued sentence end and after a
    dateline."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        inside = _inside_figures(doc)
        dateline = _DATELINE.match(text)
        if dateline is not None:
            after = next((t for t in doc if t.idx >= dateline.end() and not t.is_space), None)
            if after is not None and after.i > 0:
                after.is_sent_start = True
        for i, tok in enumerate(doc):
            if i == 0:
                continue
            prev = doc[i - 1]
            if tok.is_space:
                continue
            gap = text[prev.idx + len(prev.text) : tok.idx]
            if "\n" in gap or prev.is_space and "\n" in prev.text:
                tok.is_sent_start = True
            elif tok.idx in inside:
                tok.is_sent_start = False
            elif gap == "" and _quote_after_closed_quote(doc, i):
                # '… if they did this.”“Look, …': the closing mark ends the sentence before,
                # the opening mark glued to it starts the next.
                prev.is_sent_start = False
                tok.is_sent_start = True
            elif gap == "" and _glued_sentence_start(doc, i):
                # "crypto.The", "May 8.Legislation", "at $100K“But": paragraphs glued
                # without a space.
                tok.is_sent_start = True
            elif _platform_ends_sentence(doc, i) or _signature_ends_sentence(doc, i):
                tok.is_sent_start = True  # "… in a post on X. He added …"
        return doc


#: An embedded post's signature line: "— Name (@handle) June 17, 2025".
_SIGNATURE = re.compile(r"\(@\w+\)\s+[A-Z][a-z]+\.? [0-9]{1,2}, (?:19|20)[0-9]{2}$")


def _signature_ends_sentence(doc: Doc, i: int) -> bool:
    """Token ``i`` opens a sentence after an embedded post's signature and date ("— Senator
    Ola Berg (@SenatorBerg) June 17, 2025 Treasury Secretary Kai Dunn said …")."""
    prev = doc[i - 1]
    if not _YEAR.fullmatch(prev.text) or not doc[i].text[:1].isupper():
        return False
    line = doc.text[max(0, prev.idx - 60) : prev.idx + len(prev.text)]
    return _SIGNATURE.search(line) is not None


#: Prepositions before a platform's one-letter name ("on X.", "via X.").
_PLATFORM_PREPOSITIONS = frozenset({"on", "via", "to", "from", "at"})


def _platform_ends_sentence(doc: Doc, i: int) -> bool:
    """Token ``i`` opens a sentence after "on X." (the platform, whose full stop the tokenizer
    keeps in one token as if "X." were a middle initial): a capitalised word after it."""
    prev = doc[i - 1]
    return (
        i >= 2
        and len(prev.text) == 2
        and prev.text[0].isupper()
        and prev.text[1] == "."
        and doc[i - 2].lower_ in _PLATFORM_PREPOSITIONS
        and doc[i].text[:1].isupper()
    )


def _inside_figures(doc: Doc) -> set[int]:
    """Character offsets strictly inside a figure found by the number finder."""
    figures = [*(doc._.nm_money or []), *(doc._.nm_percent or [])]
    if not figures:
        return set()
    spans = sorted((f.start, f.end) for f in figures)
    starts = [start for start, _ in spans]
    inside: set[int] = set()
    for tok in doc:
        i = bisect_right(starts, tok.idx) - 1
        if i >= 0 and spans[i][0] < tok.idx < spans[i][1]:
            inside.add(tok.idx)
    return inside


def _quote_after_closed_quote(doc: Doc, i: int) -> bool:
    """Token ``i`` is an opening mark glued to a closing one that follows a sentence's end."""
    return (
        i >= 2
        and doc[i].text == "“"
        and doc[i - 1].text == "”"
        and not doc[i - 1].whitespace_
        and doc[i - 2].text in _CLOSERS
    )


def _glued_sentence_start(doc: Doc, i: int) -> bool:
    """Token ``i`` (no space before it) opens a paragraph glued to the previous one."""
    tok, prev = doc[i], doc[i - 1]
    if tok.text == _ESCAPED:
        # '… said Kim Ahn.\\"Their coins …': an escaped mark after a full stop and before a
        # capitalised word opens the next sentence (one before a space closes a quote).
        following = doc[i + 1] if i + 1 < len(doc) else None
        return (
            prev.text in _CLOSERS
            and not tok.whitespace_
            and following is not None
            and following.text[:1].isupper()
        )
    if tok.text in _QUOTE_OPENERS and prev.text not in _QUOTE_OPENERS:
        # An opening mark glued to a word or figure, before a capital: “ never follows a
        # word directly in running text.
        # Nor right after a sentence's full stop: "… they respond.“We think …".
        following = doc[i + 1] if i + 1 < len(doc) else None
        after_stop = prev.text in _CLOSERS and i >= 2 and doc[i - 2].text[-1:].isalnum()
        return (
            tok.text != '"'
            and (prev.text[-1:].isalnum() or prev.text.endswith("%") or after_stop)
            and following is not None
            and following.text[:1].isupper()
        )
    if prev.text == "”" and i >= 2 and doc[i - 2].text in _CLOSERS:
        # '… it is fine.”She said': a closing mark after a full stop, glued to a capital.
        return tok.text[:1].isupper()
    if prev.text in {"”", "’", ")"} and i >= 2 and doc[i - 2].text[-1:].isalnum():
        # 'Room for “every phone”Okafor stressed', "(post translated by Google)According to":
        # a heading's quote or a caption's bracket closed with no punctuation, glued to the
        # next paragraph's capitalised first word.
        return _GLUED_WORD.fullmatch(tok.text) is not None
    if _YEAR.fullmatch(prev.text) and tok.text[:1].isupper() and tok.text[1:2].islower():
        return True  # "November 27, 2024Speaking to …": a dateline glued to the next sentence
    if prev.text[-1:].islower() and tok.text in _OPENERS:
        # "Source: Kai BowmanThe CEO": the tokenizer split a caption from the next sentence.
        return True
    glued_acronym = len(prev.text) >= 2 and prev.text.isupper() and not prev.whitespace_
    if glued_acronym and tok.text in ACRONYM_OPENERS:
        return True  # "… for the firm’s AIThe firm stated": likewise after an acronym
    if _GLUED_HEADING.fullmatch(prev.text) and _GLUED_WORD.fullmatch(tok.text):
        # "… ties to cryptoGeorgia Senator": the tokenizer split a heading's last word from
        # the next paragraph's first.
        return True
    if prev.text not in _CLOSERS or i < 2:
        return False
    glued = not doc[i - 2].whitespace_ and not prev.whitespace_
    if glued and prev.text == "." and tok.text[:1].isdigit() and _LOWER_WORD_END(doc[i - 2].text):
        return True  # "… Pampati said.86% of firms": the tokenizer split a glued paragraph
    if not (tok.text[:1].isupper() or tok.text[:1] in _QUOTE_OPENERS):
        return False
    before = doc[i - 2]
    if before.is_alpha:
        # "the NLC.She added": an acronym of two capitals or more before a capitalised word
        # (the tokenizer splits only there) ends a sentence; "Mr.Smith" or "E.Ruiz" does not.
        acronym = len(before.text) >= 2 and before.text.isupper() and tok.text[1:3].islower()
        return acronym or not _is_abbreviation(before.text)
    return before.like_num or before.text.endswith("%")


def _is_abbreviation(word: str) -> bool:
    return len(word) == 1 or word.isupper()


@Language.factory("nm_segmenter", assigns=["token.is_sent_start"])
def make_segmenter(nlp: Language, name: str) -> Segmenter:
    ensure_extensions()
    return Segmenter()
