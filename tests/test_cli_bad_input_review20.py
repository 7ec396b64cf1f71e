"""Bad input across the command line, as review 20 found it: what the shell hands a command
(a pipe whose reader left, closed descriptors, bytes that are not UTF-8), output paths that
cannot be used, locks another process holds, and settings that are wrong. Each answer is one
line, the exit code of conventions.md, and a store as it was.

In process (click's runner) where no process boundary is needed; a real ``archiver`` process
where the behaviour needs one: pipes, closed descriptors, another process's lock.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli import start_cli_process, wait_for_line
from conftest import run_cli
from servers import html_page
from stores import one_capture_fixtures

PAGE = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
        b"<p>The harbour handled 41,000 containers in March, the port authority said.</p>"
        b"<p>Dock workers did not strike.</p></article></body></html>")


template, captured = one_capture_fixtures("review20", "/news", PAGE)


def _one_line_error(result: object, code: int) -> str:
    returncode, stdout, stderr = (getattr(result, name) for name in ("returncode", "stdout", "stderr"))
    assert returncode == code, (returncode, stdout, stderr)
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), stderr
    return str(lines[0])


# F3: a reader that left the pipe takes the rest of the output, never the verdict


def _into_a_closed_pipe(*args: str, store: Path | None = None) -> tuple[int, str]:
    """Run ``archiver ARGS`` with stdout a pipe nobody reads (its reading end closed before the
    command starts: every write meets EPIPE): (exit code, stderr)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = start_cli_process(*args, store=store, stdout=write_end)
    finally:
        os.close(write_end)
    _, stderr = proc.communicate(timeout=120)
    return proc.returncode, stderr


def test_an_altered_log_is_still_exit_1_when_stdout_is_a_closed_pipe(captured):
    store, _ = captured
    log = store / "provenance" / "log.jsonl"
    log.write_bytes(log.read_bytes().replace(b"/news", b"/nevs"))
    code, stderr = _into_a_closed_pipe("log", "verify", store=store)
    assert code == 1, stderr
    assert "Traceback" not in stderr


def test_a_quote_not_found_is_still_exit_1_when_stdout_is_a_closed_pipe(captured):
    store, cid = captured
    code, stderr = _into_a_closed_pipe("verify-quote", "zebras never sailed here", "--capture", cid, store=store)
    assert code == 1, stderr
    assert "Traceback" not in stderr


def test_a_failed_capture_is_still_exit_1_and_said_when_stdout_is_a_closed_pipe(captured, site):
    store, _ = captured
    site.routes["/news"] = html_page(PAGE)
    code, stderr = _into_a_closed_pipe("archive", site.url("/news"), "http://127.0.0.1:1/refused", store=store)
    assert code == 1, stderr
    assert "connection refused" in stderr and "Traceback" not in stderr


def test_an_unpinned_bundle_key_is_still_exit_3_when_stdout_is_a_closed_pipe(one_page_bundle):
    code, stderr = _into_a_closed_pipe("verify-bundle", str(one_page_bundle["bundle"]))
    assert code == 3, stderr
    assert "Traceback" not in stderr


# F4: a closed stdout (>&-) is refused before any work: a result nobody can read is no success


def _with_stdout_closed(*args: str, store: Path | None = None) -> subprocess.CompletedProcess[str]:
    proc = start_cli_process(*args, store=store, stdout=None, stdin=subprocess.DEVNULL,
                             preexec_fn=lambda: os.close(1))
    _, stderr = proc.communicate(timeout=120)
    return subprocess.CompletedProcess(proc.args, proc.returncode, "", stderr)


@pytest.mark.parametrize("command", [("list",), ("log", "verify", "--deep")])
def test_a_closed_stdout_is_refused_in_one_line(captured, command):
    store, _ = captured
    line = _one_line_error(_with_stdout_closed(*command, store=store), 2)
    assert "standard output is closed" in line


def test_a_batch_with_stdout_closed_captures_nothing(captured, site, tmp_path):
    store, _ = captured
    site.routes["/other"] = html_page(PAGE)
    urls = tmp_path / "urls.txt"
    urls.write_text(site.url("/other") + "\n")
    before = sorted(p.name for p in (store / "warcs").iterdir())
    line = _one_line_error(_with_stdout_closed("batch", str(urls), store=store), 2)
    assert "standard output is closed" in line
    assert sorted(p.name for p in (store / "warcs").iterdir()) == before and site.requests == []


# F6: an output name that is not UTF-8 is refused before any work (the log records the name)


def _log_lines(store: Path) -> list[bytes]:
    return (store / "provenance" / "log.jsonl").read_bytes().splitlines()


def test_an_export_to_a_name_not_in_utf8_is_refused_before_writing_or_logging(captured, tmp_path):
    store, cid = captured
    before = _log_lines(store)
    out = tmp_path / "out"
    out.mkdir()
    proc = run_cli("export", cid, "-o", os.fsdecode(bytes(out) + b"/\xff.wacz"), store=store)
    assert "not valid UTF-8" in _one_line_error(proc, 2)
    assert list(out.iterdir()) == [] and _log_lines(store) == before


def test_a_receipt_named_not_in_utf8_is_refused_before_the_quote_is_checked(captured, tmp_path):
    store, cid = captured
    before = _log_lines(store)
    receipt = os.fsdecode(bytes(tmp_path) + b"/r\xff.zip")
    proc = run_cli("verify-quote", "41,000 containers", "--capture", cid, "--receipt", receipt, store=store)
    assert "not valid UTF-8" in _one_line_error(proc, 2)
    assert _log_lines(store) == before and not Path(receipt).exists()


# F2: an output path through a loop of symbolic links is one line, exit 2


@pytest.mark.parametrize("command", [
    ("log", "proof", "1", "-o", "OUT"),
    ("export", "CID", "-o", "OUT"),
    ("cite", "CID", "-o", "OUT"),
    ("check", "MANUSCRIPT", "--report", "OUT"),
    ("verify-quote", "41,000 containers", "--capture", "CID", "--receipt", "OUT"),
])
def test_an_output_path_through_a_loop_of_links_is_one_line_exit_2(captured, tmp_path, command):
    store, cid = captured
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    manuscript = tmp_path / "m.md"
    manuscript.write_text('He said "41,000 containers" ([src](http://127.0.0.1:9/news)).\n')
    before = _log_lines(store)
    args = [{"OUT": str(tmp_path / "a"), "CID": cid, "MANUSCRIPT": str(manuscript)}.get(a, a) for a in command]
    assert "loop" in _one_line_error(run_cli(*args, store=store), 2)
    assert _log_lines(store) == before


# F5: standard input closed or not UTF-8: one line, exit 2, as a named file that is not UTF-8


def _with_stdin_closed(*args: str, store: Path | None = None) -> subprocess.CompletedProcess[str]:
    proc = start_cli_process(*args, store=store, stdin=None, preexec_fn=lambda: os.close(0))
    stdout, stderr = proc.communicate(timeout=120)
    return subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr)


@pytest.mark.parametrize("command", [("batch", "-"), ("verify-quote", "--quote-file", "-")])
def test_reading_a_closed_standard_input_is_one_line_exit_2(captured, command):
    store, _ = captured
    line = _one_line_error(_with_stdin_closed(*command, store=store), 2)
    assert "standard input is closed" in line


def test_a_url_list_on_standard_input_not_in_utf8_is_refused(captured, site):
    store, _ = captured
    proc = run_cli("batch", "-", input=site.url("/news").encode() + b"\xff\n", store=store)
    assert "not UTF-8" in _one_line_error(proc, 2)
    assert site.requests == []


@pytest.mark.parametrize("quote", [b"caf\xe9 x", b"41,000 containers\xff", b"\xff\xfe"],
                         ids=["latin-1", "ends-in-ff", "utf-16-bom"])
def test_a_quote_on_standard_input_not_in_utf8_is_refused_before_it_is_logged(captured, quote):
    store, cid = captured
    before = _log_lines(store)
    proc = run_cli("verify-quote", "--quote-file", "-", "--capture", cid, input=quote, store=store)
    assert "not UTF-8" in _one_line_error(proc, 2)
    assert _log_lines(store) == before


def test_a_quote_argument_not_in_utf8_is_refused_as_before(captured):
    store, cid = captured
    before = _log_lines(store)
    proc = run_cli("verify-quote", os.fsdecode(b"caf\xe9 x"), "--capture", cid, store=store)
    assert "not valid UTF-8" in _one_line_error(proc, 2)
    assert _log_lines(store) == before


def test_a_quote_on_standard_input_in_utf8_is_still_verified(captured):
    store, cid = captured
    proc = run_cli("verify-quote", "--quote-file", "-", "--capture", cid, input=b"41,000 containers",
                   store=store)
    assert proc.returncode == 0, proc.stderr


# F1: a command held up by another process's lock on the log or the key's journal says so


@contextlib.contextmanager
def _holding(path: Path) -> Iterator[None]:
    """An exclusive ``flock`` on ``path``, held by this (the test's) process, as another
    archiver process appending to the log would hold it."""
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


@pytest.mark.parametrize("held", ["log", "journal"])
def test_a_quote_check_waiting_for_another_process_lock_says_which_process(captured, key_dir, held):
    store, cid = captured
    if held == "log":
        lock, what = store / "provenance" / "log.lock", "this store's provenance log"
    else:
        [lock] = key_dir.glob("*.appends.jsonl")
        what = "the signing key's journal"
    with _holding(lock):
        proc = start_cli_process("verify-quote", "41,000 containers", "--capture", cid, store=store)
        wait_for_line(proc.stderr, f"waiting for another archiver process (pid {os.getpid()}) to finish with {what}")
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 0, stderr


# F7, F8, F9: wrong settings and a full stdout are named for what they are


def test_an_unknown_log_level_is_a_usage_error_naming_the_variable(captured):
    store, _ = captured
    proc = run_cli("list", store=store, env={"ARCHIVER_LOGLEVEL": "BOGUS"})
    assert "ARCHIVER_LOGLEVEL" in _one_line_error(proc, 2)


def test_a_log_level_in_lower_case_is_taken(captured):
    store, _ = captured
    proc = run_cli("list", store=store, env={"ARCHIVER_LOGLEVEL": "info"})
    assert proc.returncode == 0, proc.stderr


def test_a_key_folder_that_is_a_file_cannot_complete_the_check_and_says_where(captured, tmp_path):
    store, _ = captured
    not_a_folder = tmp_path / "keys-file"
    not_a_folder.write_text("not a folder\n")
    proc = run_cli("log", "verify", store=store, env={"ARCHIVER_KEY_DIR": str(not_a_folder)})
    line = _one_line_error(proc, 3)
    assert "ARCHIVER_KEY_DIR" in line and str(not_a_folder) in line


def test_a_full_stdout_is_named_not_the_store(captured):
    store, _ = captured
    with open("/dev/full", "w") as full:
        proc = start_cli_process("list", store=store, stdout=full)
        _, stderr = proc.communicate(timeout=120)
    result = subprocess.CompletedProcess(proc.args, proc.returncode, "", stderr)
    line = _one_line_error(result, 3)
    assert "standard output" in line and str(store) not in line


# F10: an index made by a newer archiver is neither read nor rewritten older


@pytest.mark.parametrize("command", [("list",), ("verify-quote", "41,000 containers"), ("archive", "URL")])
def test_an_index_of_a_newer_schema_is_refused_and_left_as_it_is(captured, site, command):
    store, _ = captured
    site.routes["/news"] = html_page(PAGE)
    index = store / "index.sqlite3"
    with contextlib.closing(sqlite3.connect(index)) as db, db:
        db.execute("UPDATE meta SET value = '99' WHERE key = 'schema'")
    before, log_before, warcs = index.read_bytes(), _log_lines(store), sorted((store / "warcs").iterdir())
    args = [site.url("/news") if a == "URL" else a for a in command]
    assert "made by a newer archiver" in _one_line_error(run_cli(*args, store=store), 2)
    assert index.read_bytes() == before and _log_lines(store) == log_before
    assert sorted((store / "warcs").iterdir()) == warcs


# F11: nothing is overwritten silently: an existing output file needs --force


def _output_commands(cid: str, tmp_path: Path, out: Path) -> dict[str, list[str]]:
    urls = tmp_path / "urls.txt"
    urls.write_text("http://127.0.0.1:9/never-fetched\n")
    manuscript = tmp_path / "draft.md"
    manuscript.write_text('The port said "41,000 containers" [1].\n\n[1]: http://127.0.0.1:9/never-fetched\n')
    return {
        "log proof": ["log", "proof", "1", "-o", str(out)],
        "log consistency": ["log", "consistency", str(urls), "-o", str(out)],
        "batch report": ["batch", str(urls), "--report", str(out)],
        "screenshot": ["screenshot", cid, "-o", str(out)],
        "cite": ["cite", cid, "-o", str(out)],
        "check report": ["check", str(manuscript), "--report", str(out)],
    }


@pytest.mark.parametrize("command", ["log proof", "log consistency", "batch report", "screenshot", "cite",
                                     "check report"])
def test_an_existing_output_file_is_refused_without_force(captured, tmp_path, command):
    store, cid = captured
    out = tmp_path / "mine.txt"
    out.write_text("my own notes\n")
    before = _log_lines(store)
    proc = run_cli(*_output_commands(cid, tmp_path, out)[command], store=store)
    assert "already exists" in _one_line_error(proc, 2) and "--force" in proc.stderr
    assert out.read_text() == "my own notes\n" and _log_lines(store) == before


@pytest.mark.parametrize("command", ["log proof", "cite", "check report"])
def test_an_existing_output_file_is_replaced_with_force(captured, tmp_path, command):
    store, cid = captured
    out = tmp_path / "mine.txt"
    out.write_text("my own notes\n")
    proc = run_cli(*_output_commands(cid, tmp_path, out)[command], "--force", store=store)
    assert proc.returncode in (0, 1) and "Traceback" not in proc.stderr, proc.stderr
    assert out.read_text() != "my own notes\n"


def test_check_is_among_the_commands_that_write_into_the_store():
    from archiver.cli import store_mode

    assert store_mode("check") == "write"
