"""Attribution of money figures and percentages: type, asset, kind, subject, side, window.

Pure rules over one parsed Doc; the spaCy component lives in ``extractor.components.classify``.
"""
