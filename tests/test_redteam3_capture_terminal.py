"""Red team, third pass: a server's text sending escape sequences to the user's terminal.

The reason phrase and Content-Type of a response were printed by ``archive`` and ``show`` as
the server sent them, and a bad status line went into the one-line error (and the
``capture_failed`` log entry) the same way: ``\\x1b[1A\\x1b[2K`` erases the line above, so a
server could rewrite what the user reads about its capture (its status, its URL), set the
window title, or worse on some terminals. Control characters and bidirectional overrides in
such text are now shown as escapes; ``--json`` and the stored values keep the exact text.
"""

from __future__ import annotations

import json

from cli import without_key_news
from conftest import run_cli

from archiver.archive import Archive

ESC = "\x1b[1A\x1b[2K\x1b]0;owned\x07"
PAGE = b"<html><head><title>T</title></head><body><p>Some page text.</p></body></html>"


def _ok(head: str) -> bytes:
    return (head + "\r\nConnection: close\r\n\r\n").encode("latin-1") + PAGE


def test_a_reason_phrase_sends_no_escape_sequence_to_the_terminal(tmp_path, serve_raw):
    url = serve_raw(_ok(f"HTTP/1.1 200 OK{ESC}\r\nContent-Type: text/html"))
    proc = run_cli("archive", url, store=tmp_path / "s")
    assert proc.returncode == 0, proc.stderr
    assert "\x1b" not in proc.stdout and "\\x1b[1A" in proc.stdout


def test_a_content_type_sends_no_escape_sequence_to_show(tmp_path, serve_raw):
    url = serve_raw(_ok(f"HTTP/1.1 200 OK\r\nContent-Type: text/html{ESC}"))
    doc = json.loads(run_cli("archive", "--json", url, store=tmp_path / "s").stdout)
    proc = run_cli("show", doc["capture_id"], store=tmp_path / "s")
    assert proc.returncode == 0, proc.stderr
    assert "\x1b" not in proc.stdout and "\x07" not in proc.stdout


def test_json_keeps_the_reason_phrase_exactly(tmp_path, serve_raw):
    url = serve_raw(_ok(f"HTTP/1.1 200 OK{ESC}\r\nContent-Type: text/html"))
    doc = json.loads(run_cli("archive", "--json", url, store=tmp_path / "s").stdout)
    assert doc["reason"] == "OK" + ESC


def test_a_bad_status_line_sends_no_escape_sequence_in_the_error(tmp_path, serve_raw):
    url = serve_raw(f"HTTP/1.1 000 {ESC}\r\n\r\n".encode("latin-1"))
    proc = run_cli("archive", url, store=tmp_path / "s")
    assert proc.returncode == 1
    own = without_key_news(proc.stderr)  # (a new store's key is announced besides, whatever the exit code)
    assert "\x1b" not in proc.stderr and len(own.strip().splitlines()) == 1, proc.stderr


def test_a_bad_status_line_is_logged_with_escapes(tmp_path, serve_raw):
    url = serve_raw(f"HTTP/1.1 000 {ESC}\r\n\r\n".encode("latin-1"))
    run_cli("archive", url, store=tmp_path / "s")
    with Archive.open(tmp_path / "s") as arc:
        [entry] = list(arc.log.entries("capture_failed"))
    assert "\x1b" not in entry.data["error"] and "\\x1b" in entry.data["error"]
