"""Both pages in real headless Chromium (DevTools protocol): they render, log no console error,
fetch nothing from the network and run no script, even from a hostile article.

Skips with a reason when Chromium (Debian's ``chromium`` package) or ``websocket-client`` is
missing. One browser serves the whole module.
"""

from __future__ import annotations

import base64
import io
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from models import ArticleFacts, Price, Quote, Speaker

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None and os.path.exists("/usr/bin/chromium"):
    CHROMIUM = "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium not installed (Debian: apt-get install -y chromium)"
)
websocket = pytest.importorskip("websocket", reason="websocket-client not installed (dev extra)")
Image = pytest.importorskip("PIL.Image", reason="Pillow not installed (comes with matplotlib)")

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--remote-debugging-port=0",
    "--remote-allow-origins=*",
    "--window-size=1200,900",
]
ROOT = Path(__file__).resolve().parents[1]


@dataclass
class PageLoad:
    """What happened while a page loaded."""

    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    png: bytes = b""
    values: dict[str, Any] = field(default_factory=dict)


class Browser:
    """A headless Chromium driven over one DevTools websocket to its first tab."""

    def __init__(self, binary: str) -> None:
        self.profile = tempfile.mkdtemp(prefix="nm-chromium-")
        self.proc = subprocess.Popen(
            [binary, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        port = self._port()
        tabs = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10))
        url = next(t["webSocketDebuggerUrl"] for t in tabs if t.get("type") == "page")
        self.ws = websocket.create_connection(url, timeout=30, suppress_origin=True)
        self.next_id = 0
        self.events: list[dict[str, Any]] = []
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable")

    def _port(self) -> int:
        marker = Path(self.profile) / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if marker.is_file() and marker.read_text().strip():
                return int(marker.read_text().split()[0])
            if self.proc.poll() is not None:
                break
            time.sleep(0.1)
        self.close()
        pytest.skip("Chromium did not start (no DevTools port)")

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        my_id = self.next_id
        self.ws.send(json.dumps({"id": my_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == my_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return dict(msg.get("result", {}))
            if "method" in msg:
                self.events.append(msg)

    def wait_for(self, method: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not any(e["method"] == method for e in self.events):
            if time.monotonic() > deadline:
                raise TimeoutError(method)
            msg = json.loads(self.ws.recv())
            if "method" in msg:
                self.events.append(msg)

    def load(self, path: Path, expressions: dict[str, str]) -> PageLoad:
        self.events.clear()
        self.call("Page.navigate", url=path.resolve().as_uri())
        self.wait_for("Page.loadEventFired")
        time.sleep(0.3)  # let late errors arrive
        out = PageLoad()
        for name, expr in expressions.items():
            result = self.call("Runtime.evaluate", expression=expr, returnByValue=True)
            out.values[name] = result.get("result", {}).get("value")
        shot = self.call("Page.captureScreenshot", format="png", captureBeyondViewport=False)
        out.png = base64.b64decode(shot["data"])
        for e in self.events:
            p = e.get("params", {})
            if e["method"] == "Runtime.exceptionThrown":
                out.errors.append(str(p.get("exceptionDetails", {}).get("text")))
            elif e["method"] == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.errors.append(json.dumps(p.get("args")))
            elif e["method"] == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
                out.errors.append(str(p["entry"].get("text")))
            elif e["method"] == "Network.requestWillBeSent":
                url = str(p.get("request", {}).get("url", ""))
                if not url.startswith(("file:", "data:", "about:")):
                    out.requests.append(url)
        return out

    def hover_tip(self, selector: str) -> str:
        """Move the mouse onto the first ``selector`` element; its ``::after`` content."""
        find = f"document.querySelector({json.dumps(selector)})"
        box = self.call(
            "Runtime.evaluate",
            expression=f"JSON.stringify({find}.getBoundingClientRect())",
            returnByValue=True,
        )
        rect = json.loads(box["result"]["value"])
        x, y = rect["x"] + 3, rect["y"] + rect["height"] / 2
        self.call("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)
        tip = self.call(
            "Runtime.evaluate",
            expression=f"getComputedStyle({find}, '::after').content",
            returnByValue=True,
        )
        return str(tip["result"]["value"])

    def close(self) -> None:
        try:
            if hasattr(self, "ws"):
                self.ws.close()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
            shutil.rmtree(self.profile, ignore_errors=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert CHROMIUM is not None
    b = Browser(CHROMIUM)
    yield b
    b.close()


def distinct_colours(png: bytes) -> int:
    image = Image.open(io.BytesIO(png)).convert("RGB").resize((300, 225))
    return len(image.getcolors(maxcolors=300 * 225) or [])


EXPRESSIONS = {
    "text": "document.body.innerText",
    "pwned": "typeof window.pwned",
    "marks": "document.querySelectorAll('mark.nm').length",
    "svgs": "document.querySelectorAll('svg').length",
    "height": "document.body.scrollHeight",
}


def _check(load: PageLoad, tmp_path: Path, name: str) -> None:
    (tmp_path / f"{name}.png").write_bytes(load.png)
    assert load.errors == []
    assert load.requests == []
    assert load.values["pwned"] == "undefined"
    assert load.values["height"] > 300
    assert distinct_colours(load.png) > 20, f"{name} looks blank"


HOSTILE = (
    'Gold rose to $2,900. <script>window.pwned=1</script> <img src=x onerror="window.pwned=1">'
)


def test_show_page_renders_in_chromium(browser: Browser, tmp_path: Path) -> None:
    from extractor.show import render_html
    from extractor.show.source import article_from_file, extract_article

    article = article_from_file(str(ROOT / "samples" / "seed.txt"))
    page = tmp_path / "show.html"
    page.write_text(render_html(article.text, extract_article(article)), encoding="utf-8")
    load = browser.load(page, EXPRESSIONS)
    _check(load, tmp_path, "show")
    assert load.values["marks"] > 5
    # Hovering a mark shows its fields (a CSS tooltip drawn from the data-tip attribute).
    tip = browser.hover_tip("mark.nm")
    assert re.match(r'"[a-z]+ #1\\a ', tip), tip


def test_hostile_article_runs_nothing(browser: Browser, tmp_path: Path) -> None:
    from extractor.show import render_html

    start = HOSTILE.index("$2,900")
    facts = ArticleFacts(
        article_id='<script>window.pwned=1</script>',
        title='<img src=x onerror="window.pwned=1">',
        extractor_version="t",
        prices=[Price(start=start, end=start + 6, text="$2,900", sentence=HOSTILE,
                      value=Decimal(2900), currency="USD", asset="<b onmouseover=x>")],
        quotes=[Quote(text="x", start=0, end=4,
                      speaker=Speaker(name="<script>window.pwned=1</script>", mention="x"))],
    )  # fmt: skip
    page = tmp_path / "hostile.html"
    page.write_text(render_html(HOSTILE, facts), encoding="utf-8")
    load = browser.load(page, EXPRESSIONS)
    _check(load, tmp_path, "hostile")
    assert "<script>window.pwned=1</script>" in load.values["text"]  # shown as text


def test_report_page_renders_in_chromium(browser: Browser, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="the report needs matplotlib")
    from test_report import write_db  # the same small database as the report tests

    from extractor.report import build_report
    from extractor.report.connect import connect

    url = f"sqlite:///{tmp_path / 'facts.db'}"
    write_db(url)
    db = connect(url)
    try:
        html = build_report(db)
    finally:
        db.close()
    page = tmp_path / "report.html"
    page.write_text(html, encoding="utf-8")
    load = browser.load(page, EXPRESSIONS)
    _check(load, tmp_path, "report")
    assert load.values["svgs"] == 2
    assert "Most-quoted people" in load.values["text"]
