"""``news-metrics report``: one self-contained HTML page about a facts database."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("report")
@click.option("--db", "db_url", required=True, help="Database written by extract --db (URL).")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    default="report.html",
    show_default=True,
    help="The HTML page to write.",
)
def report_cmd(db_url: str, output: Path) -> None:
    """Build an HTML report of a database written by `extract --db URL`.

    Counts per record type and source, a price timeline per asset, long vs short liquidations
    per day, the most-quoted people with their roles, and the articles that failed. One file
    with inline charts: it opens offline in any browser.
    """
    from extractor.optional import MissingExtra
    from extractor.report import build_report
    from extractor.report.connect import DatabaseError, connect

    try:
        db = connect(db_url)
    except (DatabaseError, MissingExtra) as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        try:
            page = build_report(db)
        except DatabaseError as exc:
            raise click.ClickException(str(exc)) from exc
    finally:
        db.close()
    output.write_text(page, encoding="utf-8")
    click.echo(f"news-metrics: wrote {output}", err=True)
