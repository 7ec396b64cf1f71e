"""Per-test CPU time of the test suite: a pytest plugin, loaded with ``-p bench.cpu_per_test``.

Wall time on a shared 2-core machine says little; CPU time (user + system) of the test process
and of the children it reaped (``RUSAGE_CHILDREN``: ``archiver`` subprocesses, Chromium and its
helpers) is what a test costs. The plugin measures each test's setup + call + teardown (a
module- or session-scoped fixture is charged to the test that first builds or last tears it down)
and appends one JSON line per test to ``$TEST_CPU_OUT`` (default ``test-cpu.jsonl``); it works
under pytest-xdist (each worker appends its own lines). Summarise with::

    PYTHONPATH=$PWD python -m pytest -n 2 -q -p bench.cpu_per_test
    python bench.cpu_per_test.py test-cpu.jsonl [--top 40] [--files tests/test_a.py ...]

A child still running when a test ends (a browser kept idle for the next test) is read from
/proc at each test's start and end, so its CPU is charged to the tests during which it ran.
(tests/conftest.py has the same count behind ``ARCHIVER_TEST_CPU_LOG``; this one needs no
conftest and writes JSON lines the report below reads.)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest


def _descendants_cpu() -> dict[int, float]:
    """CPU seconds (user + system, with their reaped children's) of each live descendant of this
    process, read from /proc, so that a process that outlives one test (a Chromium kept idle in
    the pool) is charged to the tests during which it spent the time, not to the one that
    happens to reap it."""
    tick = os.sysconf("SC_CLK_TCK")
    cpu: dict[int, float] = {}
    frontier = [os.getpid()]
    while frontier:
        pid = frontier.pop()
        try:
            for task in Path(f"/proc/{pid}/task").iterdir():
                frontier += [int(c) for c in (task / "children").read_text().split()]
            if pid != os.getpid():
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                cpu[pid] = sum(int(f) for f in fields[11:15]) / tick
        except (OSError, ValueError):
            continue
    return cpu


def _reaped() -> float:
    """CPU seconds of the children this process has reaped so far."""
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return kids.ru_utime + kids.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None, Any, None]:
    """Append the CPU of the test's set-up, call and tear-down, in this process and in the
    processes it started (reaped during the test, or alive and spending), to the output file."""
    live0, reaped0, own0 = _descendants_cpu(), _reaped(), time.process_time()
    yield
    own1, reaped1, live1 = time.process_time(), _reaped(), _descendants_cpu()
    live = sum(t - live0.get(pid, 0.0) for pid, t in live1.items())
    gone = sum(t for pid, t in live0.items() if pid not in live1)
    children = reaped1 - reaped0 + live - gone
    line = json.dumps({"test": item.nodeid, "self": round(own1 - own0, 4), "children": round(children, 4)})
    with open(os.environ.get("TEST_CPU_OUT", "test-cpu.jsonl"), "a", encoding="utf-8") as out:
        out.write(line + "\n")


def _report(path: str, top: int, files: list[str]) -> None:
    """Print the ``top`` tests by CPU, the CPU per file, and the named files' totals."""
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        row["cpu"] = row["self"] + row["children"]
    total = sum(r["cpu"] for r in rows)
    print(f"{len(rows)} tests, {total:.1f} CPU-s (self {sum(r['self'] for r in rows):.1f}, "
          f"children {sum(r['children'] for r in rows):.1f})")
    print(f"\ntop {top} tests by CPU (self + children):")
    for r in sorted(rows, key=lambda r: -r["cpu"])[:top]:
        print(f"{r['cpu']:7.2f} {r['self']:6.2f} {r['children']:6.2f}  {r['test']}")
    per_file: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    for r in rows:
        f = per_file[r["test"].split("::")[0]]
        f[0] += r["self"]
        f[1] += r["children"]
        f[2] += 1
    print(f"\ntop {top} files by CPU (cpu self children tests):")
    for name, (own, kids, n) in sorted(per_file.items(), key=lambda kv: -(kv[1][0] + kv[1][1]))[:top]:
        print(f"{own + kids:7.2f} {own:6.2f} {kids:6.2f} {int(n):4d}  {name}")
    if files:
        print("\nnamed files:")
        for name in files:
            own, kids, n = per_file.get(name, (0.0, 0.0, 0))
            print(f"{own + kids:7.2f} {own:6.2f} {kids:6.2f} {int(n):4d}  {name}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--files", nargs="*", default=[])
    args = parser.parse_args(argv)
    _report(args.path, args.top, args.files)


if __name__ == "__main__":
    main(sys.argv[1:])
