"""A tiny stand-in pipeline for batch tests: blank English plus one rule component.

It finds ``N%`` figures and ``$N`` prices with a regex, so the runner, workers, sinks and
resume can be tested in milliseconds without the statistical model. A text containing the
word ``EXPLODE`` makes the component raise (error isolation); ``delay`` slows every doc down
(so a test can kill a run in the middle).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from decimal import Decimal

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extractor.components.ext import records_of
from models import Percentage, Price

_PCT = re.compile(r"(\d+(?:\.\d+)?)%")
_USD = re.compile(r"\$(\d+(?:\.\d+)?)")
BOOM = "EXPLODE"


class StubRecords:
    def __init__(self, delay: float) -> None:
        self.delay = delay

    def __call__(self, doc: Doc) -> Doc:
        if self.delay:
            time.sleep(self.delay)
        if BOOM in doc.text:
            raise ValueError("stub component refuses this text")
        recs = records_of(doc)
        recs["percentages"] = [
            Percentage(
                start=m.start(),
                end=m.end(),
                text=m.group(),
                sentence=doc.text,
                value=Decimal(m.group(1)),
            )
            for m in _PCT.finditer(doc.text)
        ]
        recs["prices"] = [
            Price(
                start=m.start(),
                end=m.end(),
                text=m.group(),
                sentence=doc.text,
                value=Decimal(m.group(1)),
                currency="USD",
                asset=None,
            )
            for m in _USD.finditer(doc.text)
        ]
        return doc


@Language.factory("h5_stub_records", default_config={"delay": 0.0})
def make_stub_records(nlp: Language, name: str, delay: float) -> StubRecords:
    return StubRecords(delay)


@dataclass(frozen=True)
class StubFactory:
    """Picklable, hashable recipe of the stub pipeline."""

    delay: float = 0.0

    def __call__(self) -> Language:
        nlp = spacy.blank("en")
        nlp.add_pipe("h5_stub_records", config={"delay": self.delay})
        return nlp
