"""The extractor's version, written into every envelope."""

__version__ = "0.1.0"
