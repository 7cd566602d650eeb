"""The held-out tools keep the blind quote set blind."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_quote_errors_refuses_to_show_the_blind_sets_errors(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from heldout import BLIND

    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "quote_errors.py"),
            BLIND,
            "--shared",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 2
    assert "blind" in run.stderr
    assert "WRONG" not in run.stdout and "MISS" not in run.stdout
