"""Name clustering: surnames, first names and near-miss spellings join the full name."""

from __future__ import annotations

import pytest

from extractor.quotes.article import _cluster_kind
from extractor.quotes.attribution import appositive_firms
from extractor.quotes.people import Cluster, NameMention, clean_name, cluster_names, near_miss

#: name → (mentions in text order, expected [(canonical, aliases)])
CLUSTERS: dict[str, tuple[list[str], list[tuple[str, list[str]]]]] = {
    "surname joins": (["Sara Lindqvist", "Lindqvist"], [("Sara Lindqvist", ["Lindqvist"])]),
    "first name joins": (["Sara Lindqvist", "Sara"], [("Sara Lindqvist", ["Sara"])]),
    "near-miss surname": (["James Harlowe", "Harlow"], [("James Harlowe", ["Harlow"])]),
    "surname before full name": (
        ["Lindqvist", "Sara Lindqvist"],
        [("Sara Lindqvist", ["Lindqvist"])],
    ),
    "distinct people": (
        ["Sara Lindqvist", "Tom Becker", "Becker"],
        [("Sara Lindqvist", []), ("Tom Becker", ["Becker"])],
    ),
    "honorific dropped": (["Mr. Tom Becker", "Becker"], [("Tom Becker", ["Becker"])]),
    "tail of a longer name joins": (
        ["Leon Brandt Jr", "Brandt Jr"],
        [("Leon Brandt Jr", ["Brandt Jr"])],
    ),
    "a surname joins a name with a generational suffix": (
        ["Leon Brandt Jr.", "Brandt"],
        [("Leon Brandt Jr", ["Brandt"])],
    ),
    "a surname is rather the father's than the son's, whichever came first": (
        ["Leon Brandt Jr.", "Leon Brandt", "Brandt"],
        [("Leon Brandt Jr", []), ("Leon Brandt", ["Brandt"])],
    ),
    "a name written in capitals is the same person": (
        ["Mira Solberg", "MIRA SOLBERG", "Solberg"],
        [("Mira Solberg", ["MIRA SOLBERG", "Solberg"])],
    ),
    "one word in capitals is a ticker, not the name": (
        ["Kessler", "KESSLER"],
        [("Kessler", []), ("KESSLER", [])],
    ),
    "a misspelt surname after the same first name joins": (
        ["Teodor Vasquel", "Teodor Vasqeul", "Vasqeul"],
        [("Teodor Vasquel", ["Teodor Vasqeul", "Vasqeul"])],
    ),
    "another first name with a near surname stays apart": (
        ["Teodor Vasquel", "Marta Vasqeul"],
        [("Teodor Vasquel", []), ("Marta Vasqeul", [])],
    ),
    "unrelated short name": (["Sara Lindqvist", "Lund"], [("Sara Lindqvist", []), ("Lund", [])]),
    "initials join": (["Tomas Halvorsen", "TH"], [("Tomas Halvorsen", ["TH"])]),
    "initials of three words join": (["Ana Maria Ruiz", "AMR"], [("Ana Maria Ruiz", ["AMR"])]),
    "initials that do not fit stay apart": (
        ["Tomas Halvorsen", "TK"],
        [("Tomas Halvorsen", []), ("TK", [])],
    ),
    "lower-case letters are no initials": (
        ["Tomas Halvorsen", "Th"],
        [("Tomas Halvorsen", []), ("Th", [])],
    ),
}


def test_a_name_read_inside_a_longer_one_at_the_same_place_joins_it() -> None:
    # The sentence splitter cut "Axel Adler Jr." after "Adler": two readings of one mention.
    mentions = [
        NameMention("Axel Adler Jr.", 0, 14, "person"),
        NameMention("Axel Adler", 0, 10, "person"),
    ]
    assert [(c.name, c.aliases) for c in cluster_names(mentions)] == [
        ("Axel Adler Jr", ["Axel Adler"])
    ]


@pytest.mark.parametrize("name", list(CLUSTERS))
def test_clusters(name: str) -> None:
    names, expected = CLUSTERS[name]
    mentions = [NameMention(n, i * 100, i * 100 + len(n), "person") for i, n in enumerate(names)]
    got = [(c.name, c.aliases) for c in cluster_names(mentions)]
    assert got == expected


#: organisation names → expected [(canonical, aliases)]
ORG_CLUSTERS: dict[str, tuple[list[str], list[tuple[str, list[str]]]]] = {
    "a firm's name joins its two-word full name": (
        ["Galaxy Digital", "Galaxy"],
        [("Galaxy Digital", ["Galaxy"])],
    ),
    "a firm's name is not its product's": (
        ["Toyco Digital Collectibles Marketplace", "Toyco"],
        [("Toyco Digital Collectibles Marketplace", []), ("Toyco", [])],
    ),
}


ORG_CLUSTERS["a firm's name with its last word clipped joins it"] = (
    ["Northern Chartered", "Northern Charter"],
    [("Northern Chartered", ["Northern Charter"])],
)
ORG_CLUSTERS["two firms whose last words differ by two letters stay apart"] = (
    ["Blue Harbor", "Blue Harper"],
    [("Blue Harbor", []), ("Blue Harper", [])],
)


@pytest.mark.parametrize("name", list(ORG_CLUSTERS))
def test_org_clusters(name: str) -> None:
    names, expected = ORG_CLUSTERS[name]
    mentions = [
        NameMention(n, i * 100, i * 100 + len(n), "organization") for i, n in enumerate(names)
    ]
    got = [(c.name, c.aliases) for c in cluster_names(mentions)]
    assert got == expected


NEAR_MISSES: dict[tuple[str, str], bool] = {
    ("Davies", "Davis"): True,
    ("Harlowe", "Harlow"): True,
    ("Kendrick", "Kendric"): True,
    ("Lunde", "Lund"): True,
    ("Ardenzo", "Adrenzo"): True,  # two neighbouring letters swapped
    ("Ardenzo", "Adrezno"): False,  # two swaps are two edits
    ("Smith", "Jones"): False,
    ("Lee", "Leo"): False,  # too short to guess
    ("Davies", "Mavies"): False,  # the first letter must agree
}


@pytest.mark.parametrize("pair", list(NEAR_MISSES))
def test_near_miss(pair: tuple[str, str]) -> None:
    assert near_miss(*pair) is NEAR_MISSES[pair]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Mr. Tom Becker", "Tom Becker"),
        ("Ana PetrovPetrov", "Ana Petrov"),
        ("Li Mo JoJo", "Li Mo Jo"),  # a two-letter surname glued to itself
        ("Ada BackSkeptics", "Ada Back"),  # a caption's surname glued to the next word
        ("NRX NorrWatch", "NRX NorrWatch"),  # a brand after a firm's name, no glue
        ("Ana MacKenzie", "Ana MacKenzie"),
        ("Ron DeSantis", "Ron DeSantis"),
        ("Jo FitzGerald", "Jo FitzGerald"),
        ("Norr", "Norr"),
        ("NorrlabNorrlab", "Norrlab"),
        ("McDonald", "McDonald"),
        ("Ana Jojo", "Ana Jojo"),
        ("Becker’s", "Becker"),
        ("“Becker”", "Becker"),
        ("Tom ‘TB’ Becker", "Tom Becker"),
        ('Tom "The Rock" Becker', "Tom Becker"),
        ("Moody's", "Moody's"),  # a firm whose name ends in its "'s"
        ("Moody’s,", "Moody’s"),
    ],
)
def test_clean_name(raw: str, clean: str) -> None:
    assert clean_name(raw) == clean


def test_a_name_ending_in_a_firm_word_is_an_organisation_whatever_the_model_says() -> None:
    # The model tagged both mentions as people, one with a title taken from the words after.
    text = "Norrvik Digital head Ola Berg spoke. Norrvik Digital believes it."
    cluster = Cluster("Norrvik Digital", "person")
    cluster.add(NameMention("Norrvik Digital", 0, 15, "person", "head"))
    cluster.add(NameMention("Norrvik Digital", 37, 52, "person"))
    assert _cluster_kind(cluster, text) == "organization"


def test_a_name_opening_with_an_acronym_is_an_organisation_whatever_the_model_says() -> None:
    # The model tagged the bank's short name as a person (an acronym, then a surname-like word).
    text = "The Bank of Norrland Mellon Corporation (NBY Mellon) keeps the reserves."
    cluster = Cluster("NBY Mellon", "person")
    cluster.add(NameMention("NBY Mellon", 41, 51, "person"))
    assert _cluster_kind(cluster, text) == "organization"


def test_a_titled_name_opening_with_capitals_stays_a_person() -> None:
    # (a guard: a person's title wins over the capitals)
    text = "Analyst JOE Berg said it. JOE Berg expects more."
    cluster = Cluster("JOE Berg", "person")
    cluster.add(NameMention("JOE Berg", 8, 16, "person", "analyst"))
    assert _cluster_kind(cluster, text) == "person"


def test_a_public_bodys_short_name_is_an_organisation_after_a_headlines_possessive() -> None:
    # A teaser's typo ("Norrcoin CEO Reject’s SEC’s Attempt") reads like "Firm’s person".
    text = "The SEC sued Norrcoin. Read more: Norrcoin CEO Reject’s SEC’s Attempt to Settle"
    cluster = Cluster("SEC", "organization")
    cluster.add(NameMention("SEC", 4, 7, "organization"))
    cluster.add(NameMention("SEC", 56, 59, "organization"))
    assert _cluster_kind(cluster, text) == "organization"


#: Text → the names an appositive introduces as firms.
APPOSITIVE_FIRMS: dict[str, tuple[str, list[str]]] = {
    "name, then 'a … firm'": (
        "Norrvik Power, a mining company that grew, said so.",
        ["Norrvik Power"],
    ),
    "a possessive's firm noun, then the name": (
        "Norway’s biggest crypto exchange, Norrbit, has confirmed a hack.",
        ["Norrbit"],
    ),
    "a sentence's 'The' and a firm noun, then the name": (
        "Prices fell. The exchange, Norrbit, said nothing.",
        ["Norrbit"],
    ),
    "'a' after a comma, a hyphenated place adjective and a firm noun, then the name": (
        "As prices fell, a US-based adviser firm, Two Norrime, dropped Ether.",
        ["Two Norrime"],
    ),
    "a firm noun after 'to' in a person's appositive makes no firm of the person": (
        "Kay Darkfrost, a contributor to onchain analytics platform Norrquant, noted it.",
        [],
    ),
    "a title with 'of' before the name is no firm": (
        "Norrex’s head of exchange, Ola Berg, said it.",
        [],
    ),
    "a preposition's noun before the name is no firm": (
        "On the platform, Kay Lund, a trader, said it.",
        [],
    ),
    "the name after a sentence's last word, with its ticker, a possessive and 'league'": (
        "It began on Thursday. Norrland Racing Club (NRCL), a Las Vegas-based women’s racing "
        "league, said so.",
        ["Norrland Racing Club"],
    ),
    "a firm's short word with a period stays in its name": (
        "Norr Co. Holdings, a mining company, said so.",
        ["Norr Co. Holdings"],
    ),
}


@pytest.mark.parametrize("name", list(APPOSITIVE_FIRMS))
def test_appositive_firms(name: str) -> None:
    text, expected = APPOSITIVE_FIRMS[name]
    assert [found for _, found in appositive_firms(text)] == expected
