"""How long ``browser_procs.kill_all`` takes at a SIGTERM during a browser capture, and why.

Run: ``PYTHONPATH=. .venv/bin/python bench/bench_kill_all.py [--runs 5] [--busy N]``

Each run is a process of its own that captures the test site's page that never goes idle
(``/endless``, as tests/test_browser_processes.py's SIGTERM test does) in this process's browser
pool and sends itself SIGTERM half a second after the page's load: the handler archiver installs
(``browser._die_of_sigterm``) runs ``kill_all`` (kill and reap every process of Chromium and of
Playwright's driver, remove the launch's temporary folders), then the process dies of the
signal. Printed per run: ``kill_all``'s wall time, the CPU time of the thread that ran it, and
that of the process's other threads meanwhile (a thread busy in Python holds the GIL for the
switch interval each time ``kill_all``'s thread gives it up for a read of ``/proc`` or a
removal). ``--busy N`` starts N threads that spin in Python all along (as extractions of a
``batch --threads`` may). Keys, store and ``TMPDIR`` are temporary folders of the run.

Before this pass, a capture's wait for network-idle spun on its dead page once the driver was
killed (every call refused at once), and that thread alone made kill_all take 0.5-1.2 s.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, os, signal, sys, threading, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
root, busy = Path(sys.argv[2]), int(sys.argv[3])
from browser_site import start_site
from archiver.archive import Archive
from archiver.capture import browser, browser_procs
from archiver.capture.fetch import FetchOptions

def cpu():
    ticks = {}
    for thread in threading.enumerate():
        try:
            stat = Path(f"/proc/self/task/{thread.native_id}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, TypeError):
            continue
        ticks[thread.ident] = (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK")
    return ticks

measured = browser_procs.kill_all
def kill_all(*args, **kwargs):
    before, started, own = cpu(), time.monotonic(), time.thread_time()
    try:
        return measured(*args, **kwargs)
    finally:
        wall, own = time.monotonic() - started, time.thread_time() - own
        after = cpu()
        others = sum(t - before.get(i, 0.0) for i, t in after.items() if i != threading.get_ident())
        print(json.dumps({"wall": wall, "cpu": own, "others": others}), flush=True)
browser_procs.kill_all = kill_all

def spin():
    while True:
        pass
for _ in range(busy):
    threading.Thread(target=spin, daemon=True).start()
(root / "site").mkdir()
site = start_site(root / "site")
browser.after_load(lambda: (time.sleep(0.5), os.kill(os.getpid(), signal.SIGTERM)))
with Archive.open(root / "store", key_dir=root / "keys", fetch_options=FetchOptions(total_timeout=60)) as arc:
    arc.capture_with_browser(site.endless, browser.BrowserOptions())
"""


def one_run(busy: int) -> dict[str, float]:
    root = Path(tempfile.mkdtemp(prefix="killall-"))
    try:
        (root / "tmp").mkdir()
        env = {**os.environ, "PYTHONPATH": str(REPO), "ARCHIVER_KEY_DIR": str(root / "keys"),
               "TMPDIR": str(root / "tmp")}
        done = subprocess.run([sys.executable, "-c", CHILD, str(REPO / "tests"), str(root), str(busy)], env=env,
                              capture_output=True, text=True, timeout=120)
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if not lines:
            raise SystemExit(f"no kill_all measured (exit {done.returncode}): {done.stderr[-2000:]}")
        left = sorted(p.name for p in (root / "tmp").iterdir())
        if left:
            raise SystemExit(f"left in TMPDIR: {left}")
        return dict(json.loads(lines[0]))
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--busy", type=int, default=0, help="threads spinning in Python beside the capture")
    args = parser.parse_args()
    if not (shutil.which("chromium") or shutil.which("chromium-browser")):
        raise SystemExit("no Chromium on PATH")
    runs = [one_run(args.busy) for _ in range(args.runs)]
    for n, run in enumerate(runs, 1):
        print(f"run {n}: kill_all {run['wall']:.3f} s wall, {run['cpu']:.3f} s CPU; "
              f"other threads {run['others']:.2f} s CPU meanwhile")
    walls = [r["wall"] for r in runs]
    print(f"kill_all at a SIGTERM ({args.busy} busy threads): median {statistics.median(walls):.3f} s, "
          f"max {max(walls):.3f} s over {len(runs)} runs")


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        main()
