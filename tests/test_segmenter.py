"""Sentence boundaries at line breaks and glued paragraphs, on a blank pipeline."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from extractor.components.segmenter import Segmenter

CASES = {
    "headline without stop": (
        "Prices slip again\n\nTraders sold.",
        ["Prices slip again", "Traders sold."],
    ),
    "glued paragraphs": (
        "It fell in crypto.The Treasury acted.",
        ["It fell in crypto.", "The Treasury acted."],
    ),
    "glued quote": (
        "He left the market.“Today is calm,” she said.",
        ["He left the market.", "“Today is calm,” she said."],
    ),
    "abbreviation is kept": ("Funds in the U.S.A. grew.", ["Funds in the U.S.A. grew."]),
    "single line break": ("First line\nSecond line", ["First line", "Second line"]),
    "a dateline": (
        "LAS PALMAS, Canary Islands —\u00a0Ana Ruiz said so.",
        ["LAS PALMAS, Canary Islands —", "Ana Ruiz said so."],
    ),
    "a platform's one-letter name ends its sentence": (
        "She wrote it in a post on X. He agreed.",
        ["She wrote it in a post on X.", "He agreed."],
    ),
    "a middle initial ends no sentence": (
        "Commissioner Mark T. Uyed agreed.",
        ["Commissioner Mark T. Uyed agreed."],
    ),
    "a dash inside a first sentence is no dateline": (
        "Ana Ruiz — the mayor — said so.",
        ["Ana Ruiz — the mayor — said so."],
    ),
}


@pytest.mark.parametrize("text,expected", CASES.values(), ids=CASES)
def test_segmenter_marks_sentence_starts(text: str, expected: list[str]) -> None:
    nlp = spacy.blank("en")
    doc = Segmenter()(nlp(text))
    starts = [t.i for t in doc if t.is_sent_start and not t.is_space]
    pieces = []
    bounds = starts + [len(doc)]
    for a, b in zip(bounds, bounds[1:], strict=False):
        pieces.append(doc[a:b].text.strip())
    assert pieces == expected
    # offsets are those of the original text
    assert doc.text == text


def test_no_sentence_start_inside_a_figure() -> None:
    from extractor.numbers import find_money, find_percentages

    nlp = spacy.blank("en")
    text = "Ether was down -20%. Holdings reached ~864,345 BTC. Done."
    doc = nlp(text)
    doc._.nm_money = list(find_money(text))
    doc._.nm_percent = list(find_percentages(text))
    for tok in doc:  # what a statistical parser might have guessed
        tok.is_sent_start = None
    doc = Segmenter()(doc)
    for figure in [*doc._.nm_money, *doc._.nm_percent]:
        for tok in doc:
            if figure.start < tok.idx < figure.end:
                assert tok.is_sent_start is False, (figure.text, tok.text)


GUARD_CASES = {
    "dollar signs": "$" * 5000,
    "percent signs": "%" * 5000,
    "quote marks": '"' * 5000,
}


@pytest.mark.parametrize("text", GUARD_CASES.values(), ids=GUARD_CASES)
def test_tokenizer_guard_keeps_long_runs_whole(text: str) -> None:
    from extractor.tokenizer_rules import adjust_tokenizer

    nlp = adjust_tokenizer(spacy.blank("en"))
    doc = nlp("Before " + text + " after.")
    assert [t.text for t in doc] == ["Before", text, "after", "."]


def test_tokenizer_guard_leaves_ordinary_text_alone() -> None:
    from extractor.tokenizer_rules import adjust_tokenizer

    text = "It costs $5,000.00 (13%-16%) at https://example.com/x crypto.The end."
    plain = [t.text for t in spacy.blank("en")(text)]
    guarded = [t.text for t in adjust_tokenizer(spacy.blank("en"))(text)]
    assert guarded == plain


GLUED_CASES = {
    "a brand's country domain ('Norrex.US') is one name, no sentence end": (
        "A spokesperson for Norrex.US said so.",
        ["A spokesperson for Norrex.US said so."],
    ),
    "a lower-case word glued to an acronym still ends its sentence (guard)": (
        "Shares sold.US stocks fell.",
        ["Shares sold.", "US stocks fell."],
    ),
    "date then capital": (
        "It passed on May 8.Lawmakers cheered.",
        ["It passed on May 8.", "Lawmakers cheered."],
    ),
    "a quote closed after a stop, the next opened at once": (
        "“You would be outraged if they did this.”“Look, I know nothing,” Holm said.",
        ["“You would be outraged if they did this.”", "“Look, I know nothing,” Holm said."],
    ),
    "percent then capital": ("Fees rose 5%.The board met.", ["Fees rose 5%.", "The board met."]),
    "curly quote glued to a figure": (
        "It hit $100K“But not for long,” he said.",
        ["It hit $100K", "“But not for long,” he said."],
    ),
    "a heading's question mark glued to the next paragraph": (
        "What are the next steps?Rohani said more.",
        ["What are the next steps?", "Rohani said more."],
    ),
    "a word's stop glued to a figure": (
        "It is ready, Ana said.86% of firms agree.",
        ["It is ready, Ana said.", "86% of firms agree."],
    ),
    "a word's stop glued to a list number": (
        "Ask hard questions.2. Watch the fees.",
        ["Ask hard questions.", "2. Watch the fees."],
    ),
    "a heading's acronym glued to the next sentence's opener": (
        "Transparency for the firm’s AIThe firm stated that it would change.",
        ["Transparency for the firm’s AI", "The firm stated that it would change."],
    ),
    "acronym then capital": (
        "She joined the NLC.She left in May.",
        ["She joined the NLC.", "She left in May."],
    ),
    "a brand ending in a capital then a caption": (
        "The funds went out, according to NorrieK.Source: NorrieK",
        ["The funds went out, according to NorrieK.", "Source: NorrieK"],
    ),
    "a caption's credit glued to a participle opening the next sentence": (
        "Source: NorrGlassCommenting on the chart, he agreed.",
        ["Source: NorrGlass", "Commenting on the chart, he agreed."],
    ),
    "an acronym's stop glued to a short opener": (
        "The art thrives, according to NORR.It said more.",
        ["The art thrives, according to NORR.", "It said more."],
    ),
    "closing mark glued to the next paragraph": (
        "He said “it is fine.”She left.",
        ["He said “it is fine.”", "She left."],
    ),
    "closing mark glued inside a sentence": (
        "“Rates will fall,”Kay added.",
        ["“Rates will fall,”Kay added."],
    ),
    "a heading's closing mark glued to the next paragraph": (
        "Room for “every phone and laptop”Okafor stressed that it runs offline.",
        ["Room for “every phone and laptop”", "Okafor stressed that it runs offline."],
    ),
    "a caption's bracket glued to the next sentence": (
        "Source: Okafor (post machine-translated)According to her, it works.",
        ["Source: Okafor (post machine-translated)", "According to her, it works."],
    ),
    "caption glued to the next sentence": (
        "Source: Kai BowmanThe CEO of Norrfin said so.",
        ["Source: Kai Bowman", "The CEO of Norrfin said so."],
    ),
    "a dateline's year glued to the next sentence": (
        "Posted on May 2, 2024Speaking later, she agreed.",
        ["Posted on May 2, 2024", "Speaking later, she agreed."],
    ),
    "caption glued to a short opener": (
        "Source: Toy CreationsIn a post, the firm agreed.",
        ["Source: Toy Creations", "In a post, the firm agreed."],
    ),
    "caption glued to 'Despite'": (
        "Chart by Norr LabsDespite the drop, buyers held.",
        ["Chart by Norr Labs", "Despite the drop, buyers held."],
    ),
    "an escaped mark glued after a full stop": (
        'It rose, said Kim Ahn.\\"Their coins are illiquid,\\" she wrote.',
        ["It rose, said Kim Ahn.", '\\"Their coins are illiquid,\\" she wrote.'],
    ),
    "an opening mark glued after a full stop": (
        "Some rewards weigh more.“We think so,” she said.",
        ["Some rewards weigh more.", "“We think so,” she said."],
    ),
    "an opening mark glued after a figure's full stop": (
        "It may retest $102,000.“We are fine,” she said.",
        ["It may retest $102,000.", "“We are fine,” she said."],
    ),
    "an embedded post's signature and date end the sentence": (
        "A great day! — Senator Ola Berg (@SenatorBerg) June 17, 2025 Treasury Secretary Kai "
        "Dunn agreed.",
        [
            "A great day! — Senator Ola Berg (@SenatorBerg) June 17, 2025",
            "Treasury Secretary Kai Dunn agreed.",
        ],
    ),
    "a lower-case heading glued to the next paragraph": (
        "Loans in the classroomOruno said schools lag.",
        ["Loans in the classroom", "Oruno said schools lag."],
    ),
    "a heading's single closing mark glued to the next paragraph": (
        "Teaser: Lawmakers cite ‘crypto corruption’Voters left the hall.",
        ["Teaser: Lawmakers cite ‘crypto corruption’", "Voters left the hall."],
    ),
    "an apostrophe inside a name stays (guard)": (
        "Kai O’Neill and Ana D’Souza spoke.",
        ["Kai O’Neill and Ana D’Souza spoke."],
    ),
    "brand names stay whole": (
        "He posted on LinkedIn and PayPal, then did a CheckIn and an OptIn.",
        ["He posted on LinkedIn and PayPal, then did a CheckIn and an OptIn."],
    ),
    "camel-case brands with a short or capitalised head stay whole": (
        "BlackRock, iShares and bitFlyer listed it.",
        ["BlackRock, iShares and bitFlyer listed it."],
    ),
    "dotted initials stay": ("The U.S.Treasury acted.", ["The U.S.Treasury acted."]),
    "decimal stays": ("It rose 3.5 percent today.", ["It rose 3.5 percent today."]),
    "version stays": ("Version v1.5 shipped.", ["Version v1.5 shipped."]),
}


@pytest.mark.parametrize("text,expected", GLUED_CASES.values(), ids=GLUED_CASES)
def test_glued_paragraphs_with_adjusted_tokenizer(text: str, expected: list[str]) -> None:
    from extractor.tokenizer_rules import adjust_tokenizer

    nlp = adjust_tokenizer(spacy.blank("en"))
    doc = Segmenter()(nlp(text))
    starts = [t.i for t in doc if t.is_sent_start and not t.is_space]
    bounds = starts + [len(doc)]
    pieces = [doc[a:b].text.strip() for a, b in zip(bounds, bounds[1:], strict=False)]
    assert pieces == expected


def test_a_colon_and_an_opening_mark_glued_to_the_verb_are_split(nlp: Language) -> None:
    # (On the full pipeline: its tokenizer rules differ from a blank one's.)
    words = [t.text for t in nlp.tokenizer("He explained:“Unlike others, we win.” At 10:30.")]
    assert words[:5] == ["He", "explained", ":", "“", "Unlike"]
    assert "10:30" in words  # a colon inside a time stays
    words = [t.text for t in nlp.tokenizer("Howell notes,“The rally is real.” It is 1,500.")]
    assert words[:5] == ["Howell", "notes", ",", "“", "The"]
    assert "1,500" in words  # a comma inside a figure stays


def test_an_acronym_glued_to_a_sentence_opener_splits() -> None:
    from extractor.tokenizer_rules import adjust_tokenizer

    nlp = adjust_tokenizer(spacy.blank("en"))
    assert [t.text for t in nlp("banned by the NMAThe NMA said")] == [
        "banned", "by", "the", "NMA", "The", "NMA", "said",
    ]  # fmt: skip
    assert [t.text for t in nlp("Use BOTHThe")] == ["Use", "BOTH", "The"]


def test_a_colon_and_mark_glued_before_a_figure_are_tokens() -> None:
    from extractor.tokenizer_rules import adjust_tokenizer

    nlp = adjust_tokenizer(spacy.blank("en"))
    words = [t.text for t in nlp("according to Norrbot:“170 wallets were drained.”")]
    assert words[2:6] == ["Norrbot", ":", "“", "170"]


def test_a_stop_after_a_brand_ending_in_a_capital_is_its_own_token() -> None:
    from extractor.tokenizer_rules import adjust_tokenizer

    nlp = adjust_tokenizer(spacy.blank("en"))
    words = [
        t.text for t in nlp("Flows moved, according to NorrfinX. Sam J. Ross and the U.S. agreed.")
    ]
    assert words[4:7] == ["to", "NorrfinX", "."]
    assert "J." in words and "U.S." in words  # (initials and dotted short forms stay whole)


def test_a_bracket_a_stop_and_a_glued_sentence_are_split() -> None:
    from extractor.tokenizer_rules import adjust_tokenizer

    nlp = adjust_tokenizer(spacy.blank("en"))
    words = [
        t.text for t in nlp("Norr Financial (NLF).The senators said so. Rates (5%).They fell.")
    ]
    assert words[2:7] == ["(", "NLF", ")", ".", "The"]
    assert words[12:17] == ["(", "5%", ")", ".", "They"]
