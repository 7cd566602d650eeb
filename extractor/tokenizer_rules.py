"""Tokenizer adjustments for news archives: glued paragraphs and hostile input.

- Paragraphs glued without a space after a number ("on May 8.Legislation", "rose 5%.The") and
  opening quotation marks glued to the previous paragraph ("at $100K“But") are split, so the
  segmenter can start a new sentence there. Extra infixes live in ``GLUE_INFIXES``.
- The stock English tokenizer splits prefixes and suffixes one character at a time and re-scans
  the rest each time, so a run of thousands of ``$`` or ``%`` with no space takes minutes
  (quadratic). A run of ``LONG_RUN`` or more non-space characters is never a word, a figure or a
  name, so it becomes one token at once.
Ordinary text tokenizes exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language

LONG_RUN = 200
_LONG = re.compile(r"\S{" + str(LONG_RUN) + ",}").fullmatch

#: Capitalised words that open sentences and never end a brand name ("BowmanThe").
#: ("LinkedIn", "PayPal": short words such as "In" or "It" do end brand names, so they are out.)
SENTENCE_OPENERS = (
    "The", "This", "These", "Those", "For", "According", "However", "Meanwhile", "While",
    "After", "Before", "Since", "When", "He", "She", "They", "We", "His", "Her", "Their", "Our",
    "Another", "Despite", "Following", "Although", "Earlier", "Some", "Many", "Once", "During",
    "Though", "Both", "Each", "Commenting", "Speaking", "Writing", "Responding", "Reacting",
    "Citing", "Asked",
)  # fmt: skip
#: Openers split off an acronym glued before them ("the NMAThe NMA said").
ACRONYM_OPENERS = ("The", "This", "These", "According", "However", "Meanwhile")
#: Openers short enough to end a brand name too ("LinkedIn"): split only after other words.
SHORT_OPENERS = ("In", "On", "At", "As", "It", "Its", "If", "But")

#: Words that open an image caption's credit ("Source: Ann Brunell"); a credit glued to the
#: next paragraph is split by ``extractor.components.captions``.
CAPTION_LABELS = frozenset({"Source", "Sources", "Image", "Photo", "Credit", "Chart"})

#: A full stop between a number, percent sign or acronym and a capitalised word; an opening
#: curly quotation mark right after a letter, digit or percent sign and before a capital; a
#: closing curly mark right before a capital.
GLUE_INFIXES = (
    r"(?<=[0-9%])\.(?=[A-Z][a-z])",
    # "… next steps for the bill?Rohani said": a heading's question or exclamation mark glued
    # to the next paragraph's first word.
    r"(?<=[a-z0-9%])[?!](?=[A-Z][a-z])",
    # "… Pampati said.86% of firms", "… hard questions.1. Still": a word's full stop glued
    # to a figure or a list number opening the next paragraph.
    r"(?<=[a-z]{3})\.(?=[0-9])",
    # "… at the NLC.She added": an acronym's last capital, a stop, a capitalised word; the
    # same after a brand ending in a capital ("according to NorrieK.Source: …").
    r"(?<=[A-Z]{2})\.(?=[A-Z][a-z]{2})",
    r"(?<=[a-z][A-Z])\.(?=[A-Z][a-z]{2})",
    # "… said NODE.It added": a short opener after an acronym's stop.
    r"(?<=[A-Z]{2})\.(?=(?:" + "|".join(SHORT_OPENERS) + r")$)",
    r"(?<=[0-9A-Za-z%:,])[“‘](?=[A-Z])",
    r"(?<=[A-Za-z%]:)“(?=[0-9])",
    # "He explained:“Unlike …", "Howell notes,“The …", "according to Norrbot:“170 …": a colon
    # or comma glued between the verb and the opening mark.
    r"(?<=[0-9A-Za-z%])[:,](?=[“‘][A-Z])",
    r"(?<=[A-Za-z%]):(?=“[0-9])",
    # "… how they respond.“We think …": an opening mark glued after a sentence's end (and
    # the stop off a number: "… of $102,000.“Bitcoin").
    r"(?<=[a-z0-9%][.!?…])[“‘](?=[A-Z])",
    r"(?<=[0-9%])\.(?=[“‘][A-Z])",
    # '… cut rates,”Kay added': a closing curly mark glued to the next paragraph's capital.
    r"(?<=[0-9A-Za-z%])[.,!?;:…](?=”[A-Z])",
    r"(?<=[0-9A-Za-z%.,!?;:…])”(?=[A-Z])",
    # "… citing ‘Norr’s crypto corruption’Democrats cite …": a single closing mark after a
    # word of three lower-case letters or more, glued to the next capitalised word (an
    # apostrophe inside a name follows one or two letters: "O’Neill", "D’Souza").
    r"(?<=[a-z]{3})’(?=[A-Z][a-z]{2,})",
    # '… if they did this.”“Look, …': a quote closed after a full stop, the next opened at once.
    r"(?<=[.!?…])”(?=“)",
    r"(?<=”)“(?=[A-Z0-9])",
    # "(post translated by Google)According to …": a caption's closing bracket glued to the
    # next sentence.
    r"(?<=[0-9A-Za-z.])\)(?=[A-Z][a-z])",
    # "… World Liberty Financial (WLFI).The senators …": a bracket closed, a stop, the next
    # sentence glued on.
    r"(?<=[0-9A-Za-z%])\)(?=\.[A-Z][a-z])",
    r"(?<=\))\.(?=[A-Z][a-z])",
    # "… November 27, 2024Speaking to reporters": a dateline's year glued to the next sentence.
    r"(?<=(?:19|20)[0-9]{2})(?=[A-Z][a-z]{2,}$)",
    # "Source: Kai BowmanThe CEO said": a caption glued to the next sentence's first word.
    # An empty infix (spaCy keeps no token for it) splits before that word.
    r"(?<=[a-z]{3})(?=(?:" + "|".join(SENTENCE_OPENERS) + r")$)",
    # "… by the NMAThe NMA said": an acronym glued to the next sentence's first word.
    r"(?<=[A-Z]{2})(?=(?:" + "|".join(ACRONYM_OPENERS) + r")$)",
    # The same for a few short openers that also end brand names: "… CreationsIn a post"
    # splits, "LinkedIn" does not.
    r"(?<=[a-z]{3})(?<!Linked)(?<!Check)(?<!Plug)(?<!Sign)(?<!Log)(?<!Opt)(?=(?:"
    + "|".join(SHORT_OPENERS)
    + r")$)",
    # "… in the classroomSiu said": a heading's last word (all lower case, four letters or
    # more) glued to the next paragraph's capitalised first word. Brands in camel case start
    # with a capital ("BlackRock") or a short lower-case part ("iShares", "bitFlyer").
    "(?:" + "|".join(rf"(?<=\b[a-z]{{{n}}})" for n in range(4, 16)) + r")(?=[A-Z][a-z]{2,}$)",
    # "Better account abstraction0xNorr, lead developer at …": the same before a pseudonym
    # with a hex prefix (not an address: a capital follows "0x", then letters).
    "(?:" + "|".join(rf"(?<=\b[a-z]{{{n}}})" for n in range(4, 16)) + r")(?=0x[A-Z][a-z]+$)",
)

#: Straight marks written escaped (a backslash before the mark, as some feeds store text):
#: the escaped mark is one token, split off like a mark: "Ju", ".", backslash+mark, "Their".
ESCAPED_MARK_INFIXES = (
    r'(?<=[0-9A-Za-z%])[.,!?;:…](?=\\")',
    r'\\"',
)
ESCAPED_MARK_PREFIX = r'^\\"'
ESCAPED_MARK_SUFFIX = r'\\"$'
#: "… according to NorrfinX. “It may …": a full stop after a brand ending in a capital ends the
#: sentence (the stock rules split it off only after two capitals, "… the SEC.").
BRAND_STOP_SUFFIX = r"(?<=[a-z][A-Z])\.$"

#: "Binance.US", "Norrex.AI": a brand with a country or tech domain written in capitals is one
#: name (the stock rules split a stop between a lower-case letter and a capital).
BRAND_DOMAINS = ("US", "UK", "EU", "AI", "IO", "JP", "KR", "AU", "CA")
_BRAND_DOMAIN = re.compile(r"[A-Z][A-Za-z0-9]+\.(?:" + "|".join(BRAND_DOMAINS) + ")").fullmatch

_MARK = "_nm_rules"


def adjust_tokenizer(nlp: Language) -> Language:
    """Add the glue infixes and the long-run guard to ``nlp.tokenizer`` (idempotent)."""
    tokenizer = nlp.tokenizer
    original: Callable[[str], object] | None = getattr(tokenizer, "token_match", None)
    if getattr(original, _MARK, False):
        return nlp
    infix = getattr(tokenizer, "infix_finditer", None)
    old = getattr(getattr(infix, "__self__", None), "pattern", None)
    patterns = ([old] if old else []) + list(GLUE_INFIXES) + list(ESCAPED_MARK_INFIXES)
    tokenizer.infix_finditer = re.compile("|".join(patterns)).finditer  # type: ignore[union-attr]
    for attr, extra in (
        ("prefix_search", ESCAPED_MARK_PREFIX),
        ("suffix_search", f"{ESCAPED_MARK_SUFFIX}|{BRAND_STOP_SUFFIX}"),
    ):
        search = getattr(tokenizer, attr, None)
        pattern = getattr(getattr(search, "__self__", None), "pattern", None)
        if pattern:
            setattr(tokenizer, attr, re.compile(f"{pattern}|{extra}").search)

    escaped = nlp.vocab['\\"']  # a mark written escaped is a quotation mark, punctuation
    escaped.is_quote = True
    escaped.is_punct = True
    # The models read it as the plain mark (the features they embed: norm, prefix, suffix, shape).
    plain = nlp.vocab['"']
    escaped.norm_, escaped.prefix_, escaped.suffix_, escaped.shape_ = (
        plain.norm_,
        plain.prefix_,
        plain.suffix_,
        plain.shape_,
    )

    def token_match(text: str) -> object:
        found = _LONG(text) or _BRAND_DOMAIN(text)
        return found or (original(text) if original is not None else None)

    setattr(token_match, _MARK, True)
    tokenizer.token_match = token_match  # type: ignore[union-attr]
    return nlp
