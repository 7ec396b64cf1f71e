"""The per-test CPU log's reading of the processes below the test process (tests/conftest.py).

``ARCHIVER_TEST_CPU_LOG`` charges each test the CPU of the processes it started, read live from
/proc (:func:`conftest._descendants_cpu`): a process a thread started is listed in that thread's
children file only, and a process its child started only below that child. A walk that missed
either would leave a browser's or a command's CPU out of every test's figure.
"""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest
from conftest import _descendants_cpu

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads Linux's /proc")

#: A child that starts a grandchild which spins until it has used some CPU, prints the
#: grandchild's pid, and both wait for their standard input to close.
_CHILD = """
import subprocess, sys
spin = "import sys, time\\nend = time.process_time() + 0.05\\nwhile time.process_time() < end: pass\\nprint('spun', flush=True)\\nsys.stdin.read()"
grandchild = subprocess.Popen([sys.executable, "-c", spin], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
grandchild.stdout.readline()
print(grandchild.pid, flush=True)
sys.stdin.read()
grandchild.stdin.close()
grandchild.wait()
"""


def test_the_walk_finds_a_grandchild_of_a_process_another_thread_started_with_its_cpu() -> None:
    # (the thread lives on while the walk reads: a thread that ends hands its children to another)
    started: list[subprocess.Popen[str]] = []
    read = threading.Event()

    def start_and_wait() -> None:
        started.append(subprocess.Popen([sys.executable, "-c", _CHILD], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True))
        read.wait(60)

    thread = threading.Thread(target=start_and_wait)
    thread.start()
    try:
        while not started and thread.is_alive():
            thread.join(0.01)
        (child,) = started
        assert child.stdout is not None
        grandchild = int(child.stdout.readline())
        cpu = _descendants_cpu()
        assert child.pid in cpu and grandchild in cpu, (child.pid, grandchild, cpu)
        assert cpu[grandchild] > 0  # (it spun until its own clock said 0.05 s: at least a tick)
    finally:
        read.set()
        thread.join()
        for proc in started:
            assert proc.stdin is not None
            proc.stdin.close()
            proc.wait(timeout=60)
