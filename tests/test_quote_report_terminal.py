"""verify-quote's readable report shows the source's own words escaped, never acting on the terminal.

The passage, the explanation and the notes quote the page (or a text file): a page storing
``\\x1b[2J`` or a bidi override in the passage could clear the screen or reorder the report's
lines when printed as it is. The verdict depends on those characters (a reversed word is
``altered``); the report shows them as escapes. ``--json`` keeps the exact text.
"""

from __future__ import annotations

import json
from pathlib import Path

from cli import run_cli

RLO, PDF = "\u202e", "\u202c"
TEXT = ("The harbour master said the ferry would keep running through the winter, \x1b[2J\x1b[H"
        f"and that the fares would {RLO}not{PDF} rise before April.\n")


def _report(store: Path, tmp_path: Path, quote: str, *extra: str):
    source = tmp_path / "statement.txt"
    source.write_text(TEXT, encoding="utf-8")
    return run_cli("verify-quote", quote, "--text-file", str(source), *extra, store=store)


def test_the_passage_of_a_report_holds_no_escape_sequence_or_bidi_control(store: Path, tmp_path: Path) -> None:
    result = _report(store, tmp_path, "the ferry would keep running through the winter")
    assert "verdict: exact" in result.stdout, result.stdout
    assert "passage:" in result.stdout
    for raw in ("\x1b", RLO, PDF):
        assert raw not in result.stdout, repr(result.stdout)
    assert "\\u202enot\\u202c" in result.stdout


def test_an_altered_report_shows_the_reversed_word_as_escapes(store: Path, tmp_path: Path) -> None:
    result = _report(store, tmp_path, "the fares would not rise before April")
    assert result.exit_code == 1
    assert "verdict: altered" in result.stdout
    assert RLO not in result.stdout and "\x1b" not in result.stdout, repr(result.stdout)


def test_json_keeps_the_exact_text_of_the_passage(store: Path, tmp_path: Path) -> None:
    result = _report(store, tmp_path, "the ferry would keep running through the winter", "--json")
    doc = json.loads(result.stdout)
    assert f"{RLO}not{PDF}" in doc["context"]
