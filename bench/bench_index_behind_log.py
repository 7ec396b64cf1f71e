"""What a writing command's check "the log lists captures the index lacks" costs on a long log.

Run: ``.venv/bin/python bench/bench_index_behind_log.py [--entries 20000] [--rounds 7]``

``archive`` and ``batch`` end with :meth:`archiver.archive.Archive.say_index_behind_log`. A store
is made with one real capture (a page served from 127.0.0.1), then ``--entries`` more log
entries (``capture_failed``: the log's length, not its captures, is what a pass over it costs)
and a signed checkpoint. Timed as an ``archive`` process pays it: in the Archive that has just
made one more capture (its index connection open for writing), with the process's memory of
proven logs forgotten (a new process has none): the first check after those entries, then
``--rounds`` checks, each after one more capture. Prints milliseconds (first, then
median/min/max of the rounds) and the load average: other work on the machine slows every figure.
``--unchained``: one entry in the middle of the log edited in place first (its time), so the lines
do not chain there (the check then holds the proving pass's verdict, recorded once, to the log).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from archiver.archive import Archive  # noqa: E402
from archiver.provenance import proven  # noqa: E402

PAGE = (b"<html><head><title>Ferry timetable</title></head><body><article><h1>Ferry timetable</h1>"
        b"<p>The ferry leaves the harbour at nine every morning and returns at six.</p></article></body></html>")


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, *args: object) -> None:
        pass


def _capture_then_check(store: Path, url: str) -> float:
    """One more capture, then the check timed in the same Archive, as ``archive`` runs it."""
    with Archive.open(store) as arc:
        arc.record_exchange(url, arc.fetch(url))
        proven.forget()
        t = time.perf_counter()
        arc.say_index_behind_log()
        return (time.perf_counter() - t) * 1000


def _edit_middle_entry(log: Path) -> None:
    """Change one digit of the middle entry's time in place: the entry after it no longer chains to it."""
    lines = log.read_bytes().split(b"\n")
    mid = len(lines) // 2
    at = lines[mid].index(b'"time":"') + len(b'"time":"') + 3
    lines[mid] = lines[mid][:at] + (b"8" if lines[mid][at:at + 1] != b"8" else b"7") + lines[mid][at + 1:]
    log.write_bytes(b"\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=20_000, help="log entries added after the first capture")
    parser.add_argument("--rounds", type=int, default=7, help="checks timed, each after one more capture")
    parser.add_argument("--unchained", action="store_true", help="edit one entry in the log's middle first")
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/ferry"
    try:
        with tempfile.TemporaryDirectory(prefix="bench-behind-") as tmp:
            os.environ["ARCHIVER_KEY_DIR"] = str(Path(tmp) / "keys")
            store = Path(tmp) / "store"
            with Archive.open(store) as arc:
                arc.ensure_writable()
                arc.record_exchange(url, arc.fetch(url))
                items = [("capture_failed", {"url": f"https://www.example.org/news/{i}", "error": "timed out"})
                         for i in range(args.entries)]
                for at in range(0, len(items), 1000):
                    arc.log.append_many(list(items[at:at + 1000]))
                arc.log.checkpoint()
            if args.unchained:
                _edit_middle_entry(store / "provenance" / "log.jsonl")
            first = _capture_then_check(store, url)
            rounds = [_capture_then_check(store, url) for _ in range(args.rounds)]
            lines = (store / "provenance" / "log.jsonl").read_bytes().count(b"\n")
    finally:
        server.shutdown()
        server.server_close()
    print(f"index-behind-log check, log of {lines:,} entries{' (unchained)' if args.unchained else ''}, load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} CPUs")
    print(f"  first check after the {args.entries:,} entries   {first:8.1f} ms")
    print(f"  each later check ({args.rounds} rounds)        median {statistics.median(rounds):8.1f} ms "
          f"(min {min(rounds):.1f}, max {max(rounds):.1f})")


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        main()
