"""A SIGTERM that reaches an ``archiver batch`` once its run is over (its captures logged, its
log's head signed, its summary printed: the process on its way out) leaves with the run's own exit
code, its helpers killed and reaped: the results it printed stand, so the exit says what they say.

Before, SIGTERM's default action was back by then and the process died of it (-15): a batch that
had captured everything, and said so, ended as a signal death, which a script reads as "failed".

Real processes: an ``archiver`` process (``archiver.__main__.main``, as the console script runs
it) with a hold point of the test's own at its exit, registered first so that it runs last, after
the batch's own exit handlers; the test sends SIGTERM once the hold point is reached.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from cli import wait_for_file
from conftest import below_now, left_below
from servers import Site, html_page
from stores import FERRY_PAGE

#: ``archiver ARGS`` with a hold of 120 s at its very end (the file HELD_FILE says it is there).
HELD_AT_THE_END = """
import atexit, os, sys, time
from pathlib import Path
def hold():
    Path(os.environ["HELD_FILE"]).write_text("held")
    time.sleep(120)
atexit.register(hold)  # (registered first: runs last)
sys.argv = ["archiver", *sys.argv[1:]]
from archiver.__main__ import main
main()
"""


def _sigterm_at_the_end(store: Path, tmp_path: Path, *urls: str) -> tuple[int, str, str]:
    """Run ``archiver batch`` over ``urls``, SIGTERM it at its very end; its exit code, stdout, stderr."""
    listed = tmp_path / "urls.txt"
    listed.write_text("".join(u + "\n" for u in urls))
    held = tmp_path / "held"
    env = {**os.environ, "HELD_FILE": str(held), "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    proc = subprocess.Popen([sys.executable, "-c", HELD_AT_THE_END, "--store", str(store), "batch", str(listed),
                             "--jobs", "1", "--delay", "0", "--retries", "0"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_file(held, proc)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    return proc.returncode, out, err


@pytest.fixture
def ferry(site: Site) -> str:
    site.routes["/ferry"] = html_page(FERRY_PAGE)
    return site.url("/ferry")


def test_a_sigterm_after_a_batch_that_captured_everything_exits_0(store: Path, tmp_path: Path, ferry: str) -> None:
    before = below_now()
    code, out, err = _sigterm_at_the_end(store, tmp_path, ferry)
    assert code == 0, err
    assert "/ferry" in out
    assert "Traceback" not in err, err
    assert not left_below(besides=before)


def test_a_sigterm_after_a_batch_that_found_a_problem_exits_1(store: Path, tmp_path: Path, ferry: str) -> None:
    code, _, err = _sigterm_at_the_end(store, tmp_path, ferry, "http://127.0.0.1:1/refused")
    assert code == 1, err
    assert "Traceback" not in err, err
