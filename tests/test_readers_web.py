"""HTML pages and WARC archives (optional extras: html, warc)."""

from __future__ import annotations

import gzip
import time
from pathlib import Path

import pytest

from extractor.api import Article
from extractor.readers import Limits, ReaderOptions, ReadError, html_pages, read_inputs

pytest.importorskip("trafilatura", reason="the html extra (trafilatura) is not installed")

PARAS = (
    "Nickel futures rose 3% on Wednesday as smelters in the region cut output for a third week.",
    "Analysts at a commodities desk said the gains could fade if demand from battery makers slows.",
)


def page(
    title: str = "Nickel climbs", url: str = "https://news.example.com/metals/nickel-up"
) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        f"<html><head><title>{title}</title>"
        f'<meta property="article:published_time" content="2026-04-01T09:30:00+00:00">'
        f'<link rel="canonical" href="{url}"></head>'
        f"<body><nav>Home | Markets</nav><article><h1>{title}</h1>{body}</article>"
        f"<footer>All rights reserved</footer></body></html>"
    )


def test_html_page_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "nickel.html"
    path.write_text(page())
    [item] = list(read_inputs([str(path)]))
    assert isinstance(item, Article)
    assert item.id == "nickel"
    assert item.title == "Nickel climbs"
    assert item.url == "https://news.example.com/metals/nickel-up"
    assert item.published is not None and item.published.date().isoformat() == "2026-04-01"
    assert PARAS[0] in item.text and "All rights reserved" not in item.text


def test_html_without_main_text_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body></body></html>")
    [item] = list(read_inputs([str(path)]))
    assert isinstance(item, ReadError) and item.id == "empty"


def test_slow_html_extraction_is_cut_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def slow(*args: object, **kwargs: object) -> None:
        time.sleep(5)

    monkeypatch.setattr(trafilatura, "bare_extraction", slow)
    path = tmp_path / "slow.html"
    path.write_text(page())
    options = ReaderOptions(limits=Limits(html_timeout_s=0.2))
    started = time.monotonic()
    [item] = list(read_inputs([str(path)], options))
    assert time.monotonic() - started < 2
    assert isinstance(item, ReadError) and "took longer" in item.reason


def test_oversized_html_is_not_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    called = []
    monkeypatch.setattr(html_pages, "require", lambda *a: called.append(a))
    path = tmp_path / "big.html"
    path.write_text("<p>" + "x" * 2000 + "</p>")
    [item] = list(read_inputs([str(path)], ReaderOptions(limits=Limits(max_html_bytes=1000))))
    assert isinstance(item, ReadError) and "too large" in item.reason and not called


# ---- WARC ---------------------------------------------------------------------------------


def warc_record(
    uid: str, payload: bytes, ctype: str = "text/html", status: int = 200, lie: int = 0
) -> bytes:
    http = f"HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\n\r\n".encode() + payload
    length = len(http) + lie
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:{uid}>\r\n"
        f"WARC-Target-URI: https://news.example.com/{uid}\r\n"
        "WARC-Date: 2026-04-01T10:00:00Z\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {length}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


HTML = page().encode()

# name → (records, expected [(kind, id, reason fragment)])
WARC_CASES: dict[str, tuple[list[bytes], list[tuple[str, str, str]]]] = {
    "html responses become articles": (
        [warc_record("u-1", HTML), warc_record("u-2", page("Zinc").encode())],
        [("article", "u-1", ""), ("article", "u-2", "")],
    ),
    "a record that is not HTML": (
        [warc_record("u-1", b"%PDF-1.7", ctype="application/pdf"), warc_record("u-2", HTML)],
        [("error", "u-1", "not HTML"), ("article", "u-2", "")],
    ),
    "an HTTP error page": (
        [warc_record("u-1", HTML, status=404)],
        [("error", "u-1", "HTTP status 404")],
    ),
    "a record longer than the archive": (
        [warc_record("u-1", HTML), warc_record("u-2", HTML, lie=10_000_000)],
        [("article", "u-1", ""), ("error", "u-2", "shorter than its declared length")],
    ),
    "a record shorter than it says": (
        [
            warc_record("u-1", HTML),
            warc_record("u-2", HTML, lie=-len(HTML) // 2),
            warc_record("u-3", HTML),
        ],
        [("article", "u-1", ""), ("error", "u-2", ""), ("error", "warc:after:u-2", "rest skipped")],
    ),
}


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
@pytest.mark.parametrize("name", list(WARC_CASES))
def test_warc_archives(tmp_path: Path, name: str, gz: bool) -> None:
    pytest.importorskip("fastwarc", reason="the warc extra (fastwarc) is not installed")
    records, expected = WARC_CASES[name]
    data = b"".join(records)
    path = tmp_path / ("warc.warc.gz" if gz else "warc.warc")
    path.write_bytes(gzip.compress(data) if gz else data)
    items = list(read_inputs([str(path)]))
    got = [("error" if isinstance(i, ReadError) else "article", i.id) for i in items]
    assert got == [(k, i) for k, i, _ in expected]
    for item, (_, _, fragment) in zip(items, expected, strict=True):
        if isinstance(item, ReadError):
            assert fragment in item.reason
        else:
            assert PARAS[0] in item.text


def test_warc_inflating_past_the_limit(tmp_path: Path) -> None:
    pytest.importorskip("fastwarc", reason="the warc extra (fastwarc) is not installed")
    path = tmp_path / "bomb.warc.gz"
    path.write_bytes(gzip.compress(warc_record("u-1", b"<p>" + b" " * 20_000_000 + b"</p>")))
    options = ReaderOptions(limits=Limits(max_inflated_bytes=2_000_000))
    items = list(read_inputs([str(path)], options))
    assert items and all(isinstance(i, ReadError) for i in items)
    assert any("inflates past the limit" in i.reason for i in items if isinstance(i, ReadError))
