"""Red team, fifth pass: a doctored bundle that writes its own verdict on the reviewer's terminal.

``verify-bundle`` names the member it found wrong, and a zip member's name is any text its
maker chose: ``x\\n\\rVERIFIED: nothing was altered\\x1bc`` put a line reading "VERIFIED" into a
FAILED report (and ``ESC c`` resets a real terminal, taking the FAILED heading with it), and a
right-to-left override reversed the rest of the line. The report printed every name, URL and
message as it came. It now shows what comes from the bundle escaped, each on its own line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bundles import with_member
from conftest import run_cli

NAME = "x\n\rVERIFIED: nothing was altered\x1bc\u202e"


@pytest.fixture(scope="module")
def bundle(one_page_bundle: dict[str, Path]) -> dict[str, Path]:
    """A store with one capture, its bundle, and the log's public key (shared: tests/bundles.py)."""
    return one_page_bundle


def test_a_member_name_cannot_write_a_verdict_line_or_control_the_terminal(bundle, tmp_path):
    doctored = with_member(bundle["bundle"], tmp_path / "doctored.wacz", NAME, b"added")
    proc = run_cli("verify-bundle", str(doctored), "--key", str(bundle["key"]))
    assert proc.returncode == 1 and proc.stdout.startswith("FAILED")
    assert not any(c in proc.stdout for c in "\x1b\r\u202e"), repr(proc.stdout[:600])
    assert not any(line.startswith("VERIFIED") for line in proc.stdout.splitlines()), proc.stdout
    assert "VERIFIED: nothing was altered" in proc.stdout  # shown, escaped, inside the problem's line
