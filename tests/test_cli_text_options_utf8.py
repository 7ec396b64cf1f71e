"""Every text a command line takes (an option's value, a capture id) is UTF-8, or the command
refuses it as bad input (exit 2, one line naming it) before anything is done.

Red team rvcli54 (tests/data/cli/redteam-rvcli54.tsv, rows u04, u05, u10): Python hands argv
bytes that are not UTF-8 on as lone surrogates. ``export ID -o F --title $'\\xff'`` logged its
export entry and then ended in a UnicodeEncodeError traceback (the log said a bundle was made
that was not); ``log anchor --tsa http://host/$'\\xff'`` was a traceback; ``cite --replay-url``
printed the bytes back in the citation (exit 0). The quote, the URL look-ups and the correction
fields were checked (``Utf8Text``); these were not.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import click
import pytest
from cli import every_command, run_cli
from stores import copy_store

OLD = Path(__file__).parent / "data/reextract/before_extractor_57"
CAPTURE = "01m8qrkr28bny4cbmt"
BAD = os.fsdecode(b"\xff\xfe")
#: Text parameters that are file names, which need not be UTF-8 (``-`` or a path).
FILE_NAMES = {("batch", "source")}


def test_every_text_parameter_of_every_command_is_checked_for_utf8():
    from archiver.cli.output import Utf8Text

    unchecked: list[tuple[str, str]] = []
    for path, command in every_command():
        name = " ".join(path)
        for p in command.params:
            if (p.type is click.STRING and not getattr(p, "is_flag", False)
                    and (name, str(p.name)) not in FILE_NAMES):
                unchecked.append((name, str(p.name)))
        assert not any(isinstance(p.type, Utf8Text) and (name, str(p.name)) in FILE_NAMES for p in command.params)
    assert unchecked == []


def _digests(store: Path) -> dict[str, str]:
    return {str(p.relative_to(store)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(store.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("args", [
    ["export", CAPTURE, "-o", "OUT/b.wacz", "--title", BAD],
    ["export", CAPTURE, "-o", "OUT/b.wacz", "--tsa", f"http://127.0.0.1:9/{BAD}"],
    ["log", "anchor", "--tsa", f"http://127.0.0.1:9/{BAD}"],
    ["cite", CAPTURE, "--replay-url", f"http://replay.example/{BAD}"],
    ["verify-quote", "harbour", "--url", "http://127.0.0.1:44321/harbour", "--as-of", BAD],
    ["show", f"01m8{BAD}"],
], ids=["export-title", "export-tsa", "log-anchor-tsa", "cite-replay-url", "verify-quote-as-of", "show-id"])
def test_a_text_that_is_not_utf8_is_refused_in_one_line_and_the_store_is_left_as_it_was(tmp_path, args):
    store, keys = tmp_path / "store", tmp_path / "keys"
    copy_store(OLD, store, keys)
    before = _digests(store)
    result = run_cli("--store", str(store), *[a.replace("OUT", str(tmp_path)) for a in args],
                     env={"ARCHIVER_KEY_DIR": str(keys)})
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    [line] = result.stderr.strip().splitlines()
    assert "UTF-8" in line or "not a capture id" in line
    assert _digests(store) == before
    assert not (tmp_path / "b.wacz").exists()
