"""``news-metrics show``: one article with every extracted record highlighted."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click


@click.command("show")
@click.argument("article")
@click.option(
    "--in",
    "archive",
    type=click.Path(exists=True, dir_okay=False),
    help="ARTICLE is an id in this JSONL/CSV/WARC archive.",
)
@click.option("--db", "db_url", help="ARTICLE is an id in this database (e.g. sqlite:///facts.db).")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write a self-contained HTML page here instead of printing to the terminal.",
)
@click.option(
    "--published",
    type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S%z"]),
    help="Publication time of a text file (archives carry their own).",
)
@click.option(
    "--color/--no-color", "colour", default=None, help="Colour the terminal view (default: auto)."
)
def show_cmd(
    article: str,
    archive: str | None,
    db_url: str | None,
    output: Path | None,
    published: datetime | None,
    colour: bool | None,
) -> None:
    """Show ARTICLE (a text file, or an id with --in/--db) with its records highlighted.

    Prices, amounts, percentages, liquidations, quotes (with their speaker), people and time
    expressions are marked by type and numbered; each record's fields follow the text, and on
    the HTML page (-o view.html: one file, no network, opens in any browser) they also show on
    hover.
    """
    from extractor.show import render_html, render_terminal
    from extractor.show.source import ArticleNotFound, load_facts

    try:
        text, facts = load_facts(article, archive=archive, db_url=db_url, published=published)
    except ArticleNotFound as exc:
        raise click.ClickException(str(exc)) from exc
    if output is None:
        click.echo(render_terminal(text, facts, colour=True), color=colour)
        return
    output.write_text(render_html(text, facts), encoding="utf-8")
    click.echo(f"news-metrics: wrote {output}", err=True)
