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
ratio (goal from issue 16: within 1.5x of the floor), and how much article text the browser
capture extracted against ``archive URL`` without a browser.
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


def tree_rss(root: int) -> int:
    """Bytes resident in ``root`` and all its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            stat = (proc / "stat").read_text().rsplit(")", 1)[1].split()
            pages = int((proc / "statm").read_text().split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(int(stat[1]), []).append(int(proc.name))
        rss[int(proc.name)] = pages * os.sysconf("SC_PAGE_SIZE")
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, []))
    return total


def measure(cmd: list[str], env: dict[str, str]) -> tuple[float, int, str]:
    """(seconds, peak tree RSS in bytes, stdout) of one command."""
    started = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    peak = [0]

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], tree_rss(proc.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate(timeout=300)
    took = time.monotonic() - started
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err[-2000:]}")
    return took, peak[0], out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
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
    try:
        for i in range(args.runs):
            took, peak, out = measure([py, "-m", "archiver", "--store", str(work / "store"), "archive", site.page,
                                       "--browser", "--ca-bundle", str(site.ca_file), "--json"], env)
            ours.append((took, peak))
            doc = json.loads(out)
            doc = doc[0] if isinstance(doc, list) else doc
            floor.append(measure([py, "-c", FLOOR, chromium, site.page, str(work / f"floor-{i}.png")], env)[:2])
        _, _, http_out = measure([py, "-m", "archiver", "--store", str(work / "store"), "archive", site.page,
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
    b_text = len((doc.get("article") or {}).get("text") or "")
    h_text = len((http_doc.get("article") or {}).get("text") or "")
    print(f"article text     : browser {b_text} chars (script-inserted paragraph "
          f"{'found' if ARTICLE_TEXT in (doc.get('article') or {}).get('text', '') else 'MISSING'}), "
          f"HTTP mode {h_text} chars")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
