"""Render an article with its extracted records highlighted: HTML page or terminal text."""

from extractor.show.html_view import render_html
from extractor.show.marks import Mark, marks_of
from extractor.show.terminal import render_terminal

__all__ = ["Mark", "marks_of", "render_html", "render_terminal"]
