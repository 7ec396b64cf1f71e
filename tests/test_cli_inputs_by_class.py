"""Inputs that one command refused and another took, or refused in words that named the wrong
problem; each now goes through the one check of its class.

- a URL argument that is no URL: ``list --url notaurl`` answered ``[]`` (exit 0) where
  ``history notaurl`` refused: both refuse it now (exit 2), in the same words;
- ``-`` as a file: ``verify-quote --batch -`` looked for a file named "-" where ``batch -`` and
  ``--quote-file -`` read standard input: it reads standard input too;
- a file given as a proof that is no proof: ``log verify-proof`` said "FAILED ... proof against
  None checkpoint size None" (exit 1, "a problem found"): bad input, exit 2, naming what is wrong;
- a manuscript that is a FIFO, a loop of links or a device: ``check`` said "unknown manuscript
  type '(none)'": it names the real problem, as the other readers of a user's file do;
- ``--store`` at a loop of links: ``archive`` said "cannot create store directory ...: File
  exists": it says it is a loop of links.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, html_page
from stores import capture_template, copy_store

PAGE = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
        b"<p>The harbour handled 41,000 containers in March, the port authority said.</p></article></body></html>")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("inputs-by-class")
    capture_template(root, {"/news": PAGE})
    return root


@pytest.fixture
def store(template: Path, tmp_path: Path, key_dir: Path) -> Path:
    store = tmp_path / "store"
    copy_store(template, store, key_dir)
    return store


def _one_line(proc, code: int) -> str:
    assert proc.returncode == code, (proc.returncode, proc.stdout, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in proc.stderr, proc.stderr
    return str(lines[0])


def _log_lines(store: Path) -> int:
    return len((store / "provenance" / "log.jsonl").read_bytes().splitlines())


# a URL argument that is no URL


@pytest.mark.parametrize("args", [("list", "--url", "notaurl"), ("history", "notaurl"),
                                  ("list", "--url", "example.org/news"), ("history", "example.org/news"),
                                  ("verify-quote", "41,000 containers", "--url", "notaurl"),
                                  ("verify-quote", "41,000 containers", "--url", "example.org/news")])
def test_a_url_argument_that_is_no_url_is_refused_by_every_command_alike(store, args):
    before = _log_lines(store)
    line = _one_line(run_cli(*args, store=store), 2)
    assert f"invalid URL {args[-1]!r}: it has no scheme; give it whole" in line, line
    assert _log_lines(store) == before


def test_a_verify_quote_batch_row_whose_url_is_no_url_is_refused_in_the_same_words(store):
    # (verify-quote --url notaurl said "no capture of notaurl in this store", as of a URL never captured)
    before = _log_lines(store)
    line = _one_line(run_cli("verify-quote", "--batch", "-", store=store,
                             input="quote,url\n\"41,000 containers\",notaurl\n"), 2)
    assert "row 1" in line and "invalid URL 'notaurl': it has no scheme" in line, line
    assert _log_lines(store) == before


def test_list_of_a_url_never_captured_is_still_an_empty_list(store):
    proc = run_cli("list", "--json", "--url", "https://example.org/never", store=store)
    assert proc.returncode == 0 and proc.stdout.strip() == "[]", proc.stdout + proc.stderr


# "-" is standard input


def test_verify_quote_batch_dash_reads_the_batch_from_standard_input(store):
    before = _log_lines(store)
    proc = run_cli("verify-quote", "--batch", "-", "--json", store=store,
                   input="quote\n\"41,000 containers\"\n")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert '"exact"' in proc.stdout
    assert _log_lines(store) > before


def test_a_malformed_batch_from_standard_input_is_one_line_exit_2(store):
    line = _one_line(run_cli("verify-quote", "--batch", "-", store=store, input="url\nhttps://x.org/\n"), 2)
    assert "standard input" in line and "'quote' column" in line, line


# a proof that is no proof


@pytest.mark.parametrize("content", [b"not a proof at all\n", b"", b"\xff\xfe binary"])
def test_log_verify_proof_of_a_file_that_is_no_proof_is_bad_input_naming_what_is_wrong(store, tmp_path, content):
    notproof = tmp_path / "notes.txt"
    notproof.write_bytes(content)
    line = _one_line(run_cli("log", "verify-proof", str(notproof), "--key",
                             str(store / "provenance" / "log.pub")), 2)
    assert "not a proof" in line and str(notproof) in line and "None" not in line, line


# a manuscript that is not a regular file


def test_check_of_a_fifo_says_it_is_not_a_regular_file(store, tmp_path):
    fifo = tmp_path / "manuscript"
    os.mkfifo(fifo)
    line = _one_line(run_cli("check", str(fifo), store=store), 2)
    assert "not a regular file" in line and "unknown manuscript type" not in line, line


def test_check_of_a_device_says_it_is_not_a_regular_file(store):
    line = _one_line(run_cli("check", "/dev/urandom", store=store), 2)
    assert "not a regular file" in line, line


def test_check_of_a_loop_of_links_says_so(store, tmp_path):
    loop = tmp_path / "paper"
    loop.symlink_to(loop)
    line = _one_line(run_cli("check", str(loop), store=store), 2)
    assert "symbolic links" in line, line


# a store path that is a loop of links


@pytest.mark.parametrize("command", [("archive", "URL"), ("list",)])
def test_a_store_path_that_is_a_loop_of_links_is_named_as_one(tmp_path, command):
    loop = tmp_path / "store"
    loop.symlink_to(loop)
    site = Site()
    site.routes["/news"] = html_page(PAGE)
    try:
        args = [site.url("/news") if a == "URL" else a for a in command]
        line = _one_line(run_cli(*args, store=loop), 2)
    finally:
        site.close()
    assert "loop of symbolic links" in line and str(loop) in line, line
    assert site.requests == []
