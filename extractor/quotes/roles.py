"""Roles and organisations from the words around a name.

"Vetle Lunde, head of research at K33" (appositive after the name), "K33's head of research
Vetle Lunde", "CEO of Crypto Valley Exchange James Davies", "analyst Rekt Capital" and
"Chainlyte analysts" (title before or after the name). Pure string functions: no spaCy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractor.data_tables import load_json, load_lines
from extractor.quotes.cue_words import attitude_role, cue_words, known_firm
from extractor.quotes.people import strip_possessive
from extractor.quotes.places import (
    holds_office,
    is_nationality,
    is_place,
    no_employer,
    not_an_employer,
    places_only,
    role_head,
)
from extractor.quotes.pseudonyms import first_names
from extractor.quotes.topic_org import is_company_title

_ORG_PREPS = (" at ", " of ", " from ", " with ", " for ", " to ")
#: Titles whose organisation may follow "to" ("a core contributor to Norrfin DAO").
_TO_TITLES = ("contributor", "adviser", "advisor", "counsel", "consultant")
_CUT_AT = (
    # (not the dots of "U.S.": a body's name goes on after them)
    r",|;|(?<!\.[A-Z])\.{firm_dots}(?![A-Z]\.)(?=\s|$|[A-Z“\"])"
    r"|\s+(?:in|on|during|via|who|which|where|when|told|said|says)\s"
    # "a co-creator of the Norr Ledger alongside Jan Berg": who else, not the firm
    r"|\s+(?:alongside|together\s+with)\s"
    # "an asset manager founded by entrepreneur Vik Ramasen": who made it, not the title
    r"|\s+(?:co-)?(?:founded|backed|owned|launched|created|started)\s+by\s"
)


@lru_cache(maxsize=1)
def _cut() -> re.Pattern[str]:
    """Where an appositive's title and firm end. The period of a firm's abbreviated ending in
    ``org_words`` before a lower-case word is the name's ("a Norr Corp. director"), unless the
    word is a small one ("Norr Inc. and a close adviser")."""
    small = "|".join(sorted(_LEAD_STOP))
    return re.compile(_CUT_AT.format(firm_dots=_firm_dots(rf"(?=\s+[a-z])(?!\s+(?:{small})\b)")))


def _firm_dots(unless: str) -> str:
    """Look-aheads after a period that keep it off a firm's abbreviated ending ("Inc.",
    "Corp.") when ``unless`` follows."""
    return "".join(rf"(?!(?<=\b{w}\.){unless})" for w in _firm_endings())


@lru_cache(maxsize=1)
def _firm_endings() -> list[str]:
    """A firm's abbreviated endings in ``org_words`` without their period: "Inc", "Corp"."""
    return sorted(w[:-1].capitalize() for w in org_words() if w.endswith(".") and w[:-1].isalpha())


#: Lower-case words that end a title's qualifier ("said analyst" → "analyst").
_LEAD_STOP = frozenset(
    "the a an and or but to by for with from of in on at as that which who said says say told "
    "added adds noted notes wrote writes according before after while when than then into over "
    "under about against between during without within like fire fired is are was were be been "
    "has have had will would could should may might must can also ago just since until because "
    "although though whose whom while once alongside along together including via per what "
    "whatever".split()
)
#: Lower-case words that may sit inside an organisation's name.
_ORG_GLUE = frozenset({"and", "of", "for", "de", "du", "la", "&", "the", "in", "on"})
_AND_MORE = re.compile(r"^\s+and\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*$")
_POSSESSIVE = re.compile(r"^(?P<org>.+?)(?:['’]s|['’])\s+(?P<rest>.+)$")


@dataclass(frozen=True)
class RoleOrg:
    role: str | None = None
    organization: str | None = None


@lru_cache(maxsize=1)
def role_phrases() -> tuple[str, ...]:
    """Role phrases, longest first."""
    return tuple(sorted(set(load_lines("roles.txt")), key=lambda s: (-len(s), s)))


@lru_cache(maxsize=1)
def _role_re() -> re.Pattern[str]:
    # "vice president" also matches "vice-president"; a shared title ("co-head",
    # "co-author") is the title.
    alts = "|".join(re.escape(p).replace(r"\ ", r"[\s-]") for p in role_phrases())
    return re.compile(rf"(?<![\w-])(?:co-)?(?:{alts})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def org_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_json("quote_cues.json")["org_words"])


def is_body_name(name: str) -> bool:
    """A name of two words or more ending in an organisation word ("Galaxy Digital",
    "Bitcoin Office"): a firm's or body's, however it is used."""
    words = name.split()
    return len(words) >= 2 and words[-1].lower() in org_words()


def has_role(text: str) -> bool:
    """Whether ``text`` contains a job title or role word."""
    return bool(_role_re().search(text))


def is_role_word(word: str) -> bool:
    return bool(_role_re().fullmatch(word))


#: A brand written with a small first letter and a capital inside ("eToro", "iShares"), or
#: with a digit between small letters ("g8keep").
_LOWER_BRAND = re.compile(r"[a-z]{1,3}[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*|[a-z]+[0-9]+[a-z]{2,}")


def lower_brand(word: str) -> bool:
    """Whether a word is a brand written with a small first letter ("eToro", "iShares")."""
    return _LOWER_BRAND.fullmatch(word) is not None


def _clean_org(org: str) -> str | None:
    dotted = org.rstrip(" ,;:—–-\u00a0")
    org = org.strip(" ,.;:—–-\u00a0")
    if dotted.endswith(".") and org.rsplit(" ", 1)[-1].lower() + "." in org_words():
        org += "."  # "Norrvik Inc.": the abbreviation's period is the name's
    org = re.sub(r"^(?:the|a|an)\s+", "", org, flags=re.IGNORECASE)
    org = _BASED_IN.sub("", org)  # "Singapore- and Hong Kong-based Spartan Group"
    org = _GLUED_YEAR.sub("", org)  # "2025Norrslam": a dateline's year glued to the name
    org = _FORMER_NAME.sub("", org)  # "Norrvest (formerly Fund Store)": the name now
    org = re.split(r"\s*[:“”\"(]", org, maxsplit=1)[0]  # "Norrex Europe:“We’re …", "BOB (Build"
    org = re.sub(r"\s+(?:and|or|of|the|for)$", "", org)  # "a partner of Kay and": cut off
    org = org.rsplit(" The ", 1)[-1]  # "… Mortgage Collateral The NHFA": a headline before it
    org = _DOUBLED_FIRST.sub(r"\1", org)  # "Source: NORNOR Labs": a caption's credit glued
    org = _DOUBLED_WORD.sub(r"\1", org)  # "Source: N33 N33 CEO": the credit, then the name
    unit = _OWNERS_UNIT.match(org)
    if unit is not None and _a_unit(unit["rest"]) and not _possessive_name(unit["owner"]):
        org = unit["owner"]  # "Norrfin’s UK business": a unit of the firm, the firm
    elif unit is not None and unit["rest"][:1].isupper() and not_an_employer(unit["owner"]):
        org = unit["rest"]  # "Norrland’s National Norr Office": the country's body, by name
    owner = re.match(r"^(.*\w)[’']s$", org)
    if owner is not None and not _possessive_name(owner.group(1)):
        org = owner.group(1)  # "the Norrland Commission’s task force": the owner (not "Moody's")
    if not org or not any(ch.isalpha() for ch in org):
        return None
    words = org.split()
    while len(words) > 1 and words[0] in cue_words("org_lead_adverbs"):
        words = words[1:]  # "Even Norrbank’s chief economist": the sentence's word, not the firm's
    org = " ".join(words)
    if any(w[:1].islower() and w not in _ORG_GLUE and not lower_brand(w) for w in words):
        # "AI venture capital firm Generative Ventures": the name is the capitalised tail.
        tail: list[str] = []
        for w in reversed(words):
            if w[:1].islower() and w not in _ORG_GLUE and not lower_brand(w):
                break
            tail.insert(0, w)
        while tail and tail[0] in _ORG_GLUE:
            tail.pop(0)
        org = " ".join(tail)
    if not org or not (org[0].isupper() or org[0].isdigit() or lower_brand(org.split()[0])):
        return None
    return org


#: "Norrfin’s UK business": a firm's possessive, then what of it.
_OWNERS_UNIT = re.compile(
    r"^(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s\s+(?P<rest>.+)$"
)


def _a_unit(rest: str) -> bool:
    """Lower-case words, maybe after a place: "UK business", "Asia arm", "lending unit"."""
    words = rest.split()
    k = next((i for i, w in enumerate(words) if w.islower()), len(words))
    caps, lower = words[:k], words[k:]
    if not lower or not all(w.islower() for w in lower):
        return False
    return not caps or places_only(" ".join(caps))


def _possessive_name(owner: str) -> bool:
    """A firm whose name ends in 's ("Moody's")."""
    return owner.split()[-1] in cue_words("possessive_names")


#: Places where a firm is based, written before its name ("Lisbon- and Hong Kong-based ").
_BASED_IN = re.compile(r"^(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)*-?\s+and\s+)?[A-Z][\w. ]*?-based\s+")
#: A year glued before a capitalised name ("2025Norrslam").
_GLUED_YEAR = re.compile(r"^(?:19|20)[0-9]{2}(?=[A-Z][a-z])")
#: A firm's former or other name in brackets after its name.
_FORMER_NAME = re.compile(r"\s*\((?:formerly|previously|once|now)\b[^)]*\)?")
#: A first word written twice over ("NORNOR Labs"): a caption's credit glued to the name.
_DOUBLED_FIRST = re.compile(r"^([A-Z][A-Za-z]{2,})\1(?=\s|$)")
#: A first word written twice, a space apart ("N33 N33").
_DOUBLED_WORD = re.compile(r"^([A-Z][\w.-]+)\s+\1(?=\s|$)")
#: "Ukraine-based", "London-listed": a place glued to a lower-case word describes the firm.
_PLACE_ADJECTIVE = re.compile(r"^[A-Z][\w.]*-[a-z]+$")


def _lead_org(org: str) -> str | None:
    """The organisation after a role's preposition: its first capitalised run.

    "Blockstream and one of the earliest users" → "Blockstream"; "Lisbon-based Tern exchange"
    → "Tern"; "crypto exchange Binance" → "Binance" (lower-case descriptors before the name).
    """
    words = org.strip(" ,.;:—–-\u00a0").split()
    run: list[str] = []
    for w in words:
        if not run and (w[:1].islower() or _PLACE_ADJECTIVE.match(w)):
            continue
        if w[:1].isupper() or w[:1].isdigit() or (run and w in _ORG_GLUE):
            if run and not w[:1].isupper() and not w[:1].isdigit() and w not in _ORG_GLUE:
                break
            run.append(w)
            continue
        break
    while run and run[-1] in _ORG_GLUE:
        run.pop()
    return _clean_org(" ".join(run)) if run else None


#: ", Central Asia and Africa, at": a list of places that ends a title before its firm.
_PLACE_LIST = re.compile(
    r"(?:,\s*(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}){0,4}"
    r"(?:,?\s+and\s+(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})?,?\s+(?=(?:at|with)\s)"
)


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """The reporting-verb lexicon (lemmas and a few inflected forms)."""
    return frozenset(load_lines("reporting_verbs.txt"))


def is_speech_verb_form(word: str) -> bool:
    """ "observed", "tweeted", "says": a reporting verb's inflected form (never a title)."""
    word = word.lower()
    stems = {word, word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ied") else word}
    return any(s in reporting_verbs() for s in stems if s) and word.endswith(("ed", "s", "d"))


_SPEECH_VERB_FORMS = frozenset({"said", "says", "told", "tells", "wrote", "writes", "adds"})


def _capitalised_speech_verb(word: str) -> bool:
    """ "Said", "Warned": a reporting verb capitalised by a headline or a sentence's start
    (past tense or a common present form: "States" and "Notes" may be names); a modal
    ("… Attack Could Continue for Days Prime Minister X") is a headline's verb too."""
    lower = word.lower()
    if lower in _MODALS:
        return True
    return lower in _SPEECH_VERB_FORMS or (lower.endswith("ed") and is_speech_verb_form(lower))


_MODALS = frozenset({"could", "would", "should", "might", "must", "can", "will"})
#: Capitalised determiners that open a headline's noun phrase ("This Price Level"), never a
#: firm's name.
_HEADLINE_DETERMINERS = frozenset(
    {"This", "That", "These", "Those", "Its", "Their", "Your", "A", "An"}
)


#: Small words a title-case heading writes capitalised and a firm's name does not ("… Long
#: Way To Go Crypto analyst X").
_HEADING_SMALL_WORDS = frozenset({"To", "Into", "From", "By", "At", "Is", "Are", "Was"})


#: Second parts of hyphenated adjectives before a firm or a title ("Dubai-based", "On-chain").
_ADJECTIVE_TAILS = frozenset(
    {"based", "focused", "backed", "listed", "born", "owned", "run", "led", "linked", "native"}
    | {"centric", "friendly", "driven", "chain", "registered", "headquartered", "regulated"}
    | {"language", "style", "themed"}
)


def _hyphenated_name(word: str) -> bool:
    """ "Aave-chan" of "Aave-chan Initiative": a hyphenated word in a firm's name, not an
    adjective before it ("Dubai-based")."""
    tail = word.rsplit("-", 1)[-1].lower()
    # ("Self-proclaimed", "Spanish-speaking": a participle's tail is an adjective's)
    return tail not in _ADJECTIVE_TAILS and not tail.endswith(("ed", "ing"))


#: Words a role never ends with: "representative of the" lost the firm after them.
_DANGLING = frozenset({"of", "the", "at", "for", "with", "from", "and", "a", "an"})
#: Participles left at a title's end where "with" and the firm were cut off ("an analyst
#: associated with Norrlytics").
_LINKED = frozenset({"associated", "affiliated", "connected"})


def _clean_role(role: str) -> str | None:
    role = role.strip(" ,.;:—–-\u00a0")
    # "Jo Park, also a former commissioner,": the adverb is no part of the title.
    role = re.sub(r"^(?:also|now|still|currently)\s+", "", role, flags=re.IGNORECASE)
    role = re.sub(r"^(?:the|a|an|its|their|his|her)\s+", "", role, flags=re.IGNORECASE)
    # "the country’s Minister of State": whose post it is, no part of the title
    owner = re.match(r"([a-z]+)[’']s\s+(?=\S)", role)
    if owner is not None and owner[1] in cue_words("place_nouns"):
        role = role[owner.end() :]
    # "…,” observed fund founder Mika Berg": the cue before the title is no part of it.
    words = role.split()
    while len(words) > 1 and is_speech_verb_form(words[0]):
        words = words[1:]
    # "pseudonymous creator", "seasoned crypto market commentator": how the writer rates
    # the person is no part of the title.
    while len(words) > 1 and words[0].lower() in cue_words("role_lead_adjectives"):
        words = words[1:]
    # "representative of the": a preposition left dangling where the firm was cut off.
    while len(words) > 1 and (words[-1].lower() in _DANGLING or words[-1].lower() in _LINKED):
        words = words[:-1]
    role = " ".join(words)
    # "chief operating officer (COO)": the title's abbreviation in parentheses repeats it.
    role = re.sub(r"\s*\([A-Z]{2,6}\)", "", role).strip()
    # "chief executive officer" is written "CEO", as the records and readers know it.
    role = _SHORT_TITLE.sub(lambda m: _SHORT_TITLES[m.group(0).lower()], role)
    return role or None


#: Long titles the records give in their usual short form.
_SHORT_TITLES = {"chief executive officer": "CEO"}
_SHORT_TITLE = re.compile(
    r"\b(?:" + "|".join(map(re.escape, _SHORT_TITLES)) + r")\b", re.IGNORECASE
)


_RELATIVE = re.compile(r"(?:who|whom|whose|which|that)\b", re.IGNORECASE)
#: What after a name's comma starts something else than a description of that person: a
#: coordination or a preposition of company ("Jo Park, alongside Chair Kay Lin, said").
_NOT_APPOSITIVE = re.compile(
    r"(?:and|or|but|alongside|with|along\s+with|together\s+with|joined\s+by"
    # "Norrvik Asset Management, founded by entrepreneur Lena Holt,": the title is the
    # founder's, in a participle phrase about the name before
    r"|[a-z]+ed\s+by|(?:led|run|built|owned|backed|known|chaired|headed)\s+by"
    r"|(?:based|headquartered)\s+in)\b",
    re.IGNORECASE,
)
_RELATIVE_TITLE = re.compile(
    r"who\s+(?:is|was|serves\s+as|served\s+as|works\s+as)\s+(?:(?:the|a|an)\s+)?",
    re.IGNORECASE,
)


#: A lower-case word before a title ("regional head").
_QUALIFIER = re.compile(r"[a-z][\w-]*\s+")


def _qualified_title(text: str) -> bool:
    """Whether ``text`` opens with a title, maybe after one or two lower-case words."""
    at = 0
    for _ in range(3):
        if _role_re().match(text, at):
            return True
        word = _QUALIFIER.match(text, at)
        if word is None:
            return False
        at = word.end()
    return False


def _a_region(name: str) -> bool:
    """A region a post covers: one of ``region_words`` or a place, or several joined by "and"
    and commas, each maybe after a compass word ("Central and Eastern Europe")."""
    parts = [p for p in re.split(r",\s*|\s+and\s+", name) if p]
    if len(parts) == 1:
        return name in cue_words("region_words")
    compass = cue_words("compass_words")

    def one(part: str) -> bool:
        words = part.split()
        while len(words) > 1 and words[0] in compass:
            words = words[1:]
        rest = " ".join(words)
        return rest in compass or rest in cue_words("region_words") or places_only(rest)

    return all(one(p) for p in parts)


def parse_appositive(text: str) -> RoleOrg:
    """Role and organisation of an appositive written after a name (see :func:`_appositive`;
    "head of Norrfin’s Bitcoin Treasury Committee": the committee is part of the title, at
    Norrfin)."""
    found = _appositive(text)
    unit = _firms_unit().fullmatch(found.organization or "")
    if unit is None or not found.role or f"{found.role} of " not in text:
        return found
    return RoleOrg(f"{found.role} of {unit[2]}", unit[1])


@lru_cache(maxsize=1)
def _firms_unit() -> re.Pattern[str]:
    """ "Norrfin’s Bitcoin Treasury Committee": a firm's possessive, then a unit of it (a
    capitalised name ending in one of ``firm_unit_words``)."""
    units = "|".join(re.escape(w) for w in cue_words("firm_unit_words"))
    return re.compile(
        r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})[’']s\s+((?:[A-Z][\w-]*\s+){0,4}"
        r"(?:" + units + r"))"
    )


def _appositive(text: str) -> RoleOrg:
    """Role and organisation of an appositive written after a name.

    ``text`` starts just after the name's comma: "head of research at K33. The shift …".
    A title with no employer may have it as a second appositive: "Head of OTC, Norr Trust,
    said" (the title keeps its field: "Head of OTC").
    """
    found = _parse_appositive(text)
    if not found.role and not found.organization:
        founded = _FOUNDED.match(text.lstrip())
        started = _clean_org(founded.group(2)) if founded is not None else None
        if founded is not None and started is not None and not not_an_employer(started):
            # "Jo Park, who founded Norrwave and …": its founder
            return RoleOrg(f"{founded.group(1) or ''}founder".lower(), started)
    if found.organization is None and not _NOT_APPOSITIVE.match(text.lstrip()):
        body = _headed_body(text.lstrip())
        if body is not None:
            # "a Democrat from Ohio who chairs the Senate Norr Committee": the body chaired
            return RoleOrg(found.role, body)
    if not found.role or found.organization:
        return found
    firm = _FIRM_AFTER_TITLE.match(text.lstrip())
    if firm is None or not _cut().match(text.lstrip(), firm.start(1) - 2):
        return found
    role = text.lstrip()[: firm.start(1)].rstrip(" ,")
    name = _clean_org(firm.group(1))
    if name is None or not_an_employer(name) or has_role(name):
        return found
    return RoleOrg(_clean_role(role) or found.role, name)


#: Words that end a firm's description before its name ("a blog about Bitcoin": no firm).
_PREPOSITIONS = r"(?:about|of|for|in|on|at|with|from|into|to|and|or|by|like)"


@lru_cache(maxsize=1)
def _head_body_re() -> re.Pattern[str]:
    verbs = "|".join(
        re.escape(v) for v in sorted(cue_words("body_head_verbs"), key=len, reverse=True)
    )
    return re.compile(
        r"[^,;.“”\"]{0,60}?\bwho\s+(?:now\s+|also\s+|currently\s+)?(?:" + verbs + r")\s+"
        # ("runs the $16 billion macro hedge fund Norrwick Corp.": what the firm is, first)
        r"(?:the\s+|an?\s+)?(?:(?:\$?[\d.,]+|(?!" + _PREPOSITIONS + r"\b)[a-z][\w-]*)\s+){0,6}?"
        r"([A-Z][^,;“”\"]*)"
    )


#: "who co-founded payments startup Norrpay in 2019": the founding verb, lower-case words
#: describing the firm, then its name (the first capitalised word).
_FOUNDED = re.compile(
    r"who\s+(?:also\s+|later\s+)?(co-?)?founded\s+(?:the\s+|an?\s+)?"
    r"(?:(?!" + _PREPOSITIONS + r"\b)[a-z][\w-]*\s+){0,4}?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
)


def _headed_body(text: str) -> str | None:
    """The named body a relative clause says the person chairs, heads or runs, if any."""
    m = _head_body_re().match(text)
    if m is None:
        return None
    body = _lead_org(m.group(1))
    return body if body is not None and not not_an_employer(body) else None


#: "Head of OTC, Norr Trust, said": a title, then a capitalised name of one to four words
#: between commas (or before the reporting verb).
_FIRM_AFTER_TITLE = re.compile(
    r"[^,;.]{2,60}?,\s+([A-Z][\w&.-]*(?:\s+(?:&\s+)?[A-Z][\w&.-]*){0,3})"
    r"(?=,|\s+(?:" + "|".join(sorted(_SPEECH_VERB_FORMS)) + r")\b)"
)


#: "decentralized exchange (DEX) Norrpay": the acronym of a firm's description, before its name
#: (or before more of the description: "exchange (DEX) aggregator 1inch").
_DESCRIPTION_ACRONYM = re.compile(
    r"\s\([A-Z]{2,6}s?\)(?=\s+[A-Z])|(?<=[a-z])\s\([A-Z]{2,6}s?\)(?=\s+[a-z0-9])"
)


#: A given name and a capitalised word right after a title: the next person in a list.
_NAME_AFTER_TITLE = re.compile(r"^\s+([A-Z][a-z]+)\s+[A-Z][a-z]")


def _next_holder(after_title: str) -> bool:
    """Whether a title is followed by a person's name ("former board chair Maria Lund"): the
    title is that person's, written in a list after another name."""
    found = _NAME_AFTER_TITLE.match(after_title)
    return found is not None and found.group(1).lower() in first_names()


def _parse_appositive(text: str) -> RoleOrg:
    text = _DESCRIPTION_ACRONYM.sub("", text.lstrip())
    if _NOT_APPOSITIVE.match(text):
        return RoleOrg()  # "Jo Park, and former executives X and Y", ", alongside Chair X,"
    opening = text.split(maxsplit=1)[:1]
    if opening and opening[0] in _SPEECH_VERB_FORMS:
        return RoleOrg()  # "Yoshi Takaha, said “As CEO, …": the verb, then the words said
    if re.match(r"to\s+[a-z]", text):
        # "Jo Park, to lead the unit as Treasury Director": the post taken, after "as"
        taken = _TAKEN_AS.match(text)
        return _parse_appositive(taken.group(1)) if taken is not None else RoleOrg()
    relative = _RELATIVE.match(text)
    if relative is not None:
        # "Jo Park, who is the CEO of Norrfin," names a title; "who has been a vocal skeptic of
        # Bitcoin" does not.
        titled = _RELATIVE_TITLE.match(text)
        if titled is None:
            return RoleOrg()
        text = text[titled.end() :]
    segment = _cut().split(text, maxsplit=1)[0].strip()
    listed = _PLACE_LIST.match(text, len(segment)) if text.startswith(segment) else None
    if listed is not None and has_role(segment):
        # "regional head of North, East and South, at Firm": the list belongs to the title.
        rest = text[listed.end() :]
        tail = _cut().split(rest, maxsplit=1)[0].rstrip()
        segment = text[: listed.end()].rstrip(" ,") + " " + tail
    if len(segment) > 120:
        return RoleOrg()
    matches = list(_role_re().finditer(segment))
    if not matches:
        return RoleOrg()
    if matches[0].start() > 25 and not _LONG_FIRM_BEFORE.fullmatch(segment[: matches[0].start()]):
        return RoleOrg()  # (not "a senior Norrland Capital Market Institute researcher")
    if _next_holder(segment[matches[-1].end() :]):
        return RoleOrg()  # "Jo Park, former board chair Maria Lund, …": Lund's title
    # "CEO of blockchain analytics developer Tallyrock": a role word right before the firm's
    # name, after the title's preposition, says what the firm is.
    matches = [
        m
        for i, m in enumerate(matches)
        if i == 0
        or not (
            re.match(r"\s+[A-Z0-9]", segment[m.end() :])
            and re.search(r"\s(?:of|at|with|for)\s", segment[matches[i - 1].end() : m.start()])
        )
    ]
    # "founder of Global Macro Investor": a capitalised role word ending the firm's name
    # after the title's preposition is part of that name.
    matches = [
        m
        for i, m in enumerate(matches)
        if i == 0
        or not (
            m.group()[:1].isupper()
            and _NAME_RUN_AFTER_PREP.search(segment[matches[i - 1].end() : m.start()])
        )
    ]
    possessive = _POSSESSIVE.match(segment)
    # (up to two lower-case words may qualify the title: "Norrex’s regional head for …")
    qualified = possessive is not None and _qualified_title(possessive["rest"])
    if possessive and possessive["org"][:1].isupper() and qualified:
        # "Deribit's head of Asia business development": the firm, then the whole title (the
        # first one: "VanEck's head of research and the fund's portfolio manager").
        rest = possessive["rest"]
        joined = re.search(r"\s+and\s+", rest)
        two_titles = joined is not None and has_role(rest[joined.end() :])
        if joined is not None and two_titles and has_role(rest[: joined.start()]):
            rest = rest[: joined.start()]
        own = _parse_appositive(rest)
        firm = _clean_org(possessive["org"])
        covers = re.search(r"\s(?:of|for)\s", rest)
        if firm and own.organization and covers and not _AT_FIRM.search(rest):
            # "Norrex’s general manager of APAC and Middle East": the firm is the owner's, so
            # the "of" names what the title covers
            return RoleOrg(_clean_role(rest), firm)
        return RoleOrg(own.role, own.organization or firm)
    and_role = _AND_ROLE.search(segment, matches[0].end())
    if and_role is not None:
        # "co-founder of Fundstrat and chairman of Bitmine": the first title, with its firm.
        first = _parse_appositive(segment[: and_role.start()])
        if first.role and first.organization:
            return first
    role_end = matches[-1].end()
    # The organisation follows the first preposition after the last role phrase ("at" wins:
    # "head of digital markets strategy at Eastbank").
    cands: list[tuple[int, int, str]] = []
    for prep in _ORG_PREPS:
        k = segment.find(prep, role_end)
        if prep == " at " and k < 0:
            k = segment.find(prep, matches[0].end())
        if prep == " to " and not segment[:k].rstrip().lower().endswith(_TO_TITLES):
            continue
        if k >= 0:
            cands.append((0 if prep == " at " else 1, k, prep))
    for _, k, prep in sorted(cands):
        if prep == " of " and _authored(segment[:k]):
            return RoleOrg(_clean_role(segment[:k]), None)  # "author of Norr Money Now": a book
        org = _clean_org(segment[k + len(prep) :]) or _lead_org(segment[k + len(prep) :])
        if org and (not_an_employer(org) or _a_field(org, prep)):
            # "a trader from London", "head of Asia business development", "Minister for
            # Digitalization": where or in what the person works, part of the title ("the
            # bank's head for Asia": the firm named elsewhere is no part of it).
            owned = possessive["rest"] if possessive and has_role(possessive["rest"]) else None
            return RoleOrg(_clean_role(owned or segment), None)
        if org:
            return RoleOrg(_clean_role(segment[:k]), org)
    if possessive and has_role(possessive.group("rest")):
        return RoleOrg(_clean_role(possessive.group("rest")), _clean_org(possessive["org"]))
    title = parse_title(segment[:role_end])
    if title.role and title.organization:
        return title  # "a Glassline contributor": the firm written before the role
    program = _IN_PROGRAM_AT.match(text, role_end) if text.startswith(segment) else None
    if program is not None and (firm := _clean_org(program.group(1))) and not not_an_employer(firm):
        # "senior fellow in the Global Economy program at the Norr Institution": the employer
        return RoleOrg(_clean_role(segment[:role_end]), firm)
    unit = _IN_UNIT.match(text, role_end) if text.startswith(segment) else None
    if unit is not None and not not_an_employer(unit.group(1)):
        # "associate director in the NMA’s Division of Enforcement": the body of the unit
        return RoleOrg(_clean_role(segment[:role_end]), unit.group(1))
    if re.match(r"\s+of\s+(?!(?:a|an|the|its|their|his|her|this|that)\s)[a-z]", segment[role_end:]):
        role_end = len(segment)  # "head of digital asset research": the field is the title's
    return RoleOrg(_clean_role(segment[:role_end]), None)


#: "a senior Norrland Capital Market Institute ": a determiner, a lower-case word or two, then
#: a firm's long name before the title.
_LONG_FIRM_BEFORE = re.compile(r"(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,2}(?:[A-Z][\w&.-]*\s+){2,6}")
#: "to lead the unit as Treasury Director": the post an infinitive clause gives.
_TAKEN_AS = re.compile(r"to\s+[a-z]+\b[^,.;]{0,60}?\bas\s+(?:the\s+|a\s+|an\s+|its\s+)?(.+)", re.S)
#: " in the Global Economy program at the Norr Institution": a unit's name, then the employer.
_IN_PROGRAM_AT = re.compile(
    r"\s+in\s+the\s+(?:[A-Z][\w&-]*\s+|and\s+|of\s+){1,6}"
    r"(?:program|programme|department|division|team|unit|group|practice|desk|lab)\s+at\s+"
    r"((?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
)
#: " in the NMA’s Division of Enforcement": a unit of a named organisation.
_IN_UNIT = re.compile(r"\s+in\s+the\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s+[A-Z]")


#: Common nouns that stand for a firm the text named before ("the firm’s CEO", "the chain’s
#: COO": ``employer_nouns`` too).
FIRM_NOUNS = tuple(
    sorted(
        {
            *("firm", "company", "exchange", "platform", "fund", "bank", "startup", "project"),
            *cue_words("employer_nouns"),
        }
    )
)
#: "exchange’s", "firm’s": a firm the text named before, by a common noun's possessive.
_FIRM_POSSESSIVE = re.compile(r"(?:" + "|".join((*FIRM_NOUNS, "lender", "issuer")) + r")['’]s")
_GLUED_FIRM = re.compile(r"(?<![\w-])(?:[a-z]+(?=[A-Z]{2})|[a-z]{4,}(?=[A-Z][a-z]))")
_TICKER_PARENS = re.compile(r"\s*\(\s*\$?[A-Z0-9]{2,10}\s*\)\s*")


#: A caption's credit glued before a word that opens a title ("NorrViewBitcoin advocate",
#: "Skew/XFellow trader").
_GLUED_LEAD = re.compile(
    r"(?<!\S)\S*[A-Za-z0-9/](?=(?:Bitcoin|Crypto|Ethereum|Blockchain|Fellow|Popular|Veteran"
    r"|Pseudonymous|Prominent|Legendary|Onchain|On-chain)\s)"
)
#: " and co-author of …": a second title joined after the first one's firm.
_AND_ROLE = re.compile(r"\s+and\s+(?:a\s+|an\s+|the\s+)?(?=[a-z][\w-]*(?:\s|$))")
#: " and Norrex co-founder": "and", then a capitalised word (a second title's firm).
_AND_FIRM = re.compile(r"\s+and\s+(?=[A-Z])")
#: " of engineering at Norrfin": a field of work, then the firm.
_OF_FIELD_AT = re.compile(r"^\s+of\s+((?:[a-z][\w-]*\s+){1,3})(at|with|for)\s+(.+)$")


#: A preposition and capitalised words up to the end of a piece of title ("… of Global Macro ").
_NAME_RUN_AFTER_PREP = re.compile(r"\s(?:of|at|with|for|from)\s+(?:[A-Z][\w&.’'-]*\s+)+$")


def _inside_a_name(segment: str, m: re.Match[str]) -> bool:
    before = segment[: m.start()].split()
    after = segment[m.end() :].split()
    return (
        m.group()[:1].isupper()
        and bool(after)
        and after[0][:1].isupper()
        and bool(before)
        and before[-1][:1].isupper()
        and len(before) >= 2
        and before[-2].lower() in {"at", "of", "from", "with", "for"}
    )


#: Capitalised ranks that belong to the title after them, not to the firm before it.
#: "Norrex’s general manager of …": a capitalised owner's possessive right before the title.
_OWNER_BEFORE = re.compile(r"(?:^|\s)[A-Z][\w.&-]*['’]s\s+$")
#: A title's employer written after it: "… at Norrex", "… with Norrex".
_AT_FIRM = re.compile(r"\s(?:at|with)\s+[A-Z]")
#: A capitalised word that may end a firm's name ("Norr" in "Norr Bitcoin CEO").
_NAME_WORD = re.compile(r"[A-Z][\w.&-]*")
_TITLE_RANKS = frozenset({"deputy", "vice", "acting", "assistant", "associate", "interim"})


@lru_cache(maxsize=1)
def _abbreviations_re() -> re.Pattern[str]:
    """An abbreviated title ending the words before a name ("including Sen. ")."""
    short = sorted(load_json("quote_cues.json")["title_abbreviations"], key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, short)) + r")(?=\s*$)")


def _full_title(short: str) -> str:
    titles: dict[str, str] = load_json("quote_cues.json")["title_abbreviations"]
    return titles[short]


_PLURAL_ROLE = re.compile(r"[^s]s$")


def is_plural_role(role: str) -> bool:
    """ "analysts", "Chainlyte analysts" (a firm's voice); not "head of … affairs"."""
    return bool(_PLURAL_ROLE.search(role_head(role).strip()))


def singular_role(role: str) -> str:
    """ "analyst" for one of the "analysts" named ("analysts Ana Lindqvist and Tom Becker")."""
    head = role_head(role)
    return head[:-1] + role[len(head) :] if _PLURAL_ROLE.search(head.strip()) else role


#: "One of" before a plural title: the person named is one of those titled.
_ONE_OF = re.compile(r"^(?:.*\s)?(?:One|Each) of\s+(?:the\s+)?|^(?:one|each) of\s+(?:the\s+)?")


def parse_title(text: str) -> RoleOrg:
    """Role and organisation of a title written just before a name (one person's: "One of
    Norrquant’s contributors" gives "contributor")."""
    found = _parse_title(text)
    role = found.role
    if role and role.lower().split()[-1] in cue_words("work_before_titles"):
        # "Rich Dad Poor Dad author Jo Park": a book, no employer (not "Norrquant author",
        # "Norr Research Group author": a firm's writer)
        words = (found.organization or "").split()
        if len(words) >= 3 and not any(w.lower() in org_words() for w in words):
            return RoleOrg(role, None)
    if role and len(role.split()) <= 2 and is_plural_role(role) and _ONE_OF_CLAUSE.search(text):
        return RoleOrg(singular_role(role), found.organization)
    return found


#: "one of" in the last clause of the words before a name.
_ONE_OF_CLAUSE = re.compile(r"\b(?:one|each) of\b[^,;:()“”\"]*$", re.IGNORECASE)


def _a_listed_title(piece: str) -> bool:
    """ "crypto trader": a title in a comma list before a name, in lower case, with no
    determiner or other small word."""
    words = piece.split()
    plain = all(w.islower() and w not in _LEAD_STOP for w in words)
    return 0 < len(words) <= 3 and plain and has_role(piece)


@lru_cache(maxsize=1)
def _title_clauses() -> re.Pattern[str]:
    """Where the clause before a title ends: punctuation, or a sentence's period (not a web
    name's, nor the one of a firm's abbreviated ending in ``org_words``, "Inc." "Corp.")."""
    firm_dots = "".join(rf"(?<!\b{w})" for w in _firm_endings())
    return re.compile(rf"(?:[,;:!?()“”\"—–]|{firm_dots}\.(?![a-z]))\s*")


#: " Kay Moss and ": after a title, a name of up to three words and "and".
_NAMED_THEN_AND = re.compile(r"\s+(?:[A-Z][\w’'.-]*\s+){1,3}and\s+")


def after_titled_name(text: str) -> str:
    """ "Norr Coin CEO Kay Moss and Norrfed director of product ": the words after the first
    titled name and its "and", which are the next name's own title (the whole text when no
    titled name and "and" come before)."""
    for m in reversed(list(_role_re().finditer(text))):
        pair = _NAMED_THEN_AND.match(text, m.end())
        if pair is None or not has_role(text[pair.end() :]) or _inside_a_name(text, m):
            continue
        # (a name's words, not a title's or a firm's: "Deputy President and CCO", "Norrfin
        # Developer Platform and co-author")
        run = pair.group().split()[:-1]
        if not any(is_role_word(w) or w.lower() in org_words() for w in run):
            return text[pair.end() :]
    return text


def _parse_title(text: str) -> RoleOrg:
    """Role and organisation of a title written just before a name.

    ``text`` is the stretch before the name: "K33's head of research", "CEO of Crypto Valley
    Exchange", "network economist", "Fed chair", "analysts at crypto brokerage firm".
    """
    # "Norrfin (NRF) CEO": a ticker in parentheses between the firm and the title.
    text = _TICKER_PARENS.sub(" ", text)
    text = _abbreviations_re().sub(lambda m: _full_title(m.group(1)), text)  # "Sen." → "Senator"
    # "crypto trader ‘": the mark that opens a quoted pseudonym after its title.
    text = re.sub(r"\s*[‘'\"“]$", "", text)
    # (A period before a lower-case letter is a web name's: "Norr.com managing director";
    # one after a firm's "Inc" or "Corp" is the name's: "Norrvik Inc. head of strategy".)
    clauses = _title_clauses().split(text)
    segment = clauses[-1].rstrip()
    # "crypto trader, analyst and entrepreneur": titles listed with commas are one title.
    k = len(clauses) - 2
    while k >= 0 and segment[:1].islower() and _a_listed_title(clauses[k]):
        segment = clauses[k].strip() + ", " + segment
        k -= 1
    # "… ‘range-bound environment’ Popular crypto trader": a headline's closing single mark.
    segment = re.split(r"(?<=\w)’\s+(?=[A-Z])", segment)[-1]
    # "Source: NorrViewBitcoin advocate": a caption's credit glued to the title's first word.
    segment = _GLUED_LEAD.sub("", segment)
    # "… fix the gapKTC’s chairman", "… a new proverNorrWare chief operating officer": a
    # lower-case word glued to a firm's capitals ends a headline run into the sentence; the
    # title starts at the firm.
    segment = _GLUED_FIRM.split(segment)[-1]
    # "One of Norrquant’s contributors, Arab Norr,": the title of one of many.
    segment = _ONE_OF.sub("", segment)
    # "at Norrfin Developer Platform": a capitalised role word after a capitalised word is
    # part of a name, not a title.
    matches = [m for m in _role_re().finditer(segment) if not _inside_a_name(segment, m)]
    if not matches:
        return RoleOrg()
    last = matches[-1]
    after = segment[last.end() :]
    org: str | None = None
    and_role = _AND_ROLE.search(segment, matches[0].end())
    if and_role is not None:
        # "head of engineering at Norrfin and co-author of the paper": the first title,
        # with its firm, is the one to keep.
        first_title = parse_title(segment[: and_role.start()])
        org_after = (
            first_title.organization
            and first_title.organization in segment[matches[0].end() : and_role.start()]
        )
        # (Not "Norrfin CEO and analyst": one title, unless the second has its own firm.)
        own_firm = parse_title(segment[and_role.end() :]).organization
        if first_title.role and (org_after or (first_title.organization and own_firm)):
            return first_title
    and_firm = _AND_FIRM.search(segment, matches[0].end())
    if and_role is not None and and_firm is not None and and_role.start() < and_firm.start():
        and_firm = None  # (the lower-case title's "and" comes first)
    if and_firm is not None and has_role(segment[and_firm.end() :]):
        # "Maelstrom’s chief investment officer and BitMEX co-founder": two titles at two
        # firms; the first, with its firm, is the one to keep.
        first_title = parse_title(segment[: and_firm.start()])
        own_firm = parse_title(segment[and_firm.end() :]).organization
        founded = re.search(r"\bfounder\b|^former\b", first_title.role or "", re.IGNORECASE)
        if first_title.role and first_title.organization and own_firm and not founded:
            # (not "Circle co-founder and Catena Labs CEO": the firm founded is a past one,
            # the job held now comes second)
            return first_title
    of_field = _OF_FIELD_AT.match(after)
    if of_field is not None:
        # "head of engineering at Norrfin": the field belongs to the title.
        org = _lead_org(of_field.group(3))
        if org is not None and not not_an_employer(org):
            field = of_field.group(1).strip()
            return RoleOrg(segment[last.start() : last.end()] + " of " + field, org)
        org = None
    if after.strip() and _AND_MORE.match(after):
        # "co-founder and cypherpunk": the title goes on in lower case.
        last_end = len(segment)
    elif after.strip():
        prep = next((p for p in _ORG_PREPS if after.startswith(p)), None)
        if prep is None:
            return RoleOrg()  # the role belongs to other words, not to this name
        org = _clean_org(after[len(prep) :])
        # "author of The Norr Standard": the book written, neither employer nor title
        authored = prep == " of " and _authored(segment[: last.end()])
        held_in = (
            org is not None
            and prep in (" of ", " from ", " for ")
            and (_a_region(org) or not_an_employer(org) or _a_field(org, prep))
        ) or (prep == " of " and _OWNER_BEFORE.search(segment[: matches[0].start()]) is not None)
        if held_in:
            # "head of Europe", "analyst of Silicon Valley": where the post is, not the employer.
            org = None
        if authored:
            org, last_end = None, last.end()
        elif org is None and (prep == " of " or held_in):
            # "vice president of regulatory affairs": the rest of the title, not a name.
            last_end = len(segment)
        else:
            last_end = last.end()
    else:
        last_end = last.end()
    # Join role phrases linked by short lower-case glue: "CEO and co-founder".
    first = last
    for m in reversed(matches[:-1]):
        glue = segment[m.end() : first.start()]
        # (not over a firm's name after a title in lower case: "billionaire Norrla CEO" is
        # the firm's CEO; "Chief Brand Officer" is one title)
        named = m.group()[:1].islower() and any(g[:1].isupper() for g in glue.split())
        if len(glue.split()) <= 2 and "’" not in glue and "'" not in glue and not named:
            first = m
        else:
            break
    head = segment[: first.start()]
    words = head.split()
    role_part = segment[first.start() : last_end]
    # Up to two lower-case words qualify the role ("network economist"); none before a title
    # written in sentence case, which opens a sentence glued to a heading ("… for crypto and
    # tech sectors Chief executive officer X").
    lead: list[str] = []
    plain = 0
    most_plain = 0 if _sentence_case(role_part) else 2
    for w in reversed(words):
        if _FIRM_POSSESSIVE.fullmatch(w):
            break  # "the exchange’s managing director": the firm is named elsewhere
        ranked = not lead or lead[0].lower() in _TITLE_RANKS
        if w.lower() in _TITLE_RANKS and len(lead) < 2 and ranked:
            lead.insert(0, w)  # "Bank of Norrland Deputy Governor": the rank is the title's
            continue
        if not lead and w.lower() in cue_words("title_fields"):
            lead.insert(0, w)  # "IMF Communications Director": the field is the title's
            continue
        if w in cue_words("descriptive_acronyms") and len(lead) < 3:
            lead.insert(0, w)  # "senior ETF analyst": an acronym that describes the job
            continue
        if w.lower() in cue_words("descriptive_words") and len(lead) < 3:
            if w[:1].isupper() and not lead and _founded(segment[first.start() : last_end]):
                break  # "Ethereum co-founder": the project founded is the organisation
            k = len(words) - len(lead) - 1  # (w's place in words)
            firm_before = (
                k > 0
                and _NAME_WORD.fullmatch(words[k - 1]) is not None
                and words[k - 1] not in cue_words("name_stop")
                and not not_an_employer(words[k - 1])
            )
            if w[:1].isupper() and not lead and firm_before and is_company_title(role_part):
                break  # "Norr Bitcoin CEO": a company's title; the word ends the firm's name
            lead.insert(0, w)  # "Crypto analyst", "Republican Senator": no firm
            continue
        if (
            w[:1].islower()
            and w.lower() not in _LEAD_STOP
            and plain < most_plain
            and not lower_brand(w)
            and not (w.endswith("ed") and is_speech_verb_form(w))  # "The firm cited attorney"
        ):
            lead.insert(0, w)
            plain += 1
            continue
        break
    rest = words[: len(words) - len(lead)]
    role = " ".join([*lead, segment[first.start() : last_end]])
    if rest and _FIRM_POSSESSIVE.fullmatch(rest[-1]):
        return RoleOrg(_clean_role(role), None)
    if org is None and rest:
        possessive = re.match(r"^(?P<org>.+?)(?:['’]s|['’])$", rest[-1])
        caps: list[str] = []
        tail = rest[:-1] + [possessive["org"]] if possessive else rest
        for i in range(len(tail) - 1, -1, -1):
            w = tail[i]
            if "%" in w or "/" in w or (caps and i > 0 and w in _HEADLINE_DETERMINERS):
                # "The Predicted 90% Norr Crash Analyst", "… Needs To Conquer This Price Level
                # Technical analyst": a headline's; "Source: NorrKing/XAnother popular
                # trader": a caption's credit glued to the sentence; no name
                caps = []
                break
            if caps and w[:1].isupper() and w.lower() in cue_words("headline_verbs"):
                # "…: RSI Signals Caution Crypto analyst X": a headline's verb, then its last
                # words (a firm's name may end in such a word: "Norr Signals CEO")
                caps = []
                break
            if (
                (w[:1].isupper() or w[:1].isdigit() or lower_brand(w))
                and len(caps) < 4
                and w not in cue_words("name_stop")
                # ("On-chain analyst X": no firm; "Aave-chan Initiative founder": a name's)
                and not (_PLACE_ADJECTIVE.match(w) and not (caps and _hyphenated_name(w)))
                and not _capitalised_speech_verb(w)  # "… Melker Says analyst X": a headline's
            ):
                caps.insert(0, w)
                continue
            if caps and len(caps) < 4 and w.lower() in _ORG_GLUE and i > 0:
                before_glue = tail[i - 1]
                # ("Senator Jo Merkel and Senate Minority Leader": a person's name before
                # "and" starts another title holder, no part of the body's name)
                named = i > 1 and w == "and" and tail[i - 2].lower() in first_names()
                if (
                    before_glue[:1].isupper()
                    and before_glue not in cue_words("name_stop")
                    and not named
                ):
                    caps.insert(0, w)  # "Teach For Kenya CEO": a linking word inside the name
                    continue
            if caps and w.lower() in _MODALS:
                caps = []  # "… Attack Could Continue for Days Prime Minister": a headline's
            if caps and w in _HEADING_SMALL_WORDS and i > 0 and tail[i - 1][:1].isupper():
                caps = []  # "… Has A Long Way To Go Crypto analyst": a headline's last words
            break
        owner = next((k for k, w in enumerate(caps[:-1]) if strip_possessive(w) != w), None)
        if (
            owner is not None
            and not possessive
            and not_an_employer(strip_possessive(caps[owner]))
            and caps[-1].lower() in org_words()
        ):
            # "Pakistan’s Federal Norr Agency Director": a country's body, named in full, is
            # the employer (not the country, nor part of the title)
            caps = caps[owner + 1 :]
            owner = None
        heading = caps[owner + 1 :] if owner is not None else []
        if (
            heading
            and not possessive
            and holds_office(role)
            and not any(w.lower() in org_words() or w.lower() in _ORG_GLUE for w in heading)
        ):
            # "Norr Media’s Crypto Strategy US President": a heading glued before a public
            # office, which no firm gives; neither the heading's words nor its firm are the
            # title's (a place right before the office is: "US President").
            k = len(heading)
            while k > 0 and (is_place(heading[k - 1]) or is_nationality(heading[k - 1])):
                k -= 1
            return RoleOrg(_clean_role(" ".join([*heading[k:], role])), None)
        if owner is not None and not possessive:
            # "Deribit's Asia Business Development Head": the firm's, then the title's words.
            role = " ".join([*caps[owner + 1 :], role])
            caps = caps[: owner + 1]
            caps[-1] = strip_possessive(caps[-1])
        known = next((k for k in range(1, len(caps)) if known_firm(caps[k])), None)
        if known is not None and not possessive and caps[known - 1].lower() not in _ORG_GLUE:
            caps = caps[known:]  # "… And Next Steps Binance founder": the firm starts there
        platform = caps and caps[-1] in cue_words("social_platforms") and not possessive
        if platform and not is_company_title(role):
            caps = []  # "X crypto influencer EnHeng": where they post, no employer
        if caps:
            org = _clean_org(" ".join(caps))
        longer = len(tail) > len(caps) and tail[-len(caps) - 1][:1].isupper()
        if org and not possessive and attitude_role(role) and not longer:
            # "Norrcoin proponent", "longtime Norrchain critic": what the stance is about,
            # part of it; no employer.
            k = len(tail) - len(caps)
            about: list[str] = []
            while k > 0 and len(about) < 2 and tail[k - 1].islower():
                if tail[k - 1] in _LEAD_STOP:
                    break
                about.insert(0, tail[k - 1])
                k -= 1
            return RoleOrg(_clean_role(" ".join([*about, org, role])), None)
        if not longer and no_employer(role, org):
            # "Silicon Valley veteran", "American analyst": the place or nationality is part of
            # the title; a possessive ("London’s top trader") just drops. (A city's mayor
            # works for the city: "New York City Mayor X".)
            role = role if possessive and len(caps) == 1 else f"{org} {role}"
            org = None
    return RoleOrg(_clean_role(role), org)


def _sentence_case(title: str) -> bool:
    """ "Chief executive officer", "Head of research": a title whose first word alone is
    capitalised (not "Chief Executive Officer", "CEO")."""
    words = title.split()
    first = words[0] if words else ""
    return (
        len(words) >= 2
        and first[:1].isupper()
        and first[1:].islower()
        and any(w.islower() and w not in _ORG_GLUE for w in words[1:])
    )


def _a_field(org: str, prep: str) -> bool:
    """A field of work written capitalised after a title's preposition ("Head of Consumer",
    "Minister for Digitalization"), not an employer (data ``work_fields``; after "for" a
    ``title_fields`` word too, while "Secretary of Labor" keeps its department)."""
    if org in cue_words("descriptive_acronyms"):
        return True  # "Head of OTC", "head of DeFi": what the person works on
    if prep not in (" for ", " of "):
        return False
    fields = cue_words("work_fields") | (cue_words("title_fields") if prep == " for " else set())
    # ("Minister of State for Blockchain and Crypto": several fields joined by "and")
    parts = re.split(r",\s*|\s+and\s+|\s+&\s+", org.lower())
    return all(p in fields for p in parts if p)


def _authored(role: str) -> bool:
    """A title whose "of" names a work the person wrote ("best-selling author")."""
    words = role.lower().split()
    return bool(words) and words[-1] in cue_words("work_author_titles")


def _founded(role: str) -> bool:
    """A title that says who founded something ("co-founder", "founder and CEO")."""
    return bool(role.strip()) and role.lower().split()[0] in cue_words("founder_titles")
