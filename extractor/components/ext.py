"""The Doc extensions our components read and write: the contract between them.

- ``doc._.nm_published``: publication time (``datetime`` or None), set before the pipeline runs.
- ``doc._.nm_records``: dict of record-list name ("prices", "amounts", "percentages",
  "liquidations", "quotes", "people", "times") to a list of pydantic records. Each component
  owns its keys; use :func:`records_of` to read or create the dict.
- ``doc._.nm_money`` / ``doc._.nm_percent``: candidates from the number finder
  (``MoneyMatch`` / ``PercentMatch`` with offsets into ``doc.text``).
- ``doc._.nm_assets``: list of ``AssetMention`` from the asset gazetteer.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

_DOC_EXTENSIONS = ("nm_published", "nm_records", "nm_money", "nm_percent", "nm_assets")


def ensure_extensions() -> None:
    """Register the Doc extensions once (idempotent)."""
    for name in _DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def records_of(doc: Doc) -> dict[str, list[Any]]:
    """The record dict of a Doc, created on first use."""
    ensure_extensions()
    recs = doc._.nm_records
    if recs is None:
        recs = {}
        doc._.nm_records = recs
    return recs


ensure_extensions()
