"""Extraction's CPU by stage: the functions ``archiver.extract._extract_html`` calls, timed in place.

Run: ``.venv/bin/python bench/bench_stages.py [--page batch|sample] [--pages 200] [--tree DIR --rounds 3] [--time MODULE:NAME]``

``--page batch`` (the default) extracts bench/bench_batch.py's 20 KB page ``--pages`` times in one
warm process, as a batch worker does; ``--page sample`` extracts ``--pages`` pages of the shared
metadata set (../shared/bench/metadata, a fixed shuffle) once each, after 100 other pages of it
(one-time set-up such as dateparser's locale tables is not counted, and no page is seen twice, so
nothing a page left in a cache is counted for it). Prints CPU milliseconds per page
(``time.process_time``) of the whole extraction and of each stage: the outermost call of each
timed function only, so a stage's figure holds what it calls (``bare_extraction`` and the
metadata steps are parts of ``main_text``; the candidate search and the line reading parts of
``find_notices``; ``resolve_authors`` part of ``resolve``).

``--tree DIR`` also runs the same measurement with another checkout's ``archiver`` (its
PYTHONPATH), alternating the two trees ``--rounds`` times in fresh processes, and prints the
median of each stage for both: a change measured beside the tree it changes, in one sitting.
The timing wrappers cost about a microsecond a call; the figures compare, they do not add up
to bench_commit.py's extraction figure exactly.

``--time archiver.extract.page_lines:_name_bits`` (repeatable) times one more function, as a row of its
own: a function called many times a page (this one once per new class or id string) is worth
timing only while it is being changed, as its wrapper's microsecond a call counts in the stage
that calls it too (only calls made through the module's attribute are seen).
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):  # this tree's archiver, unless PYTHONPATH names the tree to read
    sys.path.insert(0, str(REPO))
METADATA = REPO.parent / "shared" / "bench" / "metadata"

#: (label, module, attribute path): the stages, in the order _extract_html runs them.
STAGES = (
    ("decode", "archiver.extract", "decode_html"),
    ("parse", "archiver.extract", "parse_html"),
    ("trafilatura (main_text)", "archiver.extract", "main_text"),
    ("  its text stage", "archiver.extract.text", "bare_extraction"),
    ("  its metadata steps", "archiver.extract.text", "_document_metadata"),
    ("head (meta, JSON-LD)", "archiver.extract", "read_head"),
    ("link candidates", "archiver.extract", "link_candidates"),
    ("pictures' captions", "archiver.extract", "under_pictures"),
    ("bare credits", "archiver.extract", "dom_credits"),
    ("script evidence", "archiver.extract", "script_evidence"),
    ("visible lines", "archiver.extract", "visible_lines_with_credits"),
    ("notices", "archiver.extract", "find_notices"),
    ("  candidate lines", "archiver.extract.notices", "_candidates"),
    ("  reading each candidate", "archiver.extract.notices", "classify_line"),
    ("metadata (resolve)", "archiver.extract", "resolve"),
    ("  authors", "archiver.extract.metadata", "resolve_authors"),
    ("boilerplate", "archiver.extract", "remove_boilerplate"),
    ("cited links", "archiver.extract", "cited_links"),
    ("page state", "archiver.extract", "page_state"),
)


def _timed(cpu: dict[str, float], label: str, real: Callable[..., Any]) -> Callable[..., Any]:
    depth = [0]

    def timed(*args: Any, **kwargs: Any) -> Any:
        if depth[0]:
            return real(*args, **kwargs)
        depth[0] += 1
        start = time.process_time()
        try:
            return real(*args, **kwargs)
        finally:
            cpu[label] += time.process_time() - start
            depth[0] -= 1

    return timed


def _pages(kind: str, count: int) -> tuple[list[tuple[bytes, str]], list[tuple[bytes, str]]]:
    """(pages to warm up with, pages to measure)."""
    if kind == "batch":
        sys.path.insert(0, str(REPO / "bench"))
        from bench_batch import seed_page

        page = (seed_page(), "http://127.0.0.2:8000/article/0")
        return [page] * 3, [page] * count
    files = sorted(METADATA.glob("html/*.html.gz"))
    random.Random(13).shuffle(files)
    read = [(gzip.decompress(f.read_bytes()), "https://example.org/article") for f in files[:count + 100]]
    return read[count:], read[:count]


def _stages(extra: list[str]) -> list[tuple[str, str, str]]:
    """:data:`STAGES` and the functions ``--time`` names (``module:name``), each its own row."""
    return [*STAGES, *((f"  {name}", *spec.split(":", 1)) for spec in extra for name in [spec.split(":", 1)[1]])]


def measure(kind: str, count: int, extra: list[str]) -> dict[str, float]:
    """CPU ms per page of the extraction and of each stage, in this process."""
    from archiver.extract import extract

    warm, pages = _pages(kind, count)
    for body, url in warm:
        extract(body, url=url, content_type="text/html; charset=utf-8")
    stages = _stages(extra)
    cpu = dict.fromkeys([label for label, _, _ in stages], 0.0)
    for label, module, name in stages:
        owner = importlib.import_module(module)
        setattr(owner, name, _timed(cpu, label, getattr(owner, name)))
    start = time.process_time()
    for body, url in pages:
        extract(body, url=url, content_type="text/html; charset=utf-8")
    total = time.process_time() - start
    ms = 1000.0 / len(pages)
    return {"extraction": total * ms, **{label: seconds * ms for label, seconds in cpu.items()}}


def _run(tree: Path, kind: str, count: int, extra: list[str]) -> dict[str, float]:
    """:func:`measure` in a fresh process with ``tree``'s archiver."""
    env = {**os.environ, "PYTHONPATH": str(tree)}  # (extraction writes nothing: no key folder needed)
    more = [arg for spec in extra for arg in ("--time", spec)]
    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--page", kind, "--pages", str(count),
                          "--json", *more], env=env, cwd=tree, check=True, capture_output=True, text=True).stdout
    figures: dict[str, float] = json.loads(out)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--page", choices=("batch", "sample"), default="batch",
                        help="batch: bench_batch.py's 20 KB page, repeated; sample: shared metadata pages, once each")
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--tree", type=Path, help="another checkout to measure beside this one, alternating")
    parser.add_argument("--rounds", type=int, default=3, help="alternations with --tree")
    parser.add_argument("--json", action="store_true", help="print this process's figures as JSON")
    parser.add_argument("--time", action="append", default=[], metavar="MODULE:NAME",
                        help="also time this function, as a row of its own (e.g. archiver.extract.page_lines:_name_bits)")
    args = parser.parse_args()
    if args.json:
        print(json.dumps(measure(args.page, args.pages, args.time)))
        return 0
    trees = [REPO] + ([args.tree.resolve()] if args.tree else [])
    rounds = args.rounds if args.tree else 1
    runs: dict[Path, list[dict[str, float]]] = {tree: [] for tree in trees}
    loads = []
    for _ in range(rounds):
        for tree in trees:
            loads.append(os.getloadavg()[0])
            runs[tree].append(_run(tree, args.page, args.pages, args.time))
    what = "bench_batch.py's 20 KB page" if args.page == "batch" else "shared metadata pages, each once"
    print(f"extraction CPU ms per page, {args.pages} pages ({what}); median of {rounds} fresh process(es) per tree; "
          f"load {min(loads):.1f}-{max(loads):.1f}")
    print(f"{'stage':28s}" + "".join(f"{str(tree)[-24:]:>26s}" for tree in trees))
    for label in ["extraction", *[label for label, _, _ in _stages(args.time)]]:
        cells = []
        for tree in trees:
            values = [run[label] for run in runs[tree]]
            spread = f" ({min(values):.2f}-{max(values):.2f})" if len(values) > 1 else ""
            cells.append(f"{statistics.median(values):.2f}{spread}")
        print(f"{label:28s}" + "".join(f"{cell:>26s}" for cell in cells))
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        sys.exit(main())
