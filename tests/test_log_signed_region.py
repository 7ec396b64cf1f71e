"""The signed lines of ``log.jsonl`` are never built on or cut unchecked.

A review found two commands that took the lines a checkpoint signs as they were:

- ``log proof`` and ``log consistency`` built proofs from the lines without checking them
  against the checkpoint's root: with a signed line changed they wrote (exit 0) proofs that
  fail for every reader (``verify-consistency`` even blamed a fork), and a line that is not
  JSON ended in a traceback. They now check the root first and refuse (exit 1), naming
  ``archiver log verify``.
- a refused ``log checkpoint`` changed the store: a last (signed) line that had lost its final
  newline was cut into ``recovered/`` as a torn write before the guard refused "the log was
  truncated". Bytes that begin inside the signed region are never cut now, and the refusal
  says what happened. Real CLI in this process, real stores, loopback server.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, html_page
from stores import build_template, copy_store

PAGE = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
        b"<p>The harbour handled 41,000 containers in March, the port authority said on Tuesday.</p>"
        b"</article></body></html>")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("signed-region")
    site = Site()
    site.routes["/news"] = html_page(PAGE)
    site.routes["/later"] = html_page(PAGE.replace(b"Harbour report", b"Later report"))
    try:
        build_template(root, lambda arc: [arc.capture(site.url(p)) for p in ("/news", "/later")])
    finally:
        site.close()
    return root


@pytest.fixture
def stored(template: Path, store: Path, key_dir: Path) -> Path:
    copy_store(template, store, key_dir)
    return store


def _log(store: Path) -> Path:
    return store / "provenance" / "log.jsonl"


def _edit_line(store: Path, index: int, old: bytes, new: bytes) -> None:
    lines = _log(store).read_bytes().split(b"\n")
    assert old in lines[index]
    lines[index] = lines[index].replace(old, new, 1)
    _log(store).write_bytes(b"\n".join(lines))


def _signed_size(store: Path) -> int:
    return int((store / "provenance" / "checkpoint").read_text().splitlines()[1])


def test_log_proof_refuses_when_a_signed_line_was_changed(stored: Path, tmp_path: Path) -> None:
    _edit_line(stored, 1, b"/news", b"/NEWS")
    out = tmp_path / "p.proof"
    proc = run_cli("log", "proof", "2", "-o", str(out), store=stored)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "do not hash to the root" in proc.stderr and "archiver log verify" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists()


def test_log_consistency_refuses_when_a_signed_line_was_changed(stored: Path, tmp_path: Path) -> None:
    _edit_line(stored, 1, b"/news", b"/NEWS")
    out = tmp_path / "c.txt"
    old = stored / "provenance" / "checkpoints" / "1.checkpoint"
    proc = run_cli("log", "consistency", str(old), "-o", str(out), store=stored)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "do not hash to the root" in proc.stderr and "archiver log verify" in proc.stderr
    assert not out.exists()


def test_log_proof_of_a_log_whose_signed_line_is_not_json_is_one_line_not_a_traceback(
        stored: Path, tmp_path: Path) -> None:
    _edit_line(stored, 1, b'{"data":{', b'{"data":[{')
    proc = run_cli("log", "proof", "1", "-o", str(tmp_path / "p.proof"), store=stored)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr and "JSONDecodeError" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_log_proof_of_an_intact_log_still_verifies(stored: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.proof"
    assert run_cli("log", "proof", "2", "-o", str(out), store=stored).returncode == 0
    proc = run_cli("log", "verify-proof", str(out), "--key", str(stored / "provenance" / "log.pub"))
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _strip_final_newline(store: Path) -> bytes:
    data = _log(store).read_bytes()
    assert data.endswith(b"\n")
    _log(store).write_bytes(data[:-1])
    return data[:-1]


def test_a_refused_checkpoint_leaves_a_signed_line_without_its_newline_in_place(stored: Path) -> None:
    assert _log(stored).read_bytes().count(b"\n") == _signed_size(stored)  # the last line is signed
    before = _strip_final_newline(stored)
    proc = run_cli("log", "checkpoint", store=stored)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert _log(stored).read_bytes() == before
    assert not (stored / "provenance" / "recovered").exists()


def test_the_refusal_says_the_signed_entry_lacks_its_final_newline(stored: Path) -> None:
    _strip_final_newline(stored)
    proc = run_cli("log", "checkpoint", store=stored)
    assert "lacks its final newline" in proc.stderr, proc.stderr
    assert "truncated" not in proc.stderr


def test_an_append_is_refused_the_same_way_before_anything_is_fetched(stored: Path, site: Site) -> None:
    site.routes["/third"] = html_page(PAGE.replace(b"Harbour report", b"Third report"))
    before = _strip_final_newline(stored)
    proc = run_cli("archive", site.url("/third"), store=stored)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "lacks its final newline" in proc.stderr, proc.stderr
    assert _log(stored).read_bytes() == before
    assert not [r for r in site.requests if "/third" in r]


def test_log_verify_does_not_promise_that_an_append_repairs_a_signed_entry(stored: Path) -> None:
    _strip_final_newline(stored)
    proc = run_cli("log", "verify", store=stored)
    assert proc.returncode == 1
    torn = [line for line in proc.stdout.splitlines() if "E_TORN_TAIL" in line]
    assert torn and "lacks its final newline" in torn[0], proc.stdout
    assert "the next append repairs it" not in torn[0]


def test_a_torn_unsigned_tail_is_still_repaired_by_the_next_checkpoint(stored: Path) -> None:
    with open(_log(stored), "ab") as f:
        f.write(b'{"data":{"half')  # a write cut short after the signed lines
    proc = run_cli("log", "checkpoint", store=stored)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert list((stored / "provenance" / "recovered").glob("*.torn"))
    assert run_cli("log", "verify", store=stored).returncode == 0
