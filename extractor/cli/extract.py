"""``news-metrics extract``: articles in, one JSON envelope per article out."""

from __future__ import annotations

import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import IO

import click

from extractor.cli.inputs import InputError, iter_articles


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    default="-",
    show_default=True,
    help="Write JSONL here ('-' is stdout).",
)
@click.option("--id-key", default="id", show_default=True, help="JSONL key of the article id.")
@click.option("--text-key", default="text", show_default=True, help="JSONL key of the text.")
@click.option("--title-key", default="title", show_default=True, help="JSONL key of the title.")
@click.option(
    "--published-key", default="published", show_default=True, help="JSONL key of the time."
)
@click.option(
    "--published",
    type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S%z"]),
    help="Publication time for plain text files (JSONL lines carry their own).",
)
@click.option(
    "--batch-size", type=int, default=32, show_default=True, help="Docs per nlp.pipe batch."
)
@click.option("-q", "--quiet", is_flag=True, help="No summary on stderr.")
def extract_cmd(
    paths: tuple[str, ...],
    output: Path,
    id_key: str,
    text_key: str,
    title_key: str,
    published_key: str,
    published: datetime | None,
    batch_size: int,
    quiet: bool,
) -> None:
    """Extract records from PATHS: text files (id = file stem), folders of them, JSONL files
    (one article a line: id, text, optional title, published, source, url) or '-' for stdin.

    Writes one JSON object per article. A bad article (empty, binary, invalid JSON or UTF-8) is
    reported on stderr with its id and reason; the others are still written, and the exit
    status is 1 when any article failed.
    """
    from extractor.api import extract_many

    failures: list[InputError] = []
    counts: Counter[str] = Counter()
    keys = {"id": id_key, "text": text_key, "title": title_key, "published": published_key}
    articles = iter_articles(paths, keys, published, failures.append, _report)
    out: IO[str] = sys.stdout if str(output) == "-" else output.open("w", encoding="utf-8")
    try:
        for facts in extract_many(articles, batch_size=batch_size):
            out.write(facts.model_dump_json() + "\n")
            counts["articles"] += 1
            for name in ("prices", "amounts", "percentages", "liquidations", "quotes", "people"):
                counts[name] += len(getattr(facts, name))
    finally:
        if out is not sys.stdout:
            out.close()
    if not quiet:
        summary = ", ".join(f"{n} {k}" for k, n in counts.items() if k != "articles")
        click.echo(
            f"news-metrics: {counts['articles']} articles written, {len(failures)} failed"
            + (f"; {summary}" if summary else "")
            + ("" if str(output) == "-" else f" -> {output}"),
            err=True,
        )
    if failures:
        sys.exit(1)


def _report(error: InputError) -> None:
    click.echo(f"error: {error.article_id}: {error.reason}", err=True)
