"""Stress: a terminal's first Ctrl-C as a ``batch --browser`` starts its browser fails no capture.

Run: ``PYTHONPATH=. .venv/bin/python bench/stress_ctrl_c_batch_browser.py [--runs 3]
[--delays 0.05,0.1,0.15,0.2,0.3] [--threads]``

A terminal's Ctrl-C goes to its whole foreground process group. tests/test_browser_processes.py's
``test_the_first_ctrl_c_of_a_batch_with_browser_lets_the_capture_in_flight_finish`` sends it while
the page is asked for; this script sends it (``killpg``, to a batch started in a session of its own, as a
terminal's foreground job) a given delay after Playwright's driver (Node.js) appears, in its first
tenths of a second, when it has not yet set its own SIGINT handling (it resets an inherited
ignore to the default as it starts). ``batch URL --browser --jobs 1`` of one page whose image
takes a second (so the capture is still in flight); each run's outcome is counted: ``captured``,
``captured (browser_died)`` (the page cut short, kept as far as it had come) or ``failed`` (before batch workers ran in a session of their own, a Ctrl-C 0.05-0.15 s after
the driver appeared failed the capture: "the browser failed (Connection closed while reading from
the driver)"). ``--threads``: the browsers' drivers run under the batch process itself, each in
a session of its own; its one driver starts before any URL is handed out, so the Ctrl-C meets no
capture there (tests/test_browser_processes.py stops a second browser's driver at its start
instead). Every run's processes must be gone at its end; what is left
is named and killed. Keys, store and ``TMPDIR`` are temporary folders of the run.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
if not os.environ.get("PYTHONPATH"):  # this tree's archiver, unless PYTHONPATH names the tree to read
    sys.path.insert(0, str(REPO))
from cli import start_cli_process  # noqa: E402 - as the tests start archiver: Ctrl-C as a terminal's job has it

MARK = "ARCHIVER_BENCH_CTRL_C_MARK"


def marked_processes(variable: str, mark: str) -> list[int]:
    """The live processes whose environment sets ``variable`` to ``mark`` (Chromium's children
    rewrite theirs: its main process, the driver and the batch's own processes are what is counted)."""
    found = []
    for name in os.listdir("/proc"):
        try:
            if name.isdigit() and f"{variable}={mark}".encode() in Path(f"/proc/{name}/environ").read_bytes().split(b"\0"):
                found.append(int(name))
        except OSError:
            continue
    return found


def _marked(mark: str) -> list[int]:
    return marked_processes(MARK, mark)


def _driver_started(mark: str, node: str) -> bool:
    for pid in _marked(mark):
        try:
            if os.path.realpath(f"/proc/{pid}/exe") == node:
                return True
        except OSError:
            continue
    return False


def one_run(url: str, delay: float, *, threads: bool, node: str) -> tuple[str, list[int]]:
    """One batch, Ctrl-C'd ``delay`` s after its driver appeared: its URL's status, what was left."""
    mark = uuid.uuid4().hex
    with tempfile.TemporaryDirectory(prefix="ctrl-c-") as root:
        (Path(root) / "tmp").mkdir()
        urls = Path(root) / "urls.txt"
        urls.write_text(url + "\n")
        env = {MARK: mark, "ARCHIVER_KEY_DIR": f"{root}/keys", "TMPDIR": f"{root}/tmp", "PYTHONPATH": str(REPO)}
        args = ["batch", str(urls), "--browser", "--jobs", "1", "--delay", "0", "--nl", *(["--threads"] if threads else [])]
        proc = start_cli_process(*args, store=Path(root) / "store", env=env, start_new_session=True)
        deadline = time.monotonic() + 60  # (a last guard)
        while not _driver_started(mark, node) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        time.sleep(delay)
        os.killpg(proc.pid, signal.SIGINT)
        out, _ = proc.communicate(timeout=180)
        outcomes = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
        status = outcomes[0]["status"] if outcomes else f"none (exit {proc.returncode})"
        if outcomes and outcomes[0]["capture_id"]:  # a page cut short by its browser's death is marked so
            from archiver.archive import Archive

            with Archive.open(Path(root) / "store", key_dir=Path(root) / "keys") as arc:
                if "browser_died" in arc.show(outcomes[0]["capture_id"])["browser"]["incomplete"]:
                    status += " (browser_died)"
        left = _marked(mark)
        for pid in left:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
        return status, left


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per delay")
    parser.add_argument("--delays", default="0.05,0.1,0.15,0.2,0.3",
                        help="seconds after the driver appears, comma-separated")
    parser.add_argument("--threads", action="store_true", help="batch --threads (the driver under the batch)")
    options = parser.parse_args()
    from playwright._impl._driver import compute_driver_executable
    from servers import Site, html_page, response

    node = os.path.realpath(compute_driver_executable()[0])
    site = Site()

    def slow_image(_handler: object) -> bytes:
        time.sleep(1.0)  # (the capture is still in flight at the Ctrl-C)
        return response("200 OK", [("Content-Type", "image/png")], b"")

    site.routes["/page"] = html_page(b"<!doctype html><title>Ctrl-C</title><p>A page whose image is slow.</p>"
                                     b"<img src='/slow.png'>")
    site.routes["/slow.png"] = slow_image
    try:
        for delay in [float(d) for d in options.delays.split(",")]:
            counts: Counter[str] = Counter()
            for _ in range(options.runs):
                status, left = one_run(site.url("/page"), delay, threads=options.threads, node=node)
                counts[status] += 1
                if left:
                    print(f"  left running: {left}")
            print(f"Ctrl-C {delay:.2f} s after the driver appeared: "
                  + ", ".join(f"{n} {status}" for status, n in sorted(counts.items())), flush=True)
    finally:
        site.close()


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        main()
