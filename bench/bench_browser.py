"""Browser capture cost: ``archiver archive --browser`` against Playwright alone, same page, same run.

Run: ``.venv/bin/python bench/bench_browser.py [--runs 3] [--tree before=DIR ...] [--no-floor]``

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

Then the CPU seconds of each kind of process (median over the runs): Python, Playwright's driver
(node), Chromium's main process, its zygotes, renderers, GPU process, each utility service
(NetworkService, StorageService, ...) and crash handlers, read from each process's command line
while it ran (a process that exits between two samples loses its last 50 ms: the table's total
is a little below "waited for"). ``--tree LABEL=DIR`` also runs ``archive --browser`` from
another source tree (say an export of main), alternating with this one run by run, so a change
of launch switches is measured before/after in one sitting; every capture's WARC records are
compared with the first one's (types, URLs, payload digests, HTTP heads without dates and
cookies; the screenshot and rendered DOM by block digest).

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
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

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
        self.kinds: dict[tuple[int, int], str] = {}  # what each process is (see process_kind)
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
            # Read again at every sample: a zygote's child takes its title after the fork, and
            # Chromium's main process is Debian's /bin/sh wrapper until that execs it.
            kind = "python (archiver or floor)" if pid == self.root else process_kind(pid)
            if kind != "?" or key not in self.kinds:
                self.kinds[key] = kind
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

    def by_kind(self) -> dict[str, tuple[int, float]]:
        """(processes, CPU seconds) of each kind of process seen in the tree."""
        table: dict[str, tuple[int, float]] = {}
        for key, ticks in self.cpu.items():
            count, seconds = table.get(self.kinds.get(key, "?"), (0, 0.0))
            table[self.kinds.get(key, "?")] = (count + 1, seconds + ticks / os.sysconf("SC_CLK_TCK"))
        return table


def process_kind(pid: int) -> str:
    """What process ``pid`` is, from its command line: Chromium's by ``--type`` (a utility by its
    service), its crash handler, Playwright's driver (node), else the program's name."""
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return "?"
    args = [a.decode(errors="replace") for a in argv if a]
    if not args:
        return "?"  # a zombie: its command line is gone
    if len(args) == 1 and " --" in args[0]:  # a title set by the process itself, one string
        args = args[0].split(" ")
    program = os.path.basename(args[0])
    flags = dict(a[2:].split("=", 1) for a in args[1:] if a.startswith("--") and "=" in a)
    if "crashpad" in program:
        return "crashpad handler"
    if program == "node":
        return "playwright driver (node)"
    if "chrom" not in program and program != "exe":  # (Chromium starts utilities as /proc/self/exe)
        return program
    kind = flags.get("type")
    if kind is None:
        return "chromium browser (main)"
    if kind == "utility":
        return "utility: " + flags.get("utility-sub-type", "?").rsplit(".", 1)[-1]
    return kind


CPU: list[float] = []  # CPU seconds (user + system, whole process tree) of each measured command
SEEN_CPU: list[float] = []  # the same, as /proc showed every process of its tree (see Tree)
KINDS: list[dict[str, tuple[int, float]]] = []  # each command's processes and CPU by kind (Tree.by_kind)


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(cmd: list[str], env: dict[str, str], phases: Path | None = None, cwd: Path | None = None
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
                            text=True, cwd=cwd)
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
    KINDS.append(tree.by_kind())
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


def warc_records(store: Path) -> list[tuple[str, str, str]]:
    """(type, target URI, what the record holds) of each WARC record of one capture's store, in
    order: for request and response records the payload digest and the HTTP head without its
    date-like lines, for the screenshot and rendered DOM (resource records) their block digest."""
    from warcio.archiveiterator import ArchiveIterator

    rows = []
    for path in sorted(store.rglob("*.warc*")):
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                kind = record.rec_type
                if kind not in ("request", "response", "resource"):
                    continue
                head = ""
                if record.http_headers is not None:
                    head = "|".join(f"{k}: {v}" for k, v in record.http_headers.headers
                                    if k.lower() not in ("date", "last-modified", "expires", "cookie"))
                payload = (record.rec_headers.get_header("WARC-Payload-Digest")
                           or record.rec_headers.get_header("WARC-Block-Digest") or "")  # (resources: the block)
                rows.append((kind, record.rec_headers.get_header("WARC-Target-URI") or "", f"{payload} {head}"))
    return rows


def compare_records(label: str, base: list[tuple[str, str, str]], other: list[tuple[str, str, str]]) -> None:
    """Print how ``other``'s WARC records differ from ``base``'s (same URLs, same payloads and heads)."""
    b, o = {(k, u): v for k, u, v in base}, {(k, u): v for k, u, v in other}
    only_b, only_o = sorted(set(b) - set(o)), sorted(set(o) - set(b))
    differ = sorted(key for key in set(b) & set(o) if b[key] != o[key])
    if not (only_b or only_o or differ):
        print(f"  {label}: same {len(b)} records (types, URLs, payload digests, HTTP heads)")
        return
    print(f"  {label}: {len(b)} vs {len(o)} records")
    for key in only_b:
        print(f"    only in the first : {key[0]} {key[1]}")
    for key in only_o:
        print(f"    only in the second: {key[0]} {key[1]}")
    for key in differ:
        print(f"    differs           : {key[0]} {key[1]}\n      {b[key][:300]}\n      {o[key][:300]}")


def print_kinds(columns: dict[str, list[dict[str, tuple[int, float]]]]) -> None:
    """Per kind of process: how many a run started and their CPU seconds (medians over the runs),
    one column pair per measured command, the kinds in the order of the first column's CPU."""
    def median_of(runs: list[dict[str, tuple[int, float]]], kind: str, at: int) -> float:
        return statistics.median(run.get(kind, (0, 0.0))[at] for run in runs)

    first = next(iter(columns.values()))
    kinds = sorted({k for runs in columns.values() for run in runs for k in run},
                   key=lambda k: -median_of(first, k, 1))
    print(f"{'CPU by process (median n, s)':<34}" + "".join(f"{label[:15]:>16}" for label in columns))
    for kind in [*kinds, "total"]:
        cells = []
        for runs in columns.values():
            if kind == "total":
                n = statistics.median(sum(c for c, _ in run.values()) for run in runs)
                cpu = statistics.median(sum(t for _, t in run.values()) for run in runs)
            else:
                n, cpu = median_of(runs, kind, 0), median_of(runs, kind, 1)
            cells.append(f"{n:5.0f} x {cpu:6.2f} s")
        print(f"  {kind[:32]:<32}" + "".join(f"{c:>16}" for c in cells))


def _stop_at_sigterm(signum: int, _frame: object) -> None:
    """A SIGTERM (``timeout``, a stopped job) ends the run as an exception does, so the ``finally``
    closes the site and removes the bench-browser-* folder; Python's default ended it at once."""
    raise SystemExit(128 + signum)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--phases", action="store_true", help="also print where the time goes, step by step")
    parser.add_argument("--tree", action="append", default=[], metavar="LABEL=DIR",
                        help="also run `archive --browser` from this source tree (e.g. main, before a "
                             "change), alternating with this one; compares CPU by process and WARC records")
    parser.add_argument("--no-floor", action="store_true", help="skip Playwright alone (faster A/B runs)")
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("bench_browser: skipped, no Chromium on PATH (Debian package 'chromium')")
        return
    from browser_site import ARTICLE_TEXT, start_site

    trees = {"ours": REPO, **{t.split("=", 1)[0]: Path(t.split("=", 1)[1]).resolve() for t in args.tree}}
    signal.signal(signal.SIGTERM, _stop_at_sigterm)
    work = Path(tempfile.mkdtemp(prefix="bench-browser-"))
    try:
        site = start_site(work)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    env = {**os.environ, "ARCHIVER_KEY_DIR": str(work / "keys"), "PYTHONPATH": str(REPO)}
    py = sys.executable
    floor: list[tuple[float, int]] = []
    floor_cpu: list[float] = []
    floor_seen: list[float] = []
    floor_steps: list[dict[str, float]] = []
    floor_kinds: list[dict[str, tuple[int, float]]] = []
    runs: dict[str, list[tuple[float, int]]] = {label: [] for label in trees}
    cpu: dict[str, list[float]] = {label: [] for label in trees}
    seen: dict[str, list[float]] = {label: [] for label in trees}
    steps_of: dict[str, list[dict[str, float]]] = {label: [] for label in trees}
    kinds: dict[str, list[dict[str, tuple[int, float]]]] = {label: [] for label in trees}
    records: dict[str, list[list[tuple[str, str, str]]]] = {label: [] for label in trees}
    docs: dict[str, dict[str, Any]] = {}
    measured = False
    try:
        for i in range(args.runs):
            for label, tree in trees.items():
                marks = work / f"{label}-{i}.json" if args.phases else None
                run_env = {**env, "PYTHONPATH": str(tree)}
                if marks:
                    run_env["ARCHIVER_BROWSER_PHASES"] = str(marks)
                store = work / f"store-{label}-{i}"
                took, peak, out, steps = measure([py, "-m", "archiver", "--store", str(store), "archive",
                                                  site.page, "--browser", "--ca-bundle", str(site.ca_file),
                                                  "--json"], run_env, marks, cwd=tree)  # (-m puts the cwd first)
                runs[label].append((took, peak))
                cpu[label].append(CPU[-1])
                seen[label].append(SEEN_CPU[-1])
                kinds[label].append(KINDS[-1])
                steps_of[label].append(steps)
                records[label].append(warc_records(store))
                doc = json.loads(out)
                docs[label] = doc[0] if isinstance(doc, list) else doc
            if args.no_floor:
                continue
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
            floor_kinds.append(KINDS[-1])
        _, _, http_out, _ = measure([py, "-m", "archiver", "--store", str(work / "store"), "archive", site.page,
                                  "--json"], env)
        measured = True
    finally:
        site.close()
        if not measured:  # a failed, interrupted or SIGTERMed run leaves no bench-browser-* folder
            shutil.rmtree(work, ignore_errors=True)
    http_doc = json.loads(http_out)
    http_doc = http_doc[0] if isinstance(http_doc, list) else http_doc
    print(f"pages: 1 local page x {args.runs} runs, Chromium {chromium}")
    for label in trees:
        s_ours, m_ours = statistics.median(t for t, _ in runs[label]), max(m for _, m in runs[label])
        c_ours, w_ours = statistics.median(seen[label]), statistics.median(cpu[label])
        print(f"archive --browser ({label}): {s_ours:.2f} s/page, peak {m_ours / 2**20:.0f} MiB (process tree); "
              f"CPU {c_ours:.2f} s/page (tree, every process as /proc showed it), "
              f"{w_ours:.2f} s/page waited for (what `time` shows); runs {' '.join(f'{c:.2f}' for c in seen[label])}")
    if floor:
        s_ours, m_ours = statistics.median(t for t, _ in runs["ours"]), max(m for _, m in runs["ours"])
        s_floor, m_floor = statistics.median(t for t, _ in floor), max(m for _, m in floor)
        c_ours, c_floor = statistics.median(seen["ours"]), statistics.median(floor_seen)
        w_floor = statistics.median(floor_cpu)
        print(f"playwright alone : {s_floor:.2f} s/page, peak {m_floor / 2**20:.0f} MiB (no proxy, nothing stored)")
        print(f"ratio            : {s_ours / s_floor:.2f}x time, {m_ours / m_floor:.2f}x memory (goal: <= 1.5x)")
        print(f"CPU (tree)       : {c_ours:.2f} s/page ours, {c_floor:.2f} s/page floor, {c_ours / c_floor:.2f}x "
              "(every process of each tree, as /proc showed it; less sensitive than wall time to a busy machine)")
        print(f"CPU waited for   : floor {w_floor:.2f} s/page ({w_floor / c_floor:.0%}): the floor leaves "
              "Chromium's zygotes and crash handlers to init")
    print_kinds({**kinds, **({"floor": floor_kinds} if floor else {})})
    print("WARC records (types, URLs, payload digests, HTTP heads without dates and cookies):")
    first = records["ours"][0]
    for label in trees:
        for i, run in enumerate(records[label]):
            if (label, i) != ("ours", 0):
                compare_records(f"ours run 1 vs {label} run {i + 1}", first, run)
    doc = docs["ours"]
    b_text = len((doc.get("article") or {}).get("text") or "")
    h_text = len((http_doc.get("article") or {}).get("text") or "")
    print(f"article text     : browser {b_text} chars (script-inserted paragraph "
          f"{'found' if ARTICLE_TEXT in (doc.get('article') or {}).get('text', '') else 'MISSING'}), "
          f"HTTP mode {h_text} chars")
    if args.phases and floor_steps:
        print_phases(steps_of["ours"], floor_steps)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        main()
