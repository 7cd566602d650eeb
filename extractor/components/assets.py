"""Asset gazetteer: coins, tokens, stocks, indices and commodities named in the text.

Our table decides, not the statistical NER: an entity the model labelled PERSON/ORG over
"Bitcoin" is replaced by an ``ASSET`` entity, so later components never take a coin for a person.

Securities the table does not know are picked up where the text introduces them with a ticker
in parentheses after a fund or company name ("… Yield Fund (QXF)", "(NYSE: ABCD)"); their
later bare mentions ("QXF is listed …") count too, with kind ``security``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractor.components.ext import ensure_extensions
from extractor.data_tables import load_json

ASSET_LABEL = "ASSET"
_CASHTAG = re.compile(r"(?<![\w$])\$([A-Z]{2,6})\b")


@dataclass(frozen=True)
class AssetMention:
    start: int  # character offsets into doc.text
    end: int
    text: str
    ticker: str
    kind: str


class AssetTagger:
    """Find asset names and cashtags; record them in ``doc._.nm_assets`` and as entities."""

    def __init__(self, vocab_nlp: Language, table: str = "assets.json") -> None:
        ensure_extensions()
        data = load_json(table)["assets"]
        self.matcher = PhraseMatcher(vocab_nlp.vocab, attr="ORTH")
        self.kinds: dict[str, str] = {}
        self.tickers: set[str] = set()
        self.listing = re.compile(load_json(table)["listing_pattern"])
        for entry in data:
            ticker = entry["ticker"]
            self.kinds[ticker] = entry["kind"]
            self.tickers.add(ticker)
            names = [n for n in entry["names"] if not n.startswith("$")]
            self.matcher.add(ticker, [vocab_nlp.make_doc(n) for n in names])

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[AssetMention] = []
        spans: list[Span] = []
        for match_id, start, end in self.matcher(doc):
            ticker = doc.vocab.strings[match_id]
            span = Span(doc, start, end, label=ASSET_LABEL, kb_id=ticker)
            spans.append(span)
        for m in _CASHTAG.finditer(doc.text):
            if m.group(1) in self.tickers:
                tag = doc.char_span(m.start(), m.end(), label=ASSET_LABEL, kb_id=m.group(1))
                if tag is not None:
                    spans.append(tag)
        spans.extend(self._listed_securities(doc))
        spans = filter_spans(spans)
        for span in spans:
            ticker = span.kb_id_
            kind = self.kinds.get(ticker, "security")
            mentions.append(AssetMention(span.start_char, span.end_char, span.text, ticker, kind))
        doc._.nm_assets = mentions
        if spans:
            ours = {(s.start, s.end) for s in spans}
            kept = [
                e
                for e in doc.ents
                if not any(e.start < s.end and s.start < e.end for s in spans)
                or (e.start, e.end) in ours
            ]
            doc.ents = filter_spans(kept + spans)
        return doc


    def _listed_securities(self, doc: Doc) -> list[Span]:
        """Tickers introduced in parentheses after a fund/company name, and their later uses."""
        text = doc.text
        found: dict[str, int] = {}
        for m in self.listing.finditer(text):
            ticker = m.group("ticker")
            if ticker not in self.tickers:
                found.setdefault(ticker, m.start("ticker"))
        spans: list[Span] = []
        for ticker, first in found.items():
            for m in re.finditer(rf"(?<![\w$]){re.escape(ticker)}\b", text[first:]):
                a, b = first + m.start(), first + m.end()
                span = doc.char_span(a, b, label=ASSET_LABEL, kb_id=ticker)
                if span is not None:
                    spans.append(span)
        return spans


@Language.factory("nm_assets", assigns=["doc.ents", "doc._.nm_assets"])
def make_asset_tagger(nlp: Language, name: str) -> AssetTagger:
    return AssetTagger(nlp)
