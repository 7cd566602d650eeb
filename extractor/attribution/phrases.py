"""Short noun phrases from the dependency parse, for subjects."""

from __future__ import annotations

from spacy.tokens import Token

_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "npadvmod", "quantmod"})
_DROP_TAGS = frozenset({"POS", "DT", "PRP$", "WDT"})
_MAX_WORDS = 7
_FUNCTION_POS = frozenset({"ADP", "CCONJ", "ADV", "PART", "AUX", "VERB", "PRON"})
_INNER_PUNCT = frozenset({"-", "&", "/", "."})


def noun_phrase(
    head: Token, *, skip: tuple[int, int] | None = None, with_prep: bool = False
) -> str:
    """The head noun with its left modifiers ("executive pay", "Total market capitalization").

    ``skip`` is a character range (the figure itself) left out of the phrase; ``with_prep`` adds
    a short prepositional complement ("levies on imported steel").
    """
    tokens = [t for t in _left_modifiers(head)] + [head]
    if head.pos_ == "PROPN":  # "the Fear and Greed Index"
        for child in head.rights:
            if child.dep_ == "conj" and child.pos_ == "PROPN" and child.i - head.i <= 3:
                tokens += [t for t in head.doc[head.i + 1 : child.i] if t.dep_ == "cc"]
                tokens += _left_modifiers(child) + [child]
                break
    if with_prep:
        for child in head.rights:
            if child.dep_ == "prep" and child.text.lower() in {"on", "of", "for", "in"}:
                obj = [c for c in child.children if c.dep_ == "pobj"]
                if obj and not (skip and skip[0] <= obj[0].idx < skip[1]):
                    tokens += [child] + list(_left_modifiers(obj[0])) + [obj[0]]
                break
    kept = [
        t
        for t in tokens
        if not (t.like_url or t.like_email or t.text[:1] in {"@", "#"} or t.text.startswith("http"))
        and (t.tag_ not in _DROP_TAGS and t.pos_ not in {"DET", "SYM"} or _in_hyphenation(t))
        and not (t.is_punct and t.text not in _INNER_PUNCT)
        and not (skip and skip[0] <= t.idx < skip[1])
        and not t.like_num
    ]
    return _surface(kept)


def _surface(tokens: list[Token]) -> str:
    """The tokens as written (hyphens kept: "market-cap"), possessive marks dropped."""
    out: list[str] = []
    for k, t in enumerate(tokens):
        out.append(t.text)
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None and (t.whitespace_ or nxt.i != t.i + 1):
            out.append(" ")
    words = "".join(out).split()
    return " ".join(words[-_MAX_WORDS:]).strip()


def _left_modifiers(head: Token) -> list[Token]:
    out: list[Token] = []
    for child in head.lefts:
        if child.dep_ in _MODIFIER_DEPS or child.dep_ == "det" and child.tag_ != "DT":
            out.extend(
                t
                for t in child.subtree
                if t.i < head.i
                and (t.pos_ not in _FUNCTION_POS or _in_hyphenation(t))
                and t.dep_ != "quantmod"
            )
    out.sort(key=lambda t: t.i)
    return out


def _in_hyphenation(tok: Token) -> bool:
    """Inside a hyphenated word ("month-to-date")."""
    doc = tok.doc
    before = tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_
    after = tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_
    return bool(before or after)


def is_pronoun(tok: Token) -> bool:
    return tok.pos_ == "PRON" or tok.tag_ in {"WDT", "WP", "PRP", "DT"}


def governing_verb(tok: Token, max_hops: int = 6) -> Token | None:
    """The nearest verb (or auxiliary used as a main verb) above ``tok``."""
    cur = tok
    for _ in range(max_hops):
        if cur.pos_ in {"VERB", "AUX"}:
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def subject_of(verb: Token, max_hops: int = 4) -> Token | None:
    """The nominal subject of ``verb``, climbing through xcomp/conj/advcl/pcomp chains."""
    cur = verb
    for _ in range(max_hops):
        for child in cur.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                return child
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None
