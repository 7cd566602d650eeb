"""news-metrics: typed, validated facts from market news articles."""

from extractor.api import Article, extract, extract_many
from extractor.version import __version__

__all__ = ["Article", "__version__", "extract", "extract_many"]
