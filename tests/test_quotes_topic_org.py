"""The organisation an article is about, for titled speakers whose organisation goes unsaid."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractor.components.ext import records_of
from extractor.quotes.topic_org import is_company_title, topic_organization

#: role → whether it is a title held at a company
TITLES: dict[str, bool] = {
    "CEO": True,
    "co-founder and CEO": True,
    "head of research": True,
    "chief legal officer": True,
    "spokesperson": True,
    "Co-CEO": True,
    "executive chair": True,
    "Executive Chairman": True,
    "Treasury Director": True,
    "SVP": True,
    "research strategist": True,
    "President": False,
    "Senator": False,
    "analyst": False,
    "vice-chair of the Senate": False,
}


@pytest.mark.parametrize("role,expected", TITLES.items(), ids=TITLES)
def test_company_titles(role: str, expected: bool) -> None:
    assert is_company_title(role) is expected


#: case → (text, organisations found, defined acronyms, expected topic)
TOPICS: dict[str, tuple[str, list[str], dict[str, str], str | None]] = {
    "a crypto news site, however often named, is no topic": (
        "Cryptonews.com reported it. Cryptonews.com said so. Cryptonews.com agreed. Norrfin "
        "grew. Norrfin rose.",
        ["Cryptonews.com", "Norrfin"],
        {},
        "Norrfin",
    ),
    "named most often": (
        "Norrfin is raising funds. Tarnby lends. Norrfin said so.",
        ["Norrfin", "Tarnby"],
        {},
        "Norrfin",
    ),
    "an acronym counts for its full name": (
        "Harbor Risk Group (HRG) grew. Tarnby said so, Tarnby added. HRG agreed. HRG rose.",
        ["Harbor Risk Group", "Tarnby"],
        {"HRG": "Harbor Risk Group"},
        "Harbor Risk Group",
    ),
    "outlets are never the topic": (
        "Told Cointelegraph. Cointelegraph asked. Cointelegraph wrote. Norrfin agreed.",
        ["Cointelegraph", "Norrfin"],
        {},
        None,
    ),
    "a company's name without its legal form counts for it": (
        "Norrmine Inc cut its AI unit. Norrmine said the AI push cost money. Norrmine will sell.",
        ["Norrmine Inc", "Tarnby"],
        {},
        "Norrmine Inc",
    ),
    "one mention is not enough": ("Norrfin agreed. Tarnby too.", ["Norrfin", "Tarnby"], {}, None),
    "a name inside a longer word does not count": (
        "Norrfin agreed. Norrfinex grew. Norrfinex fell.",
        ["Norrfin"],
        {},
        None,
    ),
}


@pytest.mark.parametrize("name", list(TOPICS))
def test_topic_organization(name: str) -> None:
    text, orgs, acronyms, expected = TOPICS[name]
    assert topic_organization(text, orgs, acronyms) == expected


def test_a_titled_speaker_takes_the_articles_organisation(nlp: Language) -> None:
    text = (
        "Norrfin Holdings (NFH) is raising $800 million to build a bitcoin treasury, the "
        "company said. The New York-based group said the money will buy bitcoin. “Bitcoin will "
        "be core to finance,” CEO Lin Bo said in the release. President Kay Dorn said she "
        "welcomed “any new investment.”"
    )
    doc = nlp(text)
    speakers = {q.speaker.name: q.speaker for q in records_of(doc)["quotes"] if q.speaker}
    assert speakers["Lin Bo"].organization == "Norrfin Holdings"
    assert speakers["Kay Dorn"].organization is None  # a president is not the company's
    people = {p.name: p for p in records_of(doc)["people"]}
    assert people["Lin Bo"].organizations == ["Norrfin Holdings"]


def test_a_kind_of_thing_is_no_organisation(nlp: Language) -> None:
    text = (
        "Norrmine Inc will close its AI unit, the company said. Norrmine lost money on AI. AI "
        "spending fell. “Mining is the path forward,” CEO Ola Berg said in the statement."
    )
    records = records_of(nlp(text))
    assert "AI" not in records["organizations"]
    quote = records["quotes"][0]
    assert quote.speaker is not None and quote.speaker.organization == "Norrmine Inc"
