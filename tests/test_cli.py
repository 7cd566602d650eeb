"""The click commands, through CliRunner: extract, evaluate, schema."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from extractor.cli import main

ARTICLE = "Solana climbed 4% to $180 on Monday, while ETF inflows reached $1.2 billion.\n"


def run(*args: str, stdin: str | bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_schema_is_json_schema_of_the_envelope() -> None:
    code, out, _ = run("schema")
    schema = json.loads(out)
    assert code == 0
    for key in ("article_id", "prices", "amounts", "percentages", "liquidations", "schema_version"):
        assert key in schema["properties"]
    # Decimal values are JSON numbers, not strings.
    price = schema["$defs"]["Price"]["properties"]["value"]
    assert price["type"] == "number"


def test_extract_text_file_writes_one_envelope(tmp_path: Path) -> None:
    path = tmp_path / "sol-story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run("extract", str(path))
    assert code == 0, err
    [line] = out.splitlines()
    env = json.loads(line)
    assert env["article_id"] == "sol-story"
    assert [p["value"] for p in env["percentages"]] == [4]
    figures = {r["text"]: r for k in ("prices", "amounts") for r in env[k]}
    assert figures["$180"]["value"] == 180
    assert figures["$1.2 billion"]["value"] == 1200000000
    assert "1 articles written, 0 failed" in err


def test_extract_bad_articles_are_reported_and_the_rest_written(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 prices rose 5%".encode("latin-1"))
    jsonl = tmp_path / "feed.jsonl"
    jsonl.write_text(
        json.dumps({"id": "j1", "text": ARTICLE, "published": "2025-06-02T09:00:00Z"})
        + "\n{not json\n"
        + json.dumps({"id": "j2", "text": ""})
        + "\n",
        encoding="utf-8",
    )
    code, out, err = run("extract", str(tmp_path))
    assert code == 1
    ids = [json.loads(line)["article_id"] for line in out.splitlines()]
    assert sorted(ids) == ["good", "j1"]
    assert "empty: empty text" in err
    assert "binary: binary content" in err
    assert "latin1: invalid UTF-8" in err
    assert "feed.jsonl:2: invalid JSON line" in err
    assert "j2: missing or empty 'text'" in err
    published = [json.loads(line)["published"] for line in out.splitlines()]
    assert "2025-06-02T09:00:00Z" in published


def test_extract_stdin_and_output_file(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    code, out, err = run("extract", "-", "-o", str(target), stdin=ARTICLE)
    assert code == 0, err
    assert out == ""
    env = json.loads(target.read_text(encoding="utf-8"))
    assert env["article_id"] == "stdin"


def test_extract_renamed_jsonl_keys(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"doc": "k1", "body": ARTICLE}) + "\n", encoding="utf-8")
    code, out, err = run("extract", str(feed), "--id-key", "doc", "--text-key", "body")
    assert code == 0, err
    assert json.loads(out)["article_id"] == "k1"


def test_extract_missing_path_is_an_error() -> None:
    code, out, err = run("extract", "/nonexistent/nowhere.txt")
    assert code == 1
    assert "no such file or folder" in err


def test_evaluate_scores_given_predictions(tmp_path: Path) -> None:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "g1.txt").write_text(ARTICLE, encoding="utf-8")
    start = ARTICLE.index("$180")
    (gold_dir / "g1.json").write_text(
        json.dumps(
            {
                "article_id": "g1",
                "prices": [
                    {
                        "surface": "$180",
                        "start": start,
                        "value": 180,
                        "currency": "USD",
                        "asset": "SOL",
                        "kind": "spot",
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    preds = tmp_path / "pred.jsonl"
    preds.write_text(
        json.dumps(
            {
                "article_id": "g1",
                "prices": [
                    {
                        "start": start,
                        "end": start + 4,
                        "value": 180,
                        "currency": "USD",
                        "asset": "SOL",
                        "kind": "level",
                    }
                ],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    code, out, _ = run("evaluate", str(gold_dir), "--predictions", str(preds), "--json")
    assert code == 0
    res = json.loads(out)
    assert res["prices"]["f1"] == 1.0
    assert res["prices"]["attributes"] == {"asset": 1.0, "kind": 0.0, "currency": 1.0}
    code, out, _ = run("evaluate", str(gold_dir), "--predictions", str(preds))
    assert "summary prices=1.00" in out


def test_evaluate_empty_folder_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path)])
    assert result.exit_code != 0
    assert "no gold files" in result.output
