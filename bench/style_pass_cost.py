"""CPU of the ``<style>`` hiding pass (:func:`archiver.extract.style_rules.style_hidden`) on the benchmark pages.

    .venv/bin/python bench/style_pass_cost.py [--warm]            # this tree's figures
    .venv/bin/python bench/style_pass_cost.py --profile 20         # cProfile of the 20 costliest pages
    .venv/bin/python bench/style_pass_cost.py --ab BASE_TREE NEW_TREE [--rounds 4]

Every page of :mod:`extract_fingerprint`'s sets is decoded and parsed as extraction parses it
(``decode_html``, ``parse_html``); a page whose ``<style>`` texts may hide
(:func:`~archiver.extract.style_texts.may_hide`: the pages the pass runs on) is passed to
``style_hidden`` under ``time.process_time``, with its caches (parsed style texts, selectors) emptied
first unless ``--warm`` (then they are kept from page to page, in file order, as one batch process
keeps them). Prints the count, the total CPU seconds and the mean, median, p90 and max milliseconds
a page. ``--profile N`` times every page cold, then runs the N costliest again under cProfile
and prints the functions by their own time. ``--ab`` runs a fresh process per tree and round (base
first in odd rounds, new first in even ones: the machine is shared, alternating is what makes the
two comparable) and prints each tree's figures and the totals' medians. Figures are printed, never
asserted.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import os
import pstats
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _trees(shared: Path) -> list[tuple[str, Any, list[tuple[str, bool]]]]:
    """(file, parsed tree, style texts) of every benchmark page whose styles may hide."""
    sys.path.insert(0, str(HERE))
    from extract_fingerprint import pages  # noqa: PLC0415 - bench/ is put on the path just above

    from archiver.extract.html import decode_html  # noqa: PLC0415 - the tree's own (PYTHONPATH)
    from archiver.extract.style_texts import may_hide, page_styles  # noqa: PLC0415
    from archiver.extract.text import parse_html  # noqa: PLC0415

    out = []
    for _, path, _url in pages(shared):
        tree = parse_html(decode_html(gzip.decompress(Path(path).read_bytes()), None).text)
        if tree is None:
            continue
        texts = page_styles(tree.getroottree().getroot())
        if texts and may_hide(texts):
            out.append((str(Path(path).relative_to(shared)), tree, texts))
    return out


def _clear() -> None:
    from archiver.extract import style_rules  # noqa: PLC0415

    style_rules._PARSED.clear()  # noqa: SLF001 - a bench empties the caches it measures without
    style_rules._selectors.cache_clear()  # noqa: SLF001


def _timed(trees: list[tuple[str, Any, list[tuple[str, bool]]]], warm: bool) -> dict[str, float]:
    """CPU milliseconds of the pass, by page."""
    from archiver.extract.style_rules import style_hidden  # noqa: PLC0415

    out = {}
    _clear()
    for name, tree, texts in trees:
        if not warm:
            _clear()
        start = time.process_time()
        style_hidden(tree, texts)
        out[name] = (time.process_time() - start) * 1000
    return out


def _figures(ms: dict[str, float]) -> str:
    values = sorted(ms.values())
    p90 = values[min(len(values) - 1, int(len(values) * 0.9))]
    return (f"{len(values)} pages, {sum(values) / 1000:.2f} CPU-s: mean {statistics.mean(values):.1f} ms, "
            f"median {statistics.median(values):.1f}, p90 {p90:.1f}, max {values[-1]:.1f}")


def _profile(trees: list[tuple[str, Any, list[tuple[str, bool]]]], n: int) -> None:
    from archiver.extract.style_rules import style_hidden  # noqa: PLC0415

    ms = _timed(trees, warm=False)
    costliest = sorted(trees, key=lambda t: -ms[t[0]])[:n]
    print(f"the {n} costliest: {sum(ms[t[0]] for t in costliest) / 1000:.2f} CPU-s of {_figures(ms)}")
    profiler = cProfile.Profile()
    for _, tree, texts in costliest:
        _clear()
        profiler.enable()
        style_hidden(tree, texts)
        profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


def _ab(base: Path, new: Path, rounds: int, warm: bool, shared: Path) -> None:
    trees = [base.resolve(), new.resolve()]
    totals: dict[Path, list[float]] = {tree: [] for tree in trees}
    for r in range(rounds):
        for tree in trees if r % 2 == 0 else trees[::-1]:
            argv = [sys.executable, __file__, "--child", "--data", str(shared)] + (["--warm"] if warm else [])
            out = subprocess.run(argv, env={**os.environ, "PYTHONPATH": str(tree)}, capture_output=True, text=True,
                                 check=True)
            ms = json.loads(out.stdout)
            totals[tree].append(sum(ms.values()) / 1000)
            print(f"round {r + 1} {'base' if tree == trees[0] else 'new '}: {_figures(ms)}", flush=True)
    for name, tree in zip(("base", "new"), trees, strict=True):
        print(f"{name} {tree}: median {statistics.median(totals[tree]):.2f} CPU-s, "
              f"min {min(totals[tree]):.2f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--warm", action="store_true", help="keep the caches from page to page")
    ap.add_argument("--profile", type=int, metavar="N")
    ap.add_argument("--ab", nargs=2, type=Path, metavar=("BASE", "NEW"))
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--data", type=Path, default=HERE.parents[1] / "shared" / "bench")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not args.child:
        sys.path.insert(0, str(HERE.parent))  # this tree's archiver (a child's is its PYTHONPATH's)
    if args.ab:
        _ab(*args.ab, args.rounds, args.warm, args.data)
        return 0
    trees = _trees(args.data)
    if args.child:
        print(json.dumps(_timed(trees, args.warm)))
    elif args.profile:
        _profile(trees, args.profile)
    else:
        print(_figures(_timed(trees, args.warm)))
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        sys.exit(main())
