"""``news-metrics evaluate``: precision, recall, F1 and attribute accuracy against gold files."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from extractor.evaluate import format_table, load_gold, report_dict, score


@click.command("evaluate")
@click.argument(
    "gold_dirs",
    nargs=-1,
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
)
@click.option(
    "--predictions",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Score this JSONL of envelopes instead of running the extractor.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option(
    "--errors", "show_errors", is_flag=True, help="Also list missed, spurious and wrong records."
)
@click.option(
    "--strict-nulls",
    is_flag=True,
    help="Count a gold null speaker, role, organisation or subject as wrong even when the "
    "prediction is null too (the scoring before the tenth session).",
)
def evaluate_cmd(
    gold_dirs: tuple[Path, ...],
    predictions: Path | None,
    as_json: bool,
    show_errors: bool,
    strict_nulls: bool,
) -> None:
    """Score the extractor against the gold files in GOLD_DIRS.

    Each gold file is `<id>.json` beside its `<id>.txt` (format: shared/gold/FORMAT.md). The
    extractor runs on every text with the gold's publication time, unless --predictions gives
    a JSONL of envelopes to score instead.
    """
    golds = [g for d in gold_dirs for g in load_gold(d)]
    if not golds:
        raise click.ClickException(f"no gold files (*.json) in {', '.join(map(str, gold_dirs))}")
    if predictions is not None:
        preds = _read_predictions(predictions)
    else:
        from extractor.api import Article, extract_many

        articles = (
            Article(g.article_id, g.text, title=g.title, published=g.published) for g in golds
        )
        preds = {f.article_id: f.model_dump(mode="json") for f in extract_many(articles)}
    totals, missing, errors = score(golds, preds, strict_nulls=strict_nulls)
    if as_json:
        click.echo(json.dumps(report_dict(totals, missing), indent=1))
    else:
        click.echo(format_table(totals, missing))
    if show_errors:
        out = sys.stderr if as_json else sys.stdout
        for aid, kind, rec in errors.missed:
            print(f"MISSED   {aid} {kind}: {_brief(rec)}", file=out)
        for aid, kind, rec in errors.spurious:
            print(f"SPURIOUS {aid} {kind}: {_brief(rec)}", file=out)
        for aid, kind, attr, want, got in errors.wrong:
            print(f"WRONG    {aid} {kind}.{attr}: gold={want!r} got={got!r}", file=out)


def _brief(rec: Any) -> str:
    keys = ("surface", "text", "text_prefix", "start", "value", "amount", "low", "high")
    return json.dumps({k: rec[k] for k in keys if k in rec}, ensure_ascii=False)[:200]


def _read_predictions(path: Path) -> dict[str, Any]:
    preds: dict[str, Any] = {}
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise click.ClickException(f"{path}:{n}: invalid JSON ({exc.msg})") from exc
            preds[str(rec.get("article_id") or rec.get("id"))] = rec
    return preds
