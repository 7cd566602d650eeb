"""What an amount or a percentage measures: a short phrase from cue words and the parse.

Percentages: "89% of <X>" → X; "15% levies on <Y>" → the modified noun; a move ("surged 4.6%",
"a 4.6% surge", "a growth of 32%") → the mover: "<Asset> price" when it is an asset (or "the
price", "the asset"), else its noun phrase ("Total market capitalization"); "drop <the rate> to
2.9%" → the object; else the clause's subject ("the spread … sitting between 11% and 14%").

Amounts: the nearest amount cue (inflows, open interest, notional value, holdings …) in the
clause, widened to its noun phrase; "<thing> worth $N" → "<thing> value".
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from extractor.attribution.assets import display_name
from extractor.attribution.context import FigureContext
from extractor.attribution.cues import SubjectCue, amount_subject_cues, direction_words
from extractor.attribution.kinds import kind_of
from extractor.attribution.labels import after_floor, clause_floor
from extractor.attribution.phrases import (
    governing_verb,
    is_pronoun,
    noun_phrase,
    subject_of,
)
from extractor.data_tables import load_json

_NOUNS = frozenset({"NOUN", "PROPN"})
_NEAR_CUE = 30  # characters: a cue this close names the figure even when it reads as a level
_LEVEL_KINDS = frozenset({"level", "high", "low", "all_time_high", "target"})
_OBJECT_DEPS = frozenset({"dobj", "attr", "oprd"})


def _words(name: str) -> frozenset[str]:
    return frozenset(load_json("subject_words.json")[name])


@lru_cache(maxsize=1)
def _distance_right() -> re.Pattern[str]:
    return re.compile(load_json("subject_words.json")["distance_right"], re.IGNORECASE)


def price_subject(asset: str | None) -> str:
    return f"{display_name(asset)} price" if asset else "price"


def _is_figure(tok: Token) -> bool:
    """Another figure ("1.25%") rather than a noun naming what is measured."""
    return tok.like_num or tok.text == "%" or any(c.like_num for c in tok.lefts)


def _is_measured(tok: Token) -> bool:
    """A noun that can be what a move measures: not a figure, a date or a period."""
    return (
        tok.pos_ in {"NOUN", "PROPN"}
        and not _is_figure(tok)
        and tok.ent_type_ not in {"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY"}
        and not any(ch.isdigit() for ch in tok.text)
    )


def _is_asset(tok: Token, asset_chars: dict[int, str]) -> bool:
    """The noun itself is (part of) an asset name ("Bitcoin", "BTC", "Shiba Inu"), not a noun
    an asset modifies ("Ether staking yield", "Cardano's TVL")."""
    return tok.idx in asset_chars


def _mover_subject(
    noun: Token | None,
    asset: str | None,
    asset_chars: dict[int, str],
    fallback_asset: str | None,
    moving: bool = True,
    previous: str | None = None,
) -> str | None:
    """Subject of a move whose mover is ``noun`` (an nsubj) or unknown.

    A pronoun mover ("It climbed again to 23%") is the previous percentage's subject when there is
    one just before, else the asset under discussion.
    """
    generic = _words("generic_movers")
    if noun is not None and noun.pos_ == "PRON" and previous:
        return previous
    if noun is not None and _names_own_market(noun, asset_chars):
        return noun_phrase(noun) or None  # "the broader crypto market fell 5%"
    if noun is not None and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.rights):
        generic = generic - _words("generic_unless_of")  # "Bitcoin's share of the market"
    if noun is None or is_pronoun(noun) or noun.lemma_.lower() in generic:
        got = asset or fallback_asset
        if got and (moving or asset):
            return price_subject(got)
        if noun is not None and not is_pronoun(noun) and moving:
            # "the token crashed 90%" with no asset named: the token's price
            phrase = noun_phrase(noun)
            return phrase if not phrase or "price" in phrase.lower() else f"{phrase} price"
        return None
    if _is_asset(noun, asset_chars):
        return price_subject(asset_chars[noun.idx])  # "Bitcoin and Ether rose 5%": Bitcoin
    phrase = noun_phrase(noun, with_prep=True)  # "the number of institutional investors"
    if noun.lemma_.lower() in generic and asset:
        return price_subject(asset)
    return phrase or None


def _names_own_market(noun: Token, asset_chars: dict[int, str]) -> bool:
    """A generic mover such as "market" with a modifier of its own ("the crypto market"), not
    an asset's ("the Bitcoin market")."""
    if noun.lemma_.lower() not in _words("modified_movers"):
        return False
    return any(
        c.dep_ == "compound" and not _is_asset(c, asset_chars) and c.pos_ in _NOUNS
        for c in noun.lefts
    )


def percent_subject(
    doc: Doc,
    ctx: FigureContext,
    *,
    asset: str | None,
    fallback_asset: str | None,
    asset_chars: dict[int, str],
    moving: bool = True,
    previous: str | None = None,
) -> str | None:
    """``moving``: the figure is a move (has a direction), so a bare pronoun means the asset;
    ``previous``: the subject of a percentage just before (same or previous sentence)."""
    m = _distance_right().match(ctx.right)
    if m:
        return f"distance from {m.group('what').strip()}"
    span = doc.char_span(ctx.start, ctx.end, alignment_mode="expand")
    if span is None or not doc.has_annotation("DEP"):
        return price_subject(asset) if asset else None
    linked = _linked_move_noun(doc, span.start, ctx.sent.start)
    if linked is not None:
        phrase = noun_phrase(linked, skip=(ctx.start, ctx.end))
        if asset and len(phrase.split()) == 1:
            phrase = f"{display_name(asset)} {phrase}"
        return phrase  # "previous cycle drawdowns ranging from 30-45%": the drawdowns
    move_nouns = _words("move_nouns")
    modifiers = _move_modifiers(doc, ctx, move_nouns)
    if modifiers:
        return modifiers  # "the 4% daily SOL price gain": what gained is the SOL price
    skip = (ctx.start, ctx.end)
    head = span.root
    # "89% of X"
    floor = clause_floor(ctx)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return _of_object(objs[0], skip, previous)
    # "a 15% levy", "a steep 4.6% surge", "70% or more approval ratings"
    noun = head.head if head.dep_ in {"nummod", "amod", "compound", "quantmod", "nmod"} else None
    of = head.head
    if noun is None and head.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ in _NOUNS:
        noun = of.head  # "a growth of 32%", "a support rate of 64%"
    if noun is not None and (
        noun.lemma_.lower() in _words("time_nouns") or noun.ent_type_ == "DATE"
    ):
        noun = None  # "up 41% year to date": a period, not what is measured
    if noun is not None and noun.pos_ in _NOUNS:
        if noun.lemma_.lower() in move_nouns:
            # "a 1.2% increase in the price", "a 5.3% fall in the network difficulty"
            for child in noun.rights:
                if child.dep_ == "prep" and child.lower_ in {"in", "of"}:
                    objs = [c for c in child.children if c.dep_ == "pobj" and _is_measured(c)]
                    if objs and not (ctx.start <= objs[0].idx < ctx.end):
                        return _mover_subject(objs[0], asset, asset_chars, fallback_asset)
            # "bitcoin's 14% gain", "fee declines of 38%": the owner or the modifier
            owners = [
                c
                for c in noun.lefts
                if c.dep_ in {"poss", "compound"} and _is_measured(c) and not c.i > noun.i
            ]
            if owners:
                return _mover_subject(owners[-1], asset, asset_chars, fallback_asset)
            verb = governing_verb(noun)
            mover = after_floor(subject_of(verb), floor) if verb is not None else None
            return _mover_subject(mover, asset, asset_chars, fallback_asset, True, previous)
        return noun_phrase(noun, skip=skip, with_prep=True) or None
    verb = governing_verb(head)
    if verb is None:
        return price_subject(asset) if asset else None
    # "cut the policy rate to 2.9%", "lifted March's advance to 4.2%"
    for child in verb.children:
        if (
            child.dep_ in _OBJECT_DEPS
            and not (ctx.start <= child.idx < ctx.end)
            and not _is_figure(child)
            and child.lemma_.lower() not in _words("time_nouns")  # "closed the day at …, up 1%"
        ):
            if child.lemma_.lower() in move_nouns:
                # "lifted March's advance to 4.2%": the gain is the asset's, not the pusher's
                return _mover_subject(None, asset, asset_chars, fallback_asset)
            if not is_pronoun(child) and child.pos_ in {"NOUN", "PROPN"}:
                return noun_phrase(child, skip=skip, with_prep=True) or None
    mover = after_floor(subject_of(verb), floor)
    return _mover_subject(mover, asset, asset_chars, fallback_asset, moving, previous)


def _linked_move_noun(doc: Doc, first: int, floor: int) -> Token | None:
    """The move noun just before a figure over link words ("pullbacks of more than 30%",
    "a total return of over 500%") when it names its own measure, or None."""
    words = direction_words()
    i = first - 1
    while i >= floor and doc[i].lower_ in words.noun_links:
        i -= 1
    if i < floor or i == first - 1:
        return None  # "the 4% gain" is read by the dependency rules
    tok = doc[i]
    if tok.lower_ not in words.left_move_nouns or tok.pos_ not in _NOUNS:
        return None
    # a set of moves ("corrections ranging from 30-45%") or a return is its own measure; a
    # single move ("a sharper decline of 10%") is the asset's price move
    return tok if tok.tag_ == "NNS" or tok.lemma_.lower() in _words("own_measure_moves") else None


def _move_modifiers(doc: Doc, ctx: FigureContext, move_nouns: frozenset[str]) -> str | None:
    """ "a 4% daily SOL price gain": the nominal words between the figure and its move noun."""
    toks: list[Token] = []
    after = doc.char_span(ctx.end, ctx.end + len(ctx.right), alignment_mode="contract")
    if after is None:
        return None
    for tok in after[:4]:
        if tok.lemma_.lower() in move_nouns or tok.lower_ in move_nouns:
            nominal = [t for t in toks if t.pos_ in _NOUNS and _is_measured(t)]
            return " ".join(t.text for t in toks) if nominal else None
        if not (tok.is_alpha or "-" in tok.text) or tok.pos_ not in {"ADJ", "NOUN", "PROPN"}:
            return None
        toks.append(tok)
    return None


def _of_object(obj: Token, skip: tuple[int, int], previous: str | None) -> str | None:
    """ "12% of <obj>": the object; "of the $3 billion in options" → the options; "of those"
    → the figure just before."""
    if is_pronoun(obj) and obj.tag_ != "DT" or obj.lower_ in {"those", "these", "them"}:
        return previous
    if _is_figure(obj) or obj.ent_type_ == "MONEY":
        for prep in obj.rights:
            if prep.dep_ == "prep" and prep.lower_ in {"in", "of"}:
                inner = [c for c in prep.children if c.dep_ == "pobj" and _is_measured(c)]
                if inner:
                    return noun_phrase(inner[0], skip=skip) or None
    return noun_phrase(obj, skip=skip) or None


_RIGHT_BREAK = re.compile(r"[,;—–]|\b(?:with|while|whereas|but)\b")


def _nearest_cue(
    left: str, right: str, cues: tuple[SubjectCue, ...]
) -> tuple[SubjectCue, int, str] | None:
    """The cue nearest the figure: (cue, char offset relative to the figure, side)."""
    best: tuple[int, SubjectCue, int, str] | None = None
    for cue in cues:
        for m in cue.pattern.finditer(left):
            dist = len(left) - m.end()
            if best is None or dist < best[0]:
                best = (dist, cue, m.start() - len(left), "left")
        hit = cue.pattern.search(right) if cue.subject != "value" else None
        if hit:
            # a cue right after the figure ("$6 billion dump") beats a far left one, but not
            # one past a clause break ("gains hit $4 million, with losses at …")
            near = hit.start() <= 12 and not _RIGHT_BREAK.search(right[: hit.start()])
            dist = hit.start() if near else hit.start() + 40
            if best is None or dist < best[0]:
                best = (dist, cue, hit.start(), "right")
    return (best[1], best[2], best[3]) if best else None


_OWNER_LEFT = re.compile(
    r"(?:^|[\s,(])(?P<owner>(?:[A-Z][\w&.-]*\s+){0,2}[A-Za-z][\w&.-]*)['’]s\s+"
    r"(?:(?:about|around|roughly|nearly|almost|over|some|just|more than|less than)\s+)?$"
)


def amount_subject(
    doc: Doc,
    ctx: FigureContext,
    *,
    asset: str | None,
    previous_subject: str | None,
    previous_end: int | None,
) -> str | None:
    """What an amount measures; an owner written just before it ("Acme's $2 billion valuation",
    "rival's $1.8 billion") owns that measure."""
    phrase = _amount_subject(
        doc, ctx, asset=asset, previous_subject=previous_subject, previous_end=previous_end
    )
    owner = _OWNER_LEFT.search(ctx.left)
    if owner is None or phrase is None:
        return phrase
    name = owner.group("owner")
    if name.lower() in _words("not_owners"):
        return phrase  # "it's $5 million": it is
    words = phrase.split()
    while len(words) > 1 and (words[0][:1].isupper() or words[0].isupper()):
        words = words[1:]  # another owner or asset ("XAG valuation" → "valuation")
    return f"{name} {' '.join(words)}"


def _amount_subject(
    doc: Doc,
    ctx: FigureContext,
    *,
    asset: str | None,
    previous_subject: str | None,
    previous_end: int | None,
) -> str | None:
    cues, left_chars, right_chars = amount_subject_cues()
    floor = clause_floor(ctx)
    own_left = ctx.left[max(0, floor - (ctx.start - len(ctx.left))) :]
    left = own_left[-left_chars:]
    right = ctx.right[:right_chars]
    named = _in_phrase(doc, ctx, asset) or _modified_noun(ctx)
    if named:
        return named
    found = _nearest_cue(left, right, cues)
    if found is None:
        # a weaker, sentence-wide look; "value" alone is too vague that far away
        strong = tuple(c for c in cues if c.subject != "value")
        own_sent = ctx.sent_left[max(0, floor - (ctx.start - len(ctx.sent_left))) :]
        found = _nearest_cue(own_sent[-3 * left_chars :], "", strong)
    if (
        previous_subject
        and (found is None or abs(found[1]) > _NEAR_CUE)
        and kind_of(ctx) in _LEVEL_KINDS
    ):
        return previous_subject  # "… a decisive move above $2.9 trillion": the same measure
    if found is None:
        return _fallback(doc, ctx, previous_subject, floor)
    cue, rel, side = found
    char = ctx.start + rel if side == "left" else ctx.end + rel
    tok = _token_at(doc, char)
    if cue.subject == "value":
        return _value_subject(doc, ctx, char, previous_subject, previous_end)
    while tok is not None and tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head  # "market" of "market capitalization"
    if cue.pos == "noun" and tok is not None and tok.pos_ in {"NOUN", "PROPN"}:
        phrase = noun_phrase(tok, skip=(ctx.start, ctx.end))
        if not phrase or phrase.isupper():  # "OI" → "open interest"
            phrase = cue.subject
    else:
        phrase = cue.subject
        if tok is not None:
            subj = subject_of(tok) if tok.pos_ in {"VERB", "AUX"} else None
            subj = after_floor(subj, floor)
            if subj is not None and ctx.start <= subj.idx < ctx.end:
                subj = None  # the figure itself: "4,000 BTC changed hands"
            if subj is not None and not is_pronoun(subj):
                phrase = f"{noun_phrase(subj)} {cue.subject}"
    if asset and not _names_asset(phrase, asset) and len(phrase.split()) < 4:
        phrase = f"{asset} {phrase}"
    return phrase or cue.subject


def _modified_noun(ctx: FigureContext) -> str | None:
    """ "a $95 million war chest": the noun phrase the figure modifies, right after it."""
    root = ctx.root
    if root is None or root.dep_ not in {"nummod", "compound", "amod", "quantmod", "nmod"}:
        return None
    head = root.head
    if head.idx < ctx.end or head.i - root.i > 4 or head.pos_ != "NOUN":
        return None
    if head.lemma_.lower() in _words("not_modified_measures"):
        return None  # "the $2 trillion mark": a level of some other measure
    if any(not t.is_alpha for t in root.doc[root.i + 1 : head.i]):
        return None  # "$4 million sell-off": hyphenated words are read by the cue rules
    return noun_phrase(head, skip=(ctx.start, ctx.end)) or None


def _names_asset(phrase: str, asset: str) -> bool:
    low = phrase.lower()
    return asset.lower() in low or display_name(asset).lower() in low


def _value_subject(
    doc: Doc,
    ctx: FigureContext,
    cue_char: int,
    previous_subject: str | None,
    previous_end: int | None,
) -> str:
    """ "<thing> worth $N": the thing is the figure just before, or the noun before the cue."""
    if previous_subject and previous_end is not None and 0 <= cue_char - previous_end <= 25:
        return (
            previous_subject if previous_subject.endswith("value") else f"{previous_subject} value"
        )
    tok = _token_at(doc, cue_char)
    if tok is not None:
        for t in reversed(list(doc[ctx.sent.start : tok.i])):
            if t.pos_ in {"NOUN", "PROPN"}:
                return f"{noun_phrase(t)} value"
            if is_pronoun(t) and previous_subject:
                return f"{previous_subject} value"
    return "value"


def _in_phrase(doc: Doc, ctx: FigureContext, asset: str | None) -> str | None:
    """ "$40 million in <net inflows / BTC put options / a seed round>": the named noun phrase,
    unless it is a period ("in May", "in the past day") or just an asset ("in Bitcoin")."""
    m = _in_phrase_right().match(ctx.right)
    if m is None or not doc.has_annotation("DEP"):
        return None
    gap = m.group(0)
    prep = _token_at(doc, ctx.end + gap.rfind(gap.split()[-1]))  # "in", or "of" of "worth of"
    if prep is None:
        return None
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if not objs:
        return None
    obj = objs[0]
    nominal = obj.pos_ == "NOUN" or any(
        c.dep_ == "compound" and c.pos_ == "NOUN" for c in obj.lefts
    )  # the tagger sometimes reads "a funding round" as an adverb
    if (
        not nominal
        or obj.ent_type_ in {"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY"}
        or any(ch.isdigit() for ch in obj.text)
        or obj.lemma_.lower() in _words("time_nouns")
        or obj.idx >= ctx.end + len(ctx.right)
    ):
        return None
    phrase = noun_phrase(obj, skip=(ctx.start, ctx.end))
    if (
        not phrase
        or phrase.lower() in _words("in_phrase_markets")
        or obj.lemma_.lower() in _words("in_phrase_ways")
    ):
        return None
    if asset and not _names_asset(phrase, asset) and len(phrase.split()) < 4:
        phrase = f"{asset} {phrase}"
    return phrase


@lru_cache(maxsize=1)
def _in_phrase_right() -> re.Pattern[str]:
    return re.compile(load_json("subject_words.json")["in_phrase_right"], re.IGNORECASE)


def _fallback(doc: Doc, ctx: FigureContext, previous_subject: str | None, floor: int) -> str | None:
    """No cue: the noun the figure modifies, else the clause's subject; "this"/"it" refer back."""
    if ctx.root is None or not doc.has_annotation("DEP"):
        return previous_subject
    head = ctx.root
    verb = governing_verb(head)
    subj = after_floor(subject_of(verb), floor) if verb is not None else None
    if subj is not None and ctx.start <= subj.idx < ctx.end and verb is not None:
        # the figure is the subject: "$700 million … was withdrawn from the platform"
        cues, _, _ = amount_subject_cues()
        for cue in cues:
            if cue.pattern.fullmatch(verb.text):
                return cue.subject
    if subj is not None and is_pronoun(subj) and previous_subject:
        return previous_subject
    if head.head.pos_ == "NOUN" and head.dep_ in {"nummod", "compound", "amod", "quantmod"}:
        return noun_phrase(head.head, skip=(ctx.start, ctx.end)) or previous_subject
    of = head.head
    if head.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ in {"NOUN", "PROPN"}:
        return noun_phrase(of.head, skip=(ctx.start, ctx.end)) or previous_subject  # "a base of $X"
    if subj is None or is_pronoun(subj):
        return previous_subject
    return noun_phrase(subj) or previous_subject


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
