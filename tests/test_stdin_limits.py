"""Standard input as a file (``-``) is bounded as a file the user names is
(``USER_FILE_MAX_BYTES``): ``verify-quote --quote-file -`` read it whole before (a review fed it
/dev/zero: the machine's memory ran out). The real CLI, in process, its limit lowered."""

from __future__ import annotations

from pathlib import Path

from cli import run_cli


def test_a_quote_from_standard_input_over_the_limit_is_one_error_line(tmp_path: Path) -> None:
    r = run_cli("verify-quote", "--quote-file", "-", "--text-file", str(_text(tmp_path)), input="x" * 101,
                env={"ARCHIVER_LIMIT_USER_FILE_MAX_BYTES": "100"}, store=tmp_path / "store")
    assert r.exit_code == 2, r.stderr
    assert r.stderr.strip().splitlines() == [r.stderr.strip()] and "over 100 bytes" in r.stderr


def test_a_url_list_from_standard_input_over_the_limit_is_one_error_line(tmp_path: Path) -> None:
    r = run_cli("batch", "-", input="http://127.0.0.1:9/a\n" * 10, env={"ARCHIVER_LIMIT_USER_FILE_MAX_BYTES": "100"},
                store=tmp_path / "store")
    assert r.exit_code == 2, r.stderr
    assert "the URL list from standard input is over 100 bytes" in r.stderr
    assert not (tmp_path / "store").exists()


def test_a_quote_from_standard_input_within_the_limit_is_verified(tmp_path: Path) -> None:
    r = run_cli("verify-quote", "--quote-file", "-", "--text-file", str(_text(tmp_path)), input="harbour wall",
                env={"ARCHIVER_LIMIT_USER_FILE_MAX_BYTES": "100"}, store=tmp_path / "store")
    assert r.exit_code == 0, r.stderr


def _text(tmp_path: Path) -> Path:
    path = tmp_path / "source.txt"
    path.write_text("The harbour wall was rebuilt in 1911.\n")
    return path
