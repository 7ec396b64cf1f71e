"""Instructions, not milliseconds: one ``archive URL`` and one batch-page capture counted by valgrind, per tree.

Run: ``.venv/bin/python bench/bench_instructions.py [--tree DIR ...] [--runs 2] [--captures 10 40]``

Why (task perf71): this project is measured on a machine shared with other helpers, whose load moved the CPU
figures of ``bench_startup.py`` and ``bench_batch_phases.py`` by 10-30% within minutes (the stack's imports alone read
205-385 ms in one morning), far more than a cut of a few tenths of a millisecond. The instructions a process
executes (valgrind's ``cachegrind`` with its cache simulation off: "I refs") do not depend on the load: two runs of
one tree agree to within ~0.005%. They are not time (a page fault, a system call or a cache miss costs time and few
instructions: imports weigh less in them than in CPU time), so a cut is judged in both; this one tells a small cut
from the machine's noise.

For each tree (default: this one), taking turns run by run:

* ``archiver archive URL`` of the bundled seed article from 127.0.0.1, as installed (``bench/as_installed.py``), into
  a store that exists, the bytecode cached (as ``bench_startup.py`` runs it), ``PYTHONHASHSEED=0``;
* a batch-page capture in one process (``bench/bench_commit.py --page batch --text-slice 16``): the difference between
  runs of ``--captures LO`` and ``HI`` captures divided by ``HI - LO``, so that the process's start-up and the
  store's opening fall out.

Needs Debian's ``valgrind``; each ``archive URL`` takes ~10 s under it, a 40-capture run ~60 s.
"""

from __future__ import annotations

import argparse
import http.server
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from as_installed import hiding_dir

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "archiver" / "samples" / "globalresearch-lendman.html"
VALGRIND = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]


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


def instructions(cmd: list[str], env: dict[str, str], cwd: str) -> int:
    """The instructions valgrind counted in ``cmd`` (its children not followed)."""
    proc = subprocess.run([*VALGRIND, *cmd], env=env, cwd=cwd, capture_output=True, text=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", proc.stderr)
    if proc.returncode not in (0, 1) or found is None:
        sys.exit(f"{' '.join(cmd[:4])} ...: exit {proc.returncode}: {proc.stderr.strip()[-400:]}")
    return int(found.group(1).replace(",", ""))


def archive_url(trees: list[Path], runs: int, tmp: Path) -> dict[Path, list[int]]:
    """Instructions of ``archive URL`` per tree, ``runs`` each, trees taking turns."""
    _Handler.body = SEED.read_bytes()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/article"
    hide = hiding_dir(tmp / "hide")
    envs = {}
    for i, tree in enumerate(trees):
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(hide), str(tree)]), "PYTHONHASHSEED": "0",
               "ARCHIVER_KEY_DIR": str(tmp / f"keys{i}"), "ARCHIVER_STORE": str(tmp / f"store{i}"),
               "PYTHONPYCACHEPREFIX": str(tmp / "pycache")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        envs[tree] = env
    cmd = [sys.executable, "-m", "archiver", "archive", url]
    try:
        for tree in trees:  # the store, its key and log, the bytecode cache
            subprocess.run(cmd, env=envs[tree], cwd=str(tmp), capture_output=True, check=True)
        found: dict[Path, list[int]] = {tree: [] for tree in trees}
        for _ in range(runs):
            for tree in trees:
                found[tree].append(instructions(cmd, envs[tree], str(tmp)))
        return found
    finally:
        server.shutdown()


def per_capture(tree: Path, low: int, high: int) -> float:
    """Instructions of one batch-page capture in ``tree``'s ``bench_commit.py``: the slope between two runs."""
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}

    def run(n: int) -> int:
        return instructions([sys.executable, str(tree / "bench" / "bench_commit.py"), "--page", "batch",
                             "--captures", str(n), "--text-slice", "16"], env, str(tree))

    return (run(high) - run(low)) / (high - low)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", action="append", type=Path, default=None,
                        help="a checkout of archiver to measure (repeatable; default: this one)")
    parser.add_argument("--runs", type=int, default=2, help="archive URL runs per tree")
    parser.add_argument("--captures", type=int, nargs=2, default=(10, 40), metavar=("LO", "HI"))
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (apt-get install valgrind)")
    trees = [t.resolve() for t in args.tree] if args.tree else [REPO]
    with tempfile.TemporaryDirectory(prefix="bench-instructions-") as tmp:
        archived = archive_url(trees, args.runs, Path(tmp))
    low, high = args.captures
    print(f"instructions (valgrind I refs; load {os.getloadavg()[0]:.1f}, which does not move them)")
    for tree in trees:
        runs = archived[tree]
        print(f"  {tree}: archive URL {statistics.median(runs) / 1e6:,.1f}M (runs {', '.join(f'{r / 1e6:,.1f}M' for r in runs)}); "
              f"a batch-page capture {per_capture(tree, low, high) / 1e6:,.2f}M ({low} -> {high} captures)", flush=True)
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        sys.exit(main())
