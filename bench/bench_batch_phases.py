"""Where a batch capture's CPU goes: ``bench/bench_batch.py --skip-wget`` with each worker's
capture phases timed in place, and the batch process's threads.

Run: ``.venv/bin/python bench/bench_batch_phases.py [--urls 1000] [--tree DIR]``

Runs this checkout's (or ``--tree``'s) ``bench/bench_batch.py --skip-wget`` with
``bench/batch_phases`` on PYTHONPATH (its ``sitecustomize`` wraps the phases in every worker
after the fork, see there), then prints, per capture: CPU milliseconds of each phase summed over
the workers (``time.process_time``, outermost call of each timed function), the workers' whole
CPU from fork to exit, their context switches and minor page faults (most are each worker's
first writes to the pages it shares with the fork server: ~5,000 a worker, against 3-4 a capture
in one warm process), and the batch process's reader thread and main thread. What ``bench_commit.py`` measures in one process is the "archiving" phase plus "fetch";
the rest (pipes, slots, the worker's start and close, the fork server, the batch process) is what
a batch adds. Compare trees alternately in one sitting: the figures move with the machine's load.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--urls", type=int, default=1000)
    parser.add_argument("--tree", type=Path, default=REPO, help="the checkout whose bench_batch.py (and archiver) runs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="batch-phases-") as out:
        env = {**os.environ, "BATCH_PHASES_DIR": out, "PYTHONPATH": str(REPO / "bench" / "batch_phases")}
        run = subprocess.run([sys.executable, str(args.tree.resolve() / "bench" / "bench_batch.py"), "--skip-wget",
                              "--urls", str(args.urls)], env=env, capture_output=True, text=True, check=True)
        print("\n".join(line for line in run.stdout.splitlines() if line.strip()))
        workers = [json.loads(p.read_text()) for p in Path(out).glob("worker-*.json")]
        batch = json.loads((Path(out) / "batch-process.json").read_text())
    n = args.urls
    print(f"\n{len(workers)} workers, CPU ms per capture (summed over the workers, divided by {n} captures):")
    print(f"  {'workers, fork to exit':34s} {sum(w['total'] for w in workers) * 1000 / n:7.3f}")
    for label in workers[0]["cpu"] if workers else []:
        seconds = sum(w["cpu"][label] for w in workers)
        count = sum(w["calls"][label] for w in workers)
        print(f"  {label:34s} {seconds * 1000 / n:7.3f}   ({count} calls)")
    for kind in ("voluntary_switches", "involuntary_switches", "minor_faults"):
        print(f"  {kind.replace('_', ' '):34s} {sum(w[kind] for w in workers) / n:7.1f} a capture")
    print(f"batch process: {batch['process'] * 1000 / n:.3f} ms per capture = main thread "
          f"{batch['main_thread'] * 1000 / n:.3f} (its start-up included) + "
          + ", ".join(f"{name} {sec * 1000 / n:.3f}" for name, sec in batch["threads"].items()))
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        sys.exit(main())
