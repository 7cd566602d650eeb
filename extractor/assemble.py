"""Doc → ArticleFacts: the only thing that crosses process borders."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from spacy.tokens import Doc

from extractor.components.ext import records_of
from extractor.version import __version__
from models import ArticleFacts

RECORD_LISTS = (
    "prices",
    "amounts",
    "percentages",
    "liquidations",
    "quotes",
    "people",
    "times",
)


def assemble(
    doc: Doc,
    article_id: str,
    *,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    published: datetime | None = None,
) -> ArticleFacts:
    """Collect the records the components left on ``doc`` into one envelope."""
    recs = records_of(doc)
    lists: dict[str, Any] = {name: sorted(recs.get(name, []), key=_order) for name in RECORD_LISTS}
    return ArticleFacts.model_validate(
        {
            "article_id": article_id,
            "title": title,
            "source": source,
            "url": url,
            "published": published,
            "extractor_version": __version__,
            **lists,
            "organizations": list(recs.get("organizations", [])),
        }
    )


def _order(record: object) -> tuple[int, int]:
    start = getattr(record, "start", None)
    end = getattr(record, "end", None)
    return (start if isinstance(start, int) else 0, end if isinstance(end, int) else 0)
