"""Start-up cost of one ``archiver`` call: CPU milliseconds per command, median of N runs.

Run: ``.venv/bin/python bench/bench_startup.py [--runs 5] [--tree DIR ...] [--compiles]``

Measures, each in a fresh process (``python -m archiver``, as the ``archiver`` script runs it):

* ``archiver --help``;
* ``archiver archive URL`` of the bundled seed article served from 127.0.0.1 (fetch, WARC,
  extraction, log, index: a whole capture, into a store that already exists);
* ``archiver verify-quote QUOTE --url URL`` against that capture.

CPU is user+sys of the child process (``resource.getrusage(RUSAGE_CHILDREN)`` before and
after), so it does not depend on how busy the machine is the way wall time does; wall time is
printed beside it. Goals (issue 13): ``--help`` under 100 ms, ``archive URL`` under 250 ms.

Each command runs once unmeasured first, with ``PYTHONDONTWRITEBYTECODE`` unset, so Python's
bytecode cache exists as it does in any pip-installed copy; otherwise every run would compile
our ~50 modules from source again, which is no start-up cost a user pays. The cache is kept in
a temporary folder (``PYTHONPYCACHEPREFIX``), so the bench writes nothing into the trees.

The floor: a fresh process that only imports the stack ``archive`` is built on (requests,
trafilatura, click, warcio, sqlite3, cryptography's Ed25519, rfc8785) and a bare ``python -c
pass``, measured in the same run; "ours" is ``archive``'s CPU above that floor (``--help``'s:
above bare Python, as it imports none of the stack), the part this project's code (its imports and
its work) adds. ``archive`` imports exactly the stack's modules (none fewer: trafilatura's package
``__init__`` runs for any of its submodules, and what it adds beyond ``trafilatura.core`` is
already imported by requests and the rest), but with Python's cyclic garbage collector paused
(the ``archiver`` script pauses it from its first import, :mod:`archiver.__main__`); the floor's
process collects as any other, ~15-20 ms of collections that find nothing. So a second floor is
printed: the same imports with the collector paused, what the stack costs as ``archive`` imports
it, and ``archive``'s CPU above it ("above the paused floor": the larger, honest figure of what
our code adds). The goal is judged on ``archive``'s own CPU, whichever floor. ``--tree DIR`` (repeatable) measures other checkouts in the same run, taking
turns run by run, e.g. ``--tree ../main --tree .`` for before and after on a shared machine.

Each tree is measured twice: in this virtual environment, and "as installed": with every
distribution outside archiver's declared dependencies hidden (``bench/as_installed.py``), as
``pip install archiver`` leaves a user's machine. The development tools change the figure:
``requests`` imports ``chardet`` whenever it is installed (``wacz``'s ``frictionless`` brings it),
~15 ms of every start no user pays. The goals are judged on the as-installed figure.

``--compiles`` also counts the regular expressions one ``archive URL`` compiles (in-process,
``re.compile`` recorded) and what compiling them costs, by the module asking: Python's regex
compiler is pure Python, and our patterns were a third of ``archive``'s CPU above the floor.
Each pattern is compiled again alone for the figure (collector off, best of three). That count
is what a process without the pattern cache compiles: the ``archiver`` program itself makes the
patterns written in code from ``archiver/core/re_cache.py``'s file (written by the unmeasured
first run of each command here, as by a user's first run), so the floor's processes, which
compile the stack's ~280 patterns, pay ~30 ms the program no longer does.
"""

from __future__ import annotations

import argparse
import http.server
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from as_installed import hiding_dir

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


STACK = ("import requests, trafilatura, click, warcio, sqlite3, rfc8785; "
         "from cryptography.hazmat.primitives.asymmetric import ed25519")
GOALS = {"archiver --help": 100, "archiver archive URL": 250}
#: What "ours" is measured above: ``--help`` imports none of the stack, ``archive`` all of it
#: (``verify-quote`` only part of it, so it has no such figure).
BASELINE = {"archiver --help": "python -c pass", "archiver archive URL": "floor: the stack's imports only"}
#: The floor as ``archive`` imports the stack: with the collector paused (see the module's docstring).
PAUSED_FLOOR = "floor, collector paused (as archive)"


def cases(url: str) -> dict[str, list[str]]:
    """Label -> command line of every measured process (the floor first)."""
    base = [sys.executable, "-m", "archiver"]
    return {
        "python -c pass": [sys.executable, "-c", "pass"],
        "floor: the stack's imports only": [sys.executable, "-c", STACK],
        PAUSED_FLOOR: [sys.executable, "-c", "import gc; gc.disable(); " + STACK],
        "archiver --help": [*base, "--help"],
        "archiver archive URL": [*base, "archive", url],
        "archiver verify-quote QUOTE --url URL": [*base, "verify-quote", QUOTE, "--url", url],
    }


#: The two ways each tree is measured (see the module's docstring).
VENV, INSTALLED = "this venv", "as installed"


def tree_envs(trees: list[Path], tmp: Path) -> dict[str, dict[str, str]]:
    """Each variant's environment (a tree in this venv, the same tree as installed): its own
    store and key folder, the shared bytecode cache."""
    hide = hiding_dir(tmp / "hide")
    # Each tree is read through its child's PYTHONPATH, never the archiver installed here: this
    # script imports none itself (on purpose, so that the "as installed" variant is the tree as
    # pip would leave it), which is why it puts no tree on its own sys.path.
    envs = {}
    for i, tree in enumerate(trees):
        for how in (VENV, INSTALLED):
            root = tmp / f"tree{i}-{how.replace(' ', '-')}"
            path = [str(hide), str(tree)] if how == INSTALLED else [str(tree)]
            env = {**os.environ, "ARCHIVER_KEY_DIR": str(root / "keys"), "PYTHONPATH": os.pathsep.join(path),
                   "ARCHIVER_STORE": str(root / "store"), "PYTHONPYCACHEPREFIX": str(tmp / "pycache")}
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            root.mkdir()
            envs[f"{tree} ({how})"] = env
    return envs


def measure(url: str, runs: int, envs: dict[str, dict[str, str]],
            tmp: Path) -> dict[str, dict[str, list[tuple[float, float]]]]:
    """(CPU ms, wall ms) samples per variant and command; variants take turns within each run,
    so a change in the machine's load falls on all of them alike."""
    commands = cases(url)
    for env in envs.values():  # creates the store, its log and key, and the bytecode cache
        for cmd in commands.values():
            run(cmd, env, str(tmp))
    samples: dict[str, dict[str, list[tuple[float, float]]]] = {v: {label: [] for label in commands} for v in envs}
    for _ in range(runs):
        for variant, env in envs.items():
            for label, cmd in commands.items():
                samples[variant][label].append(run(cmd, env, str(tmp)))
    return samples


def report(tree: str, samples: dict[str, list[tuple[float, float]]]) -> None:
    """One table: median CPU and wall per command, and the CPU above the floor ("ours")."""
    cpu = {label: statistics.median(s[0] for s in xs) for label, xs in samples.items()}
    wall = {label: statistics.median(s[1] for s in xs) for label, xs in samples.items()}
    print(f"tree {tree}")
    for label in samples:
        base = BASELINE.get(label)
        ours = f"{cpu[label] - cpu[base]:7.0f} ms ours" if base else " " * 15
        goal = f"   (goal: < {GOALS[label]} ms CPU: {'MET' if cpu[label] < GOALS[label] else 'NOT MET'})" \
            if label in GOALS else ""
        print(f"  {label:<40}{cpu[label]:7.0f} ms CPU {wall[label]:7.0f} ms wall{ours}{goal}")
        if base and PAUSED_FLOOR in cpu and label == "archiver archive URL":
            print(f"  {'':<40}{'':>35}{cpu[label] - cpu[PAUSED_FLOOR]:7.0f} ms above the paused floor")


#: Run in a child process with a tree's environment: one in-process ``archiver archive URL``
#: with ``re.compile`` recording each pattern and the module that asked for it (the first
#: frame outside ``re`` and ``archiver/core/lazy_re.py``), then every pattern compiled again,
#: timed alone (garbage collector off, best of three), so that the figure is the compiler's
#: work, not the machine's load or a collection that happened to fall inside a compile.
_COMPILES = r"""
import gc, json, re, sys, time, traceback
from re import _compiler
seen = []
original = re.compile
def recording(pattern, flags=0):
    if isinstance(pattern, str):
        who = "?"
        for frame in reversed(traceback.extract_stack()[:-1]):
            name = frame.filename.replace("\\", "/")
            if "/re/" in name or name.endswith("lazy_re.py") or name == "<string>":
                continue
            if "/archiver/" in name:
                who = "archiver/" + name.rsplit("/archiver/", 1)[1]
            elif "site-packages/" in name:
                who = name.split("site-packages/", 1)[1].split("/")[0]
            else:
                who = "(python)"
            break
        seen.append((who, pattern, int(flags)))
    return original(pattern, flags)
re.compile = recording
from archiver.cli import main
sys.argv = ["archiver", "archive", sys.argv[1]]
try:
    main()
except SystemExit:
    pass
re.compile = original
gc.disable()
out = {}
for who, pattern, flags in seen:
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        _compiler.compile(pattern, flags)
        times.append(time.perf_counter() - t0)
    n, ms = out.get(who, (0, 0.0))
    out[who] = (n + 1, ms + min(times) * 1000)
print("COMPILES " + json.dumps(out))
"""


def compiles(tree: Path, env: dict[str, str], url: str, tmp: Path) -> dict[str, tuple[int, float]]:
    """Patterns compiled in one ``archive URL`` of ``tree``, by the module asking: (count, ms)."""
    proc = subprocess.run([sys.executable, "-c", _COMPILES, url], env=env, cwd=str(tmp), capture_output=True,
                          text=True, check=True)
    line = next(x for x in proc.stdout.splitlines() if x.startswith("COMPILES "))
    return {k: (v[0], v[1]) for k, v in json.loads(line[len("COMPILES "):]).items()}


def report_compiles(found: dict[Path, dict[str, tuple[int, float]]]) -> None:
    """One table: patterns compiled and their compile time per module, a column per tree."""
    trees = list(found)
    modules = sorted({m for f in found.values() for m in f}, key=lambda m: -max(f.get(m, (0, 0.0))[1] for f in found.values()))
    print("re.compile in one `archive URL` (count, ms: each pattern compiled again alone, best of 3), by module asking")
    print(f"  {'':<44}" + "".join(f"{t.name[:22]:>24}" for t in trees))
    for label, keep in (("ours (archiver/*)", lambda m: m.startswith("archiver/")),
                        ("others", lambda m: not m.startswith("archiver/"))):
        totals = [(sum(n for m, (n, _) in f.items() if keep(m)), sum(ms for m, (_, ms) in f.items() if keep(m)))
                  for f in found.values()]
        print(f"  {label:<44}" + "".join(f"{n:>12d} {ms:8.1f} ms" for n, ms in totals))
    for m in modules:
        row = [found[t].get(m, (0, 0.0)) for t in trees]
        if max(ms for _, ms in row) >= 0.5:
            print(f"    {m:<42}" + "".join(f"{n:>12d} {ms:8.1f} ms" for n, ms in row))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--compiles", action="store_true",
                        help="also count the regex compiles of one `archive URL` and their cost, by module")
    parser.add_argument("--tree", action="append", type=Path, default=None,
                        help="a checkout of archiver to measure (repeatable; default: this one)")
    args = parser.parse_args()
    trees = [t.resolve() for t in args.tree] if args.tree else [REPO]

    _Handler.body = SEED.read_bytes()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/article"

    print(f"{args.runs} runs each, fresh processes, load average {os.getloadavg()[0]:.1f}, "
          f"{os.cpu_count()} CPUs; median CPU (user+sys) and wall; ours = CPU above the floor "
          "(--help: above bare python)")
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        envs = tree_envs(trees, Path(tmp))
        samples = measure(url, args.runs, envs, Path(tmp))
        found = {tree: compiles(tree, envs[f"{tree} ({INSTALLED})"], url, Path(tmp))
                 for tree in trees} if args.compiles else {}
    server.shutdown()
    for variant in envs:
        report(variant, samples[variant])
    if found:
        report_compiles(found)
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        sys.exit(main())
