"""Stress: a SIGTERM'd ``archive --browser`` leaves no Chromium process or folder behind, under CPU load.

Run: ``PYTHONPATH=. .venv/bin/python bench/stress_sigterm_reap.py [--runs 20] [--load N]
[--after renderer|chromium|driver|start] [--jitter S]``

The scenario of tests/test_browser_processes.py's
``test_sigterm_during_a_browser_capture_leaves_no_process_or_temporary_folder_behind``, repeated: ``archiver
archive URL --browser`` on the local test site's page that never goes idle, SIGTERM once a
renderer is up (after a random extra 0-0.5 s; ``--after chromium`` counts from Chromium's main
process appearing, which hits its start-up, crash handlers and all; ``--after driver`` from
Playwright's driver appearing, before its pid is known; ``--after start`` from the command's
start), then every process started under the command
(watched from /proc while it ran) must be gone, none ``<defunct>``, and its temporary directory
(a fresh ``TMPDIR`` for each run) empty: no browser profile, no Chromium singleton socket's
folder, no Playwright artifacts folder.

As in a pytest worker that ran an in-process browser test, this process is made a *child
subreaper* first (``browser_procs.adopt_orphans``): what the command leaves behind becomes this
process's child, running or a zombie, instead of init's (which reaps zombies at once and so
hides them). ``--load`` busy-loop processes (default: one per core) keep the CPUs busy while
it runs, which widens the window between Chromium's processes being killed and being reaped.

Prints one line per run that left something (pid, state, parent, command; or the folder) and
the failure rate. Whatever was left is killed and reaped here before the script ends.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
if not os.environ.get("PYTHONPATH"):  # this tree's archiver, unless PYTHONPATH names the tree to read
    sys.path.insert(0, str(REPO))


def _busy_loops(count: int) -> list[subprocess.Popen[bytes]]:
    """``count`` processes that spin on a CPU each until killed."""
    return [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(count)]


def _clear(left_pids: list[int]) -> None:
    """Kill and reap what a run left (this process is their subreaper, so they are ours)."""
    for pid in left_pids:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)
    for pid in left_pids:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)


def _chromium_among(watch: object) -> bool:
    """Whether Chromium's main process is among the watched processes (it is being launched)."""
    for pid in list(watch.seen):  # type: ignore[attr-defined]
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if cmdline.split(b"\0")[0].endswith(b"/chromium") and b"--type=" not in cmdline:
            return True
    return False


def _driver_among(watch: object) -> bool:
    """Whether Playwright's driver (node) is among the watched processes (it is starting)."""
    for pid in list(watch.seen):  # type: ignore[attr-defined]
        try:
            if Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[0].endswith(b"/node"):
                return True
        except OSError:
            continue
    return False


def _started(_watch: object) -> bool:
    return True


READY = {"renderer": "_renderer_among", "chromium": "_chromium_among", "driver": "_driver_among",
         "start": "_started"}


def one_run(site: object, chromium: str, tmp: Path, jitter: float, *, after: str, verbose: bool = False) -> list[str]:
    """One SIGTERM'd browser capture; what it left (described), after killing and reaping it."""
    from cli import start_cli_process
    from test_browser_processes import LIMIT, Watch, _renderer_among

    watch = Watch()
    own_tmp = tmp / "t"  # (short: Chromium's singleton socket's path, in TMPDIR, must fit in 107 bytes)
    own_tmp.mkdir()
    proc = start_cli_process("archive", site.endless, "--browser", "--chromium", chromium,  # type: ignore[attr-defined]
                             "--ca-bundle", str(site.ca_file), "--json",  # type: ignore[attr-defined]
                             store=tmp / "store", env={**watch.env(), "TMPDIR": str(own_tmp)})
    deadline = time.monotonic() + LIMIT
    ready = _renderer_among if after == "renderer" else globals()[READY[after]]
    while proc.poll() is None and time.monotonic() < deadline and not ready(watch):
        watch.poll()
        time.sleep(0.03)
    if proc.poll() is not None:
        proc.communicate()
        return [f"the capture ended (exit {proc.returncode}) before its page was open"]
    end = time.monotonic() + jitter
    while time.monotonic() < end:
        watch.poll()
        time.sleep(0.03)
    seen = len(watch.seen)
    proc.send_signal(signal.SIGTERM)
    sent = time.monotonic()
    watch.watch(proc)
    took = time.monotonic() - sent
    proc.communicate(timeout=LIMIT)
    left = watch.remaining()
    if verbose:
        print(f"  {seen} processes seen at the SIGTERM, {len(watch.seen)} in all; exit {proc.returncode} "
              f"{took:.2f} s after it", flush=True)
    if proc.returncode != -signal.SIGTERM:
        left.append(f"exit {proc.returncode}, not SIGTERM")
    left += [f"folder {path.name} left in TMPDIR" for path in sorted(own_tmp.iterdir())]
    _clear([int(line.split()[0]) for line in left if line.split()[0].isdigit()])
    return left


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--load", type=int, default=os.cpu_count() or 1, help="busy-loop processes")
    parser.add_argument("--jitter", type=float, default=0.5, help="the SIGTERM comes 0-JITTER s after")
    parser.add_argument("--after", choices=sorted(READY), default="renderer",
                        help="count the jitter from a renderer appearing (as the test does), from Chromium's "
                             "main process appearing, or from the command's start")
    parser.add_argument("-v", "--verbose", action="store_true", help="a line for every run")
    parser.add_argument("--no-subreaper", action="store_true", help="leave orphans to init (hides the race)")
    args = parser.parse_args()

    from browser_site import start_site

    from archiver.capture import browser_procs
    from archiver.capture.browser import find_chromium

    chromium = find_chromium()
    if not args.no_subreaper and not browser_procs.adopt_orphans():
        print("cannot become a child subreaper here (not Linux?)", file=sys.stderr)
        return 2
    failures = 0
    with tempfile.TemporaryDirectory(prefix="stress-reap-") as root:
        # the runs' signing keys go with their stores, never into the user's key folder
        os.environ["ARCHIVER_KEY_DIR"] = str(Path(root) / "keys")
        (Path(root) / "site").mkdir()
        site = start_site(Path(root) / "site")
        load = _busy_loops(args.load)
        try:
            for n in range(args.runs):
                tmp = Path(root) / f"run{n}"
                tmp.mkdir()
                left = one_run(site, chromium, tmp, random.uniform(0.0, args.jitter), after=args.after, verbose=args.verbose)
                if left:
                    failures += 1
                    print(f"run {n + 1}: {len(left)} left:", *left, sep="\n  ", flush=True)
        finally:
            for p in load:
                p.kill()
                p.wait()
            site.close()
    print(f"{failures} of {args.runs} runs left processes or folders behind "
          f"(load {args.load} busy loops, subreaper {'no' if args.no_subreaper else 'yes'})")
    return 1 if failures else 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        sys.exit(main())
