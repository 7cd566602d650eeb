"""Type every money figure (price, amount or liquidation) and attribute percentages.

First version: liquidation when the sentence speaks of liquidations, price when the figure has
no large scale word, else amount. The classification helper refines this.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc

from extractor.components.ext import ensure_extensions, records_of
from models import Amount, Liquidation, Percentage, Price


class Classifier:
    def __init__(self) -> None:
        ensure_extensions()

    def __call__(self, doc: Doc) -> Doc:
        sents = list(doc.sents)
        starts = [s.start_char for s in sents]

        def sentence_of(char: int) -> str:
            return sents[max(0, bisect_right(starts, char) - 1)].text if sents else doc.text

        recs = records_of(doc)
        prices, amounts, liqs, pcts = [], [], [], []
        for m in doc._.nm_money or []:
            sent = sentence_of(m.start)
            base = dict(start=m.start, end=m.end, text=m.text, sentence=sent)
            if "liquidat" in sent.lower():
                liqs.append(Liquidation(**base, amount=m.value, currency=m.currency))
            elif m.value < 10_000_000:
                prices.append(Price(**base, value=m.value, currency=m.currency, asset=None))
            else:
                amounts.append(Amount(**base, value=m.value, currency=m.currency))
        for p in doc._.nm_percent or []:
            sent = sentence_of(p.start)
            pcts.append(
                Percentage(
                    start=p.start, end=p.end, text=p.text, sentence=sent, value=p.value,
                    value_max=p.value_max, qualifier=p.qualifier, unit=p.unit,
                )
            )
        recs.update(prices=prices, amounts=amounts, liquidations=liqs, percentages=pcts)
        return doc


@Language.factory(
    "nm_classify",
    assigns=["doc._.nm_records"],
    requires=["doc._.nm_money", "doc._.nm_percent", "doc._.nm_assets"],
)
def make_classifier(nlp: Language, name: str) -> Classifier:
    return Classifier()
