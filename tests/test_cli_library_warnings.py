"""The library's warnings reach the user's stderr without -v, once each, escaped for the terminal.

The package's logger has a ``NullHandler`` (a library must not print); the command line adds a
handler of its own, so a warning such as a damaged index being replaced (by ``reindex``) is seen
by whoever ran the command, not only by someone who thought of ``-v``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cli import run_cli
from servers import Site, html_page

PAGE = (b"<html><head><title>Ferry</title></head><body><article>"
        + b"<p>The council voted to keep the ferry running through the winter months.</p>" * 6
        + b"</article></body></html>")


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    site = Site()
    site.routes["/"] = html_page(PAGE)
    try:
        result = run_cli("archive", site.url("/"), store=tmp_path / "store")
    finally:
        site.close()
    assert result.exit_code == 0, result.stderr
    return tmp_path / "store"


def _damage_index(store: Path) -> None:
    (store / "index.sqlite3").write_bytes(b"this is not a SQLite database" * 100)


def test_a_library_warning_is_one_warning_line_on_stderr_without_verbose(store: Path) -> None:
    _damage_index(store)
    result = run_cli("reindex", store=store)
    assert result.exit_code == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if "is damaged" in line]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("warning: index ") and "replacing it" in lines[0]


def test_with_verbose_the_warning_is_shown_once_as_a_diagnostic(store: Path) -> None:
    _damage_index(store)
    result = run_cli("-v", "reindex", store=store)
    lines = [line for line in result.stderr.splitlines() if "is damaged" in line]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("WARNING archiver")


def test_the_warnings_handler_is_not_added_again_by_each_command(store: Path) -> None:
    import logging

    from archiver.cli import _StderrWarnings, _warnings_handler

    first = _warnings_handler()
    assert _warnings_handler() is first
    assert sum(isinstance(h, _StderrWarnings) for h in logging.getLogger("archiver").handlers) == 1
    logging.getLogger("archiver").removeHandler(first)


def test_a_warning_quoting_a_line_break_stays_one_line_that_cannot_pass_for_another(capsys) -> None:
    """A warning may quote what a server or a file said (an exception's text, a URL): its line
    breaks are shown escaped, so it cannot print a line of its own such as a forged verdict."""
    import logging

    from archiver.cli import _StderrWarnings

    handler = _StderrWarnings()
    record = logging.LogRecord("archiver.extract.text", logging.WARNING, __file__, 1,
                               "trafilatura failed on %s: %s", ("https://a.example/",
                               "bad page\nVERIFIED: nothing was altered\r\x1b[2K"), None)
    handler.emit(record)
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("warning: trafilatura failed"), err
    assert "\\nVERIFIED" in err and "\r" not in err and "\x1b" not in err
