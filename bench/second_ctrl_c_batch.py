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

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from cli import start_cli_process  # noqa: E402 - as the tests start archiver: Ctrl-C as a terminal's job has it
from stress_ctrl_c_batch_browser import marked_processes  # noqa: E402

MARK = "ARCHIVER_BENCH_SECOND_CTRL_C_MARK"


def _marked(mark: str) -> list[int]:
    """The live processes whose environment carries ``mark`` under this script's variable."""
    return marked_processes(MARK, mark)


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
    env = {MARK: mark, "ARCHIVER_KEY_DIR": str(root / "keys"), "TMPDIR": str(root / "tmp")}
    browser = ["--browser", "--chromium", chromium] if chromium else []
    proc = start_cli_process("batch", str(urls), "--delay", "0", "--jobs", "1", *browser, *extra,
                             store=root / "store", env=env, stdout=subprocess.DEVNULL, text=False,
                             start_new_session=True)
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
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        main()
