"""Mend the parse of a hyphenated word the small model splits into three subjects.

The tokenizer cuts "co-founder" into "co", "-", "founder", and the small English model often
parses the three as separate nouns each hanging on the verb ("the co - founder says": three
subjects), so the title's words ("the", "Norrpay") hang on "co" and no rule sees a title. This
component, placed after the parser, makes such a word one phrase again: its last part takes the
place the model gave the first part, and the rest hang on it. A hyphenated word the model
already parsed as one phrase is left as it is, and so is one that ends in a verb ("who
co-chairs"): the parser's tags (not yet the coarse ones) tell a noun.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

HYPHENS = frozenset({"-"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


class HyphenRepair:
    """Re-attach the parts of a glued "word-word" whose parts the parser left apart."""

    def __init__(self, name: str = "nm_hyphens") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            return doc
        for i in range(len(doc) - 2):
            first, hyphen, last = doc[i], doc[i + 1], doc[i + 2]
            if _glued_word(first, hyphen, last):
                _mend(first, hyphen, last)
        return doc


def _glued_word(first: Token, hyphen: Token, last: Token) -> bool:
    return (
        hyphen.text in HYPHENS
        and not first.whitespace_
        and not hyphen.whitespace_
        and first.is_alpha
        and last.is_alpha
        and last.tag_.startswith("NN")  # a title's noun ("co-founder"), not "who co-chairs"
        and not last.is_sent_start
        and not hyphen.is_sent_start
    )


def _mend(first: Token, hyphen: Token, last: Token) -> None:
    trio = {first.i, hyphen.i, last.i}
    outside = [t for t in (first, hyphen, last) if t.head.i not in trio]
    if len(outside) < 2 or any(t.head.i == t.i for t in (first, hyphen, last)):
        return  # one phrase already (or a sentence's root: left to the parser)
    # The word takes the place the model gave a part: the subject's, if a part was one.
    subjects = [t for t in outside if t.dep_ in _SUBJECTS]
    anchor = subjects[0] if subjects else last if last in outside else outside[0]
    head, dep = anchor.head, anchor.dep_
    if _descends_from(head, trio):
        return
    strays = [c for part in (first, hyphen) for c in part.children if c.i not in trio]
    last.head = head
    last.dep_ = dep
    for child in strays:
        child.head = last
    first.head = last
    first.dep_ = "compound"
    hyphen.head = last
    hyphen.dep_ = "punct"


def _descends_from(tok: Token, indexes: set[int]) -> bool:
    while tok.head.i != tok.i:
        if tok.i in indexes:
            return True
        tok = tok.head
    return tok.i in indexes


@Language.factory("nm_hyphens", assigns=["token.head", "token.dep"], requires=["token.dep"])
def make_hyphen_repair(nlp: Language, name: str) -> HyphenRepair:
    return HyphenRepair(name)
