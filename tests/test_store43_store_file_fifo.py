"""A FIFO (or socket, device) where one of the store's own files belongs (the log, its checkpoints,
its public key) is a damaged store, said in one line before anything is read: no reader waits on it.

``check_store_shape`` refused a folder in a file's place (every command runs it, readers too) but
took anything else that is not a folder for a file: with a FIFO at ``provenance/log.jsonl``,
``provenance/checkpoint``, ``provenance/log.pub`` or a numbered checkpoint, ``show`` and ``log
verify`` opened it with a plain ``open`` and waited for a writer for good. A file of the store must
now be a regular file, as a WARC file must (tests/test_store43_warc_fifo.py).

Each command runs in this process beside a watchdog (tests/cli.py ``run_cli_beside_fifos``): one that
waits on the FIFO is let go after 60 s and fails its test instead of holding the run.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cli import run_cli_beside_fifos
from stores import copy_store, one_capture_template


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    return one_capture_template(tmp_path_factory.mktemp("store_file_fifo"))


@pytest.mark.parametrize("name", ["provenance/log.jsonl", "provenance/checkpoint", "provenance/log.pub",
                                  "provenance/checkpoints/1.checkpoint"])
@pytest.mark.parametrize("command", [("show", "{cid}"), ("log", "verify")])
def test_a_fifo_in_a_store_files_place_is_named_without_blocking(template, tmp_path: Path, key_dir: Path, name,
                                                                  command):
    root, cid = template
    copy_store(root, tmp_path / "store", key_dir)
    path = tmp_path / "store" / name
    path.unlink()
    os.mkfifo(path)
    proc, waited = run_cli_beside_fifos([path], *(p.format(cid=cid) for p in command), store=tmp_path / "store")
    assert not waited, "the command waited on the FIFO"
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert f"{name} should be a file of the store and is not" in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr
