"""Static charts as inline SVG strings, drawn with matplotlib (Agg; no display, no network).

Text is written as SVG ``<text>`` (``svg.fonttype: none``), which matplotlib's SVG writer
escapes, so an article-derived label such as an asset name cannot inject markup.
"""

from __future__ import annotations

import io
import re
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from extractor.report.queries import LiquidationDay, PricePoint

#: Assets drawn in the price timeline (most points first).
MAX_ASSETS = 6
SIDE_COLOURS = {"long": "#2e7d32", "short": "#c62828", "total": "#757575"}
_PROLOGUE = re.compile(r"^.*?(?=<svg)", re.S)


@contextmanager
def _figure(
    name: str, size: tuple[float, float], rows: int = 1, cols: int = 1, sharex: bool = False
) -> Iterator[Any]:
    import matplotlib
    from matplotlib.figure import Figure  # no pyplot: no global state, no GUI backend

    with matplotlib.rc_context(
        {
            "svg.fonttype": "none",
            "svg.hashsalt": name,  # stable ids, distinct per chart on one page
            "font.size": 9,
            "axes.spines.top": False,
            "axes.spines.right": False,
        }
    ):
        fig = Figure(figsize=size, layout="constrained")
        axes = fig.subplots(rows, cols, squeeze=False, sharex=sharex)
        yield fig, axes


def _svg(fig: Any) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None})
    return _PROLOGUE.sub("", buf.getvalue(), count=1)


def price_timeline(points: list[PricePoint]) -> str | None:
    """One small panel per asset: price against time, by currency; None when nothing to draw."""
    by_asset: dict[str, list[PricePoint]] = defaultdict(list)
    for p in points:
        by_asset[p.asset].append(p)
    assets = sorted(by_asset, key=lambda a: (-len(by_asset[a]), a))[:MAX_ASSETS]
    if not assets:
        return None
    cols = 2 if len(assets) > 1 else 1
    rows = (len(assets) + cols - 1) // cols
    import matplotlib.dates as mdates

    with _figure("prices", (5.2 * cols, 2.4 * rows), rows, cols, sharex=True) as (fig, axes):
        for ax, asset in zip(axes.flat, assets, strict=False):
            series: dict[str, list[PricePoint]] = defaultdict(list)
            for p in by_asset[asset]:
                series[p.currency or "?"].append(p)
            for currency, pts in sorted(series.items()):
                ax.plot(
                    [p.when for p in pts],
                    [p.value for p in pts],
                    marker="o",
                    markersize=3,
                    linewidth=1,
                    label=currency,
                )
            ax.set_title(asset, loc="left", fontweight="bold")
            ax.legend(loc="best", fontsize=7, frameon=False)
            locator = mdates.AutoDateLocator()
            ax.xaxis.set_major_locator(locator)
            ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
            ax.tick_params(axis="x", labelbottom=True)
            ax.grid(alpha=0.3)
        for ax in list(axes.flat)[len(assets) :]:
            ax.set_visible(False)
        return _svg(fig)


def liquidation_bars(days: list[LiquidationDay]) -> str | None:
    """Long vs short (vs unattributed total) liquidations per day in the main currency."""
    if not days:
        return None
    totals: dict[str, float] = defaultdict(float)
    for d in days:
        totals[d.currency] += sum(d.sides.values())
    currency = max(totals, key=lambda c: totals[c])
    shown = [d for d in days if d.currency == currency]
    labels = [d.day.isoformat() for d in shown]
    width = 0.27
    with _figure("liquidations", (max(5.0, 0.6 * len(shown) + 2), 2.8)) as (fig, axes):
        ax = axes[0][0]
        for i, side in enumerate(("long", "short", "total")):
            values = [d.sides.get(side, 0.0) / 1e6 for d in shown]
            if any(values):
                xs = [x + (i - 1) * width for x in range(len(shown))]
                ax.bar(xs, values, width, label=side, color=SIDE_COLOURS[side])
        ax.set_xticks(range(len(shown)), labels, rotation=30, ha="right")
        ax.set_ylabel(f"million {currency}")
        ax.legend(frameon=False)
        ax.grid(axis="y", alpha=0.3)
        return _svg(fig)
