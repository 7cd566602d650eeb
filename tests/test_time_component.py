"""The ``nm_time`` component: times[] and as_of on records (blank pipeline, own sentences)."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

import pytest
import spacy
from spacy.language import Language

from extractor.components.ext import records_of
from extractor.components.timex import TimeTagger
from models import Liquidation, Price, TimeRef

PUBLISHED = datetime(2025, 5, 18, 18, 28, 10, tzinfo=timezone.utc)


def _run(text: str, figures: list[str], published: datetime | None) -> dict[str, TimeRef | None]:
    """Tag ``text`` on a blank pipeline with a price at each figure; figure → its as_of."""
    nlp = spacy.blank("en")
    doc = nlp(text)
    doc._.nm_published = published
    prices = []
    for fig in figures:
        i = text.index(fig)
        prices.append(
            Price(
                start=i,
                end=i + len(fig),
                text=fig,
                sentence=text,
                value=Decimal(1),
                currency="USD",
                asset=None,
            )
        )
    records_of(doc)["prices"] = prices
    TimeTagger(use_entities=False)(doc)
    return {p.text: p.as_of for p in records_of(doc)["prices"]}


#: (id, text, figure, expected as_of text, or None for "the publication time").
AS_OF: list[tuple[str, str, str, str | None]] = [
    (
        "window-before",
        "In the past 12 hours, longs lost $61 million.",
        "$61 million",
        "the past 12 hours",
    ),
    ("ago-after", "It sits at $3.10, off a peak of $3.90 set a day ago.", "$3.90", "a day ago"),
    ("weekday", "The coin broke the $5 level on Monday.", "$5", "Monday"),
    ("nearest-of-two", "It hit $7 on Monday and $9 last week.", "$9", "last week"),
    ("other-sentence", "It hit $7 today. Nothing happened on Monday.", "$7", "today"),
    ("figure-inside-since-clause", "It is up since it hit $9 in March.", "$9", "March"),
    ("no-expression", "The coin trades at $12.", "$12", None),
    ("duration-does-not-govern", "It stayed at $4 for six days.", "$4", None),
]


@pytest.mark.parametrize(
    ("text", "figure", "expected"), [c[1:] for c in AS_OF], ids=[c[0] for c in AS_OF]
)
def test_as_of(text: str, figure: str, expected: str | None) -> None:
    as_of = _run(text, [figure], PUBLISHED)[figure]
    assert as_of is not None
    if expected is None:
        assert (as_of.kind, as_of.resolved_start, as_of.start) == ("published", PUBLISHED, None)
    else:
        assert as_of.text == expected
        assert as_of.resolved_start is not None


def test_window_interval_on_liquidation() -> None:
    text = "In the past 24 hours, liquidations of longs totaled $300 million."
    nlp = spacy.blank("en")
    doc = nlp(text)
    doc._.nm_published = PUBLISHED
    i = text.index("$300")
    liq = Liquidation(
        start=i,
        end=i + 12,
        text="$300 million",
        sentence=text,
        amount=Decimal(300_000_000),
        currency="USD",
    )
    records_of(doc)["liquidations"] = [liq]
    TimeTagger(use_entities=False)(doc)
    as_of = records_of(doc)["liquidations"][0].as_of
    assert as_of is not None
    assert (as_of.resolved_start, as_of.resolved_end, as_of.kind) == (
        datetime(2025, 5, 17, 18, 28, 10, tzinfo=timezone.utc),
        PUBLISHED,
        "window",
    )
    assert records_of(doc)["times"] == [as_of]


def test_no_publication_keeps_text_and_nulls() -> None:
    got = _run("Yesterday it was at $8. It trades at $9.", ["$8", "$9"], None)
    yesterday = got["$8"]
    assert yesterday is not None
    assert (yesterday.text, yesterday.resolved_start, yesterday.resolved_end) == (
        "Yesterday",
        None,
        None,
    )
    assert got["$9"] is None


def test_full_pipeline_sets_times(nlp: Language) -> None:
    from extractor.api import extract

    facts = extract(
        "Ether fell 6% on Thursday. Over the past 24 hours, traders lost $90 million.",
        PUBLISHED,
    )
    assert [t.text for t in facts.times] == ["Thursday", "the past 24 hours"]
    assert facts.times[0].resolved_start == datetime(2025, 5, 15, tzinfo=timezone.utc)
    assert [p.as_of.text for p in facts.percentages if p.as_of] == ["Thursday"]
    money = [*facts.liquidations, *facts.amounts, *facts.prices]
    assert [m.as_of.text for m in money if m.as_of] == ["the past 24 hours"]


def test_publication_time_may_be_iso_text(nlp: Language) -> None:
    from extractor.api import extract

    text = "Ether fell 6% on Thursday."
    facts = extract(text, "2025-05-18T18:28:10Z")
    assert facts.times[0].resolved_start == datetime(2025, 5, 15, tzinfo=timezone.utc)
    assert facts.published == extract(text, PUBLISHED).published


def test_publication_time_that_is_no_date_is_an_error(nlp: Language) -> None:
    from extractor.api import extract

    with pytest.raises(ValueError, match="ISO-8601"):
        extract("Ether fell 6% on Thursday.", "last Friday-ish")


def test_date_entities_the_grammar_misses() -> None:
    """A DATE entity naming a month that the grammar misses goes to dateparser; one without a
    month or weekday word is left out."""
    from spacy.tokens import Span

    nlp = spacy.blank("en")
    doc = nlp("Volumes peaked Thu and for 3 de mayo settled.")
    doc._.nm_published = PUBLISHED
    doc.ents = [Span(doc, 2, 3, label="DATE"), Span(doc, 5, 8, label="DATE")]
    TimeTagger()(doc)
    times = records_of(doc)["times"]
    assert [(t.text, t.granularity) for t in times] == [("Thu", "day")]
    assert (times[0].resolved_start, times[0].resolved_end) == (
        datetime(2025, 5, 15, tzinfo=timezone.utc),
        datetime(2025, 5, 16, tzinfo=timezone.utc),
    )
