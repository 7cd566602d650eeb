"""Is a money figure a unit price, a liquidation or another amount?

- a liquidation: a liquidation cue in the figure's clause or sentence, or a follow-on sentence
  shortly after a liquidation sentence ("Longs took the bigger hit, with $800 million"), and the
  figure is an aggregate (a large fiat sum or a coin quantity), not a price level;
- a price: a unit-price cue ("per share"), or a fiat figure below ``amount_min_value`` without an
  amount cue next to it (salary, funding, holdings …);
- else an amount (flows, volumes, market caps, open interest, holdings, raises).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Literal

from extractor.attribution.assets import AssetResolver
from extractor.attribution.context import Figure, FigureContext
from extractor.attribution.cues import liquidation_cues, money_type_cues
from extractor.attribution.phrases import governing_verb, subject_of
from extractor.numbers.types import MoneyMatch

MoneyType = Literal["price", "amount", "liquidation"]

_FIAT_HINT_CHARS = 3


def is_unit_price(ctx: FigureContext) -> bool:
    right = ctx.sent_right[:40]
    return any(p.search(right) for p in money_type_cues().unit_price_right)


def is_share_price(ctx: FigureContext) -> bool:
    """A price per share (of a listed security), not per coin."""
    return money_type_cues().share_price_right.match(ctx.sent_right) is not None


def has_amount_cue(ctx: FigureContext) -> bool:
    cues = money_type_cues()
    left = " ".join(ctx.left[-80:].split()) + " "
    right = ctx.right[:50]
    return any(p.search(left) for p in cues.amount_near_left) or any(
        p.search(right) for p in cues.amount_near_right
    )


def is_aggregate(value: Decimal, currency: str | None, coin_tickers: frozenset[str]) -> bool:
    """Large enough to be a sum of positions rather than a price."""
    if currency is not None and currency in coin_tickers:
        return True
    return value >= money_type_cues().amount_min_value


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _unnegated(text: str) -> str:
    cues = liquidation_cues()
    return cues.negated.sub(lambda m: " " * len(m.group(0)), text)


def liquidation_sentence(text: str) -> bool:
    """The sentence reports forced closures: a cue, and (unless it is the plural noun, which is
    unambiguous) a word of leveraged trading; "liquidated its shares" is a sale."""
    cues = liquidation_cues()
    clean = _unnegated(text)
    if cues.cue.search(clean) is None:
        return False
    return cues.leverage_context.search(clean) is not None


def competing_cue_nearer(ctx: FigureContext) -> bool:
    """An amount cue (open interest, inflows …) nearer the figure than any liquidation cue."""
    cues = liquidation_cues()
    # "the biggest venue by trading volume": a ranking, not the figure's subject
    left = cues.ranking.sub(_blank, _unnegated(ctx.sent_left))
    right = cues.ranking.sub(_blank, _unnegated(ctx.sent_right))

    def nearest(pat: re.Pattern[str]) -> int:
        best = 10**6
        for m in pat.finditer(left):
            best = min(best, len(left) - m.end())
        hit = pat.search(right)
        if hit:
            best = min(best, hit.start())
        return best

    if nearest(cues.competing) < nearest(cues.cue):
        return True
    # "Open interest, which fuels liquidation cascades, rose to $41 billion": the figure's
    # clause subject names the amount
    if ctx.root is None or not ctx.root.doc.has_annotation("DEP"):
        return False
    verb = governing_verb(ctx.root)
    subj = subject_of(verb) if verb is not None else None
    if subj is None:
        return False
    phrase = subj.doc[subj.left_edge.i : subj.i + 1].text
    return bool(cues.competing.search(phrase)) and not cues.cue.search(phrase)


def follow_on_sentence(text: str) -> bool:
    return liquidation_cues().follow_on.search(text) is not None


def asset_price_cue(gap: str) -> bool:
    """ "<asset> to/at/hits $X": a price however large."""
    return money_type_cues().asset_price_left.match(gap) is not None


def coin_reaches(
    text: str,
    ctx: FigureContext,
    resolver: AssetResolver,
    coins: frozenset[str],
    money: Sequence[Figure],
) -> bool:
    """ "Bitcoin, some argue, could be reaching $1 million": a coin named earlier in the clause
    and a reach verb right before the figure, with no amount word between them."""
    cues = money_type_cues()
    lo = max(ctx.sent.start_char, ctx.start - cues.asset_reach_chars)
    mention = resolver.last_before(ctx.start, lo, coins)
    if mention is None or any(f.start <= mention.start < f.end for f in money):
        return False
    gap = text[mention.end : ctx.start]
    if liquidation_cues().competing.search(gap) or has_amount_cue(ctx):
        return False
    return cues.asset_reach_left.search(" ".join(gap.split()) + " ") is not None


def compared_to_previous(ctx: FigureContext) -> bool:
    """The figure is a point of comparison for the one before it ("…, up from $61,000")."""
    return money_type_cues().compared.match(ctx.left) is not None


def money_type(
    ctx: FigureContext,
    value: Decimal,
    currency: str | None,
    *,
    coin_tickers: frozenset[str],
    liquidation_context: bool,
    asset_gap: str | None = None,
    coin_reach: bool = False,
) -> MoneyType:
    """Type of one money figure.

    ``liquidation_context``: the sentence is about liquidations; ``asset_gap``: the text between
    an asset named just before and the figure ("Bitcoin| to |$1M"); ``coin_reach``: a coin of the
    clause reaches the figure (see :func:`coin_reaches`).
    """
    if is_unit_price(ctx):
        return "price"
    if asset_gap is not None and currency not in coin_tickers and asset_price_cue(asset_gap):
        return "price"
    if coin_reach and currency not in coin_tickers and not liquidation_context:
        if value < money_type_cues().asset_reach_max_value:
            return "price"
    aggregate = is_aggregate(value, currency, coin_tickers)
    if liquidation_context and aggregate and not competing_cue_nearer(ctx):
        return "liquidation"
    if aggregate:
        return "amount"
    if has_amount_cue(ctx):
        return "amount"
    return "price"


def _asset_gap(
    text: str, resolver: AssetResolver, start: int, money: Sequence[Figure]
) -> str | None:
    """Text between an asset named just before ``start`` and ``start`` ("Bitcoin| to |$1M"), when
    that name is not itself the unit of a money figure ("3 BTC, worth $200,000")."""
    m = resolver.just_before(start)
    if m is None or any(f.start <= m.start < f.end for f in money):
        return None
    return text[m.end : start]


def type_figures(
    text: str,
    money: Sequence[MoneyMatch],
    ctxs: Sequence[FigureContext],
    resolver: AssetResolver,
    coins: frozenset[str],
) -> dict[int, MoneyType]:
    """The type of every money figure (by index), deciding in text order.

    A comparison point ("…, up from $61,000") takes the type of the figure before it; a sentence
    right after a liquidation sentence may continue its topic ("Longs took $800 million").
    """
    order = sorted(range(len(money)), key=lambda i: money[i].start)
    liq_sents: set[int] = set()
    types: dict[int, MoneyType] = {}
    prev_i: int | None = None
    for i in order:
        m, c = money[i], ctxs[i]
        if (
            prev_i is not None
            and ctxs[prev_i].sent_index == c.sent_index
            and types[prev_i] != "price"
            and compared_to_previous(c)
            and not is_unit_price(c)
        ):
            types[i] = types[prev_i]
        else:
            reach = liquidation_cues().follow_on_reach
            context = liquidation_sentence(c.sentence) or (
                any(c.sent_index - k in liq_sents for k in range(1, reach + 1))
                and follow_on_sentence(c.sentence)
            )
            types[i] = money_type(
                c,
                m.value,
                m.currency,
                coin_tickers=coins,
                liquidation_context=context,
                asset_gap=_asset_gap(text, resolver, c.start, money),
                coin_reach=coin_reaches(text, c, resolver, coins, money),
            )
        if types[i] == "liquidation":
            liq_sents.add(c.sent_index)
        prev_i = i
    return types
