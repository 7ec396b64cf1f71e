"""Seconds from a Ctrl-C to the exit of ``archiver archive URL --browser``, on a page whose one
image its origin holds (an exchange in flight at the recording proxy when the Ctrl-C comes).

    PYTHONPATH=. .venv/bin/python bench/ctrl_c_archive_browser.py [--runs 3]

The Ctrl-C is sent as a terminal sends it, to the command's whole process group, once the page
has asked for its image. Before 2026-11-30 the exit took ~5.3 s: the proxy's stop waited its
5 s for the held exchange of a capture that was being dropped; now the interrupted capture's
proxy waits for none.
"""

from __future__ import annotations

import argparse
import http.server
import os
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from cli import start_cli_process  # noqa: E402 - as the tests start archiver: Ctrl-C as a terminal's job has it

PAGE = b"<!doctype html><title>Held</title><p>Loading slowly for a while now.</p><img src='/img.png'>"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    held, asked = threading.Event(), threading.Event()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the standard library's name
            if self.path == "/page":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(PAGE)))
                self.end_headers()
                self.wfile.write(PAGE)
                return
            asked.set()
            held.wait(60)
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *_: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/page"
    try:
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory(prefix="ctrl-c-archive-") as root:
                asked.clear()
                held.clear()
                proc = start_cli_process("archive", url, "--browser", store=Path(root) / "store",
                                         env={"ARCHIVER_KEY_DIR": f"{root}/keys"}, start_new_session=True)
                if not asked.wait(120):
                    proc.kill()
                    proc.communicate()
                    raise SystemExit("the page never asked for its image")
                started = time.monotonic()
                os.killpg(proc.pid, signal.SIGINT)
                _, err = proc.communicate(timeout=120)
                took = time.monotonic() - started
                held.set()
                last = err.strip().splitlines()[-1] if err.strip() else ""
                print(f"exit {proc.returncode} {took:.2f} s after the Ctrl-C ({last})")
                if "Traceback" in err:
                    print(err[-3000:])
    finally:
        held.set()
        server.shutdown()
        server.server_close()
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        raise SystemExit(main())
