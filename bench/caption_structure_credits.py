"""What a credit reader keyed on a caption's STRUCTURE, not its words, would reach and cost (issue 15, capcred60).

    # the first-run dumps, as gen58 made them (bench/notice_first_runs.py's docstring), one per group of sets
    PYTHONPATH=$PWD .venv/bin/python bench/caption_structure_credits.py --dump /tmp/tune.jsonl \\
        bench/labels/notices-blind{8,9,10,11,12,13,14}.jsonl [--now] [-v FORM]

gen58 (bench/labels/README.md) found the blind first runs' misses mostly picture credits in captions whose form the
lexicon lacked (98) or that had no marker at all (40), and suggested, untested, proposing a caption's short second
element as its credit whatever its words. This script proposes, on every page of the given sets, each structural
form's text (below) and counts, per form:

- ``reach``: first-run misses (the dump's labels of class other than ``found``, credits) a proposal matches;
- ``right``: credit labels of the page a proposal matches (found at the first run or not);
- ``border``: proposals matching a borderline text of the page (neither right nor wrong);
- ``wrong``: every other proposal (no label, no borderline): what the form would add as wrong reports before any
  model judged it; with ``--now``, apart, the right and wrong proposals this tree already reports (not added).

The forms, fixed before any page was read (each in a caption block: a ``<figcaption>``, or an element whose class
names a caption, outside menus, sidebars, footers and comments; proposal text at most 80 characters, the caption's
own words before it at least 15):

- ``child:<tag>``: the block's last child element, nothing after it, after the caption's own words (``<span
  class>``, ``<small>``, ``<em>``/``<i>``, ``<cite>``, others);
- ``br``: the block's last line after a ``<br>``;
- ``cite``: any ``<cite>`` in a ``<figcaption>`` (also alone);
- ``sep:<sign>``: the block's text's last segment after " | ", " / ", " — " / " – ", or from a "©".

Each form is counted twice: every proposal (``raw``), and only proposals shaped like a credit (``shaped``: a bare
name's form, :func:`archiver.extract.notice_bare_credits.bare_name`, or a credit marker word, gen58's
``notice_first_runs.MARKER``). Dev sets only (it prints page lines with ``-v``); never unseen or held-out pages.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
if not os.environ.get("PYTHONPATH"):  # this tree's archiver, unless PYTHONPATH names the tree to read
    sys.path.insert(0, str(HERE.parent))
from bench_generalise import page_path  # noqa: E402 - the bench's own page reader
from generalise_run import _page  # noqa: E402
from notice_contexts import SHARED, _load  # noqa: E402
from notice_first_runs import MARKER  # noqa: E402 - gen58's superset of credit marker words

#: The longest proposal, and the fewest characters of the caption's own words before it.
MAX_TEXT = 80
MIN_BEFORE = 15
_CAPTION_CLASS = re.compile(r"caption|cutline|legend|bildunterschrift|didascalia", re.IGNORECASE)
_CHILD_TAGS = {"span": "span", "small": "small", "em": "em/i", "i": "em/i", "cite": "cite"}
_SEPS = {" | ": "|", " / ": "/", " — ": "—", " – ": "—"}


def _text(el) -> str:  # noqa: ANN001
    return " ".join(el.text_content().split())


def _blocks(tree):  # noqa: ANN001, ANN202
    """The page's caption blocks: figcaptions and caption-classed elements not inside another block."""
    from archiver.extract.notice_bare_credits import _in_furniture

    found = []
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "figcaption" or (el.tag not in ("body", "html", "figure", "img")
                                      and _CAPTION_CLASS.search(el.get("class") or "")):
            found.append(el)
    ids = set(found)
    return [b for b in found if not any(a in ids for a in b.iterancestors()) and not _in_furniture(b)]


def proposals(tree) -> list[tuple[str, str]]:  # noqa: ANN001
    """(form, text) for every structural proposal of the page."""
    out: list[tuple[str, str]] = []
    for block in _blocks(tree):
        whole = _text(block)
        if not whole:
            continue
        kids = [k for k in block if isinstance(k.tag, str)]
        if kids:
            last = kids[-1]
            if not (last.tail or "").strip() and last.tag != "br":
                t = _text(last)
                if t and len(t) <= MAX_TEXT and len(whole) - len(t) >= MIN_BEFORE:
                    tag = _CHILD_TAGS.get(last.tag, "other")
                    if tag == "span" and not last.get("class"):
                        tag = "other"
                    out.append((f"child:{tag}", t))
        brs = list(block.iter("br"))
        if brs:
            after = " ".join(((brs[-1].tail or "") + "".join(_text(s) + " " + (s.tail or "")
                                                           for s in brs[-1].itersiblings())).split())
            if after and len(after) <= MAX_TEXT and len(whole) - len(after) >= MIN_BEFORE:
                out.append(("br", after))
        if block.tag == "figcaption":
            out.extend(("cite", t) for c in block.iter("cite") if (t := _text(c)) and len(t) <= MAX_TEXT)
        best = None
        for sep, name in _SEPS.items():
            i = whole.rfind(sep)
            if i >= MIN_BEFORE and (best is None or i > best[0]):
                best = (i, name, whole[i + len(sep):].strip())
        i = whole.rfind("©")
        if i >= MIN_BEFORE and (best is None or i > best[0]):
            best = (i, "©", whole[i:].strip())
        if best and 2 <= len(best[2]) <= MAX_TEXT:
            out.append((f"sep:{best[1]}", best[2]))
    return out


#: Where a first-run credit miss sits against the page's caption blocks (the first that holds).
PLACES = ("a block's whole text", "a child element after the block's own words", "the block's text's end, no element",
          "elsewhere in a block's text", "in no caption block")


def miss_place(blocks: list, label: str, norm) -> str:  # noqa: ANN001
    """Which of :data:`PLACES` a label's text takes in the page's caption blocks."""
    inside = [b for b in blocks if label in norm(_text(b))]
    if not inside:
        return PLACES[4]
    for b in inside:
        if norm(_text(b)) == label or norm(_text(b)).strip("()") == label.strip("()"):
            return PLACES[0]
    for b in inside:
        whole = norm(_text(b))
        for el in b.iter():
            if el is not b and isinstance(el.tag, str) and norm(_text(el)).strip("() ") == label.strip("() ") \
                    and whole.rstrip(").").endswith(label.rstrip(").")) and len(whole) - len(label) >= MIN_BEFORE:
                return PLACES[1]
    if any(norm(_text(b)).rstrip(").").endswith(label.rstrip(").")) for b in inside):
        return PLACES[2]
    return PLACES[3]


def page_rows(task: tuple[str, str, list[str], list[str], list[str], bool]) -> list[tuple]:
    """Per proposal: (form, shaped, class, text, the first-run misses it matches, reported now)."""
    from lxml import html as lh

    from archiver.extract.html import decode_html
    from archiver.extract.notice_bare_credits import bare_name

    path, url, credits, missed, border, now = task
    sc = _load("score", SHARED / "disclaimers" / "score.py")
    try:
        tree = lh.document_fromstring(decode_html(_page(Path(path))).text.encode("utf-8"),
                                      parser=lh.HTMLParser(encoding="utf-8"))
    except Exception:  # noqa: BLE001 - an unreadable page proposes nothing
        return []
    reported: list[str] = []
    if now:
        import archiver.extract as E

        art = E.extract(_page(Path(path)), url=url).to_dict()
        reported = [sc.norm(n["text"]) for n in art.get("disclaimers") or []]
    labels = [sc.norm(t) for t in credits]
    misses = [sc.norm(t) for t in missed]
    borders = [sc.norm(t) for t in border]

    def hit(n: str, targets: list[str]) -> bool:
        return any(sc.matches(t, n, 0.5) for t in targets)

    blocks = _blocks(tree)
    rows: list[tuple] = [("place", miss_place(blocks, m, sc.norm)) for m in misses]
    seen: set[tuple[str, str]] = set()
    for form, text in proposals(tree):
        if (form, text) in seen:
            continue
        seen.add((form, text))
        n = sc.norm(text)
        cls = "right" if hit(n, labels) else "border" if hit(n, borders) else "wrong"
        shaped = bare_name(text) or bool(MARKER.search(text))
        rows.append((form, shaped, cls, text, tuple(m for m in misses if sc.matches(m, n, 0.5)),
                     any(sc.matches(n, r, 0.5) or sc.matches(r, n, 0.5) for r in reported)))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--dump", type=Path, required=True, help="notice_misses.py --dump of the sets' first-run trees")
    ap.add_argument("--now", action="store_true", help="also extract each page with this tree (already reported?)")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("-v", "--verbose", metavar="FORM", help="list the proposals of one form (dev sets only)")
    args = ap.parse_args()
    missed: dict[tuple[str, str], list[str]] = defaultdict(list)
    first_misses = 0
    for r in (json.loads(x) for x in args.dump.open(encoding="utf-8") if x.strip()):
        if r["class"] != "found" and r["kind"] == "image_credit":
            missed[r["set"], Path(r["file"]).name].append(r["text"])
            first_misses += 1
    tasks = []
    for path in args.sets:
        if "unseen" in path.name:
            raise SystemExit("unseen pages are only ever scored, never read line by line")
        for row in (json.loads(x) for x in path.open(encoding="utf-8") if x.strip()):
            credits = [n["text"] for n in row["notices"] if n["kind"] == "image_credit"]
            tasks.append((str(page_path(row["file"], SHARED)), row["url"], credits,
                          missed.get((path.stem, Path(row["file"]).name), []), row.get("borderline") or [], args.now))
    count: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    reached: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    places: Counter[str] = Counter()
    with ProcessPoolExecutor(args.jobs) as pool:
        for task, rows in zip(tasks, pool.map(page_rows, tasks, chunksize=4), strict=True):
            union: dict[tuple[str, str], tuple] = {}
            for row in rows:
                if row[0] == "place":
                    places[row[1]] += 1
                    continue
                union.setdefault(row[3], row)
            every = [("any form", *row[1:]) for row in union.values()]
            for form, shaped, cls, text, miss, now in [r for r in rows if r[0] != "place"] + every:
                for variant in ("raw", "shaped") if shaped else ("raw",):
                    c = count[form, variant]
                    c[cls] += 1
                    c[f"{cls}_now"] += now
                    reached[form, variant].update((task[0], m) for m in miss)
                if args.verbose == form:
                    print(f"  {cls:<6} {'shaped' if shaped else 'raw':<6} {Path(task[0]).parent.name[8:]:<8} {text[:70]!r}")
    print(f"{len(tasks)} pages, {first_misses} first-run credit misses; where they sit (caption blocks of this script):")
    for place in PLACES:
        print(f"  {place}: {places[place]}")
    print("| form | variant | reach (first-run misses) | right | border | wrong | of them reported now (right / wrong) | right per wrong | added right per added wrong |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for (form, variant), c in sorted(count.items()):
        ratio = f"{c['right'] / c['wrong']:.2f}" if c["wrong"] else "-"
        added = c["wrong"] - c["wrong_now"]
        gain = f"{(c['right'] - c['right_now']) / added:.2f}" if added else "-"
        print(f"| {form} | {variant} | {len(reached[form, variant])} | {c['right']} | {c['border']} | {c['wrong']} | "
              f"{c['right_now']} / {c['wrong_now']} | {ratio} | {gain} |")
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        raise SystemExit(main())
