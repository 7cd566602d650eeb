"""One article's quotes, people and organisations, computed once per Doc.

Both the ``nm_people`` and the ``nm_quotes`` components read :func:`analyse_article`; the result
is kept in ``doc.user_data`` so the rules run once however many components ask.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from extractor.data_tables import load_json
from extractor.quotes.acronyms import (
    company_forms,
    defined_acronyms,
    expand,
    implied_acronyms,
    lower_defined,
)
from extractor.quotes.attribution import (
    NAME_PARTICLES,
    Cue,
    SpeakerRef,
    appositive_firms,
    asset_spans,
    before_a_titled_name,
    employer_of_title,
    is_plural_role,
    lower_brand,
    lowercase_words,
    name_tokens,
    overlaps,
    person_surnames,
    pronouns,
    speaker_from_tokens,
    term_acronym,
    titled_runs,
    trim_entity,
)
from extractor.quotes.cue_words import (
    cue_words,
    gendered_pronouns,
    introduced_as_org,
    known_firm,
    no_job_role,
    person_named_firm,
    persons_title,
    public_body_name,
)
from extractor.quotes.handle_shape import at_handle, hex_handle
from extractor.quotes.handles import handle_mentions
from extractor.quotes.people import (
    Cluster,
    NameMention,
    clean_name,
    cluster_names,
    former_title,
    has_suffix,
    honorifics,
    surname_of,
)
from extractor.quotes.places import (
    holds_office,
    is_coin,
    no_employer,
    not_an_employer,
    places_only,
)
from extractor.quotes.pseudonyms import first_names, of_names
from extractor.quotes.roles import is_body_name, is_role_word, org_words
from extractor.quotes.sentences import text_of
from extractor.quotes.speech import Finding, analyse, introduced_by_noun, taken_up_by_he_or_she
from extractor.quotes.topic_org import (
    body_words,
    is_company_title,
    public_body,
    times_named,
    topic_organization,
)
from models.quotes import Mention, Person, Quote, Speaker

_CACHE_KEY = "nm_quotes_article"
_NAME_LABELS = {"PERSON": "person", "ORG": "organization"}


@dataclass(frozen=True)
class ArticleSpeech:
    quotes: list[Quote]
    people: list[Person]
    organizations: list[str]


#: Lower-case words no name ends with.
_DANGLING_WORDS = frozenset({"of", "for", "at", "and", "the", "to", "in", "on", "with"})


def _plausible_name(text: str) -> bool:
    name = clean_name(text)
    brand = lower_brand(name.split()[0]) if name.split() else False  # "eToro"
    if len(name) < 2 or not (name[:1].isupper() or brand) or is_role_word(name):
        return False
    if name.split()[-1] in _DANGLING_WORDS:
        return False  # "Global Head of": a title cut before its field, no name
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and (not name.isupper() or len(name) <= 6)


def _common_word(word: str, common: frozenset[str]) -> bool:
    """A word the article also writes in lower case (singular or plural)."""
    if len(word) <= 2:
        return False
    return word in common or word + "s" in common or word.rstrip("s") in common


def _mentions(doc: Doc, findings: list[Finding], speakers: list[SpeakerRef]) -> list[NameMention]:
    assets = asset_spans(doc)
    seen: dict[tuple[int, int], NameMention] = {}
    for ref in speakers:
        if ref.needs_antecedent or ref.kind == "group" or not _plausible_name(ref.text):
            continue
        if overlaps(ref.start, ref.end, assets):
            continue
        known = seen.get((ref.start, ref.end))
        if known is not None and known.role and not ref.role:
            continue  # ("said the bank’s CEO, Jo Park said": the cue that gave the title)
        seen[(ref.start, ref.end)] = NameMention(
            ref.text, ref.start, ref.end, ref.kind, ref.role, ref.organization
        )
    # Full names that are the subject of any verb ("Ana Ruiz spoke on Monday"): the model
    # may miss them, yet a later surname must find them.
    subjects = [name_tokens(t) for t in doc if t.dep_ == "nsubj" and t.pos_ == "PROPN"]
    # (and names a relative clause describes, however parsed: "Atack, who contributes to …")
    text = text_of(doc)
    subjects += [
        name_tokens(t)
        for t in doc
        if t.pos_ == "PROPN" and _PERSON_AFTER.match(text, t.idx + len(t.text))
    ]
    # … and full names right after a job title ("co-founder Yana Siu"), whatever their label.
    # (each name once: a subject may also be described by a relative clause or titled)
    for span in dict.fromkeys(subjects + list(titled_runs(doc))):
        if span is None:
            continue
        ref = speaker_from_tokens(doc, *span)
        lone_ok = ref.kind == "person" and bool(
            ref.role and (ref.organization or persons_title(ref.role))
        )
        # ("Holt, who runs hedge fund Norrwick Capital,": a surname with the firm it runs)
        lone_ok = lone_ok or bool(ref.organization and _PERSON_AFTER.match(text, ref.end))
        if span[1] - span[0] < 2 and not lone_ok:
            # (a surname alone counts with its title and firm, "Kay, founder of X,", or with
            # a title only a person holds, "crypto analyst Merlo")
            continue
        key = (ref.start, ref.end)
        if key in seen or overlaps(ref.start, ref.end, assets):
            continue
        if any(t.lower_ in org_words() for t in doc[span[0] : span[1]]):
            continue
        seen[key] = NameMention(ref.text, ref.start, ref.end, ref.kind, ref.role, ref.organization)
    # (and one-word names their sentence calls "he" or "she": "NorrchartsUK’s video … he")
    for h in handle_mentions(doc, set()) + taken_up_by_he_or_she(doc, set()):
        if not overlaps(h.start, h.end, assets + list(seen)):
            seen[(h.start, h.end)] = NameMention(
                h.text, h.start, h.end, "person", h.role, h.organization
            )
    taken = list(seen)
    common = lowercase_words(doc)
    for full in _split_at_possessives(doc.ents):
        kind = _NAME_LABELS.get(full.label_)
        trimmed = trim_entity(full) if kind is not None else None
        if kind is None or trimmed is None or not _plausible_name(trimmed.text):
            continue
        ent = _court_full_name(trimmed)
        if overlaps(ent.start_char, ent.end_char, assets + taken):
            continue
        if term_acronym(text_of(doc), ent.start_char, ent.text):
            continue  # "a 19.9 megawatt (MW) site": a unit's short form
        role: str | None = None
        org: str | None = None
        if kind == "person" and (
            employer_of_title(ent)
            or person_named_firm(ent.text)
            or before_a_titled_name(doc, ent.end)  # "Rich Dad Poor Dad author Robert K."
        ):
            # "Lena Holt, COO of Norrpay Domains": the employer; "Raymond James": a firm
            kind = "organization"
        if kind == "person" and is_body_name(ent.text) and not has_suffix(ent.text):
            kind = "organization"  # "Norrstrom Finance", "Osprey Funds": a firm's name
        if kind == "organization" and len(ent) == 1 and ent.text in person_surnames(doc):
            kind = "person"  # "Council" after "Eric Council Jr.", however tagged
        if kind == "person":
            given = ent[0].lower_ in first_names() and len(ent) >= 2  # ("Bill Hagen")
            common_at = [
                _common_word(t.lower_, common)
                and not (given and t.i == ent.start)
                and not (t.text.islower() and t.lower_ in NAME_PARTICLES)  # "Patrik von Bahr"
                for t in ent
            ]
            # A common word after the first ("Max Pain", "Expiry Alert") is no surname; a
            # first word alone may be one ("satoshis", units named after Satoshi Nakamoto).
            if (any(common_at[1:]) or all(common_at)) or any(
                t.lower_ in org_words() and not (given and has_suffix(ent.text)) for t in ent
            ):
                continue  # "Max Pain", "Expiry Alert", "Osprey Funds": not people
            if any(ch.isdigit() for ch in ent.text):
                continue
            found = speaker_from_tokens(doc, ent.start, ent.end)
            role, org = found.role, found.organization if found.kind == "person" else None
            if introduced_as_org(text_of(doc), ent.start_char):
                # "hacking group Maren Dahl": what the noun before names is an organisation,
                # however person-like the name.
                kind, role, org = "organization", None, None
        seen[(ent.start_char, ent.end_char)] = NameMention(
            ent.text, ent.start_char, ent.end_char, kind, role, org
        )
    # "Japanese investment firm Norrplanet": a name a firm's noun introduces, which the model
    # may have tagged as nothing, is an organisation the article names.
    for ref in introduced_by_noun(doc, set()):
        firm_noun = ref.source_noun in cue_words("org_intro_nouns")  # (not "The post X …")
        if firm_noun and not overlaps(ref.start, ref.end, assets + list(seen)):
            seen[(ref.start, ref.end)] = NameMention(
                ref.text, ref.start, ref.end, "organization", None, None
            )
    return sorted(seen.values(), key=lambda m: m.start)


#: A court's full name: its country, its kind, "Court", and the seat it is "for" ("US
#: District Court for the Southern District of New York", "Court of Appeals for the Second
#: Circuit").
_COURT_NAME = re.compile(
    r"(?:(?:U\.S\.|US|United States)\s+)?(?:[A-Z][a-z]+\s+){0,3}Court"
    r"(?:\s+of\s+[A-Z][a-z]+)?"
    r"(?:\s+for\s+the\s+(?P<seat>[A-Z][a-z]+(?:\s+(?:of\s+)?[A-Z][a-z]+){0,4}))?"
)


#: A run of characters between spaces: one written word with its punctuation.
_WORD_RUN = re.compile(r"\S+")


def _court_full_name(ent: Span) -> Span:
    """ "District Court" (or "Court") that the model cut out of "the US District Court for the
    District of Columbia": the court's whole name as written around it."""
    if ent[-1].text != "Court":
        return ent
    doc = ent.doc
    sent = ent.sent
    for m in _COURT_NAME.finditer(text_of(doc), sent.start_char, sent.end_char):
        if m.start() <= ent.start_char and ent.end_char <= m.end():
            end = m.end()
            if m.group("seat") is not None:
                # (the seat's words end before a title or a given name: "… of New York Judge
                # Ana Berg")
                stop = next(
                    (
                        w
                        for w in _WORD_RUN.finditer(text_of(doc), m.start("seat"), m.end())
                        if is_role_word(w[0].lower()) or w[0].lower() in first_names()
                    ),
                    None,
                )
                if stop is not None:
                    end = stop.start() - 1
            whole = doc.char_span(m.start(), end, label=ent.label_, alignment_mode="expand")
            return whole if whole is not None else ent
    return ent


def _split_at_possessives(ents: Iterable[Span]) -> list[Span]:
    """Entities, each cut in two at a possessive inside it: the model may read "Norland’s
    Supreme Court" as one organisation, which names Norland and its Supreme Court."""
    found: list[Span] = []
    for ent in ents:
        cut = next((t.i for t in ent[1:-1] if t.text in {"’s", "'s"}), None)
        if cut is None:
            found.append(ent)
        else:
            doc = ent.doc
            found += [
                Span(doc, ent.start, cut, ent.label_),
                Span(doc, cut + 1, ent.end, ent.label_),
            ]
    return found


_PERSON_AFTER = re.compile(r"\s*,\s*who\b")
#: "Acme’s Lund said": a one-word name after a firm's possessive is one of its people.
_FIRM_POSSESSIVE = re.compile(r"\b[A-Z][\w.&-]*[’']s\s+$")


#: A lower-case noun right before a name, perhaps with a comma and an opening mark.
_HOLDER_BEFORE = re.compile(r"\b([a-z]+),?\s+[“‘\"']?$")
#: "Kiyosaki started his post": the name's own verb, then "his"/"her".
_HIS_HER_AFTER = re.compile(r"\s+[a-z]+\s+(?:his|her)\s")


def _person_only(text: str, m: NameMention) -> bool:
    """A mention in words only a person takes: "X, who …", "Ms. X", "X started his …"."""
    if _PERSON_AFTER.match(text, m.end) or _HIS_HER_AFTER.match(text, m.end):
        return True
    if _FIRM_POSSESSIVE.search(text[max(0, m.start - 40) : m.start]):
        return True
    holder = _HOLDER_BEFORE.search(text[max(0, m.start - 20) : m.start])
    if holder is not None and holder.group(1) in cue_words("handle_holder_nouns"):
        return True  # "Norrive user “Ramjo” wrote", "Another user, “Alva,”": a user is a person
    written = m.text.split()
    before = text[max(0, m.start - 8) : m.start].split()
    words = written[:1] + before[-1:]
    return any(w.lower() in honorifics() for w in words)


#: A word of capitals only, three or more: an acronym, never a given name.
_ACRONYM_WORD = re.compile(r"[A-Z]{3,}")


def _cluster_kind(c: Cluster, text: str, firm_starts: frozenset[int] | None = None) -> str:
    """Whether a cluster is a person's or an organisation's. ``firm_starts``: where the names
    an appositive calls a firm start (computed from ``text`` when not given)."""
    if is_body_name(c.name):
        return "organization"  # "Galaxy Digital", "Norr Labs": a firm's name, however used
    if known_firm(c.name):
        return "organization"  # "Binance", "Binance Pay": a well-known firm, not a person
    if " " not in c.name and public_body_name(c.name) and not any(m.role for m in c.mentions):
        return "organization"  # "SEC", "Treasury": a public body, whatever a headline says
    if any(introduced_as_org(text, m.start) and not m.role for m in c.mentions):
        return "organization"  # introduced as a group or firm, however the model reads it
    if firm_starts is None:
        firm_starts = frozenset(at for at, _ in appositive_firms(text))
    if any(m.start in firm_starts for m in c.mentions):
        return "organization"  # "Sangha Labs, a bitcoin mining firm that …"
    # A surname alone is read by the model as anything ("Trump said" → ORG): once the full
    # name was introduced as a person's, the full-name mentions decide.
    full = [m for m in c.mentions if len(clean_name(m.text).split()) >= 2 and m.kind]
    votes = full or c.mentions
    score = 0
    for m in votes:
        if m.kind == "person":
            score += 2 if m.role else 1
        elif m.kind == "organization":
            score -= 2 if m.role else 1
    one_word = len(c.name.split()) < 2
    titled = any(m.role and not m.role.endswith("s") for m in c.mentions)
    person_only = any(_person_only(text, m) for m in c.mentions) or any(
        m.kind != "organization" and m.organization and clean_name(m.organization) != c.name
        for m in c.mentions
    )  # ("Nic from Norrbureau added": someone at a firm)
    if one_word and _a_persons_word(c.name):
        return "person"  # "the popular X user Daniel revealed": a common given name alone
    if not one_word and _ACRONYM_WORD.fullmatch(c.name.split()[0]) and not titled:
        return "organization"  # "NBY Mellon": no given name is written in capitals
    if one_word and person_only and score <= 0:
        return "person"  # "Kiyosaki started his post", "Ms. Hale": whatever the model says
    if one_word and not titled and not person_only:
        # One word, never given a person's title nor written as only a person is: "Optiva
        # noted", "Marlow said".
        return "organization"
    if score > 0:
        return "person"
    if score < 0:
        return "organization"
    return "person" if len(c.name.split()) >= 2 else "organization"


def _cluster_of(clusters: list[Cluster], ref: SpeakerRef) -> Cluster | None:
    for c in clusters:
        if any(m.start == ref.start and m.end == ref.end for m in c.mentions):
            return c
    name = clean_name(ref.text)
    found = next((c for c in clusters if c.name == name or name in c.aliases), None)
    if found is None and " " not in name:
        # "Nansen’s Sondergaard weighed in:" after "Nicolai Sondergaard": a surname alone,
        # found by no cue the clusters were built from, is the one full name it ends.
        ends = [c for c in clusters if len(c.name.split()) >= 2 and c.name.split()[-1] == name]
        found = ends[0] if len(ends) == 1 else None
    return found


def _take_pseudonyms(doc: Doc, text: str, clusters: list[Cluster]) -> set[str]:
    """Rename clusters whose name is the head of an "X of Y" pseudonym to the whole name;
    the new names (a person's pseudonym, not a firm's)."""
    renamed: set[str] = set()
    orgs = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "ORG"]
    full = of_names(
        text,
        [c.name for c in clusters],
        is_role_word,
        lambda i: any(s <= i < e for s, e in orgs),
    )
    for c in clusters:
        whole = full.get(c.name)
        if whole is None:
            continue
        tail = whole.split(" of ", 1)[1].removeprefix("the ")
        c.aliases.insert(0, c.name)
        c.organizations = [o for o in c.organizations if o.removeprefix("the ") != tail]
        c.name = whole
        renamed.add(whole)
    return renamed


_ARTICLE = re.compile(r"^(?:the|a|an|these|those|some)\s+", re.IGNORECASE)


def _group_speaker(ref: SpeakerRef, mention: str, groups: dict[str, str]) -> Speaker:
    """A group speaker under the phrase that first introduced it ("Democratic lawmakers" for a
    later "the lawmakers")."""
    name = _ARTICLE.sub("", ref.text)
    head = name.split()[-1].lower() if name.split() else ""
    return Speaker(name=groups.setdefault(head, name), mention=mention, kind="group")


def _speaker(
    f: Finding, clusters: list[Cluster], kinds: dict[str, str], groups: dict[str, str], text: str
) -> Speaker | None:
    ref = f.speaker
    if ref is None:
        return None
    if ref.kind == "group":
        return _group_speaker(ref, f.mention.text if f.mention is not None else ref.text, groups)
    cluster = _cluster_of(clusters, ref)
    mention = f.mention.text if f.mention is not None else ref.text
    if cluster is None:
        kind = ref.kind or _unclustered_kind(clean_name(ref.text))
        org = ref.organization or (clean_name(ref.text) if kind == "organization" else None)
        if kind != "organization" and (
            no_employer(ref.role, org) or is_coin(org) or org == clean_name(ref.text)
        ):
            org = None  # "American analyst", "Silicon Valley veteran": no employer named
        return Speaker(
            name=clean_name(ref.text),
            mention=mention,
            role=ref.role,
            organization=org,
            kind="organization" if kind == "organization" else "person",
        )
    kind = kinds[cluster.name]
    said = f.mention
    if (
        kind == "organization"
        and said is not None
        and said.needs_antecedent
        and said.kind == "person"
        and said.text.lower() not in pronouns()
        and said.organization != cluster.name  # "the Norrfin representative": the firm's voice
        and said.text.split()[-1].lower() not in cue_words("firm_voice_titles")
    ):
        kind = "person"  # "the contributor emphasized": a one-word name taken up as a person
    elif (
        kind == "organization"
        and said is not None
        and not said.needs_antecedent
        and said.kind == "person"
        and said.role is not None
        and holds_office(said.role)
    ):
        kind = "person"  # "President Kett has pledged" after "the Kett administration"
    elif kind == "organization" and (
        (said is not None and said.text.lower() in gendered_pronouns())
        or (
            persons_title(cluster.role or ref.role)
            and not _firms_voice(ref, text)
            and not _publication(cluster.name)
        )
    ):
        kind = "person"  # "trader Vexo Capital": a pseudonym, however firm-like; "he said"
    role = cluster.role or ref.role
    own = ref.organization in (clean_name(ref.text), cluster.name) or (
        ref.organization is not None and cluster.name.endswith(f" of {ref.organization}")
    )
    org = cluster.organization or (None if own and kind == "person" else ref.organization)
    if (
        kind == "person"
        and said is not None
        and not said.needs_antecedent
        and said.role
        and said.organization
        and not own
        and is_company_title(said.role)
        and said.organization not in cluster.organizations[:1]
    ):
        # "Ethereum co-founder Jo Park" first, then "“…,” Norrsys founder and CEO Park
        # said": the title and firm written at the quote itself
        role, org = said.role, said.organization
    if said is not None and said.needs_antecedent and is_company_title(said.role or ""):
        # "CEO Lena Chu announced … the Norrco CEO said": its firm
        org = org or (said.organization if kind == "person" else None)
    if kind == "person" and (
        no_employer(role, org)
        or is_coin(org)  # ("BTC investor X", "the Ether proponent": what they hold)
        or _own_name(org, cluster)
        or any(
            kinds[c.name] == "person" and _own_name(org, c) and clean_name(org or "") != c.name
            for c in clusters
        )
    ):
        # (nor is a person's own name their organisation: "Trump" of Donald Trump; nor
        # another person's surname: "Kett’s top adviser" works for Kett, not at a firm
        # named Kett; a whole name may be a firm's the model calls a person's)
        org = None
    if kind == "organization":
        # A firm speaks for itself: not for the platform it posted on ("an X post by Swan"),
        # through the title written at this quote ("a Norrfin spokesperson") or the group it
        # speaks by elsewhere ("analysts at Norrfin" first, then "Norrfin said": the dev
        # gold keeps "analysts" all through), not a person's title a name rule hung on its
        # name ("Asset manager Norrfin").
        org = cluster.name
        if ref.organization and cluster.name.split()[0].lower() in cue_words("unit_heads"):
            org = ref.organization  # "the NMA’s Division of Market Finance": the NMA's unit
        group = cluster.role if cluster.role and is_plural_role(cluster.role) else None
        first = min((m.start for m in cluster.mentions if m.role == group), default=0)
        if group is not None and f.span.start < first:
            group = None  # ("“…,” the report reads" before "Norrbot researchers said")
        role = ref.role or group
    return Speaker(
        name=cluster.name,
        mention=mention,
        role=role,
        organization=org,
        kind="organization" if kind == "organization" else "person",
    )


def _publication(name: str) -> bool:
    """A publication's name ("The Norrvik Letter", "Norr Daily"): a firm's even after a
    person's title ("capital markets commentator, The Norrvik Letter")."""
    words = name.split()
    return len(words) >= 2 and words[-1].lower() in cue_words("publication_heads")


def _firms_voice(ref: SpeakerRef, text: str) -> bool:
    """ "a Norrfin representative said", "Norrunix analyst explained": an unnamed title-holder
    speaking for the firm written right before the title (the firm speaks; a title before a
    name, "trader Vexo Capital", makes a pseudonym)."""
    own = ref.kind == "organization" and ref.organization == clean_name(ref.text)
    after = text[ref.end : ref.end + 40].lstrip().lower()
    return own and bool(ref.role) and after.startswith(str(ref.role).lower())


def _taken_up_as_he_or_she(
    findings: list[Finding], clusters: list[Cluster], kinds: dict[str, str]
) -> set[str]:
    """One-word names read as firms that a quote's "he" or "she" stands for ("Norrper said …
    “…,” he added"): a person's, at every quote (not a public body's)."""
    found = set()
    for f in findings:
        said = f.mention
        if f.speaker is None or said is None or said.text.lower() not in gendered_pronouns():
            continue
        cluster = _cluster_of(clusters, f.speaker)
        if cluster is None or kinds.get(cluster.name) != "organization":
            continue
        if " " not in cluster.name and not public_body_name(cluster.name):
            found.add(cluster.name)
    return found


def _unclustered_kind(name: str) -> str:
    """A speaker no mention clusters, of no kind the text tells: one word that is no common
    given name ("21Norr said") is a firm's, as a cluster of one such word would be."""
    one_word = len(name.split()) < 2
    return "organization" if one_word and not _a_persons_word(name) else "person"


def _a_persons_word(name: str) -> bool:
    """A one-word name only a person goes by: a common given name ("Daniel"), a crypto
    pseudonym after a hex prefix ("According to 0xNorr") or an account's handle written with
    its "@" ("says @NorrJr"; a known firm's handle is the firm's, tested before)."""
    return name.lower() in first_names() or hex_handle(name) or at_handle(name)


def _own_name(org: str | None, cluster: Cluster) -> bool:
    names = {cluster.name, *cluster.aliases, surname_of(cluster.name)}
    full = clean_name(org) if org is not None else ""
    if " " in cluster.name and full.endswith(" " + cluster.name):
        before = full[: -len(cluster.name)].split()
        if before and is_role_word(before[-1]):
            return True  # "US President Donald Trump’s top adviser": a titled person's
    return org is not None and clean_name(org) in names


def _named_person(c: Cluster, findings: list[Finding], clusters: list[Cluster]) -> bool:
    """A one-word name the model calls a person, with a person's title, that never speaks
    ("President Trump"; not "Riot" or "Disclaimer")."""
    if any(m.kind != "person" for m in c.mentions) or not c.roles:
        return False
    return not any(f.speaker and _cluster_of(clusters, f.speaker) is c for f in findings)


def _full_names(speaker: Speaker | None, acronyms: dict[str, str]) -> Speaker | None:
    """The speaker with organisations under their full names (acronyms the article defined,
    well-known clipped names)."""
    if speaker is None:
        return speaker
    name = speaker.name if speaker.kind == "person" else _no_team(expand(speaker.name, acronyms))
    org = speaker.organization and _no_team(expand(speaker.organization, acronyms))
    if (name, org) == (speaker.name, speaker.organization):
        return speaker
    return speaker.model_copy(update={"name": name, "organization": org})


#: "the Norrswap Team": the firm's name before the word for its staff.
_TEAM = re.compile(r"(?<=[\w.])\s+[Tt]eam$")


def _no_team(name: str) -> str:
    """ "Norrswap" for "Norrswap Team" (the firm, not a firm called so)."""
    return _TEAM.sub("", name) if name[:1].isupper() else name


def _person(c: Cluster, acronyms: dict[str, str], topic: str | None = None) -> Person:
    orgs: list[str] = []
    for org in c.organizations:
        full = expand(org, acronyms)
        if full not in orgs and not is_coin(full) and not _own_name(full, c):
            orgs.append(full)
    if not orgs and topic is not None and any(is_company_title(r) for r in c.roles):
        orgs.append(topic)  # "CEO Lin Bo" in an article about one company: its CEO
    return Person(
        name=c.name,
        aliases=list(c.aliases),
        roles=list(c.roles),
        organizations=orgs,
        mentions=[Mention(start=m.start, end=m.end, text=m.text) for m in c.mentions],
    )


def _compute(doc: Doc) -> ArticleSpeech:
    findings, cues, titled = analyse(doc)
    speakers = [c.speaker for c in cues if c.speaker is not None]
    # (and a post's signature: "“…” — President Nora J. Vance")
    speakers += [f.speaker for f in findings if f.speaker is not None and f.speaker.signed]
    clusters = cluster_names(_mentions(doc, findings, speakers))
    text = text_of(doc)
    pseudonyms = _take_pseudonyms(doc, text, clusters)
    _lend_titles(findings, clusters)
    _lend_described_titles(titled, clusters)
    _lend_employers(findings, clusters)
    _own_firms(text, clusters)
    firm_starts = frozenset(at for at, _ in appositive_firms(text))
    kinds = {c.name: _cluster_kind(c, text, firm_starts) for c in clusters}
    kinds.update(dict.fromkeys(pseudonyms, "person"))
    kinds.update(dict.fromkeys(_taken_up_as_he_or_she(findings, clusters, kinds), "person"))
    # (a body named in full and then by its capitals, "The US Securities and Exchange
    # Commission …. The SEC said", goes by its full name too)
    named_orgs = [c.name for c in clusters if kinds[c.name] == "organization"]
    implied = implied_acronyms(text, named_orgs)
    acronyms = {**company_forms(text), **implied, **defined_acronyms(text)}
    groups: dict[str, str] = {}
    quotes = [
        Quote(
            text=f.span.text,
            start=f.span.start,
            end=f.span.end,
            partial=f.partial,
            cue=f.cue.text if f.cue is not None else None,
            speaker=_full_names(_speaker(f, clusters, kinds, groups, text), acronyms),
            sentence=f.sentence,
        )
        for f in findings
    ]
    orgs = _organizations(clusters, kinds, acronyms)
    # (the firm a company title goes with: a CEO is never a public body's)
    # (an issuer named like its coin counts too, after the others: "Tether's investment arm")
    # (nor a country or union: "El Salvador", "EU")
    # (nor a product's short form: "its bitcoin dollar (NRBD)")
    products = lower_defined(text)
    firms = [
        o
        for o in orgs
        if not public_body_name(o)
        and o not in _chain_names()
        and not not_an_employer(o)
        and o not in products
    ]
    firms += [n for n in cue_words("speaking_issuers") if n not in firms and n in text]
    topic = topic_organization(text, firms, acronyms)
    bodies: dict[tuple[str, ...], str | None] = {}

    # The body a titled speaker sits on is one the article names, not only its quotes ("“The
    # Court finds …,” judge X said": no "Court" outside the quotes, no organisation).
    narrated = _without_quotes(text, findings)
    short = {full: acronym for acronym, full in acronyms.items()}
    named = [o for o in orgs if times_named(o, narrated) or times_named(short.get(o, o), narrated)]

    def body(wanted: list[str]) -> str | None:
        key = tuple(wanted)
        if key not in bodies:
            bodies[key] = public_body(text, named, acronyms, wanted)
        return bodies[key]

    spoke = topic if topic is not None and _speaks(topic, cues) else None
    desks = _desk_firms(cues)
    quotes = [_with_topic(q, topic, body, desks, spoke) for q in quotes]
    bare = _bare_org_words(orgs)
    quotes = [_with_whole_org(q, bare) for q in quotes]
    people = [
        _person(c, acronyms, topic)
        for c in clusters
        if (kinds[c.name] == "person" or _named_person(c, findings, clusters))
        and c.name.split()[-1] not in cue_words("name_heads")  # (not "the Clear Coins Act")
    ]
    return ArticleSpeech(quotes, people, orgs)


@lru_cache(maxsize=1)
def _chain_names() -> frozenset[str]:
    """Crypto assets' names ("Ethereum", "Solana"): a chain, never the firm a company title
    with no firm of its own works at (an issuer that speaks, ``speaking_issuers``, may be)."""
    assets = load_json("assets.json")["assets"]
    names = {n for a in assets if a["kind"] == "crypto" for n in a["names"] if n[:1].isupper()}
    return frozenset(names - set(cue_words("speaking_issuers")))


def _bare_org_words(orgs: list[str]) -> dict[str, str]:
    """ "Association" → "Blockchain Association": an organisation's last word, written alone
    and capitalised ("The Association’s director"), for the one name the article gives that
    ends in it."""
    ends: dict[str, list[str]] = {}
    for name in orgs:
        words = name.split()
        if len(words) >= 2 and words[-1].lower() in org_words():
            ends.setdefault(words[-1], []).append(name)
    # (not where another name has the word elsewhere: "the Ministry of Energy" and "the
    # Finance Ministry" leave "the Ministry" open)
    return {
        word: names[0]
        for word, names in ends.items()
        if len(names) == 1
        and not any(word in o.split() and o not in (names[0], word) for o in orgs)
    }


def _with_whole_org(quote: Quote, bare: dict[str, str]) -> Quote:
    """The speaker's organisation under its whole name when written as its last word alone."""
    speaker = quote.speaker
    if speaker is None or speaker.organization not in bare:
        return quote
    whole = bare[speaker.organization]
    update = {"organization": whole}
    if speaker.kind == "organization" and speaker.name == speaker.organization:
        update["name"] = whole
    return quote.model_copy(update={"speaker": speaker.model_copy(update=update)})


def _without_quotes(text: str, findings: list[Finding]) -> str:
    """``text`` with every quotation's words blanked out (offsets kept)."""
    chars = list(text)
    for f in findings:
        chars[f.span.start : f.span.end] = " " * (f.span.end - f.span.start)
    return "".join(chars)


def _lend_titles(findings: list[Finding], clusters: list[Cluster]) -> None:
    """ "the Strike CEO declared" resolved to Jack Mallers: the title is his in every quote,
    when the article gives him none of his own."""
    for f in findings:
        said, ref = f.mention, f.speaker
        if said is None or not said.needs_antecedent or ref is None or not ref.role:
            continue
        if said.text.lower() in pronouns():
            continue
        cluster = _cluster_of(clusters, ref)
        if cluster is None or cluster.kind == "organization":
            continue
        described = cluster.roles and all(no_job_role(r) for r in cluster.roles)
        if described and said.role and not no_job_role(said.role):
            # "tech billionaire Elon Norr" and "the Norrla CEO said": the job, at its firm;
            # "Norrcoin proponent Kay Lind" and "The trader said": the job
            cluster.roles.insert(0, said.role)
            if said.organization:
                cluster.organizations.insert(0, said.organization)
            continue
        if cluster.roles and all(former_title(r) for r in cluster.roles):
            # "Atkins, also a former commissioner," and "the SEC chair said": the title now.
            if said.kind == "person" and said.role and not former_title(said.role):
                cluster.roles.insert(0, said.role)
                if said.organization and not cluster.organizations:
                    cluster.organizations.append(said.organization)
            continue
        if said.role:
            _short_title(cluster, said.role)
        _give_title(cluster, ref)


def _short_title(cluster: Cluster, short: str) -> None:
    """ "chief executive Bo Norr" taken up as "the Norrco CEO": the article's short form of
    the same title is the one given (``title_synonyms``)."""
    synonyms: dict[str, str] = load_json("quote_cues.json")["title_synonyms"]

    def shorter(role: str | None) -> str | None:
        return short if role and synonyms.get(role.lower()) == short.lower() else role

    cluster.roles = [shorter(r) or r for r in cluster.roles]
    cluster.mentions = [replace(m, role=shorter(m.role)) for m in cluster.mentions]


def _give_title(cluster: Cluster, ref: SpeakerRef) -> None:
    """``ref``'s title (and firm, when the cluster has none) for a cluster with no title."""
    if cluster.roles or not ref.role:
        return
    cluster.roles.append(ref.role)
    if ref.organization and not cluster.organizations:
        cluster.organizations.append(ref.organization)


def _lend_described_titles(titled: list[SpeakerRef], clusters: list[Cluster]) -> None:
    """ "Later, the trader claimed …" taken up as Kay Lind: "trader" is her title in
    every quote, when the article gives her none of her own (the first such title)."""
    for ref in titled:
        cluster = _cluster_of(clusters, ref)
        if cluster is not None and cluster.kind != "organization":
            _give_title(cluster, ref)


def _lend_employers(findings: list[Finding], clusters: list[Cluster]) -> None:
    """ "The company’s CEO, Jo Park, wrote" with "the company" taken up as Norrpay: Norrpay is
    her organisation in every quote, when the article writes none of her own."""
    for f in findings:
        ref = f.speaker
        if ref is None or ref.employer is None or not ref.organization:
            continue
        cluster = _cluster_of(clusters, ref)
        if cluster is not None and cluster.kind != "organization" and not cluster.organizations:
            cluster.organizations.append(ref.organization)


#: "Kynikos Associates, a firm that he founded": a firm a pronoun's person founded or runs.
_FIRM_HE_RUNS = re.compile(
    r"\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:firm|company|fund|exchange|startup|platform|project|bank|group|venture)\s+"
    r"(?:that\s+|which\s+)?(?:he|she)\s+(?:co-?)?"
    r"(?:founded|runs|leads|heads|started|launched|manages|built)\b"
)


def _own_firms(text: str, clusters: list[Cluster]) -> None:
    """ "… generated profits for Kynikos Associates, a firm that he founded": the firm is the
    organisation of the person last named before, when the article writes none of theirs."""
    for m in _FIRM_HE_RUNS.finditer(text):
        named = [
            (mention.start, c)
            for c in clusters
            if c.kind != "organization" and " " in c.name
            for mention in c.mentions
            if mention.start < m.start()
        ]
        if not named:
            continue
        _, person = max(named, key=lambda sc: sc[0])
        firm = m.group(1)
        if not person.organizations and not not_an_employer(firm):
            person.organizations.append(firm)


def _organizations(
    clusters: list[Cluster], kinds: dict[str, str], acronyms: dict[str, str]
) -> list[str]:
    orgs: list[str] = []
    kinds_of_thing = cue_words("descriptive_acronyms")
    for c in clusters:
        for name in ([c.name] if kinds[c.name] == "organization" else []) + c.organizations:
            name = expand(name, acronyms)
            if name not in orgs and name not in kinds_of_thing:  # (not "AI", "ETF": a kind)
                orgs.append(name)
    return orgs


def _office_title(role: str) -> bool:
    """A public office, maybe after its place ("Vice President", "United States Vice
    President")."""
    words = role.lower().split()
    return any(
        " ".join(words[k:]) in cue_words("public_offices")
        and (k == 0 or places_only(" ".join(words[:k])))
        for k in range(len(words))
    )


_ORG = {"kind": "organization"}


def _desk_firms(cues: list[Cue]) -> dict[str, str]:
    """Plural desk titles the article gives one firm each ("analysts from Norr Research
    outlined", "Norr analysts argue"): title → that firm."""
    firms: dict[str, set[str]] = {}
    for c in cues:
        ref = c.speaker
        if ref is None or ref.kind != "organization" or not ref.role or not ref.organization:
            continue
        if _plural_desk_title(ref.role):
            firms.setdefault(ref.role, set()).add(ref.organization)
    named = {role: sorted(orgs, key=len) for role, orgs in firms.items()}
    # ("Norr Research" and later "Norr": one firm, by its full name)
    return {
        role: orgs[-1] for role, orgs in named.items() if all(orgs[-1].startswith(o) for o in orgs)
    }


def _speaks(org: str, cues: list[Cue]) -> bool:
    """Whether ``org`` is the subject of a reporting verb ("Norrbank warned that …")."""
    return any(c.speaker is not None and c.speaker.text == org for c in cues)


def _plural_desk_title(word: str) -> bool:
    """ "strategists", "analysts": a research desk's title (``desk_titles``) in the plural."""
    return word.endswith("s") and word in cue_words("desk_titles")


def _desk_group(speaker: Speaker) -> bool:
    """A bare plural desk title as a group speaker ("strategists", "analysts"), no firm."""
    name = speaker.name
    return speaker.kind == "group" and not speaker.organization and _plural_desk_title(name)


def _with_topic(
    quote: Quote,
    topic: str | None,
    body: Callable[[list[str]], str | None],
    desks: dict[str, str] | None = None,
    spoke: str | None = None,
) -> Quote:
    """A titled person's quote with the article's organisation (a company title) or the
    fitting public body (a public officer's title) when no other is stated. A bare desk
    title ("strategists said") is the desk of the one firm the article gave that title
    (``desks``), else of the article's firm when it speaks itself (``spoke``)."""
    speaker = quote.speaker
    desk = (desks or {}).get(speaker.name, spoke) if speaker is not None else None
    if speaker is not None and desk is not None and _desk_group(speaker):
        # "analysts from Norr Research outlined … “…,” analysts say": that firm's analysts;
        # "Norrbank warned … “…,” strategists said": the firm that speaks in the article
        update = {"name": desk, "role": speaker.name, "organization": desk}
        return quote.model_copy(update={"speaker": speaker.model_copy(update=update | _ORG)})
    if speaker is None or speaker.kind != "person" or speaker.organization or not speaker.role:
        return quote
    wanted = body_words(speaker.role)
    office = speaker.role.istitle() and _office_title(speaker.role)
    if topic is not None and is_company_title(speaker.role) and not office:
        # (not "Vice President JD Vance": a public office written as a title)
        org: str | None = topic
    elif wanted is not None:
        org = body(wanted)
    else:
        return quote
    if org is None:
        return quote
    return quote.model_copy(update={"speaker": speaker.model_copy(update={"organization": org})})


def analyse_article(doc: Doc) -> ArticleSpeech:
    """Quotes, people and organisations of ``doc`` (computed once, then cached on the doc)."""
    cached = doc.user_data.get(_CACHE_KEY)
    if isinstance(cached, ArticleSpeech):
        return cached
    result = _compute(doc)
    doc.user_data[_CACHE_KEY] = result
    return result


#: ``doc.user_data`` keys of the per-Doc caches of this package.
CACHE_KEYS = (
    _CACHE_KEY,
    "nm_text",
    "nm_sentence_bounds",
    "nm_entity_by_token",
    "nm_lowercase_words",
    "nm_full_names",
    "nm_introduced_by_noun",
    "nm_taken_up_by_he_or_she",
    "nm_midsentence_capitals",
    "nm_person_surnames",
    "nm_running_capitals",
)


def release(doc: Doc) -> None:
    """Drop the per-Doc caches, so that ``Doc.to_bytes`` and pickling never meet them."""
    for key in CACHE_KEYS:
        doc.user_data.pop(key, None)
