"""``show ID --db URL``: stored records rebuilt from the sinks' rows, text re-read and checked."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import main
from extractor.show.source import ArticleNotFound, load_facts
from extractor.sinks import Extracted, open_database
from models import (
    ArticleFacts,
    Liquidation,
    Mention,
    Percentage,
    Person,
    Price,
    Quote,
    Speaker,
    TimeRef,
    Window,
)

TEXT = (
    'Ether slid 7% to $2,050 on Friday. "Funding flipped," said Ola Berg. Longs lost $80 million.'
)


def _at(sub: str) -> tuple[int, int]:
    start = TEXT.index(sub)
    return start, start + len(sub)


def _facts() -> ArticleFacts:
    friday = TimeRef(
        text="Friday", start=_at("Friday")[0], end=_at("Friday")[1],
        resolved_start=datetime(2025, 3, 7, tzinfo=timezone.utc),
    )  # fmt: skip
    return ArticleFacts(
        article_id="eth-7", title="Ether <slides>", source="wire", extractor_version="t",
        published=datetime(2025, 3, 7, 12, tzinfo=timezone.utc),
        prices=[Price(start=_at("$2,050")[0], end=_at("$2,050")[1], text="$2,050", sentence="",
                      value=Decimal(2050), currency="USD", asset="ETH", kind="spot", as_of=friday)],
        percentages=[Percentage(start=_at("7%")[0], end=_at("7%")[1], text="7%", sentence="",
                                value=Decimal(7), direction="down", asset="ETH")],
        liquidations=[Liquidation(start=_at("$80 million")[0], end=_at("$80 million")[1],
                                  text="$80 million", sentence="", amount=Decimal(80_000_000),
                                  currency="USD", side="long",
                                  window=Window(text="24 hours", seconds=86400))],
        quotes=[Quote(text="Funding flipped,", start=_at('"Funding')[0],
                      end=_at('flipped,"')[1], cue="said",
                      speaker=Speaker(name="Ola Berg", mention="Berg", role="trader"))],
        people=[Person(name="Ola Berg", aliases=["Berg"], roles=["trader"],
                       mentions=[Mention(start=_at("Ola Berg")[0], end=_at("Ola Berg")[1],
                                         text="Ola Berg")])],
        times=[friday],
    )  # fmt: skip


@pytest.fixture
def stored(tmp_path: Path) -> tuple[str, Path]:
    archive = tmp_path / "news.jsonl"
    archive.write_text(json.dumps({"id": "eth-7", "text": TEXT}) + "\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'facts.db'}"
    sink = open_database(url)
    sink.open(resume=False)
    sha1 = hashlib.sha1(TEXT.encode("utf-8")).hexdigest()
    sink.write([Extracted(_facts(), sha1, len(TEXT), str(archive))])
    sink.close()
    return url, archive


RECORD_LISTS = ["prices", "percentages", "liquidations", "quotes", "people", "times"]


@pytest.mark.parametrize("name", RECORD_LISTS)
def test_stored_records_round_trip(stored: tuple[str, Path], name: str) -> None:
    text, facts = load_facts("eth-7", db_url=stored[0])
    assert text == TEXT
    assert getattr(facts, name) == getattr(_facts(), name)


def test_cli_show_from_database(stored: tuple[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "view.html"
    result = CliRunner().invoke(main, ["show", "eth-7", "--db", stored[0], "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "<title>Ether &lt;slides&gt;</title>" in page
    kinds = sorted(re.findall(r'data-kind="(\w+)"', page))
    assert kinds == ["liquidation", "percentage", "person", "price", "quote", "time"]


ERRORS = {
    "unknown id": ("nope", None, "no article with id 'nope'"),
    "text changed": ("eth-7", "changed", "changed since it was extracted"),
    "input gone": ("eth-7", "gone", "give the archive with --in"),
}


@pytest.mark.parametrize(("article", "damage", "message"), ERRORS.values(), ids=list(ERRORS))
def test_show_from_database_errors(
    stored: tuple[str, Path], article: str, damage: str | None, message: str
) -> None:
    url, archive = stored
    if damage == "changed":
        archive.write_text(json.dumps({"id": "eth-7", "text": TEXT + " More."}) + "\n")
    elif damage == "gone":
        archive.unlink()
    with pytest.raises(ArticleNotFound, match=message):
        load_facts(article, db_url=url)
