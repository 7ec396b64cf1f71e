"""A quote longer than any real quotation (``QUOTE_MAX_CHARS``, 20,000 characters by default) is
refused in one line (exit 2) before anything is logged.

A 15 MB ``--quote-file`` was verified and logged whole: the log grew by 15 MB (9.8 s), and every
copy, export and proof of that log carries it for good.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli
from stores import capture_template, copy_store

from archiver.core import limits

PAGE = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
        b"<p>The harbour handled 41,000 containers in March, the port authority said.</p></article></body></html>")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("quote-limit")
    (made,) = capture_template(root, {"/news": PAGE})
    (root / "url.txt").write_text(made.url)
    return root


@pytest.fixture
def store(template: Path, tmp_path: Path, key_dir: Path) -> Path:
    store = tmp_path / "store"
    copy_store(template, store, key_dir)
    return store


def _log(store: Path) -> bytes:
    return (store / "provenance" / "log.jsonl").read_bytes()


def _one_line(proc, code: int) -> str:
    assert proc.returncode == code, (proc.returncode, proc.stdout, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in proc.stderr, proc.stderr
    return str(lines[0])


def test_the_limit_is_far_above_a_real_quotation():
    assert limits.current().quote_max_chars == limits.QUOTE_MAX_CHARS == 20_000


def test_a_quote_file_over_the_limit_is_refused_before_anything_is_logged(store, tmp_path):
    quote = tmp_path / "quote.txt"
    quote.write_text("the harbour handled containers " * 1000)  # 31,000 characters
    before = _log(store)
    line = _one_line(run_cli("verify-quote", "--quote-file", str(quote), store=store), 2)
    assert "20,000" in line and "QUOTE_MAX_CHARS" in line, line
    assert _log(store) == before


def test_a_quote_from_standard_input_over_the_limit_is_refused(store):
    before = _log(store)
    line = _one_line(run_cli("verify-quote", "--quote-file", "-", store=store, input="x" * 20_001), 2)
    assert "20,001 characters" in line, line
    assert _log(store) == before


def test_a_batch_row_over_the_limit_is_refused_naming_the_row(store):
    before = _log(store)
    batch = 'quote\n"41,000 containers"\n' + "y" * 20_001 + "\n"
    line = _one_line(run_cli("verify-quote", "--batch", "-", store=store, input=batch), 2)
    assert "row 2" in line and "QUOTE_MAX_CHARS" in line, line
    assert _log(store) == before


def test_a_quote_at_the_limit_is_verified(store):
    proc = run_cli("verify-quote", "41,000 containers " + "z" * 12, store=store,
                   env={"ARCHIVER_LIMIT_QUOTE_MAX_CHARS": "30"})
    assert proc.returncode in (0, 1) and "QUOTE_MAX_CHARS" not in proc.stderr, proc.stderr


def test_a_quote_one_over_a_lowered_limit_is_refused(store):
    line = _one_line(run_cli("verify-quote", "41,000 containers " + "z" * 13, store=store,
                             env={"ARCHIVER_LIMIT_QUOTE_MAX_CHARS": "30"}), 2)
    assert "31 characters" in line and "30" in line, line


def test_a_manuscript_quotation_over_the_limit_is_reported_not_checked(store, template, tmp_path):
    url = (template / "url.txt").read_text()
    paper = tmp_path / "paper.md"
    paper.write_text(f'The port said "41,000 containers" ({url}) and also "{("the cranes stood still " * 1000).strip()}" ({url}).\n')
    proc = run_cli("check", str(paper), "--json", store=store)
    assert proc.returncode in (1, 3), (proc.returncode, proc.stderr)
    statuses = {q["quote"][:17]: (q["status"], q) for q in json.loads(proc.stdout)["quotes"]}
    assert statuses["41,000 containers"][0] == "exact", statuses
    status, sources = statuses["the cranes stood still"[:17]]
    assert status == "not_checked" and "QUOTE_MAX_CHARS" in json.dumps(sources), (status, sources)
