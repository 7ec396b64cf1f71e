"""Wrong and unusual use of every command, end to end: one-line errors, the right exit code,
no traceback, results on stdout only (hostile user test)."""

from __future__ import annotations

import pytest
from conftest import run_cli
from servers import Site, response

PAGE = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
        b"<p>The harbour handled 41,000 containers in March, the port authority said.</p>"
        b"<p>Dock workers did not strike.</p></article></body></html>")


@pytest.fixture
def site():
    s = Site()
    s.routes["/news"] = lambda h: response("200 OK", [("Content-Type", "text/html; charset=utf-8")], PAGE)
    yield s
    s.close()


def _one_line_error(proc, code: int) -> str:
    assert proc.returncode == code, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    assert proc.stdout == ""
    return lines[0]


def test_a_url_with_an_unclosed_ipv6_bracket_is_invalid_input(store):
    proc = run_cli("archive", "http://[::1", store=store)
    assert "invalid URL" in _one_line_error(proc, 2)


def test_log_proof_to_a_missing_folder_is_one_line_exit_2(store, site, tmp_path):
    assert run_cli("archive", site.url("/news"), store=store).returncode == 0
    out = tmp_path / "no-such-folder" / "entry.tlog-proof"
    proc = run_cli("log", "proof", "1", "-o", str(out), store=store)
    assert "cannot write" in _one_line_error(proc, 2)
    assert not out.exists()


@pytest.fixture
def captured(store, site):
    """A store with one capture and a proof of its entry; returns the proof file."""
    assert run_cli("archive", site.url("/news"), store=store).returncode == 0
    proof = store.parent / "entry-1.tlog-proof"
    assert run_cli("log", "proof", "1", "-o", str(proof), store=store).returncode == 0
    return proof


@pytest.mark.parametrize("command", [("log", "verify"), ("log", "verify-proof", "PROOF")])
def test_a_binary_file_as_key_is_one_line_exit_2(store, captured, tmp_path, command):
    key = tmp_path / "key.bin"
    key.write_bytes(bytes(range(256)))
    args = [str(captured) if a == "PROOF" else a for a in command]
    proc = run_cli(*args, "--key", str(key), store=store)
    assert "is not a verifier key" in _one_line_error(proc, 2)


def test_a_long_file_given_as_key_gives_a_short_error(store, captured):
    proc = run_cli("log", "verify", "--key", str(captured), store=store)
    line = _one_line_error(proc, 2)
    assert "is not a verifier key" in line and len(line) < 300
