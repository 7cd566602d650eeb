"""The text the model reads: typographic spaces and hyphens in their plain form.

Publishers write "Arthur\u202fHayes", "$1\u202fbillion" (narrow or plain no-break space) and
"co\u2011founder" (non-breaking hyphen). The tokenizer makes a space token of the first, which
cuts a name in two, and keeps the second inside one word, so "co‑founder" is no title. The
model therefore reads a copy in which each such character is its plain form, one character for
one, so that every offset stays; the records' evidence (their ``text`` and ``sentence``) is then
given back as written, from the same offsets.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel

from .tokenizer_rules import CAPTION_LABELS, SENTENCE_OPENERS, SHORT_OPENERS

#: Typographic character → the plain one the model reads in its place (always one for one).
PLAIN_FORMS: dict[str, str] = {
    "\u202f": " ",  # narrow no-break space
    "\u2009": " ",  # thin space
    "\u2007": " ",  # figure space
    "\u200a": " ",  # hair space
    "\u2011": "-",  # non-breaking hyphen
    "\u2010": "-",  # hyphen
}
_TABLE = str.maketrans(PLAIN_FORMS)
#: A no-break space inside a sentence ("João\xa0Wedson,\xa0CEO of\xa0Alphractal"). One after a
#: sentence's end, beside another space or before a word that opens sentences or teasers is how
#: these pages glue paragraphs ("matures.\xa0The data", "… Survey\xa0The company said"): it
#: stays, and the model keeps reading it as a break.
_INNER_NBSP = re.compile(
    r"(?<=[^\s.!?:;”\"])\xa0(?!\s|(?:"
    + "|".join(sorted({*SENTENCE_OPENERS, *SHORT_OPENERS, *CAPTION_LABELS, "Related", "Magazine"}))
    + r")\b)"
)


def plain(text: str) -> str:
    """``text`` with each typographic space or hyphen in its plain form (same length)."""
    return _INNER_NBSP.sub(" ", text.translate(_TABLE))


def as_written(record: Any, written: str, read: str) -> Any:
    """``record`` (a model, a list of them, or anything else) with the evidence it quotes from
    ``read`` (the plain copy) given back from ``written`` at the same offsets."""
    if isinstance(record, list):
        return [as_written(item, written, read) for item in record]
    if not isinstance(record, BaseModel):
        return record
    update: dict[str, Any] = {}
    for name in type(record).model_fields:
        value = getattr(record, name)
        if isinstance(value, BaseModel | list):
            restored = as_written(value, written, read)
            if restored is not value:
                update[name] = restored
    start, end = getattr(record, "start", None), getattr(record, "end", None)
    if isinstance(start, int) and isinstance(end, int):
        for name in ("text", "sentence"):
            value = getattr(record, name, None)
            if isinstance(value, str) and value:
                update[name] = _written_at(value, start, end, written, read)
    return record.model_copy(update=update) if update else record


def _written_at(value: str, start: int, end: int, written: str, read: str) -> str:
    """The written form of ``value``: the plain copy's words found around ``start``–``end``
    (the span itself, words inside it, or the sentence holding it)."""
    lo = max(0, min(start, end - len(value)))
    at = read.find(value, lo, max(end, start + len(value)))
    return value if at < 0 else written[at : at + len(value)]
