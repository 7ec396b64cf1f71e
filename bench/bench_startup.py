"""Start-up cost of one ``archiver`` call: CPU milliseconds per command, median of N runs.

Run: ``.venv/bin/python bench/bench_startup.py [--runs 5]``

Measures, each in a fresh process (``python -m archiver``, as the ``archiver`` script runs it):

* ``archiver --help``;
* ``archiver archive URL`` of the bundled seed article served from 127.0.0.1 (fetch, WARC,
  extraction, log, index: a whole capture, into a store that already exists);
* ``archiver verify-quote QUOTE --url URL`` against that capture.

CPU is user+sys of the child process (``resource.getrusage(RUSAGE_CHILDREN)`` before and
after), so it does not depend on how busy the machine is the way wall time does; wall time is
printed beside it. Goals (issue 13): ``--help`` under 100 ms, ``archive URL`` under 250 ms.

Each command runs once unmeasured first, with ``PYTHONDONTWRITEBYTECODE`` unset, so Python's
bytecode cache (``__pycache__``) exists as it does in any pip-installed copy; otherwise every
run would compile our ~50 modules from source again, which is no start-up cost a user pays.
"""

from __future__ import annotations

import argparse
import http.server
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "archiver" / "samples" / "globalresearch-lendman.html"
QUOTE = "Trump is Exhibit A proof that all politicians lie, and nothing they say can be believed."


class _Handler(http.server.BaseHTTPRequestHandler):
    body = b""

    def do_GET(self) -> None:  # noqa: N802
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        pass


def run(cmd: list[str], env: dict[str, str], cwd: str) -> tuple[float, float]:
    """(CPU ms, wall ms) of one child process; a non-zero exit other than 1 stops the bench."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd[2:])} exited {proc.returncode}: {proc.stderr.strip()[-400:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu * 1000, wall * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    _Handler.body = SEED.read_bytes()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/article"

    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        env = {**os.environ, "ARCHIVER_KEY_DIR": str(Path(tmp) / "keys"), "PYTHONPATH": str(REPO),
               "ARCHIVER_STORE": str(Path(tmp) / "store")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        base = [sys.executable, "-m", "archiver"]
        cases = {
            "archiver --help": [*base, "--help"],
            "archiver archive URL": [*base, "archive", url],
            "archiver verify-quote QUOTE --url URL": [*base, "verify-quote", QUOTE, "--url", url],
        }
        goals = {"archiver --help": 100, "archiver archive URL": 250}
        print(f"{args.runs} runs each, fresh processes, load average {os.getloadavg()[0]:.1f}, "
              f"{os.cpu_count()} CPUs; median CPU (user+sys) and wall")
        for cmd in cases.values():  # creates the store, its log and key, and the bytecode cache
            run(cmd, env, tmp)
        for label, cmd in cases.items():
            samples = [run(cmd, env, tmp) for _ in range(args.runs)]
            cpu = statistics.median(s[0] for s in samples)
            wall = statistics.median(s[1] for s in samples)
            goal = f"   (goal: < {goals[label]} ms CPU: {'MET' if cpu < goals[label] else 'NOT MET'})" \
                if label in goals else ""
            print(f"{label:<40}{cpu:7.0f} ms CPU {wall:7.0f} ms wall{goal}")
    server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
