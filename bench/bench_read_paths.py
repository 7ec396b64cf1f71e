"""CPU of the read paths over many captures: ``history URL`` of a URL captured N times, ``cite --all``.

Run: ``.venv/bin/python bench/bench_read_paths.py [--captures 200] [--runs 3] [--tree DIR ...]``

Why (perf60, issue 13): every ``history`` row and every ``cite`` asked again whether a browser shows
any text of the capture's bytes (:meth:`archiver.archive.Archive.shown_no_text`: the response record
read, its first 64 KiB decoded and sniffed), beside the evidence check that already reads the record.
This prints what those commands cost per capture, so a change to them is measured, not guessed.

One store is built with this tree (N captures of one URL, the bundled seed article served gzipped
from 127.0.0.1, a line changed each time so each capture is its own), then each tree named by
``--tree`` (default: this one) runs ``history URL --json`` and ``cite --all --style csl-json`` in
fresh processes (``python -m archiver``, ``PYTHONPATH=<tree>``, its bytecode cached in a temporary
folder by an unmeasured first run), taking turns run by run. CPU is
user+sys of the child (``getrusage(RUSAGE_CHILDREN)``), independent of the machine's load the way
wall time is not; the floor, ``archiver --version``, is printed beside it. The trees must read the
same store format (the store is not migrated).
"""

from __future__ import annotations

import argparse
import gzip
import http.server
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "archiver" / "samples" / "globalresearch-lendman.html"


class _Handler(http.server.BaseHTTPRequestHandler):
    count = 0

    def do_GET(self) -> None:  # noqa: N802
        type(self).count += 1
        page = SEED.read_bytes().replace(b"</body>", b"<p>Edition %d.</p></body>" % type(self).count)
        body = gzip.compress(page)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def _build(store: Path, url: str, n: int) -> None:
    sys.path.insert(0, str(REPO))
    from archiver.archive import Archive

    with Archive.open(store) as arc:
        for _ in range(n):
            arc.capture(url)


def _cpu_ms(tree: Path, store: Path, env: dict[str, str], *args: str) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([sys.executable, "-m", "archiver", "--store", str(store), *args],
                          env={**env, "PYTHONPATH": str(tree)}, capture_output=True, text=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{tree}: archiver {' '.join(args)} exited {done.returncode}: {done.stderr.strip()[-500:]}")
    return 1000 * ((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--captures", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tree", action="append", type=Path, help="a checkout to measure (repeatable)")
    args = parser.parse_args()
    trees = [t.resolve() for t in (args.tree or [REPO])]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/article"
    with tempfile.TemporaryDirectory(prefix="bench-read-paths-") as tmp:
        # (bytecode cached once per tree in the temporary folder, as an installed copy has it: a tree
        # without it would compile every module again in every run, no cost a user pays)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(ARCHIVER_KEY_DIR=str(Path(tmp) / "keys"), PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"))
        os.environ["ARCHIVER_KEY_DIR"] = env["ARCHIVER_KEY_DIR"]
        store = Path(tmp) / "store"
        try:
            _build(store, url, args.captures)
        finally:
            server.shutdown()
            server.server_close()
        commands = {"history URL": ("history", url, "--json"),
                    "cite --all": ("cite", "--all", "--style", "csl-json"),
                    "--version (floor)": ("--version",)}
        figures: dict[tuple[Path, str], list[float]] = {}
        for tree in trees:  # (once unmeasured: bytecode, page cache)
            for what in commands.values():
                _cpu_ms(tree, store, env, *what)
        for _ in range(args.runs):
            for tree in trees:
                for name, what in commands.items():
                    figures.setdefault((tree, name), []).append(_cpu_ms(tree, store, env, *what))
        print(f"{args.captures} captures of one URL, median of {args.runs} fresh processes, CPU ms "
              f"(load {os.getloadavg()[0]:.1f})")
        for name in commands:
            for tree in trees:
                runs = figures[(tree, name)]
                per = "" if name.startswith("--") else f", {statistics.median(runs) / args.captures:.2f} a capture"
                print(f"  {name:18s} {tree}: {statistics.median(runs):7.0f}{per}  (runs {', '.join(f'{r:.0f}' for r in runs)})")


if __name__ == "__main__":
    from reader_left import reader_may_leave

    with reader_may_leave():
        main()
