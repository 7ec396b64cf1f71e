"""Which tests cost the suite's CPU: a report of the per-test CPU log ``tests/conftest.py`` writes.

Wall time on a shared 2-core machine says little; CPU time (user + system) of the test process
and of the processes it started (``archiver`` subprocesses, Chromium and its helpers, read live
from /proc while they run, so an idle pooled browser is charged to the tests during which it
spent the time) is what a test costs. ``tests/conftest.py`` records it per test (set-up, call and
tear-down; a module- or session-scoped fixture is charged to the test that builds or tears it
down) when ``ARCHIVER_TEST_CPU_LOG`` names a file; this prints the top tests and files::

    ARCHIVER_TEST_CPU_LOG=/tmp/cpu.txt make test
    python bench/cpu_per_test.py /tmp/cpu.txt [--top 40] [--files tests/test_a.py ...]

(One count, in conftest: a second plugin here measuring the same way was folded into this report.)
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path


def _rows(path: str) -> list[dict[str, object]]:
    """The log's lines (``own children worker nodeid``) as rows."""
    rows: list[dict[str, object]] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split(" ", 3)
        if len(parts) == 4:
            rows.append({"self": float(parts[0]), "children": float(parts[1]), "test": parts[3]})
    return rows


def _report(path: str, top: int, files: list[str]) -> None:
    """Print the ``top`` tests by CPU, the CPU per file, and the named files' totals."""
    rows: list[dict] = _rows(path)
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
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        main(sys.argv[1:])
