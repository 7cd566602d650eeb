"""The report page: one self-contained HTML file (inline CSS and SVG, no script, no network).

Everything read from the database (ids, titles, sources, names, reasons) is untrusted and goes
through :func:`html.escape`; the charts are SVG drawn by matplotlib, checked to hold no script.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from html import escape

from extractor.report import charts
from extractor.report.connect import Database
from extractor.report.queries import (
    COUNTED_TABLES,
    Failure,
    LiquidationDay,
    PricePoint,
    QuotedPerson,
    SourceCounts,
    check_tables,
    counts_by_source,
    failures,
    liquidation_days,
    most_quoted,
    price_points,
)

#: Anything that could run inside an SVG: script or foreign elements, event-handler or
#: javascript: attributes (inside tags; escaped text between tags is harmless).
_ACTIVE_SVG = re.compile(
    r"<\s*(script|foreignObject|iframe|object|embed)|<[^>]*(\son\w+\s*=|javascript:)", re.I
)


def esc(value: object) -> str:
    return escape(str(value), quote=True)


def safe_svg(svg: str) -> str:
    """The SVG as is, after checking it holds nothing that could run."""
    if _ACTIVE_SVG.search(svg):
        raise ValueError("chart SVG contains active content")
    return svg


def build_report(db: Database, *, now: datetime | None = None) -> str:
    """The whole report page for the database behind ``db``."""
    check_tables(db)
    counts = counts_by_source(db)
    prices = price_points(db)
    liquidations = liquidation_days(db)
    speakers = most_quoted(db)
    failed, n_failed = failures(db)
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%d %H:%M UTC")
    total = counts[-1]
    sections = [
        _section("Records per type and source", _counts_table(counts)),
        _section("Price timeline per asset", _prices(prices)),
        _section("Liquidations per day: long vs short", _liquidations(liquidations)),
        _section("Most-quoted people", _speakers(speakers)),
        _section(f"Failed articles ({n_failed})", _failures(failed, n_failed)),
    ]
    return _PAGE.format(
        title=esc(f"news-metrics report: {db.where}"),
        heading=esc(db.where),
        summary=esc(
            f"{total.articles} articles · "
            + " · ".join(f"{n} {t}" for t, n in total.records.items())
            + f" · {n_failed} failed · generated {stamp}"
        ),
        body="\n".join(sections),
    )


def _head(*names: str) -> str:
    return "<tr>" + "".join(f"<th>{esc(n)}</th>" for n in names) + "</tr>"


def _section(title: str, body: str) -> str:
    return f"<section><h2>{esc(title)}</h2>{body}</section>"


def _counts_table(counts: list[SourceCounts]) -> str:
    head = "".join(f"<th>{esc(t)}</th>" for t in ("source", "articles", *COUNTED_TABLES))
    rows = []
    for c in counts:
        cls = ' class="total"' if c is counts[-1] else ""
        cells = "".join(f'<td class="n">{c.records[t]}</td>' for t in COUNTED_TABLES)
        rows.append(f'<tr{cls}><td>{esc(c.source)}</td><td class="n">{c.articles}</td>{cells}</tr>')
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _prices(points: list[PricePoint]) -> str:
    svg = charts.price_timeline(points)
    if svg is None:
        return '<p class="empty">No prices of named assets with a date.</p>'
    by_as_of = sum(p.dated_by == "as_of" for p in points)
    note = (
        f"{len(points)} prices; {by_as_of} dated by their time expression (as_of), "
        f"{len(points) - by_as_of} by the article's publication time. "
        f"At most {charts.MAX_ASSETS} assets, most prices first."
    )
    return f"<figure>{safe_svg(svg)}<figcaption>{esc(note)}</figcaption></figure>"


def _liquidations(days: list[LiquidationDay]) -> str:
    svg = charts.liquidation_bars(days)
    if svg is None:
        return '<p class="empty">No dated liquidations.</p>'
    head = _head("day", "currency", "long", "short", "total")
    rows = "".join(
        f"<tr><td>{d.day.isoformat()}</td><td>{esc(d.currency)}</td>"
        + "".join(
            f'<td class="n">{_money(d.sides.get(s))}</td>' for s in ("long", "short", "total")
        )
        + "</tr>"
        for d in days
    )
    return (
        f"<figure>{safe_svg(svg)}<figcaption>Chart: the main currency only; "
        f"the table lists every currency.</figcaption></figure>"
        f"<table><thead>{head}</thead><tbody>{rows}</tbody></table>"
    )


def _money(value: float | None) -> str:
    if not value:
        return ""
    if value >= 1e9:
        return f"{value / 1e9:,.2f}bn"
    if value >= 1e6:
        return f"{value / 1e6:,.1f}m"
    return f"{value:,.0f}"


def _speakers(people: list[QuotedPerson]) -> str:
    if not people:
        return '<p class="empty">No attributed quotes.</p>'
    head = _head("person", "quotes", "articles", "roles", "organisations")
    rows = "".join(
        f'<tr><td>{esc(p.name)}</td><td class="n">{p.quotes}</td>'
        f'<td class="n">{len(p.articles)}</td>'
        f"<td>{esc(', '.join(r for r, _ in p.roles.most_common(3)))}</td>"
        f"<td>{esc(', '.join(o for o, _ in p.organizations.most_common(3)))}</td></tr>"
        for p in people
    )
    return f"<table><thead>{head}</thead><tbody>{rows}</tbody></table>"


def _failures(failed: list[Failure], total: int) -> str:
    if not failed:
        return '<p class="empty">None.</p>'
    rows = "".join(
        f"<tr><td>{esc(f.article_id)}</td><td>{esc(f.source)}</td><td>{esc(f.reason)}</td></tr>"
        for f in failed
    )
    more = f'<p class="empty">… and {total - len(failed)} more.</p>' if total > len(failed) else ""
    return (
        "<table><thead><tr><th>article</th><th>input</th><th>reason</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>{more}"
    )


_CSS = """
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;
background:#fafafa}
header{padding:14px 24px;background:#fff;border-bottom:1px solid #ddd}
header h1{font-size:20px;margin:0 0 4px;overflow-wrap:anywhere}
header p{margin:0;color:#555;font-size:13px}
main{padding:8px 24px 24px;max-width:1200px}
section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:12px 16px;margin:14px 0}
h2{font-size:16px;margin:0 0 8px}
table{border-collapse:collapse;font-size:13px;margin:6px 0}
th,td{border-bottom:1px solid #e5e5e5;padding:3px 10px;text-align:left;vertical-align:top;
overflow-wrap:anywhere}
th{background:#f3f3f3}
td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.total td{font-weight:600;border-top:2px solid #bbb}
figure{margin:6px 0}
figure svg{max-width:100%;height:auto}
figcaption,.empty{color:#666;font-size:12px}
"""

_PAGE = (
    """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{title}</title>
<style>"""
    + _CSS.replace("{", "{{").replace("}", "}}")
    + """</style>
</head>
<body>
<header><h1>news-metrics report</h1><p>{heading}</p><p>{summary}</p></header>
<main>
{body}
</main>
</body>
</html>
"""
)
