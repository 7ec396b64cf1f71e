"""What ``cite --authors corroborated`` keeps of the reported authors, and how often they are right.

    .venv/bin/python bench/cite_authors_share.py [--jobs N]

On every DEV author page (bench_generalise's ``_path_tasks``: the metadata set's dev part with an
author label, scrapinghub, authors-blind2, -blind3, -blind4; never a held-out page), extract the
page as ``archive`` does and read the record's ``author_support``; for ``--authors all`` (every
reported name) and ``--authors corroborated`` (the names whose support is corroborated), print the
names, the share kept, and precision strict (evaluate.py's token equality) and by
``bench_generalise.name_keys``. Names the labeller marked borderline count neither way. Totals
only: no page is ever printed.
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import bench_generalise as bg  # noqa: E402 - after the path is set


def _page_rows(task: tuple[str, str, list[str] | str, list[str], str]) -> list[tuple[str, bool, bool | None, bool | None]]:
    """(set tag, corroborated, right strictly, right by name_keys) of each name one page reports."""
    path, url, gold, border, tag = task
    from archiver.extract import extract_unbounded

    ev = bg._load("evaluate", bg.SHARED / "extraction" / "evaluate.py")
    try:
        article = extract_unbounded(bg._page(Path(path)), url=url)
    except Exception:  # noqa: BLE001 - a page that breaks extraction reports nothing
        return []
    golds, borders = ev._author_set(gold), ev._author_set(border)
    rows = []
    for s in article.author_support or ():
        key = ev._author_set([s.name])
        borderline = bool(key) and key <= borders
        strict = None if borderline else bool(key) and key <= golds
        keyed = bg.name_keys(ev, [s.name])
        fair = None if borderline else bool(keyed) and keyed <= bg.name_keys(ev, gold)
        rows.append((tag, s.corroborated, strict, fair))
    return rows


def _line(label: str, rows: list[tuple[str, bool, bool | None, bool | None]], total: int) -> str:
    judged = [r for r in rows if r[2] is not None]
    n = len(judged)
    right = sum(1 for r in judged if r[2])
    fair = sum(1 for r in judged if r[3])
    share = n / total if total else 0.0
    return (f"{label:<28}{n:>6}{share:>8.3f}{right / n if n else 0:>9.3f}{fair / n if n else 0:>9.3f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    tasks = bg._path_tasks()
    with ProcessPoolExecutor(args.jobs) as pool:
        rows = [r for page in pool.map(_page_rows, tasks, chunksize=8) for r in page]
    print(f"== cite --authors all vs corroborated, dev author pages only ({len(tasks)} pages)")
    print(f"{'set / mode':<28}{'names':>6}{'kept':>8}{'prec':>9}{'~prec':>9}")
    for tag in ("all sets", "md", "sh", "b2", "b3", "b4"):
        sel = [r for r in rows if tag == "all sets" or r[0] == tag]
        total = sum(1 for r in sel if r[2] is not None)
        print(_line(f"{tag}: all", sel, total))
        print(_line(f"{tag}: corroborated", [r for r in sel if r[1]], total))
        print(_line(f"{tag}: left out", [r for r in sel if not r[1]], total))
    print("(kept: share of the judged names `all` cites; ~prec: names compared by bench_generalise.name_keys)")
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        sys.exit(main())
