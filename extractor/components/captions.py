"""Split a caption's credit from the next paragraph when the two were glued into one word.

Corpus texts drop the break after an image caption, so "Source: Ann BrunellSaylor said …" reads
as one name "Ann BrunellSaylor" saying it. The tokenizer cannot tell "BrunellSaylor" from a
brand written in camel case ("TradingView"), but the article can: this component, placed first,
splits a camel-case word inside a caption's credit (``CAPTION_LABELS`` and a colon, then a few
capitalised words) before its last capitalised part when

- that part stands alone elsewhere in the article ("Saylor said …" later) and the glued word
  does not, or
- the word before it is a given name ("Source: Ann BrunellSaylor"): a person's credit (not
  "Ann LaDuc", "Ann MacArthur": a surname's own capital after two letters or a prefix), or
- the credit up to that part is a name of two words or more the article writes elsewhere
  ("Source: Ann Lise BrunellChief policy officer …" after "Ann Lise Brunell, general counsel").

A credit followed by a sentence's opening word ("Source: NorrQuantCrypto The post …") ends
with the glued word: it is a brand, kept whole.

The second part then opens a sentence. Offsets stay those of the text.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from extractor.quotes.pseudonyms import given_names
from extractor.quotes.topic_org import times_named
from extractor.tokenizer_rules import CAPTION_LABELS, SENTENCE_OPENERS

#: Words of a credit read after the label's colon, at most.
_CREDIT_WORDS = 5
#: Surnames' first parts written before a capital ("MacArthur", "VanDyke"): no glue.
_NAME_PREFIXES = frozenset({"Mac", "Van", "Von", "Del", "Des", "Der", "Den", "Dos", "Das", "Della"})
#: A word glued to a capitalised word of three letters or more: the last hump splits.
_GLUED = re.compile(r"([A-Za-z]*[a-z])([A-Z][a-z]{2,})")


class CaptionSplit:
    """Split the glued word of a caption credit ("Source: Ann BrunellSaylor said")."""

    def __init__(self, name: str = "nm_captions") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        cuts = glued_credit_words(doc)
        if not cuts:
            return doc
        with doc.retokenize() as retokenizer:
            for tok, cut in cuts:
                retokenizer.split(tok, [tok.text[:cut], tok.text[cut:]], heads=[(tok, 0), (tok, 0)])
        shift = 0
        for tok_i, _ in sorted((t.i, c) for t, c in cuts):
            opening = doc[tok_i + shift + 1]
            opening.is_sent_start = True
            if opening.i + 1 < len(doc) and not doc[opening.i + 1].is_punct:
                # (the parser may otherwise cut again right after the opening word)
                doc[opening.i + 1].is_sent_start = False
            shift += 1
        return doc


def glued_credit_words(doc: Doc) -> list[tuple[Token, int]]:
    """The caption credits' glued words, each with the character where it splits."""
    found: list[tuple[Token, int]] = []
    alone: set[str] | None = None
    for i in range(len(doc) - 2):
        if doc[i].text not in CAPTION_LABELS or doc[i + 1].text != ":":
            continue
        for tok in doc[i + 2 : i + 2 + _CREDIT_WORDS]:
            if not tok.text[:1].isupper():
                break
            match = _GLUED.fullmatch(tok.text)
            if match is None:
                continue
            if alone is None:
                alone = {t.text for t in doc}
            before = doc[tok.i - 1]
            after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if after is not None and after.text in SENTENCE_OPENERS:
                break  # "Source: NorrQuantCrypto The post …": the credit ends with the word
            surname = len(match.group(1)) >= 3 and match.group(1) not in _NAME_PREFIXES
            credited = before.i > i + 1 and before.lower_ in given_names() and surname
            elsewhere = match.group(2) in alone and doc.text.count(tok.text) == 1
            credit = doc.text[doc[i + 2].idx : tok.idx + match.end(1)]
            # (the credit's own copy, glued to the next word, is no whole word)
            named = surname and " " in credit and times_named(credit, doc.text) > 0
            if credited or elsewhere or named:
                found.append((tok, match.end(1)))
            break
    return found


@Language.factory("nm_captions", assigns=["token.is_sent_start"])
def make_caption_split(nlp: Language, name: str) -> CaptionSplit:
    return CaptionSplit(name)
