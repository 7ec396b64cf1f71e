"""How often each "drawn by scripts" signal fires on the DEV side of the fingerprint pages.

    .venv/bin/python bench/extract_fingerprint.py FP.jsonl --jobs 2
    .venv/bin/python bench/script_signals.py FP.jsonl [-v]

Reads each dev-side page (bench_generalise.held_out: never a held-out site) of
bench/extract_fingerprint.py's sets, the article text and visible page text from FP.jsonl, and
the markup evidence with :func:`archiver.extract.scripted.script_evidence`; prints, per signal,
on how many pages the marker is present at all and on how many the rule of
:func:`archiver.extract.scripted.drawn_by_scripts` fires (``-v``: which pages).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_generalise import held_out  # noqa: E402
from extract_fingerprint import SHARED, pages  # noqa: E402

from archiver.extract import scripted  # noqa: E402
from archiver.extract.html import decode_html  # noqa: E402
from archiver.extract.text import parse_html  # noqa: E402
from archiver.extract.unrendered import is_unrendered, unrendered  # noqa: E402


def _hidden_chars(tree: object) -> int:
    """Text of the outermost elements hidden otherwise than by <noscript>/<template> (a style,
    ``hidden``, a closed <details>/<dialog>): the signal the rule leaves out."""
    return sum(len(" ".join(el.text_content().split())) for el in unrendered(tree)
               if el.tag not in ("noscript", "template") and not any(is_unrendered(a) for a in el.iterancestors()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("fingerprint", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    done = {json.loads(line)["file"]: json.loads(line)["result"]
            for line in args.fingerprint.read_text(encoding="utf-8").splitlines()}
    present: dict[str, list[str]] = {k: [] for k in ("fallback", "app_root", "island", "js_notice", "hidden")}
    fired: dict[str, list[str]] = {k: [] for k in present}
    n = 0
    for shared, path, url in pages(SHARED):
        if not url or held_out(url):
            continue
        result = done.get(str(Path(path).relative_to(shared))) or {}
        tree = parse_html(decode_html(gzip.decompress(Path(path).read_bytes())).text)
        if tree is None or "error" in result:
            continue
        n += 1
        text, lines = result.get("text") or "", (result.get("page_text") or "").split("\n")
        hidden = _hidden_chars(tree)  # before script_evidence: both only read the tree
        ev = scripted.script_evidence(tree)
        shell = len(text) < scripted.SHELL_MAX_CHARS and sum(map(len, lines)) < scripted.SHELL_MAX_CHARS
        prose = scripted._island_prose(ev.islands)
        notice = sum(len(line) for line in lines if scripted._JS_NOTICE.search(line))
        signals = {
            "fallback": (ev.fallback_chars >= scripted.FALLBACK_MIN_CHARS,
                         ev.fallback_chars >= scripted.FALLBACK_MIN_CHARS
                         and ev.fallback_chars >= scripted.FALLBACK_RATIO * len(text)),
            "app_root": (ev.app_root(), ev.app_root() and shell),
            "island": (prose > 0, shell and prose >= scripted.ISLAND_MIN_CHARS),
            "js_notice": (notice > 0, shell and notice > 0 and 2 * notice >= sum(map(len, lines))),
            # not a rule: would it fire if hidden text counted as the fallback's does?
            "hidden": (hidden >= scripted.FALLBACK_MIN_CHARS,
                       hidden >= scripted.FALLBACK_MIN_CHARS and hidden >= scripted.FALLBACK_RATIO * len(text)),
        }
        for name, (is_present, fires) in signals.items():
            if is_present:
                present[name].append(url)
            if fires:
                fired[name].append(url)
    print(f"{n} dev pages")
    for name in present:
        rule = "would fire" if name == "hidden" else "rule fires"
        print(f"{name:<10} present on {len(present[name]):>3}, {rule} on {len(fired[name]):>3}")
        if args.verbose:
            for url in fired[name]:
                print(f"    fires: {url}")
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        raise SystemExit(main())
