"""Type every money figure (price, amount or liquidation) and attribute every percentage.

Reads the number finder's candidates (``doc._.nm_money``, ``doc._.nm_percent``) and the asset
gazetteer's mentions (``doc._.nm_assets``); writes the "prices", "amounts", "liquidations" and
"percentages" record lists. One pass over the figures in text order; the rules live in
``extractor.attribution`` and their words in ``extractor/data``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, cast

from spacy.language import Language
from spacy.tokens import Doc

from extractor.attribution.assets import AssetResolver, trading_places
from extractor.attribution.context import FigureContext, SentenceIndex, build_contexts
from extractor.attribution.cues import money_type_cues
from extractor.attribution.direction import conjoined, direction_of
from extractor.attribution.figures import merge_percent_ranges, split_money
from extractor.attribution.kinds import price_kinds
from extractor.attribution.liquidations import side_of, venue_in, window_of
from extractor.attribution.money_types import is_share_price, type_figures
from extractor.attribution.subjects import amount_subject, percent_subject
from extractor.components.ext import ensure_extensions, records_of
from extractor.data_tables import load_json
from extractor.numbers.types import MoneyMatch, PercentMatch
from models import Amount, Liquidation, Percentage, Price, Window
from models.records import Direction, Qualifier

_QUALIFIERS = frozenset(
    {"exact", "approximately", "more_than", "less_than", "at_least", "at_most", "range"}
)


def _qualifier(q: str) -> Qualifier:
    return cast(Qualifier, q if q in _QUALIFIERS else "exact")


def _coin_tickers() -> frozenset[str]:
    return frozenset(
        a["ticker"] for a in load_json("assets.json")["assets"] if a["kind"] == "crypto"
    )


def _previous_subject(
    ctx: FigureContext,
    prev_pct: tuple[int, str | None],
    amounts: Sequence[tuple[int, str | None]],
    sentence_of: Callable[[int], int],
) -> str | None:
    """The subject of the nearest record before ``ctx`` in its sentence or the one before: the
    previous percentage, else an amount ("… fees of $72 million. This marks a 131% rise")."""
    before = [(s, subj) for s, subj in amounts if s < ctx.start]
    amount = before[-1] if before and ctx.sent_index - sentence_of(before[-1][0]) <= 1 else None
    pct = prev_pct[1] if ctx.sent_index - prev_pct[0] <= 1 else None
    if pct is not None and (amount is None or prev_pct[0] >= sentence_of(amount[0])):
        return pct
    return amount[1] if amount else pct


class Classifier:
    """Turn number-finder candidates into typed, attributed records."""

    def __init__(self) -> None:
        ensure_extensions()
        self.coins = _coin_tickers()
        self.quote_assets = money_type_cues().quote_assets

    def __call__(self, doc: Doc) -> Doc:
        cues = money_type_cues()
        money = split_money(doc.text, list(doc._.nm_money or []), self.coins, cues.amount_min_value)
        pcts = merge_percent_ranges(doc.text, list(doc._.nm_percent or []))
        index = SentenceIndex(doc)
        contexts = build_contexts(doc, [*money, *pcts], index)
        money_ctx = contexts[: len(money)]
        pct_ctx = contexts[len(money) :]
        mentions = trading_places(doc.text, doc._.nm_assets or [])
        resolver = AssetResolver(mentions, self.quote_assets)
        recs = records_of(doc)
        prices, amounts, liqs = self._money(doc, money, money_ctx, index, resolver)
        recs["prices"] = prices
        recs["amounts"] = amounts
        recs["liquidations"] = liqs
        recs["percentages"] = self._percentages(doc, pcts, pct_ctx, index, resolver, amounts)
        return doc

    def _money(
        self,
        doc: Doc,
        money: Sequence[MoneyMatch],
        ctxs: Sequence[FigureContext],
        index: SentenceIndex,
        resolver: AssetResolver,
    ) -> tuple[list[Price], list[Amount], list[Liquidation]]:
        order = sorted(range(len(money)), key=lambda i: money[i].start)
        types = type_figures(doc.text, money, ctxs, resolver, self.coins)
        price_ids = [i for i in order if types[i] == "price"]
        kinds = dict(zip(price_ids, price_kinds([ctxs[i] for i in price_ids]), strict=True))
        prices: list[Price] = []
        amounts: list[Amount] = []
        liqs: list[Liquidation] = []
        last_window: Window | None = None
        prev_subject: str | None = None
        prev_end: int | None = None
        prev_sent = -10
        for i in order:
            m, c = money[i], ctxs[i]
            base: dict[str, Any] = dict(start=m.start, end=m.end, text=m.text, sentence=c.sentence)
            qual = _qualifier(m.qualifier)
            if types[i] == "price":
                prev_start = index.sents[max(0, c.sent_index - 2)].start_char
                asset = resolver.for_price(c, m.currency, prev_start, unit_share=is_share_price(c))
                kind = kinds[i]
                prices.append(
                    Price(
                        **base,
                        value=m.value,
                        value_max=m.value_max,
                        currency=m.currency,
                        asset=asset,
                        kind=kind,
                        qualifier=qual,
                        direction=direction_of(c) if kind == "other" else None,
                    )
                )
            elif types[i] == "amount":
                asset = m.currency if m.currency in self.coins else resolver.in_sentence(c)
                if c.sent_index - prev_sent > 2:
                    prev_subject = None
                subject = amount_subject(
                    doc,
                    c,
                    asset=asset,
                    previous_subject=prev_subject,
                    previous_end=prev_end if c.sent_index == prev_sent else None,
                )
                amounts.append(
                    Amount(
                        **base,
                        value=m.value,
                        value_max=m.value_max,
                        currency=m.currency,
                        subject=subject,
                        asset=asset,
                        qualifier=qual,
                    )
                )
                prev_subject, prev_end, prev_sent = subject, m.end, c.sent_index
            else:
                window = window_of(c) or last_window
                last_window = window
                liqs.append(
                    Liquidation(
                        **base,
                        amount=m.value,
                        currency=m.currency,
                        side=side_of(c),
                        window=window,
                        venue=venue_in(c.sentence),
                        asset=resolver.in_sentence(c, m.currency),
                        qualifier=qual,
                    )
                )
        return prices, amounts, liqs

    def _percentages(
        self,
        doc: Doc,
        pcts: Sequence[PercentMatch],
        ctxs: Sequence[FigureContext],
        index: SentenceIndex,
        resolver: AssetResolver,
        amounts: Sequence[Amount] = (),
    ) -> list[Percentage]:
        asset_chars = {
            t.idx: m.ticker
            for m in resolver.mentions
            for t in (doc.char_span(m.start, m.end, alignment_mode="expand") or [])
        }
        out: list[Percentage] = []
        prev: tuple[int, str | None] = (-10, None)
        # amounts by position, so "This marks a 131% increase" can refer back to one
        amount_subjects = sorted((a.start, a.subject) for a in amounts if a.subject)
        prev_direction: Direction | None = None
        for p, c in sorted(zip(pcts, ctxs, strict=True), key=lambda pc: pc[0].start):
            asset = resolver.in_sentence(c)
            prev_start = index.sents[max(0, c.sent_index - 2)].start_char
            fallback = resolver.before(c.sent.start_char, prev_start) or resolver.dominant
            direction = direction_of(c)
            joined = prev[0] == c.sent_index and conjoined(c)
            if direction is None and joined:
                direction = prev_direction
            if joined and prev[1] and resolver.before(c.start, c.start - len(c.left)) is None:
                subject: str | None = prev[1]  # "up 20% in a week and 43% in a month"
            else:
                subject = percent_subject(
                    doc,
                    c,
                    asset=asset,
                    fallback_asset=fallback,
                    asset_chars=asset_chars,
                    moving=direction is not None,
                    previous=_previous_subject(c, prev, amount_subjects, index.index_of),
                )
            prev = (c.sent_index, subject)
            prev_direction = direction
            out.append(
                Percentage(
                    start=p.start,
                    end=p.end,
                    text=p.text,
                    sentence=c.sentence,
                    value=p.value,
                    value_max=p.value_max,
                    qualifier=_qualifier(p.qualifier),
                    direction=direction,
                    subject=subject,
                    asset=asset,
                    unit="percentage_points" if p.unit == "percentage_points" else "percent",
                )
            )
        return out


@Language.factory(
    "nm_classify",
    assigns=[
        "doc._.nm_records",
    ],
    requires=["doc._.nm_money", "doc._.nm_percent", "doc._.nm_assets"],
)
def make_classifier(nlp: Language, name: str) -> Classifier:
    return Classifier()
