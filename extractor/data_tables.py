"""Loading of the data tables under ``extractor/data/`` (read once, cached)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_json(name: str) -> Any:
    """Parse ``extractor/data/<name>`` once per process."""
    return json.loads(resources.files("extractor").joinpath("data", name).read_text("utf-8"))


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of ``extractor/data/<name>``."""
    text = resources.files("extractor").joinpath("data", name).read_text("utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )
