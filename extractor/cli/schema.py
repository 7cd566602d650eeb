"""``news-metrics schema``: the JSON Schema of the per-article envelope."""

from __future__ import annotations

import json

import click

from models import ArticleFacts


@click.command("schema")
@click.option("--indent", type=int, default=2, show_default=True, help="JSON indentation.")
def schema_cmd(indent: int) -> None:
    """Print the JSON Schema of one output line (the article envelope), as written to JSON."""
    schema = ArticleFacts.model_json_schema(mode="serialization")
    click.echo(json.dumps(schema, indent=indent, ensure_ascii=False))
