"""Acronyms an article defines ("the Nordic Ledger Council (NLC)") and their expansion."""

from __future__ import annotations

import pytest

from extractor.quotes.acronyms import defined_acronyms, expand, implied_acronyms, term_acronyms

#: text → acronyms it defines
DEFINITIONS: dict[str, dict[str, str]] = {
    "one initial per word": (
        "a note by the Nordic Ledger Council (NLC) said",
        {"NLC": "Nordic Ledger Council"},
    ),
    "a word giving two letters": (
        "the European Token Forum (EUTF) wrote",
        {"EUTF": "European Token Forum"},
    ),
    "linking words skipped": (
        "the Office of Digital Markets (ODM) and others",
        {"ODM": "Office of Digital Markets"},
    ),
    "only the tail that spells it": (
        "sued by the U.S. Markets and Trade Authority (MTA) in May",
        {"MTA": "Markets and Trade Authority"},
    ),
    "lower-case words before are not taken": (
        "published by Harbor Risk Group (HRG) today",
        {"HRG": "Harbor Risk Group"},
    ),
    "a final company form left out": (
        "shares of TK Harbor Holdings (TKH) rose",
        {"TKH": "TK Harbor Holdings"},
    ),
    "a company form inside the name still counts": (
        "the Group Seven Network (GSN) said",
        {"GSN": "Group Seven Network"},
    ),
    "a possessive before the acronym is not part of the name": (
        "the US Norrland Securities Commission’s (NSC) Division of Finance said",
        {"NSC": "Norrland Securities Commission"},
    ),
    "a stock ticker whose letters run through the name": (
        "mining firm Norr Digital (NORT) has moved cash",
        {"NORT": "Norr Digital"},
    ),
    "an abbreviation not opening as the name does is no ticker": (
        "the Norr Digital Exchange (NDX) said",
        {},
    ),
    "a word of one capital is no acronym": ("the Central Ledger (Cl) rules", {}),
    "letters that do not fit": ("the Nordic Ledger Council (XYZ) said", {}),
    "no definition": ("the NLC said it would act", {}),
    "unbalanced parenthesis": ("the Nordic Ledger Council (NLC said", {}),
}


@pytest.mark.parametrize("text,expected", DEFINITIONS.values(), ids=DEFINITIONS)
def test_defined_acronyms(text: str, expected: dict[str, str]) -> None:
    assert defined_acronyms(text) == expected


#: text → acronyms it defines by lower-case words (terms, no one's names)
TERMS: dict[str, tuple[str, set[str]]] = {
    "one initial per word": ("hijacked its domain name system (DNS) today", {"DNS"}),
    "a word giving two letters": ("the decentralized finance (DeFi) lender", {"DeFi"}),
    "a hyphenated word gives one initial per part": (
        "spot exchange-traded funds (ETFs)",
        {"ETFs", "ETF"},
    ),
    "a plural defined, its singular a term too": (
        "central bank digital currencies (CBDCs) and the CBDC pilot",
        {"CBDCs", "CBDC"},
    ),
    "a hyphenated word, singular": ("a spot exchange-traded fund (ETF) filing", {"ETF"}),
    "a capitalised name is no term": ("the Nordic Ledger Council (NLC) said", set()),
    "letters that do not fit": ("its total value locked (XYZ) fell", set()),
}


@pytest.mark.parametrize("text,expected", TERMS.values(), ids=TERMS)
def test_term_acronyms(text: str, expected: set[str]) -> None:
    assert term_acronyms(text) == expected


def test_expand() -> None:
    acronyms = {"NLC": "Nordic Ledger Council"}
    assert expand("NLC", acronyms) == "Nordic Ledger Council"
    assert expand("the NLC", acronyms) == "Nordic Ledger Council"
    assert expand("Harbor Risk Group", acronyms) == "Harbor Risk Group"


def test_a_name_cut_at_its_linking_word_expands_to_the_defined_name() -> None:
    acronyms = {"NMIA": "Nordic Markets and Investment Authority", "NLC": "Nordic Ledger Council"}
    assert expand("Investment Authority", acronyms) == "Nordic Markets and Investment Authority"
    assert expand("Ledger Council", acronyms) == "Ledger Council"  # (no linking word was cut)
    assert expand("Authority", acronyms) == "Authority"  # (one word says too little)


#: (text, organisations named in full) → acronyms the text writes that spell one of them
IMPLIED: dict[str, tuple[str, list[str], dict[str, str]]] = {
    "a body named in full, then by its capitals": (
        "The Norrland Securities Commission met. The NSC said it would wait.",
        ["Norrland Securities Commission"],
        {"NSC": "Norrland Securities Commission"},
    ),
    "a country word the capitals leave out": (
        "The US Norrland Trade Authority met. The NTA said it would wait.",
        ["US Norrland Trade Authority"],
        {"NTA": "US Norrland Trade Authority"},
    ),
    "capitals never written": (
        "The Norrland Securities Commission met on Monday.",
        ["Norrland Securities Commission"],
        {},
    ),
    "two names spell the same capitals": (
        "The Norr Safety Council and the Norr Savings Club met. The NSC said it would wait.",
        ["Norr Safety Council", "Norr Savings Club"],
        {},
    ),
}


@pytest.mark.parametrize("text,names,expected", IMPLIED.values(), ids=IMPLIED)
def test_implied_acronyms(text: str, names: list[str], expected: dict[str, str]) -> None:
    assert implied_acronyms(text, names) == expected
