"""Tie quotation spans to cues and speakers across a whole article.

For each quotation: the nearest cue in its own sentence(s) (``“…,” said X``, ``X said: “…”``,
``according to X``); else, for a quote that is a sentence of its own, the speaker of the previous
sentence's cue, the speaker of the quote just before, or a cue opening the next sentence.
Pronouns ("he said") and nouns that stand for an organisation ("the report added") take the
latest fitting speaker or name before them. Quoted words that are not speech (titles,
nicknames, scare quotes) are dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from extractor.data_tables import load_json, load_lines
from extractor.quotes.acronyms import defined_acronyms, spells, term_acronyms
from extractor.quotes.attribution import (
    Cue,
    SpeakerRef,
    an_indicator,
    appositive_firms,
    asset_spans,
    author_of,
    before_a_titled_name,
    cue_of_verb,
    document_nouns,
    document_owner,
    employer_of_title,
    entity_of,
    find_cues,
    given_and_surname,
    glued_name_at,
    heading_words,
    in_teaser,
    is_plural_role,
    is_reporting_verb,
    issued_documents,
    lowercase_words,
    name_tokens,
    names_a_kind_of_firm,
    not_speech_before,
    org_intro_alternation,
    overlaps,
    owner_before,
    person_surnames,
    pronouns,
    same_body_noun,
    same_document,
    singular_title,
    source_nouns,
    speaker_from_subject,
    speaker_from_tokens,
    surname_of_a_full_name,
    surname_pronoun,
    teaser_labels,
    title_after_heading,
    trim_entity,
    written_sources,
)
from extractor.quotes.cue_words import (
    cue_words,
    known_firm,
    no_job_role,
    person_named_firm,
    persons_title,
    public_body_name,
    speaking_issuer,
)
from extractor.quotes.handle_shape import handle_tail, is_handle_shape
from extractor.quotes.handles import handle_mentions
from extractor.quotes.marks import QuoteSpan, find_quote_spans
from extractor.quotes.people import initials, strip_possessive, surname_of
from extractor.quotes.places import holds_office, is_nationality, is_place, without_offices
from extractor.quotes.pseudonyms import given_names
from extractor.quotes.roles import (
    is_body_name,
    is_role_word,
    is_speech_verb_form,
    org_words,
    parse_title,
    singular_role,
)
from extractor.quotes.sentences import (
    Sentences,
    next_sentence,
    sent_chars,
    sent_tokens,
    sentences,
    text_of,
)
from extractor.quotes.topic_org import is_company_title, times_named
from extractor.timeparse.vocab import vocab

#: Farthest a cue may sit from its quotation in the same sentence (characters).
MAX_CUE_GAP = 160
#: Farthest a cue may sit from a quotation its own clause holds, in the same sentence.
MAX_HELD_GAP = 400
#: Farthest back the speaker of an earlier quote carries over to a bare quote (characters).
MAX_CARRY = 900
#: Farthest back a partial quote with no cue of its own takes the last speaker (characters).
MAX_PARTIAL_CARRY = 400
#: Farthest back a firm that spoke stands for "the company" over one introduced far back.
MAX_JUST_SPOKE = 400
#: Farthest back a pronoun or "the report" looks for its antecedent (characters).
MAX_ANTECEDENT = 1500
#: Words a title before a name may have between a quotation and its adjacent-only cue.
MAX_TITLE_WORDS = 4
#: How far after an unnamed title ("the SEC's sole Democratic commissioner") its holder's name
#: may come (the lede's next sentence or two).
MAX_CATAPHOR = 400
#: An organisation written this many times is what a later "it"/"the company" most likely
#: means, over one named once in passing.
_SALIENT_TIMES = 3
_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")
_END_PUNCT = tuple(".,!?…;:—-")
#: Parts of speech that, right after a quotation, make it a modifier ("“bull case” target").
_MODIFIED = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


@dataclass(frozen=True)
class Finding:
    """A quotation judged to be speech, with its cue and speaker (None when unnamed)."""

    span: QuoteSpan
    cue: Cue | None
    mention: SpeakerRef | None  # as written near the quote ("he", "Davis", "the report")
    speaker: SpeakerRef | None  # the named speaker it resolves to
    partial: bool
    sentence: str


@dataclass
class _Frame:
    start: int
    end: int
    tokens: list[Token]


class _Index:
    """Character offset → token lookups."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts = [t.idx for t in doc]

    def token_at(self, char: int) -> int:
        i = bisect_right(self.starts, char) - 1
        return max(i, 0)

    def tokens_between(self, start: int, end: int) -> list[Token]:
        lo = bisect_left(self.starts, start)
        hi = bisect_left(self.starts, end)
        return [self.doc[i] for i in range(lo, hi)]


def _frame(idx: _Index, span: QuoteSpan) -> _Frame:
    doc = idx.doc
    if not len(doc):
        return _Frame(span.start, span.end, [])
    first_tok = doc[idx.token_at(span.start)]
    last_tok = doc[idx.token_at(max(span.end - 1, span.start))]
    start = sent_chars(first_tok)[0]
    end = sent_chars(last_tok)[1]
    nxt_range = next_sentence(doc, last_tok)
    # A glued closing mark can leave the quote's last sentence short: take the one after too
    # when the quote closes its sentence ("… stride,” said analysts …").
    if end <= span.end + 1 and nxt_range is not None:
        nxt = doc[nxt_range[0] : nxt_range[1]]
        words = [t for t in nxt if not (t.is_punct or t.is_space)]
        head = words[0] if words else None
        if head is not None and (head.text[:1].islower() or is_reporting_verb(head)):
            end = nxt.end_char
        elif head is not None and "\n" not in text_of(doc)[span.end : head.idx]:
            # "“… votes?” Trump said, looking …": a name and its cue open the next sentence.
            lead = words[:5]
            if any(is_reporting_verb(t) for t in lead[1:]) and all(
                t.text[:1].isupper() or t.lower_ in pronouns() or is_reporting_verb(t)
                for t in lead[: next(i for i, t in enumerate(lead) if is_reporting_verb(t))]
            ):
                end = nxt.end_char
            elif _named_subject_then_cue(head):
                end = nxt.end_char  # "“…?” Jo Park, an analyst at Norrfin, told Reuters."
    return _Frame(start, end, idx.tokens_between(start, end))


#: Marks after a reporting verb that open words of its own.
_OPEN_OR_COLON = frozenset({":", "“", '"', "‘"})


def _named_subject_then_cue(head: Token) -> bool:
    """A sentence that opens with a proper name, its title set off after it, and then the
    reporting verb whose subject the name is, closing the sentence in a few words ("Jo Park,
    an analyst at Norrfin, told Reuters in March."; not "…, added: “…”", nor "…, pointed to
    the coin’s strength above …": words of its own)."""
    sent = head.sent
    verb = sent.root
    if not is_reporting_verb(verb) or verb.i <= head.i:
        return False
    rest = sent.doc[verb.i + 1 : sent.end]
    if len([t for t in rest if t.is_alpha]) > 6 or any(t.text in _OPEN_OR_COLON for t in rest):
        return False
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.pos_ == "PROPN"
        and subject.left_edge.i == head.i
        and subject.right_edge.i == verb.i - 1
        and any(c.dep_ == "appos" for c in subject.children)
    )


def _inside(doc: Doc, spans: list[QuoteSpan]) -> set[int]:
    starts = [t.idx for t in doc]
    inside: set[int] = set()
    for s in spans:
        lo = bisect_left(starts, s.start)
        hi = bisect_left(starts, s.end)
        inside.update(range(lo, hi))
    return inside


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_title_like(text: str) -> bool:
    every = _words(text)
    letters = [w for w in every if w.isalpha()]
    if len(letters) >= 4 and all(w.isupper() for w in letters):
        return False  # "WE JUST BOUGHT MORE BITCOIN": a shouted sentence, not a title
    if every and every[0].islower() and every[0] not in cue_words("title_small_words"):
        return False  # "crowding into Bitcoin ETFs": a title opens with a capital
    # The first word is capitalised in any sentence: judge by the words after it.
    words = [w for w in every[1:] if len(w) > 3]
    if not words:
        return bool(every) and all(w[:1].isupper() or w.isdigit() for w in every)
    if any(w.islower() and w not in cue_words("title_small_words") for w in words):
        return False  # "After Bank Sepah, it was Norrfin’s turn": a sentence's lower-case word
    caps = sum(1 for w in words if w[:1].isupper())
    return caps / len(words) > 0.6 and len(words) <= 8


def _teaser(span: QuoteSpan) -> bool:
    """A quotation that opens with a teaser label ("Magazine: …") is a caption, not speech."""
    return span.text.lstrip().startswith(teaser_labels())


#: "what he calls", "what the firm has termed": a naming verb whose subject owns the words.
_WHAT_THEY_CALL = re.compile(
    r"\bwhat\s+(?:[\w’'-]+\s+){1,3}(?:(?:has|have|had)\s+)?"
    r"(?:calls?|called|terms?|termed|dubs|dubbed|labell?ed)$"
)


#: A nickname written inside a name: a capitalised word on each side, one space apart.
_NAME_BEFORE = re.compile(r"(?:^|[\s(])[A-Z][\w.’'-]*\s$")
_NAME_AFTER = re.compile(r"\s[A-Z][\w’'-]+")


def _nickname(text: str, span: QuoteSpan) -> bool:
    """ "Tony “The Bull” Severino", "Sam “SBF” Bankman-Fried": a quoted nickname between a
    given name and a surname (at most three capitalised words)."""
    words = _words(span.text)
    return (
        0 < len(words) <= 3
        and all(w[:1].isupper() or w == "the" for w in words)
        and bool(_NAME_BEFORE.search(text[max(0, span.start - 30) : span.start]))
        and bool(_NAME_AFTER.match(text, span.end))
    )


def _a_named_thing(span: QuoteSpan) -> bool:
    """ "the “Clear Rules for Coins Act.”": a title-case name of a law, plan or programme."""
    words = _words(span.text)
    return (
        len(words) >= 2
        and words[-1] in cue_words("name_heads")
        and _is_title_like(span.text.rstrip(" .,;:!?"))
    )


def _a_titled_name(text: str, span: QuoteSpan) -> bool:
    """ "CryptoQuant contributor “onchained,”": one word right after a job title is a name;
    "“Rich Dad Poor Dad” author": a title-case quotation right before one names a work."""
    words = _words(span.text)
    before = _words(text[max(0, span.start - 40) : span.start])
    if len(words) == 1 and before and text[span.start - 1 : span.start] in {" ", ","}:
        # (or a person's noun: "Norrive user “Ramjo” wrote", "Another user, “Alva,” said")
        holder = before[-1] in cue_words("handle_holder_nouns")
        if (is_role_word(before[-1]) or holder) and before[-1].islower():
            return True
    after = _words(text[span.end : span.end + 30])
    return bool(after) and is_role_word(after[0].lower()) and _is_title_like(span.text)


_NAME_SHAPE = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}[?!.,]?")


def _a_persons_name(text: str, span: QuoteSpan) -> bool:
    """ "Who is “Ola Berg”? Berg describes himself …": a given name and a surname in marks, the
    surname written again outside them, name a person; they are nobody's words."""
    inner = span.text.strip()
    if not _NAME_SHAPE.fullmatch(inner):
        return False
    words = _words(inner)
    if words[0].lower() not in given_names():
        return False
    outside = text[: span.start] + " " + text[span.end :]
    return re.search(rf"(?<![\w“\"‘]){re.escape(words[-1])}\b(?![”\"’])", outside) is not None


@lru_cache(maxsize=1)
def _work_before() -> re.Pattern[str]:
    """A written work's noun (``work_nouns``) and a comma at the end of the text before a
    title-case quotation: the work's title."""
    nouns = "|".join(map(re.escape, sorted(cue_words("work_nouns"))))
    return re.compile(rf"\b(?:{nouns}),$")


def _not_speech(text: str, span: QuoteSpan) -> bool:
    if _teaser(span) or _nickname(text, span) or _a_named_thing(span):
        return True
    if _code_like(span):
        return True  # 'an address ending in “762B.”', 'began with “TKNorrXoWallet,”': a code
    if _jargon(span):
        return True
    if _a_persons_name(text, span):
        return True
    if _a_titled_name(text, span):
        return True
    if _a_shows_name(text, span):
        return True
    if text[max(0, span.start - 2) : span.start].rstrip("\\").endswith("="):
        return True  # '<a href="…" rel="nofollow">': markup left in the text, an attribute
    before = text[max(0, span.start - 30) : span.start].lower().rstrip(" \\\u00a0")
    before = re.sub(r"(?:\s(?:the|a|an|its|their|his|her|this|these))+$", "", before)
    if _WHAT_THEY_CALL.search(before):
        # "what she calls a “hard-fought win”": her words; "what it calls “Project Nimbus”": a
        # name.
        return _is_title_like(span.text)
    if _work_before().search(before) and _is_title_like(span.text.rstrip(" .,;:!?")):
        return True  # "In his 2022 paper, “The Modality of Law: Why …,” he wrote:": its title
    return any(
        before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum())
        for w in not_speech_before()
    )


def _code_like(span: QuoteSpan) -> bool:
    """One word with a digit or in mixed case past its first letter ("762B", "0xffDead",
    "TKNorrXoWallet"): an address fragment, a code or a handle, never words said."""
    word = span.text.strip().rstrip(".,;:!?")
    if not word or " " in word or len(word) < 4 or not word.isalnum():
        return False
    if any(ch.isdigit() for ch in word):
        return handle_tail(word)
    rest = word[1:]
    return any(ch.islower() for ch in rest) and sum(ch.isupper() for ch in rest) >= 2


def _jargon(span: QuoteSpan) -> bool:
    """ "a “dead cat bounce”", "a “golden cross” formed": a market term quoted alone
    (``market_jargon``), not closing a sentence inside the marks ("calls it “digital gold.”")."""
    words = span.text.strip().rstrip(",;")
    return words.lower() in _market_jargon()


@lru_cache(maxsize=1)
def _market_jargon() -> frozenset[str]:
    return frozenset(t.lower() for t in load_json("quote_cues.json")["market_jargon"])


#: A news outlet's possessive right before a quotation ("on Norrnet’s “…”").
_OUTLET_POSSESSIVE = re.compile(r"\b([\w.&-]+)[’']s\s*$")


def _a_shows_name(text: str, span: QuoteSpan) -> bool:
    """ "“Norr Tank” star Olsen": a short title-case name before one of ``show_roles``; "on
    CNBC’s “Norr Movers”": one after a news outlet's possessive."""
    after = _NEXT_WORD.match(text, span.end)
    words = _words(span.text)
    if not (span.closed and 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)):
        return False
    if after is not None and after.group(1) in cue_words("show_roles"):
        return True
    outlet = _OUTLET_POSSESSIVE.search(text, max(0, span.start - 40), span.start)
    return outlet is not None and outlet.group(1).lower() in _outlets()


@lru_cache(maxsize=1)
def _term_words() -> tuple[frozenset[str], frozenset[str]]:
    tables = load_json("quote_cues.json")
    return frozenset(tables["term_before"]), frozenset(tables["term_after_stop"])


@lru_cache(maxsize=1)
def _term_speech_verbs() -> frozenset[str]:
    return frozenset(load_json("quote_cues.json")["term_speech_verbs"])


def _spoken_words(idx: _Index, span: QuoteSpan, inside: set[int]) -> bool:
    """A reporting verb shortly before the quote in its sentence ('described X as a “…”'), or
    "in X’s words"."""
    for tok in reversed(idx.tokens_between(max(0, span.start - 80), span.start)):
        if tok.is_sent_start and tok.idx < span.start - 1:
            return is_reporting_verb(tok) or tok.lemma_.lower() in _term_speech_verbs()
        if tok.i in inside:
            continue
        if is_reporting_verb(tok) or tok.lemma_.lower() in _term_speech_verbs():
            return True
        if tok.lower_ == "words" and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            return True  # "would, in Kevin’s words, open the “shadow realm”"
    return False


def _said_after(idx: _Index, span: QuoteSpan, inside: set[int]) -> bool:
    """A later quotation of the same sentence closed right before its cue ('may be the “first
    step” toward a “borderless system,” Marek said'): the short quote is that speaker's too."""
    for tok in idx.tokens_between(span.end, span.end + 240):
        if tok.is_sent_start and tok.idx >= span.end:
            return False
        if tok.i in inside or not is_reporting_verb(tok):
            continue
        near = tok.doc[max(0, tok.i - 4) : tok.i]
        return any(t.is_quote or t.text in '”"' for t in near) or _closing_report(tok)
    return False


def _closing_report(verb: Token) -> bool:
    """ "…, De Patoul said.": a reporting verb and its named subject after a comma, closing
    the sentence: the sentence before them is what was said."""
    doc = verb.doc
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN" or subj.left_edge.i < 1:
        return False
    if doc[subj.left_edge.i - 1].text != ",":
        return False
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return after is None or after.text in {".", "!", "?"}


_NEXT_WORD = re.compile(r"[ \u00a0]+([a-z][a-z-]*)\b")
_LAST_WORD = re.compile(r"(?:^|[\s(])([\w-]*?(?:[’']s|\w+))[ \u00a0]*$")


def _term(text: str, span: QuoteSpan) -> bool:
    """A short quoted noun phrase modifying the noun after it: 'the “twin peak” pattern'."""
    words = _words(span.text)
    if not span.closed or not 1 <= len(words) <= 3 or re.search(r"[.,;:!?]", span.text):
        return False
    return _before_a_noun(text, span, modifier=True)


def _short_term(text: str, span: QuoteSpan) -> bool:
    """Three words or fewer after a determiner ('an “investment contract.”') or before a
    lower-case word they modify ('newly formed “ETH treasury” corporations')."""
    return len(_words(span.text)) <= 3 and _term_like(text, span)


def _term_like(text: str, span: QuoteSpan) -> bool:
    """A quotation after a determiner ('the “loss of a chance”') or before a lower-case word
    it modifies ('“loss of a chance” argument'): a name for a thing, not words said."""
    before_words, after_stop = _term_words()
    last = _LAST_WORD.search(text[max(0, span.start - 40) : span.start])
    after = _NEXT_WORD.match(text, span.end)
    modifies = not span.text.rstrip().endswith((",", ".", ";", ":", "!", "?"))
    return (last is not None and last.group(1).lower() in before_words) or (
        # ("“smart infrastructure” such as …": examples of it follow, it modifies nothing)
        modifies
        and after is not None
        and after.group(1) not in after_stop
        and after.group(1) != "such"
    )


def _before_a_noun(text: str, span: QuoteSpan, modifier: bool = False) -> bool:
    """A quotation between a determiner or possessive (``term_before``) and the lower-case
    word after it (not one of ``term_after_stop``): 'its “twin peak” pattern'; with
    ``modifier``, one lower-case word may stand after the determiner too ('the infamous
    “pig butchering” scam')."""
    before_words, after_stop = _term_words()
    after = _NEXT_WORD.match(text, span.end)
    if after is None or after.group(1) in after_stop:
        return False
    before = text[max(0, span.start - 40) : span.start]
    last = _LAST_WORD.search(before)
    if last is None:
        return False
    word = last.group(1)
    if word.lower() in before_words or word.endswith(("’s", "'s")):
        return True
    earlier = _LAST_WORD.search(before[: last.start()])
    return (
        modifier
        and word.islower()
        and earlier is not None
        and earlier.group(1).lower() in before_words
    )


def _titled_modifier(text: str, span: QuoteSpan) -> bool:
    """A title-case question in marks between a determiner or possessive and a lower-case
    noun it names: 'Norrland’s “What Is Money?” literacy textbook', 'the “Who Owns Norr?”
    report'; a reporting verb before it does not make it speech."""
    words = _words(span.text)
    if not span.closed or not 2 <= len(words) <= 6 or not span.text.rstrip().endswith("?"):
        return False
    return _is_title_like(span.text.rstrip(" ?")) and _before_a_noun(text, span)


def _is_partial(text: str, frame: _Frame, span: QuoteSpan, cue: Cue | None) -> bool:
    inner = span.text.strip()
    first_alpha = next((c for c in inner if c.isalnum()), "")
    ends_punct = inner.endswith(_END_PUNCT)
    if first_alpha.isupper() and ends_punct:
        return False
    before = text[frame.start : span.start].rstrip(" \\\u00a0")
    opens_clause = (
        before == ""
        or before.endswith((":", "\n"))
        or bool(re.search(r"\bthat$", before))
        or (
            before.endswith(",")
            and cue is not None
            and text[cue.end : span.start].strip(" ,\\\u00a0") == ""
        )
    )
    after = text[span.end : frame.end].lstrip(" \\\u00a0")
    closes_clause = (
        ends_punct
        or after == ""
        or after[:1] in {",", ".", "!", "?", ";", ":", "\n"}
        or (cue is not None and cue.start >= span.end and text[span.end : cue.start].strip() == "")
    )
    return not (opens_clause and closes_clause)


@lru_cache(maxsize=1)
def _gender_cues() -> dict[str, dict[str, Any]]:
    cues: dict[str, dict[str, Any]] = load_json("gender_cues.json")
    return cues


_TITLED = re.compile(
    r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Madam)\b\.?\s+((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)"
)


def titled_genders(text: str) -> dict[str, str]:
    """Surname → "m"/"f" for names written after a gendered title ("Ms. Ana Ruiz")."""
    titles = _gender_cues()["titles"]
    found: dict[str, str] = {}
    for m in _TITLED.finditer(text):
        gender = titles.get(m[1].lower())
        if gender is not None:
            found.setdefault(m[2].split()[-1], gender)
    return found


def name_gender(name: str, titled: dict[str, str]) -> str | None:
    """ "m", "f" or None: from a title given the surname in the article, else the first name."""
    words = name.split()
    if not words:
        return None
    if words[-1] in titled:
        return titled[words[-1]]
    if len(words) < 2:
        return None
    first_names: dict[str, list[str]] = _gender_cues()["first_names"]
    first = words[0].lower()
    found = next((g for g, names in first_names.items() if first in names), None)
    return found or _given_name_genders().get(first)


@lru_cache(maxsize=1)
def _given_name_genders() -> dict[str, str]:
    """Given name → "m" or "f", for names of one gender only (``given_name_genders.txt``)."""
    pairs = (line.split() for line in load_lines("given_name_genders.txt"))
    return {p[0]: p[1] for p in pairs if len(p) == 2}


def _at_named_firm(person: SpeakerRef, firm: str) -> bool:
    """Whether the organisation written with a person is ``firm``."""
    return bool(person.organization) and _same_org(person.organization or "", firm)


def _same_org(a: str, b: str) -> bool:
    """Whether two organisation names are one ("Strike" and "Strike Inc.")."""
    a, b = a.lower(), b.lower()
    return a in b or b in a


def _job_title(ref: SpeakerRef) -> bool:
    """A definite noun that is a job's title ("the judge", "the Norrple CEO"), not a
    description ("the longtime gold advocate", "the billionaire")."""
    if not ref.needs_antecedent or ref.kind != "person" or not ref.role:
        return False
    head = _last_word(ref.role).lower()
    return head in cue_words("public_offices") or is_company_title(head)


def _other_title(cand: SpeakerRef, ref: SpeakerRef) -> bool:
    """A titled noun ("the longtime gold advocate") and a person given another title
    ("journalist"): no word in common. A firm speaking through its analysts has no other
    title ("Norrnode analysts noted … The market intelligence firm added")."""
    if not ref.needs_antecedent or ref.text.lower() in pronouns() or not cand.role:
        return False
    if cand.kind == "organization" and is_plural_role(cand.role):
        return False
    if no_job_role(cand.role):
        return False  # "long-time critic X … the Norrstone CEO said": a stance is no job
    noun = (ref.role or _last_word(ref.text)).lower().split()
    if not ref.role and not is_role_word(noun[-1]):
        return False  # "the post", "the firm": no title to differ from
    return not _title_words(" ".join(noun)) & _title_words(cand.role)


@lru_cache(maxsize=4096)
def _title_words(role: str) -> frozenset[str]:
    """The lower-case words of a title ("CEO, co-founder" → {"ceo", "co-founder"}), a long
    form under its short one ("chief executive" → "ceo")."""
    text = role.lower().replace(",", " ")
    for long, short in _title_synonyms():
        if long in text:
            text = re.sub(rf"\b{re.escape(long)}\b", short, text)
    return frozenset(text.split())


@lru_cache(maxsize=1)
def _title_synonyms() -> tuple[tuple[str, str], ...]:
    """Long titles and their short forms, longest first (``title_synonyms``)."""
    table: dict[str, str] = load_json("quote_cues.json")["title_synonyms"]
    return tuple(sorted(table.items(), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=1)
def _outlets() -> frozenset[str]:
    return frozenset(o.lower() for o in cue_words("outlets") | cue_words("social_platforms"))


#: "shared with ", "sent to ", "seen by ", "filing with the " right before a name: who
#: received a document.
_RECIPIENT_BEFORE = re.compile(
    r"\b(?:shared|sent|provided|given|emailed|leaked)\s+(?:exclusively\s+)?(?:with|to)\s+$"
    r"|\b(?:seen|obtained|reviewed)\s+by\s+$"
    r"|\b(?:filed|filing|filings|submitted|registered)\s+with\s+(?:the\s+)?(?:U\.?S\.?\s+)?$"
)


def _document_noun(ref: SpeakerRef) -> bool:
    """ "the press release", "the report": a document whose author is wanted."""
    words = ref.text.lower().split()
    return ref.needs_antecedent and bool(words) and words[-1] in written_sources()


#: Words in the name of what "the central bank" stands for, besides "bank".
_BANK_NAME_WORDS = frozenset(
    {"Reserve", "Fed", "Banque", "BoE", "BoJ", "ECB", "PBoC", "RBI", "SNB"}
)
#: Definite nouns that stand for a public body named before ("the agency said").
_BODY_NOUNS = frozenset({"agency", "regulator", "department", "ministry", "watchdog", "government"})


def _legislative(title: str | None) -> bool:
    """A legislator's title or body ("lawmaker", "Committee Chair", "House Financial Services
    Committee")."""
    words = set((title or "").lower().split())
    return bool(words & cue_words("legislator_words"))


def _a_judge(role: str | None) -> bool:
    """A judge's title ("judge", "Chief Bankruptcy Judge")."""
    return bool(role) and _last_word(role or "").lower() in cue_words("judge_titles")


#: A ticker in brackets right after a name: the name is a token's.
_TICKER_AFTER = re.compile(r"\s*\([A-Z]{2,6}\)")
#: Nouns for a court: only a court's own name stands for them.
_COURT_NOUNS = frozenset({"court", "tribunal"})
#: A court's name: capitalised words before "Court" ("Norrland District Court") or "of" and a
#: name after it ("Court of Appeal"); the first group holds the words that make it a name.
_COURT_NAME = re.compile(
    r"(?<![\w’'])((?:[A-Z][\w.]*\s+){1,4})?(?:Court|Tribunal)\b"
    r"(\s+of(?:\s+the)?(?:\s+[A-Z][a-z]+){1,3})?"
)
#: Those of them that only a public body is (a news agency is an outlet).
_RULE_MAKERS = frozenset({"regulator", "department", "ministry", "watchdog", "government"})


def _definite(ref: SpeakerRef, nouns: Collection[str]) -> bool:
    """ "the exchange", "this agency": "the" or "this" and one of ``nouns``."""
    words = ref.text.lower().split()
    return len(words) == 2 and words[0] in {"the", "this"} and words[1] in nouns


#: Capitalised words in a row, "The" first maybe ("The Norrchain Foundation").
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w&.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&.-]*)*")


def _start(ref: SpeakerRef) -> int:
    return ref.start


def _short_for(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` or one of its words, or spells the initials of its last
    words ("SEC" for "US Securities and Exchange Commission")."""
    words = full.split()
    if short == full or (" " not in short and short in words):
        return True
    return short.isupper() and any(spells(short, words[k:]) for k in range(len(words)))


def _firm_noun(ref: SpeakerRef) -> bool:
    """ "the exchange", "the team": a definite noun for a private firm."""
    return _definite(ref, cue_words("firm_nouns"))


def _body_noun(ref: SpeakerRef) -> bool:
    """ "the agency", "the regulator": a definite noun for a public body."""
    return _definite(ref, _BODY_NOUNS)


def _outlet_or_public_body(name: str) -> bool:
    return name.lower() in _outlets() or public_body_name(name)


def _given_and_surname_text(name: str) -> bool:
    """ "Ola Brandt": two or three capitalised words, the first a known given name."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and words[0].lower() in given_names()
        and all(w[:1].isupper() for w in words)
    )


def _last_word(text: str) -> str:
    words = text.split()
    return words[-1] if words else ""


#: Groups that stand for the named author of something written before ("the authors").
_AUTHOR_GROUPS = frozenset({"authors", "co-authors", "coauthors"})
#: The pronoun that stands for an organisation, never a person.
_IT = frozenset({"it", "its"})


#: "’s influence, " between a name and a pronoun's parenthetical cue ("Musk’s influence, he
#: said, showed …"): the name is in the clause the speaker's words interrupt.
_HOST_POSSESSOR = re.compile(r"[’']s\s+([^,.;:“”\"]{1,60}),\s*$")


def _spoken_of_possessor(between: str) -> bool:
    """ "Musk’s influence, he said": a possessive before the pronoun's comma is the one spoken
    of, unless what it owns is a channel only the owner writes in ("on Merkley’s website, he
    said"; ``own_channel_nouns``)."""
    found = _HOST_POSSESSOR.match(between)
    if found is None:
        return False
    words = found.group(1).split()
    return not (words and words[0].lower() in cue_words("own_channel_nouns"))


#: A sentence opened by a participle or a reply, a few words before a name ("Citing ",
#: "Recalling his work with ", "In a reply to Norrgy’s CEO, ").
_FRONTED_PARTICIPLE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:[A-Z][a-z]+ing|In\s+(?:a\s+|an\s+|his\s+|her\s+|their\s+)?"
    r"(?:reply|response|letter|message|note|tribute)\s+to)\s+(?:[\w’',-]+\s+){0,5}$"
)
#: The rest of that participle's clause, then the pronoun that is the sentence's subject.
_THEN_SUBJECT = re.compile(r"[^.;:!?“”\"]{0,120}[,—–]\s*$")
#: Where a sentence starts, right before a name.
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?”]\s+|\n)$")
#: A clause with quoted words, in one sentence, up to the comma before a pronoun's cue.
_REPORTED_CLAUSE = re.compile(r"^[^.!?“”\"]{1,120}[“\"][^“”\"]{1,200}[”\"][^.!?“”\"]{0,80},\s*$")


#: The words before a name given as one example of several ("banks such as Barclays, Morgan
#: Stanley, and TD Securities"): any name of the list, up to the one in question.
_EXAMPLE_LIST_BEFORE = re.compile(
    r"\b(?:such as|including|like)\s+(?:[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3},\s+)*"
    r"(?:and\s+|or\s+)?$"
)


def _given_as_example(ref: SpeakerRef | None, text: str) -> bool:
    """A name written as one example of several ("analysts, such as Jo Park ,")."""
    return ref is not None and bool(
        _EXAMPLE_LIST_BEFORE.search(text[max(0, ref.start - 80) : ref.start])
    )


def _with_group_title(person: SpeakerRef, noun: str) -> SpeakerRef:
    """A person standing for a group ("senators"), with the group's singular title when they
    have no title of their own and that singular is a title ("senator")."""
    if person.role or not is_plural_role(noun):
        return person
    one = singular_role(noun)
    return replace(person, role=one) if is_role_word(one) else person


@lru_cache(maxsize=256)
def _members_listed(noun: str) -> re.Pattern[str]:
    """ "Senators Jo Park and Ola Berg": a plural title, then a name of one to three
    capitalised words and "and" before the next name."""
    return re.compile(
        rf"(?i:\b{re.escape(noun)})\s+([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){{0,2}})\s+and\s+[A-Z]"
    )


class _Resolver:
    """Antecedents for pronouns and "the report"-like nouns: the latest fitting speaker named
    by a cue, else (for pronouns) the latest fitting name."""

    def __init__(
        self,
        speakers: list[SpeakerRef],
        names: list[SpeakerRef],
        sentence_of: Callable[[int], int] | None = None,
        titled: dict[str, str] | None = None,
        text: str = "",
        sourced: list[SpeakerRef] | None = None,
        titled_nouns: list[SpeakerRef] | None = None,
    ) -> None:
        #: Cue subjects that are a person's title with "the" ("The trader revealed"), for a
        #: singular "they" that takes one of them up.
        self.titled_nouns = sorted(titled_nouns or [], key=lambda r: r.start)
        self.sentence_of = sentence_of
        #: Firms found for definite nouns ("the group" → Norrbank), by where and which noun.
        self.by_noun: list[tuple[int, str, SpeakerRef]] = []
        #: Sources to be resolved that said something in a document ("the firm said in the
        #: announcement"), for a later "the announcement added".
        self.sourced = sorted(sourced or [], key=lambda r: r.start)
        self.text = text
        self._acronym_of: dict[str, str] | None = None
        self.titled = titled or {}
        # A one-word name the article gives a person's title ("Mara—co-founder of X—", "Mara,
        # a statistician,") is a person's wherever it stands, whatever the model's label, and
        # has that first title where it stands alone ("according to Mara").
        titled_words: dict[str, SpeakerRef] = {}
        for r in sorted(speakers + names, key=lambda r: r.start):
            if r.kind == "person" and r.role and " " not in r.text:
                titled_words.setdefault(r.text, r)

        def titled_person(r: SpeakerRef) -> SpeakerRef:
            first = titled_words.get(r.text)
            if first is None or (r.kind == "person" and r.role):
                return r
            return replace(r, kind="person", role=first.role, organization=first.organization)

        speakers = [titled_person(r) for r in speakers]
        names = [titled_person(r) for r in names]
        self.speakers = sorted(speakers, key=lambda r: r.start)
        #: Pronouns and titled person nouns resolved so far (position, the speaker found).
        self.chain: list[tuple[int, SpeakerRef]] = []
        #: "The ruling stated" resolved to a judge (position, the judge): "It added" next.
        self.rulings: list[tuple[int, SpeakerRef]] = []
        #: Groups resolved so far (position, the group): "“…,” they wrote" next.
        self.groups: list[tuple[int, SpeakerRef]] = []
        self.names = sorted(names, key=lambda r: r.start)
        # (People the model reads in a firm's name an appositive calls one: "Norrland Racing
        # Club (NRC), a racing league," gives no surname "Club", no initials "NRC".)
        firms = {name for _, name in appositive_firms(text)}
        persons = [r for r in speakers + names if r.kind == "person" and r.text not in firms]
        # Surnames of people named in full: "Woo said" is a person after "Willy Woo".
        self.surnames = {surname_of(r.text) for r in persons if " " in r.text} - {""}
        # Given names of people named in full: "Kamal highlighted" is a person after "Kamal
        # Youssefi", whatever the model's label for the one word.
        self.given = {r.text.split()[0] for r in persons if len(r.text.split()) >= 2}
        # Initials of people named in full: "CK said" is a person after "Cara Knox".
        self.initials = {initials(r.text) for r in persons} - {""}
        # Names that may stand for a pronoun's person. One-word names the model calls people
        # are often products or firms ("Tradeon"): only full names, surnames of full names,
        # handles and names after a person's title ("analyst Kevin") count.
        self.reliable = [
            n
            for n in self.names
            if " " in n.text
            or n.text in self.surnames
            or is_handle_shape(n.text)
            or n.called_he_or_she
            or (n.kind == "person" and (n.role is not None or n.text in titled_words))
            # ("… for onchain analytics firm Norrnode. “…,” it observed": a firm's noun
            # introduced the one word)
            or (n.kind == "organization" and n.source_noun in cue_words("org_intro_nouns"))
        ]

    def _gender(self, cand: SpeakerRef) -> str | None:
        gender = name_gender(cand.text, self.titled)
        if gender is None:
            # A surname alone: the gender of the full name it belongs to.
            full = next(iter(self._full_names_of(cand)), None)
            gender = name_gender(full.text, self.titled) if full is not None else None
        return gender

    def _full_names_of(self, cand: SpeakerRef) -> list[SpeakerRef]:
        """For a surname alone, the full names found whose last word it is (none for a name
        of several words)."""
        word = cand.text.strip()
        if " " in word:
            return []
        return [
            n
            for n in self.speakers + self.names
            if " " in n.text.strip() and _last_word(n.text) == word
        ]

    def _titled_as(self, cand: SpeakerRef) -> SpeakerRef:
        """The candidate, or for a surname alone the titled full name it belongs to."""
        if cand.role:
            return cand
        return next((n for n in self._full_names_of(cand) if n.role), cand)

    def _fits(self, cand: SpeakerRef, ref: SpeakerRef) -> bool:
        if ref.possessor and strip_possessive(_last_word(cand.text)) == strip_possessive(
            _last_word(ref.possessor)
        ):
            return False  # "Kett’s partner" is not Kett
        if ref.kind == "person" and cand.text.lower() in _outlets():
            return False  # "as quoted by Decrypt. … according to the candidate": no outlet
        if _firm_noun(ref) and (_outlet_or_public_body(cand.text) or is_place(cand.text)):
            return False  # "the exchange said" is not the newspaper, the regulator, a country
        if _firm_noun(ref) and _EXAMPLE_LIST_BEFORE.search(
            self.text[max(0, cand.start - 80) : cand.start]
        ):
            return False  # "banks such as Barclays, … the firm stated": an example, no topic
        if _document_noun(ref) and _RECIPIENT_BEFORE.search(
            self.text[max(0, cand.start - 40) : cand.start]
        ):
            return False  # "the press release shared with Decrypt": who only got it
        if (
            ref.needs_antecedent
            and ref.text.lower().endswith("central bank")
            and "bank" not in cand.text.lower()
            and not _BANK_NAME_WORDS & set(cand.text.split())
        ):
            return False  # "the central bank" is a bank or reserve named before, no committee
        if _body_noun(ref) and not _outlet_or_public_body(cand.text):
            return False  # "the agency" is a public body, not the militia it sanctioned
        if _definite(ref, _RULE_MAKERS) and not public_body_name(cand.text):
            return False  # "the regulator" is not the newspaper that reported on it
        if ref.needs_antecedent and holds_office(ref.role) and self._at_a_firm(cand):
            return False  # "the US president" is not a firm's "CEO and President"
        known = self._titled_as(cand) if ref.needs_antecedent and _legislative(ref.role) else None
        if known is not None and known.role:
            if not (_legislative(known.role) or _legislative(known.organization)):
                return False  # "the Norrland lawmaker" is not "President Kett"
        if _a_judge(ref.role) and ref.needs_antecedent and not _a_judge(cand.role):
            return False  # "the judge" is a judge named before (or after), not a party
        if _definite(ref, _COURT_NOUNS) and not _COURT_NOUNS & set(cand.text.lower().split()):
            return False  # "the court" is a court named before, not the coin it ruled on
        if ref.text.lower() in pronouns() and (
            _spoken_of_possessor(self.text[cand.end : ref.start])
            or (
                _FRONTED_PARTICIPLE.search(self.text[max(0, cand.start - 80) : cand.start])
                and _THEN_SUBJECT.match(self.text[cand.end : ref.start])
            )
        ):
            # "Musk’s influence, he said, …", "Citing Ron Paul as an influence, he argued":
            # the one spoken of, not the speaker
            return False
        if ref.text.lower() in pronouns() and self._reported_subject(cand, ref):
            return False  # "Jorvik probably wanted “to repent”, he said": not Jorvik
        wanted = _gender_cues()["pronouns"].get(ref.text.lower())
        if wanted is not None and self._gender(cand) not in (None, wanted):
            return False  # "she" is never the Mr. named last
        if ref.organization and cand.organization:
            if not _same_org(ref.organization, cand.organization):
                return False  # "the Strike CEO" is not the Fed chair named last
        if (
            ref.kind in {"person", None}
            and cand.kind != "person"
            and _TICKER_AFTER.match(self.text, cand.end)
        ):
            return False  # "Pyth Network (PYTH)": a token the trader sold, nobody who speaks
        if ref.kind is None or cand.kind == ref.kind:
            return True
        if (
            cand.kind == "organization"
            and (cand.role or "").lower() == _last_word(ref.text).lower()
        ):
            return True  # "the spokesperson" after "a spokesperson for the committee said"
        if ref.kind == "person":
            surname = _last_word(cand.text)
            return (
                surname in self.surnames
                or cand.text in self.initials
                or cand.text in self.given
                or cand.kind is None
            )
        if ref.kind == "organization" and ref.text.lower() in _IT:
            if self._introduced_as_firm(cand.text, things=True):
                return True  # "another trading account, Norrpin Crypto, … it said"
            # "eToro warned … It also said": a one-word name of no known kind, or one the
            # model calls a person though no person's surname or gendered name.
            return self._one_word_of_no_person(cand) and (
                cand.kind is None
                or self._introduced_as_firm(cand.text)
                or (cand.kind == "person" and not is_handle_shape(cand.text))
            )
        if ref.kind == "organization" and _definite(ref, cue_words("media_nouns")):
            # "Norrnews, meanwhile, explained … the outlet concluded": a one-word name of no
            # person and no title, whatever the model calls it, may be the outlet.
            return (
                cand.kind == "person"
                and not cand.role
                and self._one_word_of_no_person(cand)
                and cand.text not in self.given
                and cand.text.lower() not in given_names()
                and not is_handle_shape(cand.text)
            )
        if ref.kind == "organization" and _firm_noun(ref) and cand.kind is None:
            # "Norrliquid reported … the protocol posted": a one-word name of no known kind
            # that is no ordinary word capitalised ("Decentralized …" opening a sentence).
            return (
                self._one_word_of_no_person(cand)
                and re.search(rf"\b{re.escape(cand.text.lower())}\b", self.text) is None
            )
        return False

    def _reported_subject(self, cand: SpeakerRef, ref: SpeakerRef) -> bool:
        """Whether ``cand`` opens the sentence whose quoted words a pronoun's cue after a
        comma reports ("Jorvik probably wanted “to repent” through the gift, he said"): the
        one spoken of, whom the writer would have called "he" if he were the speaker."""
        opens = _SENTENCE_OPENING.search(self.text[max(0, cand.start - 3) : cand.start])
        between = self.text[cand.end : ref.start]
        return opens is not None and _REPORTED_CLAUSE.match(between) is not None

    def _body_named_before(self, ref: SpeakerRef) -> SpeakerRef | None:
        """For "the government" and the like (``body_nouns``): the last cue subject before it
        written with that noun ("Sweden’s government announced", "the Kett administration
        said")."""
        if not _definite(ref, cue_words("body_nouns")):
            return None
        noun = _last_word(ref.text).lower()
        before = [
            s
            for s in self.speakers
            if s.start < ref.start and not s.needs_antecedent and _last_word(s.text).lower() == noun
        ]
        return before[-1] if before else None

    def _named_head_before(self, ref: SpeakerRef) -> SpeakerRef | None:
        """For "the Foundation" and the like (``name_head_nouns``): the last organisation
        named before with that noun ending its name ("The Norrchain Foundation has …")."""
        if not ref.needs_antecedent:
            return None
        if not _definite(ref, cue_words("name_head_nouns")):
            return self._named_phrase_before(ref)
        head = _last_word(ref.text).lower()
        named = None
        for m in _CAPITALISED_RUN.finditer(self.text, 0, ref.start):
            words = m.group().split()
            if words[-1].lower() == head and len(words) > 1:
                named = m
        if named is None:
            return None
        words = named.group().split()
        start = named.start()
        if words[0] in {"The", "the"}:
            start += len(words[0]) + 1
            words = words[1:]
        name = " ".join(words)
        return SpeakerRef(name, start, named.end(), "organization", None, name)

    def _named_phrase_before(self, ref: SpeakerRef) -> SpeakerRef | None:
        """ "the working group" after "the Working Group on Digital Asset Markets": a definite
        noun of two or three words ending in a body's head noun (``name_head_nouns`` or
        "group"), written capitalised before as a name, perhaps with its field after it."""
        words = ref.text.split()
        heads = {*cue_words("name_head_nouns"), "group"}
        if words[0].lower() != "the" or not 3 <= len(words) <= 4 or words[-1].lower() not in heads:
            return None
        phrase = r"\s+".join(re.escape(w.capitalize()) for w in words[1:])
        field = (
            r"(?:\s+(?:on|of|for)\s+(?:the\s+)?(?!" + _calendar_words() + r"\b)"
            r"[A-Z][a-z]+(?:\s+[A-Z][\w&.-]*){0,3})?"
        )
        before = r"(?:(?!The\b)[A-Z][\w&.-]*\s+){0,3}"  # ("the Norrland Working Group")
        found = list(re.finditer(r"\b" + before + phrase + field, self.text[: ref.start]))
        if not found:
            return None
        name = found[-1].group()
        return SpeakerRef(name, found[-1].start(), found[-1].end(), "organization", None, name)

    def _at_a_firm(self, cand: SpeakerRef) -> bool:
        """Whether a candidate holds a company title at a firm (no public body), as named
        here or, for a surname alone, where the full name was given."""
        full = [cand, *self._full_names_of(cand)]
        return any(
            not (n.organization and public_body_name(n.organization))
            and is_company_title(without_offices(n.role or ""))
            for n in full
        )

    def _one_word_of_no_person(self, cand: SpeakerRef) -> bool:
        """A one-word name that is no person's surname and has no gender."""
        return (
            " " not in cand.text and cand.text not in self.surnames and self._gender(cand) is None
        )

    def _introduced_as_firm(self, name: str, things: bool = False) -> bool:
        """Whether the article writes a firm's noun right before ``name`` ("trading platform
        Norrfin"), whatever the model's label for it; with ``things``, also a noun for what
        "it" may stand for (``it_nouns``), perhaps with a comma ("trading account, Norrpin
        Crypto,")."""
        nouns = org_intro_alternation()
        if things:
            nouns += "|" + "|".join(map(re.escape, sorted(cue_words("it_nouns"))))
        comma = ",?" if things else ""
        return re.search(rf"\b(?:{nouns}){comma}\s+{re.escape(name)}\b", self.text) is not None

    def _first_member(self, ref: SpeakerRef) -> SpeakerRef | None:
        """The first of a group's members named one by one near it under its own plural
        title ("Senators Jo Park and Ola Berg"), as a person with the singular title."""
        noun = _last_word(ref.text).lower()
        if not is_plural_role(noun):
            return None
        lo, hi = max(0, ref.start - 2 * MAX_CATAPHOR), ref.end + MAX_CATAPHOR
        listed = _members_listed(noun).search(self.text, lo, hi)
        if listed is None:
            return None
        first = [n for n in self.names + self.speakers if n.start == listed.start(1)]
        if not first or first[0].kind != "person":
            return None
        return _with_group_title(first[0], noun)

    def _group(self, ref: SpeakerRef) -> SpeakerRef:
        """ "the analysts" after "Bitfinex analysts said": the firm whose analysts spoke last;
        else the group itself."""
        noun = _last_word(ref.text).lower()
        earlier = [
            s
            for s in self.speakers
            if s.start < ref.start <= s.start + MAX_ANTECEDENT
            and (s.role or "").lower() == noun
            and s.kind == "organization"
        ]
        if not earlier:
            # "five senators led by Jo Park wrote … the senators say": the one who leads them
            # (any group for "the authors": "analysts led by Jo Park … the authors wrote").
            led = (
                rf"\b(?:{'[a-z-]+' if noun in _AUTHOR_GROUPS else re.escape(noun)})\s+led\s+by\s+$"
            )
            earlier = [
                n
                for n in self.speakers + self.names
                if n.kind == "person"
                and n.start < ref.start
                and re.search(led, self.text[max(0, n.start - 40) : n.start])
            ]
            earlier.sort(key=lambda n: n.start)
            if earlier and noun not in _AUTHOR_GROUPS:
                earlier[-1] = _with_group_title(earlier[-1], noun)  # "senator"
        if not earlier and noun in _AUTHOR_GROUPS:
            # "a draft co-authored by Jo Park and others … the authors explained": the one
            # author named for it.
            earlier = [
                n
                for n in self.speakers + self.names
                if 0 < ref.start - n.start <= MAX_ANTECEDENT
                and n.source_noun in cue_words("written_nouns")
                and n.kind == "person"
            ]
            earlier.sort(key=lambda n: n.start)
            if not earlier:
                # "In its weekly note Norrvest finds that … According to the authors, …":
                # the firm that spoke just before, in the two sentences before.
                earlier = [s for s in self._recent_speakers(ref, 2) if s.kind == "organization"]
        return earlier[-1] if earlier else replace(ref, needs_antecedent=False)

    def _group_just_before(self, ref: SpeakerRef) -> SpeakerRef | None:
        """ "The senators say …. They also warned …. “…,” they wrote": the group that spoke
        last, in this sentence or the two before, with no named speaker after it."""
        if self.sentence_of is None:
            return None
        here = self.sentence_of(ref.start)
        recent = [
            (at, g) for at, g in self.groups if at < ref.start and here - 2 <= self.sentence_of(at)
        ]
        if not recent:
            return None
        at, group = recent[-1]
        if any(at < s.start < ref.start for s in self.speakers):
            return None
        return group

    def _recent_speakers(self, ref: SpeakerRef, back: int) -> list[SpeakerRef]:
        """The speakers named by a cue before ``ref`` in its sentence or the ``back`` before."""
        if self.sentence_of is None:
            return []
        here = self.sentence_of(ref.start)
        return [
            s
            for s in self.speakers
            if s.start < ref.start and here - back <= self.sentence_of(s.start) <= here
        ]

    def _latest(self, cands: list[SpeakerRef], ref: SpeakerRef, window: int) -> SpeakerRef | None:
        described = self._described(cands, ref, window)
        if described is not None:
            return described
        best: SpeakerRef | None = None
        free: SpeakerRef | None = None
        title = _last_word(ref.role or "").lower()
        office = title if ref.needs_antecedent and title in _HEAD_OFFICES else None
        for cand in cands:
            if cand.start >= ref.start:
                break
            if ref.start - cand.start <= window and self._fits(cand, ref):
                known = self._titled_as(cand).role if office else None
                if office and known and _last_word(known).lower() != office:
                    # "the President" is no one introduced as a founder ("Brogan told" after
                    # "attorney Aaron Brogan")
                    continue
                best = cand
                if not _other_title(cand, ref):
                    free = cand
        # "the gold advocate" is rather the person named without a title than the one
        # introduced as a journalist just before; "the judge" is no one introduced as a
        # president (an office's or a job's title names its holder only).
        if free is None and best is not None and _job_title(ref) and _other_title(best, ref):
            return None
        return free or best

    def _described(
        self, cands: list[SpeakerRef], ref: SpeakerRef, window: int
    ) -> SpeakerRef | None:
        """ "the riled billionaire Norrcar CEO" after "tech billionaire Eli Moss": the last
        fitting candidate once described by a title word the noun phrase repeats besides its
        own title (whatever mention of that name carried it)."""
        if ref.text.lower() in pronouns() or not ref.role:
            return None
        own = _last_word(ref.role).lower()  # the head title ("CEO" of "billionaire Tesla CEO")
        words = {w for w in ref.text.lower().split() if is_role_word(w)} - {own}
        if not words:
            return None
        described = {
            c.text for c in self.speakers + self.names if c.role and words & _title_words(c.role)
        }
        surnames = {_last_word(d) for d in described}
        found = [
            c
            for c in cands
            if c.start < ref.start
            and ref.start - c.start <= window
            and (c.text in described or _last_word(c.text) in surnames)
            and self._fits(c, ref)
        ]
        return found[-1] if found else None

    def resolve(self, ref: SpeakerRef | None) -> SpeakerRef | None:
        if ref is not None and not ref.needs_antecedent and ref.kind == "organization":
            if ref.role and not is_plural_role(ref.role):
                # "An engineer at Norrstream has said …", then "Norrstream engineer Lisa
                # Nagel said": the firm spoke through the person it names next.
                named = self._named_next(ref, firm=ref.text)
                if named is not None:
                    return named
        if ref is not None and ref.kind == "group":
            member = self._first_member(ref)
            if member is not None:
                return member  # "Two senators …. Senators Jo Park and Ola Berg wrote": Park
        if ref is None or not ref.needs_antecedent:
            return ref
        if ref.kind == "group":
            group = self._group(ref)
            self.groups.append((ref.start, group))
            return group
        if ref.text.lower() in _FIRST_PERSON:
            return None  # "I believe …" outside a quotation: the article's writer, unnamed
        body = self._body_named_before(ref)
        if body is not None:
            return body  # "Sweden’s government announced …. “…,” the government stated"
        voices = cue_words("firm_voice_titles")
        if ref.kind == "person" and _last_word(ref.text).lower() in voices:
            if ref.organization or _definite(ref, voices):
                return self._voice(ref)  # "the spokesperson", "Norrfin’s spokesperson"
        if ref.text.lower() == "it" and self.sentence_of is not None:
            here = self.sentence_of(ref.start)
            ruled = [who for at, who in self.rulings if self.sentence_of(at) == here - 1]
            if ruled:
                return ruled[-1]  # "The ruling stated …. It added": the judge's ruling
        if ref.text.lower() == "they":
            single = self._singular_they(ref)
            if single is not None:
                self.chain.append((ref.start, single))
                return single
            spoke = self._group_just_before(ref)
            if spoke is not None:
                return spoke
            pair = self._pair_before(ref)
            if pair is not None:
                return pair
        plural = self._plural_of_resolved(ref)
        if plural is not None:
            return plural  # "The group … claimed …. The banking bodies said": the same body
        found = self._resolve(ref)
        if found is not None and ref.kind == "organization":
            self.by_noun.append((ref.start, _last_word(ref.text).lower(), found))
        named = self._named_head_before(ref)
        if named is not None and not (found is not None and _short_for(found.text, named.text)):
            # "the Foundation said" is the Norrchain Foundation named before, not a chart's
            # source named in between ("SEC" for "US Securities and Exchange Commission" is);
            # it speaks here for the "it" that may follow.
            found = named
            insort(self.speakers, replace(named, start=ref.start, end=ref.end), key=_start)
        if found is None and _definite(ref, _COURT_NOUNS):
            found = self._court_named_before(ref)
        if found is None and _firm_noun(ref) and ref.kind == "organization":
            # "the firm stated" with no firm named within reach: the one the article is about
            found = self._topic(ref)
        pronoun = ref.text.lower() in pronouns()
        if found is None and not pronoun and ref.kind == "person" and ref.role:
            # "The SEC's sole Democratic commissioner has said …" in the lede, then "…,
            # Commissioner Kay Ossel cautioned": the next person with that title.
            found = self._named_next(ref)
            if found is not None and not found.organization and ref.organization:
                return replace(found, organization=ref.organization)
        if found is None and not pronoun and ref.kind == "person" and ref.organization:
            # "the Norrfin representative explained", no Norrfin person named: the firm
            # speaks, through someone unnamed.
            org = ref.organization
            return SpeakerRef(org, ref.start, ref.end, "organization", ref.role, org)
        if found is None and (pronoun or (ref.kind == "person" and ref.role)):
            # "he said" far from the name, but close after an earlier "he said" resolved to
            # it: the chain of pronouns goes on (an analyst quoted all through an article);
            # so does one of "the analyst said".
            chained = [
                who
                for at, who in self.chain
                if at < ref.start <= at + MAX_ANTECEDENT and self._fits(who, ref)
            ]
            found = chained[-1] if chained else None
        if found is None and ref.text.lower() in _HE_SHE:
            found = self._sole_person_before(ref)
        if found is not None and ref.kind == "person" and found.kind == "organization":
            # "Crypto analyst Smart Flows pointed out …, Smart Flows explains …, the analyst
            # points": a name the model called a firm in one place, a person in another,
            # taken up as a person is that person.
            person = next(
                (
                    n
                    for n in self.speakers + self.names
                    if n.text == found.text and n.kind == "person" and n.start < ref.start
                ),
                None,
            )
            if person is not None:
                found = replace(found, kind="person", organization=person.organization)
        if found is not None and (pronoun or found.kind == "person"):
            taken = found
            if ref.kind == "person" and found.kind == "organization":
                # "CryptoWatchUK reiterated … “…,” he told viewers": a handle the model calls
                # a firm, taken up by "he", is a person for the pronouns that follow too.
                taken = replace(found, kind="person", organization=None)
            self.chain.append((ref.start, taken))
        if (
            found is not None
            and found.kind == "person"
            and ref.role
            and (not found.role or no_job_role(found.role))
        ):
            # "the Strike CEO declared" → the person named before, with that title (a stance
            # or a status is no title: "longtime critic X … the Norrstone CEO said").
            return replace(found, role=ref.role, organization=ref.organization)
        if found is not None and found.kind == "organization" and ref.kind == "organization":
            if ref.role and not found.role:
                # "a spokesperson added" → the firm named before, through its spokesperson.
                return replace(found, role=ref.role, organization=found.organization or found.text)
        return found

    def _at_firm(self, cand: SpeakerRef, firm: str) -> bool:
        """Whether ``cand`` works at ``firm``: so given, or with no firm of their own, named
        in a sentence that names the firm ("Norrple president Ana Lund and chief executive
        Brad Garl")."""
        if cand.organization:
            return _same_org(cand.organization, firm)
        if self.sentence_of is None:
            return False
        here = self.sentence_of(cand.start)
        return any(
            self.sentence_of(m.start()) == here
            for m in re.finditer(rf"\b{re.escape(firm)}\b", self.text[: cand.end + 200])
        )

    def _singular_they(self, ref: SpeakerRef) -> SpeakerRef | None:
        """ "X user Norrchief predicted …. “…,” they wrote": the one who spoke last, in this
        sentence or the one before, when that is a pseudonymous person of no known gender (a
        handle, or a one-word name with a person's title or after "user"); "they" after a
        firm, a group or a named man or woman is left to the usual search."""
        if self.sentence_of is None:
            return None
        here = self.sentence_of(ref.start)
        spoke = [(s.start, s) for s in self._recent_speakers(ref, 1) if not s.needs_antecedent]
        spoke += [
            (at, who)
            for at, who in self.chain
            if at < ref.start and here - 1 <= self.sentence_of(at) <= here
        ]
        for noun in self.titled_nouns:
            # ("The crypto enthusiast claimed …. “…,” they added": the one the title is)
            if noun.start < ref.start and here - 1 <= self.sentence_of(noun.start) <= here:
                who = self._resolve(noun)
                if who is not None:
                    spoke.append((noun.start, who))
        if not spoke:
            # ("The X user norrwatcher backs the thesis …. “…,” they predicted": a handle
            # named, not yet speaking)
            spoke = [
                (n.start, n)
                for n in self.names
                if n.start < ref.start
                and here - 1 <= self.sentence_of(n.start) <= here
                and n.kind == "person"
                and " " not in n.text.strip()
                and self._after_holder_noun(n)
            ]
        if not spoke:
            return None
        last = max(spoke, key=lambda p: p[0])[1]
        if self._gender(last) is not None or len(last.text.split()) > 3:
            return None
        one_word = " " not in last.text.strip()
        pseudonym = (
            (one_word and is_handle_shape(last.text))
            or (one_word and last.kind == "person" and persons_title(last.role))
            or self._after_holder_noun(last)
        )
        return replace(last, kind="person") if pseudonym else None

    def _plural_of_resolved(self, ref: SpeakerRef) -> SpeakerRef | None:
        """ "the groups", "the banking bodies" after "the group" found its firm: the same
        firm, the one that leads them (a plural noun of a kind of body, ``body_kin``)."""
        words = ref.text.split()
        if ref.kind != "organization" or len(words) < 2 or words[0].lower() != "the":
            return None
        noun = words[-1].lower()
        singular = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
        if not noun.endswith("s") or singular == noun:
            return None
        found = [
            who
            for at, said, who in self.by_noun
            if at < ref.start and same_body_noun(said, singular)
        ]
        if found:
            return found[-1]
        # ("Five banking groups led by the Norr Bankers Association …": the one leading them)
        led = [
            m
            for m in _LED_BY.finditer(self.text, 0, ref.start)
            if same_body_noun(m[1].lower()[:-1], singular) or m[1].lower() == noun
        ]
        if not led:
            return None
        leader = led[-1]
        named = [n for n in self.names if n.start == leader.start(2)]
        return named[0] if named else SpeakerRef(leader[2], *leader.span(2), "organization")

    def _pair_before(self, ref: SpeakerRef) -> SpeakerRef | None:
        """ "Justice Jo Park and Ola Berg said that …. “…?” they asked": two people named as
        one subject in this sentence or the one before speak through the first of them, as a
        titled group's members do."""
        if self.sentence_of is None:
            return None
        here = self.sentence_of(ref.start)
        people = sorted(
            (n for n in self.names + self.speakers if n.kind == "person" and n.end <= ref.start),
            key=lambda n: n.start,
        )
        pairs = [
            (a, b)
            for a, b in zip(people, people[1:], strict=False)
            if _PAIR_JOIN.fullmatch(self.text, a.end, b.start)
            and here - 1 <= self.sentence_of(a.start) <= here
        ]
        return self.resolve(pairs[-1][0]) if pairs else None

    def _after_holder_noun(self, name: SpeakerRef) -> bool:
        """A holder noun right before the name, or before its first word ("user Crypto
        Beast")."""
        before = self.text[max(0, name.start - 20) : name.start].split()[-2:]
        return any(w in cue_words("handle_holder_nouns") for w in before)

    def _court_named_before(self, ref: SpeakerRef) -> SpeakerRef | None:
        """ "the court found …" where the article names a court only inside a judge's title
        ("Norrland District Court Judge Ada Lind said"): the last court named before."""
        found = None
        for m in _COURT_NAME.finditer(self.text, 0, ref.start):
            words = (m.group(1) or "").split()
            while words and words[0].lower() in {"the", "this", "a", "that"}:
                words.pop(0)  # ("The Court declines …": no name)
            if words or m.group(2):
                found = m
        if found is None:
            return None
        name = re.sub(r"^(?:The|This|A|That)\s+", "", found.group(0))
        start = found.end() - len(name)
        return SpeakerRef(name, start, found.end(), "organization", organization=name)

    def _sole_person_before(self, ref: SpeakerRef) -> SpeakerRef | None:
        """ "he told CoinDesk" a dozen sentences after the only person the article has named
        ("Norrlayer co-founder Kevin Berg"): that person, however far; with two people named
        before (or the one of the wrong gender) no one."""
        people = [
            n
            for n in self.speakers + self.reliable
            if n.kind == "person" and not n.needs_antecedent and n.start < ref.start
        ]
        full = {n.text for n in people if " " in n.text.strip()}
        persons = {next((f for f in full if _last_word(f) == n.text), n.text) for n in people}
        if len(persons) != 1:
            return None
        found = max(people, key=lambda n: (" " in n.text.strip(), n.start))
        # (a person's name, a given name and a surname or a known gender: "Shiba Inu", a coin
        # the model calls a person, is no one's antecedent)
        gender = self._gender(found)
        named = gender is not None or _given_and_surname_text(found.text)
        return found if named and self._fits(found, ref) else None

    def _voice(self, ref: SpeakerRef) -> SpeakerRef | None:
        """ "the spokesperson told": whoever was given that title before, however far (a
        named spokesperson, or a firm that spoke through one); else the organisation the
        text is about speaks through them, as for "a spokesperson"."""
        noun = _last_word(ref.text).lower()
        titled = [
            c
            for c in self.speakers + self.names
            if c.start < ref.start
            and _last_word(c.role or "").lower() == noun
            and (not ref.organization or _same_org(ref.organization, c.organization or c.text))
        ]
        if titled:
            return max(titled, key=lambda c: c.start)
        if ref.organization:
            # "BounceBit's spokesperson told": the firm, through someone unnamed.
            org = ref.organization
            return SpeakerRef(org, ref.start, ref.end, "organization", noun, org)
        found = self._resolve(replace(ref, kind="organization"))
        if found is None or found.kind != "organization":
            return None
        return replace(found, role=noun, organization=found.organization or found.text)

    def _venue_before(self, ref: SpeakerRef) -> list[SpeakerRef]:
        lo = max(0, ref.start - MAX_ANTECEDENT)
        found = [
            (m.start(), m.group()) for m in _venue_names_re().finditer(self.text, lo, ref.start)
        ]
        if not found:
            return []
        at, name = found[-1]
        return [SpeakerRef(name, at, at + len(name), "organization", organization=name)]

    def _salient(self, found: SpeakerRef | None, ref: SpeakerRef) -> SpeakerRef | None:
        """ "it said", "the company added": when the nearest organisation is one the article
        writes only once (a court, a standard, a listing venue named in passing), the
        organisation it keeps writing about, named within reach before, is meant."""
        if found is None or found.kind != "organization" or ref.kind != "organization":
            return found
        if not self.text or times_named(found.text, self.text) > 1 or found.source_noun:
            return found  # ("trading firm QCP Capital … it wrote": introduced to speak)
        salient = [
            c
            for c in self.speakers + self.names
            if c.kind == "organization"
            and c.start < found.start
            and ref.start - c.start <= MAX_ANTECEDENT
            and times_named(c.text, self.text) >= _SALIENT_TIMES
            and self._fits(c, ref)
        ]
        return max(salient, key=lambda c: c.start) if salient else found

    def _same_sentence(self, ref: SpeakerRef, here: int) -> SpeakerRef | None:
        """ "While prices may wobble, Dorsch remains upbeat, he told …": a person named
        earlier in the pronoun's own sentence, the first such (most often its subject)."""
        assert self.sentence_of is not None
        cands = [
            c
            for c in self.speakers + self.reliable + self._possessors(ref)
            if c.start < ref.start
            and self.sentence_of(c.start) == here
            and self._introduced(c)
            and self._fits(c, ref)
        ]
        return min(cands, key=lambda c: c.start) if cands else None

    def _possessors(self, ref: SpeakerRef) -> list[SpeakerRef]:
        """Surnames of people named before, written as possessors in the text before ``ref``
        ("Despite Lummis’ reported pause, she …"), which the names leave out; none inside a
        quotation ("“… Back’s priorities …,” he concluded")."""
        people = {_last_word(n.text): n for n in self.names if n.kind == "person" and " " in n.text}
        found = []
        for m in _POSSESSOR.finditer(self.text, max(0, ref.start - 300), ref.start):
            full = people.get(m[1])
            before = self.text[: m.start()]
            quoted = before.count("“") > before.count("”") or before.count('"') % 2 == 1
            if full is not None and full.start < m.start() and not quoted:
                found.append(replace(full, start=m.start(1), end=m.end(1), text=m[1]))
        return found

    def _they(self, ref: SpeakerRef) -> SpeakerRef | None:
        """ "they wrote" with no speaker before: the firm or group named in this sentence or
        the two before, or a person introduced there by a title ("pseudonymous analyst
        Moonfox … they wrote")."""
        assert self.sentence_of is not None
        here = self.sentence_of(ref.start)
        cands = [
            c
            for c in self.speakers + self.names
            if c.start < ref.start
            and here - 2 <= self.sentence_of(c.start) <= here
            and (c.kind in {"organization", "group"} or (c.kind == "person" and c.role))
        ]
        return max(cands, key=lambda c: c.start) if cands else None

    def _introduced(self, cand: SpeakerRef) -> bool:
        """A person's full name, or a surname whose full name came before it."""
        if " " in cand.text.strip():
            return cand.kind == "person"
        return any(n.start < cand.start and n.kind == "person" for n in self._full_names_of(cand))

    def _named_next(self, ref: SpeakerRef, firm: str | None = None) -> SpeakerRef | None:
        """The first person named soon after an unnamed title, with the same title (and, if
        given, at ``firm``)."""
        title = _last_word(ref.role or "").lower()
        # (a case has one judge: "the judge … arguing" is the one named later, however far)
        reach = len(self.text) if _a_judge(ref.role) else MAX_CATAPHOR
        holders = [
            n
            for n in self.names + self.speakers
            if n.kind == "person"
            and ref.end <= n.start <= ref.end + reach
            and _last_word(n.role or "").lower() == title
            and " " in n.text.strip()
            and (firm is None or _at_named_firm(n, firm))
        ]
        return min(holders, key=lambda n: n.start) if holders else None

    def _resolve(self, ref: SpeakerRef) -> SpeakerRef | None:
        if ref.topical:
            return self._topic(ref)
        definite_noun = ref.text.lower() not in pronouns()
        if definite_noun:
            # "the report" after "a report by Norrfin": the author of that noun, however far.
            noun = _last_word(ref.text).lower()
            authored = [
                s
                for s in self.speakers + self.sourced
                if same_document(s.source_noun, noun) and s.start < ref.start
            ]
            # "… intelligence firm Tarnby … the firm said": the name that noun introduced.
            introduced = [
                n for n in self.names if same_body_noun(n.source_noun, noun) and n.start < ref.start
            ]
            authored += [n for n in introduced if ref.start - n.start <= MAX_ANTECEDENT]
            if (
                not authored
                and introduced
                and noun in cue_words("firm_nouns")
                and not self._written_just_before(introduced[-1].text, ref)
            ):
                # "According to Norrtel, … The company admits …": a firm that spoke just
                # before, over one the noun introduced far back and not written since
                authored = self._firm_just_spoke(ref)
            if not authored:
                # "… analytics platform Norrnode …" far before "the platform’s analysts": a
                # name the article keeps writing, the last such.
                authored = [n for n in introduced if self._times_named(n.text) >= 2][-1:]
            if not authored and noun in cue_words("written_nouns"):
                # "DDC’s annual report does not mention … “…,” the report said": the owner
                # of the last such thing written with a possessive.
                authored = self._owner_of_written(ref, noun)
            if not authored and noun in cue_words("written_nouns"):
                # "a proposal authored by Jo Park … the draft warns": any written thing.
                authored = [
                    n
                    for n in self.speakers + self.names
                    if n.source_noun in cue_words("written_nouns")
                    and 0 < ref.start - n.start <= MAX_ANTECEDENT
                ]
            if noun in _VENUE_NOUNS and not authored:
                # "the exchange wrote" after "Binance …": the trading venue written last.
                authored = self._venue_before(ref)
            if authored:
                author = max(authored, key=lambda s: s.start)
                named = {n.text for n in introduced if n in authored and n.kind == "organization"}
                spoke = [
                    s
                    for s in self.speakers
                    if s.start < ref.start and s.text in named and s.kind != "person"
                ]
                if len(named) > 1 and spoke:
                    # "asset manager Norr Chartered …, asset manager Vanlund …, according to
                    # Norr Chartered … “…,” according to the asset manager": of the names the
                    # noun introduced, the one that spoke last
                    return max(spoke, key=lambda s: s.start)
                if author.needs_antecedent and author.start < ref.start:
                    # "a release issued by the agency … the release reads": the agency's.
                    return self._resolve(replace(author, source_noun=None))
                return author
            if noun in cue_words("ruling_nouns"):
                judge = self._judge_before(ref)
                if judge is not None:
                    self.rulings.append((ref.start, judge))
                return judge
            if ref.authored_only:
                return None  # "the announcement noted", with nobody said to have made one
        return self._salient(self._nearest(ref, definite_noun), ref)

    def _spoke_and_named_again(self, ref: SpeakerRef) -> SpeakerRef | None:
        """The last one-word speaker of no known firm, before ``ref`` within
        ``MAX_ANTECEDENT``, whose name is written again in ``ref``'s sentence or the one
        before."""
        if self.sentence_of is None:
            return None
        here = self.sentence_of(ref.start)
        again = {
            n.text
            for n in self.names
            if n.start < ref.start and here - 1 <= self.sentence_of(n.start) <= here
        }
        spoke = [
            s
            for s in self.speakers
            if s.text in again
            and " " not in s.text
            and not s.needs_antecedent
            and not known_firm(s.text)
            and 0 < ref.start - s.start <= MAX_ANTECEDENT
            and self.sentence_of(s.start) < here - 1
        ]
        return spoke[-1] if spoke else None

    def _firm_just_spoke(self, ref: SpeakerRef) -> list[SpeakerRef]:
        """The named firm (no outlet, no public body) that spoke last within
        ``MAX_JUST_SPOKE`` characters before ``ref``, as a list of one, or none."""
        spoke = [
            s
            for s in self.speakers
            if s.kind == "organization"
            and not s.needs_antecedent
            and 0 < ref.start - s.start <= MAX_JUST_SPOKE
            and s.text.lower() not in _outlets()
            and not public_body_name(s.text)
        ]
        return spoke[-1:]

    def _written_just_before(self, name: str, ref: SpeakerRef) -> bool:
        """Whether ``name`` is written within ``MAX_JUST_SPOKE`` characters before ``ref``."""
        return self.text.rfind(name, max(0, ref.start - MAX_JUST_SPOKE), ref.start) >= 0

    def _times_named(self, name: str) -> int:
        """How often the article names ``name``, by its defined acronym too ("Digital
        Currency Group (DCG)": the acronym's uses count as the name's)."""
        if self._acronym_of is None:  # (found once, when first asked)
            self._acronym_of = {full: short for short, full in defined_acronyms(self.text).items()}
        short = self._acronym_of.get(name)
        return times_named(name, self.text) + (times_named(short, self.text) if short else 0)

    def _owner_of_written(self, ref: SpeakerRef, noun: str) -> list[SpeakerRef]:
        """The name whose possessive came last before ``ref`` on a written ``noun`` ("DDC’s
        annual report"), as one of the names found (the longest that starts with it)."""
        back = max(0, ref.start - MAX_ANTECEDENT)
        owners = list(_possessed_writing(noun).finditer(self.text, back, ref.start))
        if not owners:
            return []
        words = owners[-1][1].split()
        for k in range(len(words)):  # ("Although DDC’s annual report": DDC)
            owner = " ".join(words[k:])
            named = [
                n
                for n in self.speakers + self.names
                if not n.needs_antecedent
                and n.kind == "organization"
                and (n.text == owner or n.text.startswith(owner + " "))
            ]
            if named:
                return [max(named, key=lambda n: len(n.text))]
        return []

    def _topic(self, ref: SpeakerRef) -> SpeakerRef | None:
        """The organisation the article names most often (twice or more), outlets apart:
        the author of a document no one is said to have made ("according to an
        announcement")."""
        counts: dict[str, tuple[int, SpeakerRef]] = {}
        for c in self.speakers + self.names:
            if c.kind != "organization" or c.text.lower() in _outlets() or c.needs_antecedent:
                continue
            if c.text not in counts:
                counts[c.text] = (times_named(c.text, self.text), c)
        ranked = sorted(counts.values(), key=lambda tc: (-tc[0], tc[1].start))
        if not ranked or ranked[0][0] < 2:
            return None
        if len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
            return None  # two firms named as often: no one the article is about
        return ranked[0][1]

    def _judge_before(self, ref: SpeakerRef) -> SpeakerRef | None:
        """ "The ruling stated": the judge named last before it, within reach."""
        judges = [
            s
            for s in self.speakers + self.names
            if s.kind == "person"
            and 0 < ref.start - s.start <= MAX_ANTECEDENT
            and _title_words(s.role or "") & cue_words("judge_titles")
        ]
        return max(judges, key=lambda s: s.start) if judges else None

    def _nearest(self, ref: SpeakerRef, definite_noun: bool) -> SpeakerRef | None:
        found = None
        if ref.organization:
            # "the Ripple chief" → the speaker who works at Ripple, over anyone named since.
            same = [
                s
                for s in self.speakers
                if s.start < ref.start <= s.start + MAX_ANTECEDENT
                and s.organization
                and self._fits(s, ref)  # which, with both organisations given, compares them
                and not (_job_title(ref) and _other_title(s, ref))  # (not its president)
            ]
            found = same[-1] if same else None
        if found is None and ref.organization and is_company_title(ref.role or ""):
            # "the Norrple CEO" → the person named with that title before ("chief executive
            # Karl Berg"), over anyone named since without it.
            titled_before = [
                c
                for c in self.speakers + self.names
                if c.kind == "person"
                and c.start < ref.start
                and c.role
                and not _other_title(c, ref)
                and self._fits(c, ref)
            ]
            # (however far back, the one introduced with that title at that firm: a firm has
            # one CEO)
            org = ref.organization
            titled = [c for c in titled_before if ref.start - c.start <= MAX_ANTECEDENT] or [
                c for c in titled_before if self._at_firm(c, org)
            ]
            found = max(titled, key=lambda c: c.start) if titled else None
            if found is None:
                # "Former Norrex CEO Kay Lind … The Norrex founder believes": the one person
                # named at that firm, under another of its titles, when one of the two is a
                # founder's (a founder often runs the firm; its president is not its CEO).
                at_firm = [
                    c
                    for c in self.speakers + self.names
                    if c.kind == "person"
                    and c.role
                    and 0 < ref.start - c.start <= MAX_ANTECEDENT
                    and c.organization
                    and _same_org(c.organization, org)
                    and "founder" in f"{c.role} {ref.role}".lower()
                    and self._fits(c, ref)
                ]
                if len({_last_word(c.text) for c in at_firm}) == 1:
                    found = at_firm[-1]
        if found is None:
            found = self._latest(self.speakers, ref, MAX_ANTECEDENT)
        if found is None and definite_noun:
            found = self._latest(self.names, ref, MAX_ANTECEDENT)  # "the exchange" → Harborex
        if found is None and ref.text.lower() == "they" and self.sentence_of is not None:
            return self._they(ref)
        if not definite_noun and ref.kind == "person" and self.sentence_of is not None:
            # "he"/"she" most often takes up the speaker of the sentence before ("Okafor
            # highlights …, noting that Lindahl is … She notes …"); a sentence that is only a
            # stray mark does not count.
            here = self.sentence_of(ref.start)
            earlier = self._same_sentence(ref, here)
            if earlier is not None:
                return earlier
            for back in (1, 2):
                before = [
                    c
                    for c in self.speakers
                    if self.sentence_of(c.start) == here - back and self._fits(c, ref)
                ]
                # "X warned … what investor Y calls the “…”. He advised …": X, not Y.
                before = [c for c in before if not c.naming] or before
                # "The executive said … He explained:": a titled noun resolved before.
                titled = [
                    who
                    for at, who in self.chain
                    if self.sentence_of(at) == here - back and self._fits(who, ref)
                ]
                if titled and (not before or self.chain[-1][0] > before[-1].start):
                    return titled[-1]
                if before:
                    return before[-1]
                # "Ram Subra, a contributor at Norrledger, disagreed. He explained: …": the
                # person named in the sentence before, who speaks by no cue there.
                named = [
                    n
                    for n in self.reliable
                    if back == 1
                    and n.kind == "person"
                    and self.sentence_of(n.start) == here - back
                    and self._fits(n, ref)
                ]
                if named:
                    return named[-1]
        if not definite_noun:
            # A pronoun takes the nearest fitting name, speaker or not.
            name = self._latest(self.reliable, ref, MAX_ANTECEDENT)
            if name is not None and (found is None or name.start > found.start):
                found = name
            if found is None and ref.kind == "person":
                # The model may call a one-word name an organisation ("Corbin explained …
                # “…,” he said"): a speaker just before still wins over no one.
                # (never a group: "miners and funds added …" is no "he")
                loose = SpeakerRef(ref.text, ref.start, ref.end, None, needs_antecedent=True)
                singles = [s for s in self.speakers if s.kind != "group"]
                found = self._latest(singles, loose, MAX_CARRY // 2)
            if found is None and ref.kind == "person":
                # "X analytics account Norr32 argued … For Norr32, the outlook is bright. “…,”
                # he told followers": a one-word speaker the model calls a firm, named again
                # in the pronoun's sentence or the one before.
                found = self._spoke_and_named_again(ref)
        elif (
            found is None
            and ref.kind == "person"
            and is_role_word(_last_word(ref.text))
            and not _job_title(ref)  # ("the judge" is no firm's handle)
        ):
            # "Shaco AI highlighted … The analyst noted": a handle the model calls a firm,
            # taken up by a person's title, is that person (nearby, with no one else to take).
            loose = replace(ref, kind=None)
            found = self._latest(
                [s for s in self.speakers if not known_firm(s.text)],
                loose,
                MAX_CARRY // 2,
            )
            if found is not None and found.kind == "organization":
                title = _last_word(ref.text).lower()
                found = replace(found, kind="person", role=found.role or title, organization=None)
        return found


#: Pronouns by which an article's writer speaks in narration.
_FIRST_PERSON = frozenset({"i"})


#: Nouns that stand for a trading venue ("the exchange said").
_VENUE_NOUNS = frozenset({"exchange"})


@lru_cache(maxsize=1)
def _venue_names_re() -> re.Pattern[str]:
    """Every trading venue's name as written (``venues.json``), as whole words."""
    names = sorted(
        (n for names in load_json("venues.json")["venues"].values() for n in names),
        key=len,
        reverse=True,
    )
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])")


def _governs(cue: Cue, span: QuoteSpan, gap: int, text: str) -> bool:
    """A partial quote belongs to a cue whose clause holds it, or that sits right beside it."""
    if _holds(cue, span):
        return True  # ("according to X" speaks for its whole sentence)
    between = text[span.end : cue.start] if cue.start >= span.end else text[cue.end : span.start]
    if cue.start >= span.end and _AS_SOURCE.match(between) and len(_words(between)) <= 8:
        return True  # "“an attractive asset,” as Arca CIO Jo Park stated"
    if cue.start >= span.end and _closes_its_sentence(cue, between, text):
        return True  # "… is “raising red flags,” and there are rules to follow, he said."
    if _that_clause(cue, span, text):
        return True
    if cue.end <= span.start and _AS_OPENER.search(text[max(0, cue.start - 40) : cue.start]):
        # "As reported by Norrquant, miners are “…”": the source named in the clause opening
        # the sentence (not "As noted earlier, miners …": no source, and the miners are not it)
        comma = text.find(",", cue.end, span.start)
        named = cue.speaker is not None and cue.end <= cue.speaker.start < comma
        # (not when the sentence reports its own source: "As reported by X, the lawsuit
        # states that …")
        own_verb = any(is_speech_verb_form(w) for w in _words(text[comma : span.start]))
        return (
            named
            and not own_verb
            and not _SENTENCE_BREAK.search(between)
            and len(_words(between)) <= 20
        )
    if cue.start >= span.end and _NAMED_THING.fullmatch(between):
        return False  # "rejected this “foregone growth” theory, stating": a thing's name
    return len(_words(between)) <= 4 and gap <= 60


#: Between a partial quote and a participle cue after it: the noun the quoted words name
#: (" theory, ").
_NAMED_THING = re.compile(r"\s+[a-z]+,\s*")


def _that_clause(cue: Cue, span: QuoteSpan, text: str) -> bool:
    """ "led Norrlabs to concede in a blog post that it “was flattering.”": the verb's "that"
    clause holds the quotation, however the parser hung the clause."""
    return cue.end <= span.start and _THAT_CLAUSE.match(text[cue.end : span.start]) is not None


def _closes_its_sentence(cue: Cue, between: str, text: str) -> bool:
    """A reporting clause set off by a comma at the end of the quote's own sentence (", he
    said."): it speaks for every quotation of that sentence."""
    comma = text.rfind(",", 0, cue.start)  # (the clause's comma is the last one before the verb)
    if _SENTENCE_BREAK.search(between) or comma < 0 or not _TAIL_CUE.match(text, comma, cue.start):
        return False
    return bool(re.match(r"[ \t]*[.;!?]", text[cue.end : cue.end + 3]))


#: Between a verb and the quote its "that" clause holds: a few words, "that", the subject.
_THAT_CLAUSE = re.compile(r"^(?:\s+[\w’'-]+){0,7}?\s+that\s+(?:[\w’'-]+\s+){1,4}$")
_SENTENCE_BREAK = re.compile(r"[.!?][”\"’]?\s+[A-Z“\"]")
#: ", he said", ", the analyst wrote": a comma, then at most three words before the verb.
_TAIL_CUE = re.compile(r",\s+(?:[\w’'.-]+\s+){1,3}$")
#: "As " (perhaps "As first ") opening a sentence right before its reporting verb.
_AS_OPENER = re.compile(r"(?:^|[.!?;]\s+|\n)\s*As\s+(?:[a-z]+\s+)?$")
#: ", as <the source> …" between a quotation and its verb.
_AS_SOURCE = re.compile(r"^[\s,]*as\s+(?!(?:well|much|long|soon|far|if|though)\b)", re.IGNORECASE)


def _holds(cue: Cue, span: QuoteSpan) -> bool:
    """Whether the cue's clause holds the quotation (the parser may leave the closing mark
    and full stop out of the verb's subtree)."""
    return cue.scope == (0, 0) or (cue.scope[0] <= span.start and span.end - 1 <= cue.scope[1] + 2)


def _beside(cue: Cue, span: QuoteSpan, gap: int, text: str) -> bool:
    """A cue right beside its quotation: only a name or pronoun between ("…,” she asked), or
    a titled name ("…,” crypto analyst and trader Mika van der Berg continued)."""
    if cue.start >= span.end:
        if len(_words(text[span.end : cue.start])) <= 3 and gap <= 40:
            return True
        who = cue.speaker
        if who is None or who.needs_antecedent or not span.end <= who.start < who.end <= cue.start:
            return False
        title = text[span.end : who.start] + text[who.end : cue.start]
        return len(_words(title)) <= MAX_TITLE_WORDS and gap <= 80
    return not _words(text[cue.end : span.start]) and gap <= 10


def _reports_its_own(cue: Cue, text: str, carried: bool = False) -> bool:
    """A source (an outlet, a firm) after a quote that goes on to report a clause of its own
    outside quotation marks ("“…” Harbor TV reported that the bank will …"), so it does not
    attribute the quote before it. A person's "He added that …" often goes on from the quote
    and keeps it; a person named in full there is a new source when ``carried`` (the quote
    goes on from an earlier speaker's: "“…,” the firm admitted. “…” Its CEO Ola Brand said
    on Monday that …")."""
    if cue.clause_start is None or cue.clause_start < cue.end:
        return False
    who = cue.speaker
    if who is None:
        return False
    fresh_person = carried and who.kind == "person" and not who.needs_antecedent
    if who.kind != "organization" and not (fresh_person and " " in who.text.strip()):
        return False
    return text[cue.clause_start : cue.clause_start + 1] not in '“"‘'


#: A cue's verb that opens the quotation right after it: ", “", ": “".
_OPENS_QUOTE = re.compile(r"[ \t]*[,:]?[ \t]*[“\"]")


#: A title set off by commas between a name and its verb (", an analyst at Norrfin, ").
_SET_OFF_TITLE = re.compile(r"\s*,[^,.;:!?“”\"]{2,120},\s*")


def _next_ones_own(span: QuoteSpan, cue: Cue, text: str) -> bool:
    """A cue of the sentence after a closed quotation that reports that sentence's own
    clause: more than four words into it ("Others complained about …, Brun noted"), or with
    no one named ("Others complained"); only a name and verb opening it ("“…” Ola Berg
    said") attribute the quotation before it."""
    between = text[span.end : cue.start]
    who = cue.speaker
    if (
        who is not None
        and span.end <= who.start < cue.start
        and not text[span.end : who.start].strip()
        and _SET_OFF_TITLE.fullmatch(text, who.end, cue.start)
    ):
        return False  # "“…?” Jo Park, an analyst at Norrfin, told Reuters": name, title, verb
    new_sentence = between.lstrip()[:1].isupper() or (not between.strip() and cue.text.istitle())
    # "“…” Citing a White House official, CNN reported that …": a participle opening the
    # sentence, its speaker the subject after it, brings a source for what follows.
    fronted = (
        cue.text.istitle()
        and cue.text.endswith("ing")
        and cue.speaker is not None
        and cue.speaker.start > cue.end
    )
    return new_sentence and (len(_words(between)) > 4 or cue.speaker is None or fronted)


def _introduces_next(cue: Cue, span: QuoteSpan, text: str) -> bool:
    """A cue in a later sentence whose verb opens a quotation of its own ("“…” Meanwhile, Ola
    Berg said, “…”"): it is that quotation's, not the one before its sentence."""
    return bool(_SENTENCE_BREAK.search(text[span.end - 2 : cue.start])) and bool(
        _OPENS_QUOTE.match(text, cue.end)
    )


def _nearest_cue(
    cues: list[Cue],
    frame: _Frame,
    span: QuoteSpan,
    text: str,
    partial: bool,
    carried: bool = False,
) -> Cue | None:
    best: tuple[int, Cue] | None = None
    for cue in cues:
        if not (frame.start <= cue.start < frame.end):
            continue
        if span.start <= cue.start < span.end:
            continue
        gap = span.start - cue.end if cue.end <= span.start else cue.start - span.end
        if gap > MAX_CUE_GAP and not (
            gap <= MAX_HELD_GAP
            and cue.scope != (0, 0)
            and _holds(cue, span)
            and not _short_term(text, span)
        ):
            continue  # (farther, a quotation inside the verb's own clause: "They “…” and …
            # were “…,” the suit alleges"; not a term: "… define an “investment contract.”")
        if partial and not _governs(cue, span, gap, text):
            continue
        if cue.adjacent_only and (cue.speaker is None or not _beside(cue, span, gap, text)):
            continue  # "the “bull run” ended": a weak cue needs a speaker beside the quote
        closed_partial = partial and _closes_sentence(span)
        if (
            cue.start >= span.end
            and (not partial or closed_partial)
            and _reports_its_own(cue, text, carried or closed_partial)
        ):
            # "“…” Harbor TV reported that the bank …": a new source, a new claim (also after
            # a partial quote ending its sentence: "… to “hope for the best.” Meanwhile,
            # Norrchain revealed that …")
            continue
        if cue.start >= span.end and _closes_sentence(span) and _next_ones_own(span, cue, text):
            continue  # "“…” Others complained about …, Brun noted.": that sentence's own cue
        # Prefer cues with a speaker; for a partial quote, a verb whose clause holds it over
        # one only beside it ("X noted that it looks “set for a breakout,” as it continues");
        # then the nearest.
        # (A subject that names no one, "others called it a “…”", is an answer too.)
        named = cue.speaker is not None or (cue.unnamed and _holds(cue, span))
        key = gap + (0 if named else 10_000)
        if partial and not (_holds(cue, span) or _that_clause(cue, span, text)):
            key += 5_000
        if cue.start >= span.end and _introduces_next(cue, span, text):
            key += 5_000  # "“…” Meanwhile, Ola Berg said, “…”": Berg's cue opens his own quote
        if _as_they_put_it(cue, span, text):
            key = -1  # "the lawsuit isn’t a “…,” as Norrbase called it": Norrbase's words
        if best is None or key < best[0]:
            best = (key, cue)
    return best[1] if best else None


def _as_they_put_it(cue: Cue, span: QuoteSpan, text: str) -> bool:
    """ "a “land grab,” as Norrbase called it": the speaker of "as X called/put it" right
    after a quotation owns its words, whatever verb holds the sentence."""
    who = cue.speaker
    if who is None or not span.end <= who.start < cue.start:
        return False
    return bool(_AS_SPEAKER.fullmatch(text[span.end : who.start])) and bool(
        _IT_AFTER.match(text, cue.end)
    )


_AS_SPEAKER = re.compile(r"[\s,]*as\s+")
_IT_AFTER = re.compile(r"\s+(?:it|them)\b")


def _inner_reporter(cues: list[Cue], chosen: Cue, span: QuoteSpan) -> Cue | None:
    """ "X warned that coins had “…,” posing a threat, Norrwire reported": a partial quote
    in the clause a named source's verb before it reports, inside the sentence a cue after
    it reports, is that inner source's words."""
    if chosen.start < span.end or chosen.speaker is None or chosen.speaker.needs_antecedent:
        return None  # ("…,” the filing reads": a document quotes others' words as they stand)
    for cue in cues:
        if cue.end > span.start or cue.speaker is None or cue.clause_start is None:
            continue
        inner = chosen.scope[0] <= cue.scope[0] and cue.scope[1] < chosen.scope[1]
        if inner and cue.clause_start <= span.start and _holds(cue, span):
            return cue
    return None


def _reporter_of_clause(
    cues: list[Cue], cue: Cue, span: QuoteSpan, text: str, partial: bool
) -> Cue | None:
    """ "Under Trump, the US government has recognized stablecoins as a “way to …,” Norrfin’s
    CTO, Kay Lind, told …": a partial quote whose cue has a body or firm for its subject, in
    a clause that a person's cue right after the quotation reports, is that person's words;
    so is any quote in such a clause a person's cue before it reports with "that" ("Isa added
    that the company believes that “…”")."""
    if cue.start >= span.end:
        return None
    inner = cue.speaker
    # (a firm named or written as a noun, "the company believes"; not "it")
    body = inner is not None and inner.kind == "organization" and inner.text.lower() != "it"
    # "Lian said …, adding that the FSC’s tone also suggested “regulatory openness”",
    # "Stauber said that some jurisdictions may say licences were “wrongly assessed”": a
    # person's cue before whose reported clause holds the body's (or no one's) cue and the
    # quotation.
    before = [
        o
        for o in cues
        if (body or (inner is None and cue.unnamed))
        and o.end <= cue.start
        and o.speaker is not None
        and o.speaker.kind in {"person", None}
        and o.clause_start is not None
        and o.clause_start <= cue.start
        and o.scope[0] <= span.start < o.scope[1]
    ]
    if before:
        return before[-1]
    if inner is None or inner.kind == "person" or not partial:
        return None
    for outer in cues:
        if outer.start < span.end or outer.speaker is None or outer.speaker.kind != "person":
            continue
        if outer.speaker.needs_antecedent or not text[: span.end].rstrip('”" ').endswith(","):
            return None
        inside = outer.scope[0] <= cue.start < outer.scope[1]
        # (the reporter named, with a title, between the quotation and the verb)
        beside = span.end <= outer.speaker.start and outer.start - span.end <= 100
        return outer if inside and beside else None
    return None


def _teaser_label_word(ent: Span) -> bool:
    """ "Reading" in "Related Reading:": a word of a teaser's label."""
    text = text_of(ent.doc)
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    label = text[max(line_start, ent.start_char - 30) : ent.end_char + 1].lstrip()
    return any(label.endswith(lab) for lab in teaser_labels())


def _outlets_show(ent: Span) -> bool:
    """ "CNBC’s Squawk Box": a name after a news outlet's possessive whose first word is no
    given name is the outlet's programme ("CNBC’s Dan Murphy" is a person)."""
    doc = ent.doc
    k = ent.start
    if k < 2 or doc[k - 1].text not in {"’s", "'s"} or ent[0].lower_ in given_names():
        return False
    return doc[k - 2].text.lower() in _outlets()


def _topic_possessor(mark: Token) -> bool:
    """ "Vidal’s best trade was …": a possessive on its clause's subject makes the person the
    topic that a following "she said" takes up."""
    owned = mark.head
    return (
        mark.dep_ == "case" and owned.dep_ == "poss" and owned.head.dep_ in {"nsubj", "nsubjpass"}
    )


def _own_channel(name: Token) -> bool:
    """ "In a statement published on Merkley’s website, he said": a name whose possessive is
    on a channel only its owner writes in (``own_channel_nouns``; not "on Kessler’s podcast",
    where a guest speaks) is who the pronoun after it stands for; ``name`` is its last word."""
    return name.dep_ == "poss" and name.head.lower_ in cue_words("own_channel_nouns")


#: Possessive pronouns only a person takes.
_PERSONAL_POSSESSIVES = frozenset({"his", "her"})


def _owns_his_or_her(ent: Span) -> bool:
    """ "Kiyosaki started his post": a one-word name whose own verb's object is "his" or
    "her" something is a person's, whatever the model's label."""
    root = ent.root
    if len(ent) != 1 or root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = root.head
    objects = [c for c in verb.children if c.dep_ in {"dobj", "attr", "dative"}]
    objects += [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    return any(
        p.dep_ == "poss" and p.lower_ in _PERSONAL_POSSESSIVES for o in objects for p in o.children
    )


def _common_word_name(doc: Doc, ref: SpeakerRef) -> bool:
    """A one-word "name" that is a common word capitalised only where a sentence or heading
    starts ("Others said", "Research shows"): the article writes it in lower case too, and
    never capitalised inside a sentence (as "Strategy" or "Block" are, being firms)."""
    word = ref.text.strip()
    if " " in word or not word[:1].isupper() or word.isupper() or ref.kind == "person":
        return False
    if word.lower() not in lowercase_words(doc):
        return False
    return not any(
        t.text == word and not t.is_sent_start and doc[t.i - 1].text not in _OPENING_PUNCT
        for t in doc[1:]
    )


#: Marks after which a capitalised word may just open a clause or heading.
_OPENING_PUNCT = frozenset({":", "“", '"', "‘", "(", "—", "–", "-", "\n"})


#: Pronouns for a person or a thing: the first after a name says which it is.
_PERSONAL = frozenset({"he", "she", "him", "her", "his", "hers", "it", "its"})


def _called_it(tok: Token) -> bool:
    """ "Norrbet stipulated that it would pay its own costs": a one-word name, subject of its
    sentence and no given name, that the first personal pronoun after it there calls "it"
    names a firm, whatever the model calls it."""
    if tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or tok.lower_ in given_names():
        return False
    if name_tokens(tok) != (tok.i, tok.i + 1):
        return False
    after = tok.doc[tok.i + 1 : tok.sent.end]
    pronoun = next((t for t in after if t.lower_ in _PERSONAL), None)
    return pronoun is not None and pronoun.lower_ in _IT


def _taken_up_by_it(doc: Doc, inside: set[int]) -> list[SpeakerRef]:
    """The firms :func:`_called_it` finds where the model found no name."""
    return [
        SpeakerRef(tok.text, tok.idx, tok.idx + len(tok.text), "organization")
        for tok in doc
        if not tok.ent_type_ and tok.i not in inside and _called_it(tok)
    ]


#: Pronouns only a person takes.
_HE_OR_SHE = _PERSONAL - _IT


def _called_he_or_she(tok: Token) -> bool:
    """ "NorrchartsUK’s weekly video opens with a warning he repeats": a one-word name, subject
    of its sentence's main verb or the possessor of that subject, that the first personal
    pronoun after it there calls "he" or "she" (no other name between) is a person's, whatever
    the model calls it. (Not "Norrfin’s CEO said he …": the pronoun is the title-holder's.)"""
    if tok.pos_ != "PROPN" or tok.dep_ not in {"nsubj", "poss"}:
        return False
    if name_tokens(tok) != (tok.i, tok.i + 1) or in_teaser(tok):
        return False
    doc = tok.doc
    subject = tok
    if tok.dep_ == "poss":
        subject = tok.head
        if tok.i + 1 >= len(doc) or not _topic_possessor(doc[tok.i + 1]):
            return False
        if is_role_word(subject.lower_) or persons_title(subject.lower_):
            return False
    if subject.dep_ != "nsubj" or subject.head != tok.sent.root:
        return False  # ("OxChain cautions that Norrgy is …; he said": Norrgy is spoken of)
    for t in doc[tok.i + 1 : tok.sent.end]:
        if t.pos_ == "PROPN" or is_role_word(t.lower_):
            return False
        if t.lower_ in _PERSONAL:
            return t.lower_ in _HE_OR_SHE
    return False


def taken_up_by_he_or_she(doc: Doc, inside: set[int]) -> list[SpeakerRef]:
    """The people :func:`_called_he_or_she` finds where the model found no person. (Found
    once per doc: the people and the resolver ask.)"""
    return _once_per_doc(doc, "nm_taken_up_by_he_or_she", inside, _taken_up_by_he_or_she)


def _taken_up_by_he_or_she(doc: Doc) -> list[tuple[int, SpeakerRef]]:
    return [
        (tok.i, SpeakerRef(tok.text, tok.idx, tok.idx + len(tok.text), "person",
                           called_he_or_she=True))
        for tok in doc
        if tok.ent_type_ not in {"PERSON", "ORG"} and _called_he_or_she(tok)
    ]  # fmt: skip


def _once_per_doc(
    doc: Doc, key: str, inside: set[int], find: Callable[[Doc], list[tuple[int, SpeakerRef]]]
) -> list[SpeakerRef]:
    """The names ``find`` gives ``doc`` (each with its first token), found once and kept in
    ``doc.user_data[key]`` (released with the article's caches), none whose first token is in
    ``inside``."""
    cached: list[tuple[int, SpeakerRef]] | None = doc.user_data.get(key)
    if cached is None:
        cached = find(doc)
        doc.user_data[key] = cached
    return [ref for i, ref in cached if i not in inside]


def _person_mentions(doc: Doc, inside: set[int]) -> list[SpeakerRef]:
    refs = []
    assets = asset_spans(doc, companies=False, issuers=False)
    # "Kestrel, a payments provider": a firm, whatever the model calls its name.
    appositives = appositive_firms(text_of(doc))
    firms = {name for _, name in appositives}
    for ent in doc.ents:
        if overlaps(ent.start_char, ent.end_char, assets):
            continue
        possessive = ent.end < len(doc) and doc[ent.end].text in {"'s", "’s", "'", "’"}
        if possessive and not (_topic_possessor(doc[ent.end]) or _own_channel(ent.root)):
            continue  # "on Nate Kessler’s podcast": not who speaks next
        if (
            ent.root.dep_ == "compound"
            and ent.root.head.text.islower()
            and ent.root.head.pos_ != "VERB"  # ("data from Norrnode supports": a misparse)
        ):
            continue  # "WiFi hotspot networks", "the Kett administration": a modifier
        if in_teaser(ent[0]) or _teaser_label_word(ent):
            continue  # "Related Reading: …, Says Analyst": a headline names no antecedent
        if ent.label_ == "PERSON" and _outlets_show(ent):
            continue  # "an interview with CNBC’s Squawk Box": a programme, no one who speaks
        if ent.label_ in {"PERSON", "ORG"} and not any(t.i in inside for t in ent):
            span = trim_entity(ent)
            person = (ent.label_ == "PERSON" or _owns_his_or_her(ent)) and not (
                before_a_titled_name(doc, ent.end)  # ("Rich Dad Poor Dad author Robert K.")
            )
            if span is not None and given_and_surname(doc, span.start, span.end):
                person = True  # "Lena Holt", which the model may call an organisation
            if span is not None and len(span) == 1 and span.text in person_surnames(doc):
                # "Council" after "Eric Council Jr.": a word that would end a body's name
                person = person or span[0].lower_ in org_words()
            if possessive and len(ent) == 1 and ent.start > 0:
                # ("on Merkley’s website" after "Senator Jeff Merkley")
                person = person or surname_of_a_full_name(ent[0], doc[ent.start - 1])
            kind = "person" if person else "organization"
            if span is not None and len(span) == 1 and (cut := glued_name_at(span[0])):
                # "Source: CourtfilesNorrbet stipulated": the name after the caption's credit
                refs.append(SpeakerRef(span.text[cut:], span.start_char + cut, span.end_char, kind))
            elif span is not None:
                # (and "Celsius Network", "Norr Labs": a firm's name, however tagged)
                firm = (
                    span.text in firms
                    or is_body_name(span.text)
                    or employer_of_title(span)
                    or person_named_firm(span.text)
                )
                kind = "organization" if firm or (len(span) == 1 and _called_it(span[0])) else kind
                if kind == "organization" and _a_persons_appositive(ent.root):
                    kind = "person"  # "NORRQ, an observer and researcher,": a pseudonym
                role: str | None = None
                org: str | None = None
                if kind == "person" and len(span) >= 2 and _appositive_comma(span):
                    # "… the trial of Bram Kory, the former CEO of crypto firm Norrmoon": the
                    # title set off after a full name, for "the former Norrmoon CEO" later.
                    found = speaker_from_tokens(doc, span.start, span.end)
                    if found.kind == "person":
                        role, org = found.role, found.organization
                refs.append(SpeakerRef(span.text, span.start_char, span.end_char, kind, role, org))
    # A handle the text gives a person's role is a person's, whatever the model's label
    # ("The trader behind the call is NorrTrades", tagged an organisation).
    handles = {(h.start, h.end): h for h in handle_mentions(doc, inside)}
    refs = [handles.pop((r.start, r.end), r) for r in refs]
    refs.extend(handles.values())
    taken = {(r.start, r.end) for r in refs}
    # "Tether reported record profits. … the company said": an issuer named like its coin.
    text = text_of(doc)
    quoted = {doc[i].idx for i in inside}
    for a in getattr(doc._, "nm_assets", None) or []:
        name = text[a.start : a.end]
        if speaking_issuer(name) and (a.start, a.end) not in taken and a.start not in quoted:
            refs.append(SpeakerRef(name, a.start, a.end, "organization"))
    introduced = {(r.start, r.end): r for r in introduced_by_noun(doc, inside)}
    for written in _authored(doc, inside):
        introduced.setdefault((written.start, written.end), written)
    refs = [introduced.pop((r.start, r.end), r) for r in refs] + list(introduced.values())
    titled = [t for t in _titled_names(doc, inside) if not overlaps(t.start, t.end, assets)]
    # A name after a title overrides what the model made of the same words.
    spans = [(t.start, t.end) for t in titled]
    # (keeping what a source noun said of the words: "a proposal authored by co-founder X")
    authored = {(r.start, r.end): r.source_noun for r in refs if r.source_noun}
    titled = [replace(t, source_noun=authored.get((t.start, t.end), t.source_noun)) for t in titled]
    refs = [r for r in refs if not overlaps(r.start, r.end, spans)] + titled
    # Names the model found no entity in, each kept where no earlier name stands: surnames,
    # one-word firms a sentence calls "it", and firms an appositive names ("…, a US-based
    # adviser firm, Two Norrime, has …").
    unlabelled = [
        _surname_mentions(doc, inside),
        _taken_up_by_it(doc, inside),
        taken_up_by_he_or_she(doc, inside),
        [
            SpeakerRef(name, at, at + len(name), "organization")
            for at, name in appositives
            if at not in quoted
        ],
        [r for r in _bodies_with_acronyms(text) if r.start not in quoted],
    ]
    for extra in unlabelled:
        named = [(r.start, r.end) for r in refs] + assets
        refs += [r for r in extra if not overlaps(r.start, r.end, named)]
    # ("the Sharpe Ratio has stayed low … the analyst explains": a chart's measure, no one)
    refs = [r for r in refs if not an_indicator(r.text)]
    return sorted(refs, key=lambda r: r.start)


def _bodies_with_acronyms(text: str) -> list[SpeakerRef]:
    """ "The United Kingdom’s Financial Conduct Authority (FCA)": a body's name that defines
    an acronym, a firm however the model tagged the words (here a place)."""
    refs = []
    for short, full in defined_acronyms(text).items():
        if not is_body_name(full):
            continue
        found = re.search(re.escape(full) + r"\s*\(\s*" + re.escape(short) + r"\s*\)", text)
        if found is not None:
            refs.append(SpeakerRef(full, found.start(), found.start() + len(full), "organization"))
    return refs


def _a_persons_appositive(root: Token) -> bool:
    """ "NORRQ, a researcher,": a title only a person holds, in apposition to a name."""
    return any(
        persons_title(word.lower_)
        for c in root.children
        if c.dep_ == "appos" and c.i > root.i
        for word in [c, *(k for k in c.children if k.dep_ == "conj")]
    )  # ("an observer and researcher": the title's conjunct too)


def _appositive_comma(span: Span) -> bool:
    """A comma right after a name, then "the" or "a" (a title set off after it)."""
    doc = span.doc
    return (
        span.end + 1 < len(doc)
        and doc[span.end].text == ","
        and (doc[span.end + 1].lower_ in {"the", "a", "an"})
    )


def _surname_mentions(doc: Doc, inside: set[int]) -> list[SpeakerRef]:
    """ "Dorsch remains upbeat": the surname of a person the article names in full, where
    the model tagged nothing."""
    surnames = person_surnames(doc)
    found = []
    for tok in doc:
        if tok.text not in surnames or tok.i in inside:
            continue  # (whatever the model's label: it may call a surname a place)
        if tok.lower_ in pronouns() and not surname_pronoun(tok):
            continue  # "He told reporters" after "Kevin He": the pronoun, resolved as one
        if tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_:
            continue  # "the Trump-Musk talks": a compound modifier, no mention of one person
        if is_role_word(tok.lower_) or in_teaser(tok):
            continue  # "Veteran Trader Says …": a headline's title, no surname
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        possessive = nxt is not None and nxt.text in {"'s", "’s", "'", "’"}
        if nxt is not None and possessive and not (_topic_possessor(nxt) or _own_channel(tok)):
            continue
        found.append(SpeakerRef(tok.text, tok.idx, tok.idx + len(tok.text), "person"))
    return found


def _capital_office(tok: Token) -> bool:
    """ "President Kett’s plan", "Senator Holt": a public office capitalised as a title
    before a name (one word of the public-offices table, not a plural)."""
    word = tok.lower_
    return (
        tok.text[:1].isupper()
        and tok.text[1:].islower()
        and not word.endswith("s")
        and word in cue_words("public_offices")
    )


def _titled_names(doc: Doc, inside: set[int]) -> list[SpeakerRef]:
    """ "co-founder Yana Siu", "trader and analyst Bram": a capitalised name right after a
    singular job title is a person, whatever label (if any) the model gave it."""
    found: list[SpeakerRef] = []
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        # (A title may open the sentence: "Investor Trade Kappa is not buying it.")
        if not (singular_title(tok, opening=True) or _capital_office(tok)):
            if not title_after_heading(tok):
                continue
        if nxt.i in inside or nxt.pos_ != "PROPN" or not nxt.text[:1].isupper():
            continue
        span = name_tokens(nxt)
        if span is None and is_nationality(nxt.text) and nxt.i + 1 < len(doc):
            # "influencer American Walrus": after a title, a nationality is a word of the name
            after = name_tokens(doc[nxt.i + 1])
            span = (nxt.i, after[1]) if after is not None and after[0] == nxt.i + 1 else None
        if span is not None and span[0] == nxt.i + 1 and nxt.whitespace_:
            span = (nxt.i, span[1])  # "trader Kai Crypto Trades": the model's name lost "Kai"
        if span is None or span[0] != nxt.i:
            continue
        name = doc[span[0] : span[1]]
        if in_teaser(name[0]) or (
            # ("analyst Rekt Capital": a pseudonym, after a title only a person holds)
            any(t.lower_ in org_words() for t in name) and not persons_title(tok.text)
        ):
            continue
        if heading_words(name):
            continue  # "…, Analyst Warns": a headline's verb after its title
        title = _whole_title(tok)
        if names_a_kind_of_firm(title) or _kind_of_firm_word(tok):
            continue  # "asset manager Norrland Chartered": a firm of that kind
        found.append(SpeakerRef(name.text, name.start_char, name.end_char, "person", role=title))
    return found


def _kind_of_firm_word(tok: Token) -> bool:
    """ "manager" of "asset manager": the last word of a firm's noun of two words."""
    return tok.i > 0 and names_a_kind_of_firm(f"{tok.doc[tok.i - 1].lower_} {tok.lower_}")


def _whole_title(tok: Token) -> str:
    """ "chief executive" for the "executive" of "… and chief executive Brad Garl": the title
    phrase the word ends, when it reads as one."""
    doc = tok.doc
    start = max(doc[tok.sent.start].idx, tok.idx - 90)
    title = parse_title(text_of(doc)[start : tok.idx + len(tok.text)]).role
    if title and title.lower().endswith(tok.lower_) and len(title.split()) <= 4:
        return title
    return tok.text


def _authored(doc: Doc, inside: set[int]) -> list[SpeakerRef]:
    """ "A draft proposal authored by Casa co-founder Jo Park sets out …": the author of a
    written thing, whether or not it speaks there, whom a later "the proposal warns" means."""
    found = []
    for tok in doc:
        if tok.i in inside or tok.lemma_.lower() not in cue_words("written_nouns"):
            continue
        author = author_of(tok) or _written_in(tok) or _named_owner(tok)
        if author is not None:
            found.append(author)
    return found


def _named_owner(noun: Token) -> SpeakerRef | None:
    """ "A Norrwatch report published on Monday": the firm or person written right before a
    written thing, when the model tagged it as one, whom a later "the report said" means."""
    owner = owner_before(noun)
    if owner is None:
        return None
    first = noun.doc.char_span(owner.start, owner.end, alignment_mode="expand")
    tagged = first is not None and first[0].ent_type_ in {"ORG", "PERSON"}
    return owner if tagged or is_body_name(owner.text) or known_firm(owner.text) else None


#: Prepositions by which a reporting verb names where the words were written ("in a post").
_WRITTEN_IN = frozenset({"in", "on", "via", "through"})


def _written_in(noun: Token) -> SpeakerRef | None:
    """ "Ida Brenn summarized in one of its blog posts": the subject of the reporting verb
    the written thing is the place of, whom a later "the post concluded" means."""
    node, preps = noun, []
    for _ in range(5):
        if node.dep_ not in {"pobj", "prep"} or node.head is node:
            return None
        if node.dep_ == "prep":
            preps.append(node.lower_)
        node = node.head
        if node.pos_ == "VERB":
            break
    if node.pos_ != "VERB" or not preps or preps[-1] not in _WRITTEN_IN:
        return None
    if not is_reporting_verb(node):
        return None
    subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in pronouns():
        return None
    found = speaker_from_subject(subject)
    if found is None or found.needs_antecedent:
        return None
    return replace(found, source_noun=noun.lemma_.lower())


def introduced_by_noun(doc: Doc, inside: set[int]) -> list[SpeakerRef]:
    """ "market intelligence firm Tarnby": a name right after a source noun is an organisation
    that "the firm" may later stand for (whether or not the model tagged it); none whose
    first token is in ``inside``. (Found once per doc: the people and the resolver ask.)"""
    return _once_per_doc(doc, "nm_introduced_by_noun", inside, _introduced_by_noun)


def _introduced_by_noun(doc: Doc) -> list[tuple[int, SpeakerRef]]:
    found: list[tuple[int, SpeakerRef]] = []
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if not tok.text.islower():
            continue
        if not (
            tok.lower_ in source_nouns()
            or tok.lower_ in cue_words("org_intro_nouns")
            or _kind_of_firm_word(tok)
        ):
            continue  # ("asset manager Norrland Chartered": "the asset manager" later)
        set_off = nxt.text == "," and tok.i + 2 < len(doc)
        if set_off:
            nxt = doc[tok.i + 2]  # "its parent company, Norrvest Group (NVG),"
        named_the = nxt.text == "The" and nxt.i + 1 < len(doc) and not set_off
        if named_the:
            nxt = doc[nxt.i + 1]  # "trading resource The Norrvik Letter": "The" is the name's
        if nxt.pos_ != "PROPN" or not nxt.text[:1].isupper():
            continue
        span = name_tokens(nxt)
        if span is None:
            continue
        if named_the:
            span = (min(span[0], nxt.i - 1), span[1])
        if set_off and not (
            is_body_name(doc[span[0] : span[1]].text)
            and span[1] < len(doc)
            and doc[span[1]].text in {",", "(", "."}
        ):
            continue  # (after a comma, only a firm's name set off as its own phrase)
        ent = entity_of(nxt)
        if ent is not None and ent.label_ == "ORG" and ent.start == nxt.i:
            # "regulator Securities and Exchange Commission": the model's whole name, past
            # the "and" that ends a name's tokens
            span = (span[0], max(span[1], ent.end))
        name = doc[span[0] : span[1]]
        ref = SpeakerRef(
            name.text,
            name.start_char,
            name.end_char,
            "organization",
            source_noun=tok.lower_,
        )
        found.append((nxt.i, ref))
    return found


def analyse(doc: Doc) -> tuple[list[Finding], list[Cue], list[SpeakerRef]]:
    """The quotations of ``doc`` judged to be speech, every cue found (for people), and the
    people titled nouns outside quotations take up ("the trader claimed that …")."""
    text = text_of(doc)
    spans = find_quote_spans(text)
    inside = _inside(doc, spans)
    cues = find_cues(list(doc), inside)
    assets = asset_spans(doc, companies=False, issuers=False)
    # A coin is never anyone's antecedent ("the latest BTC move confirmed …, the firm said").
    named = [
        c.speaker
        for c in cues
        if c.speaker is not None
        and not c.speaker.needs_antecedent
        and not _an_asset(c.speaker, assets, text)
    ]
    idx = _Index(doc)
    bounds = sentences(doc)
    # "its domain name system (DNS)", "a new ATH": a term, no one's antecedent ("the team said").
    terms = term_acronyms(text) | set(cue_words("descriptive_acronyms"))
    resolver = _Resolver(
        named,
        [m for m in _person_mentions(doc, inside) if m.text not in terms],
        lambda char: bounds.of_token[idx.token_at(char)] if len(doc) else 0,
        titled_genders(text),
        text,
        [
            c.speaker
            for c in cues
            if c.speaker is not None and c.speaker.needs_antecedent and c.speaker.source_noun
        ]
        + issued_documents(doc, inside),
        [
            c.speaker
            for c in cues
            if c.speaker is not None
            and c.speaker.needs_antecedent
            and c.speaker.kind == "person"
            and c.speaker.role
        ],
    )
    findings: list[Finding] = []
    last_speaker: tuple[int, SpeakerRef, SpeakerRef | None] | None = None
    for span in spans:
        frame = _frame(idx, span)
        if _not_speech(text, span):
            continue
        if _term(text, span) and not (
            _spoken_words(idx, span, inside) or _said_after(idx, span, inside)
        ):
            continue
        if _titled_modifier(text, span):
            continue  # "Norrland’s “What Is Money?” literacy textbook": a work's name
        signed = _signature(text, span)
        looks_partial = _is_partial(text, frame, span, None)
        # A whole sentence quoted right after a speaker's quote goes on with them.
        carried = _carries(span, last_speaker) and _closes_sentence(span) and not looks_partial
        cue = None if signed else _nearest_cue(cues, frame, span, text, looks_partial, carried)
        if cue is not None and looks_partial:
            cue = _inner_reporter(cues, cue, span) or cue
        if cue is not None:
            cue = _reporter_of_clause(cues, cue, span, text, looks_partial) or cue
        if cue is not None and cue.speaker is None and cue.end <= span.start:
            cue = _colon_intro(idx, span, inside) or cue  # (a clause before a colon names one)
        if cue is not None and cue.speaker is not None and cue.speaker.text.lower() == "it":
            # "Norr said, adding it would write “…”": what a thing would say, in a person's
            # reported clause, is the person's words.
            cue = _person_reporting(cues, cue) or cue
        if cue is not None and cue.start >= span.end and _closes_sentence(span):
            # "X shared his view: “… a new high.” Kale said that …": a quote closed after a
            # colon belongs to the clause before the colon, not to the next sentence's cue
            # (nor to that clause's subject when a quote before it in the sentence was
            # attributed already: then the quote goes on with that speaker, below).
            colon = _colon_before(text, span.start) is not None
            attributed = colon and _attributed_in(frame, last_speaker)
            intro = None if attributed else _colon_intro(idx, span, inside)
            # ("X told Y that “…” The risk will now get worse:“…” Z is more optimistic, saying
            # …": a colon's clause that names no one goes on with X, not with the next
            # sentence's speaker.)
            carried_on = (
                colon and intro is None and _carried_past_next(span, cue, last_speaker, text)
            )
            cue = None if attributed or carried_on else intro or cue
        mention: SpeakerRef | None = None
        speaker: SpeakerRef | None = None
        if signed is not None:
            mention = speaker = signed
            if signed.text != text[signed.start : signed.end]:
                speaker = resolver.resolve(signed) or signed  # "– By @Norrfost_Coc"
        elif cue is not None:
            mention = cue.speaker
            speaker = resolver.resolve(mention)
            outer = (
                _person_reporting(cues, cue)
                if speaker is None and mention is not None and _definite_source(mention)
                else None
            )
            if outer is not None:
                # "Lena Norr said the report found “…”", no report named before: hers.
                cue, mention = outer, outer.speaker
                speaker = resolver.resolve(mention)
        else:
            words = _words(span.text)
            standalone = not _is_partial(text, frame, span, None)
            follows_speaker = _carries(span, last_speaker) and standalone
            # A partial quote goes on with a speaker when a later quote of its sentence
            # carries them ("a “fast runtime” on an “open network,” and “fully modular.”"),
            # or when it ends the sentence right after a named speaker's cue ("Wedson
            # stressed that … Thus, it is vital to “always manage your risk.”").
            joins_speaker = not standalone and (
                _carries_with(spans, span, frame, last_speaker)
                or _ends_speakers_sentence(span, frame, last_speaker, text)
                or _listed_with_last(span, last_speaker, text)
                or (
                    len(words) >= 3
                    and _closes_sentence(span)
                    and _cue_just_before(cues, idx, bounds, frame, assets) is not None
                )
                or _source_opens_next(span, frame, cues, text)
            )
            # A capitalised sentence right after a speaker's quote goes on with that speaker
            # ("“Rates must now COME DOWN.”"); a capitalised name or title does not end a
            # sentence.
            sentence = span.text.rstrip().endswith((".", "!", "?"))
            if (
                len(words) < 4 and not ((follows_speaker or joins_speaker) and len(words) >= 2)
            ) or (_is_title_like(span.text) and not (sentence and follows_speaker)):
                continue
            if not standalone and not (_carries_clause(span, last_speaker, text) or joins_speaker):
                continue
            intro = None if _attributed_in(frame, last_speaker) else _colon_intro(idx, span, inside)
            prev_cue = _previous_cue(cues, frame, assets, text)
            if (
                prev_cue is not None
                and last_speaker is not None
                and prev_cue.end < last_speaker[0]
                and span.start - last_speaker[0] <= MAX_CARRY
            ):
                # "“…,” Y continued. “…”": the quote just before, spoken since that cue
                prev_cue = None
            if intro is not None:
                cue = intro
                mention = intro.speaker
                speaker = resolver.resolve(mention)
            elif prev_cue is not None and prev_cue.speaker is not None:
                mention = None
                speaker = resolver.resolve(prev_cue.speaker)
                if text[: span.start].rstrip(" \n\\\u00a0").endswith(":"):
                    cue, mention = prev_cue, prev_cue.speaker  # "X said:\n\n“…”"
            elif last_speaker is not None and span.start - last_speaker[0] <= MAX_CARRY:
                speaker = last_speaker[1]
            else:
                nxt = _next_cue(cues, frame, text)
                following = _continued_by(spans, span, text)
                if nxt is None and following is not None:
                    # "“One. “Two,” she added": a paragraph left open takes the cue of the
                    # quote that goes on right after it.
                    nxt = _nearest_cue(cues, _frame(idx, following), following, text, False)
                if nxt is not None:
                    cue = nxt
                    mention = nxt.speaker
                    speaker = resolver.resolve(mention)
        if speaker is not None and speaker.employer is not None:
            # "The company’s CEO, Jo Park, wrote": the firm "the company" takes up.
            firm = None if speaker.organization else resolver.resolve(speaker.employer)
            org = firm.text if firm is not None and firm.kind == "organization" else None
            speaker = replace(speaker, organization=speaker.organization or org)
        if (
            cue is not None
            and _desk_title_alone(speaker, mention)
            and not _given_as_example(mention, text)
        ):
            # (not one analyst given as an example of many: "analysts, such as Jo Park ,")
            # "…, the bank said in a note. “…,” wrote analyst Jo Park": the bank's analyst.
            assert speaker is not None
            desk = _firm_reporting_before(cues, cue, idx, bounds, resolver)
            if desk and is_company_title(speaker.role or "") and _outlet_or_public_body(desk):
                desk = None  # ("The central bank said …. “…,” CEO Jo Park said": not its CEO)
            speaker = replace(speaker, organization=desk) if desk else speaker
        if cue is None and speaker is not None and last_speaker is not None:
            before = last_speaker[1]
            same = before.text == speaker.text and before.kind == speaker.kind == "person"
            if same and not speaker.organization:
                # (a quote that goes on with no cue of its own keeps the firm the one
                # before found for its speaker)
                speaker = replace(speaker, organization=before.organization)
        if speaker is not None and _an_asset(speaker, assets, text):
            speaker = None  # "Bitcoin’s chart is showing a “bull flag,” suggesting …"
        if speaker is not None and len(speaker.text.strip(" .@")) < 2:
            speaker = None  # "the X user noted": one letter is a platform, never a source
        if speaker is not None and speaker.text in cue_words("descriptive_acronyms"):
            speaker = None  # "the major NFT marketplace announced": a kind, not a name
        if speaker is not None and _common_word_name(doc, speaker):
            speaker = None  # "Others said …", "Research shows …": a word, not a name
        listed = _listed_after(findings, span, text)
        if listed is not None:
            # 'Kett searched: “How can I …” and “How long does …,” prosecutors found': a
            # quotation joined by "and" to one its cue introduced is the same speaker's.
            cue, mention, speaker = listed.cue, listed.mention, listed.speaker
        partial = _is_partial(text, frame, span, cue)
        said_beside = (
            cue is not None
            and cue.speaker is not None
            # (a weak verb only after a quote's own comma: not "the “Crypto Week” in
            # Washington begins")
            and (not cue.adjacent_only or span.text.rstrip().endswith(","))
            and _beside(cue, span, 0, text)
        )
        cue_named = cue.speaker if cue is not None else None
        if cue_named is not None and span.start < cue_named.start and cue_named.end < span.end:
            continue  # "firm NorrMist “Monster Q” told": the marks hold who speaks
        if (
            _is_title_like(span.text)
            and not span.text.rstrip().endswith((".", "!", "?"))
            and (
                not said_beside
                or _POSSESSIVE_BEFORE.search(text, max(0, span.start - 40), span.start)
            )
        ):
            # a quoted name or title: 'the “Whale Transaction Count,” which tells'; 'shared its
            # “2025 Crime Update,” revealing': the owner's work, whatever verb follows
            continue
        if speaker is None and signed is None and cue is not None and partial:
            # (the unnamed writer's "I", or a document nobody was said to write, still speak)
            # ("the post notes that …" with no post named before: a source the text names
            # but does not say whose)
            unnamed = cue.speaker is not None and (
                cue.speaker.text.lower() in _FIRST_PERSON
                or cue.speaker.authored_only
                or cue.speaker.topical
                or _definite_source(cue.speaker)
            )
            saying = cue.text.lower() in _SAYING and text[: cue.start].rstrip().endswith(",")
            participle = cue.text.lower().endswith("ing") and not saying
            if (cue.speaker is not None and not unnamed) or participle:
                continue  # an asset or a participle's subject: 'a "bull flag," suggesting'
        if cue is None and speaker is None and text[span.start + 1 : span.start + 2].isspace():
            continue  # a stray mark followed by a space opens no unattributed quote
        findings.append(
            Finding(span, cue, mention, speaker, partial, _sentence_of(text, frame, span))
        )
        if speaker is not None:
            last_speaker = (span.end, speaker, mention)
    return _described_then_named(doc, idx, findings), cues, _titled_others(cues, findings, resolver)


#: What joins two quotations of one list: "and", "or", a comma.
_LIST_JOIN = re.compile(r"\s*(?:,\s*)?(?:and|or)\s*|\s*,\s*")


def _listed_after(findings: list[Finding], span: QuoteSpan, text: str) -> Finding | None:
    """The finding just before ``span`` when the two quotations are joined as a list and a cue
    before the first, with its speaker, introduced it."""
    if not findings:
        return None
    last = findings[-1]
    cue = last.cue
    if cue is None or last.speaker is None or cue.end > last.span.start:
        return None
    if not _LIST_JOIN.fullmatch(text[last.span.end : span.start]):
        return None
    return last


@lru_cache(maxsize=1)
def _calendar_words() -> str:
    """Months and weekdays (the time vocabulary's), which follow "on" or "for" without naming
    a body's field: an alternation for a regular expression."""
    time_words = vocab()
    return "(?:" + "|".join(map(re.escape, [*time_words.months, *time_words.weekdays])) + ")"


@lru_cache(maxsize=64)
def _possessed_writing(noun: str) -> re.Pattern[str]:
    """ "DDC’s annual report", "Norrfin's latest quarterly report": a name's possessive, up
    to three words, then ``noun``."""
    return re.compile(
        r"\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})[’']s\s+(?:[\w-]+\s+){0,3}?"
        + re.escape(noun)
        + r"\b"
    )


def _titled_others(
    cues: list[Cue], findings: list[Finding], resolver: _Resolver
) -> list[SpeakerRef]:
    """ "Later, the trader claimed that …" (no quotation of its own): the person such a
    titled noun takes up, with its title, for the person's quotes elsewhere."""
    used = {(f.cue.start, f.cue.end) for f in findings if f.cue is not None}
    found: list[SpeakerRef] = []
    for cue in cues:
        ref = cue.speaker
        if (cue.start, cue.end) in used or ref is None or not ref.needs_antecedent:
            continue
        if ref.kind != "person" or not ref.role or ref.text.lower() in pronouns():
            continue
        person = resolver.resolve(ref)
        if person is not None and person.kind == "person":
            found.append(replace(person, role=ref.role, organization=ref.organization))
    return found


#: How far after a described speaker's cue the quote that names them may come.
_NAMED_WITHIN = 400


def _description(verb: Token) -> Span | None:
    """ "A Reddit gamer who attended …" as the subject of ``verb``: an indefinite singular
    noun that holds a title or a "who" clause, which names no one yet."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subject.children):
        return None
    who = any(c.dep_ == "relcl" and c.left_edge.lower_ == "who" for c in subject.children)
    if not who and not is_role_word(subject.text):
        return None
    words = [t for t in subject.lefts if t.dep_ in {"compound", "amod"}]
    first = words[0].i if words else subject.i
    return verb.doc[first : subject.i + 1]


def _described_then_named(doc: Doc, idx: _Index, findings: list[Finding]) -> list[Finding]:
    """ "A Reddit gamer who attended the dinner said the meal was the “worst food” … “It was
    …,” Ola Brenn told Norrwire": a news lead's unnamed subject is the person the next quote
    names in full for the first time; the description is their title."""
    text = text_of(doc)
    out = list(findings)
    for k, f in enumerate(findings):
        if f.speaker is not None or f.cue is None or f.cue.speaker is not None:
            continue
        described = _description(doc[idx.token_at(f.cue.start)])
        if described is None:
            continue
        # (the first quote after it with a speaker: others of the lead's sentence have none)
        later = next((g for g in findings[k + 1 :] if g.speaker is not None), None)
        if later is None or later.speaker is None or later.mention is None:
            continue
        named = later.mention
        if later.span.start - f.cue.end > _NAMED_WITHIN or later.speaker.kind != "person":
            continue
        if len(named.text.split()) < 2 or surname_of(named.text) in text[: named.start]:
            continue  # (a name the article gave before is no one's introduction here)
        role = described.text
        mention = SpeakerRef(
            described.text, described.start_char, described.end_char, "person", role,
            needs_antecedent=True,
        )  # fmt: skip
        speaker = replace(later.speaker, role=later.speaker.role or role)
        out[k] = replace(f, mention=mention, speaker=speaker)
    return out


#: Participles that only a speaker does: after a comma their words are speech even from
#: someone unnamed ("At least one senator has called for it, saying …"; not "People keep
#: saying “…”").
_SAYING = frozenset({"saying", "adding", "writing", "telling", "stating"})


def _an_asset(speaker: SpeakerRef, assets: list[tuple[int, int]], text: str) -> bool:
    """A speaker written as a coin's name: no source (unless a titled pseudonym or the coin's
    project speaking)."""
    if is_body_name(speaker.text):
        return False  # "Bitcoin Office", "Solana Labs": a body named after the coin
    return (
        overlaps(speaker.start, speaker.end, assets)
        and not _titled_pseudonym(speaker)
        and not _project_of(text, speaker)
    )


def _sentence_of(text: str, frame: _Frame, span: QuoteSpan) -> str:
    """The sentence(s) holding the quote's start: a quote run over paragraphs gives only the
    sentences up to the end of its first paragraph."""
    end = frame.end
    if span.paragraphs > 1:
        nl = text.find("\n", span.start, end)
        end = nl if nl >= 0 else end
    return text[frame.start : end].strip()


_SIGNATURE = re.compile(
    r"[ \t\u00a0]*[―—–][ \t\u00a0]*"
    r"(?P<name>[A-Z][\w’'.-]*(?:[ \t\u00a0]+(?:[A-Z][\w’'.-]*|de|van|von|da|al)){0,4})"
    # (or the link of the post's picture: "— Nora Vance pic.twitter.com/…")
    r"(?=[ \t\u00a0]*(?:\(@|pic\.twitter\.com/|[,.\n]|$))"
)


#: "“…” – By @Norrfost_Coc": a quotation signed with an account's handle.
_HANDLE_SIGNATURE = re.compile(
    r"[ \t\u00a0]*[―—–][ \t\u00a0]*(?:By[ \t\u00a0]+)?@(?P<handle>\w{2,15})\b"
)
#: Where a handle's words part: an underscore, a digit run, a capital after a small letter.
_HANDLE_PARTS = re.compile(r"_+|(?<=[a-z])(?=[A-Z0-9])")


def _handle_signature(text: str, span: QuoteSpan) -> SpeakerRef | None:
    """ "“…” – By @Norrfost_Coc": the handle's owner, by the name the text writes alone that
    opens the handle ("Norrfost"), else the handle."""
    m = _HANDLE_SIGNATURE.match(text, span.end)
    if m is None:
        return None
    handle = m["handle"]
    parts = [p for p in _HANDLE_PARTS.split(handle) if p]
    name = handle
    for k in range(len(parts) - 1, 0, -1):
        lead = "".join(parts[:k])
        if len(lead) >= 3 and lead[:1].isupper() and re.search(rf"(?<![@\w]){lead}\b", text):
            name = lead  # "Norrfost", written alone elsewhere
            break
    start, end = m.start("handle"), m.end("handle")
    return SpeakerRef(name, start, end, "person", signed=True)


def _signature(text: str, span: QuoteSpan) -> SpeakerRef | None:
    """A quotation signed with a dash: "“…” — Nora Vance (@noravance) July 3"."""
    m = _SIGNATURE.match(text, span.end)
    if m is None:
        return _handle_signature(text, span)
    start = m.start("name")
    end = start + len(m["name"].rstrip("."))
    # "— President Nora J. Vance": the title before the name is the signer's role.
    words = text[start:end].split()
    titled = 0
    while titled < len(words) - 2 and is_role_word(words[titled]):
        titled += 1
    role = " ".join(words[:titled]) or None
    if titled:
        start = text.index(words[titled], start)
    name = text[start:end]
    kind = "person" if " " in name else None
    return SpeakerRef(name, start, end, kind, role=role, signed=True)


def _carries(span: QuoteSpan, last: tuple[int, SpeakerRef, SpeakerRef | None] | None) -> bool:
    """A partial quote without a cue of its own, close after a quote by a known speaker and
    ending its sentence: the same speaker goes on ("…, cashed out, “and the market …”")."""
    if last is None or span.start - last[0] > MAX_PARTIAL_CARRY:
        return False
    return span.text.rstrip().endswith((".", "!", "?", "…"))


def _carries_clause(
    span: QuoteSpan, last: tuple[int, SpeakerRef, SpeakerRef | None] | None, text: str
) -> bool:
    """:func:`_carries`, or words of a clause, four or more, cut off inside the sentence
    ('the RSI is “just strength—constant higher lows,” still …'), close after a quote by a
    known speaker; no term for a thing."""
    if _carries(span, last):
        return True
    near = last is not None and span.start - last[0] <= MAX_PARTIAL_CARRY
    return near and len(_words(span.text)) >= 4 and not _term_like(text, span)


def _ends_speakers_sentence(
    span: QuoteSpan,
    frame: _Frame,
    last: tuple[int, SpeakerRef, SpeakerRef | None] | None,
    text: str,
) -> bool:
    """A partial quote closing the sentence in which an earlier quote found its speaker: the
    sentence's quotes go on together ("X called it “the next step” and a design where trust
    is “checked by maths.”"); not a term ("what constitutes an “investment contract.”")."""
    if last is None or not frame.start <= last[0] <= span.start or not _closes_sentence(span):
        return False
    return not _term_like(text, span)


def _source_opens_next(span: QuoteSpan, frame: _Frame, cues: list[Cue], text: str) -> bool:
    """A partial quote of four words or more closing its sentence, the next sentence opening
    with a named source ("… theft “paints a stark picture of the threat.” According to the
    report, “…”"): that source speaks for it too."""
    if len(_words(span.text)) < 4 or not _closes_sentence(span):
        return False
    nxt = _next_cue(cues, frame, text)
    return nxt is not None and nxt.speaker is not None


def _listed_with_last(
    span: QuoteSpan, last: tuple[int, SpeakerRef, SpeakerRef | None] | None, text: str
) -> bool:
    """A partial quote joined by "and" or "or" (perhaps "and a") right after the last
    speaker's quote: one list of their words ("calling Berg “off the rails” and a “train
    wreck”")."""
    return last is not None and _AND_A.fullmatch(text, last[0], span.start) is not None


#: Between two quotations of one list: "and", "or", perhaps with "a"/"an" after it.
_AND_A = re.compile(r"\s*,?\s*(?:and|or)\s+(?:(?:a|an)\s+)?")


def _carries_with(
    spans: list[QuoteSpan],
    span: QuoteSpan,
    frame: _Frame,
    last: tuple[int, SpeakerRef, SpeakerRef | None] | None,
) -> bool:
    """A partial quote in the sentence of a later one that carries the last speaker: the
    sentence's quotes go on together ("It will offer a “fast runtime” on an “open network,”
    and be “fully modular.”")."""
    later = [s for s in spans if span.end <= s.start < frame.end]
    if not later or not _carries(later[-1], last) or later[-1].end < frame.end - 1:
        return False
    # Not a quoted modifier: 'its “bull case” price target' names a kind of target.
    after = next((t for t in frame.tokens if t.idx >= span.end), None)
    return after is None or after.pos_ not in _MODIFIED


def _project_of(text: str, speaker: SpeakerRef) -> bool:
    """A coin's name that, with a word or two after it, is its project's organisation ("the
    Tron team told …", "Tron DAO said", "the Curve finance team said")."""
    words = _words(text[speaker.start : speaker.end + 24].lower())[: len(speaker.text.split()) + 2]
    return any(w in cue_words("project_nouns") for w in words[1:])


def _titled_pseudonym(speaker: SpeakerRef) -> bool:
    """ "analyst Bitcoin Ranchy", "trader Daan Crypto Trades": a name of two words or more
    introduced by a person's title may hold an asset's name."""
    return speaker.kind == "person" and bool(speaker.role) and " " in speaker.text.strip()


def _closes_sentence(span: QuoteSpan) -> bool:
    """The quotation ends a sentence of its own inside its marks ("… a high.”")."""
    return span.text.rstrip(" ”\"’'").endswith((".", "!", "?"))


def _carried_past_next(
    span: QuoteSpan,
    cue: Cue,
    last: tuple[int, SpeakerRef, SpeakerRef | None] | None,
    text: str,
) -> bool:
    """A quotation closing its sentence, with its cue three words or more into the next one,
    close after a quote by a known speaker: the last speaker goes on."""
    later = len(_words(text[span.end : cue.start])) >= 3
    return later and last is not None and span.start - last[0] <= MAX_CARRY


def _attributed_in(frame: _Frame, last: tuple[int, SpeakerRef, SpeakerRef | None] | None) -> bool:
    """Whether a quote of this sentence before went to a speaker ("According to Kett, it will
    let officials “…,” because holders would not resist: “…”": the clause before the colon
    is no new source)."""
    return last is not None and last[0] > frame.start


def _colon_before(text: str, start: int) -> int | None:
    """Where the colon right before ``start`` stands (spaces and backslashes between), if any."""
    k = start
    while k > 0 and text[k - 1] in " \\\u00a0":
        k -= 1
    return k - 1 if k > 0 and text[k - 1] == ":" else None


def _colon_intro(idx: _Index, span: QuoteSpan, inside: set[int]) -> Cue | None:
    """ "X dismissed the move in an interview: “…”": the clause before a colon names the speaker."""
    doc = idx.doc
    at = _colon_before(text_of(doc), span.start)
    if at is None:
        return None
    colon = doc[idx.token_at(at)]
    verbs = [
        t
        for t in doc[sent_tokens(colon)[0] : colon.i]
        if t.pos_ == "VERB" and t.i not in inside and any(c.dep_ == "nsubj" for c in t.children)
    ]
    cue = cue_of_verb(verbs[0], inside) if verbs else None
    if cue is not None and cue.speaker is None and len(verbs) > 1:
        # "When a user quipped, “…,” Kevin Lunde distilled it: “…”": the first clause names
        # no one; the one right before the colon does.
        cue = cue_of_verb(verbs[-1], inside)
    last = doc[colon.i - 1] if colon.i > 0 else None
    if cue is None and last is not None and (last.pos_ == "PROPN" or last.ent_type_ == "PERSON"):
        # "Meanwhile, Kettering: “…”": a name and a colon, no verb, introduce their words.
        run = name_tokens(last)
        if run is not None and run[1] == colon.i and last.i not in inside:
            named = speaker_from_tokens(doc, *run)
            if named.kind != "organization":
                return Cue(":", colon.idx, colon.idx + 1, replace(named, kind="person"))
    if cue is None and last is not None and (misread := _document_verb_read_as_noun(last)):
        return misread
    if cue is None or cue.speaker is None or len(cue.speaker.text.strip(" .@")) < 2:
        # The parser may lose the clause ("Ana Vey’s reaction on X captures it: “…”") or
        # take the platform for its subject: a person's post or reaction before the colon
        # still names the source.
        for tok in doc[sent_tokens(colon)[0] : colon.i]:
            owner = document_owner(tok) if tok.i not in inside else None
            if owner is not None:
                return Cue(tok.text, tok.idx, tok.idx + len(tok.text), owner)
        return None
    if cue.speaker is None or cue.speaker.needs_antecedent and cue.speaker.kind != "person":
        # (but "The firm also said that …:“…”": a firm's noun, or "It" standing for one,
        # with a reporting verb)
        firm = cue.speaker is not None and (
            _firm_noun(cue.speaker) or cue.speaker.text.lower() == "it"
        )
        return cue if firm and is_reporting_verb(doc[idx.token_at(cue.start)]) else None
    return cue


def _document_verb_read_as_noun(last: Token) -> Cue | None:
    """ "The filing states: “…”", which the parser reads as a noun phrase ("filing states")
    or as a verb with no subject ("filing" a compound):
    "the", a document noun and a reporting verb's "-s" form, right before the colon, stand
    for the one who wrote that document before (else no one)."""
    doc = last.doc
    k = last.i
    if k < 2 or last.tag_ not in {"NNS", "NNPS", "VBZ"} or not is_speech_verb_form(last.text):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in last.children):
        return None  # (a verb with a subject of its own is read right)
    noun, the = doc[k - 1], doc[k - 2]
    if the.lower_ != "the" or noun.lower_ not in document_nouns():
        return None
    if not (the.is_sent_start or doc[k - 3].is_punct):
        return None
    ref = SpeakerRef(
        f"{the.text} {noun.text}", the.idx, noun.idx + len(noun.text), "organization",
        needs_antecedent=True, authored_only=True,
    )  # fmt: skip
    return Cue(last.text, last.idx, last.idx + len(last.text), ref)


def _definite_source(ref: SpeakerRef) -> bool:
    """ "the post", "the bank", "the researcher": a definite noun phrase standing for a source
    named before (which no earlier name may take up); not a pronoun."""
    words = ref.text.lower().split()
    return ref.needs_antecedent and len(words) >= 2 and words[0] in {"the", "this"}


def _person_reporting(cues: list[Cue], inner: Cue) -> Cue | None:
    """The cue of a person (named, or "he"/"she") whose reported clause holds the cue
    ``inner``."""
    outer = [
        c
        for c in cues
        if c is not inner
        and c.scope[0] <= inner.start < c.scope[1]
        and c.speaker is not None
        and c.speaker.kind == "person"
        and (c.speaker.text.lower() not in pronouns() or c.speaker.text.lower() in _HE_SHE)
    ]
    return max(outer, key=lambda c: c.start) if outer else None


#: Offices one person holds at a time, whose definite noun ("the President said") stands for
#: no one given another title.
_HEAD_OFFICES = frozenset({"president", "governor", "mayor", "chancellor", "minister", "senator"})
#: Pronouns that stand for one person ("She says it underscores that …").
_HE_SHE = frozenset({"he", "she"})


def _previous_cue(
    cues: list[Cue], frame: _Frame, assets: list[tuple[int, int]], text: str
) -> Cue | None:
    """The last cue of the sentence just before ``frame`` (a quote on its own after "X said").

    Weak cues ("began", "continued") and cues whose subject is a coin ("Bitcoin began …")
    do not count: they are narration, not who speaks next. In "said McKenzie, according to
    Variety" the outlet only reports: the one who said it speaks on."""
    best: Cue | None = None
    before: Cue | None = None
    for cue in cues:
        if not frame.start - 400 <= cue.start < frame.start or cue.adjacent_only:
            continue
        ref = cue.speaker
        if ref is not None and overlaps(ref.start, ref.end, assets):
            continue
        if ref is None and best is not None and best.scope[0] <= cue.start < best.scope[1]:
            continue  # "Kay said in arguing his point.“…”": the verb inside "said" is Kay's
        best, before = cue, best
    if (
        best is not None
        and before is not None
        and best.text.lower() == "according to"
        and before.speaker is not None
        and before.text.lower() != "according to"
        and _REPORTED_BY.fullmatch(text[before.speaker.end : best.start])
    ):
        return before
    return best


#: Between a speaker's name and "according to" the outlet that reported it: "said X, ".
_REPORTED_BY = re.compile(r"\s*,\s*")


def _desk_title_alone(speaker: SpeakerRef | None, mention: SpeakerRef | None) -> bool:
    """A person named at the cue with a research desk's bare title ("analyst", "senior
    strategist", ``desk_titles``) or a company's ("CEO", ``company_titles``) and no
    organisation of their own."""
    if speaker is None or mention is None or mention.needs_antecedent:
        return False
    if speaker.kind != "person" or speaker.organization or not speaker.role:
        return False
    words = speaker.role.lower().split()
    if is_company_title(speaker.role):
        return True  # "JPMorgan said … “…,” CEO Jamie Dimon said": the firm's CEO
    return set(words) <= set(cue_words("desk_titles")) and words[-1] in _DESK_HEADS


#: The head words of a research desk's titles.
_DESK_HEADS = frozenset(
    {"analyst", "analysts", "strategist", "strategists", "economist", "economists"}
)


def _firm_reporting_before(
    cues: list[Cue], cue: Cue, idx: _Index, bounds: Sentences, resolver: _Resolver
) -> str | None:
    """The organisation that reports in the sentence before ``cue``'s (or earlier in its
    own): "Norrbank said in a note on Monday", "the bank wrote"."""
    here = bounds.of_token[idx.token_at(cue.start)]
    for c in reversed(cues):
        if c.start >= cue.start or c.speaker is None:
            continue
        if bounds.of_token[idx.token_at(c.start)] < here - 1:
            break
        found = resolver.resolve(c.speaker)
        if found is not None and found.text.lower() in _outlets():
            continue  # "according to a Financial Times report": it reports on the firm
        if found is not None and found.kind == "organization":
            return found.organization or found.text
        if found is not None:
            return None  # a person reports in between
    return None


def _cue_just_before(
    cues: list[Cue],
    idx: _Index,
    bounds: Sentences,
    frame: _Frame,
    assets: list[tuple[int, int]],
) -> Cue | None:
    """A cue with a named speaker (or a definite noun such as "the bank"; no pronoun) in the
    sentence right before ``frame``."""
    if not len(idx.doc):
        return None
    here = bounds.of_token[idx.token_at(frame.start)]
    found = [
        c
        for c in cues
        if c.start < frame.start
        and bounds.of_token[idx.token_at(c.start)] == here - 1
        and not c.adjacent_only
        and c.speaker is not None
        and (not c.speaker.needs_antecedent or _definite_source(c.speaker))
        and not overlaps(c.speaker.start, c.speaker.end, assets)
    ]
    return found[-1] if found else None


def _continued_by(spans: list[QuoteSpan], span: QuoteSpan, text: str) -> QuoteSpan | None:
    """The quotation that goes on right after an unclosed one (only spaces between)."""
    if span.closed:
        return None
    return next(
        (s for s in spans if s.start >= span.end and not text[span.end : s.start].strip()),
        None,
    )


def _next_cue(cues: list[Cue], frame: _Frame, text: str) -> Cue | None:
    """A cue opening the sentence right after ``frame`` ("“…” He added that …")."""
    for cue in cues:
        if cue.start >= frame.end:
            gap = text[frame.end : cue.start]
            if len(_words(gap)) <= 3 and "\n\n" not in gap:
                return cue
            if _POINTS_BACK.fullmatch(gap) and cue.speaker and cue.speaker.start > cue.end:
                return cue  # "“…?” That was the question posed by author Jo Park on X."
            return None
    return None


#: "groups led by the Norr Bankers Association": a plural body noun and the name leading it.
_LED_BY = re.compile(
    r"\b([a-z]+s)\s+(?:led|headed|spearheaded)\s+by\s+(?:the\s+)?"
    r"([A-Z][\w&.’'-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][\w&.’'-]*)*)"
)

#: A capitalised word written as a possessor: "Lummis’ ", "Park’s ".
_POSSESSOR = re.compile(r"\b([A-Z][\w-]+)(?:[’']s|[’'])(?=\s)")

#: Between two people named as one subject: "and", perhaps an initial ("and N Kotis").
_PAIR_JOIN = re.compile(r"\s+and\s+(?:[A-Z]\.?\s+)?")

#: A possessive right before a quotation's opening mark ("its “", "Norrlysis’s “").
_POSSESSIVE_BEFORE = re.compile(
    r"(?:\b(?:its|their|his|her|our)|\w[’']s)\s*[“\"‘]?$", re.IGNORECASE
)

#: A sentence that points back at the quotation before it and names its source after the
#: verb: "That was the question posed by", "This is the warning issued by".
_POINTS_BACK = re.compile(
    r"\s*(?:That|This)(?:[’']s|\s+(?:was|is|has\s+been))\s+(?:the|a|an)\s+(?:[a-z-]+\s+){1,2}"
)
