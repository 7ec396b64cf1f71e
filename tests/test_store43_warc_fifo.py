"""A WARC file the log names that is a FIFO (or a socket, a device) in the store is not a file of
the store: every reader says so at once (exit 1, the archived evidence was altered), never blocks.

Reads opened a WARC file with a plain ``open``, which on a FIFO waits for a writer that never
comes: ``show``, ``cite``, ``verify-quote``, ``log verify --deep`` and ``export`` hung for good (a
folder in its place was already one line). Every read of a store's WARC file now opens it without
blocking and refuses anything but a regular file (``core.files.open_regular``,
``errors.NotRegularFileError``), as the lock files' readers already did for a FIFO.

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
    return one_capture_template(tmp_path_factory.mktemp("warc_fifo"))


@pytest.fixture
def fifo_store(template: tuple[Path, str], tmp_path: Path, key_dir: Path) -> tuple[Path, str]:
    root, cid = template
    copy_store(root, tmp_path / "store", key_dir)
    [warc] = (tmp_path / "store" / "warcs").glob("*.warc.gz")
    warc.unlink()
    os.mkfifo(warc)
    return tmp_path / "store", cid


def _fifos(store: Path) -> list[Path]:
    return list((store / "warcs").glob("*.warc.gz"))


@pytest.mark.parametrize("command", [("show", "{cid}"), ("cite", "{cid}"), ("verify-quote", QUOTE, "--capture", "{cid}"),
                                     ("export", "{cid}", "-o", "{out}")])
def test_a_statement_about_it_says_the_warc_is_not_a_file_without_blocking(fifo_store, command, tmp_path):
    store, cid = fifo_store
    proc, waited = run_cli_beside_fifos(_fifos(store), *(p.format(cid=cid, out=tmp_path / "b.wacz") for p in command),
                                        store=store)
    assert not waited, "the command waited on the FIFO"
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "is not a file in the store" in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    assert not (tmp_path / "b.wacz").exists()


def test_log_verify_deep_names_it_without_blocking(fifo_store):
    store, _ = fifo_store
    proc, waited = run_cli_beside_fifos(_fifos(store), "log", "verify", "--deep", store=store)
    assert not waited, "the command waited on the FIFO"
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "not a regular file" in proc.stdout + proc.stderr and "deep: OK" not in proc.stdout
