"""Who said it: reporting verbs, their subjects, and the names, roles and organisations there.

Works on a parsed spaCy ``Doc`` but trusts the parse only where it must: a speaker is the
subject of a reporting verb when the parser finds one, else the name written right after
(``“…,” said X``) or right before (``X said: “…”``) the verb. Names come from the words, not
from NER labels alone (the small model tags some people as organisations).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from extractor.data_tables import load_json
from extractor.quotes.acronyms import defined_acronyms
from extractor.quotes.cue_words import (
    attitude_role,
    cue_words,
    introduced_as_org,
    known_firm,
    person_named_firm,
    public_body_name,
    speaking_issuer,
)
from extractor.quotes.handle_shape import at_handle, handle_tail, is_handle_shape, titled_handle
from extractor.quotes.marks import MARKS, OPENERS, STRAIGHT
from extractor.quotes.people import (
    NAME_SUFFIXES,
    has_suffix,
    honorifics,
    possessive_names,
    surname_of,
)
from extractor.quotes.places import holds_office, is_nationality, is_place, not_an_employer
from extractor.quotes.pseudonyms import first_names, given_names
from extractor.quotes.roles import (
    FIRM_NOUNS,
    RoleOrg,
    after_titled_name,
    has_role,
    is_plural_role,
    is_role_word,
    lower_brand,
    org_words,
    parse_appositive,
    parse_title,
    reporting_verbs,
    singular_role,
)
from extractor.quotes.sentences import sent_chars, sent_tokens, text_of
from extractor.quotes.topic_org import is_company_title, times_named

#: Entity labels that may name a speaker.
_NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC", "PRODUCT", "WORK_OF_ART"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_UNNAMED = frozenset({"a", "an", "one", "some", "another", "several", "many", "two", "three"})
#: Words that make a group of people a sample of its kind, no one in particular ("some
#: traders", "many analysts").
_SOME_OF_A_KIND = frozenset({"some", "many", "several", "few", "most", "certain", "various"})
#: Pronouns for unnamed people, never a name however capitalised ("Others complained").
_INDEFINITE = frozenset(
    {"others", "some", "many", "several", "few", "most", "everyone", "everybody", "someone",
     "somebody", "anyone", "anybody", "nobody", "none", "people"}
)  # fmt: skip


def _numeral_in_name(tok: Token) -> bool:
    """ "Two Norrs stated", "One River said": a capitalised number word inside a sentence,
    before a proper noun, or before a capitalised word that is no title nor group ("Two
    Primes" opening a sentence), is the first word of a firm's name, not a count of unnamed
    people."""
    if not tok.text[:1].isupper() or tok.i + 1 >= len(tok.doc) or not tok.like_num:
        return False  # (only a number word: "A U.S. judge" is unnamed)
    nxt = tok.doc[tok.i + 1]
    if nxt.text[:1].isupper() and not is_role_word(nxt.text) and nxt.lower_ not in group_nouns():
        return True  # "Two Primes then went on to say": the model may call the name a noun
    return not tok.is_sent_start and nxt.pos_ == "PROPN"


def singular_title(tok: Token, *, opening: bool = False) -> bool:
    """A one-person job title in lower case ("co-founder", "analyst"; not "analysts", not a
    capitalised headline word). With ``opening``, a title capitalised only because it opens
    its sentence counts too ("Investor Trade Kappa is …")."""
    opener = opening and bool(tok.is_sent_start) and tok.text[1:].islower()
    lower_case = tok.text.islower() or opener
    return lower_case and is_role_word(tok.lower_) and not is_plural_role(tok.lower_)


@dataclass(frozen=True)
class SpeakerRef:
    """A speaker as found near a cue: a name, a pronoun or a noun standing for an organisation."""

    text: str  # as written ("Vetle Lunde", "he", "the report")
    start: int
    end: int
    kind: str | None  # "person", "organization", "group" or None
    role: str | None = None
    organization: str | None = None
    needs_antecedent: bool = False  # pronouns and "the report"-like nouns
    #: The source noun this name was given as the author of ("report" in "a report by X").
    source_noun: str | None = None
    #: The person whose title or relative this noun is ("Kett" in "Kett’s partner"): never
    #: its antecedent.
    possessor: str | None = None
    #: A definite document noun ("the announcement noted"): only the one who said something
    #: in such a thing before ("Natix said in an announcement") is its author.
    authored_only: bool = False
    #: "The company’s CEO, Jo Park, said": the firm noun whose title this is, to be resolved
    #: like "the company said" (the organisation when none is written).
    employer: SpeakerRef | None = None
    #: Named only as the one who calls something so ("what investor Jo Park calls the
    #: “…”"): the sentence is about someone else, whom a later pronoun takes up.
    naming: bool = False
    #: "according to an announcement": a document no one is said to have made, the
    #: organisation the article is about.
    topical: bool = False
    #: The name signing a post after a dash ("“…” — Nora J. Vance"), found by no cue.
    signed: bool = False
    #: A one-word name its own sentence takes up as "he" or "she" ("NorrchartsUK’s video opens
    #: with a warning he repeats"): a person a later pronoun may stand for.
    called_he_or_she: bool = False


@dataclass(frozen=True)
class Cue:
    """A reporting verb (or "according to") with its speaker."""

    text: str
    start: int
    end: int
    speaker: SpeakerRef | None
    #: Character spans the cue governs (its verb's subtree); empty for "according to".
    scope: tuple[int, int] = (0, 0)
    #: A cue only right beside a quotation ("continued", "asked").
    adjacent_only: bool = False
    #: Where the verb's own reported clause starts ("reported that the bank …"), if after it.
    clause_start: int | None = None
    #: The verb's subject names no one on purpose ("others called it …", "one trader wrote").
    unnamed: bool = False


@lru_cache(maxsize=1)
def _tables() -> dict[str, Any]:
    tables: dict[str, Any] = load_json("quote_cues.json")
    return tables


@lru_cache(maxsize=1)
def adjacent_only_verbs() -> frozenset[str]:
    return frozenset(_tables()["adjacent_only_verbs"])


@lru_cache(maxsize=1)
def teaser_labels() -> tuple[str, ...]:
    return tuple(_tables()["teaser_labels"])


@lru_cache(maxsize=1)
def source_nouns() -> frozenset[str]:
    return frozenset(_tables()["source_nouns"])


@lru_cache(maxsize=1)
def group_nouns() -> frozenset[str]:
    return frozenset(_tables()["group_nouns"])


#: Nouns that, owned by a title, name an office that speaks ("the mayor’s office said").
_OFFICES = frozenset({"office", "administration", "cabinet", "ministry", "chambers"})


def _office_of(tok: Token) -> SpeakerRef | None:
    """ "the mayor’s office said", "the governor’s office": an office named by its holder's
    title, an organisation speaker (not a name to resolve)."""
    if tok.lower_ not in _OFFICES or not tok.text.islower():
        return None
    owner = next((c for c in tok.lefts if c.dep_ == "poss"), None)
    if owner is None or not is_role_word(owner.lower_) or not owner.text.islower():
        return None
    first = min(c.i for c in owner.subtree)
    if tok.doc[first].lower_ in {"the", "a", "an"}:
        first += 1
    phrase = tok.doc[first : tok.i + 1]
    return SpeakerRef(phrase.text, phrase.start_char, phrase.end_char, "organization")


def _a_place_word(tok: Token) -> bool:
    """ "U.S." of "the U.S. lawmakers": a place or nationality, no firm whose people speak."""
    return is_place(tok.text) or is_nationality(tok.text)


def _place_run(tok: Token) -> bool:
    """A place written in one word or with the compound words before it ("New York")."""
    if _a_place_word(tok):
        return True
    first = min([tok.i, *(c.i for c in tok.lefts if c.dep_ == "compound")])
    return first < tok.i and is_place(tok.doc[first : tok.i + 1].text)


def _firmlike(tok: Token) -> bool:
    """A proper noun, or a word the tagger calls a noun that is written like a brand, with a
    capital after its first letter ("B2BINPAY", "CoinNest")."""
    text = tok.text
    if tok.i > 0 and text[:1].isupper() and _NUMBER_WORD.fullmatch(tok.doc[tok.i - 1].text):
        return True  # "10x Research analysts": a name opening with a figure
    return tok.pos_ == "PROPN" or (
        tok.pos_ == "NOUN" and text[:1].isupper() and any(ch.isupper() for ch in text[1:])
    )


def _group_of_people(tok: Token) -> SpeakerRef | None:
    """ "The Democratic lawmakers say", "nine Senate Democrats warned", "critics argue": people
    who speak as one and are never named; the noun phrase is the speaker, a group."""
    if tok.lower_ not in group_nouns() or tok.tag_ not in {"NNS", "NNPS"}:
        return None
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if not tok.text.islower() and not (tok.is_sent_start and nxt is not None and nxt.is_lower):
        return None  # "What The Analysts Are Saying": a heading, not a group that speaks
    if any(c.dep_ == "prep" and not _in_a_body(c) for c in tok.children) or any(
        c.dep_ == "poss"
        or (c.dep_ in {"compound", "nmod"} and _firmlike(c) and not _a_place_word(c))
        for w in tok.lefts
        for c in w.subtree
    ):
        # "analysts at Acme", "Acme’s analysts", "Glassnode analysts", "the Dedora security
        # researchers": the firm's
        return None
    words = [c for c in tok.lefts if c.dep_ in {"det", "amod", "compound", "nummod", "nmod"}]
    if _some_of_a_kind(tok):
        return None  # "some traders said", "many analysts argue": nobody in particular
    first = min([w.i for w in words] + [tok.i])
    phrase = tok.doc[first : tok.i + 1]
    # "The analysts said" after "Bitfinex analysts say": the firm's analysts named before.
    bare_definite = [w.lower_ for w in words] in (["the"], ["these"], ["those"])
    return SpeakerRef(
        phrase.text, phrase.start_char, phrase.end_char, "group", needs_antecedent=bare_definite
    )


def _some_of_a_kind(tok: Token) -> bool:
    """ "some traders", "many analysts": a plural noun a quantifier makes no one in
    particular."""
    return tok.tag_ in {"NNS", "NNPS"} and any(
        c.lower_ in _SOME_OF_A_KIND and c.dep_ in {"det", "amod"} for c in tok.lefts
    )


def _in_a_body(prep: Token) -> bool:
    """ "in the House and Senate", "in Congress": where members of a public body or place sit,
    which makes them no firm's."""
    if prep.lower_ not in {"in", "from"}:
        return False
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    return bool(objects) and all(
        public_body_name(o.text) or _a_place_word(o) or o.text in _CHAMBERS for o in objects
    )


#: Bodies a place's name before them names in full ("the US government", "the UK
#: military"), unlike a body it only locates ("the US central bank").
_PLACE_RUN_BODIES = frozenset({"government", "administration", "military", "army", "embassy"})
#: Chambers whose short names no public-body table holds ("the House").
_CHAMBERS = frozenset({"House", "Assembly", "Parliament"})


def _known_as(tok: Token) -> SpeakerRef | None:
    """ "a trader known as Norrwhale": the name a person's title noun is known by, a person
    (the title is the role); ``tok`` may be the noun or the name."""
    known_words = {"known", "called", "dubbed", "nicknamed"}
    if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lower_ in known_words:
        verb = tok.head.head
        return _known_as(verb.head) if verb.dep_ == "acl" and verb.head is not verb else None
    if not (is_role_word(tok.lower_) or tok.lower_ in cue_words("handle_holder_nouns")):
        return None
    for known in tok.children:
        if known.dep_ != "acl" or known.lower_ not in known_words:
            continue
        for prep in known.children:
            name = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if prep.lower_ == "as" and name is not None and name.pos_ == "PROPN":
                span = name_tokens(name) or (name.i, name.i + 1)
                words = tok.doc[span[0] : span[1]]
                role = tok.lower_ if is_role_word(tok.lower_) else None
                return SpeakerRef(words.text, words.start_char, words.end_char, "person", role)
    return None


def _group_subject_before(they: Token) -> SpeakerRef | None:
    """The group of people (``group_nouns``) that is the subject of the clause a "they"
    of the same sentence hangs under: "Democratic lawmakers have introduced fixes to what
    they called …"."""
    node = they.head
    for _ in range(10):
        subject = next((c for c in node.children if c.dep_ == "nsubj" and c.i < they.i), None)
        if subject is not None and subject is not they and subject.lower_ not in _RELATIVES:
            # (not the relative of "…, which they say leave …": the clause above has the group)
            return _group_of_people(subject)
        if node.head is node:
            return None
        node = node.head
    return None


@lru_cache(maxsize=1)
def document_nouns() -> frozenset[str]:
    return frozenset(_tables()["document_nouns"])


@lru_cache(maxsize=2)
def _kin(table: str) -> dict[str, frozenset[str]]:
    """Each noun of a kin table (``document_kin``, ``body_kin``) → the nouns of its group."""
    return {word: frozenset(kin) for kin in _tables()[table] for word in kin}


def _same_kin(table: str, noun: str | None, other: str | None) -> bool:
    if noun is None or other is None:
        return False
    return noun == other or other in _kin(table).get(noun, ())


def same_document(noun: str | None, other: str | None) -> bool:
    """Whether two document nouns name the same written thing ("post" and "thread";
    ``document_kin``), or are the same noun."""
    return _same_kin("document_kin", noun, other)


def same_body_noun(noun: str | None, other: str | None) -> bool:
    """Whether two nouns stand for one kind of body ("collective" and "group"; ``body_kin``),
    or are the same noun."""
    return _same_kin("body_kin", noun, other)


@lru_cache(maxsize=1)
def written_sources() -> frozenset[str]:
    """Source nouns and document nouns together: what words are written in or come from."""
    return source_nouns() | document_nouns()


def _said_in_one_before(noun: Token) -> bool:
    """Whether someone said something in such a thing before ("Natix said in an
    announcement … the announcement noted"), or made one ("Natix announced …")."""
    lemma = noun.lemma_.lower()
    made = _tables()["verb_documents"]
    for tok in noun.doc[: noun.i]:
        if made.get(tok.lemma_.lower()) == lemma and tok.pos_ == "VERB" and is_reporting_verb(tok):
            return True  # "Norrment Labs announced … the announcement stated"
        if same_document(tok.lemma_.lower(), lemma) and _issuing_verb(tok) is not None:
            return True  # "the Division issued new guidance … the guidance noted"
        if tok.pos_ == "VERB" and lemma in _lawsuit_documents(tok):
            return True  # "The SEC sued Norrcoin … the complaint said"
        if (
            not same_document(tok.lemma_.lower(), lemma)
            or tok.dep_ != "pobj"
            or tok.head.dep_ != "prep"
        ):
            continue
        verb = tok.head.head
        if tok.head.lower_ in {"in", "via", "through"} and verb.pos_ == "VERB":
            if is_reporting_verb(verb):
                return True
        if tok.head.lower_ == "to" and verb.lower_ == "according":
            return True  # "according to an announcement … the announcement added"
    return False


def _issuing_verb(noun: Token) -> Token | None:
    """The verb that makes ``noun`` a document someone issued ("the Division issued new
    guidance", ``document_issue_verbs``), or None."""
    verb = noun.head
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in document_nouns():
        return None
    return verb if verb.lemma_.lower() in cue_words("document_issue_verbs") else None


def _lawsuit_documents(verb: Token) -> list[str]:
    """The documents a verb of taking someone to court makes ("sued": the complaint, the
    lawsuit; ``lawsuit_verbs``)."""
    documents: list[str] = _tables()["lawsuit_verbs"].get(verb.lemma_.lower(), [])
    return documents


def issued_documents(doc: Doc, inside: set[int]) -> list[SpeakerRef]:
    """ "the SEC’s Division of Corporation Finance issued new guidance": the issuer, as the
    author a later "the guidance noted" stands for; "The SEC sued Norrcoin": the SEC, for a
    later "the complaint said"."""
    found = []
    for tok in doc:
        if tok.i in inside:
            continue
        verb = _issuing_verb(tok)
        if verb is not None:
            nouns = [tok.lemma_.lower()]
        else:
            nouns = _lawsuit_documents(tok) if tok.pos_ == "VERB" else []
            verb = tok if nouns else None
        subject = _subject_of(verb) if verb is not None else None
        speaker = speaker_from_subject(subject) if subject is not None else None
        if speaker is not None and speaker.role and is_role_word(f"{speaker.role} {speaker.text}"):
            speaker = None  # ("Norrland’s Attorney General (AG) has filed": a title, no name)
        if speaker is not None and not speaker.needs_antecedent:
            found += [replace(speaker, source_noun=noun) for noun in nouns]
    return found


def _said_in(verb: Token, speaker: SpeakerRef | None) -> SpeakerRef | None:
    """ "X said in a statement", "X announced …": X is the author a later "the statement",
    "the announcement" stands for."""
    if speaker is None or speaker.source_noun is not None:
        return speaker  # ("the firm said in the announcement": the firm's, once resolved)
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "via", "through", "during"}:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lemma_.lower() in document_nouns():
                return replace(speaker, source_noun=obj.lemma_.lower())
    fronted = _fronted_document(verb.doc, speaker.start)
    if fronted is not None:
        return replace(speaker, source_noun=fronted)
    # "Norrment Labs announced the launch …": a later "the announcement" is theirs.
    noun = _tables()["verb_documents"].get(verb.lemma_.lower())
    return replace(speaker, source_noun=noun) if noun is not None else speaker


def _fronted_document(doc: Doc, subject_start: int) -> str | None:
    """ "In a recent SEC filing, the firm wrote": the document noun of an "in …," phrase
    right before the subject, which the parser may hang on another clause (a headline glued
    before it)."""
    first = doc.char_span(subject_start, subject_start + 1, alignment_mode="expand")
    k = first.start if first is not None and len(first) else None
    if k is None or k < 3 or doc[k - 1].text != ",":
        return None
    noun = doc[k - 2]
    if noun.lemma_.lower() not in document_nouns():
        return None
    for j in range(k - 3, max(-1, k - 8), -1):
        word = doc[j]
        if word.lower_ in {"in", "via", "through"}:
            return noun.lemma_.lower()
        if word.is_punct or word.pos_ in {"VERB", "AUX", "ADP", "PRON"}:
            return None
    return None


@lru_cache(maxsize=1)
def pronouns() -> dict[str, str]:
    return dict(_tables()["pronouns"])


@lru_cache(maxsize=1)
def _name_stop() -> frozenset[str]:
    return frozenset(_tables()["name_stop"])


@lru_cache(maxsize=1)
def _headline_verbs() -> frozenset[str]:
    return frozenset(_tables()["headline_verbs"])


@lru_cache(maxsize=1)
def not_speech_before() -> tuple[str, ...]:
    return tuple(_tables()["not_speech_before"])


#: Dependencies a participle takes when it works as a verb ("…, writing, “…”").
_VERBAL_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp"})


def _ing_stem(word: str) -> str:
    """ "writing" → "write", "adding" → "add", "admitting" → "admit" (first that is a
    reporting verb, else the bare stem)."""
    stem = word[:-3]
    for cand in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if cand and cand in reporting_verbs():
            return cand
    return stem


def is_reporting_verb(tok: Token) -> bool:
    """A reporting verb used as a verb ("said", "noted", "told"; not "a post")."""
    lower = tok.lower_
    if lower in {"said", "says", "told", "wrote", "writes"}:
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if tok.lemma_.lower() == "put" and nxt is not None and nxt.lower_ == "it":
        # "As X put it, “…”", "as he put it bluntly:" (not "putting it in “greed” territory":
        # a place for a thing)
        after = tok.doc[nxt.i + 1] if nxt.i + 1 < len(tok.doc) else None
        as_clause = any(t.lower_ == "as" for t in tok.doc[max(0, tok.i - 6) : tok.i])
        # ("as the Norr Review put it in a long essay, “…”": "as" opens the clause)
        return after is None or after.is_punct or after.pos_ == "ADV" or as_clause
    if tok.lemma_.lower() == "read" and tok.pos_ == "VERB":
        # "…,” the release reads", "…,” read the survey": a document that reads is a source.
        return any(
            c.dep_ in {"nsubj", "dobj"} and c.lemma_.lower() in document_nouns()
            for c in tok.children
        )
    lemma = tok.lemma_.lower()
    if lemma == "issue" and tok.pos_ == "VERB":
        # "X issued a warning to Senate leaders to “avoid political games”": the warning's
        # words are the subject's.
        said = cue_words("speech_objects_of_issue")
        return any(c.dep_ == "dobj" and c.lemma_.lower() in said for c in tok.children)
    if lemma in _FINDING_VERBS and tok.pos_ == "VERB":
        # "NMA research showed that “…”": a study or report that shows or finds speaks.
        return any(
            c.dep_ == "nsubj" and c.lemma_.lower() in document_nouns() | {"data"}
            for c in tok.children
        )
    if _mistagged_past_after_mark(tok):
        return True  # "“…,” opined analyst Ana Vey": the tagger took the verb for an adjective
    if _mistagged_present_with_subject(tok):
        return True  # "“…,” the Norrpay announcement states": a noun with a subject
    if _mistagged_present_after_mark(tok):
        return True  # "“…,” the X post claims,": the subject read as the noun's modifier
    if tok.pos_ == "VERB" and _frames_as_quote(tok):
        return True  # "Kell admires the general as a “strong leader”": the subject's words
    if tok.pos_ == "NOUN" and lower.endswith("ing") and tok.dep_ in _VERBAL_DEPS:
        lemma = _ing_stem(lower)  # ", writing, “…”": a participle the tagger took for a noun
        if lemma in reporting_verbs():
            return not _takes_a_figure(tok)
    if lemma not in reporting_verbs() and lower not in reporting_verbs():
        if lemma not in adjacent_only_verbs():
            return False
    if _takes_a_figure(tok):
        return False  # "the index added 18.4%", "it noted gains of $2 billion"
    if tok.tag_ == "VBG" and tok.head.lower_ == "worth":
        return False  # "It is worth mentioning that X replied": the writer's aside, no source
    if lemma in _CLAUSE_ONLY_VERBS and not (
        tok.tag_ in _FINITE_VERB_TAGS
        and any(c.dep_ == "ccomp" for c in tok.children)
        and not any(c.dep_ in {"dobj", "auxpass", "nsubjpass"} for c in tok.children)
    ):
        # "Lars considers that the coin is “setting up nicely”" reports a view; "considered
        # the chances", "a proposal that would consider “…”", "considered a “safe haven”"
        # do not.
        return False
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 2].whitespace_:
        return False  # "their long-criticized approach": a word inside a compound adjective
    return tok.pos_ in {"VERB", "AUX"} or tok.tag_.startswith("VB")


#: Reporting verbs that report only as a finite verb with a clause ("X considers that …",
#: "X estimated that …"; not "an estimated “war chest”", "estimated the loss at …").
_CLAUSE_ONLY_VERBS = frozenset({"consider", "estimate"})
#: Verbs by which a document, not a person, reports ("the survey found that “…”").
_FINDING_VERBS = frozenset({"show", "find"})
_OPENING_MARKS = frozenset({"“", '"', "‘"})
#: Subjects that are no source, and verbs whose "as" names or classes rather than judges.
_THING_SUBJECTS = frozenset({"it", "this", "that", "which", "what"})
_AS_NAMING_VERBS = frozenset(
    {"know", "be", "come", "serve", "act", "see", "regard", "view", "rank", "emerge", "count"}
)


def _frames_as_quote(verb: Token) -> bool:
    """A verb whose own "as" opens a quotation ("dismissed the plan as “…”", "admires him as a
    “…”"), with a subject that says so (not "known as", not a passive)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in _THING_SUBJECTS:
        return False  # "It comes across as “too loud”": no one says so
    if verb.lemma_.lower() in _AS_NAMING_VERBS:
        return False  # "known as “Big Whale”", "serves as the “anchor”"
    doc = verb.doc
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        k = prep.i + 1
        if k < len(doc) and doc[k].lower_ in {"a", "an", "the", "being"}:
            k += 1
        if k < len(doc) and doc[k].text in _OPENING_MARKS:
            return True
    return False


#: Marks that close a quotation (a curly single one too: "‘…’ said X").
_CLOSING_MARKS = frozenset({"”", '"', "’"})


def _mistagged_present_with_subject(tok: Token) -> bool:
    """A present-tense reporting verb the tagger called a plural noun ("states", "notes"),
    though the parser gives it a subject."""
    lower = tok.lower_
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or not lower.endswith("s"):
        return False
    if not any(c.dep_ == "nsubj" for c in tok.children):
        return False
    return lower[:-1] in reporting_verbs()


def _mistagged_present_after_mark(tok: Token) -> bool:
    """ "“…,” the X post claims,": a present-tense reporting verb the tagger called a plural
    noun, its subject the noun the parser made its modifier, right after a quote's closing
    mark and before the clause's end."""
    lower = tok.lower_
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or lower[:-1] not in reporting_verbs():
        return False
    doc = tok.doc
    if not any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in tok.lefts):
        return False
    # (the parser may hang the closing mark, even the quote, on the noun too)
    left = min(c.left_edge.i for c in tok.lefts if c.dep_ in {"det", "compound", "amod"})
    if left < 1:
        return False
    before = doc[left - 1]
    closing = before.text in _CLOSING_MARKS or (
        before.text == "," and left > 1 and doc[left - 2].text in _CLOSING_MARKS
    )
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return closing and (after is None or after.text in {",", ".", ";"})


def _written_thing_before(verb: Token, noun: Token) -> SpeakerRef | None:
    """ "the X post" of "“…,” the X post claims": the written thing the parser made the
    misread verb's modifier, which stands for its author named before."""
    lemma = noun.lemma_.lower()
    if lemma not in source_nouns() and lemma not in document_nouns():
        return None
    the = next((c for c in verb.lefts if c.dep_ == "det" and c.lower_ == "the"), None)
    return _source_phrase(verb.doc[the.i : noun.i + 1], noun) if the is not None else None


def _mistagged_past_after_mark(tok: Token) -> bool:
    """A past-tense reporting verb right after a quote's closing mark that the tagger did not
    call a verb."""
    lower = tok.lower_
    if tok.pos_ in {"VERB", "AUX"} or not lower.endswith("ed") or tok.i < 1:
        return False
    if tok.doc[tok.i - 1].text not in _CLOSING_MARKS:
        return False
    return any(stem in reporting_verbs() for stem in (lower[:-1], lower[:-2]))


def _takes_a_figure(verb: Token) -> bool:
    """A verb whose direct object is a number or an amount: it reports a change, not speech;
    so does "add" with a thing as object ("Sega adding tokens to its game"). "Report" reports
    whatever its object ("Norrcoin reported $1 billion in profit, “driven by …”")."""
    if verb.lemma_.lower() == "report":
        return False
    for child in verb.children:
        thing = child.dep_ == "dobj" and child.pos_ in {"NOUN", "PROPN"}
        if verb.lemma_.lower() == "add" and thing:
            return True
        if verb.lemma_.lower() == "post" and thing and any(_figure(t) for t in child.subtree):
            return True  # "Minerva posted the highest cost per coin of $72,600": a result
        if child.dep_ in {"dobj", "npadvmod", "attr"}:
            if child.like_num or child.ent_type_ in {"PERCENT", "MONEY", "CARDINAL", "QUANTITY"}:
                return True
            if any(t.like_num for t in child.lefts) and child.text in {"%", "percent"}:
                return True
    return False


def _figure(tok: Token) -> bool:
    return tok.like_num or tok.ent_type_ in {"PERCENT", "MONEY"}


def _given_name_word(tok: Token) -> bool:
    """ "analyst Will Clemente": a capitalised word that is also a verb ("Will"), a given name
    when it sits inside a sentence before a capitalised proper noun."""
    doc = tok.doc
    return (
        tok.text[:1].isupper()
        and not tok.is_sent_start
        and not doc[tok.i - 1].text[:1].isupper()  # not a headline's "Prices Will Rise"
        and tok.lower_ in first_names()
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].text[:1].isupper()
        and doc[tok.i + 1].pos_ == "PROPN"
    )


def surname_pronoun(tok: Token) -> bool:
    """ "Kevin He said": a capitalised pronoun inside a sentence, right after a given name, is
    a surname ("He", "You"), not the pronoun."""
    if tok.i == 0 or tok.is_sent_start or not tok.text.istitle() or tok.lower_ not in pronouns():
        return False
    before = tok.doc[tok.i - 1]
    given = (
        before.whitespace_ == " "
        and before.is_alpha
        and before.text.istitle()
        and before.lower_ in given_names()
        and not before.is_sent_start
    )
    inside_person = (
        before.ent_type_ == "PERSON" and tok.ent_iob_ == "I" and tok.ent_type_ == "PERSON"
    )
    return given or inside_person


def _is_namey(tok: Token) -> bool:
    """A token that can be part of a name: capitalised or a proper noun, not a stop word."""
    text = tok.text
    if not text or tok.is_punct or tok.is_space:
        return False
    if (text in _name_stop() or text.lower() in pronouns()) and not surname_pronoun(tok):
        return False
    if tok.pos_ == "AUX" and not _given_name_word(tok):
        return False  # "What The Analysts Are Saying": a heading's verb is no name
    if tok.i > 0 and tok.doc[tok.i - 1].text in {"#", "$"} and not tok.doc[tok.i - 1].whitespace_:
        return False  # "#Innovation", "$ETH": hashtags and cashtags name no one
    digits_then_capital = re.fullmatch(r"\d+[A-Z][A-Za-z]+", text) is not None  # "99Ledgers"
    digits_then_capital = digits_then_capital or is_handle_shape(text)  # "0xNorr", a handle
    brand = lower_brand(text)  # "eToro", "iShares", "zkSync"
    if not (text[:1].isupper() or (text[:1].isdigit() and tok.pos_ == "PROPN")):
        handle = tok.i >= 2 and _hyphen_joined(tok.doc, tok.i - 2, tok.i - 1)  # "M-log1"
        if not digits_then_capital and not handle and not brand:
            return False
    if tok.ent_type_ == "NORP" and tok.dep_ in {"amod", "compound", "nmod"}:
        return False  # "the Australian computer scientist": a nationality, not a name
    if tok.is_sent_start and tok.tag_ == "VBG" and text.endswith("ing"):
        return False  # "Citing Ron Paul as an influence, he …": the participle opening it
    if tok.is_sent_start and tok.i + 1 < len(tok.doc):
        # "Institutional investors said": a sentence's first word, capitalised only for that.
        nxt = tok.doc[tok.i + 1]
        if tok.pos_ == "ADJ" and nxt.text[:1].islower() and is_role_word(nxt.text):
            return False  # "Senior researcher at Norrfin, Vexo, said": the title's adjective
        if nxt.text[:1].islower() and nxt.pos_ in {"NOUN", "ADJ"}:
            return tok.lower_ not in lowercase_words(tok.doc)
        if (
            tok.tag_ == "NNS"
            and not tok.ent_type_
            and nxt.text[:1].islower()
            and nxt.pos_ in {"VERB", "AUX"}
            and not is_role_word(text)
            and text not in _midsentence_capitals(tok.doc)
            and not _repeated_capitalised_only(tok)
        ):
            # "Tools needed to … are in place:": a plural common noun, no name (but "Mallers
            # insisted" after "Jack Mallers": a surname the tagger took for a plural; nor
            # "Norrtos said" where the article writes "Norrtos" again, never in lower case).
            return False
    return True


def _repeated_capitalised_only(tok: Token) -> bool:
    """A word the article writes capitalised more than once and never in lower case."""
    doc = tok.doc
    if tok.lower_ in lowercase_words(doc):
        return False
    return sum(1 for t in doc if t.text == tok.text) >= 2


def lowercase_words(doc: Doc) -> frozenset[str]:
    """Words the article writes in lower case (cached on the doc)."""
    key = "nm_lowercase_words"
    cached = doc.user_data.get(key)
    if cached is None:
        cached = frozenset(
            t.text
            for t in doc
            if t.text[:1].islower() and not (_given_syllable(t) and doc[t.i - 1].text == "-")
        )  # ("min" of "Koh Sung-min" is a name's syllable: "Min Jae-won" stays whole)
        doc.user_data[key] = cached
    return cached  # type: ignore[no-any-return]


def _midsentence_capitals(doc: Doc) -> frozenset[str]:
    """Capitalised words the article writes inside a sentence (cached on the doc)."""
    key = "nm_midsentence_capitals"
    cached = doc.user_data.get(key)
    if cached is None:
        cached = frozenset(t.text for t in doc if t.text[:1].isupper() and not t.is_sent_start)
        doc.user_data[key] = cached
    return cached  # type: ignore[no-any-return]


def employer_of_title(span: Span) -> bool:
    """ "Lena Holt, COO of Norrpay Domains,": the name a job title is "of" or "at" is the
    employer's, whatever the model calls it."""
    doc = span.doc
    k = span.start - 1
    if k > 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 1 and doc[k].lower_ in {"of", "at"} and is_role_word(doc[k - 1].text)


def _word_before_given_name(doc: Doc, k: int, end: int) -> bool:
    """ "… Key Role in Future Lena Holt": a capitalised word that is no given name, right
    before a given name and a surname that end the run: a headline's word glued to the name."""
    return (
        end - k in (3, 4)
        and k > 0
        and doc[k - 1].is_alpha  # (in the headline's run, not opening a sentence: "Amna …")
        and doc[k].lower_ not in given_names()
        and given_and_surname(doc, k + 1, end)
    )


#: Company forms written after a comma in a firm's name ("Norr, Inc.").
_COMPANY_FORMS = frozenset({"inc", "ltd", "llc", "corp", "co", "plc", "lp", "llp", "s.a", "ag"})


def title_after_heading(tok: Token) -> bool:
    """ "… “….” All Eyes On The Weekly Close Analyst Norr Capital pointed out that …": a
    capitalised one-person title after a title-case heading glued to its sentence (every word
    from the sentence's start capitalised or a small word, three capitalised or more), with a
    name after it and then a verb in the past: the title opens the sentence after the heading."""
    word = tok.lower_
    if not (tok.text[:1].isupper() and tok.text[1:].islower()):
        return False
    if not is_role_word(word) or is_plural_role(word):
        return False
    doc = tok.doc
    lo = sent_tokens(tok)[0]
    before = [t for t in doc[lo : tok.i] if t.is_alpha]
    capitalised = sum(t.text[:1].isupper() for t in before)
    if capitalised < 3 or any(
        t.text.islower() and t.lower_ not in cue_words("title_small_words") and len(t) > 3
        for t in before
    ):
        return False
    end = tok.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1  # (the name's words)
    if end == tok.i + 1 or end >= len(doc):
        return False
    return doc[end].tag_ == "VBD" and doc[end].text.islower()


def trim_entity(ent: Span) -> Span | None:
    """An entity without the lower-case or common words the model let in front of it
    ("Crypto exchange Tradeon" → "Tradeon") and without a headline verb after it."""
    lo = ent.start
    for tok in ent:
        if _word_before_given_name(ent.doc, tok.i, ent.end):
            lo = tok.i + 1
            continue
        if tok.i < ent.end - 1 and title_after_heading(tok):
            lo = tok.i + 1  # "… Weekly Close Analyst Norr Capital pointed out": the title
            break
        if tok.i == ent.end - 1 or (_is_namey(tok) and tok.lower_ not in lowercase_words(ent.doc)):
            break
        if ent.label_ == "PERSON" and tok.lower_ in first_names() and tok.text[:1].isupper():
            break  # "Senator Bill Hagen" where the article also writes "the bill"
        lo = tok.i + 1
    # A headline's verb ends the name: "Kira Lund Calls for …" → "Kira Lund".
    hi = next(
        (
            t.i
            for t in ent.doc[lo + 1 : ent.end]
            if t.lower_ in _headline_verbs() and t.text[:1].isupper()
        ),
        ent.end,
    )
    # Whitespace tokens the model swept into an entity (tables in old wire copy) are no name.
    while lo < hi and ent.doc[lo].is_space:
        lo += 1
    while hi > lo and (
        ent.doc[hi - 1].is_space
        or (ent.doc[hi - 1].text in _name_stop() and not surname_pronoun(ent.doc[hi - 1]))
    ):
        hi -= 1  # "… CoinGlass Elsewhere, …": a sentence adverb after a glued caption
    if any(t.is_space for t in ent.doc[lo:hi]) or (lo < hi and heading_words(ent.doc[lo:hi])):
        return None
    doc = ent.doc
    if hi - lo >= 2 and doc[lo].text == doc[lo + 1].text and doc[lo].text[:1].isupper():
        lo += 1  # "Source: N44 N44 CEO Jo Park": a caption's credit, then the same name
    comma = next((t.i for t in reversed(doc[lo + 1 : hi - 1]) if t.text == ","), None)
    if comma is not None and doc[comma + 1].text[:1].isupper():
        # "… a language called Simplicity, Norrstream engineer X": a list or a clause runs
        # into the name; the name is what follows the last comma (not "Norr, Inc.")
        if doc[comma + 1].lower_.rstrip(".") not in _COMPANY_FORMS:
            lo = comma + 1
    while 0 < hi < len(doc) and doc[hi - 1].lower_ in NAME_PARTICLES and _is_namey(doc[hi]):
        hi += 1  # "Ursula von der" for "Ursula von der Leyen": the surname after the particle
    while ent.label_ == "PERSON" and 0 < hi < len(doc) - 1 and _hyphen_joined(doc, hi - 1, hi):
        hi += 2  # "Min Jae" for "Min Jae-won": the given name's second syllable
    if ent.label_ == "PERSON" and lo < hi:
        lo = _known_surname_only(ent.doc, lo, hi)  # "Pending Orlov" after "Vlad Orlov"
    # "Moody's US credit": an owner's "'s" ends the name (and stays when it is the firm's).
    owner = next((t.i for t in ent.doc[lo + 1 : hi - 1] if t.text in {"'s", "’s"}), None)
    if owner is not None:
        hi = owner + 1 if _possessive_firm(ent.doc, lo, owner) else owner
    # (a given name opening the entity starts the name: not "Wall Street Charles Edwards")
    opened = doc[lo].lower_ in first_names()
    while lo == ent.start and lo < hi and not opened and _left_name_word(doc, lo - 1, hi):
        lo -= 1  # "Norrpin Crypto" where the model tagged "Crypto" alone
    return ent.doc[lo:hi] if lo < hi else None


def _left_name_word(doc: Doc, i: int, hi: int) -> bool:
    """Whether token ``i``, right before a name ending at ``hi``, is a capitalised proper noun
    of no entity that the parser hangs on the name: the name's first word, left out."""
    if i < 0:
        return False
    tok = doc[i]
    return (
        tok.pos_ == "PROPN"
        and tok.dep_ == "compound"
        and i < tok.head.i < hi
        and tok.text[:1].isupper()
        and tok.text.isalpha()
        and not tok.ent_type_
        and not tok.is_sent_start
        and tok.lower_ not in lowercase_words(doc)
        and not has_role(tok.text)  # ("Senator Jo Park", "President Vale": a title)
        and tok.lower_.rstrip(".") not in honorifics()
        and tok.lower_ not in cue_words("public_offices")
    )


#: Tags of a finite verb: a name's first word never is one ("What Happens If …").
_FINITE_VERB_TAGS = frozenset({"VBZ", "VBP", "VBD"})


def heading_words(span: Span) -> bool:
    """ "What Happens If Ether …", "This Needs To Happen", "…, Analyst Warns": title-case
    words of a headline (a finite verb first, a "to" inside) that the model took for a name."""
    first = span[0]
    if first.lower_ in _headline_verbs() and first.text[:1].isupper():
        return True
    if first.pos_ == "VERB" and first.tag_ in _FINITE_VERB_TAGS:
        return True
    return any(t.tag_ == "TO" for t in span)


def _name_part(tok: Token) -> bool:
    """A word that may extend a name: a proper noun, or a capitalised word the article never
    writes in lower case ("Ivy" in "Ivy Lane", which the tagger may call an adjective)."""
    if tok.pos_ == "PROPN" or _given_name_word(tok) or surname_pronoun(tok):
        return True  # ("Kevin He": a surname spelled like a pronoun)
    return tok.text[:1].isupper() and tok.lower_ not in lowercase_words(tok.doc)


def entity_of(tok: Token) -> Span | None:
    if not tok.ent_type_:
        return None
    doc = tok.doc
    key = "nm_entity_by_token"
    table = doc.user_data.get(key)
    if not isinstance(table, dict):
        table = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        doc.user_data[key] = table
    found = table.get(tok.i)
    return found if isinstance(found, Span) else None


#: Lower-case particles inside names ("Patrik von Bahr", "Ursula von der Leyen").
NAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "del", "la", "le", "bin"})


def _person_before_place(place: Token) -> Token | None:
    """ "US Attorney Bill Essayli for the Central District of California explained": a place
    right before the verb, in phrases hung on a person's name, is where the person serves;
    the person speaks."""
    if not (place.ent_type_ in {"GPE", "LOC"} or is_place(place.text)):
        return None
    tok = place
    while tok.dep_ in {"pobj", "prep"} and tok.head.i < tok.i:
        tok = tok.head
        if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN":
            return tok
    return None


def _person_of_firm(doc: Doc, subj: Token, speaker: SpeakerRef | None) -> SpeakerRef | None:
    """ "Clinton Ivo of Ivo Legal Group LLC told …": the parser makes the firm the subject; the
    person named before "of" speaks (the firm becomes their organisation)."""
    if speaker is None or speaker.kind != "organization" or speaker.needs_antecedent:
        return None
    if subj.ent_type_ in {"GPE", "LOC"} or is_place(speaker.text):
        return None  # "… for the Central District of California explained": a place, no firm
    k = subj.i  # back over the firm's capitalised words ("Ivo Legal Group LLC")
    while k > 0 and doc[k - 1].text[:1].isupper() and subj.i - k < 6:
        k -= 1
    if k < 3 or doc[k - 1].lower_ != "of":
        return None
    person = name_tokens(doc[k - 2])
    if person is None or person[1] - person[0] < 2:
        return None
    found = speaker_from_tokens(doc, *person)
    return found if found.kind == "person" else None


def _hyphen_joined(doc: Doc, word: int, hyphen: int) -> bool:
    """Whether ``doc[word]`` and the token after ``doc[hyphen]`` are one hyphenated name."""
    before, mark = doc[word], doc[hyphen]
    after = doc[hyphen + 1] if hyphen + 1 < len(doc) else None
    return (
        mark.text == "-"
        and after is not None
        and not before.whitespace_
        and not mark.whitespace_
        and before.text[:1].isupper()
        and (after.text[:1].isupper() or handle_tail(after.text) or _given_syllable(after))
    )


def _given_syllable(tok: Token) -> bool:
    """ "won" in "Min Jae-won": the lower-case second syllable of a hyphenated given name."""
    return tok.is_alpha and tok.text.islower() and len(tok.text) <= 5 and tok.pos_ == "PROPN"


#: Most tokens a name reaches on either side of the word it is built from.
_NAME_REACH = 4
#: Marks around a nickname written inside a name ("Changpeng ‘CZ’ Zhao").
_NICK_OPEN = frozenset({"‘", "“", '"', "'"})
_NICK_CLOSE = frozenset({"’", "”", '"', "'"})
#: Longest nickname, in tokens ("Tony “The Bull” Severino").
_NICK_WORDS = 3


def _nickname_end(doc: Doc, k: int, sent_end: int) -> int | None:
    """The token after a quoted nickname that opens at ``k`` and is followed by a name part
    ("‘CZ’ Zhao" → Zhao's index), or None: one to three capitalised words ("The" may lead)."""
    if k >= sent_end or doc[k].text not in _NICK_OPEN or doc[k].whitespace_:
        return None
    for close in range(k + 2, min(k + 2 + _NICK_WORDS, sent_end)):
        if doc[close].text in _NICK_CLOSE:
            words = doc[k + 1 : close]
            if doc[close - 1].whitespace_ or not all(
                w.text[:1].isupper() and not w.is_punct for w in words
            ):
                return None
            last = close + 1
            if (
                doc[close].whitespace_
                and last < sent_end
                and _is_namey(doc[last])
                and _name_part(doc[last])
            ):
                return last
            return None
    return None


def _nickname_before(doc: Doc, lo: int, sent_start: int) -> int | None:
    """The given name before a quoted nickname that ends right before ``lo``, or None."""
    for k in range(lo - 2, max(sent_start, lo - 2 - _NICK_WORDS) - 1, -1):
        if k - 1 >= sent_start and _nickname_end(doc, k, lo + 1) == lo:
            given = doc[k - 1]
            if _is_namey(given) and _name_part(given) and given.whitespace_:
                return k - 1
    return None


def _joins_back(doc: Doc, lo: int, sent_start: int) -> int | None:
    """Where a name starting at ``lo`` starts once one more part before it is taken: a proper
    noun ("Vetle" before "Lunde"), a hyphenated part ("Berners-" before "Lee"), a name with
    lower-case particles ("Michaël van de" before "Poppe") or a quoted nickname ("Changpeng
    ‘CZ’" before "Zhao"); None when nothing joins."""
    if lo - 2 >= sent_start and _hyphen_joined(doc, lo - 2, lo - 1):
        return lo - 2
    if (given := _nickname_before(doc, lo, sent_start)) is not None:
        return given
    k = lo
    while k - 1 >= sent_start and doc[k - 1].lower_ in NAME_PARTICLES and lo - k < 2:
        k -= 1
    if k < lo and doc[lo].text[:1].isupper():
        first = k - 1  # the given name before the particles
        if first >= sent_start and _is_namey(doc[first]) and _name_part(doc[first]):
            return first
        return None
    before = lo - 1
    if (
        before >= sent_start
        and _is_namey(doc[before])
        and _name_part(doc[before])
        and doc[before].whitespace_
    ):
        return before
    if (
        before >= sent_start
        and doc[before].whitespace_
        and _NUMBER_WORD.fullmatch(doc[before].text)
    ):
        return before  # "12x Research": a name may open with a figure glued to letters
    return None


#: A figure glued to letters that opens a firm's name ("10x", "1inch"), not a unit ("5th").
_NUMBER_WORD = re.compile(r"[0-9]+(?:x|[a-z]{3,})")


def _extend_back(doc: Doc, i: int, sent_start: int) -> int:
    # Only proper nouns extend a name: a headline glued before it ("Token Rally Stalls
    # Chainlyte reported") stays out.
    lo = i
    while (step := _joins_back(doc, lo, sent_start)) is not None and step >= i - _NAME_REACH - 2:
        if step < i - _NAME_REACH and not (
            _hyphen_joined(doc, step, step + 1)
            or doc[step + 1].lower_ in NAME_PARTICLES
            or doc[step + 1].text in _NICK_OPEN
        ):
            break
        lo = step
    if _ampersand_joined(doc, lo - 1, sent_start, len(doc)):
        lo -= 2  # "Ernst & Young" from "Young"
    return lo


def _ampersand_joined(doc: Doc, amp: int, sent_start: int, sent_end: int) -> bool:
    """ "Ernst & Young", "Johnson & Johnson": an ampersand between two capitalised words of
    one firm's name."""
    return (
        sent_start < amp < sent_end - 1
        and doc[amp].text == "&"
        and doc[amp - 1].text[:1].isupper()
        and doc[amp + 1].text[:1].isupper()
        and _is_namey(doc[amp - 1])
        and _is_namey(doc[amp + 1])
    )


def _extend_forward(doc: Doc, i: int, sent_end: int) -> int:
    hi = i + 1
    while hi <= i + _NAME_REACH:
        if _ampersand_joined(doc, hi, 0, sent_end):
            hi += 2  # "Ernst & Young"
            continue
        # "KLT-NR", "Anna-Lena", "Chavez-DeRemer": parts joined by a hyphen are one name.
        if hi + 1 < sent_end and _hyphen_joined(doc, hi - 1, hi):
            hi += 2
            continue
        if doc[hi - 1].whitespace_ and (last := _nickname_end(doc, hi, sent_end)) is not None:
            hi = last + 1  # "Changpeng ‘CZ’ Zhao": a nickname between the names
            continue
        # "Mika van der Berg", "Ana de Souza": lower-case particles inside a name.
        k = hi
        while k < sent_end and doc[k].lower_ in NAME_PARTICLES and k - hi < 2:
            k += 1
        if k > hi:
            if k < sent_end and _is_namey(doc[k]) and doc[k].text[:1].isupper():
                hi = k + 1
                continue
            break
        if (
            hi < sent_end
            and _is_namey(doc[hi])
            and _name_part(doc[hi])
            and doc[hi - 1].whitespace_
            and hi <= i + 3
        ):
            hi += 1
            continue
        break
    return hi


def _name_units(doc: Doc, lo: int, hi: int) -> list[int]:
    """Where each word of a name starts: a hyphenated part or a particle joins the word after."""
    starts: list[int] = []
    k = lo
    while k < hi:
        starts.append(k)
        while k < hi and (
            doc[k].lower_ in NAME_PARTICLES or (k + 1 < hi and doc[k + 1].text == "-")
        ):
            k += 2 if k + 1 < hi and doc[k + 1].text == "-" else 1
        k += 1
    return starts


def _known_surname_only(doc: Doc, lo: int, hi: int) -> int:
    """ "Approval Still Pending Orlov added" after "Vlad Orlov": a run that ends with the
    surname of a person named in full elsewhere, but does not start like that name, is a
    headline glued to the surname."""
    if hi - lo < 2 or doc[hi - 1].text not in person_surnames(doc):
        return lo
    if hi - lo == 2 and doc[lo].lower_ in given_names():
        return lo  # "Donald Trump" after "Eric Trump": a relative, no headline
    run = doc[lo:hi].text
    fulls = [  # the names given earlier: the first one written is the person's
        doc[a:b] for a, b in _full_names(doc) if doc[b - 1].text == doc[hi - 1].text and b <= lo
    ]
    if not fulls or any(run.startswith(e[0].text) or e.text.endswith(run) for e in fulls):
        return lo
    return hi - 1


def _after_title_of(doc: Doc, lo: int, hi: int) -> int:
    """ "Secretary of Trade Lina Morel-DeVane": after a title with "of", the first words of a
    long run name the office; the person is the last two words (given name, surname)."""
    if lo < 2 or doc[lo - 1].lower_ != "of" or not is_role_word(doc[lo - 2].lower_):
        return lo
    units = _name_units(doc, lo, hi)
    return units[-2] if len(units) >= 3 else lo


def _glued_break(doc: Doc, k: int) -> bool:
    """The parser's sentence break before token ``k`` falls inside a name ("co-founder Yat |
    Siu says"): no punctuation, one space, a capitalised proper noun on both sides."""
    before, tok = doc[k - 1], doc[k]
    return (
        before.pos_ == "PROPN"
        and tok.pos_ == "PROPN"
        and before.whitespace_ == " "
        and tok.text[:1].isupper()
        and before.text[:1].isupper()
    )


def _name_run(tok: Token) -> tuple[int, int] | None:
    """Token range of the capitalised run through ``tok`` (a name written as one block)."""
    if not _is_namey(tok):
        return None
    doc = tok.doc
    sent_start, sent_end = sent_tokens(tok)
    if sent_end < len(doc) and sent_end - 1 == tok.i and _glued_break(doc, sent_end):
        sent_end = sent_tokens(doc[sent_end])[1]
    lo, hi = _extend_back(doc, tok.i, sent_start), _extend_forward(doc, tok.i, sent_end)
    titled = lo > 0 and doc[lo - 1].text.islower() and is_role_word(doc[lo - 1].text)
    for k in range(lo, min(tok.i, hi - 1)):
        if is_role_word(doc[k].lower_) and doc[k + 1].lower_ in given_names():
            # "Market Watcher Daan Crypto Trades": a capitalised title before a given name
            # ends where the name starts (the title is read back from the words before)
            lo, titled = k + 1, True
            break
    # ("Norrvik Asset Management": a firm's name of a few words, ending in a firm's word,
    # keeps its words even when the article writes one in lower case: "the asset manager")
    firm = hi - lo <= 4 and doc[hi - 1].lower_ in org_words() and tok.i == hi - 1
    # ("noted Daan Crypto Trades in a post": a pseudonym of a few words opening with a given
    # name keeps its words too)
    pseudonym = hi - lo <= 4 and doc[lo].lower_ in given_names() and doc[lo].text.istitle()
    if hi - lo >= 3 and not titled and not firm and not pseudonym:
        # A long capitalised run is often a headline glued to the sentence: keep only words
        # that this article never writes in lower case ("Token Rally Stalls Chainlyte"); a
        # run right after a lower-case title is a name ("trader Dan Crypto Trades").
        common = lowercase_words(doc)
        k = tok.i
        while k - 1 >= lo and (
            doc[k - 1].lower_ not in common
            or (doc[k - 1].text.islower() and doc[k - 1].lower_ in NAME_PARTICLES)
        ):
            k -= 1  # ("Patrik von Bahr": a particle is written in lower case by nature)
        lo = k
    # A headline glued before the name ends with its verb: "… Data Shows Kay" → "Kay";
    # "Analyst Says" (the headline's own subject and verb) is no name.
    for k in range(hi - 1, lo - 1, -1):
        if doc[k].lower_ in _headline_verbs() and doc[k].text[:1].isupper():
            if k < tok.i:
                lo = k + 1
                break
            hi = k
    if lo >= hi:
        return None
    last = doc[hi - 1]
    after_title = titled and hi - lo >= 2  # "popular trader Byzantine Trader": a pseudonym
    if is_role_word(last.lower_) and last.ent_type_ != "PERSON" and not after_title:
        if not _repeated_pseudonym(doc, lo, hi):
            return None  # "Veteran Trader", "Top Pundit": a capitalised title, no name
    # Drop leading role titles and organisation names: "CEO James Davies", "Crypto Valley
    # Exchange James Davies" → "James Davies" (the words before are the title); not inside a
    # pseudonym in single marks ("YouTuber ‘Professor Norr’": the title is the name's).
    quoted = lo > 0 and doc[lo - 1].text in {"‘", "'"}
    for k in range(hi - 2, lo - 1, -1) if not quoted else ():
        word = doc[k].lower_
        if doc[hi - 1].lower_ in org_words() and (not is_role_word(word) or k == hi - 2):
            break  # "Federal Reserve Office", "Justice Department": a body's whole name
        if word in org_words() or is_role_word(word):
            if k + 1 < hi and doc[k + 1 : hi].text and k + 1 <= tok.i:
                lo = k + 1
            break
    while lo < hi and doc[lo].text in _name_stop():
        lo += 1
    lo = _after_title_of(doc, lo, hi)
    lo = _known_surname_only(doc, lo, hi)
    if lo < tok.i and _word_before_given_name(doc, lo, hi):
        lo += 1
    # Possessives ("K33's analyst") end a name.
    for k in range(lo, hi):
        if doc[k].text in {"'s", "’s"}:
            hi = k
            break
    if lo >= hi:
        return None
    if _possessive_firm(doc, lo, hi):
        hi += 1  # "Moody's said": the firm's name ends in its "'s"
    return _of_head(doc, lo, sent_start), _of_tail(doc, hi, sent_end)


def _repeated_pseudonym(doc: Doc, lo: int, hi: int) -> bool:
    """ "Norrquant’s Enigma Trader examined … Enigma Trader noted": a name ending in a title
    ("Trader") whose other words are proper nouns the article never writes in lower case,
    written twice or more: a pseudonym, not a capitalised title ("Veteran Trader")."""
    words = doc[lo : hi - 1]
    if doc[hi - 1].lower_ not in cue_words("pseudonym_title_words"):
        return False
    if not len(words) or any(
        t.pos_ != "PROPN"
        or t.lower_ in lowercase_words(doc)
        or t.text in _name_stop()
        or is_role_word(t.lower_)
        or t.lower_ in cue_words("descriptive_words")
        for t in words
    ):
        return False
    return _times_written(doc[lo:hi].text, text_of(doc)) >= 2


def _of_head(doc: Doc, lo: int, sent_start: int) -> int:
    """The start of an organisation name whose run began after its "of" ("Bank of America
    calls": from "America" back to "Bank")."""
    k = lo - 1
    if k > sent_start and doc[k].lower_ == "the":
        k -= 1
    if k - 1 < sent_start or doc[k].lower_ != "of":
        return lo
    head = doc[k - 1]
    if head.lower_ not in _OF_HEADS or not head.text[:1].isupper():
        return lo
    start = k - 1
    while start - 1 >= sent_start and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
        start -= 1  # "Federal Reserve Bank of New York"
    return start


#: Heads of organisation names that go on with "of" ("Department of Finance", "Bank of Japan").
_OF_HEADS = frozenset(
    {"department", "ministry", "bank", "university", "office", "board", "commission",
     "council", "institute", "bureau", "federation", "association", "chamber", "court"}
)  # fmt: skip


def _possessive_firm(doc: Doc, lo: int, hi: int) -> bool:
    """A one-word name in the table of firms named with an "'s" ("Moody's"), followed by it,
    not after a given name ("Chris Christie's")."""
    if hi - lo != 1 or hi >= len(doc) or doc[hi].text not in {"'s", "’s"}:
        return False
    before = doc[lo - 1] if lo > 0 else None
    if before is not None and before.text[:1].isupper() and before.pos_ == "PROPN":
        return False
    return doc[lo].text in possessive_names()


def _of_tail(doc: Doc, hi: int, sent_end: int) -> int:
    """The end of an organisation name that goes on with "of" + a capitalised name."""
    if hi + 1 >= sent_end or doc[hi - 1].lower_ not in _OF_HEADS or doc[hi].lower_ != "of":
        return hi
    k = hi + 1
    if doc[k].lower_ == "the" and k + 1 < sent_end:
        k += 1
    end = k
    while end < sent_end and end - k < 3 and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    return end if end > k else hi


def name_tokens(tok: Token) -> tuple[int, int] | None:
    """The name a subject token stands in, as a token range."""
    doc = tok.doc
    if tok.lower_ in NAME_SUFFIXES and tok.i > 0 and _is_namey(doc[tok.i - 1]):
        # "Eric Council Jr.’s team": the suffix ends the name before it, never a name alone
        before = name_tokens(doc[tok.i - 1])
        if before is not None and before[1] >= tok.i:
            return before[0], max(before[1], tok.i + 1)
    run = _name_run(tok)
    if run is None:
        return None
    lo, hi = run
    if hi - lo > 1 and in_teaser(doc[lo]):
        # "Related: … As Rate Fears Fall Mara points out": the sentence glued to a teaser's
        # headline opens the name
        k = lo
        while k < hi and in_teaser(doc[k]):
            k += 1
        lo = k if k < hi else lo
    titled = next((k for k in range(lo, hi - 1) if title_after_heading(doc[k])), None)
    if titled is not None:
        lo = titled + 1  # "… Weekly Close Analyst Norr Capital pointed out": after the title
    run = lo, _of_phrase_end(doc, lo, hi)
    for more in (1, 2):
        # "USA Today", "The Washington Post": a known outlet's name, whatever its words
        if hi + more <= len(doc) and doc[lo : hi + more].text in cue_words("outlets"):
            return lo, hi + more
    # Trust a person entity that lies inside the capitalised run: it splits "K33 Vetle" and
    # "Secretary of Labor Lori Chavez-DeRemer", whichever word of the run we started from.
    own = entity_of(tok)
    found: list[Span | None] = [own] if own is not None and own.label_ in _NAME_LABELS else []
    found += [entity_of(tok.doc[k]) for k in range(lo, hi) if k != tok.i]
    for ent in found:
        if ent is not None and ent.label_ == "PERSON" and len(ent) >= 2:
            if ent[-1].lower_ in NAME_PARTICLES:
                continue  # "Ursula von der" for "Ursula von der Leyen": the run is whole
            # Another word's entity counts only as the run's tail (the name after a title),
            # not a headline's words the model took for a person ("Regulatory Approval").
            inside = lo <= ent.start and ent.end <= hi
            if inside and (ent.start <= tok.i < ent.end or ent.end == hi):
                start = _known_surname_only(tok.doc, ent.start, ent.end)
                return _given_after_title(doc, lo, start), ent.end
    return run


def _given_after_title(doc: Doc, lo: int, start: int) -> int:
    """ "Market Watcher Daan Crypto Trades", the model's person "Crypto Trades": the one
    plain capitalised word between the run's title and the person is the name's first."""
    k = start - 1
    if k < lo or k == 0 or not is_role_word(doc[k - 1].text):
        return start
    word = doc[k]
    plain = word.is_alpha and word.is_title and word.pos_ == "PROPN"
    return k if plain and word.lower_ not in org_words() and not is_role_word(word.text) else start


def _of_phrase_end(doc: Doc, lo: int, hi: int) -> int:
    """Where a body's name ends when it is headed by a unit (``unit_heads``) and goes on with
    "of" and more capitalised words: "Division" → "Division of Corporation Finance", "Office
    of the Comptroller" → "… of the Currency" (up to two more "of" phrases, "and" inside:
    "Division of Trading and Markets")."""
    if not any(t.text[:1].isupper() and t.lower_ in cue_words("unit_heads") for t in doc[lo:hi]):
        return hi
    for _ in range(2):
        k = hi
        if k + 1 >= len(doc) or doc[k].lower_ != "of" or not doc[hi - 1].text[:1].isupper():
            return hi
        k += 1
        if doc[k].lower_ == "the":
            k += 1
        j = k
        while j < len(doc) and j - k < 5:
            word = doc[j]
            if (
                word.is_alpha
                and word.text[:1].isupper()
                and word.pos_ in {"PROPN", "NOUN"}
                or (
                    word.lower_ == "and"
                    and j > k
                    and j + 1 < len(doc)
                    and doc[j + 1].text.istitle()
                )
            ):
                j += 1
                continue
            break
        if j == k or doc[j - 1].lower_ == "and":
            return hi
        hi = j
    return hi


def named_speaker(tok: Token) -> SpeakerRef | None:
    """The speaker the name through ``tok`` is, with its role and firm; None when ``tok``
    stands in no name."""
    span = name_tokens(tok)
    return speaker_from_tokens(tok.doc, *span) if span is not None else None


def _someone_at_firm(doc: Doc, lo: int, hi: int) -> bool:
    """ "Norrfin’s Lena Holm": two or three plain capitalised words after a firm's possessive
    are one of its people, though the model reads the whole as an organisation; so are they
    after a common given name ("Ivan Brant added")."""
    return (
        _plain_name_words(doc, lo, hi)
        and ((lo > 1 and doc[lo - 1].text in {"’s", "'s"}) or doc[lo].lower_ in first_names())
        and not any(is_role_word(t.lower_) for t in doc[lo:hi])
    )


def _plain_name_words(doc: Doc, lo: int, hi: int) -> bool:
    """Two or three plain capitalised words, none a word that ends a firm's name."""
    return 2 <= hi - lo <= 3 and all(
        t.is_alpha and t.is_title and t.lower_ not in org_words() for t in doc[lo:hi]
    )


def _whole_firm(text: str, role: RoleOrg) -> RoleOrg:
    """ "Bit Digital CEO" read as the firm "Bit" and the title "Digital CEO": the capitalised
    words opening the title belong to the firm when the article writes the longer name
    elsewhere too ("shares of Bit Digital"), and a title is left."""
    if not role.role or not role.organization:
        return role
    words = role.role.split()
    for k in range(len(words) - 1, 0, -1):
        if not all(w[:1].isupper() for w in words[:k]):
            continue
        firm = f"{role.organization} {' '.join(words[:k])}"
        rest = " ".join(words[k:])
        if has_role(rest) and times_named(firm, text) >= 2:
            return RoleOrg(rest, firm)
    return role


def _first_named(doc: Doc, lo: int, hi: int) -> bool:
    """ "analysts Ana Lindqvist and Tom Becker": a given name (common, or one the model reads
    as a person's with the surname) and a surname, plain capitalised words, are a person
    however plural the title before them."""

    def personal(a: int, b: int) -> bool:
        return doc[a].lower_ in first_names() or all(t.ent_type_ == "PERSON" for t in doc[a:b])

    if not _plain_name_words(doc, lo, hi):
        return False
    if personal(lo, hi):
        return True
    # "… Reginald Holt and Charles Pim": the name joined to it is a person's.
    end = hi + 1
    while end < len(doc) and end - hi <= 3 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    joined = hi < len(doc) and doc[hi].lower_ == "and"
    return joined and _plain_name_words(doc, hi + 1, end) and personal(hi + 1, end)


def _kind_of(doc: Doc, lo: int, hi: int, role: RoleOrg, before: str) -> str | None:
    words = before.lower().split()
    if not role.role and introduced_as_org(text_of(doc), doc[lo].idx):
        return "organization"  # "trading resource The Norrvik Letter"
    if not role.role and words and words[-1] in source_nouns():
        return "organization"  # "options data provider Delta Row"
    if role.role and is_plural_role(role.role) and not _first_named(doc, lo, hi):
        return "organization"  # "analysts at … firm Marlow", "Chainlyte analysts"
    if hi - lo >= 2 and doc[hi - 1].lower_ in org_words():
        return "organization"  # "the official Bitcoin Office": a body's name, whatever before
    if role.role:
        return "person"
    if _person_only_context(doc, lo, hi):
        return "person"
    if hi - lo == 1 and doc[lo].text in person_surnames(doc):
        return "person"  # "Siu said" after "co-founder Yana Siu", whatever the model says
    if known_firm(doc[lo].text) or person_named_firm(doc[lo:hi].text):
        return "organization"  # "Binance Pay said", "Raymond James said": not a person
    labels = {t.ent_type_ for t in doc[lo:hi]}
    if "PERSON" in labels or _someone_at_firm(doc, lo, hi) or given_and_surname(doc, lo, hi):
        return "person"
    if hi - lo >= 2 and doc[hi - 1].lower_ in cue_words("pseudonym_title_words"):
        return "person"  # "Enigma Trader": a pseudonym, however the model labels it
    if labels & {"ORG", "GPE", "NORP", "FAC", "PRODUCT"}:
        return "organization"
    if any(t.lower_ in org_words() for t in doc[lo:hi]):
        return "organization"
    return "person" if hi - lo >= 2 else None


def given_and_surname(doc: Doc, lo: int, hi: int) -> bool:
    """ "Lena Holt posted …": a known given name and one or two capitalised words, a person's
    name whatever the model's label (it calls many such names organisations)."""
    words = doc[lo:hi]
    if _FAMILY_THEN_HYPHENATED.fullmatch(words.text) and not known_firm(words.text):
        return True  # "Koh Kyung-chul", "Min Byeong-deok": a family name, a two-part given name
    return (
        2 <= len(words) <= 3
        and words[0].lower_ in given_names()
        and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words)
        and not any(t.lower_ in org_words() for t in words)
        and not known_firm(words.text)
        and not person_named_firm(words.text)
    )


#: A short family name, then a given name of two hyphenated syllables, the second in small
#: letters ("Koh Kyung-chul"): the romanised Korean way of writing a person's name.
_FAMILY_THEN_HYPHENATED = re.compile(r"[A-Z][a-z]{1,4} [A-Z][a-z]+-[a-z]+")

_BY_WRITER = re.compile(r"((?:[A-Z][\w&.’'-]*\s+){1,3})([a-z]+)\s+by\s+(?:[a-z][\w-]*\s+){0,3}$")


def _published_by(before: str) -> str | None:
    """ "a recent Norrfin Weekly note by analyst Kay": the firm whose publication the name
    wrote; the capitalised words before a source noun and "by"."""
    m = _BY_WRITER.search(before)
    if m is None or m[2] not in source_nouns():
        return None
    words = m[1].split()
    while words and words[0].lower() in {"a", "an", "the", "in", "on", "per"}:
        words = words[1:]
    return " ".join(words) or None


def _person_only_context(doc: Doc, lo: int, hi: int) -> bool:
    """Words only a person takes: "X, who …", an honorific or "user" before ("Ms. X"), a one-word
    name after a firm's possessive ("Norrfin’s X")."""
    after = [t.lower_ for t in doc[hi : hi + 2]]
    if after == [",", "who"]:
        return True
    if lo > 1 and doc[lo - 1].text in {"’s", "'s"} and doc[lo - 2].text[:1].isupper():
        return hi - lo == 1  # "Norrfin’s Lindqvist said": one of the firm's people
    if lo > 0 and doc[lo - 1].lower_ in cue_words("handle_holder_nouns"):
        return True  # "the popular X user NORRWIZ": a user is a person, however capitalised
    return lo > 0 and doc[lo - 1].lower_ in honorifics()


#: "Ana Ruiz of Harbor Funds": a firm written with "of" right after a full name.
_OF_FIRM = re.compile(
    r"^\s+(of|from)\s+(?:the\s+)?([A-Z][\w&-]*(?:\s+(?:(?:of|and|&|de)\s+)?[A-Z][\w&-]*){0,4})"
    r"(?=[\s,.;:!?]|[’']s|$)"
)


@lru_cache(maxsize=1)
def _from_firm_noun() -> re.Pattern[str]:
    """ " from decentralized finance (DeFi) lending platform Norrlend": "from", lower-case
    words (and a bracketed acronym), a firm's noun (``org_intro_nouns``), then its name."""
    nouns = org_intro_alternation()
    return re.compile(
        r"^\s+from\s+(?:the\s+|an?\s+)?(?:(?:[a-z][\w-]*|\([A-Za-z]{2,8}\))\s+){0,6}?"
        rf"(?:{nouns})\s+"
        r"([A-Z][\w&-]*(?:\s+(?:(?:of|and|&|de)\s+)?[A-Z][\w&-]*){0,4})(?=[\s,.;:!?]|[’']s|$)"
    )


@lru_cache(maxsize=1)
def org_intro_alternation() -> str:
    """The firm nouns of ``org_intro_nouns`` as one regular-expression alternation."""
    return "|".join(map(re.escape, sorted(cue_words("org_intro_nouns"))))


@lru_cache(maxsize=1)
def _title_of_firm_noun() -> re.Pattern[str]:
    """ "CEO of business intelligence firm ", "head of research at crypto exchange ": a title
    whose preposition names a kind of firm, right before the name, which is the firm's."""
    nouns = org_intro_alternation()
    return re.compile(
        r"\b(?:of|at|for|with)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,4}?" rf"(?:{nouns})\s*$"
    )


_FIRMS = "(?:" + "|".join(FIRM_NOUNS) + ")"
#: ", the firm’s CEO": an appositive whose organisation is named earlier in the text.
_THE_FIRMS = re.compile(r",\s*(?:the|its)\s+(?:[A-Za-z-]+\s+){0,2}?" + _FIRMS + r"[’']s\s")
#: The end of a sentence right after a name ("according to Norrfin's CEO, Jo Park.").
_SENTENCE_END = re.compile(r"\s*(?:[.;]|$)")
#: "the exchange’s managing director X": the same, as a title before the name.
_FIRMS_TITLE = re.compile(r"\b" + _FIRMS + r"[’']s\s+[^,.;:]*$")


#: Asset kinds whose ticker also names a company that can speak ("KGC said").
COMPANY_TICKERS = frozenset({"stock", "security"})


def asset_spans(doc: Doc, *, companies: bool = True, issuers: bool = True) -> list[tuple[int, int]]:
    """Character spans of the coins and tickers ``nm_assets`` found (no one's name); with
    ``companies=False``, not the tickers of listed companies, which speak for the company;
    with ``issuers=False``, not coins named after their issuer ("Tether said")."""
    text = text_of(doc)
    return [
        (a.start, a.end)
        for a in (getattr(doc._, "nm_assets", None) or [])
        if (companies or a.kind not in COMPANY_TICKERS)
        and (issuers or not speaking_issuer(text[a.start : a.end]))
    ]


def _a_listed_company(doc: Doc, start: int, end: int) -> bool:
    """Whether ``start``–``end`` is written as a listed company's stock ("Strategy", "MSTR")."""
    return any(
        a.start == start and a.end == end and a.kind in COMPANY_TICKERS
        for a in (getattr(doc._, "nm_assets", None) or [])
    )


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _a_persons(doc: Doc, lo: int, hi: int) -> bool:
    """Whether the model reads ``doc[lo:hi]`` as a person's name on its own ("Dana Kett’s"); a
    single word only if a given name or the surname of someone the article names in full
    (not "Norrstrat’s Tom Lee", a firm the model calls a person)."""
    ent = entity_of(doc[lo])
    if ent is None or ent.label_ != "PERSON" or ent.end != hi:
        return False
    word = doc[lo].text
    return hi - lo > 1 or word.lower() in given_names() or word in person_surnames(doc)


def term_acronym(text: str, start: int, name: str) -> bool:
    """An acronym in parentheses after lower-case words: a term's short form ("megawatt
    (MW)"), not an organisation's."""
    if not name.isupper() or text[max(0, start - 1) : start] != "(":
        return False
    words = text[max(0, start - 40) : start - 1].split()
    return bool(words) and words[-1][:1].islower()


#: "Sangha Labs, a bitcoin mining firm that …": a name the appositive after it calls a firm.
#: "Norrvik, a payments provider": any firm noun of ``firm_nouns`` ends the appositive (not
#: one after a preposition: "Jim Yang, a co-founder of liquidity provider Orbit Markets", "Kay,
#: a contributor to analytics platform Norrquant"), perhaps with its ticker ("Norrvik Power
#: (NRVK), a mining company").
_APPOSITIVE_FIRMS = "(?:" + "|".join(sorted({*FIRM_NOUNS, *cue_words("firm_nouns")})) + ")"
_FIRM_APPOSITIVE = re.compile(
    r"\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:\s+\([A-Z0-9.:-]{2,12}\))?,\s+(?:a|an)\s+"
    r"(?:(?!(?:of|at|for|with|from|to|in|on|by)\s)[\w’'-]+\s+){0,5}?" + _APPOSITIVE_FIRMS + r"\b"
)


#: "Norway’s biggest crypto exchange, Norrbit, has …", "The exchange, Norrbit, said", "…, a
#: US-based adviser firm, Two Norr, has": the name in apposition after a firm noun that a
#: possessive, a sentence's "The" or "A", or "a" after a comma opens (not
#: "On the platform, Kay Lund, a trader, said": a preposition's noun; nor "Norrex’s head of
#: exchange, Ola Berg,": a title).
_FIRM_THEN_NAME = re.compile(
    r"(?:[’']s|\b[Ii]ts|\b[Tt]heir|(?:^|(?<=[.!?]\s))(?:The|An?)|(?<=,\s)an?)\s+"
    r"(?:(?!(?:of|at|for|with|from)\s)(?:[a-z][\w-]*|[A-Z]\w*-[a-z][\w-]*)\s+){0,4}?"
    + _APPOSITIVE_FIRMS
    + r",\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}),"
)


def appositive_firms(text: str, end: int | None = None) -> list[tuple[int, str]]:
    """Names introduced as firms by an appositive ("Norrvik Power, a mining company that",
    "Norway’s biggest exchange, Norrbit,"), with their offsets, before ``end``."""
    stop = end or len(text)
    found = [(m.start(1), m.group(1)) for m in _FIRM_APPOSITIVE.finditer(text, 0, stop)]
    found += [(m.start(1), m.group(1)) for m in _FIRM_THEN_NAME.finditer(text, 0, stop)]
    return sorted(_after_sentence_end(at, name) for at, name in found)


#: A sentence's last word and its period inside a run of capitalised words ("Thursday. ").
_SENTENCE_END_IN_NAME = re.compile(r"[A-Z][a-z]{3,}\.\s+")


def _after_sentence_end(at: int, name: str) -> tuple[int, str]:
    """ "Thursday. Norrland Racing Club": the name starts after the sentence ending in it (not
    at "Norr Co. Holdings": a firm's short word)."""
    ends = list(_SENTENCE_END_IN_NAME.finditer(name))
    return (at + ends[-1].end(), name[ends[-1].end() :]) if ends else (at, name)


#: ", head of the central bank": a title of a public body written with its common noun.
_OF_THE_BODY = re.compile(
    r",\s*(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:head|governor|chair|chairman|chairwoman|chief|"
    r"director|president)\s+of\s+the\s+(central\s+bank|ministry|agency|commission)\b"
)


#: ", director of the department of tourism": a body written in small letters, its field after
#: "of" (the name as written is the organisation).
_OF_A_LOWER_UNIT = re.compile(
    r",\s*(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:head|chief|director|secretary|minister)\s+of\s+the\s+"
    r"((?:department|ministry|office|bureau)\s+of\s+[a-z]+(?:\s+and\s+[a-z]+)?)\b"
)


def _body_of_noun_before(doc: Doc, char: int, noun: str) -> str | None:
    """The public body named before ``char`` whose name has ``noun``'s head capitalised
    ("the central bank" → "Bank of Russia"), the last such; else None."""
    head = noun.split()[-1].capitalize()
    names = [
        re.sub(r"^[Tt]he\s+", "", ent.text)
        for ent in doc.ents
        if ent.end_char <= char and ent.label_ == "ORG" and head in ent.text.split()
    ]
    return names[-1] if names else None


def _latest_org_before(doc: Doc, char: int, *, firms_only: bool = False) -> str | None:
    """The organisation "the firm" stands for at ``char``: of those the model found, or an
    appositive called a firm, before it (coins and tickers excluded), the one the article
    names most often, else the last. ``firms_only``: no public body ("the Senate")."""
    assets = asset_spans(doc)
    found: list[tuple[int, str]] = []
    text = text_of(doc)
    for ent in doc.ents:
        if ent.end_char > char:
            break
        if ent.label_ != "ORG" or overlaps(ent.start_char, ent.end_char, assets):
            continue
        if term_acronym(text, ent.start_char, ent.text):
            continue  # "a 19.9 megawatt (MW) facility": a unit's short form, no firm
        trimmed = trim_entity(ent)
        if trimmed is not None:
            found.append((trimmed.start_char, trimmed.text))
    found += appositive_firms(text, char)
    if firms_only:
        found = [(at, name) for at, name in found if not public_body_name(name)]
    named = [name for _, name in sorted(found)]
    if not named:
        return None
    counts = {n: times_named(n, text) for n in set(named)}
    top = max(counts.values())
    if top < 2:
        return named[-1]
    return next(n for n in reversed(named) if counts[n] == top)


#: Two titles set off one after the other, then a lower-case word (the verb): ", portfolio
#: manager, head of strategy at Norr Investments, wrote".
_TWO_TITLES = re.compile(r"\s*([^,“”\"]{2,60}),\s+([^,“”\"]{2,120}),\s+[a-z]")


def _employer_of_next_title(after: str, role: RoleOrg) -> RoleOrg:
    """ "Hani R, portfolio manager, head of strategy … at Norr Investments, wrote": the first
    title set off after a name, with the employer the second one names."""
    if not role.role or role.organization:
        return role
    m = _TWO_TITLES.match(after)
    if m is None or parse_appositive(m.group(1)).role != role.role:
        return role
    second = parse_appositive(m.group(2))
    return RoleOrg(role.role, second.organization) if second.role and second.organization else role


def _verb_after_comma(doc: Doc, hi: int) -> bool:
    """ "Amy Berman Jackson, also ordered prosecutors to …": a finite verb (after adverbs
    only) right after the comma at ``doc[hi]`` goes on with the clause; it sets off no title."""
    for tok in doc[hi + 1 : min(len(doc), hi + 4)]:
        if tok.pos_ == "ADV":
            continue
        # (not a title the tagger reads as a verb: "Jo Park, lead engineer at …")
        return tok.tag_ in {"VBD", "VBZ", "VBP", "MD"} and not is_role_word(tok.lower_)
    return False


def _new_subject_after(doc: Doc, hi: int) -> bool:
    """Whether the phrase after the comma at ``doc[hi]`` is a clause's own subject, not an
    appositive: "According to Reuters, Energy Minister Lena Fjell said …"."""
    for tok in doc[hi + 1 : min(len(doc), hi + 10)]:
        if tok.is_punct or tok.is_sent_start:
            return False
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.pos_ in {"VERB", "AUX"}:
            return tok.head.i > tok.i and _is_namey(tok) and tok.ent_type_ == "PERSON"
    return False


_HUMP = re.compile(r"(?<=[a-zA-Z])(?=[A-Z][a-z])")  # "DataWeekly|Kovac", "SEC|Kovac"


def _full_names(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of full person names (two words or more): the model's PERSON entities and
    proper-noun subjects with a given name ("Vlad Orlov, managing director …, spoke"), which
    the model may miss (cached)."""
    key = "nm_full_names"
    cached = doc.user_data.get(key)
    if cached is None:
        found = {
            (e.start, e.end)
            for e in doc.ents
            if e.label_ == "PERSON" and len(e) >= 2 and not before_a_titled_name(doc, e.end)
        }
        for tok in doc:
            if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.pos_ != "PROPN":
                continue
            given = [c for c in tok.lefts if c.dep_ == "compound" and c.i == tok.i - 1]
            if given and given[0].pos_ == "PROPN" and given[0].ent_type_ in {"", "PERSON"}:
                if not introduced_as_org(text_of(doc), doc[tok.i - 1].idx):
                    found.add((tok.i - 1, tok.i + 1))
        found.update(titled_runs(doc))
        # "Bitcoin Open Interest rose": words the article also writes in lower case are a term
        common = lowercase_words(doc)
        words = {(a, b): [t for t in doc[a:b] if not t.is_punct] for a, b in found}
        cached = sorted(k for k, ws in words.items() if not all(t.lower_ in common for t in ws))
        doc.user_data[key] = cached
    return cached  # type: ignore[no-any-return]


def before_a_titled_name(doc: Doc, end: int) -> bool:
    """ "Rich Dad Poor Dad author Robert Kiyosaki": words right before a person's title and
    name are what the title is of (a firm, a book), never a person, whatever the model says
    (which may take only "Rich Dad")."""
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end - 1].whitespace_:
        if not _is_namey(doc[end]):
            break
        end += 1
    return (
        end + 1 < len(doc)
        and singular_title(doc[end])
        # ("Trump adviser Dan Sacks", "Kett lawyer Jo Park": someone's, a person's)
        and doc[end].lower_ not in _PERSONAL_TITLES | cue_words("relation_nouns")
        and doc[end + 1].text[:1].isupper()
        and _is_namey(doc[end + 1])
    )


#: Titles that relate a person to another person, not to a firm or a work.
_PERSONAL_TITLES = frozenset({"adviser", "advisor", "spokesperson", "spokesman", "spokeswoman"})


def titled_runs(doc: Doc) -> list[tuple[int, int]]:
    """ "co-founder Yana Siu", "Committee Chair Lena Hill": two or three capitalised proper
    nouns right after a singular job title in lower case or a public body's capitalised
    title, whatever the model labelled them."""
    found = []
    for tok in doc[:-2]:
        if not singular_title(tok) and not _body_title_word(tok):
            continue
        hi = tok.i + 1
        words = 0
        while hi < len(doc) and words < 3 and doc[hi].pos_ == "PROPN":
            word = doc[hi]
            if not word.is_alpha or not word.text[:1].isupper() or word.lower_ in org_words():
                break
            if word.text in _name_stop() or not doc[hi - 1].whitespace_:
                break
            if words == 0 and is_role_word(word.lower_):
                break  # "Justice Minister Gunnar S.": the next title starts the name's run
            hi += 1
            words += 1
            if hi < len(doc) and _hyphen_joined(doc, hi - 1, hi) and doc[hi + 1].is_alpha:
                hi += 2  # "Chairman Min Byeong-deok": a hyphenated given name is one word
        if words >= 2 and doc[hi - 1].ent_type_ not in {"GPE", "NORP", "DATE"}:
            found.append((tok.i + 1, hi))
    return found


def _body_title_word(tok: Token) -> bool:
    """ "Committee Chair", "Commissioner": a public body's one-word title (``body_titles``),
    capitalised as such titles are written before a name."""
    capitalised = tok.text[:1].isupper() and tok.text[1:].islower()
    return capitalised and tok.lower_ in cue_words("body_titles")


def person_surnames(doc: Doc) -> frozenset[str]:
    """Last words of the person names (two words or more) the article gives (cached)."""
    key = "nm_person_surnames"
    cached = doc.user_data.get(key)
    if cached is None:
        cached = frozenset(
            surname_of(doc[a:b].text)
            for a, b in _full_names(doc)
            # ("Eric Nordby Jr.": the surname before the suffix's stop)
            if doc[a:b].text[-1:].isalpha() or has_suffix(doc[a:b].text)
        )
        doc.user_data[key] = cached
    return cached  # type: ignore[no-any-return]


#: A caption's web address glued to the next word ("X.com" in "X.comMarks").
_GLUED_DOMAIN = re.compile(r"[A-Za-z0-9-]+\.(?:com|io|org|net|co)(?=[A-Z][a-z])")


#: A lower-case word glued to a capitalised one ("offSaylor").
_GLUED_LOWER = re.compile(r"[a-z]{2,}(?=[A-Z][a-z]+$)")


def glued_name_at(tok: Token) -> int | None:
    """ "Source: NorrDataWeeklyKovac said": a caption glued to the speaker's surname; the
    character offset (within the token) where a surname the article names in full (or the
    same name again) begins."""
    text = tok.text
    domain = _GLUED_DOMAIN.match(text)
    if domain is not None and text[domain.end() :] in person_surnames(tok.doc):
        return domain.end()  # "Source: X.comMarks said": a caption's site, then the surname
    lower_run = _GLUED_LOWER.match(text)
    if lower_run is not None and text[lower_run.end() :] in person_surnames(tok.doc):
        return lower_run.end()  # "… led to a sell-offSaylor said": a word glued to the surname
    if not text[:1].isupper() or not text.isalpha():
        return None
    half = len(text) // 2
    if len(text) >= 6 and len(text) % 2 == 0 and text[:half] == text[half:]:
        return half  # "Source: AnzaAnza researchers": a caption's credit glued to the same name
    surnames = person_surnames(tok.doc)
    for hump in _HUMP.finditer(text):
        if text[hump.start() :] in surnames:
            return hump.start()
    return None  # ("Source: CourtfilesNorrbet stipulated": split by nm_captions)


def _title_alone_before(before: str) -> RoleOrg:
    """ "…,” Norrlayer co-founder, Kevin Berg said": a title standing alone between a closing
    quotation mark (or the sentence start) and the comma before the name is the name's; a
    clause before the comma ("After meeting the Norrfin CEO, Kay said") is not."""
    cut = max(before.rfind(m) for m in ("”", '"', "\n"))
    segment = before[cut + 1 :].strip()
    title = parse_title(segment)
    if not title.role or len(segment.split()) > 5:
        return RoleOrg()
    head = segment[: segment.lower().rfind(title.role.lower())]
    words = head.replace("’s", "").replace("'s", "").split()
    if all(w[:1].isupper() or w.lower() == "the" for w in words):
        return title
    return RoleOrg()


#: "David Bailey (Chairman of Norr Magazine)": a title in brackets right after a name.
_BRACKETED_APPOSITIVE = re.compile(r" ?\(([^()]{3,80})\)")
#: A phrase set off by two dashes right after a name ("Mara—co-founder of X—said").
_DASHED_APPOSITIVE = re.compile(r"\s?[—–]\s?([^—–\n]{3,120}?)\s?[—–]")


#: ", MIT graduate " right before a name: up to three words of a description after a comma.
_DESCRIPTION_BEFORE = re.compile(r",\s+(?:[A-Za-z][\w.&-]*\s+){1,3}$")

#: A plural title, then "such as", "like" or "including" right before a name.
_EXAMPLE_OF_PLURAL = re.compile(r"\b([A-Za-z-]+)\s*,?\s+(?:such\s+as|like|including)\s+$")

#: "trading account", "X analytics account" right before a name: what the name is.
_ACCOUNT_BEFORE = re.compile(r"\b((?:[a-z][\w-]*\s+){1,2}account)\s*$")
_NO_ACCOUNT_KIND = frozenset(
    {"a", "an", "the", "this", "that", "its", "his", "her", "their", "one", "by", "from", "of"}
    | {"to", "at", "in", "on", "with", "for", "and", "or", "as", "another", "popular"}
)

#: A participle phrase of a few words that ends the words before a name set off by a comma
#: (" overseeing the case, ").
_PARTICIPLE_PHRASE_END = re.compile(r"\s+[a-z]{3,}ing(?:\s+[\w’'-]+){0,4},\s*$")


def _plural_title_before_pair(doc: Doc, lo: int, sent_start_char: int) -> str:
    """ "hosts Ana Berg and Tom Lind": the plural title before the first of two names joined
    by "and" is the second's too (the words before that title with it); else nothing."""
    k = lo - 2
    if k < 0 or doc[k].pos_ != "PROPN":
        return ""
    while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper():
        k -= 1
    if k == 0 or not (doc[k - 1].text.islower() and is_plural_role(doc[k - 1].text)):
        return ""
    text = text_of(doc)
    return text[max(sent_start_char, doc[k].idx - 90) : doc[k].idx]


#: "… and other crypto security researchers": a plural title right after a name and "and
#: other" (up to four lower-case words).
_AND_OTHER = re.compile(r"\s+and\s+other\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*s)\b")


def speaker_from_tokens(doc: Doc, lo: int, hi: int) -> SpeakerRef:
    """A named speaker with the role and organisation written around the name."""
    if hi - lo == 1 and (cut := glued_name_at(doc[lo])) is not None:
        start = doc[lo].idx + cut
        name = doc[lo].text[cut:]
        kind = "person" if name in person_surnames(doc) else None
        return SpeakerRef(name, start, doc[lo].idx + len(doc[lo].text), kind)
    span = doc[lo:hi]
    text = text_of(doc)
    sent_start_char = sent_chars(doc[lo])[0]
    after = text[span.end_char :]
    role = RoleOrg()
    comma = after.find(",", 0, 2) + 1  # (", the CEO", or " , the CEO" with a stray space)
    quoted = after[comma : comma + 3].lstrip()[:1] in {"“", '"', "‘"}
    if comma and not _new_subject_after(doc, hi) and not quoted and not _verb_after_comma(doc, hi):
        # (not a quotation after the comma: "According to Norrchain, “the Bitcoin OG …”")
        role = parse_appositive(after[comma : comma + 199])
        role = _employer_of_next_title(after[comma:], role)
    dashed = _DASHED_APPOSITIVE.match(after)
    if dashed is not None and not role.role:
        # "Mara—co-founder of the hedge fund Norrvik Capital—criticised": a title between
        # two dashes
        role = parse_appositive(dashed.group(1))
    bracketed = _BRACKETED_APPOSITIVE.match(after) if not role.role else None
    if bracketed is not None:
        # "David Bailey (Chairman of Norr Magazine)": a title in brackets (not a ticker's or
        # an acronym's brackets: those give no title)
        held = parse_appositive(bracketed.group(1))
        role = held if held.role else role
    others = _AND_OTHER.match(after) if not role.role else None
    if others is not None and is_plural_role(others.group(1)):
        # "Jo Park and other crypto security researchers": one of them
        role = RoleOrg(singular_role(others.group(1)), None)
    served = serves_as(after, text) if not role.role else None
    if served is not None:
        role = served  # "Brenn serves as President Vale’s Bitcoin advisor": the post named
    before = after_titled_name(text[max(sent_start_char, span.start_char - 90) : span.start_char])
    last = before.split()[-1:] if before.strip() else []
    if last and last[0] in {"and", "or", "&"} and lo > 0 and doc[lo - 1].dep_ == "cc":
        # "… include Ali Norrtinez and Lena Holt": the words before are the first name's
        # (an employer the two share is written after both, or as "analysts at X").
        before = _plural_title_before_pair(doc, lo, sent_start_char)
    if last and last[0].lower() in honorifics():
        # "analyst Mr. Long Street": the title stands before the honorific.
        before = before[: before.rstrip().rfind(last[0])]
    if attitude_role(role.role):
        # "short-seller Jo Park, once a vocal critic of Bitcoin,": a stance, no employer;
        # the job written before the name wins.
        job = parse_title(before)
        role = job if job.role and not attitude_role(job.role) else RoleOrg(role.role, None)
    if not role.role:
        title = parse_title(before)
        if (
            not title.role
            and before.rstrip().endswith(",")
            and (after.startswith((",", " of ", ":")) or _SENTENCE_END.match(after))
        ):
            # "The CEO of Norrfin, Jo Park, said", "the fund's lawyer, Jo Park of Park LLP,
            # told", "according to Norrfin's CEO, Jo Park.": the name in apposition to a
            # title (not "…, the CEO of X, Kay said").
            title = parse_title(before.rstrip()[:-1])
        if not title.role and before.rstrip().endswith(","):
            title = _title_alone_before(before.rstrip()[:-1])
        participle = _PARTICIPLE_PHRASE_END.search(before)
        if not title.role and participle is not None and after.startswith(","):
            # "The judge overseeing the case, Amy Berg, …": the title before the participle
            # phrase that describes it
            title = parse_title(before[: participle.start()])
        described = _DESCRIPTION_BEFORE.search(before)
        if not title.role and described is not None and after.startswith(","):
            # "The company’s founder, MIT graduate Kay Lind, …": a description of no job
            # between the title's comma and the name
            title = parse_title(before[: described.start()])
        example = _EXAMPLE_OF_PLURAL.search(before)
        if (
            not title.role
            and example is not None
            and is_plural_role(example.group(1).lower())
            and not attitude_role(singular_role(example.group(1).lower()))  # ("proponents")
        ):
            # "Popular analysts, such as Jo Park , describe …", "analysts like Jo Park":
            # one of them
            title = RoleOrg(singular_role(example.group(1).lower()), None)
        if title.role:
            role = title
    elif not role.organization:
        title = parse_title(before)
        role = RoleOrg(role.role, title.organization)
    body = _OF_THE_BODY.match(after) if role.role and role.organization is None else None
    if body is not None:
        # "Elvira N., head of the central bank,": the bank the article named before
        role = RoleOrg(role.role, _body_of_noun_before(doc, span.start_char, body.group(1)))
    lower_unit = _OF_A_LOWER_UNIT.match(after) if role.role and not role.organization else None
    if lower_unit is not None:
        # "…, director of the department of tourism"
        role = RoleOrg(role.role, lower_unit.group(1))
    if role.role and role.organization is None and _THE_FIRMS.match(after):
        # "Jo Park, the firm’s CEO", "Jo Park, the Swiss bank’s CEO": the firm is the
        # organisation the text named last.
        role = RoleOrg(role.role, _latest_org_before(doc, span.start_char))
    if role.role and role.organization is None and _FIRMS_TITLE.search(before):
        # "the Russian exchange’s managing director Jo Park": likewise, before the name.
        role = RoleOrg(role.role, _latest_org_before(doc, span.start_char))
    bare = lo > 1 and _bare_possessive(doc[lo - 2]) and given_and_surname(doc, lo, hi)
    if role.organization is None and lo > 1 and (doc[lo - 1].text in {"’s", "'s"} or bare):
        firm = name_tokens(doc[lo - 2]) or (lo - 2, lo - 1)
        if (
            firm is not None
            and (
                bare
                or hi - lo == 1
                or (hi - lo <= 3 and not _a_persons(doc, *firm))
                or doc[lo].lower_ in cue_words("unit_heads")  # "the NMA’s Division of …"
            )
            and not not_an_employer(doc[firm[0] : firm[1]].text)  # "London’s Lind"
        ):
            # "Norrfin’s Lindqvist", "Norrfin’s Sara Lindqvist" (not "Dana Kett’s son Eli")
            role = RoleOrg(role.role, doc[firm[0] : firm[1]].text)
    if role.organization is None:
        published = _published_by(before)
        at = span.start_char - len(before) + before.rfind(published) if published else -1
        coin = published is not None and overlaps(
            at, at + len(published), asset_spans(doc, issuers=False)
        )
        if published is not None and not coin:  # (not "Ethereum analysis by X": a coin)
            role = RoleOrg(role.role, published)
    introduced = _from_firm_noun().match(after) if role.organization is None else None
    if introduced is not None and not not_an_employer(introduced.group(1)):
        role = RoleOrg(role.role, introduced.group(1))  # "Jo from lending platform Norrlend"
    of_firm = _OF_FIRM.match(after) if role.organization is None else None
    if (
        of_firm is not None
        and of_firm.group(1) == "from"
        and not role.role
        and (
            (hi - lo == 1) == (" " in of_firm.group(2))
            or after[of_firm.end() : of_firm.end() + 2] in ("’s", "'s")  # ("from Norr’s app X")
        )
    ):
        # ("Jo from Lisbon"; "analyst Jo from Norrfin" has a title; so has "Nic from
        # Norrbureau added", a one-word name from a one-word firm, and "Ola Brenn from The
        # Norr Show", a full name from a firm of several words, not a place)
        of_firm = None
    if of_firm is not None and of_firm.group(1) == "of" and hi - lo < 2:
        of_firm = None
    if of_firm is not None and not not_an_employer(of_firm.group(2)):
        role = RoleOrg(role.role, of_firm.group(2))  # "Lena Voss of Tarnwick said"
    # "analysts at the firm Marlow": the words after the role describe the name itself.
    nxt = doc[hi] if hi < len(doc) else None
    role_next = nxt is not None and is_role_word(nxt.text) and nxt.text.islower()
    # (not after a possessive: "Tom Norrby’s official endorsement" gives no title)
    role_next = role_next and not span.text.endswith(("’s", "'s", "’", "'"))
    if role.role is None and role_next and nxt is not None and nxt.pos_ not in {"VERB", "AUX"}:
        if not is_plural_role(nxt.text) and hi - lo == 1:
            # "the Norrfin representative", "a Vell spokesperson": the firm's word.
            return SpeakerRef(span.text, span.start_char, span.end_char, "organization",
                              None, span.text)  # fmt: skip
        role = RoleOrg(nxt.text, None)  # "the Marlow analysts", "Chainlyte analysts"
    role = _whole_firm(text, role)
    post = _appointed_as(doc, lo, after)
    if post is not None:
        role = post
    role = _adjective_firm(doc, lo, role)
    role = _without_verb_lead(doc, lo, role)
    if role.organization and _headline_firm(doc, lo, role.organization):
        # ("… Treasury Race Heats Up N44 Head of Research Jo Park": the firm's own name ends
        # the heading)
        role = RoleOrg(role.role, _named_tail(text, role.organization))
    founded = _founder_of(doc, lo, hi)
    if founded is not None:
        role = founded  # "Co-founded by cryptographer Ada Bech, Norrstream has …"
    account = _ACCOUNT_BEFORE.search(before) if not role.role else None
    if account is not None:
        words = account.group(1).split()
        while words and words[0] in _NO_ACCOUNT_KIND:
            words = words[1:]  # ("by trading account": the kind of account only)
        if len(words) >= 2:
            role = RoleOrg(" ".join(words), None)  # "by trading account Norr Lizards"
    kind = _kind_of(doc, lo, hi, role, before.strip())
    if role.role and _title_of_firm_noun().search(before):
        # "Mikael Saylen, CEO of business intelligence firm Strategon": the name after the
        # title's firm noun is the employer, no person holding that title
        kind, role = "organization", RoleOrg(None, None)
    if speaking_issuer(span.text) or _a_listed_company(doc, span.start_char, span.end_char):
        # "Tether said": the issuer, named like its coin; "Strategy announced": a listed
        # company, named like its stock
        kind = "organization"
    name = span.text
    if role.role and names_a_kind_of_firm(role.role):
        # "asset manager Norrity said": what kind of firm the name is, no person's title
        kind, role = "organization", RoleOrg(None, role.organization)
    if kind == "organization":
        # (a unit keeps the body whose it is: "the NMA’s Division of Market Finance")
        unit = role.organization and name.split()[0].lower() in cue_words("unit_heads")
        role = RoleOrg(role.role, role.organization if unit else name)
    elif kind == "person" and role.role and is_plural_role(role.role):
        role = RoleOrg(singular_role(role.role), role.organization)
    return SpeakerRef(name, span.start_char, span.end_char, kind, role.role, role.organization)


def names_a_kind_of_firm(role: str) -> bool:
    """ "asset manager", "private wealth manager": a title that ends in a firm's noun of
    several words (``org_intro_nouns``) says what kind of firm a name is, no one's job."""
    return role.lower().endswith(_firm_nouns_of_words())


@lru_cache(maxsize=1)
def _firm_nouns_of_words() -> tuple[str, ...]:
    """The firm nouns of ``org_intro_nouns`` written in several words ("asset manager")."""
    return tuple(sorted(n for n in cue_words("org_intro_nouns") if " " in n))


def _founder_of(doc: Doc, lo: int, hi: int) -> RoleOrg | None:
    """ "Norrlayer was co-founded by … Mika Gram", "Co-founded by … Ada Bech, Norrstream has
    …": the name is the agent of "(co-)founded"; the firm founded, the subject of that verb
    (or of the clause it opens), is the organisation, "(co-)founder" the title."""
    for tok in doc[lo:hi]:
        node = tok
        for _ in range(4):
            if node.dep_ in {"compound", "appos", "conj", "flat"} and node.head is not node:
                node = node.head
                continue
            break
        if node.dep_ != "pobj" or node.head.lower_ != "by" or node.head.dep_ != "agent":
            continue
        verb = node.head.head
        if verb.lemma_.lower() not in {"found", "co-found", "cofound"}:
            return None
        co = _hyphenated(verb).lower().startswith("co")  # "co-founded", "cofounded"
        clause = [verb, verb.head, verb.head.head]
        # ("Norrlayer was co - founded by": the parser may hang the subject on the auxiliary)
        clause += [a for v in clause[:2] for a in v.children if a.dep_ in {"aux", "auxpass"}]
        subject = next(
            (
                c
                for v in clause
                for c in v.children
                if c.dep_ in {"nsubj", "nsubjpass"}
                and not lo <= c.i < hi
                and not verb.i - 2 <= c.i <= verb.i  # ("Co" of a split "Co-founded")
            ),
            None,
        )
        participle = verb
        if verb.dep_ == "conj" and verb.head.dep_ == "acl" and verb.head.tag_ == "VBN":
            participle = verb.head  # ("a blockchain built on … and founded by …")
        if subject is None and participle.dep_ == "acl":
            # "Norrgate, founded by …", "Norrgate — a new company founded by …": the name the
            # participle describes, or the one its noun stands in apposition to.
            noun = participle.head
            subject = noun.head if noun.dep_ == "appos" and noun.pos_ == "NOUN" else noun
            subject = subject if subject.pos_ == "PROPN" else None
        span = name_tokens(subject) if subject is not None else None
        if span is None:
            return None
        return RoleOrg("co-founder" if co else "founder", doc[span[0] : span[1]].text)
    return None


#: " as its new head of payments": the post someone is appointed to, up to the clause's end.
_AS_POST = re.compile(
    r"\s+as\s+(?:its|their|the|his|her)\s+(?:new\s+|next\s+|first\s+|incoming\s+)?"
    r"([a-z][\w-]*(?:\s+[\w&’'-]+){0,6}?)"
    r"(?=\s*[,.;:(]|\s+(?:to|and|in|on|after|effective|from|where|who|starting)\s|\s*$)"
)


#: " serves as", " works as", "will serve as interim US Attorney", ", who serves as the firm’s
#: CFO", " took over as superintendent of …": a verb that names the post of its subject, and
#: the post after it.
_SERVES_AS = re.compile(
    r"\s+(?:,\s*who\s+)?(?:will\s+|would\s+)?(?:now\s+)?"
    r"(?:serve|serves|served|serving|works|worked|acts|acted"
    r"|(?:take|takes|took|taken|taking)\s+over)\s+as\s+"
    r"(?:the\s+|an?\s+)?([^,.;:“”\"]{2,80})"
)


def serves_as(after: str, text: str) -> RoleOrg | None:
    """ "Jo Park will serve as interim US Attorney for the region", "Brenn serves as
    President Vale’s Bitcoin advisor": the post a name serves as, with the organisation it
    names (a capitalised one only; never a person's, written with their office or title)."""
    m = _SERVES_AS.match(after)
    if m is None or not has_role(m.group(1)):
        return None
    post = parse_appositive(m.group(1))
    if not post.role:
        return None
    org = post.organization if post.organization and post.organization[:1].isupper() else None
    if org is not None and (holds_office(org.split()[0]) or is_role_word(org.split()[0].lower())):
        org = None  # "… as Bitcoin advisor to President Kett": a person's adviser, no firm
    if org is not None and org.isupper():
        org = defined_acronyms(text).get(org, org)  # ("… of the NFA": the body defined earlier)
    return RoleOrg(post.role, org)


def _appointed_as(doc: Doc, lo: int, after: str) -> RoleOrg | None:
    """ "Norrfin has appointed former Vexa executive Jo Park as its new head of payments":
    the post after "as its" is the title now, at the firm that made the appointment."""
    m = _AS_POST.match(after)
    if m is None or not has_role(m.group(1)):
        return None
    start = sent_tokens(doc[lo])[0]
    verb = next(
        (
            t
            for t in reversed(doc[start:lo])
            if t.pos_ == "VERB" and t.lemma_.lower() in cue_words("appointment_verbs")
        ),
        None,
    )
    if verb is None:
        return None
    post = parse_appositive(m.group(1))
    if not post.role:
        return None
    org = post.organization
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if org is None and subject is not None and (found := name_tokens(subject)) is not None:
        org = doc[found[0] : found[1]].text
    return RoleOrg(post.role, org)


def _last_before(doc: Doc, lo: int, text: str, reach: int) -> Token | None:
    """The last token written ``text`` among the ``reach`` tokens before token ``lo``."""
    return next((t for t in reversed(doc[max(0, lo - reach) : lo]) if t.text == text), None)


def _times_written(name: str, text: str) -> int:
    """How often ``name`` stands in ``text`` as whole words, not inside a hyphenated word
    ("N44", not "N44-based"; ``times_named`` also counts those)."""
    return len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))


def _named_tail(text: str, org: str) -> str | None:
    """The last words of a heading glued before a title that the article names elsewhere too
    ("Race Heats Up N44" → "N44", named again in "a report from N44 Research"), else None."""
    words = org.split()
    for k in range(1, len(words)):
        tail = " ".join(words[k:])
        if not tail[:1].isupper() or words[k].lower() in cue_words("title_small_words"):
            continue
        if _times_written(tail, text) >= 2:
            return tail
    return None


def _headline_firm(doc: Doc, lo: int, org: str) -> bool:
    """ "… – Bullish Momentum Builds Top analyst M-log1": a teaser's headline glued before
    the title (a finite verb in it, or three words or more after the teaser's label) is no
    firm."""
    words = org.split()
    last = _last_before(doc, lo, words[-1], 7)  # (back over the title to the firm's last word)
    if last is None:
        return False
    k = last.i
    run = doc[max(0, k - len(words) + 1) : k + 1]
    finite = any(t.pos_ == "VERB" and t.tag_ in _FINITE_VERB_TAGS for t in run)
    return finite or (len(words) >= 3 and in_teaser(run[0]))


def _without_verb_lead(doc: Doc, lo: int, role: RoleOrg) -> RoleOrg:
    """ "to prevent President Kett": a verb written before a title is no qualifier of it."""
    words = (role.role or "").split()
    if len(words) < 2 or not words[0].islower():
        return role
    verb = _last_before(doc, lo, words[0], 8)
    if verb is not None and verb.pos_ in {"VERB", "AUX"} and verb.tag_ != "VBN":
        return RoleOrg(" ".join(words[1:]), role.organization)
    return role


def _adjective_firm(doc: Doc, lo: int, role: RoleOrg) -> RoleOrg:
    """ "Political strategist Jo Park": a one-word "firm" the tagger reads as an adjective,
    right before the title, is part of the title; so is a sentence's capitalised first word
    the article also writes in lower case ("Fund analyst Jo Park", "Digital asset
    subcommittee chair Jo Park")."""
    org, title = role.organization, role.role
    if not org or not title or " " in org or lo < 2:
        return role
    word = _last_before(doc, lo, org, 6)
    if word is None:
        return role
    common = org.lower() in lowercase_words(doc)
    if word.pos_ == "ADJ":
        adjective = common or org.lower().endswith(_ADJECTIVE_ENDINGS)
    else:
        adjective = common and word.is_sent_start is True
    if adjective and doc[word.i + 1].lower_ == title.split()[0].lower():
        return RoleOrg(f"{org} {title}", None)
    return role


#: Endings of English adjectives ("Political", "Economic", "Famous").
_ADJECTIVE_ENDINGS = ("al", "ic", "ous", "ive", "ful", "less", "able", "ible", "ary")


def _pronoun_or_source(tok: Token) -> SpeakerRef | None:
    lower = tok.lower_
    if lower in pronouns() and not surname_pronoun(tok):
        kind = pronouns()[lower]
        return SpeakerRef(
            tok.text,
            tok.idx,
            tok.idx + len(tok.text),
            None if kind == "any" else kind,
            needs_antecedent=True,
        )
    the = next((c for c in tok.lefts if c.lower_ == "the" and c.dep_ == "det"), None)
    noun = tok.lemma_.lower()
    if the is not None and noun in cue_words("ruling_nouns"):
        # "The ruling stated that …": the judge who gave it, named before (else no one).
        phrase = tok.doc[the.i : tok.i + 1]
        return SpeakerRef(
            phrase.text, phrase.start_char, phrase.end_char, "person",
            needs_antecedent=True, authored_only=True,
        )  # fmt: skip
    if (
        the is not None
        and noun in document_nouns()
        and noun not in source_nouns()
        and _said_in_one_before(tok)
    ):
        phrase = tok.doc[the.i : tok.i + 1]
        return SpeakerRef(
            phrase.text, phrase.start_char, phrase.end_char, "organization",
            needs_antecedent=True, authored_only=True,
        )  # fmt: skip
    if the is not None and names_a_kind_of_firm(tok.doc[the.i + 1 : tok.i + 1].text):
        # "the asset manager said": the firm of that kind named before
        phrase = tok.doc[the.i : tok.i + 1]
        return SpeakerRef(
            phrase.text, phrase.start_char, phrase.end_char, "organization",
            needs_antecedent=True,
        )  # fmt: skip
    if lower in source_nouns() or tok.lemma_.lower() in source_nouns():
        if not tok.text.islower() and any(
            c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" and c.i == tok.i - 1
            for c in tok.lefts
        ):
            return None  # "Tarnby Research said", "Norr Group": the last word of a name
        lo = tok.i
        for child in tok.lefts:
            if child.dep_ in {"det", "poss"} and child.i < lo:
                lo = child.i
        return _source_phrase(tok.doc[lo : tok.i + 1], tok)
    return None


def _source_phrase(phrase: Span, noun: Token) -> SpeakerRef:
    """ "the post", "the X post", "the report": a source noun's phrase, standing for a source
    named before. ("Per the post, “…”": a post is a person's as often as a firm's.)"""
    author = None if noun.lemma_.lower() in _ANYONES_WRITING else "organization"
    return SpeakerRef(
        phrase.text, phrase.start_char, phrase.end_char, author, needs_antecedent=True
    )


#: Written things a person posts as often as a firm does: their author may be either.
_ANYONES_WRITING = frozenset({"post", "tweet", "thread", "blog"})
_AUTHOR_PREPS = frozenset({"by", "from"})
#: Nouns for a body named before that may author a written thing ("issued by the agency").
_AUTHOR_NOUNS = frozenset({"agency", "regulator", "department", "company", "firm", "bank"})


def author_of(noun: Token) -> SpeakerRef | None:
    """The name a source noun is credited to: "a report by Norrfin", "a note from Norrfin",
    "a study published by Norrfin" (the name of an organisation or person, not a pronoun)."""
    heads = [noun] + [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    for head in heads:
        for prep in head.children:
            if prep.dep_ not in {"prep", "agent"} or prep.lower_ not in _AUTHOR_PREPS:
                continue
            # (The parser may split "by co-founder Jo Park" into several objects: the name's.)
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                definite = any(c.dep_ == "det" and c.lower_ == "the" for c in obj.lefts)
                if definite and obj.lower_ in _AUTHOR_NOUNS:
                    # "a release issued by the agency": the agency named before wrote it.
                    ref = _pronoun_or_source(obj)
                    if ref is not None:
                        return replace(ref, source_noun=noun.lemma_.lower())
                named = _body_named_before(obj) if definite else None
                if named is not None:
                    return replace(named, source_noun=noun.lemma_.lower())
                obj = _author_after_title(obj) or obj
                if not _is_namey(obj) or obj.lower_ in pronouns():
                    continue
                span = name_tokens(obj)
                if span is None:
                    continue
                found = speaker_from_tokens(noun.doc, *span)
                kind = found.kind or "organization"
                return replace(found, kind=kind, source_noun=noun.lemma_.lower())
    return None


def _author_after_title(obj: Token) -> Token | None:
    """ "by trading account Norr Lizards": the name right after the author's title or noun,
    which the parser may hang elsewhere (on the written thing, as its appositive)."""
    if obj.pos_ != "NOUN" or obj.i + 1 >= len(obj.doc):
        return None
    after = obj.doc[obj.i + 1]
    span = name_tokens(after) if _is_namey(after) else None
    nouns = cue_words("it_nouns") | cue_words("handle_holder_nouns")
    if span is None or span[0] != after.i or not (is_role_word(obj.text) or obj.lower_ in nouns):
        return None
    return obj.doc[span[1] - 1]


def _body_named_before(obj: Token) -> SpeakerRef | None:
    """ "a memo published by the task force" after "the Norr Crypto Task Force": the one body
    named before whose name ends in the same words, capitalised ("Task Force")."""
    doc = obj.doc
    words = [c for c in obj.lefts if c.dep_ in {"compound", "amod"} and c.text.islower()]
    phrase = [w.text for w in words] + [obj.text]
    if not obj.text.islower() or obj.lower_ not in org_words() or len(phrase) < 2:
        return None
    tail = " ".join(w.capitalize() for w in phrase)
    found = {
        m.group(0)
        for m in re.finditer(
            rf"\b(?:[A-Z][\w&.-]*\s+){{1,4}}{re.escape(tail)}\b", text_of(doc)[: obj.idx]
        )
    }
    if len(found) != 1:
        return None
    name = found.pop()
    at = text_of(doc).rfind(name, 0, obj.idx)
    return SpeakerRef(name, at, at + len(name), "organization", organization=name)


def _possessive_owner(noun: Token) -> SpeakerRef | None:
    """The name in the possessive inside a document's title ("Norrfin’s Q2 Signals Report"),
    whose document it is."""
    poss = next(
        (t for t in noun.subtree if t.i < noun.i and t.dep_ == "poss" and t.pos_ == "PROPN"),
        None,
    )
    span = name_tokens(poss) if poss is not None else None
    if span is None:
        return None
    found = speaker_from_tokens(noun.doc, *span)
    return replace(found, kind=found.kind or "organization", source_noun=noun.lower_)


def owner_before(noun: Token) -> SpeakerRef | None:
    """ "a May 7 Norrpay announcement": the name written right before a source noun, as its
    modifier, is whose it is (not a date's words)."""
    doc = noun.doc
    lo = noun.i
    # ("a May 27 Norrbank research report": the kind of document before it is no name)
    while noun.i - lo < 2 and lo > 0 and doc[lo - 1].dep_ == "compound" and doc[lo - 1].is_lower:
        lo -= 1
    kind_words = lo
    while (
        lo > 0
        and doc[lo - 1].pos_ == "PROPN"
        and doc[lo - 1].dep_ in {"compound", "nmod", "amod"}
        and doc[lo - 1].ent_type_ not in {"DATE", "TIME", "GPE", "NORP"}
        and doc[lo - 1].text[:1].isupper()
    ):
        lo -= 1
    if lo == kind_words or (lo > 0 and doc[lo - 1].text in {"’s", "'s"}):
        return None  # ("Norrfin’s Monday announcement": a possessive says so elsewhere)
    found = speaker_from_tokens(doc, lo, kind_words)
    return replace(found, kind=found.kind or "organization", source_noun=noun.lemma_.lower())


def _name_after_honorific(tok: Token) -> SpeakerRef | None:
    """A capitalised title phrase ending in an honorific and a name ("Master of the Rolls Sir
    Geoffrey Vale"): the name after the honorific, with the words before it as the role."""
    if not tok.text[:1].isupper() or tok.ent_type_ == "PERSON":
        return None
    doc = tok.doc
    for node in doc[tok.i + 1 : min(tok.right_edge.i + 1, tok.i + 8)]:
        if node.lower_ not in honorifics() or node.i + 1 >= len(doc):
            continue
        span = name_tokens(doc[node.i + 1])
        if span is None or span[0] != node.i + 1 or span[1] - span[0] < 2:
            return None
        found = speaker_from_tokens(doc, *span)
        role = doc[tok.left_edge.i : node.i].text.strip()
        return SpeakerRef(found.text, found.start, found.end, "person", role or None, None)
    return None


def _name_after_headline_noun(tok: Token) -> Token | None:
    """ "… Market Shows Signs of Calm NorrMarkets explained": a capitalised plural noun right
    after a headline's capitalised verb is the headline's; the handle that ends its "of"
    phrase right before the verb is the sentence's subject."""
    doc = tok.doc
    if tok.i == 0 or tok.tag_ != "NNS" or not tok.text[:1].isupper():
        return None
    before = doc[tok.i - 1]
    if before.lower_ not in _headline_verbs() or not before.text[:1].isupper():
        return None
    last = doc[tok.head.i - 1] if tok.head.i > tok.i + 2 else None
    if last is None or last.dep_ != "pobj" or not is_handle_shape(last.text):
        return None  # (a handle's one word: the heading's own words may run into it)
    if not any(p.dep_ == "prep" and p.lower_ == "of" and last.head == p for p in tok.rights):
        return None
    return last


def _title_holder(tok: Token, name: tuple[int, int]) -> SpeakerRef:
    """The person whose name spans ``name``, holding the title ``tok`` ends ("Harborex’s
    chief legal officer, Paul Renner"; "the company’s CEO", whose firm the resolver finds)."""
    doc = tok.doc
    found = speaker_from_tokens(doc, *name)
    if found.role is None:
        title = parse_title(text_of(doc)[sent_chars(tok)[0] : tok.idx + len(tok.text)])
        found = SpeakerRef(
            found.text, found.start, found.end, "person", title.role, title.organization
        )
    if found.organization is None:
        found = replace(found, employer=_firm_possessor(tok))
    return found


def _holder_set_off_after(tok: Token) -> SpeakerRef | None:
    """ "said the bank’s CEO, Tove Norrhagen said": a person's name set off by a comma right
    after a definite title, whatever the parser hangs it on, is the title's holder."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "," or not is_role_word(tok.text):
        return None
    if not any(c.dep_ in {"det", "poss"} for c in tok.lefts):
        return None  # (a bare title is the start of a name: "CEO Jo Park")
    first = doc[tok.i + 2]
    span = name_tokens(first) if first.pos_ == "PROPN" else None
    if span is None or span[0] != first.i:
        return None
    # (the model may call the name a firm's: "Ugyen Tenzin" ORG; a title's holder has two
    # words of a name at least, or the model's person label)
    if first.ent_type_ != "PERSON" and (
        span[1] - span[0] < 2 or known_firm(doc[slice(*span)].text)
    ):
        return None
    return replace(_title_holder(tok, span), kind="person")


def speaker_from_subject(tok: Token) -> SpeakerRef | None:
    """The speaker a subject token denotes: a name, a pronoun, or "analysts at Firm"."""
    if tok.lower_ in _ORDER_WORDS and _definite_word(tok):
        return _one_of_pair(tok)  # "X and Y … The former claimed"
    glued = _name_after_headline_noun(tok)
    if glued is not None:
        return speaker_from_tokens(tok.doc, glued.i, glued.i + 1)
    if tok.lower_ == "they":
        group = _group_subject_before(tok)
        if group is not None:
            return group  # "Democratic lawmakers introduced fixes to what they called …"
    alias = _known_as(tok)
    if alias is not None:
        return alias  # "A trader known as Norrwhale posted": the alias, a person
    named = _holder_set_off_after(tok)
    if named is not None:
        return named
    found = _speaker_from_subject(tok)
    title = _unnamed_title(tok)
    if found is None and title is not None and title is tok:
        # "A Bitlayer representative told": no person is named, the firm is.
        # (The model may call the firm a nationality: "Bitlayer" NORP.)
        firm = (
            next(
                (
                    c
                    for c in tok.lefts
                    if c.dep_ in {"compound", "nmod"}
                    # (an acronym the tagger calls a noun: "a PREH spokesperson")
                    and (c.pos_ == "PROPN" or (c.text.isupper() and len(c.text) >= 2))
                    and c.text[:1].isupper()
                    and not _a_place_word(c)  # "A U.S. bankruptcy judge": no firm speaks
                ),
                None,
            )
            or next(
                (  # "an official from Norrex stated"
                    o
                    for p in tok.rights
                    if p.dep_ == "prep" and p.lower_ in {"from", "at", "for", "of"}
                    for o in p.children
                    if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.text[:1].isupper()
                ),
                None,
            )
        )
        if firm is not None:
            span = name_tokens(firm) or (firm.i, firm.i + 1)
            found = speaker_from_tokens(tok.doc, *span)
        elif tok.lower_ in cue_words("firm_voice_titles"):
            firm_noun = _firm_noun_after(tok)
            if firm_noun is not None:
                # "a spokesperson for the company said": the company named before
                return _titled_noun(firm_noun, tok.lower_, kind="organization")
            # "a spokesperson added", no firm named: the organisation the text is about
            # speaks through them (the resolver finds it).
            return _titled_noun(tok, tok.lower_, kind="organization")
    # "a spokesperson for the advocacy organization Norr Citizen": a name a firm's noun
    # introduces is the organisation's, though in apposition and read as a person's.
    org_named = (
        found is not None and title is not None and introduced_as_org(text_of(tok.doc), found.start)
    )
    if (
        found is not None
        and title is not None
        and not found.needs_antecedent
        and (found.kind == "organization" or " " not in found.text.strip() or org_named)
        and (_appositive_of(title) is None or org_named)
    ):
        # "A spokesperson for Harbor Coalition said", "a Norrfin representative told": an
        # unnamed person speaks for the organisation; their title is the role.
        return replace(found, kind="organization", role=title.lower_, organization=found.text)
    return found


def _firm_noun_after(title: Token) -> Token | None:
    """ "the company" of "a spokesperson for the company": a firm's noun with "the" after a
    title's "for", "of" or "at", or None."""
    for prep in title.rights:
        if prep.dep_ != "prep" or prep.lower_ not in {"for", "of", "at"}:
            continue
        for noun in prep.children:
            if (
                noun.dep_ == "pobj"
                and noun.lower_ in cue_words("firm_nouns")
                and any(d.lower_ == "the" for d in noun.lefts)
            ):
                return noun
    return None


def _unnamed_title(tok: Token) -> Token | None:
    """The singular title with "a"/"an" that a subject's name hangs on ("a Norrfin
    representative", "a spokesperson for Harbor Coalition"), or None."""
    head = tok
    if not is_role_word(head.lower_):
        if tok.dep_ == "compound":
            head = tok.head
        elif (
            tok.dep_ == "pobj"
            and tok.head.dep_ == "prep"
            and tok.head.lower_ in {"for", "at", "of", "from"}
        ):
            head = tok.head.head
        else:
            return None
    if head is tok and tok.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    if not singular_title(head):
        return None
    if not any(c.lower_ in {"a", "an"} and c.dep_ == "det" for c in head.lefts):
        # "“…,” Norrunix analyst explained in a note": a desk's or a firm's voice's title
        # with no determiner and no name after it is unnamed too.
        bare = head is tok and not any(c.dep_ in {"det", "poss"} for c in head.lefts)
        voice = head.lower_ in cue_words("desk_titles") or head.lower_ in cue_words(
            "firm_voice_titles"
        )
        nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        # (the verb right after the title, maybe after an adverb: no name, no quoted alias)
        verb_next = nxt is not None and (nxt is head.head or nxt.pos_ in {"ADV", "AUX"})
        return head if bare and voice and verb_next else None
    return head


_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she"}


def pronoun_ref(subject: str, written: Token) -> SpeakerRef:
    """The speaker a subject pronoun ("he") stands for, at a word written for it ("his",
    "her", "them"), to be resolved to its antecedent."""
    kind = pronouns()[subject]
    return SpeakerRef(
        subject,
        written.idx,
        written.idx + len(written.text),
        None if kind == "any" else kind,
        needs_antecedent=True,
    )


#: Nouns for a piece of a written thing ("part of his post said").
_PART_NOUNS = frozenset({"part", "parts", "portion", "excerpt", "section", "passage"})


def _whole_of_part(tok: Token) -> Token:
    """ "part of his X post said": the written thing a part is of (else ``tok``)."""
    if tok.lower_ not in _PART_NOUNS:
        return tok
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            whole = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if whole is not None:
                return whole
    return tok


def document_owner(tok: Token) -> SpeakerRef | None:
    """The person whose post, reaction or remarks the subject noun is ("Ana Vey’s post")."""
    if tok.lemma_.lower() not in document_nouns() and tok.lower_ not in document_nouns():
        return None
    for child in tok.lefts:
        subject = _POSSESSIVE_PRONOUNS.get(child.lower_) if child.dep_ == "poss" else None
        if subject is not None:
            return pronoun_ref(subject, child)  # "his X post said": the person "he" is
        if child.dep_ != "poss" or not _is_namey(child) or child.lower_ in pronouns():
            continue
        span = name_tokens(child)
        if span is None:
            return None
        found = speaker_from_tokens(tok.doc, *span)
        return found if found.kind == "person" else None
    return None


def _a_person(doc: Doc, ref: SpeakerRef) -> bool:
    """Whether a name is a person's: a full name so read by the name rules, or the surname of
    a full name the article gives (a one-word name's label is no proof: the model calls
    "Binance" a person)."""
    words = ref.text.split()
    full = len(words) >= 2 and ref.kind == "person"
    return full or (bool(words) and words[-1] in person_surnames(doc))


def _someones(tok: Token) -> bool:
    """A noun for people a person's possessive names: a title ("Kett’s strategist") or a
    relation ("Kett’s relatives"); not what the person wrote ("Kett’s brief")."""
    word = tok.lower_
    return is_role_word(word) or word in cue_words("relation_nouns")


def _titled_noun(
    tok: Token,
    role: str | None = None,
    organization: str | None = None,
    possessor: str | None = None,
    kind: str = "person",
    first: int | None = None,
) -> SpeakerRef:
    """The noun phrase ending at ``tok`` ("the Strike CEO", "Kett’s longtime partner") as a
    person (or, for "a spokesperson", the organisation) the text named before, to be
    resolved; ``first`` is where it starts when not at ``tok``'s leftmost child."""
    if first is None:
        first = min([c.i for c in tok.lefts] + [tok.i])
    phrase = tok.doc[first : tok.i + 1]
    if role and organization is None and kind == "person" and is_company_title(tok.lower_):
        # "the clearly riled billionaire Norrla CEO": the firm's CEO
        titled = parse_title(phrase.text)
        if titled.organization and titled.role and is_company_title(titled.role.lower()):
            role, organization = titled.role, titled.organization
    return SpeakerRef(
        phrase.text,
        phrase.start_char,
        phrase.end_char,
        kind,
        role,
        organization,
        needs_antecedent=True,
        possessor=possessor,
    )


def _title_words(tok: Token) -> str | None:
    """The title a definite noun gives ("computer scientist" of "the computer scientist")."""
    first = min([c.i for c in tok.lefts if c.dep_ != "det"] + [tok.i])
    words = tok.doc[first : tok.i + 1].text
    return words.lower() if words.strip() else None


def _someone_of(tok: Token, owner: SpeakerRef) -> SpeakerRef | None:
    """ "Kett’s longtime partner said": not Kett but the holder of that title, named before
    (or no one); "Kett’s relatives said": people the text does not name."""
    if tok.lower_.endswith("s") or is_plural_role(tok.lower_):
        return None
    return _titled_noun(tok, tok.text, possessor=owner.text)


#: Adjectives that say a person is not named ("the unnamed whale").
_UNNAMED_WORDS = frozenset({"unnamed", "anonymous", "unidentified", "unknown", "mysterious"})


def _own_word(subject: Token, word: Token) -> bool:
    """Whether ``word`` names ``subject`` itself, not a firm in a phrase hung on it ("Kay
    Lund, general counsel at rollup developer NorrWare, said": not the firm's handle-like
    name)."""
    while word.i != subject.i and word.head.i != word.i:
        if word.dep_ in {"prep", "pobj", "relcl", "acl"}:
            return False
        word = word.head
    return word.i == subject.i


def _speaker_from_subject(tok: Token) -> SpeakerRef | None:
    if tok.lower_ in _INDEFINITE:
        return None  # "Others complained that …": people the text does not name
    another = next((c for c in tok.lefts if c.lower_ == "another" and c.dep_ == "det"), None)
    if another is not None and tok.lemma_.lower() in cue_words("written_nouns"):
        # "Another X post said …": one more post of the source that spoke last
        phrase = tok.doc[another.i : tok.i + 1]
        return SpeakerRef(
            phrase.text, phrase.start_char, phrase.end_char, None, needs_antecedent=True
        )
    # (a document, not a body: "Norrland’s Supreme Court said" is the court's)
    titled_document = tok.text.istitle() and tok.lower_ in document_nouns()
    owner = _possessive_owner(tok) if titled_document else None
    if owner is not None:
        return owner  # "according to Norrdelity Digital Assets’ Q2 Signals Report": its owner
    if at_handle(tok.text):
        # "“…,” says @NorrJr of his family’s ties": the account speaks (named without "@")
        return SpeakerRef(tok.text[1:], tok.idx + 1, tok.idx + len(tok.text), None)
    handle = next((n for n in tok.subtree if titled_handle(n) and _own_word(tok, n)), None)
    if handle is not None:
        # "Crypto trader and analyst Some_handle warned": the handle, not a word of its title.
        found = speaker_from_tokens(tok.doc, handle.i, handle.i + 1)
        return SpeakerRef(
            found.text, found.start, found.end, "person", found.role, found.organization
        )
    holder = tok.text.islower() and tok.lower_ in cue_words("handle_holder_nouns")
    quoted = _quoted_name_after(tok) if is_role_word(tok.text) or holder else None
    if quoted is not None:
        # "Former Norrsoft tech lead “CodeKing” said": the pseudonym set in marks after the
        # title, not the firm the parser hangs on it.
        found = speaker_from_tokens(tok.doc, *quoted)
        return replace(found, kind="person")
    if holder:
        named = next((c for c in tok.rights if c.dep_ == "appos" and c.i == tok.i + 1), None)
        span = name_tokens(named) if named is not None else None
        if span is not None:
            # "According to X user NorrFeria": the handle after the noun, not the platform
            return replace(speaker_from_tokens(tok.doc, *span), kind="person")
    if tok.lower_ in cue_words("show_roles") and _quoted_show_before(tok):
        # "said “Norr Tank” star Kevin O’Neill": the star named after the word, not the show.
        last = _adjacent_name(tok.doc, tok.i, 1)
        if last is None or last.lower_ in pronouns():
            return None
        first = next(k for k in range(tok.i + 1, last.i + 1) if _is_namey(tok.doc[k]))
        return speaker_from_tokens(tok.doc, first, last.i + 1)
    if tok.lower_ in cue_words("handle_holder_nouns") and _definite_word(tok):
        if any(c.dep_ == "amod" and c.lower_ in _UNNAMED_WORDS for c in tok.lefts):
            return None  # "the unnamed whale said": someone the text does not name
        # "The X user suggested", "the poster added": the person named before, by a noun
        # (a platform before it names no one).
        return _titled_noun(tok)
    doc = tok.doc
    titled = _name_after_honorific(tok)
    if titled is not None:
        return titled  # "wrote Master of the Rolls Sir Geoffrey Vale": the knight, titled
    described = tok.lower_ == "one" or (tok.ent_type_ == "NORP" and tok.lower_ not in pronouns())
    if described and (appos := _appositive_of(tok)) is not None:
        # "One of the network’s developers, Lefteris Karpas, wrote", "The lone Democrat,
        # Kira Jansen, said": the name given.
        span = name_tokens(appos)
        if span is not None:
            return speaker_from_tokens(doc, *span)
    owner = document_owner(_whole_of_part(tok))
    if owner is not None:
        return owner  # "analyst Will Clemson’s reaction on X captures it: “…”"
    if tok.lower_ in cue_words("maker_nouns") and any(
        c.dep_ == "det" and c.lower_ in {"the", "this"} for c in tok.lefts
    ):
        # "The ChatGPT maker said": the firm named before that makes it, not the product.
        product = [c for c in tok.lefts if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"]
        possessor = product[-1].text if product else None
        return _titled_noun(tok, kind="organization", possessor=possessor)
    if is_role_word(tok.text) and is_plural_role(tok.lower_):
        leader = _led_by(tok)
        if leader is not None:
            return leader  # "analysts led by Nikos Pana wrote"
    written = written_sources()
    if tok.lower_ in written or tok.lemma_.lower() in written:
        author = author_of(tok)
        if author is not None:
            return author  # "a report published by Norrfin", "the announcement by X"
    group = _group_of_people(tok) if not _appositive_name(tok) else None
    if group is not None:
        return group
    office = _office_of(tok)
    if office is not None:
        return office
    # "an optimistic Norr Capital wrote": a name described by an adjective is still named.
    described = (
        tok.pos_ == "PROPN"
        and tok.text[:1].isupper()
        and any(c.dep_ == "amod" and c.text.islower() for c in tok.lefts)
    )
    unnamed = _unnamed_subject(tok) and not described
    with_title = tok.pos_ == "PROPN" and any(
        c.dep_ == "appos" and is_role_word(c.text) for c in tok.rights
    )  # "a Machine Ivo Lindqvist, president at Norrvest,": a caption's words before a name
    if unnamed and tok.ent_type_ != "PERSON" and not _appositive_name(tok) and not with_title:
        if tok.lower_ in document_nouns() and tok.head.lower_ == "to":
            return owner_before(tok)  # "according to a May 7 Norrpay announcement"
        if tok.lower_ in cue_words("written_nouns"):
            owner = owner_before(tok)  # "A December 2024 Norrbes report noted": its outlet
            verb = tok.head
            if owner is None and tok.dep_ == "dobj" and verb.lemma_ in cue_words("publish_verbs"):
                # "Norrstein analysts published a report stating that …": its publisher
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                return speaker_from_subject(subject) if subject is not None else None
            return owner
        return None  # "another Redditor", "a Goldman analyst": no name given
    ref = _pronoun_or_source(tok)
    if ref is not None and ref.needs_antecedent and tok.lower_ in source_nouns():
        # "The exchange, Norrwang Guarantee, said": the name set off after the noun
        named = next(
            (c for c in tok.rights if c.dep_ == "appos" and c.left_edge.i == tok.i + 2), None
        )
        inner = name_tokens(named) if named is not None and tok.nbor(1).text == "," else None
        if inner is not None:
            found = speaker_from_tokens(doc, *inner)
            if found.kind == "organization":
                return found
    if ref is not None and ref.needs_antecedent and tok.lower_ not in pronouns():
        # "a filing with the SEC", "data from Chainlyte": the name attached to the noun.
        for node in tok.subtree:
            if node.i > tok.i and node.dep_ == "pobj" and node.i - tok.i <= 9:
                if _through_a_verb(node, tok):
                    continue  # "the protocol posted on X": where it spoke, not its name
                inner = name_tokens(node)
                if inner is not None:
                    return speaker_from_tokens(doc, *inner)
        if not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in tok.lefts) and not any(
            c.dep_ == "poss" for c in tok.lefts
        ):
            return None  # "a filing", "one analyst": a source the text does not name
    named_left = any(
        # (not "the X post", nor "the US central bank", "the New York filing": a place's is
        # no name of the body, unless it names the place's own government: "the US
        # government")
        not (_place_run(c) and tok.lower_ not in _PLACE_RUN_BODIES)
        and (
            (_is_namey(c) and c.text not in cue_words("social_platforms"))
            or any(g.dep_ in {"compound", "nmod"} and _is_namey(g) for g in c.lefts)
        )
        for c in tok.lefts
    )
    if ref is not None and not named_left:
        return ref  # (not "the Curve finance team": a name on the noun's modifier)
    if is_role_word(tok.text):
        # "Harborex’s chief legal officer, Paul Renner": the name in apposition (before "a
        # researcher at Norrfin" makes the firm the speaker).
        appos = _appositive_of(tok)
        for child in [appos] if appos is not None else []:
            inner = name_tokens(child)
            if inner is not None:
                return _title_holder(tok, inner)
    if tok.text in cue_words("party_members") and _definite_word(tok):
        return _titled_noun(tok)  # "the Vermont Republican said": a person named before
    group = _group_speaker(tok)
    if group is not None:
        return group
    span = name_tokens(tok)
    if span is not None:
        return speaker_from_tokens(doc, *span)
    if unnamed and not _appositive_name(tok):
        return None  # "one analyst", "a member of the community": no name given
    if is_role_word(tok.text) and not is_plural_role(tok.text):
        # "said Acme founder and CEO Jo Park": the parser makes the first title the subject
        # and the name a conjunct of it.
        for child in tok.children:
            inner = name_tokens(child) if child.dep_ == "conj" else None
            if inner is not None and inner[1] - inner[0] >= 2:
                return speaker_from_tokens(doc, *inner)
        # "The Minister of State for Blockchain and Crypto Omar Rashid said": the name that
        # ends the title's phrase, right before the verb, however deep the parser hung it.
        last = tok.right_edge
        if last.i > tok.i and last.pos_ == "PROPN" and last.i + 1 == tok.head.i:
            inner = name_tokens(last)
            if inner is not None and given_and_surname(doc, *inner):
                return speaker_from_tokens(doc, *inner)
    if (
        ref is None
        and is_role_word(tok.text)
        and not is_plural_role(tok.text)
        and any(c.lower_ in {"the", "this"} or c.dep_ == "poss" for c in tok.lefts)
        and not any(_is_namey(c) for c in tok.subtree if c.i != tok.i)
    ):
        # "the computer scientist said": a person named before, so titled here.
        return _titled_noun(tok, _title_words(tok))
    # A common noun: "the Marlow analysts" (a name inside), "analysts at … firm Marlow",
    # "the Marlow security researchers" (a name on the noun's modifier).
    mods = [
        m
        for c in tok.lefts
        for m in [c, *(g for g in c.lefts if g.dep_ in {"compound", "nmod"} and g.pos_ == "PROPN")]
    ]
    for child in mods:
        if child.pos_ == "ADJ" and child.is_sent_start:
            continue  # "Decentralized finance protocol Norrcurve warned": capitalised to open
        if child.dep_ in {"compound", "nmod", "amod", "poss"}:
            inner = name_tokens(child)
            if inner is None and child.i < tok.i and is_role_word(tok.text):
                if any(c.lower_ in {"the", "this"} for c in tok.lefts):  # not "said US Secretary"
                    inner = _firm_before_title(doc, child.i, tok.i)
            if inner is not None:
                found = speaker_from_tokens(doc, *inner)
                if child.dep_ == "poss" and _a_person(doc, found) and _someones(tok):
                    return _someone_of(tok, found)
                if child.dep_ == "poss" and tok.lower_ in cue_words("relation_nouns"):
                    if tok.lower_.endswith("s"):
                        return None  # "Norrfin’s lawyers asked": people the text never names
                # "the Strike CEO", and "Strike’s CEO": a definite title.
                # ("Norrfin Labs’ CEO": a plural's bare apostrophe the parser may not call
                # a possessive.)
                bare = inner[1] < len(doc) and doc[inner[1]].text in {"’", "'"}
                definite = (
                    child.dep_ == "poss"
                    or bare
                    or any(c.lower_ in {"the", "this"} for c in tok.lefts)
                )
                bare_title = (
                    not any(c.dep_ == "det" for c in tok.lefts)
                    and tok.lower_ in cue_words("company_titles")
                    and tok.lower_ not in cue_words("firm_voice_titles")
                )
                singular = not is_plural_role(tok.text)
                if is_role_word(tok.text) and (definite or bare_title) and singular:
                    # "the Strike CEO declared", "Strike CEO said": a person named before,
                    # of that firm (or, named nowhere, no one).
                    return _titled_noun(tok, _hyphenated(tok), found.text)
                if is_role_word(tok.text):
                    return SpeakerRef(
                        found.text,
                        found.start,
                        found.end,
                        "organization",
                        _hyphenated(tok),
                        found.text,
                    )
                if tok.lower_ in cue_words("body_nouns") and child.dep_ == "compound":
                    # "the Kett administration said": the body speaks, not the person.
                    body = f"{found.text} {tok.text}"
                    end = tok.idx + len(tok.text)
                    return SpeakerRef(body, found.start, end, "organization", None, body)
                if (
                    tok.lower_ in cue_words("body_nouns")
                    and child.dep_ == "poss"
                    and is_place(found.text)
                ):
                    # "Sweden’s government announced": the country's government speaks
                    end = tok.idx + len(tok.text)
                    body = text_of(doc)[found.start : end]
                    return SpeakerRef(body, found.start, end, "organization", None, body)
                return found
    for node in tok.subtree:
        if node.i <= tok.i or node.dep_ not in {"pobj", "appos", "compound"}:
            continue
        if node.dep_ == "compound" and node.head.i != tok.i and is_role_word(node.head.lower_):
            continue  # "the former governor and U.S. senator": a word of the second title
        if node.dep_ != "appos" and _through_a_verb(node, tok):
            continue  # "The order, published as Release No. 34-…,": the order's own name
        inner = name_tokens(node)
        if inner is not None and node.i - tok.i <= 8:
            found = speaker_from_tokens(doc, *inner)
            obj = node.head if node.dep_ == "compound" else node
            of_firm = (
                obj.dep_ == "pobj"
                and obj.head.lower_ in {"of", "at", "for"}
                and obj.head.head.i == tok.i
                and found.kind == "organization"
                and is_role_word(tok.text)
                and singular_title(tok)
                and _definite_word(tok)
            )
            if of_firm:
                # "said the co-founder of OPTO Miner": a person named before with that title
                # there, or else the firm speaking through them.
                first = _word_start(tok)
                held = doc[first : tok.i + 1].text
                lo = first - 1 if first > 0 and doc[first - 1].lower_ in {"the", "this"} else first
                return _titled_noun(tok, held, found.text, first=lo)
            return found
    definite = any(c.lower_ in {"the", "this"} for c in tok.lefts)
    if ref is None and definite and singular_title(tok):
        return _titled_noun(tok)  # "The former governor and U.S. senator said"
    return ref


#: "the former" / "the latter": the first or second of two people named just before.
_ORDER_WORDS = {"former": 0, "latter": 1}


def _one_of_pair(tok: Token) -> SpeakerRef | None:
    """The first ("the former") or second ("the latter") of the last two names joined by
    "and" in the subject's sentence or the two before it."""
    doc = tok.doc
    start = sent_tokens(tok)[0]
    for _ in range(2):
        if start > 0:
            start = sent_tokens(doc[start - 1])[0]
    pairs = [
        (t.head, t)
        for t in doc[start : tok.i]
        if t.dep_ == "conj" and t.pos_ == "PROPN" and t.head.pos_ == "PROPN" and t.head.i < t.i
    ]
    if not pairs:
        return None
    chosen = pairs[-1][_ORDER_WORDS[tok.lower_]]
    return named_speaker(chosen)


def _definite_word(tok: Token) -> bool:
    """ "the CEO", "the co-founder": "the" or "this" before the word (a hyphenated word is
    split in tokens, the article hung on its first part)."""
    doc = tok.doc
    start = _word_start(tok)
    return any(c.lower_ in {"the", "this"} for c in tok.lefts) or (
        start > 0 and doc[start - 1].lower_ in {"the", "this"}
    )


def _word_start(tok: Token) -> int:
    """The first token of the word ``tok`` ends ("co" of "co-founder")."""
    doc = tok.doc
    start = tok.i
    while start > 0 and not doc[start - 1].whitespace_:
        start -= 1
    return start


def _hyphenated(tok: Token) -> str:
    """The whole hyphenated word ``tok`` ends ("co-founder", "vice-chair"), or ``tok``."""
    doc = tok.doc
    start = tok.i
    while (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].is_alpha
    ):
        start -= 2
    return doc[start : tok.i + 1].text


def _firm_before_title(doc: Doc, at: int, title: int) -> tuple[int, int] | None:
    """ "the European Commission President": the capitalised words before a capitalised title
    (which the name run swallows whole) name the firm."""
    lo = at
    while lo - 1 >= 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].text[:1].isupper():
        lo -= 1
    words = doc[lo:title]
    if not len(words) or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return None
    return lo, title


def _group_speaker(tok: Token) -> SpeakerRef | None:
    """ "Analysts at Acme Research said", "researchers from Pellmont", "the platform’s
    analysts": a group speaks for the firm it works at; the firm is the speaker, with the
    group as its role."""
    if not (is_role_word(tok.text) and is_plural_role(tok.lower_)):
        return None
    firm = _firm_possessor(tok)
    if firm is not None:
        return replace(firm, role=tok.lower_)  # "the platform’s analysts concluded"
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"at", "from", "with", "of"}:
            continue
        for node in prep.subtree:
            if node.dep_ != "pobj" or node.i - tok.i > 10:
                continue
            inner = name_tokens(node)
            if inner is None:
                continue
            found = speaker_from_tokens(tok.doc, *inner)
            return SpeakerRef(
                found.text, found.start, found.end, "organization", tok.lower_, found.text
            )
    return None


def _led_by(group: Token) -> SpeakerRef | None:
    """ "analysts led by Nikos Pana wrote": the leader speaks for the group, with its title
    (singular) at the firm the text named last."""
    for acl in group.children:
        if acl.dep_ != "acl" or acl.lemma_.lower() != "lead":
            continue
        by = next((c for c in acl.children if c.dep_ == "agent"), None)
        name = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
        span = name_tokens(name) if name is not None else None
        if span is None:
            return None
        found = speaker_from_tokens(group.doc, *span)
        if " " not in found.text.strip():
            return None  # a full name leads a group of people
        title = group.lower_[:-1] if group.lower_.endswith("s") else group.lower_
        own = found.organization if found.kind == "person" else None
        firm = own or _latest_org_before(group.doc, group.idx, firms_only=True)
        return replace(found, kind="person", role=found.role or title, organization=firm)
    return None


def _appositive_name(tok: Token) -> bool:
    """ "a spokeswoman for Lakeview Inns, Clara Dunne": a name in apposition."""
    return _appositive_of(tok) is not None


def _firm_possessor(title: Token) -> SpeakerRef | None:
    """ "the company" of "The company’s CEO": a definite firm noun owning a title."""
    employers = cue_words("firm_nouns") | cue_words("employer_nouns")
    for poss in title.lefts:
        the = [c for c in poss.lefts if c.dep_ == "det" and c.lower_ == "the"]
        if poss.dep_ == "poss" and the and poss.lemma_.lower() in employers:
            span = title.doc[the[0].i : poss.i + 1]
            return SpeakerRef(
                span.text, span.start_char, span.end_char, "organization", needs_antecedent=True
            )
    return None


def _appositive_of(tok: Token) -> Token | None:
    """The name in apposition to ``tok`` or to a word of its phrase (the parser may hang it
    on "group" in "a spokeswoman for the hotel group, Clara Dunne")."""
    for node in tok.subtree:
        span = name_tokens(node) if node.i > tok.i and node.dep_ == "appos" else None
        if span is None:
            continue
        # The parser may hang "Jo Park" on the firm ("a partner at Norrfin, Jo Park,"): a
        # full name in apposition to the title's object is the title's holder too.
        full_name = span[1] - span[0] >= 2 and node.head.dep_ == "pobj"
        # "Senior researcher at Norrfin, VexoArt, said": a one-word name (a pseudonym) in
        # apposition to the firm of a title is its holder as well.
        holder = node.head.dep_ == "pobj" and node.head.head.head.i == tok.i
        holder = holder and is_role_word(tok.text)
        if node.head.i == tok.i or node.ent_type_ == "PERSON" or full_name or holder:
            # "Chief policy officer at crypto exchange Norrbase, Kari Lund, said": the parser
            # may make the firm the title's appositive and the person the firm's; the person
            # holds the title.
            return _person_in_apposition(node) or node
    return None


def _person_in_apposition(node: Token) -> Token | None:
    """A person's full name set off by commas in apposition to ``node`` (a firm's name)."""
    for child in node.rights:
        span = name_tokens(child) if child.dep_ == "appos" else None
        if span is None or span[1] - span[0] < 2 or child.ent_type_ != "PERSON":
            continue
        if node.ent_type_ != "PERSON" and child.doc[span[0] - 1].text == ",":
            return child
    return None


#: Words a title run between an inverted cue and the name may hold besides names and titles.
_TITLE_RUN_GLUE = frozenset({"and", "-", "co", "&", "of"})


def _name_after_cue_title(verb: Token) -> Token | None:
    """ "…,” commented Norr Fund co-founder and CEO Dana Porter", "said Norrsec head of
    research Lian Zhao": after an inverted cue, a run of firm words and titles (the parser
    makes "co" or "head" the subject) ending in a person's name; the name's last token."""
    doc = verb.doc
    titled = False
    before: Span | None = None  # ("said CertiK co-founder …": the model's person "CertiK co-")
    for tok in doc[verb.i + 1 : verb.i + 12]:
        ent = entity_of(tok) if tok.ent_type_ == "PERSON" else None
        if ent is not None and titled and (before is None or ent.start >= before.end):
            return doc[ent.end - 1]
        if is_role_word(tok.lower_):
            titled = True
        elif ent is not None and not titled:
            before = ent
        elif not (
            tok.pos_ == "PROPN"
            or (tok.pos_ == "NOUN" and tok.text.isupper() and not titled)  # "said NAVI co-…"
            or tok.lower_ in _TITLE_RUN_GLUE
            or (titled and tok.pos_ == "NOUN" and tok.text.islower())  # "head of research"
        ):
            return None
    return None


def _person_before_firms_title(subj: Token) -> Token | None:
    """ "Pia Larsen, Norrsec’s director of investigations, said": the parser may make the
    firm the subject and hang the name on it; the person named before the firm's title."""
    doc, i = subj.doc, subj.i
    if i < 2 or i + 2 >= len(doc) or doc[i - 1].text != ",":
        return None
    if doc[i + 1].text not in {"’s", "'s"} or not is_role_word(doc[i + 2].lower_):
        return None
    before = doc[i - 2]
    return before if before.ent_type_ == "PERSON" and before.head.i == subj.i else None


def _name_after_opening_participle(subj: Token) -> Token | None:
    """ "Continuing, Darkfrost, a contributor to …, noted": the parser takes the sentence's
    opening participle for the subject; the name after its comma is."""
    doc = subj.doc
    if not (subj.is_sent_start and subj.tag_ == "VBG" and subj.i + 2 < len(doc)):
        return None
    name = doc[subj.i + 2]
    if doc[subj.i + 1].text != "," or name.pos_ != "PROPN" or not _is_namey(name):
        return None
    return name


def _own_subject(verb: Token) -> Token | None:
    """The verb's subject; of two (a headline glued before the sentence, "… Market Turmoil On
    May 26, the Commission President said"), the person, pronoun or title closest before it."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    doc = verb.doc
    opened = _name_after_opening_participle(subjects[0]) if len(subjects) == 1 else None
    if opened is not None:
        return opened  # "Continuing, Darkfrost, a contributor to …, noted"
    if len(subjects) > 1:
        if all(
            a.i + 1 == b.i and not a.whitespace_
            for a, b in zip(subjects, subjects[1:], strict=False)
        ):
            return subjects[-1]  # "said the co-founder of X": one hyphenated word, in three
        inverted = [
            c for c in subjects if c.i > verb.i and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")
        ]
        if inverted and verb.i > 0 and doc[verb.i - 1].text in {",", "”", '"', "’"}:
            # "Key points: … a recipe for $1 million, says Arthur Hayes"; "Source: NorrBTC
            # “…,” said Vexa Capital founder Lars Brenn": a caption's label is no subject
            return inverted[0]
        people = [
            c
            for c in subjects
            if c.i < verb.i
            and (
                c.ent_type_ == "PERSON"
                or c.lower_ in pronouns()
                or is_role_word(c.lower_)
                or (c.pos_ == "PROPN" and not c.ent_type_)  # a name the model left untagged
            )
            # "… ordinals platform Fomojis": a name a source noun introduces is a firm's
            and not (c.i > 0 and c.doc[c.i - 1].text in source_nouns())
        ]
        if people:
            return people[-1]
        before = [c for c in subjects if c.i < verb.i]
        if len(before) >= 2 and any(
            t.text == "," or t.is_space for t in doc[before[-2].i : before[-1].i]
        ):
            return before[-1]  # a comma or a hard space ends what was glued before the clause
    return subjects[0] if subjects else _finite_acl_subject(verb)


def _finite_acl_subject(verb: Token) -> Token | None:
    """ "Senator Jo Ossel, a Democrat, called for …": the parser may hang a past-tense verb
    on the name as a modifier, leaving the name as the sentence's root: the name is its
    subject."""
    head = verb.head
    if verb.dep_ != "acl":
        return None
    if _after_quote_mark(head) and verb.i == head.i + 1 and verb.tag_ in {"VBD", "VBN"}:
        # "“…,” the protocol posted on X": the noun after the quote, its subject (wherever the
        # parser hangs the noun)
        return head
    if head.dep_ != "ROOT":
        return None
    if head.pos_ != "PROPN":
        return None
    if verb.tag_ == "VBD":
        return head
    # "…, called for …, claiming …": a participle hung on the same name after such a verb.
    finite = [c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBD" and c.i < verb.i]
    return head if verb.tag_ == "VBG" and finite else None


def _through_a_verb(node: Token, top: Token) -> bool:
    """Whether a verb stands between ``node`` and its ancestor ``top``."""
    while node.i != top.i and node.head.i != node.i:
        node = node.head
        if node.i != top.i and node.pos_ in {"VERB", "AUX"}:
            return True
    return False


def _after_quote_mark(head: Token) -> bool:
    """Whether the phrase of ``head`` starts right after a quotation's closing mark."""
    words = [c.i for c in head.lefts if c.dep_ in {"det", "amod", "compound", "poss"}]
    first = min([*words, head.i])
    return first > 0 and head.doc[first - 1].text in _CLOSING_MARKS


def _passive_agent(verb: Token) -> Token | None:
    """ "… was dismissed as “flawed” by co-founder Zach Wit": the one a passive reporting
    verb names after "by", who is its speaker."""
    if verb.tag_ != "VBN":
        return None
    auxpass = any(c.dep_ == "auxpass" for c in verb.children)
    for by in verb.subtree:
        if by.lower_ != "by" or by.i < verb.i or by.dep_ not in {"agent", "prep"}:
            continue
        if by.dep_ == "prep" and not auxpass:
            continue  # (an agent needs no auxiliary: "a flat, described by … as “…”")
        who = next((c for c in by.children if c.dep_ == "pobj"), None)
        if who is None:
            continue
        if by.dep_ == "agent" and who.pos_ in {"PROPN", "NOUN", "PRON"}:
            return who  # (the subject rules judge it as they judge "Kay said")
        if who.pos_ == "PROPN" and _is_namey(who):
            return who  # the parser hung "by Mara Holt" on the quoted noun
    return None


def _relative_antecedent(head: Token) -> Token:
    """Whom "who" stands for when the parser hangs the clause on the firm of a title in
    apposition to a person: "Jo Park, vice president of Norrfin Crypto, who called it …" is
    Jo Park. A pronoun, or a head the model tags as neither a firm nor a person, is kept."""
    if head.pos_ in {"NOUN", "NUM"}:
        # "commented Balder about one of the funds, who added": a thing's "who" is the
        # speaker of the reporting verb the thing hangs on.
        verb = head
        while verb.dep_ in {"pobj", "prep"} and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ == "VERB" and is_reporting_verb(verb):
            speaker = _own_subject(verb) or _adjacent_name(verb.doc, verb.i, 1)
            if speaker is not None and speaker.pos_ == "PROPN":
                return speaker
    if head.lower_ in pronouns() or head.ent_type_ not in {"ORG", "PERSON", ""}:
        return head
    doc = head.doc
    node = head
    for _ in range(6):
        if node.dep_ == "appos" and node.head.pos_ == "PROPN" and is_role_word(node.lower_):
            return node.head
        if node.dep_ == "dep" and is_role_word(node.lower_):
            # ("echoed by Jo Park, lead engineer at …": the title hung loose after the comma)
            first = node.left_edge.i
            if first >= 2 and doc[first - 1].text == "," and doc[first - 2].pos_ == "PROPN":
                return doc[first - 2]
        # ("… at payments network (PN) Norrpay, who": the firm is in apposition to its noun)
        if node.dep_ not in {"pobj", "prep", "conj", "compound", "appos"} or node.head.i == node.i:
            break
        node = node.head
    return head


def _object_after_quote_verb(verb: Token, subject: Token) -> Token | None:
    """ "“MSTR, Norrplanet,” said twitter poster norrstrife.": the parser made a word inside
    the quotation the subject of the verb right after its closing mark, and the source after
    the verb its object (or a modifier); a titled handle there is the subject."""
    doc = verb.doc
    mark = verb.i - 1
    if mark < 1 or doc[mark].text not in _CLOSING_MARKS or subject.i > mark:
        return None
    return next((c for c in verb.rights if titled_handle(c)), None)


def _owner_of_speech_noun(verb: Token) -> Token | None:
    """The named possessor of a noun of speech or writing that a participle hangs on ("Kim’s
    rejoinder—calling Berg “off the rails”—", "Kim’s post, calling it “…”")."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.pos_ != "NOUN":
        return None
    if noun.lower_ not in cue_words("claim_nouns") and noun.lower_ not in document_nouns():
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and _is_namey(c)), None)


def _person_of_clause_between(verb: Token) -> Token | None:
    """The named subject of the last clause hung on ``verb``'s head before ``verb`` ("as
    President X threatened …, calling"): the person a trailing participle goes with when the
    main clause's subject is a thing."""
    clauses = [c for c in verb.head.children if c.dep_ == "advcl" and c.i < verb.i]
    if not clauses:
        return None
    subj = _own_subject(clauses[-1])
    if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ not in {"PERSON", ""}:
        return None
    return subj


def _person_before_who(who: Token) -> Token | None:
    """The person's name right before ", who", or None."""
    doc = who.doc
    if who.lower_ != "who" or who.i < 2 or doc[who.i - 1].text != ",":
        return None
    name = doc[who.i - 2]
    return name if name.pos_ == "PROPN" and name.ent_type_ == "PERSON" else None


def _subject_of(verb: Token) -> Token | None:
    agent = _passive_agent(verb)
    if agent is not None:
        return agent
    child = _own_subject(verb)
    if child is not None and (person := _person_before_firms_title(child)) is not None:
        return person
    if child is not None and (handle := _object_after_quote_verb(verb, child)) is not None:
        return handle  # "“…,” said bitcoin twitter poster norrstrife."
    if (
        child is not None
        and child.i > verb.i
        and (named := _name_after_cue_title(verb)) is not None
    ):
        return named  # "commented Norr Fund co-founder and CEO Dana Porter"
    if child is None and _mistagged_present_after_mark(verb):
        return next(c for c in reversed(list(verb.lefts)) if c.dep_ == "compound")
    if child is not None:
        if child.lower_ in {"who", "which", "that"} and verb.dep_ == "relcl":
            antecedent = _relative_antecedent(verb.head)  # "Donald Trump, who … threatened"
            named = _person_before_who(child)
            if named is not None and antecedent.pos_ == "NOUN":
                # "… advocates, including entrepreneur Ola Brenn, who said:": the person
                # right before "who", though the parser hangs the clause on the noun
                return named
            return antecedent
        return child
    relative = _relative_clause_before(verb)
    if relative is not None:
        return relative
    if verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.lefts):
        # "the backlash led Norrlabs to concede that …": the object of the verb above says
        # it (object control), not that verb's subject.
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is not None and obj.pos_ in {"PROPN", "PRON"}:
            return obj
    if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.i != verb.i:
        found = _clause_subject(verb)
        if found is not None and found.pos_ == "NOUN" and verb.dep_ == "advcl":
            # "The sell-off came as President X threatened …, calling him an “…”": a thing
            # that cannot speak; the person of the clause between speaks.
            return _person_of_clause_between(verb) or found
        return found
    reporter = _reporter_above_misread_participle(verb)
    if reporter is not None:
        return reporter
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in _PARTICIPLE_PREPS:
        # "Berg closed the talk by saying that “…”", "… before adding that “…”": the
        # participle after a preposition shares the subject of the clause above.
        return _clause_subject(verb)
    doc = verb.doc
    owner = _owner_of_speech_noun(verb)
    if owner is not None:
        return owner  # "Trump’s rejoinder—calling Musk “off the rails”—": his words
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.i > 0 and doc[verb.i - 1].text == ",":
        # "Sheel contrasted himself against his opponent, Jon Tessler, stating, “…”": the
        # participle after a comma goes with the clause, not with the noun it hangs on
        return _clause_subject(verb)
    head = verb.head
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and head.dep_ == "pobj"
        and head.tag_ == "NN"
        and head.lower_ not in cue_words("document_nouns")
        and head.lower_ not in cue_words("written_nouns")
        and not is_role_word(head.lower_)
    ):
        # "BitMine justified its choice of ether as a reserve asset saying …": a participle
        # the parser hangs on a thing in a phrase goes with the clause's subject.
        return _clause_subject(verb)
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.head.lemma_.lower() in cue_words("written_nouns")
        and verb.head.dep_ == "dobj"
        and verb.head.head.lemma_ in cue_words("publish_verbs")
    ):
        return verb.head  # "Norrstein analysts published a report stating …": the report's
    doc = verb.doc
    if verb.dep_ == "ccomp" and verb.i > 0 and doc[verb.i - 1].lower_ in {"and", "but"}:
        # "Kay said that … but said “…”": a second verb of the same subject, which the
        # parser took for a clause of the first.
        return _clause_subject(verb)
    return _name_with_relative_before(verb)


def _relative_clause_before(verb: Token) -> Token | None:
    """ "… tensions with Trump, which Trump rejected, claiming Musk has “lost his mind”": a
    participle right after a relative clause's verb and its comma goes with that clause's
    named subject, wherever the parser hangs it."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    before = doc[verb.i - 2]
    if before.dep_ != "relcl" or before.pos_ != "VERB":
        return None
    subject = next((c for c in before.lefts if c.dep_ == "nsubj"), None)
    return subject if subject is not None and _is_namey(subject) else None


def _name_with_relative_before(verb: Token) -> Token | None:
    """ "Tom Emmer, who co-chairs the caucus alongside X, said": the parser may make the
    relative clause's verb a clause of the reporting verb, with the name as its subject; a
    person's name that carries a relative clause, before the verb, is the speaker."""
    for clause in verb.lefts:
        if clause.dep_ != "ccomp":
            continue
        for subj in clause.children:
            if (
                subj.dep_ == "nsubj"
                and subj.i < clause.i
                and subj.ent_type_ == "PERSON"
                and any(c.dep_ == "relcl" for c in subj.children)
            ):
                return subj
    return None


_RELATIVES = frozenset({"who", "which", "that"})
#: Clauses a participle's head may sit in below the sentence's speaker.
_INNER_CLAUSES = frozenset({"ccomp", "relcl", "acl", "advcl", "conj", "xcomp", "pcomp"})


#: Prepositions before a participle that goes on with the clause's subject ("by saying",
#: "before adding", "as far as saying"); not "without revealing", "a way of verifying".
_PARTICIPLE_PREPS = frozenset({"by", "before", "after", "as", "while", "upon"})


def _set_off_name_before(verb: Token) -> Token | None:
    """ "Norrcoin’s newly appointed CEO, BC Lund, said": a name set off by commas right
    before a verb, after a title (the parser may hang it elsewhere)."""
    doc = verb.doc
    if verb.i < 4 or doc[verb.i - 1].text != ",":
        return None
    name = doc[verb.i - 2]
    span = name_tokens(name) if name.pos_ == "PROPN" and _is_namey(name) else None
    if span is None or span[1] != verb.i - 1 or span[0] < 2 or doc[span[0] - 1].text != ",":
        return None
    noun = doc[span[0] - 2]
    # (or a person's noun besides a title: "Another commenter, @norrzamanz, noted")
    holder = noun.lower_ in cue_words("handle_holder_nouns")
    return name if is_role_word(noun.text) or holder else None


def _before_title_of(subj: Token, name: Token) -> bool:
    """Whether ``subj`` stands before the whole title phrase of a name set off by commas
    ("Tailwinds" before "Another Norrquant analyst, Darkfrost,"; not "CEO" of "The company’s
    CEO, Jo Park,")."""
    span = name_tokens(name)
    if span is None or span[0] < 2:
        return False
    return subj.i < name.doc[span[0] - 2].left_edge.i


def _clause_hung_elsewhere(verb: Token) -> Token | None:
    """ "…, with Norrment warning the drop had caused traders to “…”": a reported clause with
    no "that" whose subject the parser made the verb's object and whose verb it hung on a
    verb before (the clause is the cue's all the same)."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or any(c.dep_ == "ccomp" for c in verb.rights):
        return None
    k = obj.right_edge.i + 1
    if k >= len(verb.doc):
        return None
    nxt = verb.doc[k]
    # (a finite verb, or one after its auxiliary: "the drop had caused")
    finite = nxt.dep_ == "aux" or nxt.tag_ in _FINITE_VERB_TAGS
    clause = nxt.head if nxt.dep_ == "aux" else nxt
    if not finite or clause.pos_ not in {"VERB", "AUX"}:
        return None
    return clause if clause.head.i < verb.i and clause.dep_ in {"advcl", "conj"} else None


def _quoted_source(verb: Token, inside: set[int]) -> SpeakerRef | None:
    """ "he criticized the bank by quoting Congressman Ron Pauls, who equated …": the person
    named as the object of a verb of quoting (``source_object_verbs``) is the source of the
    words (not a thing cited: "cites Norrnight (NGT) as an ecosystem")."""
    if verb.lemma_.lower() not in cue_words("source_object_verbs"):
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.i in inside or obj.pos_ != "PROPN" or name_tokens(obj) is None:
        return None
    found = speaker_from_subject(obj)
    return found if found is not None and found.kind == "person" else None


def _name_before_relative(verb: Token, inside: set[int]) -> SpeakerRef | None:
    """ "co-founder Harrison Leggo, who goes by “Pop Punk,” posted to X": a verb right after a
    name's relative clause set off by commas (however the parser hung the verb) has the name
    for its subject."""
    doc = verb.doc
    k = verb.i - 1
    while k > 0 and doc[k].is_punct and doc[k].text != "(":
        k -= 1
    if k == verb.i - 1 or not any(t.text == "," for t in doc[k + 1 : verb.i]):
        return None
    relative = next((a for a in [doc[k], *doc[k].ancestors] if a.dep_ == "relcl"), None)
    if relative is None or relative.right_edge.i != k:
        return None
    name = relative.head
    if name.pos_ != "PROPN" or name.i in inside:
        return None
    if not any(t.lower_ in _RELATIVES for t in relative.lefts):
        return None
    found = speaker_from_subject(name)
    return found if found is not None and found.kind != "organization" else None


def _glued_subject(verb: Token) -> Token | None:
    """ "Reserve plans signal deeper investment in crypto Park also spotlighted …": a verb
    right after a name (an adverb between at most) that the parser joined to the clause
    before, with no "and" or comma, or gave that clause's verb as its subject, opens a
    sentence glued to a heading; the name is its subject."""
    doc = verb.doc
    own = _own_subject(verb)
    k = verb.i - 1
    if k > 0 and doc[k].pos_ == "ADV" and doc[k].dep_ == "advmod":
        k -= 1
    name = doc[k]
    finite_clause = verb.dep_ == "advcl" and verb.tag_ in {"VBD", "VBZ"}
    if own is None and (verb.dep_ in {"conj", "ccomp"} or finite_clause) and verb.head.i < verb.i:
        joined = verb.head.i
    elif own is not None and own.pos_ == "VERB" and own.i < k:
        joined = own.i
    else:
        return None
    if k <= joined + 1 or name.pos_ != "PROPN" or not _is_namey(name):
        return None
    if any(t.dep_ == "cc" or t.is_punct for t in doc[joined + 1 : k]):
        return None  # ("… and Park also spotlighted", "…, Park spotlighted"): joined
    before = doc[k - 1]
    if before.text[:1].isupper() and surname_of_a_full_name(name, before):
        return name  # "… Sees Meme Coins as a Small Niche Burgherr stated": a title-case heading
    return name if before.text[:1].islower() and before.pos_ != "DET" else None


def surname_of_a_full_name(name: Token, before: Token) -> bool:
    """Whether ``name`` is the last word of a person's full name the model found elsewhere in
    the document, whose given name is not the word ``before`` it here."""
    return any(
        ent.label_ == "PERSON"
        and len(ent) > 1
        and ent[-1].text == name.text
        and ent[-2].text != before.text
        and ent.start != name.i - 1
        for ent in name.doc.ents
    )


def _reporter_above_misread_participle(verb: Token) -> Token | None:
    """ "Jin said the pivot “is reshaping the market,” adding that “what was once … has become
    a cornerstone”": the parser made "adding" the subject of the quotation's verb; the
    participle after the comma shares the subject of the reporting verb above, before it."""
    doc = verb.doc
    if verb.dep_ != "csubj" or verb.tag_ != "VBG" or verb.i == 0:
        return None
    if doc[verb.i - 1].text not in {",", "”", '"'} or not is_reporting_verb(verb):
        return None
    node = verb.head
    for _ in range(6):
        if node.i < verb.i and is_reporting_verb(node):
            return _own_subject(node)
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _clause_subject(verb: Token) -> Token | None:
    """The subject a participle or conjoined verb without one shares ("Kim said that 10,000
    investors traded it, adding: …" → Kim): the subject of the nearest reporting verb above
    it, else of the first clause above that is not inside another."""
    node = verb
    nearest: Token | None = None
    doc = verb.doc
    for _ in range(8):
        head = node.head
        if head.i == node.i:
            break
        marks = sum(t.is_quote for t in doc[verb.i : head.i]) if head.i > verb.i else 0
        if marks % 2 or (marks and node.lower_ not in _PARTICIPLE_PREPS):
            # (the parser made the quotation's verb the head: "stating: “I'll run …”"; but
            # past a whole quotation, "After declaring that “…,” Kim faced …" goes on to the
            # clause the preposition opens)
            break
        glued = _glued_subject(head)
        if glued is not None:
            return glued  # ("… investment in crypto Park also spotlighted X, citing …")
        subj = _own_subject(head)
        if subj is not None and subj.lower_ in _RELATIVES and head.dep_ == "relcl":
            # "Holt was defiant about a designer who said …, saying, “…”": a participle hung
            # on a relative clause speaks for the clause above it.
            subj = None
        if subj is not None:
            if nearest is None:
                nearest = subj
            if is_reporting_verb(head) or head.dep_ not in _INNER_CLAUSES:
                return subj
            if (
                head.dep_ == "conj"
                and head.head.dep_ == "ROOT"
                and not any(t.is_quote for t in doc[head.head.i : head.i])
            ):
                return subj  # "…, but Brenn had shared it and called him out, saying": a
                # main clause of its own, joined to the first one (not one inside quotes)
        node = head
    return nearest


def _hyphenated_name_end(tok: Token) -> bool:
    """ "chul" of "Koh Kyung-chul": small letters glued by a hyphen to a capitalised word, the
    whole a person's name of the hyphenated-given-name shape."""
    doc = tok.doc
    if not tok.is_lower or tok.i < 3 or doc[tok.i - 1].text != "-":
        return False
    return bool(_FAMILY_THEN_HYPHENATED.fullmatch(doc[tok.i - 3 : tok.i + 1].text))


def _adjacent_name(doc: Doc, start: int, step: int, limit: int = 4) -> Token | None:
    """The first name-like token next to a verb (after it with step 1, before with -1)."""
    i = start
    for _ in range(limit):
        i += step
        if i < 0 or i >= len(doc):
            return None
        tok = doc[i]
        closing = _quoted_show_end(doc, i) if step > 0 else None
        if closing is not None:
            i = closing  # "said “Norr Tank” star Olsen": the show's name, then its star
            continue
        if step > 0 and i > start + 1 and is_role_word(doc[i - 1].text):
            named = _single_marked_name(doc, i)
            if named is not None:
                return named  # "observed analyst ‘Norr Capital.’": the pseudonym in marks
        if step < 0 and i == start - 1 and tok.pos_ == "ADV" and tok.lower_.endswith("ly"):
            continue  # "Koh Kyung-chul reportedly said": the adverb before the verb
        if tok.is_punct or tok.is_space:
            return None
        if step < 0 and _hyphenated_name_end(tok):
            return tok  # ("… Kyung-chul said": the small-letter end of a hyphenated name)
        if _is_namey(tok) or tok.lower_ in pronouns():
            if any(c.lower_ in _UNNAMED and c.dep_ == "det" for c in tok.lefts):
                return None  # "another Redditor said"
            if step < 0:
                return tok
            # Walk to the last token of the name ("said Vetle Lunde").
            j = i
            while j + 1 < len(doc) and _is_namey(doc[j + 1]) and doc[j].whitespace_:
                j += 1
            return _name_after_title(doc, j)
        skippable = tok.lower_ in {"the", "a", "an"} or tok.lower_ in source_nouns()
        skippable = skippable or tok.lower_ in cue_words("show_roles")
        if skippable or is_role_word(tok.text):
            continue
        return None
    return None


def _single_marked_name(doc: Doc, i: int) -> Token | None:
    """The last word of one to three capitalised words in single marks opening at ``i``
    ("‘Norr Capital.’", a full stop or comma kept inside), else None."""
    k = _marked_words_end(doc, i, 4, punct=True, marks=_SINGLE_MARKS)
    words = [w for w in doc[i + 1 : k] if w.text not in {".", ","}] if k is not None else []
    if words and all(not w.is_punct for w in words):
        return words[-1]
    return None


#: Opening and closing double, and single, quotation marks.
_DOUBLE_MARKS = (frozenset({"“", '"'}), frozenset({"”", '"'}))
_SINGLE_MARKS = (frozenset({"‘", "'"}), frozenset({"’", "'"}))


def _marked_words_end(
    doc: Doc,
    i: int,
    most: int,
    punct: bool,
    marks: tuple[frozenset[str], frozenset[str]] = _DOUBLE_MARKS,
) -> int | None:
    """Where marks opening at ``i`` close round one to ``most`` capitalised words (and
    punctuation, when ``punct``), else None."""
    opening, closing = marks
    if doc[i].text not in opening:
        return None
    for k in range(i + 2, min(i + 2 + most, len(doc))):
        if doc[k].text in closing:
            words = doc[i + 1 : k]
            if punct:
                fits = all(w.text[:1].isupper() or w.is_punct for w in words)
            else:
                fits = all(w.text[:1].isupper() and not w.is_punct for w in words)
            return k if fits else None
    return None


def _quoted_name_after(tok: Token) -> tuple[int, int] | None:
    """The tokens of a capitalised name of one to three words set in marks right after
    ``tok`` ("lead “CodeKing”"), else None."""
    if tok.i + 2 >= len(tok.doc):
        return None
    closing = _marked_words_end(tok.doc, tok.i + 1, 3, punct=False)
    return (tok.i + 2, closing) if closing is not None else None


def _quoted_name_before(verb: Token) -> tuple[int, int] | None:
    """The tokens of a capitalised name of one to three words set in marks right before
    ``verb``, after a person's title or a firm ("firm NorrMist “Monster Q” told"), else None."""
    doc = verb.doc
    for k in range(max(1, verb.i - 5), verb.i - 2):
        if _marked_words_end(doc, k, 3, punct=False) == verb.i - 1:
            before = doc[k - 1]
            if before.pos_ == "PROPN" or is_role_word(before.lower_):
                return k + 1, verb.i - 1
    return None


def _quoted_show_before(tok: Token) -> bool:
    """Whether a quoted show's name closes right before ``tok`` ("“Norr Tank” star")."""
    doc = tok.doc
    return any(_quoted_show_end(doc, k) == tok.i - 1 for k in range(max(0, tok.i - 6), tok.i))


def _quoted_show_end(doc: Doc, i: int) -> int | None:
    """Where a quoted title-case name of a show or work opening at ``i`` closes, when one of
    ``show_roles`` follows it ("“Norr Tank” star"), else None."""
    k = _marked_words_end(doc, i, 4, punct=True)
    if k is None or k + 1 >= len(doc):
        return None
    return k if doc[k + 1].lower_ in cue_words("show_roles") else None


def _name_after_title(doc: Doc, j: int) -> Token:
    """ "said Acme founder and CEO Jo Park": a firm's name, then lower-case titles, then the
    person's name; the last token of that name (else ``doc[j]``, the firm's)."""
    k = j + 1
    titles = 0
    while k < len(doc) and k - j <= 6:
        word = doc[k]
        if singular_title(word):
            titles += 1
        elif not (word.lower_ in {"and", "&"} and titles):
            break
        k += 1
    if not titles or k >= len(doc) or not _is_namey(doc[k]) or doc[k].lower_ in pronouns():
        return doc[j]
    while k + 1 < len(doc) and _is_namey(doc[k + 1]) and doc[k].whitespace_:
        k += 1
    return doc[k]


def _titled_name_before(last: Token, subj: Token) -> bool:
    """A name right before the verb, introduced by a title ("… Similarly, analyst Jelle
    noted"), beats a subject the parser found far away in a glued headline; a name after a
    preposition ("… at American Express said") does not."""
    if subj.i >= last.i - 4:
        return False
    span = name_tokens(last)
    if span is None:
        return False
    before = last.doc[span[0] - 1] if span[0] > 0 else None
    # (a capitalised title too, before a person's name: "… Affairs Chairman Tom Hale called")
    return (
        before is not None
        and is_role_word(before.text)
        and (before.text.islower() or last.ent_type_ == "PERSON")
    )


def _titled_appositive_name(doc: Doc, first: int, comma: int) -> SpeakerRef | None:
    """ "Larkspur Mining’s president and CEO, Oren Baskett, said": a full name set off by
    commas right after a title."""
    words = doc[first + 1 : comma]
    if not 2 <= len(words) <= 4 or not all(_is_namey(t) and t.pos_ == "PROPN" for t in words):
        return None
    title = doc[first - 1] if first > 0 else None
    if title is None or not is_role_word(title.lower_) or is_plural_role(title.lower_):
        return None
    if words[-1].ent_type_ not in {"PERSON", ""}:
        return None
    found = speaker_from_tokens(doc, words.start, words.end)
    return found if found.kind == "person" else None


def _name_before_appositive(doc: Doc, comma: int, inside: set[int]) -> SpeakerRef | None:
    """ "“…,” Kira Lund, head of research at Norrfin, noted": the parser hangs the verb on the
    quotation, so the name before the titled appositive that ends at ``comma`` speaks."""
    for k in range(comma - 1, max(comma - 16, 0), -1):
        tok = doc[k]
        if tok.i in inside or tok.is_quote or tok.text in {".", ";", ":", "!", "?"}:
            return None
        if tok.text != ",":
            continue
        appositive = doc[k + 1 : comma].text
        titled = _titled_appositive_name(doc, k, comma)
        if titled is not None:
            return titled
        name = doc[k - 1] if k > 0 else None
        if name is None or name.i in inside or not _is_namey(name):
            return None
        if not is_role_word(appositive.split()[0]) and not re.search(
            r"\b(?:at|of|for)\b", appositive
        ):
            return None
        speaker = speaker_from_subject(name)
        return speaker if speaker is not None and not speaker.needs_antecedent else None
    return None


def _glued_pronoun(tok: Token) -> SpeakerRef | None:
    """A pronoun glued to the closing mark before it ('…end.”She added'), one token."""
    body = tok.text.lstrip("”“\"'’")
    lower = body.lower()
    if body == tok.text or lower not in pronouns():
        return None
    kind = pronouns()[lower]
    start = tok.idx + len(tok.text) - len(body)
    return SpeakerRef(
        body, start, start + len(body), None if kind == "any" else kind, needs_antecedent=True
    )


_TITLE_CHAIN_DEPS = frozenset({"conj", "appos"})


def _unnamed_subject(subj: Token) -> bool:
    """ "One trader wrote", "a user said": a subject the text leaves unnamed on purpose (no
    name around the verb stands in for it)."""
    if subj.tag_ == "NNS" and not any(c.dep_ in {"det", "poss"} for c in subj.lefts):
        if any(c.lower_ == "other" and c.dep_ == "amod" for c in subj.lefts):
            return True  # "other guests the outlet interviewed said" (not "the other co-founders")
    if subj.left_edge.lower_ in {"a", "an"} and subj.left_edge.dep_ == "quantmod":
        return True  # "A December 2024 Norrbes report": the article hung on the year
    return any(
        c.lower_ in _UNNAMED and c.dep_ in {"det", "nummod"} and not _numeral_in_name(c)
        for c in subj.lefts
    )


def _name_after_titles(subj: Token) -> Token | None:
    """ "said trader and analyst Bram", "said Norr Talk podcast host and former reporter Ana
    Vey": the parser makes the first title the subject and joins the name to it; the name
    that ends the chain of titles is the speaker."""
    if subj.ent_type_ == "PERSON" or subj.lower_ in pronouns():
        return None
    frontier, seen = [subj], 0
    for _ in range(3):
        nxt = [c for t in frontier for c in t.children if c.dep_ in _TITLE_CHAIN_DEPS]
        for cand in nxt:
            if cand.pos_ != "PROPN" or not _is_namey(cand) or cand.i < subj.i:
                continue
            run = name_tokens(cand)
            if run is None or run[0] == 0 or cand.i - subj.i > 12:
                continue
            before = cand.doc[run[0] - 1]
            if before.text.islower() and is_role_word(before.text):
                return cand
        frontier, seen = nxt, seen + len(nxt)
        if not frontier:
            break
    return None


#: Adjacent-only verbs that, with an object or a verb after them, tell of an activity, not
#: of speech ("continues its policy"; not "asked the crowd", which is).
_PHASE_VERBS = frozenset({"continue", "begin", "end", "go"})


def _an_activity(verb: Token, subj: Token | None) -> bool:
    """A phase verb telling of an activity, not of speech: with an object or a verb after it
    ("the firm continues its policy", "fears continue to grow"), or with a thing as subject
    ("Voting ends July 9"; not "the firm ended.", a source noun's words)."""
    if any(c.dep_ in {"dobj", "xcomp"} for c in verb.children):
        return True
    return (
        subj is not None
        and subj.pos_ == "NOUN"
        and not is_role_word(subj.lower_)
        and subj.lower_ not in source_nouns()
    )


def _parenthetical(verb: Token) -> bool:
    """A reporting clause set off by commas inside its sentence (", he wrote,"), which the
    parser hangs on the sentence's verb as an aside."""
    doc = verb.doc
    first, last = verb.left_edge, verb.right_edge
    before = first if first.text == "," else (doc[first.i - 1] if first.i > 0 else None)
    after = last if last.text == "," else (doc[last.i + 1] if last.i + 1 < len(doc) else None)
    return (
        verb.dep_ == "parataxis"
        and before is not None
        and after is not None
        and before.text == after.text == ","
        and before.i < verb.i < after.i
        and after.i - before.i <= 6
    )


def _group_at_firm(subj: Token | None, prev: Token) -> bool:
    """ "“…,” analysts at Norrbank said": the firm before the verb is the group's employer,
    inside the subject; the group speaks for it (with its title), not the bare name."""
    return (
        subj is not None
        and is_role_word(subj.text)
        and is_plural_role(subj.lower_)
        and prev in subj.subtree
    )


#: "what macro investor Jo Park calls": a naming verb in a "what" clause.
_WHAT_CALLS = re.compile(r"\bwhat\s+(?:[\w’'.-]+\s+){1,5}$", re.IGNORECASE)
_NAMING_VERBS = frozenset({"call", "term", "dub", "label", "coin"})


def _what_they_call(verb: Token) -> bool:
    """Whether the verb names something inside a "what X calls" clause."""
    if verb.lemma_.lower() not in _NAMING_VERBS:
        return False
    text = text_of(verb.doc)
    return _WHAT_CALLS.search(text[max(0, verb.idx - 80) : verb.idx]) is not None


def _with_name_before(verb: Token, inside: set[int]) -> SpeakerRef | None:
    """ "Others backed it, with Representative Ola Berg, a member who voted on it, saying …":
    the name after "with" whose phrase ends at the comma before the participle speaks."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    for tok in doc[sent_tokens(verb)[0] : verb.i]:
        if tok.lower_ != "with" or tok.dep_ != "prep":
            continue
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.right_edge.i != verb.i - 2 or pobj.i in inside:
            continue
        span = name_tokens(pobj)
        if span is not None:
            return speaker_from_tokens(doc, *span)
    return None


def _teaser_subject(subj: Token, name: Token) -> bool:
    """ "Related: … As Tensions Ease And Rates Fall Mara points out": ``subj`` lies in a
    teaser's headline and ``name``, after it, opens the sentence glued to it."""
    return subj.i < name.i and in_teaser(subj) and not in_teaser(name)


def cue_of_verb(verb: Token, inside: set[int]) -> Cue:
    """A reporting verb with the speaker the text gives it (None when it names none)."""
    glued = _glued_subject(verb)
    subj = glued or _subject_of(verb)
    set_off = _set_off_name_before(verb)
    if set_off is not None and not glued and (subj is None or _before_title_of(subj, set_off)):
        # (also over a heading's words the parser made the subject: "… Tailwinds for Bitcoin
        # Another Norrquant analyst, Darkfrost, highlighted")
        subj = set_off
    speaker: SpeakerRef | None = None
    doc = verb.doc
    prev = doc[verb.i - 1] if verb.i > 0 else None
    led = subj is not None and is_plural_role(subj.lower_) and _led_by(subj) is not None
    if (
        prev is not None
        and prev.i not in inside
        and _is_namey(prev)
        and not led  # "analysts led by Nikos Pana wrote": the group's subject decides
        and not _group_at_firm(subj, prev)
        and (
            subj is None
            or not _is_namey(subj)
            or subj.pos_ == "VERB"  # "Businesses Explore …, Bringing It to … Draper stressed"
            or _titled_name_before(prev, subj)
            or _teaser_subject(subj, prev)
        )
    ):
        # "Northwind’s vice president … Jon Marsh said": the name right before the verb
        # is the speaker even when the parser picks the title as subject.
        subj = _person_before_place(prev) or prev
    quoted_name = _quoted_name_before(verb) if subj is None else None
    head = verb.head
    if subj is not None and verb.dep_ in {"conj", "xcomp", "advcl"} and head.i > 0:
        # "… analyst Crypto Pavel projected a drop, saying …": the titled name right before
        # the verb this one hangs on, not a subject the parser found in a glued caption.
        before_head = doc[head.i - 1]
        if before_head.i not in inside and _is_namey(before_head):
            if _titled_name_before(before_head, subj):
                subj = before_head
    if subj is not None:
        # (Of two subjects the parser found, "said Web3 Talk podcast host and … Ana Vey",
        # either may carry the chain.)
        others = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i != subj.i]
        chained = (_name_after_titles(t) for t in [subj, *others])
        subj = next((t for t in chained if t is not None), subj)
    if subj is not None and subj.i not in inside:
        speaker = speaker_from_subject(subj)
        if speaker is None and subj is glued:
            # ("… as a Small Niche Brenner stated": the surname alone, not the heading's
            # capitalised words the parser joined to it)
            speaker = speaker_from_tokens(doc, subj.i, subj.i + 1)
        person = _person_of_firm(doc, subj, speaker)
        if person is not None:
            speaker = person
    if subj is not None and subj.head.i == verb.i and _mistagged_present_after_mark(verb):
        speaker = _written_thing_before(verb, subj) or speaker
    if speaker is None and not (
        subj is not None and subj.i not in inside and _unnamed_subject(subj)
    ):
        # A name after the verb only in the inverted order: "“…,” said X".
        # "“…,” said X" / "“…” said X": a quotation mark within two tokens before the verb.
        near = doc[max(verb.i - 2, 0) : verb.i]
        inverted = any(t.is_quote or t.text in '”"' for t in near) and verb.lemma_ != "tell"
        # "…, observed Ted Kale." (indirect speech): the name after the verb ends the clause.
        reported = prev is not None and prev.text == "," and verb.lemma_ != "tell"
        # "Said Ellery: “…”": a capitalised verb opening its sentence, its speaker after it.
        opening = verb.text[:1].isupper() and (
            prev is None or prev.is_space or prev.text in {".", "!", "?", ";"}
        )
        for step in (1, -1) if inverted or reported or opening else (-1,):
            tok = _adjacent_name(doc, verb.i, step)
            if tok is not None and step == 1 and (reported or opening) and not inverted:
                after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
                ends = {":", ",", "“", '"', "of"} if opening else {".", ",", ";", "!", "?"}
                if after is not None and after.text not in ends:
                    continue
            if tok is not None and tok.i not in inside:
                speaker = speaker_from_subject(tok)
                if opening and speaker is not None and speaker.start <= verb.idx:
                    # The model may read the opening verb as the name's first word.
                    speaker = speaker_from_tokens(doc, verb.i + 1, tok.i + 1)
                if speaker is not None:
                    break
        if speaker is None and inverted:
            # "“…,” read the announcement on GitHub by developer Greg Sand": a written thing
            # after the inverted verb, whose author speaks.
            thing = next((c for c in verb.rights if c.dep_ in {"dobj", "nsubj"}), None)
            if thing is not None and thing.lemma_.lower() in document_nouns():
                # (else the thing itself, whose author is found like that of "the post
                # reads": "“…,” – reads the post")
                speaker = author_of(thing) or speaker_from_subject(thing)
    if prev is not None and prev.text == ",":
        appositive = _name_before_appositive(doc, verb.i - 1, inside)
        if appositive is not None and (
            speaker is None
            or (
                appositive.kind == "person"
                and speaker.start < appositive.start
                and verb.tag_ in _FINITE_VERB_TAGS  # (not "…, calling on X to …")
            )
        ):
            # "The main benefit is its reach, Jon Lim, the global head of Norrpay, told …":
            # the titled name right before the verb, not a subject the parser found before it
            speaker = appositive
    if speaker is None and prev is not None:
        speaker = _glued_pronoun(prev)
    if speaker is None and verb.tag_ == "VBG":
        speaker = _with_name_before(verb, inside)
    if speaker is None:
        speaker = _name_before_relative(verb, inside)
    left, right = verb.left_edge, verb.right_edge
    scope = (left.idx, right.idx + len(right.text))
    if _parenthetical(verb):
        # "Those costs, he wrote, do not disappear … “…”": an aside covers its sentence.
        scope = sent_chars(verb)
    dropped = _clause_hung_elsewhere(verb)
    if dropped is not None:
        scope = (scope[0], max(scope[1], dropped.right_edge.idx + len(dropped.right_edge.text)))
    weak = verb.lemma_.lower() in adjacent_only_verbs() and not (
        verb.lemma_.lower() in reporting_verbs() or verb.lower_ in reporting_verbs()
    )
    if quoted_name is not None:
        # "…,” co-founder of security firm NorrMist “Monster Q” told reporters": a pseudonym
        # in marks right before a verb the parser gave no subject.
        speaker = replace(speaker_from_tokens(doc, *quoted_name), kind="person")
    speaker = _said_in(verb, speaker)
    quoted = _quoted_source(verb, inside)
    if quoted is not None:
        speaker = quoted
    if weak and verb.lemma_.lower() in _PHASE_VERBS and _an_activity(verb, subj):
        speaker = None
    # "reported that …": only a clause the verb introduces with "that" (a parse that hangs a
    # glued next sentence on the verb is no reported clause).
    clause = next(
        (
            c
            for c in verb.rights
            if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.lefts)
        ),
        None,
    )
    clause_start = clause.left_edge.idx if clause is not None else None
    if speaker is not None and _what_they_call(verb):
        speaker = replace(speaker, naming=True)
    unnamed = (
        speaker is None
        and subj is not None
        and subj.i not in inside
        and (subj.lower_ in _INDEFINITE or _unnamed_subject(subj) or _some_of_a_kind(subj))
    )
    return Cue(
        verb.text, verb.idx, verb.idx + len(verb.text), speaker, scope, weak, clause_start, unnamed
    )


def _person_after_title(tok: Token) -> Token:
    """ "according to Norrfin head of European research Ana Dorsch": the parser makes the
    title the object and hangs the person on its "of"; the person's name is the source."""
    if not singular_title(tok):
        return tok
    for prep in (c for c in tok.rights if c.lower_ == "of" and c.dep_ == "prep"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.ent_type_ == "PERSON" and obj.pos_ == "PROPN" and obj.i - tok.i <= 6:
                return obj
    # "according to the chief analyst of exchange BestSwap, Nikita Zubov": a full name set
    # off by a comma at the end of the title's phrase.
    for node in tok.subtree:
        if node.dep_ != "appos" or not 0 < node.i - tok.i <= 10:
            continue
        span = name_tokens(node)
        if span is None or span[1] - span[0] < 2 or tok.doc[span[0] - 1].text != ",":
            continue
        if not any(t.lower_ in org_words() for t in tok.doc[span[0] : span[1]]):
            return node
    return tok


def _person_before_comma(doc: Doc, to: int) -> Span | None:
    """ "according to Acting Under Secretary of the Treasury for … Dana R. Kett, “…”": a
    person's full name closing the phrase, however long the capitalised title before it."""
    for k in range(to + 1, min(to + 24, len(doc))):
        tok = doc[k]
        if tok.is_sent_start or tok.is_quote or tok.text in {".", ";", ":", "!", "?"}:
            return None
        if tok.text == ",":
            return next(
                (e for e in doc.ents if e.label_ == "PERSON" and e.end == k and len(e) >= 2),
                None,
            )
    return None


#: Object and possessive pronouns after "according to", as the subject pronoun they stand for.
_ACCORDING_PRONOUNS = {**_POSSESSIVE_PRONOUNS, "him": "he", "them": "they", "their": "they",
                       "its": "it"}  # fmt: skip


def _according_owner(target: Token) -> SpeakerRef | None:
    """ "according to her", "according to his models", "according to Quist’s data": the
    person (or firm) the words are credited to."""
    owner: Token | None = target
    if target.lower_ not in _ACCORDING_PRONOUNS:
        owner = next((c for c in target.lefts if c.dep_ == "poss"), None)
    if owner is None:
        return None
    subject = _ACCORDING_PRONOUNS.get(owner.lower_)
    if subject is not None:
        return pronoun_ref(subject, owner)
    if owner.i == target.i or not _is_namey(owner):
        return None
    return named_speaker(owner)


def _filer(according: Token, target: Token) -> SpeakerRef | None:
    """ "According to the SEC filing, Berg plans to …": a filing with no owner written is the
    filer's, the person the clause goes on about (the body named before it took the filing)."""
    if target.lemma_.lower() not in cue_words("filed_nouns"):
        return None
    if any(c.dep_ == "poss" for c in target.children):
        return None
    subject = next((c for c in according.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i < according.i:
        return None
    ref = speaker_from_subject(subject)
    return ref if ref is not None and ref.kind == "person" else None


def _bare_possessive(tok: Token) -> bool:
    """A capitalised word ending in "s" with a bare apostrophe glued after it ("Norrshares’"),
    which the parser does not read as a possessive."""
    doc = tok.doc
    return (
        tok.text[:1].isupper()
        and tok.text.endswith("s")
        and not tok.whitespace_
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].text in {"’", "'"}
    )


def _name_after_bare_possessive(tok: Token) -> SpeakerRef | None:
    """ "Norrshares’ Jan Berg": the person's name after a firm's bare-apostrophe possessive."""
    doc = tok.doc
    if not _bare_possessive(tok) or tok.i + 2 >= len(doc):
        return None
    span = name_tokens(doc[tok.i + 2])
    if span is None or span[0] != tok.i + 2 or not given_and_surname(doc, *span):
        return None
    return speaker_from_tokens(doc, *span)


#: Documents a firm puts out about itself ("according to an announcement").
_SELF_PUBLISHED = frozenset({"announcement", "release", "statement", "blog", "update"})


def _unowned_document(target: Token) -> SpeakerRef | None:
    """ "according to an announcement shared with Norrtimes", "according to a press
    release": a firm's own document with no author written, to be read as the organisation
    the article is about."""
    if target.lemma_.lower() not in _SELF_PUBLISHED:
        return None
    if any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in {"a", "an"}) for c in target.lefts
    ):
        return None
    if any(c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "from", "of"} for c in target.rights):
        return None  # ("a statement by Norrfin" names its author)
    if any(c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children) for c in target.rights):
        return None  # ("a release published by the agency")
    first = target.left_edge.i
    phrase = target.doc[first : target.i + 1]
    return SpeakerRef(
        phrase.text, phrase.start_char, phrase.end_char, "organization",
        needs_antecedent=True, source_noun=target.lemma_.lower(), topical=True,
    )  # fmt: skip


def according_cues(sent_tokens: list[Token], inside: set[int]) -> list[Cue]:
    """ "according to X" cues (X a name, pronoun or source noun)."""
    cues: list[Cue] = []
    for tok in sent_tokens:
        if tok.lower_ != "according" or tok.i in inside:
            continue
        doc = tok.doc
        if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
            continue
        to = doc[tok.i + 1]
        target = next((c for c in to.children if c.dep_ == "pobj"), None)
        if target is not None:
            target = _person_after_title(target)
        speaker = _according_owner(target) if target is not None else None
        owned = _name_after_bare_possessive(target) if target is not None else None
        if owned is not None:
            speaker = owned  # "according to Norrshares’ Jan Berg": the firm's person
        if speaker is None and target is not None:
            speaker = speaker_from_subject(target)
        if speaker is None:
            nxt = _adjacent_name(doc, to.i, 1)
            speaker = speaker_from_subject(nxt) if nxt is not None else None
        person = _person_before_comma(doc, to.i)
        if person is not None and (speaker is None or speaker.start < person.start_char):
            speaker = speaker_from_tokens(doc, person.start, person.end)
        filer = _filer(tok, target) if target is not None else None
        if filer is not None:
            speaker = filer
        if speaker is None and target is not None:
            speaker = _unowned_document(target)
        cues.append(Cue("according to", tok.idx, to.idx + len(to.text), speaker))
    return cues


def words_cues(sent_tokens: list[Token], inside: set[int]) -> list[Cue]:
    """ "in Holt’s words", "in her words", "in the words of Holt": the words credited to the
    owner, as "according to" does."""
    cues: list[Cue] = []
    for tok in sent_tokens:
        if tok.lower_ != "words" or tok.i in inside or tok.dep_ != "pobj":
            continue
        prep = tok.head
        if prep.lower_ != "in" or prep.i in inside:
            continue
        doc = tok.doc
        speaker = _according_owner(tok)
        if speaker is None and doc[tok.i - 1].text in {"’", "'"} and _is_namey(doc[tok.i - 2]):
            # "in Hayes’ words": a bare apostrophe the parser does not read as a possessive
            speaker = named_speaker(doc[tok.i - 2])
        if speaker is None:
            of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
            speaker = named_speaker(owner) if owner is not None else None
        if speaker is not None:
            cues.append(Cue(f"in {doc[prep.i + 1 : tok.i + 1].text}", prep.idx,
                            tok.idx + len(tok.text), speaker))  # fmt: skip
    return cues


def claim_cues(tokens: list[Token], inside: set[int]) -> list[Cue]:
    """ "Tal’s announcement that the operation would go on “for as long as it takes”": a noun
    of speech (``claim_nouns``) with a named owner and a "that" clause after it (or a noun of
    asking, ``request_nouns``, and "for": "Tal’s call for X to “act”"); the owner may
    be the named subject of the verb whose object the noun is ("Tal voiced concerns that …")."""
    cues: list[Cue] = []
    for tok in tokens:
        if tok.i in inside:
            continue
        # ("Tal’s call for the Treasury to “act swiftly”": a noun of asking and "for")
        after = "that" if tok.lower_ in cue_words("claim_nouns") else None
        after = "for" if after is None and tok.lower_ in cue_words("request_nouns") else after
        doc = tok.doc
        if after is None or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != after:
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss" and _is_namey(c)), None)
        if owner is not None and owner.i >= 3 and doc[owner.i - 1].lower_ == "and":
            first = doc[owner.i - 3]
            if doc[owner.i - 2].text in {"’", "'"} and _is_namey(first):
                owner = first  # "Lummis’ and Moreno’s calls": the first of the two owners
        verb = tok.head if owner is None and tok.dep_ == "dobj" else None
        if verb is not None:
            # "Senator Jo Park raised concerns that the coin rose on a “shady deal”": the
            # subject of the verb whose object the noun is.
            owner = next((c for c in verb.lefts if c.dep_ == "nsubj" and _is_namey(c)), None)
        speaker = named_speaker(owner) if owner is not None else None
        if speaker is not None:
            first = verb if verb is not None and verb.i == tok.i - 1 else tok
            cues.append(Cue(doc[first.i : tok.i + 1].text, first.idx, tok.idx + len(tok.text),
                            speaker))  # fmt: skip
    return cues


#: Opening quotation marks a colon may introduce (curly, low and guillemet ones, straight, and
#: the single curly mark).
_COLON_OPENERS = OPENERS | {STRAIGHT, "‘"}


def colon_cues(tokens: list[Token], inside: set[int]) -> list[Cue]:
    """ "Kett searched: “How can I …”": a finite main verb that is no reporting verb, right
    before a colon and an opening mark, introduces the quotation; its named subject (or
    pronoun) wrote or said it. A cue only right beside its quotation."""
    cues: list[Cue] = []
    for tok in tokens:
        if tok.i in inside or tok.pos_ != "VERB" or is_reporting_verb(tok):
            continue
        if tok.tag_ not in {"VBD", "VBZ", "VBP"} or tok.dep_ in {"relcl", "acl", "advcl"}:
            continue  # ("… a model for Canada to consider: “…”": the sentence's speaker's)
        doc = tok.doc
        if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ":":
            continue
        if doc[tok.i + 2].text not in _COLON_OPENERS:
            continue
        subj = next((c for c in tok.lefts if c.dep_ == "nsubj"), None)
        speaker = speaker_from_subject(subj) if subj is not None else None
        if speaker is None or speaker.kind not in {"person", "organization"}:
            continue
        end = tok.idx + len(tok.text)
        cues.append(Cue(tok.text, tok.idx, end, speaker, adjacent_only=True))
    return cues


def find_cues(tokens: list[Token], inside: set[int]) -> list[Cue]:
    """Every cue among ``tokens`` (tokens inside quotations excluded)."""
    cues = [
        cue_of_verb(t, inside)
        for t in tokens
        if t.i not in inside and is_reporting_verb(t) and not in_teaser(t) and not _heading_verb(t)
    ]
    # "The weekly Stochastic RSI suggests …": a chart's indicator shows, it does not speak.
    cues = [c for c in cues if c.speaker is None or not an_indicator(c.speaker.text)]
    cues.extend(according_cues(tokens, inside))
    cues.extend(words_cues(tokens, inside))
    cues.extend(claim_cues(tokens, inside))
    cues.extend(viewpoint_cues(tokens, inside))
    cues.extend(colon_cues(tokens, inside))
    return sorted(cues, key=lambda c: c.start)


def an_indicator(name: str) -> bool:
    """Whether a name is a chart indicator's ("Stochastic RSI", "the 50-day EMA", "MACD";
    ``indicator_words``)."""
    words = re.findall(r"[\w-]+", name.lower())
    return bool(words) and words[-1] in cue_words("indicator_words")


def _heading_verb(tok: Token) -> bool:
    """A verb in a title-case heading run into the text ("… Senator Jo Park Speaks Out Amid
    Crypto Concerns U.S. …"): capitalised inside a sentence, between capitalised words, with
    no quotation mark in its sentence before it; a heading, not a report."""
    doc = tok.doc
    if not tok.text[:1].isupper() or tok.text.isupper() or tok.is_sent_start:
        return False  # (a shouted headline, "… TELLS REPORTERS …", may still attribute)
    if tok.i + 1 >= len(doc):
        return False
    prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
    if not (prev.text[:1].isupper() and nxt.text[:1].isupper() and nxt.is_alpha):
        return False
    if nxt.i + 1 < len(doc) and not doc[nxt.i + 1].text[:1].isupper():
        return False  # "Analyst Says Bitcoin will …": one capital after it is a name
    start = sent_tokens(tok)[0]
    return not any(ch in MARKS for t in doc[start : tok.i] for ch in t.text)


def viewpoint_cues(tokens: list[Token], inside: set[int]) -> list[Cue]:
    """ "For Norrfin founder Jo Park, $98,000 is a “crucial level”", "Per Norrfin founder Jo
    Park, “…”", "To the analyst, the coin “…”": a sentence opened by a ``viewpoint_openers``
    word and a person (or a person's title), set off by a comma, gives that person's view or
    words."""
    cues: list[Cue] = []
    for tok in tokens:
        if tok.lower_ not in cue_words("viewpoint_openers") or tok.i in inside:
            continue
        if sent_tokens(tok)[0] != tok.i:
            continue
        target = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if target is None or target.right_edge.i + 1 >= len(tok.doc):
            continue
        if tok.doc[target.right_edge.i + 1].text != ",":
            continue
        speaker = speaker_from_subject(target)
        if speaker is None:
            continue
        source = speaker.needs_antecedent and target.lower_ in source_nouns()
        if source and tok.lower_ == "per":
            # "Per the team, “…”": the firm the team stands for (the resolver finds it).
            cues.append(Cue(tok.lower_, tok.idx, tok.idx + len(tok.text), speaker))
            continue
        if speaker.kind != "person":
            continue
        if speaker.needs_antecedent and not (speaker.role and target.pos_ == "NOUN"):
            continue  # ("To the analyst, …": a person's title, the one it stands for)
        if not (" " in speaker.text or speaker.role or speaker.text in person_surnames(tok.doc)):
            continue  # "For Bitcoin, …": a one-word name says too little (not "To Park")
        cues.append(Cue(tok.lower_, tok.idx, tok.idx + len(tok.text), speaker))
    return cues + _in_ones_view_cues(tokens, inside)


def _in_ones_view_cues(tokens: list[Token], inside: set[int]) -> list[Cue]:
    """ "In her view, dips are “…”", "In Jo Park’s opinion, …": a sentence opened by "In" and
    someone's view, set off by a comma, gives that person's view (``viewpoint_nouns``; "In
    Jo Park’s words" is a words cue)."""
    cues: list[Cue] = []
    for tok in tokens:
        if tok.lower_ != "in" or tok.i in inside:
            continue
        noun = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if noun is None or noun.lower_ not in cue_words("viewpoint_nouns"):
            continue
        if sent_tokens(tok)[0] != tok.i:
            continue
        if noun.i + 1 >= len(tok.doc) or tok.doc[noun.i + 1].text != ",":
            continue
        owner = next((c for c in noun.lefts if c.dep_ == "poss"), None)
        if owner is None:
            continue
        if owner.lower_ in _POSSESSIVE_PRONOUNS:
            speaker: SpeakerRef | None = pronoun_ref(_POSSESSIVE_PRONOUNS[owner.lower_], owner)
        else:
            span = name_tokens(owner)
            speaker = speaker_from_tokens(tok.doc, *span) if span is not None else None
        if speaker is not None:
            cues.append(Cue(noun.text, noun.idx, noun.idx + len(noun.text), speaker))
    return cues


def _glued_start(first: Token) -> bool:
    """A sentence the segmenter opened where paragraphs were glued without a space."""
    if first.i == 0:
        return False
    prev = first.doc[first.i - 1]
    return not prev.whitespace_ and prev.text[-1:].isalpha() and first.text[:1].isupper()


def in_teaser(tok: Token) -> bool:
    """A verb in a link teaser ("Related: Miners call for …"): a headline, not a report."""
    text = text_of(tok.doc)
    back = text[max(0, tok.idx - 160) : tok.idx]
    end = max(back.rfind(c) for c in ".!?”\n")
    # A "Source:" caption is often glued to the next sentence, which may well report speech.
    label = max((back.rfind(lab) for lab in teaser_labels() if lab != "Source:"), default=-1)
    if label <= end:
        return False
    # A paragraph glued after the teaser ("Related: … dealStablecoin evolution …"): the
    # sentence the segmenter starts there is no part of it.
    first = tok.doc[sent_tokens(tok)[0]]
    if first.idx > max(0, tok.idx - 160) + label and _glued_start(first):
        return False
    if _after_headline_case(tok, max(0, tok.idx - 160) + label):
        return False
    if _after_sentence_adverb(tok, max(0, tok.idx - 160) + label):
        return False
    return not _after_the_headline(tok, max(0, tok.idx - 160) + label)


def _after_sentence_adverb(tok: Token, label: int) -> bool:
    """ "Related: Coin highs may have been driven by a bond crisis Meanwhile, NorrQuant analyst
    X identified …": a capitalised sentence adverb and its comma, after the label, open the
    sentence glued to the teaser; ``tok`` is at or after it."""
    doc = tok.doc
    for t in doc[max(0, tok.i - 40) : tok.i]:
        if t.idx <= label or t.i + 1 >= len(doc) or doc[t.i + 1].text != ",":
            continue
        if t.text in cue_words("sentence_adverbs") and t.i > 0 and doc[t.i - 1].text.islower():
            return True
    return False


#: Determiners that open the sentence glued after a title-case teaser ("… Crash The firm …").
_SENTENCE_OPENERS = frozenset({"The", "This", "That", "These", "Its", "Their", "A", "An"})


def _after_headline_case(tok: Token, label: int) -> bool:
    """ "Related Reading: Token Rally Stalls As Buyers Leave The firm highlights …": a
    headline in title case (three capitalised words or more after the label) ends where the
    first lower-case word of more than three letters (not a small title word) opens the glued
    sentence, with the determiner before it; ``tok`` is at or after that. (A headline in
    sentence case, "Related: Bitcoin crash may be …", is judged by its verbs.)"""
    doc = tok.doc
    first = tok.i
    while first > 0 and doc[first - 1].idx > label:
        first -= 1
    capitalised = 0
    # (looking past ``tok`` to the first lower-case word: the opening may be ``tok`` itself)
    for t in doc[first : sent_tokens(tok)[1]]:
        if not t.is_alpha or len(t.text) <= 3:
            continue
        if not t.text.islower():
            capitalised += t.text[:1].isupper()
            continue
        if t.lower_ in cue_words("title_small_words"):
            continue
        if capitalised < 3:
            return False
        opening = t.i - 1 if t.i > 0 and doc[t.i - 1].text in _SENTENCE_OPENERS else t.i
        if t.i > first and _named_in_running_text(doc[t.i - 1]):
            opening = t.i - 1  # "… Expectations Fall Mara points out": a name the text uses
        return tok.i >= opening
    return False


def _named_in_running_text(word: Token) -> bool:
    """A capitalised word the article also writes inside a sentence after a lower-case word
    or a comma ("…, Mara said"): a name, not one more word of a title-case headline."""
    if not word.is_alpha or not word.text[:1].isupper() or word.text.isupper():
        return False
    doc = word.doc
    key = "nm_running_capitals"
    running = doc.user_data.get(key)
    if running is None:
        # capitalised word → where it stands after a comma or a lower-case word (cached)
        running = {}
        for t in doc[1:]:
            before = doc[t.i - 1]
            if t.text[:1].isupper() and (
                before.text == "," or (before.is_alpha and before.text.islower())
            ):
                running.setdefault(t.text, []).append(t.i)
        doc.user_data[key] = running
    return any(i != word.i for i in running.get(word.text, ()))


def _after_the_headline(tok: Token, label: int) -> bool:
    """ "Related: Miners call for tax relief Vance said in a speech …": a headline names no
    past tense, so the subject of the first reporting verb in the past after the label opens
    the next sentence, glued to the teaser by a space; ``tok`` is at or after it."""
    lo, hi = sent_tokens(tok)
    for t in tok.doc[lo:hi]:
        if t.idx <= label or t.tag_ != "VBD" or not is_reporting_verb(t):
            continue
        subject = next((c for c in t.lefts if c.dep_ in {"nsubj", "nsubjpass"}), None)
        opening = subject.left_edge if subject is not None else t
        if subject is not None:
            # "… – Bullish Momentum Builds Top analyst M-log1 commented": the subject's own
            # words start at its lower-case title, or at the one word before it.
            titles = [w for w in tok.doc[opening.i : subject.i] if singular_title(w)]
            if titles:
                first = titles[0]
                opening = tok.doc[first.i - 1] if first.i - 1 > opening.i else first
        return tok.i >= opening.i
    return False
