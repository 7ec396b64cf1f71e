"""How long a ``batch``'s second Ctrl-C takes to end it, while a capture is held at the server.

Run: ``PYTHONPATH=. .venv/bin/python bench/second_ctrl_c_batch.py [--runs 2] [--no-browser]``

README (``batch``) promises that a second Ctrl-C stops at once. Each run starts ``batch`` of one
URL (``--jobs 1``, in a session of its own, as a terminal's foreground job), whose response (or,
with ``--browser``, whose page's one image) the server holds until the run is over; once the
request is at the server it sends Ctrl-C to the batch's group, waits for the ``stopping:`` line,
sends the second, and measures the seconds from the second to the batch's exit, in the four
modes: worker processes (the default) and ``--threads``, each without and with ``--browser``
(skipped without Chromium on PATH). Every run's processes must be gone at its end; what is left
is named and killed. Keys, store and ``TMPDIR`` are temporary folders of the run.

Before the fix the second Ctrl-C waited for the capture: the fetch's 30 s read timeout without
a browser, the page's idle timeouts (10 s each) with one.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

MARK = "ARCHIVER_BENCH_SECOND_CTRL_C_MARK"
#: How the tests start ``archiver`` (tests/cli.py): Ctrl-C as a terminal's foreground job has it.
AS_IN_A_TERMINAL = ("import runpy, signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
                    "runpy.run_module('archiver', run_name='__main__', alter_sys=True)")
PAGE = b"<!doctype html><html><head><title>Held</title></head><body><p>Held.</p><img src='/held.png'></body></html>"
HOLD = 120.0  # longer than any wait measured here


class _Server:
    """``/page`` (answered at once with ``browser``, else held) and ``/held.png`` (held)."""

    def __init__(self, *, hold_page: bool) -> None:
        self.arrived = threading.Event()
        self.release = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                if self.path == "/held.png" or hold_page:
                    server.arrived.set()
                    server.release.wait(HOLD)
                body = PAGE if self.path != "/held.png" else b""
                self.send_response(200)
                self.send_header("Content-Type", "text/html" if body else "image/png")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                with contextlib.suppress(OSError):  # (the batch is gone by then)
                    self.wfile.write(body)

            def log_message(self, *_: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def _marked(mark: str) -> list[int]:
    found = []
    for name in os.listdir("/proc"):
        try:
            if name.isdigit() and f"{MARK}={mark}".encode() in Path(f"/proc/{name}/environ").read_bytes().split(b"\0"):
                found.append(int(name))
        except OSError:
            continue
    return found


def _read_until(stream: int, needle: bytes, timeout: float) -> bool:
    deadline, seen = time.monotonic() + timeout, b""
    os.set_blocking(stream, False)
    while time.monotonic() < deadline:
        try:
            chunk = os.read(stream, 65536)
        except BlockingIOError:
            time.sleep(0.01)
            continue
        if not chunk:
            return False
        seen += chunk
        if needle in seen:
            return True
    return False


def one_run(extra: list[str], chromium: str | None) -> tuple[float, int, list[int]]:
    """Seconds from the second Ctrl-C to the batch's exit, its exit code, the pids left."""
    root = Path(tempfile.mkdtemp(prefix="ctrlc2-"))
    server = _Server(hold_page=chromium is None)
    mark = uuid.uuid4().hex
    urls = root / "urls.txt"
    urls.write_text(f"http://127.0.0.1:{server.httpd.server_address[1]}/page\n")
    (root / "tmp").mkdir()
    env = {**os.environ, MARK: mark, "ARCHIVER_KEY_DIR": str(root / "keys"), "TMPDIR": str(root / "tmp")}
    browser = ["--browser", "--chromium", chromium] if chromium else []
    argv = [sys.executable, "-c", AS_IN_A_TERMINAL, "--store", str(root / "store"), "batch", str(urls),
            "--delay", "0", "--jobs", "1", *browser, *extra]
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        if not server.arrived.wait(HOLD):
            raise SystemExit("the request never reached the server")
        os.killpg(proc.pid, signal.SIGINT)
        assert proc.stderr is not None
        if not _read_until(proc.stderr.fileno(), b"stopping:", HOLD):
            raise SystemExit("no 'stopping:' line")
        second = time.monotonic()
        os.killpg(proc.pid, signal.SIGINT)
        code = proc.wait(HOLD)
        seconds = time.monotonic() - second
        deadline = time.monotonic() + 15
        while (left := _marked(mark)) and time.monotonic() < deadline:
            time.sleep(0.05)
        for pid in left:
            os.kill(pid, signal.SIGKILL)
        return seconds, code, left
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        server.close()
        shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--no-browser", action="store_true", help="skip the --browser modes")
    args = parser.parse_args()
    chromium = None if args.no_browser else (shutil.which("chromium") or shutil.which("chromium-browser"))
    modes = [("processes", [], None), ("--threads", ["--threads"], None)]
    if chromium:
        modes += [("processes --browser", [], chromium), ("--threads --browser", ["--threads"], chromium)]
    print(f"{'mode':<22} {'runs':>4} {'median s':>9} {'max s':>7}  exit codes  processes left")
    for name, extra, browser in modes:
        results = [one_run(extra, browser) for _ in range(args.runs)]
        times = [r[0] for r in results]
        codes = sorted({r[1] for r in results})
        left = sum(len(r[2]) for r in results)
        print(f"{name:<22} {len(results):>4} {statistics.median(times):>9.2f} {max(times):>7.2f}  {codes}  {left}",
              flush=True)


if __name__ == "__main__":
    main()
