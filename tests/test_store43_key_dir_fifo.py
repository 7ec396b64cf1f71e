"""A FIFO (or socket, device) in the key folder where this machine keeps a log's key, its record
or its append journal is named in one line: no command waits on it.

The key folder's files were read with ``Path.read_text``/``read_bytes`` and their journal opened
read-only with ``os.open``, which on a FIFO wait for a writer that never comes: ``show``, ``log
verify`` and ``verify-quote`` hung for good (the record is read by every reader, the key and
journal by every command that appends). They are now opened without blocking and refused unless
regular files (``core.files.open_regular``), as the store's own files are.

Each command runs in this process beside a watchdog (tests/cli.py ``run_cli_beside_fifos``): one that
waits on the FIFO is let go after 60 s and fails its test instead of holding the run.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cli import run_cli_beside_fifos
from stores import FERRY_QUOTE as QUOTE
from stores import copy_store, one_capture_template


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    return one_capture_template(tmp_path_factory.mktemp("key_dir_fifo"))


@pytest.mark.parametrize(("suffix", "command"), [
    (".log.json", ("log", "verify")), (".key", ("verify-quote", QUOTE, "--capture", "{cid}")),
    (".appends.jsonl", ("verify-quote", QUOTE, "--capture", "{cid}"))])
def test_a_fifo_in_the_key_folder_is_named_without_blocking(template, tmp_path: Path, key_dir: Path, suffix, command):
    root, cid = template
    copy_store(root, tmp_path / "store", key_dir)
    [path] = key_dir.glob(f"*{suffix}")
    path.unlink()
    os.mkfifo(path)
    proc, waited = run_cli_beside_fifos([path], *(p.format(cid=cid) for p in command), store=tmp_path / "store",
                                        env={"ARCHIVER_KEY_DIR": str(key_dir)})
    assert not waited, "the command waited on the FIFO"
    assert proc.returncode in (1, 3), proc.stdout + proc.stderr
    assert "not a regular file" in proc.stderr and path.name in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr


def test_show_with_a_fifo_for_the_log_record_answers_from_the_stores_signed_log(template, tmp_path: Path,
                                                                                  key_dir: Path):
    root, cid = template  # (the record is not needed: the store's checkpoint signs every entry)
    copy_store(root, tmp_path / "store", key_dir)
    [path] = key_dir.glob("*.log.json")
    path.unlink()
    os.mkfifo(path)
    proc, waited = run_cli_beside_fifos([path], "show", cid, store=tmp_path / "store",
                                        env={"ARCHIVER_KEY_DIR": str(key_dir)})
    assert not waited, "the command waited on the FIFO"
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "evidence: present" in proc.stdout and "Traceback" not in proc.stderr
