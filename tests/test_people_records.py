"""People records on the full pipeline: one entry per person, aliases, roles, mentions."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractor.components.ext import records_of
from extractor.quotes.article import analyse_article
from extractor.quotes.people import surname_of
from models.quotes import Person, Quote

ARTICLE = (
    "Bitcoin slipped on Tuesday.\n\n"
    "“Funding is cooling fast,” said Sara Lindqvist, head of research at Norrfin.\n\n"
    "James Harlowe, CEO of Pine Digital, said traders were cautious. "
    "“Nobody wants to chase this move,” Lindqvist added.\n\n"
    "As Harlow commented, “This is a pure momentum market right now.”"
)


@pytest.fixture(scope="module")
def people(nlp: Language) -> dict[str, Person]:
    doc = nlp(ARTICLE)
    return {p.name: p for p in records_of(doc)["people"]}


#: canonical name → (alias that must be listed, role, organisation, at least this many mentions)
EXPECTED: dict[str, tuple[str, str, str, int]] = {
    "Sara Lindqvist": ("Lindqvist", "head of research", "Norrfin", 2),
    "James Harlowe": ("Harlow", "CEO", "Pine Digital", 2),
}


@pytest.mark.parametrize("name", list(EXPECTED))
def test_person_entry(people: dict[str, Person], name: str) -> None:
    alias, role, org, mentions = EXPECTED[name]
    person = people[name]
    assert alias in person.aliases
    assert role in person.roles
    assert org in person.organizations
    assert len(person.mentions) >= mentions
    for m in person.mentions:
        assert ARTICLE[m.start : m.end] == m.text


def test_one_entry_per_person(people: dict[str, Person]) -> None:
    assert "Lindqvist" not in people and "Harlow" not in people


def test_organisation_speakers_are_not_people(nlp: Language) -> None:
    doc = nlp("“Liquidity keeps thinning across venues,” Chainlyte wrote in a weekly note.")
    assert [p.name for p in records_of(doc)["people"]] == []
    quote: Quote = records_of(doc)["quotes"][0]
    assert quote.speaker is not None and quote.speaker.kind == "organization"
    assert quote.speaker.organization == "Chainlyte"


def test_the_employer_a_title_is_of_is_no_person(nlp: Language) -> None:
    doc = nlp("Lena Holt, COO of Norrpay Domains, told reporters that she sees demand rising.")
    assert [p.name for p in records_of(doc)["people"]] == ["Lena Holt"]


def test_a_title_cut_before_its_field_is_no_person(nlp: Language) -> None:
    doc = nlp(
        "Norrbank will hold the reserves of NORUSD. “As primary custodian for NORUSD, we are "
        "proud to support the growth of digital assets,” commented Ella Portman, Global Head "
        "of Asset Servicing at Norrbank. In addition, Norrpay will use its banking services."
    )
    assert [p.name for p in records_of(doc)["people"]] == ["Ella Portman"]


def test_people_found_from_reporting_structure(nlp: Language) -> None:
    # Whatever label the model gives these names, the reporting verb makes them speakers.
    doc = nlp("“Spreads are wide,” said Vetra Lunqvist, head of trading at K77.")
    quote = records_of(doc)["quotes"][0]
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role, quote.speaker.organization) == (
        "Vetra Lunqvist",
        "head of trading",
        "K77",
    )
    assert "Vetra Lunqvist" in [p.name for p in records_of(doc)["people"]]


def test_analysis_runs_once_per_doc(nlp: Language) -> None:
    doc = nlp(ARTICLE)
    assert analyse_article(doc) is analyse_article(doc)


def test_envelope_carries_quotes_and_people(nlp: Language) -> None:
    from extractor.api import extract

    facts = extract(ARTICLE, article_id="t")
    data = facts.model_dump(mode="json")
    assert [q["start"] for q in data["quotes"]] == sorted(q["start"] for q in data["quotes"])
    assert {p["name"] for p in data["people"]} >= {"Sara Lindqvist", "James Harlowe"}
    assert all(q["speaker"] is None or q["speaker"]["name"] for q in data["quotes"])


def test_envelope_lists_organisations_by_full_name(nlp: Language) -> None:
    from extractor.api import extract

    text = (
        "The Nordic Ledger Council (NLC) met on Monday. “Rules must be final by spring,” "
        "said Vera Sand, policy lead at the NLC. " + ARTICLE
    )
    orgs = extract(text, article_id="t").organizations
    assert "Nordic Ledger Council" in orgs and "NLC" not in orgs
    assert {"Norrfin", "Pine Digital"} <= set(orgs)
    assert len(orgs) == len(set(orgs))


def test_one_organisation_whichever_apostrophe_its_name_is_typed_with(nlp: Language) -> None:
    from extractor.api import extract

    text = "“Growth is slowing,” Moody's said. “Debt keeps rising,” Moody’s added on Friday."
    orgs = extract(text, article_id="t").organizations
    assert [o.replace("’", "'") for o in orgs] == ["Moody's"]


def test_an_appositive_firm_is_an_organisation_and_a_unit_acronym_none(nlp: Language) -> None:
    from extractor.api import extract

    text = (
        "Norrvik Power, a bitcoin mining firm that aims to help utilities, broke ground on its "
        "19.9 megawatt (MW) solar site. “We are pleased so far,” Lena Holt, the firm’s "
        "president, told reporters."
    )
    facts = extract(text, article_id="t")
    assert "Norrvik Power" in facts.organizations and "MW" not in facts.organizations
    assert "Norrvik Power" not in [p.name for p in facts.people]


def test_long_article_pieces_merge_organisations() -> None:
    from extractor.batching.long_articles import merge_pieces
    from models import ArticleFacts

    one = ArticleFacts(article_id="a", extractor_version="x", organizations=["Norrfin", "NLC"])
    two = ArticleFacts(article_id="a", extractor_version="x", organizations=["NLC", "Tern"])
    assert merge_pieces([(0, one), (500, two)]).organizations == ["Norrfin", "NLC", "Tern"]


def test_caches_released_after_the_pipeline(nlp: Language) -> None:
    from extractor.quotes.article import CACHE_KEYS

    doc = nlp(ARTICLE)
    assert not [k for k in CACHE_KEYS if k in doc.user_data]
    # (every per-doc cache the quote rules keep is among them: none is left behind)
    left = [k for k in doc.user_data if isinstance(k, str) and k.startswith("nm_")]
    assert not left


def test_caches_released_for_an_article_with_every_cached_rule(nlp: Language) -> None:
    doc = nlp(
        "Software firm Norrgy said it agreed. NorrchartsUK’s video opens with a warning he "
        "repeats. “We are ready,” Lena Norrberg, an analyst at Norrfin, said. Norrberg added "
        "that “the lag is over.”"
    )
    assert [k for k in doc.user_data if isinstance(k, str) and k.startswith("nm_")] == []


#: article → (handle, role, organisation) of the person written as a handle
HANDLES: dict[str, tuple[str, tuple[str, str, str]]] = {
    "underscore handle after a firm and role": (
        "A chart posted by Glassline contributor Deep_chart shows a cooling market.",
        ("Deep_chart", "contributor", "Glassline"),
    ),
    "camel-case handle with an appositive role": (
        "ChartMoe, a contributor at Glassline, posted a chart on Friday.",
        ("ChartMoe", "contributor", "Glassline"),
    ),
}


@pytest.mark.parametrize("name", list(HANDLES))
def test_handles_are_people(nlp: Language, name: str) -> None:
    text, (handle, role, org) = HANDLES[name]
    found = {p.name: p for p in records_of(nlp(text))["people"]}
    assert handle in found
    assert role in found[handle].roles and org in found[handle].organizations


def test_camel_case_firm_is_no_handle(nlp: Language) -> None:
    text = "Traders at GlassLine bought more coins on Monday."
    assert "GlassLine" not in {p.name for p in records_of(nlp(text))["people"]}


def test_a_headlines_verb_after_a_title_is_no_person(nlp: Language) -> None:
    doc = nlp(
        "Crypto trader Oren Vale sees Dogecoin tagging new highs. “This looks clean,” he said. "
        "This Needs To Happen If Bitcoin keeps rising, altcoins could follow. Related Reading: "
        "Dogecoin Squeeze Signals ‘Huge Move’ Ahead, Analyst Warns “I’d be shocked,” he said."
    )
    assert [p.name for p in records_of(doc)["people"]] == ["Oren Vale"]
    assert {q.speaker.name for q in records_of(doc)["quotes"] if q.speaker} == {"Oren Vale"}


def test_a_hyphenated_korean_name_stays_whole_and_its_family_name_comes_first(
    nlp: Language,
) -> None:
    doc = nlp(
        "Officials such as Assembly Chairman Min Jae-won, who joined the panel as chairman, "
        "back the plan. “The rules have gaps,” Min said. Central bank official Koh Sung-min "
        "spoke at a conference on May 12."
    )
    people = {p.name: p for p in records_of(doc)["people"]}
    assert "Min" in people["Min Jae-won"].aliases
    assert "Koh Sung-min" in people
    quote: Quote = records_of(doc)["quotes"][0]
    assert quote.speaker is not None and quote.speaker.name == "Min Jae-won"


@pytest.mark.parametrize(
    "name, surname",
    [
        ("Johnny Wu Tai-Ming", "Wu"),
        ("Tommy Lau Kin-wai", "Lau"),
        ("Min Jae-won", "Min"),
        ("Jesse Hemsley-Carter", "Hemsley-Carter"),  # a double-barrelled surname
        ("Ana Ruiz", "Ruiz"),
    ],
)
def test_surname_of_a_hong_kong_style_name_is_its_middle_word(name: str, surname: str) -> None:
    assert surname_of(name) == surname


def test_a_hong_kong_style_name_takes_up_its_family_name(nlp: Language) -> None:
    doc = nlp(
        "In a post on X, City Council member Johnny Wu Tai-Ming said the bill passed. “It is a "
        "big step,” Wu said."
    )
    quote: Quote = records_of(doc)["quotes"][0]
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == ("Johnny Wu Tai-Ming", "member")


def test_a_name_written_twice_by_a_caption_is_one_name() -> None:
    from extractor.quotes.people import clean_name

    assert clean_name("Norrmetrics Norrmetrics") == "Norrmetrics"
    assert clean_name("Ana Ruiz") == "Ana Ruiz"


def test_a_laws_name_is_no_person(nlp: Language) -> None:
    doc = nlp(
        "The GENIUS Act passed. Senator Bill Hagen backed the GENIUS Act. “This opens doors,” "
        "Hagen said. The GENIUS Act now goes to the House."
    )
    assert [p.name for p in records_of(doc)["people"]] == ["Bill Hagen"]


def test_a_name_with_a_particle_the_article_writes_alone_is_a_person(nlp: Language) -> None:
    doc = nlp(
        "Norrbite has tapped game designer and Bitcoin advocate, Pia von Sahr, to lead the unit "
        "as Treasury Director. The von family name is old. “We move early,” said von Sahr."
    )
    people = {p.name: p for p in records_of(doc)["people"]}
    assert "Sahr" in people["Pia von Sahr"].aliases


def test_the_firm_a_possessive_firm_noun_takes_up_is_the_persons_organisation(
    nlp: Language,
) -> None:
    text = (
        "Payments firm Norrpay has raised money, signaling interest in stablecoins. The "
        "company’s CEO, Jo Hemmings-Park, wrote: “I am excited about what it means.” “We grow,” "
        "she added."
    )
    facts = records_of(nlp(text))
    person = next(p for p in facts["people"] if p.name == "Jo Hemmings-Park")
    assert person.organizations == ["Norrpay"]
    assert [q.speaker.organization for q in facts["quotes"] if q.speaker] == ["Norrpay"] * 2


def test_a_captions_surname_glued_to_the_next_word_is_one_person(nlp: Language) -> None:
    text = (
        "“Charts matter,” said Ada Norrback, a developer. Source: Ada NorrbackSkeptics argue "
        "the plan fails."
    )
    people = [p for p in records_of(nlp(text))["people"] if p.name == "Ada Norrback"]
    assert len(people) == 1 and people[0].organizations == []


def test_a_participle_opening_the_sentence_is_no_part_of_a_name(nlp: Language) -> None:
    doc = nlp("Citing Ron Pauls as an early influence, Lena Holt contrasted scarcity with erosion.")
    assert sorted(p.name for p in records_of(doc)["people"]) == ["Lena Holt", "Ron Pauls"]


def test_a_newsletter_named_letter_speaks_as_an_organisation(nlp: Language) -> None:
    doc = nlp("As The Norrbeck Letter summed up in a post: “Rate cuts are coming next week.”")
    quote: Quote = records_of(doc)["quotes"][0]
    assert quote.speaker is not None and quote.speaker.kind == "organization"
    assert quote.speaker.organization == "Norrbeck Letter"


def test_a_relative_with_the_same_surname_is_a_person_of_their_own(nlp: Language) -> None:
    """ "Eric Norrsen, the son of US President Donald Norrsen": two people, not Eric twice."""
    doc = nlp(
        "There is a race for tokens, according to Eric Norrsen, the second-eldest son of US "
        "President Donald Norrsen. Speaking in Oslo on May 15, Norrsen said that “everybody is "
        "trying to hoard tokens right now.”"
    )
    people = {p.name: p for p in records_of(doc)["people"]}
    assert "Donald Norrsen" in people
    assert "US President" in people["Donald Norrsen"].roles
    assert "US President" not in people["Eric Norrsen"].roles
