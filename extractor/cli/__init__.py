"""The ``news-metrics`` command line: a thin click layer over the library, one module a command."""

from __future__ import annotations

import click

from extractor.cli.evaluate import evaluate_cmd
from extractor.cli.extract import extract_cmd
from extractor.cli.report import report_cmd
from extractor.cli.schema import schema_cmd
from extractor.cli.show import show_cmd
from extractor.version import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="news-metrics")
def main() -> None:
    """Turn market news articles into typed, validated facts.

    Prices, money amounts, percentages, liquidations (and more) with their evidence: character
    offsets and the sentence each record came from. Start with `news-metrics extract --help`.
    """


main.add_command(extract_cmd)
main.add_command(evaluate_cmd)
main.add_command(schema_cmd)
main.add_command(show_cmd)
main.add_command(report_cmd)
