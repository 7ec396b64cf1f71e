"""The test worker reaps the orphans it is given, never a child something here still waits for.

Each xdist worker is a child subreaper (tests/conftest.py), so what a command leaves behind
comes to it; after each test it reaps the exited ones. A multiprocessing process (an in-process
batch's fork server, its workers) is waited for by its own object: reaping it first would make
that object fail or report the wrong exit code.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from pathlib import Path

import pytest
from conftest import reap_exited_children

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def _exit_with(code: int) -> None:
    os._exit(code)


def _zombie(pid: int) -> bool:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z":
            return True
        time.sleep(0.01)
    return False


def test_an_exited_multiprocessing_process_is_left_to_its_own_object() -> None:
    process = multiprocessing.get_context("fork").Process(target=_exit_with, args=(3,))
    process.start()
    assert process.pid is not None and _zombie(process.pid)
    assert process.pid not in reap_exited_children()
    process.join(10)
    assert process.exitcode == 3


def test_an_exited_child_nothing_waits_for_is_reaped() -> None:
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    assert _zombie(pid)
    assert pid in reap_exited_children()
    assert not Path(f"/proc/{pid}").exists()
