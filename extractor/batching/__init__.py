"""Building blocks of the streaming runner in :mod:`extractor.batch`."""
