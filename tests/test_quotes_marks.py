"""Quotation-span scanning: curly, straight and odd marks; never raises, never loses the rest."""

from __future__ import annotations

import pytest

from extractor.quotes.marks import find_quote_spans

#: name → (text, expected quoted texts in order)
CASES: dict[str, tuple[str, list[str]]] = {
    "a colon's quote left open before the next quote ends at its last sentence": (
        "He added: “One rule holds. Two rules fail. Brenn said it is “part of a shift,” now.",
        ["One rule holds. Two rules fail.", "part of a shift,"],
    ),
    "one sentence after a colon before another opener: the first mark was stray (guard)": (
        "He added: “One rule holds. Brenn said it is “part of a shift,” now.",
        ["part of a shift,"],
    ),
    "a curly quote inside an open curly quote is the speaker's own": (
        "Lee said “I am “in the same boat” as our holders. We take responsibility.” Then he left.",
        ["I am “in the same boat” as our holders. We take responsibility."],
    ),
    "a new sentence's opening mark is no inner quote (guard)": (
        "“One. “Two,” she added. “Three.”",
        ["Two,", "Three."],
    ),
    "curly": ("He said “prices rise” today.", ["prices rise"]),
    "straight": ('She said "hold on" and left.', ["hold on"]),
    "two quotes": ("“One,” said A. “Two,” said B.", ["One,", "Two,"]),
    "curly open straight close": ('“Staking wins," said Kay.', ["Staking wins,"]),
    "escaped straight marks": ('In short \\"demand is back,\\" wrote Lee.', ["demand is back,"]),
    "glued paragraph": ("Prices fell.“Today is fine,” he said.", ["Today is fine,"]),
    "a closing mark typed for an opening one, glued after a full stop": (
        "“Buy,” said Ivo. He added that demand grew.”The story is strong,” he said.",
        ["Buy,", "The story is strong,"],
    ),
    "a glued closing mark after a full stop still closes an open quote": (
        "He said “it is fine.”She left.",
        ["it is fine."],
    ),
    "multi paragraph": (
        "Eva said:\n\n“First part.\n\n“Second part.”\n\nAfter.",
        ["First part.\n\n“Second part."],
    ),
    "multi paragraph stops at a paragraph without a mark": (
        "Eva said:\n\n“First part.\n\nPlain narration follows. “Then a quote,” she said.",
        ["First part.", "Then a quote,"],
    ),
    "straight mark as apostrophe": (
        'The agency"s chief said "rates will hold" and the board"ll meet.',
        ["rates will hold"],
    ),
    "a straight closing mark typed apart after a sentence end closes the open quote": (
        'Analysts wrote. "Unless more money comes in, prices may stall. "The next days will '
        "be key, the report said.",
        ["Unless more money comes in, prices may stall."],
    ),
    "(guard) a straight mark after a closed quote and a sentence end opens the next": (
        'He said. "Prices may stall." Then: "The next days will be key," she said.',
        ["Prices may stall.", "The next days will be key,"],
    ),
    "straight inner marks inside an open curly quote, one left unclosed": (
        '“Norrex told users it was offline for "maintenance,” Vexo said.',
        ['Norrex told users it was offline for "maintenance,'],
    ),
    "a straight inner pair inside a curly quote": (
        '“He said "no" to the deal,” Vexo said. Then "it rallied" again.',
        ['He said "no" to the deal,', "it rallied"],
    ),
    "(guard) a straight closing mark still closes an open curly quote": (
        '“With this suit, we act,\\" it said. Then \\"If firms act unchecked, we fear it,” '
        "said Kay.",
        ["With this suit, we act,", "If firms act unchecked, we fear it,"],
    ),
    "apostrophe in a contraction": ('They don"t know. "Yes," he said.', ["Yes,"]),
    "paragraphs of one quote joined by a space, the first left open": (
        "Rates held. “Demand is thin and funding is cheap. “We stay patient,” Ivo added.",
        ["Demand is thin and funding is cheap.", "We stay patient,"],
    ),
    "a stray opener inside a sentence is still dropped": (
        "The “stray mark sits here. “Markets are calm,” said Ivy.",
        ["Markets are calm,"],
    ),
    "long stray opener ends at its first sentence": (
        "A stray “mark opens here. " + "Plain words go on. " * 30 + "End.",
        ["mark opens here."],
    ),
    "an opening mark typed to close, glued after a full stop": (
        "He explained:“Not all code is equal. It must be tested.“Rollups take years. Later "
        "he added:“The green light comes later.“Related: more news",
        ["Not all code is equal. It must be tested.", "The green light comes later."],
    ),
    "an opener glued after a full stop still opens when a closer follows": (
        "The “stray mark stays open.“Markets are calm,” said Ivy.",
        ["Markets are calm,"],
    ),
    "stray opener then real quote": (
        "The “stray mark stays open. Later “markets are calm,” said Ivy.",
        ["markets are calm,"],
    ),
    "wrong-way mark with spaces after a sentence opens": (
        "Plans differ.  ” We are out of money,” she said.",
        ["We are out of money,"],
    ),
    "wrong-way mark with spaces still closes an open quote": (
        "“It is over. ” she said. Then",
        ["It is over."],
    ),
    "stray closer ignored": ("Prices rose” sharply. “We like it,” said Ivy.", ["We like it,"]),
    "unclosed at paragraph end": (
        "He said “this never closes\n\nNext “ok” here.",
        [
            "this never closes",
            "ok",
        ],
    ),
    "empty quotes dropped": ("Odd “” marks and “real words” here.", ["real words"]),
    "closing mark typed as opener": ("It ended.“ The next part is plain text.", []),
    "opening mark typed as closer": ("He said ”Fear is back” today.", ["Fear is back"]),
    "no marks": ("Nothing quoted here.", []),
    "only marks": ('“”"“', []),
}


@pytest.mark.parametrize("name", list(CASES))
def test_quote_spans(name: str) -> None:
    text, expected = CASES[name]
    assert [s.text for s in find_quote_spans(text)] == expected


@pytest.mark.parametrize("name", list(CASES))
def test_spans_point_at_marks(name: str) -> None:
    text, _ = CASES[name]
    for span in find_quote_spans(text):
        assert text[span.start] in '“"„«”»'
        assert span.start < span.end <= len(text)


#: Arbitrary mark soups that must not raise.
SOUPS = ["“", "”", '"', '""""', "“a“b“c", "a”b”c”", '\\"x', "“\n\n“\n\n”", "x" * 50 + "“" * 30]


@pytest.mark.parametrize("name", list(CASES))
def test_text_is_exact_substring(name: str) -> None:
    text, _ = CASES[name]
    for span in find_quote_spans(text):
        assert span.text in text[span.start : span.end]


@pytest.mark.parametrize("text", SOUPS)
def test_never_raises(text: str) -> None:
    spans = find_quote_spans(text)
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
