"""spaCy components of news-metrics, each registered under the `spacy_factories` entry point."""
