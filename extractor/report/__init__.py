"""One self-contained HTML page about a facts database: counts, charts and failures."""

from extractor.report.page import build_report

__all__ = ["build_report"]
