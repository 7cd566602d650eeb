"""Time expressions: find them (a regular grammar) and resolve them against the publication
time (own rules for windows, weekdays, months and quarters; dateparser for explicit dates)."""

from extractor.timeparse.finder import TimeMatch, find_times
from extractor.timeparse.resolve import Resolution, as_base, resolve

__all__ = ["Resolution", "TimeMatch", "as_base", "find_times", "resolve"]
