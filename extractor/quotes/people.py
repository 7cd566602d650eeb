"""Cluster name mentions into people: a surname, a first name, the initials ("TL" after "Tara
Lund") or a near-miss spelling of the surname ("Davis" after "James Davies") joins the full name
introduced earlier. Pure Python.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from extractor.data_tables import load_json
from extractor.quotes.cue_words import cue_words, known_firm
from extractor.quotes.places import no_employer
from extractor.quotes.pseudonyms import given_names


@dataclass(frozen=True)
class NameMention:
    """A name as written, with what the text says about it there."""

    text: str
    start: int
    end: int
    kind: str | None = None  # "person", "organization" or None when unknown
    role: str | None = None
    organization: str | None = None


@dataclass
class Cluster:
    """One entity: its canonical name and everything said about it."""

    name: str
    kind: str | None
    mentions: list[NameMention] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)

    def add(self, m: NameMention) -> None:
        self.mentions.append(m)
        surface = clean_name(m.text)
        for alias in (surface, nickname(m.text)):
            if alias and alias != self.name and alias not in self.aliases:
                self.aliases.append(alias)
        if m.role and m.role not in self.roles:
            self.roles.append(m.role)
        own = m.organization == clean_name(m.text)
        org = m.organization
        if org and not own and not no_employer(m.role, org) and org not in self.organizations:
            self.organizations.append(org)
        if self.kind is None or (m.kind == "person" and m.role):
            self.kind = m.kind or self.kind

    @property
    def role(self) -> str | None:
        """The first title written with the organisation (the title held there: "founder"
        of "Kay, founder of Norrfin," over an earlier "prominent adviser"), else the first; a
        public office written first stays the title."""
        first = self.roles[0] if self.roles else None
        if first is not None and first.lower() in cue_words("public_offices"):
            return first  # "Representative Jo Park", later "House floor leader Jo Park"
        org = self.organization
        paired = next(
            (m.role for m in self.mentions if m.role and org and m.organization == org), None
        )
        chosen = paired or first
        if chosen is not None and chosen.lower() in cue_words("generic_heads"):
            # "Jo Park, the head of the NFA", later "Park took over as superintendent of the
            # NFA": the specific title held at the same body
            return next(
                (
                    m.role
                    for m in self.mentions
                    if m.role
                    and m.role.lower() not in cue_words("generic_heads")
                    and not _FORMER.match(m.role)
                    and m.organization is not None
                    and org is not None
                    and _same_body(m.organization, org)
                ),
                chosen,
            )
        return chosen

    @property
    def organization(self) -> str | None:
        """The first organisation, passing over one held only in a former title ("Chainlink
        Labs’ former head of growth, Mickey Graham" and later "Metalayer’s Mickey Graham")."""
        former = {
            m.organization
            for m in self.mentions
            if m.role and _FORMER.match(m.role) and m.organization
        }
        current = {
            m.organization for m in self.mentions if m.role is None or not _FORMER.match(m.role)
        }
        now = [o for o in self.organizations if o not in former or o in current]
        return now[0] if now else (self.organizations[0] if self.organizations else None)


def _same_body(written: str, org: str) -> bool:
    """ "NYDFS" for "New York State Department of Financial Services": the same name, or an
    acronym whose letters follow the initials of the name's capitalised words in order."""
    if written == org:
        return True
    if not (written.isalpha() and written.isupper() and len(written) >= 2):
        return False
    initials = iter(w[0] for w in org.split() if w[:1].isupper())
    return all(letter in initials for letter in written)


#: A title no longer held ("former head of growth", "ex-CEO").
_FORMER = re.compile(r"(?:former|ex-|onetime|one-time)\b", re.IGNORECASE)


def former_title(role: str) -> bool:
    """A title no longer held ("former commissioner", "ex-CEO")."""
    return _FORMER.match(role) is not None


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    """Titles written before a person's name ("mr", "ms.", "dr")."""
    return frozenset(load_json("quote_cues.json")["honorifics"])


#: A quoted nickname inside a name: "Changpeng ‘CZ’ Zhao".
_NICKNAME = re.compile(r"(?<=\w)\s+[‘“\"']([^‘’“”\"']{1,30})[’”\"']\s+(?=\w)")


def nickname(text: str) -> str | None:
    """The quoted nickname written inside a name, if any ("CZ" in "Changpeng ‘CZ’ Zhao")."""
    found = _NICKNAME.search(text)
    return found.group(1).strip() if found else None


@lru_cache(maxsize=1)
def possessive_names() -> frozenset[str]:
    """Firms whose name ends in a possessive "'s" ("Moody's"), without it."""
    return frozenset(load_json("quote_cues.json")["possessive_names"])


#: A possessive ending on a word ("Kett’s", "Norrfin Labs’").
_POSSESSIVE_END = re.compile(r"[’']s?$")


def strip_possessive(word: str) -> str:
    """A word without a possessive ending ("Kett’s" → "Kett")."""
    return _POSSESSIVE_END.sub("", word)


def clean_name(text: str) -> str:
    """A name without honorifics, a quoted nickname, possessive endings or stray punctuation
    ("Moody's" keeps its "'s": it is the firm's name)."""
    text = _NICKNAME.sub(" ", text)
    # (an account's handle is named without its "@": "@Norrtul1994" → "Norrtul1994")
    text = text.strip(" ,.;:“”\"'’‘()\u00a0\n").removeprefix("@")
    if not (text[:-2] in possessive_names() and text[-2:] in {"'s", "’s"}):
        text = strip_possessive(text)
    words = [_DOUBLED.sub(r"\1", w) for w in text.split()]
    while words and words[0].lower() in honorifics():
        words = words[1:]
    if len(words) >= 2 and (glued := _GLUED_TAIL.match(words[-1])) is not None:
        # "Source: Adam BackSkeptics argue": a person's credit glued to the next sentence
        # (not a brand after a firm's name: "the CME FedWatch tool")
        if glued.group(1) not in _INNER_CAPITAL_STEMS and words[0].lower() in given_names():
            words[-1] = glued.group(1)
    if len(words) == 2 and words[0] == words[1]:
        words = words[:1]  # "Source: Norrmetrics Norrmetrics mentioned": a caption's credit
    return " ".join(words)


#: A surname glued to the next sentence's first word ("Source: Adam BackSkeptics …").
_GLUED_TAIL = re.compile(r"^([A-Z][a-z]{2,})[A-Z][A-Za-z]+$")
#: Name stems written with a capital inside ("MacKenzie", "FitzGerald", "VanDyke").
_INNER_CAPITAL_STEMS = frozenset({"Mac", "Fitz", "Van", "Von", "Della", "Delle", "Dal"})

#: A caption's credit glued to the next sentence opening with the same word ("Source: Ana
#: PetrovPetrov declined …"): the word once.
_DOUBLED = re.compile(r"^([A-Z][a-z'’-]+)\1$")


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Edits between two spellings, a swap of two neighbouring letters counting as one
    ("Adroino" for "Ardoino"); stops early above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cost = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb and ca != cb:
                cost = min(cost, before[j - 2] + 1)
            cur.append(cost)
        if min(cur) > limit:
            return limit + 1
        before, prev = prev, cur
    return prev[-1]


def near_miss(a: str, b: str) -> bool:
    """Two spellings of one surname: same first letter, one edit apart (two for long names)."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    if len(a) < 4 or len(b) < 4 or a[0] != b[0]:
        return False
    return edit_distance(a, b) <= (2 if min(len(a), len(b)) >= 8 else 1)


def _tokens(name: str) -> list[str]:
    return [w for w in re.split(r"\s+", name) if w]


def initials(name: str) -> str:
    """ "Tara Okoye Lund" → "TOL": the capitals a name is often shortened to."""
    words = _tokens(name)
    return "".join(w[0] for w in words).upper() if 2 <= len(words) <= 3 else ""


def is_initials_of(short: str, name: str) -> bool:
    """Whether ``short`` ("TL", in capitals, 2–3 letters) is written for the name "Tara Lund"."""
    return 2 <= len(short) <= 3 and short.isupper() and short.isalpha() and short == initials(name)


#: Generational suffixes written after a surname ("Axel Adler Jr.").
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def has_suffix(name: str) -> bool:
    words = _tokens(name)
    return len(words) >= 3 and words[-1].lower() in NAME_SUFFIXES


def surname_of(name: str) -> str:
    """The last word of a name, passing over a generational suffix ("Adler" of "Axel Adler
    Jr.")."""
    words = _tokens(name)
    if len(words) >= 2 and _HYPHENATED_GIVEN.match(words[-1]):
        return words[-2]  # "Min Jae-won": a Korean family name comes before the given name
    if len(words) == 3 and _SYLLABLES.match(words[-1]) and len(words[1]) <= 4:
        return words[1]  # "Johnny Ng Kit-Chong": an English name, the family name, then two
    return words[-2] if has_suffix(name) else (words[-1] if words else "")


#: A given name written with a hyphen and a lower-case second syllable ("Jae-won").
_HYPHENATED_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
#: Two short syllables of a Chinese given name, both capitalised ("Kit-Chong"); a
#: double-barrelled surname has longer parts ("Hemsley-Carter").
_SYLLABLES = re.compile(r"^[A-Z][a-z]{1,4}-[A-Z][a-z]{1,4}$")


def _joins(short: str, cluster: Cluster, how: str) -> bool:
    """Whether a one-word name joins a full name: by surname, first name or near-miss."""
    words = _tokens(cluster.name)
    if len(words) < 2:
        return False
    if how == "surname":
        return short == surname_of(cluster.name)
    if how == "first":
        # "Galaxy" is Galaxy Digital; "Mattel" is not the "Mattel Digital Collectibles
        # Marketplace" it runs: a longer name after a firm's is one of its products.
        # A well-known firm's name is not short for a longer one ("Binance Pay" is its product).
        return (
            short == words[0]
            and not known_firm(short)
            and (cluster.kind == "person" or len(words) == 2)
        )
    if how == "initials":
        return cluster.kind == "person" and is_initials_of(short, cluster.name)
    return cluster.kind == "person" and near_miss(short, surname_of(cluster.name))


def _misspelt(cluster: Cluster, name: str, kind: str | None) -> bool:
    """Whether ``name`` is the cluster's full name with its last word misspelt: a person's
    (two words, the first one the same) or a firm's (a long last word)."""
    mine, theirs = _tokens(name), _tokens(cluster.name)
    if len(mine) != len(theirs) or len(mine) < 2 or mine[:-1] != theirs[:-1]:
        return False
    firms = kind == "organization" or cluster.kind == "organization"
    if firms and min(len(mine[-1]), len(theirs[-1])) < 6:
        return False
    if not firms and len(mine) != 2:
        return False
    a, b = sorted((mine[-1], theirs[-1]), key=len)
    clipped = firms and b.startswith(a)  # "Standard Charter" for "Standard Chartered"
    return clipped or near_miss(a, b)


def _same_name(a: str, b: str) -> bool:
    """One name, whichever apostrophe it is typed with ("Moody's", "Moody’s"), or a full
    name written in capitals ("MICHAEL SAYLOR"; one capitalised word is a ticker: "TRUMP")."""
    a, b = a.replace("’", "'"), b.replace("’", "'")
    if a == b:
        return True
    shouted = (a.isupper() or b.isupper()) and " " in a.strip()
    return shouted and a.casefold() == b.casefold()


def cluster_names(mentions: list[NameMention]) -> list[Cluster]:
    """Group mentions into entities, in order of first mention."""
    clusters: list[Cluster] = []
    ordered = sorted(mentions, key=lambda m: m.start)
    written = Counter(clean_name(m.text) for m in ordered)  # how often each name is written
    # Full names first, so that a surname can join a name written later in the text too.
    for m in ordered:
        name = clean_name(m.text)
        if len(_tokens(name)) < 2:
            continue
        target = next((c for c in clusters if _same_name(c.name, name)), None)
        if target is None:
            # "Axel Adler" read inside "Axel Adler Jr.": the same words, the same person.
            target = next(
                (c for c in clusters if any(x.start == m.start for x in c.mentions)), None
            )
        if target is None:
            target = next(
                (
                    c
                    for c in clusters
                    if _tokens(c.name)[-1] == _tokens(name)[-1]
                    and _tokens(c.name)[0] == _tokens(name)[0]
                ),
                None,
            )
        if target is None:
            # "Paolo Ardoino" after "Paolo Adroino", "Standard Charter" after "Standard
            # Chartered": the same words but a misspelt last one are one name.
            target = next((c for c in clusters if _misspelt(c, name, m.kind)), None)
        if target is None:
            # "Adler Jr" after "Axel Adler Jr": the tail of a longer name is that name.
            words = _tokens(name)
            target = next(
                (
                    c
                    for c in clusters
                    if len(_tokens(c.name)) > len(words)
                    and _tokens(c.name)[-len(words) :] == words
                    and c.kind != "organization"
                ),
                None,
            )
        if target is None:
            target = Cluster(name=name, kind=m.kind)
            clusters.append(target)
        target.add(m)
    for m in ordered:
        name = clean_name(m.text)
        if not name or len(_tokens(name)) >= 2:
            continue
        target = next((c for c in clusters if _same_name(c.name, name)), None)
        # "Trump" is rather Donald Trump than Donald Trump Jr., whichever came first; "Hill"
        # read as a person is rather Lena Hill than Capitol Hill.
        plain_first = sorted(
            clusters, key=lambda c: (has_suffix(c.name), m.kind is not None and c.kind != m.kind)
        )
        # A misspelt surname the model reads as a firm ("Obchavich" for "Obchakevich") still
        # joins, when long enough not to be a short firm name, or written only once (a firm
        # is named again; "Harrus" once after "Ola Harris").
        once = written[name] == 1
        typo_ok = m.kind != "organization" or len(name) >= 7 or (once and len(name) >= 5)
        for how in ("surname", "first", "initials", "near-miss"):
            if target is None and (how != "near-miss" or typo_ok):
                target = next((c for c in plain_first if _joins(name, c, how)), None)
        if target is None:
            target = Cluster(name=name, kind=m.kind)
            clusters.append(target)
        target.add(m)
    clusters.sort(key=lambda c: min(x.start for x in c.mentions))
    return clusters
