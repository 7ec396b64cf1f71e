"""Browser capture cost: ``archiver archive --browser`` against Playwright alone, same page, same run.

Run: ``.venv/bin/python bench/bench_browser.py [--runs 3]``

Serves the local browser test site (tests/browser_site.py: a JavaScript-rendered article, CSS
through a redirect, an HTTPS image, an XHR, a lazy image, a 404) and, ``--runs`` times each:

* ours: ``archiver archive URL --browser`` in a fresh process (Chromium through the recording
  proxy, network-idle, scroll, screenshot, rendered DOM, extraction, WARC, log, index);
* floor: a fresh Python process where Playwright alone launches the same Chromium, loads the
  page to network-idle and takes a full-page screenshot, with no proxy and nothing stored.

Prints seconds per page (median) and peak memory (sum of the resident sizes of the whole
process tree: Python, Playwright's driver, every Chromium process; sampled every 50 ms), the
ratio (goal from issue 16: within 1.5x of the floor), the CPU time of each process tree (median;
on a shared machine steadier than wall time; every process of the tree as /proc showed it,
Chromium's crash handlers and zygotes included), beside the part of it the command waited for
(what ``time`` shows: the floor leaves Chromium's zygotes and crash handlers to init, and
``archive --browser`` did too before it reaped them), and how much article text the browser
capture extracted against ``archive URL`` without a browser.

``--phases`` also prints when each step ended (median ms since the process started) and, at
the steps both have, how far behind the floor we are and which stretch added it: ours from the
marks ``archiver.capture.browser.mark`` writes (``ARCHIVER_BROWSER_PHASES``), the floor from
the same marks in a copy of its script (only with ``--phases``; without it the floor runs
exactly the script above).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

FLOOR = """
import sys
from playwright.sync_api import sync_playwright
exe, url, out = sys.argv[1:4]
with sync_playwright() as pw:
    browser = pw.chromium.launch(executable_path=exe, headless=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(url, wait_until="networkidle")
    page.screenshot(path=out, full_page=True)
    browser.close()
"""

FLOOR_PHASES = """
import json, sys, time
marks = []
from playwright.sync_api import sync_playwright
marks.append(("imports", time.time()))
exe, url, out, phases = sys.argv[1:5]
with sync_playwright() as pw:
    marks.append(("playwright_start", time.time()))
    browser = pw.chromium.launch(executable_path=exe, headless=True)
    marks.append(("browser_launch", time.time()))
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    marks.append(("context", time.time()))
    page.goto(url, wait_until="networkidle")
    marks.append(("networkidle", time.time()))
    page.screenshot(path=out, full_page=True)
    marks.append(("screenshot", time.time()))
    browser.close()
    marks.append(("browser_close", time.time()))
marks.append(("playwright_stop", time.time()))
marks.append(("exit", time.time()))
with open(phases, "w") as fh:
    json.dump(marks, fh)
"""


#: Set in each measured command's environment: its value marks the processes started under it
#: that are nobody's descendants (Chromium's double-forked crash handlers, orphans left to init).
MARK_VAR = "BENCH_BROWSER_MARK"


class Tree:
    """The processes of one measured command, sampled from /proc: its descendants and every
    process carrying its mark, each known by pid and start time, with the most CPU time (own
    user + system, clock ticks) seen of each before it went."""

    def __init__(self, root: int, mark: str) -> None:
        self.root, self.needle = root, f"\0{MARK_VAR}={mark}\0".encode()
        self.cpu: dict[tuple[int, int], int] = {}
        self._read: set[tuple[int, int]] = set()

    def sample(self) -> int:
        """Record the tree's processes and their CPU; return the bytes resident in it now."""
        stats: dict[int, tuple[int, int, int, int]] = {}  # pid -> (parent, start, cpu ticks, rss bytes)
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit():
                continue
            try:
                stat = (proc / "stat").read_text().rsplit(")", 1)[1].split()
                pages = int((proc / "statm").read_text().split()[1])
            except (OSError, IndexError, ValueError):
                continue  # gone, or exited and not yet reaped (no statm)
            stats[int(proc.name)] = (int(stat[1]), int(stat[19]), int(stat[11]) + int(stat[12]),
                                     pages * os.sysconf("SC_PAGE_SIZE"))
        ours = {pid for pid, (_, start, _, _) in stats.items() if self._marked(pid, start)}
        for _ in range(8):  # descendants (a child listed before its parent is taken on the next pass)
            more = {pid for pid, (ppid, _, _, _) in stats.items() if ppid in ours or pid == self.root} - ours
            if not more:
                break
            ours |= more
        for pid in ours:
            key = (pid, stats[pid][1])
            self.cpu[key] = max(self.cpu.get(key, 0), stats[pid][2])
        return sum(stats[pid][3] for pid in ours)

    def _marked(self, pid: int, start: int) -> bool:
        if (pid, start) in self.cpu:
            return True
        if (pid, start) in self._read:
            return False
        self._read.add((pid, start))
        try:
            return self.needle in b"\0" + Path(f"/proc/{pid}/environ").read_bytes()
        except OSError:
            return False

    def seconds(self) -> float:
        return sum(self.cpu.values()) / os.sysconf("SC_CLK_TCK")


CPU: list[float] = []  # CPU seconds (user + system, whole process tree) of each measured command
SEEN_CPU: list[float] = []  # the same, as /proc showed every process of its tree (see Tree)


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(cmd: list[str], env: dict[str, str], phases: Path | None = None
            ) -> tuple[float, int, str, dict[str, float]]:
    """(seconds, peak tree RSS in bytes, stdout, marks) of one command; the marks (read from what
    the command wrote to ``phases``) are ms from the start of the process to each step's end,
    ``end`` being the end of the process. Its CPU time (every process of its tree that was waited
    for, Chromium's included) is appended to :data:`CPU`."""
    cpu_start = children_cpu()
    wall_start = time.time()
    started = time.monotonic()
    mark = os.urandom(8).hex()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**env, MARK_VAR: mark},
                            text=True)
    peak = [0]
    tree = Tree(proc.pid, mark)

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], tree.sample())
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate(timeout=300)
    took = time.monotonic() - started
    wall_end = time.time()
    CPU.append(children_cpu() - cpu_start)
    sampler.join()
    SEEN_CPU.append(tree.seconds())
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err[-2000:]}")
    marks: dict[str, float] = {}
    if phases is not None:
        for name, when in [*json.loads(phases.read_text()), ("end", wall_end)]:
            marks[name] = (when - wall_start) * 1000
    return took, peak[0], out, marks


#: Steps both runs have: the gap between ours and the floor at each, and how much it grew since
#: the previous one, say which stretch of the run our extra time is spent in.
COMMON = ("playwright_start", "browser_launch", "context", "networkidle", "screenshot", "end")


def print_phases(ours: list[dict[str, float]], floor: list[dict[str, float]]) -> None:
    """Each step's end (median ms since the process started), ours beside the floor's, in our order.

    Ours has two threads (the CLI's and the browser's): a row is when that step ended, whichever
    thread did it, so the rows read as one timeline. At the steps both have, ``gap`` is how far
    behind the floor we are and ``grew`` how much of that the stretch since the previous such
    step added.
    """
    def median_at(runs: list[dict[str, float]], name: str) -> float | None:
        values = [r[name] for r in runs if name in r]
        return statistics.median(values) if values else None

    names = sorted(dict.fromkeys([*ours[0], *floor[0]]),
                   key=lambda n: median_at(ours, n) if n in ours[0] else (median_at(floor, n) or 0.0))
    print(f"{'step ended (median ms since start)':<36}{'ours':>7}{'floor':>7}{'gap':>7}{'grew':>7}")
    last_gap = 0.0
    for name in names:
        mine, theirs = median_at(ours, name), median_at(floor, name)
        cells = "".join(f"{v:7.0f}" if v is not None else f"{'':>7}" for v in (mine, theirs))
        extra = ""
        if name in COMMON and mine is not None and theirs is not None:
            gap = mine - theirs
            extra = f"{gap:7.0f}{gap - last_gap:+7.0f}"
            last_gap = gap
        print(f"  {name:<34}{cells}{extra}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--phases", action="store_true", help="also print where the time goes, step by step")
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("bench_browser: skipped, no Chromium on PATH (Debian package 'chromium')")
        return
    from browser_site import ARTICLE_TEXT, start_site

    work = Path(tempfile.mkdtemp(prefix="bench-browser-"))
    site = start_site(work)
    env = {**os.environ, "ARCHIVER_KEY_DIR": str(work / "keys"), "PYTHONPATH": str(REPO)}
    py = sys.executable
    ours, floor = [], []
    ours_cpu, floor_cpu = [], []
    ours_seen, floor_seen = [], []
    ours_steps, floor_steps = [], []
    try:
        for i in range(args.runs):
            marks = work / f"ours-{i}.json" if args.phases else None
            run_env = {**env, "ARCHIVER_BROWSER_PHASES": str(marks)} if marks else env
            took, peak, out, steps = measure([py, "-m", "archiver", "--store", str(work / "store"), "archive",
                                              site.page, "--browser", "--ca-bundle", str(site.ca_file), "--json"],
                                             run_env, marks)
            ours.append((took, peak))
            ours_cpu.append(CPU[-1])
            ours_seen.append(SEEN_CPU[-1])
            ours_steps.append(steps)
            doc = json.loads(out)
            doc = doc[0] if isinstance(doc, list) else doc
            shot = str(work / f"floor-{i}.png")
            if args.phases:
                marks = work / f"floor-{i}.json"
                took, peak, _, steps = measure([py, "-c", FLOOR_PHASES, chromium, site.page, shot, str(marks)],
                                               env, marks)
                floor_steps.append(steps)
            else:
                took, peak, _, _ = measure([py, "-c", FLOOR, chromium, site.page, shot], env)
            floor.append((took, peak))
            floor_cpu.append(CPU[-1])
            floor_seen.append(SEEN_CPU[-1])
        _, _, http_out, _ = measure([py, "-m", "archiver", "--store", str(work / "store"), "archive", site.page,
                                  "--json"], env)
    finally:
        site.close()
    http_doc = json.loads(http_out)
    http_doc = http_doc[0] if isinstance(http_doc, list) else http_doc
    s_ours, s_floor = statistics.median(t for t, _ in ours), statistics.median(t for t, _ in floor)
    m_ours, m_floor = max(m for _, m in ours), max(m for _, m in floor)
    print(f"pages: 1 local page x {args.runs} runs, Chromium {chromium}")
    print(f"archive --browser: {s_ours:.2f} s/page, peak {m_ours / 2**20:.0f} MiB (process tree)")
    print(f"playwright alone : {s_floor:.2f} s/page, peak {m_floor / 2**20:.0f} MiB (no proxy, nothing stored)")
    print(f"ratio            : {s_ours / s_floor:.2f}x time, {m_ours / m_floor:.2f}x memory (goal: <= 1.5x)")
    c_ours, c_floor = statistics.median(ours_seen), statistics.median(floor_seen)
    print(f"CPU (tree)       : {c_ours:.2f} s/page ours, {c_floor:.2f} s/page floor, {c_ours / c_floor:.2f}x "
          "(every process of each tree, as /proc showed it; less sensitive than wall time to a busy machine)")
    w_ours, w_floor = statistics.median(ours_cpu), statistics.median(floor_cpu)
    print(f"CPU waited for   : {w_ours:.2f} s/page ours ({w_ours / c_ours:.0%} of it), {w_floor:.2f} s/page floor "
          f"({w_floor / c_floor:.0%}): what `time` shows (the rest ran in processes left to init)")
    b_text = len((doc.get("article") or {}).get("text") or "")
    h_text = len((http_doc.get("article") or {}).get("text") or "")
    print(f"article text     : browser {b_text} chars (script-inserted paragraph "
          f"{'found' if ARTICLE_TEXT in (doc.get('article') or {}).get('text', '') else 'MISSING'}), "
          f"HTTP mode {h_text} chars")
    if args.phases:
        print_phases(ours_steps, floor_steps)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
