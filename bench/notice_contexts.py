"""Where the notice detector's misses sit on the page, and what else sits there.

    PYTHONPATH=<tree> .venv/bin/python bench/notice_contexts.py /tmp/misses.jsonl [--now /tmp/now.jsonl] [-v]

Reads the outcome dump of ``bench/notice_misses.py --dump`` (one JSON line per label: set, page,
class ``found`` / ``a`` / ``b`` / ``c`` / ``d``), typically written by running notice_misses on each
blind set with the tree of its FIRST run (so the misses are the blind first runs'), and, with the
extractor of the tree ``PYTHONPATH`` names, reads every page of those sets as the detector reads it
(its visible lines after the label joins, their DOM context bits, their place against the main
text). For each context it prints:

- how many first-run misses of class (a) (no candidate) sit on a line of that context, and all misses;
- how many labels (notices) sit there;
- how many lines of that context on the same pages hold no label or borderline text: the precision
  cost of admitting every line of the context as a candidate.

Why: ~85% of the misses of every blind first run had no candidate (the detector reads only lines a
cue or credit form names). A detector that also reads cue-less lines from a context pays only if
the misses concentrate in contexts that are rare for non-notices. Never run it on held-out or
unseen pages: it prints labels (notice_misses refuses them too).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared" / "bench"
if not SHARED.exists():
    SHARED = Path("/work/shared/bench")

sys.path.insert(0, str(HERE))
if not os.environ.get("PYTHONPATH"):  # this tree's archiver, unless PYTHONPATH names the tree to read
    sys.path.insert(0, str(HERE.parent))
from bench_generalise import _load, _page  # noqa: E402 - the bench's own page and module readers

#: The contexts, in the order a line's one primary context is chosen (the first that holds).
PRIMARY = ("caption", "box/aside/note", "small/italic", "footer", "nav/header", "comment", "main edge",
           "beside main", "main body", "inside main span", "outside main", "no main known")
#: How many lines before the main text's first line or after its last count as beside it.
BESIDE = 3


def page_lines(path: str, url: str) -> list[tuple[str, int, str | None, bool, bool]]:
    """(line, context bits, position, beside the main text, directly under a picture) for each
    line the detector reads on the page (labels joined as it joins them)."""
    import archiver.extract as E
    from archiver.extract import notices as N

    got: dict = {}
    real = E.find_notices

    def spy(lines, contexts=None, main=None, site=frozenset(), credits=None, pictures=frozenset(), *more, **named):  # noqa: ANN001, ANN002, ANN003, ANN202
        # (``more``: the DOM's bare credits of version 42 on, passed on as given; older trees pass none; ``named``: the
        # section names and vouched credits of version 109 on, passed by keyword)
        got.update(lines=list(lines), contexts=list(contexts or []), main=main, pictures=pictures)
        return real(got["lines"], contexts, main, site, credits, pictures, *more, **named)

    E.find_notices = spy
    try:
        run = getattr(E, "extract_unbounded", None) or E.extract
        run(_page(Path(path)), url=url)
    except Exception:  # noqa: BLE001 - a page that breaks extraction has no lines
        return []
    finally:
        E.find_notices = real
    if not got or not got["contexts"]:
        return []
    cleaned = [N._visible(x) for x in got["lines"]]
    lines, ctx, _ = N.prepare(cleaned, got["contexts"], None)
    main = got["main"]
    where = N._Positions(lines, [N._visible(p) for p in main] if main else main)
    first, last = getattr(where, "first", None), getattr(where, "last", None)
    out = []
    for i, line in enumerate(lines):
        position = where.of(i, line)
        beside = first is not None and last is not None and (first - BESIDE <= i < first or last < i <= last + BESIDE)
        out.append((line, ctx[i], position, beside, line in got["pictures"]))
    return out


def contexts_of(bits: int, position: str | None, beside: bool, under_picture: bool) -> list[str]:
    """Every context a line sits in (a line may sit in several)."""
    from archiver.extract import page_lines as PL

    out = []
    if bits & (PL.CTX_CAPTION | PL.CTX_CREDIT) or under_picture:
        out.append("caption")
    if bits & (PL.CTX_ASIDE | PL.CTX_BOX | PL.CTX_NOTE):
        out.append("box/aside/note")
    if bits & (PL.CTX_SMALL | PL.CTX_ITALIC):
        out.append("small/italic")
    if bits & PL.CTX_FOOTER:
        out.append("footer")
    if bits & PL.CTX_NAV:
        out.append("nav/header")
    if bits & PL.CTX_COMMENT:
        out.append("comment")
    if position == "main_edge":
        out.append("main edge")
    if beside:
        out.append("beside main")
    if position == "main_middle":
        out.append("main body")
    if position == "inside_main_span":
        out.append("inside main span")
    if position in ("before_main", "after_main"):
        out.append("outside main")
    if position is None:
        out.append("no main known")
    out += _fine(bits, position, beside)
    return out


#: The narrower contexts a cue-less candidate could come from (the issue's list), printed apart.
FINE = ("note-classed", "aside", "box-classed/blockquote", "small/italic at main edge or beside",
        "note-classed at main edge or beside", "aside or box beside main", "any of the three above",
        "caption, short (<= 80)")


def _fine(bits: int, position: str | None, beside: bool) -> list[str]:
    """The narrower contexts (:data:`FINE`) a line sits in, except the length-bound one."""
    from archiver.extract import page_lines as PL

    edge = position == "main_edge" or beside
    out = []
    if bits & PL.CTX_NOTE:
        out.append("note-classed")
    if bits & PL.CTX_ASIDE:
        out.append("aside")
    if bits & PL.CTX_BOX:
        out.append("box-classed/blockquote")
    if bits & (PL.CTX_SMALL | PL.CTX_ITALIC) and edge:
        out.append("small/italic at main edge or beside")
    if bits & PL.CTX_NOTE and edge:
        out.append("note-classed at main edge or beside")
    if bits & (PL.CTX_ASIDE | PL.CTX_BOX) and beside:
        out.append("aside or box beside main")
    if set(out) & set(FINE[3:6]):
        out.append("any of the three above")
    return out


def _sized(contexts: list[str], size: int) -> list[str]:
    """The contexts, with the short caption's added for a caption line of a name's length."""
    return [*contexts, "caption, short (<= 80)"] if "caption" in contexts and size <= 80 else contexts


def _norm(sc, text: str) -> str:  # noqa: ANN001 - score.py's module
    return sc.norm(text)


def analyse_page(task: tuple[str, str, list[dict], list[str]]) -> dict:
    """Per page: each label's holding lines' contexts and the non-notice lines' contexts."""
    path, url, labels, borderline = task
    sc = _load("score", SHARED / "disclaimers" / "score.py")
    lines = page_lines(path, url)
    normed = [_norm(sc, line) for line, *_ in lines]
    texts = [_norm(sc, x) for x in [*(lab["text"] for lab in labels), *borderline]]
    held = []
    for lab in labels:
        t = _norm(sc, lab["text"])
        idx = [i for i, n in enumerate(normed) if t in n or (len(n) >= 8 and n in t)]
        held.append({**lab, "lines": [(i, _sized(contexts_of(*lines[i][1:]), len(lines[i][0])), len(lines[i][0]))
                                      for i in idx]})
    others = []
    for i, (line, bits, position, beside, under) in enumerate(lines):
        n = normed[i]
        if any(t in n or (len(n) >= 8 and n in t) for t in texts):
            continue
        others.append((_sized(contexts_of(bits, position, beside, under), len(line)), len(line)))
    return {"file": path, "labels": held, "others": others}


def _primary(contexts: list[str]) -> str:
    return next((c for c in PRIMARY if c in contexts), "none")  # (FINE ones are never primary)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dump", type=Path, help="notice_misses.py --dump output (the blind first runs)")
    ap.add_argument("--now", type=Path, help="the same dump for the tree diagnosed now (a 'still missed' column)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--max-len", type=int, default=0, help="count only non-notice lines up to this length")
    ap.add_argument("-v", "--verbose", action="store_true", help="list each class-(a) miss with its contexts")
    args = ap.parse_args()
    rows = [json.loads(x) for x in args.dump.open(encoding="utf-8") if x.strip()]
    if any("unseen" in r["set"] for r in rows):
        raise SystemExit("unseen pages are only ever scored, never diagnosed")
    now = {}
    if args.now:
        now = {(r["file"], r["text"]): r["class"] for r in map(json.loads, args.now.open(encoding="utf-8")) if r}
    by_page: dict[str, list[dict]] = defaultdict(list)
    urls = {}
    for r in rows:
        by_page[r["file"]].append(r)
        urls[r["file"]] = r["url"]
    borderline = _borderlines(rows)
    tasks = [(f, urls[f], labs, borderline.get(f, [])) for f, labs in by_page.items()]
    with ProcessPoolExecutor(args.jobs) as pool:
        pages = list(pool.map(analyse_page, tasks, chunksize=4))
    _report(pages, now, args)
    return 0


def _borderlines(rows: list[dict]) -> dict[str, list[str]]:
    """Each page's borderline texts, from the label sets the dump names."""
    out: dict[str, list[str]] = {}
    for name in sorted({r["set"] for r in rows}):
        for line in (HERE / "labels" / f"{name}.jsonl").open(encoding="utf-8"):
            if line.strip():
                rec = json.loads(line)
                out[str(SHARED / rec["file"])] = rec.get("borderline") or []
    return out


def _report(pages: list[dict], now: dict, args: argparse.Namespace) -> None:
    """The table: per context, misses (a), all misses, still missed now, labels, non-notice lines."""
    any_ctx: dict[str, Counter[str]] = defaultdict(Counter)
    primary: dict[str, Counter[str]] = defaultdict(Counter)
    for page in pages:
        for lab in page["labels"]:
            contexts = sorted({c for _, cs, _ in lab["lines"] for c in cs}) or ["on no line"]
            first = _primary([c for _, cs, _ in lab["lines"][:1] for c in cs]) if lab["lines"] else "on no line"
            cols = ["labels"]
            if lab["class"] != "found":
                cols.append("missed")
                if lab["class"] == "a":
                    cols.append("missed (a)")
            if now.get((page["file"], lab["text"]), "found") != "found":
                cols.append("missed now")
            for col in cols:
                for c in contexts:
                    any_ctx[c][col] += 1
                primary[first][col] += 1
            if args.verbose and lab["class"] == "a":
                still = "now missed" if "missed now" in cols else "now found"
                print(f"  a {lab['set']:<14} {still:<11} {first:<16} {'+'.join(contexts):<40} [{lab['kind']}] "
                      f"{lab['text'][:70]!r}")
        for contexts, size in page["others"]:
            if args.max_len and size > args.max_len:
                continue
            for c in contexts:
                any_ctx[c]["non-notice lines"] += 1
            primary[_primary(contexts)]["non-notice lines"] += 1
    cols = ("missed (a)", "missed", "missed now", "labels", "non-notice lines")
    for title, table in (("any context the line sits in (a line counts in each)", any_ctx),
                         ("primary context (first of: " + ", ".join(PRIMARY) + ")", primary)):
        print(f"\n{title}\n| context | " + " | ".join(cols) + " | non-notices per miss (a) |")
        print("| --- |" + " ---: |" * (len(cols) + 1))
        total = Counter()
        for c in [*PRIMARY, "none", "on no line", *(FINE if table is any_ctx else ())]:
            if c not in table:
                continue
            row = table[c]
            total.update(row)
            ratio = f"{row['non-notice lines'] / row['missed (a)']:.0f}" if row["missed (a)"] else "-"
            print(f"| {c} | " + " | ".join(str(row[k]) for k in cols) + f" | {ratio} |")
        if table is primary:
            print("| all | " + " | ".join(str(total[k]) for k in cols) + " | |")
    labs = [lab for page in pages for lab in page["labels"] if lab["class"] == "a"]
    unread = sum(lab["detail"] == "no candidate line holds it" for lab in labs)
    print(f"\nclass (a) misses: {len(labs) - unread} on a line the detector examined (a stem of some kind or a caption's "
          f"context made it a candidate line; no cue or form matched), {unread} on no line it examined")


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        sys.exit(main())
