"""CPU of one extraction of the batch page, two checkouts compared in one sitting.

    .venv/bin/python bench/extract_cpu_ab.py BASE_TREE NEW_TREE [--rounds 5] [--extractions 300]

Each round runs, in a fresh process per tree (base first in odd rounds, new first in even ones),
``archiver.extract.extract_unbounded`` on ``bench/bench_batch.py``'s ``seed_page()`` (the 20 KB
article every batch capture of ``bench_batch.py`` extracts) 20 times to warm up, then
``--extractions`` times under ``time.process_time``; each tree's own ``archiver`` and
``bench_batch.py`` are used. Prints each tree's CPU milliseconds per extraction, every round and
their median and minimum, and the difference. The machine is shared: alternating the trees is what
makes the two comparable; figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path


def child(tree: Path, extractions: int) -> None:
    """Print the CPU milliseconds of one extraction of the seed page, in this process."""
    sys.path.insert(0, str(tree / "bench"))
    from bench_batch import seed_page  # noqa: PLC0415 - the tree's own, found on the path just set

    from archiver.extract import extract_unbounded  # noqa: PLC0415 - the tree's own (PYTHONPATH)

    body = seed_page()
    for i in range(20):
        extract_unbounded(body, url=f"http://127.0.0.1:8000/article/{i}", content_type="text/html; charset=utf-8")
    start = time.process_time()
    for i in range(extractions):
        extract_unbounded(body, url=f"http://127.0.0.1:8000/article/{i}", content_type="text/html; charset=utf-8")
    print(f"{(time.process_time() - start) / extractions * 1000:.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--extractions", type=int, default=300)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.extractions)
        return 0
    trees = [args.base.resolve(), args.new.resolve()]
    runs: dict[Path, list[float]] = {tree: [] for tree in trees}
    for r in range(args.rounds):
        for tree in trees if r % 2 == 0 else trees[::-1]:
            out = subprocess.run([sys.executable, __file__, str(tree), str(tree), "--child", str(tree),
                                  "--extractions", str(args.extractions)],
                                 env={**os.environ, "PYTHONPATH": str(tree)}, capture_output=True, text=True, check=True)
            runs[tree].append(float(out.stdout.strip()))
    for name, tree in zip(("base", "new"), trees, strict=True):
        print(f"{name} {tree}: median {statistics.median(runs[tree]):.3f} ms, min {min(runs[tree]):.3f} ms an extraction"
              f"  (rounds: {', '.join(f'{x:.3f}' for x in runs[tree])})")
    base, new = (runs[tree] for tree in trees)
    print(f"new - base: median {statistics.median(new) - statistics.median(base):+.3f} ms, "
          f"min {min(new) - min(base):+.3f} ms")
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        sys.exit(main())
