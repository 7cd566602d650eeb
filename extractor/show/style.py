"""Presentation of marks: one colour per record kind (HTML and terminal) and the page CSS."""

from __future__ import annotations

#: Background colour of each mark kind on the HTML page.
HTML_COLOURS: dict[str, str] = {
    "price": "#ffe08a",
    "amount": "#b9f3c6",
    "percentage": "#bde0ff",
    "liquidation": "#ffb3b3",
    "quote": "#efe3ff",
    "time": "#e3e3e3",
    "person": "#ffd1ec",
}

#: Terminal colour (click/ANSI name) of each mark kind.
TERMINAL_COLOURS: dict[str, str] = {
    "price": "yellow",
    "amount": "green",
    "percentage": "cyan",
    "liquidation": "red",
    "quote": "magenta",
    "time": "white",
    "person": "bright_magenta",
}


def page_css() -> str:
    """The whole stylesheet of the show page (inline; no web fonts, no network)."""
    kinds = "\n".join(f".nm-{kind}{{background:{colour}}}" for kind, colour in HTML_COLOURS.items())
    return _BASE_CSS + kinds + "\n"


_BASE_CSS = """
*{box-sizing:border-box}
body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;
background:#fafafa}
header{padding:14px 24px;background:#fff;border-bottom:1px solid #ddd}
header h1{font-size:20px;margin:0 0 4px}
header .meta{color:#555;font-size:13px}
.legend{margin-top:8px;display:flex;flex-wrap:wrap;gap:6px}
.chip{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;border:1px solid #bbb}
main{display:grid;grid-template-columns:minmax(0,1fr) 26rem;gap:20px;padding:20px 24px}
@media (max-width:900px){main{grid-template-columns:1fr}}
article{background:#fff;border:1px solid #ddd;border-radius:6px;padding:16px 20px;
white-space:pre-wrap;overflow-wrap:anywhere}
.nm{position:relative;border-radius:3px;padding:0 1px;color:inherit}
.nm-quote{border-bottom:2px solid #9b6bd6}
.nm .ref{font-size:10px;vertical-align:super;color:#333;text-decoration:none;margin-left:1px}
.nm .who{font-size:10px;vertical-align:super;color:#6a3fb0;margin-left:3px;font-weight:600}
.nm .who::before{content:"\\2190\\00a0"}
.nm:hover{outline:2px solid #333}
.nm:hover::after{content:attr(data-tip);position:absolute;left:0;top:100%;z-index:10;
white-space:pre;background:#222;color:#fff;font:12px/1.4 ui-monospace,monospace;padding:5px 8px;
border-radius:4px;pointer-events:none}
.nm:has(.nm:hover)::after{display:none}
.nm:has(.nm:hover){outline:none}
aside h2{font-size:15px;margin:0 0 8px}
aside ol{list-style:none;margin:0;padding:0}
aside li{background:#fff;border:1px solid #ddd;border-left-width:6px;border-radius:4px;
padding:6px 10px;margin-bottom:6px;font-size:13px}
aside li:target{outline:2px solid #333}
aside .surface{font-weight:600}
aside dl{display:grid;grid-template-columns:max-content 1fr;gap:0 10px;margin:4px 0 0}
aside dt{color:#666}
aside dd{margin:0;overflow-wrap:anywhere}
.warn{color:#a40000;font-size:13px}
footer{padding:0 24px 20px;color:#777;font-size:12px}
"""
