"""Per-path precision of the reported persons on BLIND FIRST RUNS only (issue 15, authors15).

    # 1. each blind author set run by the tree at which it was first scored (a temporary worktree):
    git worktree add --detach /tmp/wt-b4 9c9e8c7
    .venv/bin/python bench/author_blind_paths.py run --tree /tmp/wt-b4 --set b4 --out /tmp/b4.json
    # 2. the names that tree reported, each with the sources naming it: for a tree older than the
    #    author policy (no ``authors.source_names``), read by THIS tree's source readers:
    .venv/bin/python bench/author_blind_paths.py support /tmp/sh.json
    # 3. the pooled table, and what a policy would have scored on those runs:
    .venv/bin/python bench/author_blind_paths.py table /tmp/sh.json /tmp/b2.json /tmp/b3.json /tmp/b4.json /tmp/b5.json

The first-run trees: sh 7b0bd15 (extractor 8), b2 0d53cb1 (9), b3 897f930 (21), b4 9c9e8c7 (26), b5 303e958
(28; its archiver is main 6c0d39a's; its labels committed before it ran), b6 authors17's final tree (33; its
labels committed in aad0ab6 before any run). The first runs' records are kept in bench/data/author-first-runs/
(bench/author_errors.py classifies their wrong names). The last block (``table``) prints what each candidate policy
would have kept of those runs: the gates on weak lone paths of authors16 (``not_gated_alone``) and the
corroboration policy of authors15.

Why: the per-path figures of ``bench_generalise.py --only author-paths`` are on pages the rules were
written from (every blind set's classes were fixed after its first run), so every path looks right
there. The honest precision of an admission path on unseen pages is what it scored the first time
it met a set: each set's first run, pooled per rule and per source. Never a held-out page.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "bench"
LABELS = REPO / "bench" / "labels"
#: tag -> (label file, the directory its ``file`` is relative to)
SETS = {"sh": (LABELS / "authors-scrapinghub.jsonl", SHARED), "b2": (LABELS / "authors-blind2.jsonl", REPO),
        "b3": (LABELS / "authors-blind3.jsonl", SHARED), "b4": (LABELS / "authors-blind4.jsonl", SHARED),
        "b5": (LABELS / "authors-blind5.jsonl", SHARED), "b6": (LABELS / "authors-blind6.jsonl", SHARED),
        "b7": (LABELS / "authors-blind7.jsonl", SHARED), "b8": (LABELS / "authors-blind8.jsonl", REPO),
        "b9": (LABELS / "authors-blind9.jsonl", REPO), "b10": (LABELS / "authors-blind10.jsonl", REPO),
        "b11": (LABELS / "authors-blind11.jsonl", REPO), "b12": (LABELS / "authors-blind12.jsonl", REPO),
        "b13": (LABELS / "authors-blind13.jsonl", REPO), "b14": (LABELS / "authors-blind14.jsonl", REPO),
        "b15": (LABELS / "authors-blind15.jsonl", REPO),
        "b16": (LABELS / "authors-blind16.jsonl", REPO),
        "b17": (LABELS / "authors-blind17.jsonl", REPO),
        "b18": (LABELS / "authors-blind18.jsonl", REPO),
        "b19": (LABELS / "authors-blind19.jsonl", REPO),
        "b20": (LABELS / "authors-blind20.jsonl", REPO),
        "b21": (LABELS / "authors-blind21.jsonl", REPO),
        "b22": (LABELS / "authors-blind22.jsonl", REPO),
        "b23": (LABELS / "authors-blind23.jsonl", REPO),
        "b24": (LABELS / "authors-blind24.jsonl", REPO),
        "b25": (LABELS / "authors-blind25.jsonl", REPO),
        "b26": (LABELS / "authors-blind26.jsonl", REPO),
        "b27": (LABELS / "authors-blind27.jsonl", REPO),
        "b28": (LABELS / "authors-blind28.jsonl", REPO),
        "b29": (LABELS / "authors-blind29.jsonl", REPO),
        "b30": (LABELS / "authors-blind30.jsonl", REPO),
        "b31": (LABELS / "authors-blind31.jsonl", REPO),
        "b32": (LABELS / "authors-blind32.jsonl", REPO),
        "b33": (LABELS / "authors-blind33.jsonl", REPO),
        "b34": (LABELS / "authors-blind34.jsonl", REPO),
        "b35": (LABELS / "authors-blind35.jsonl", REPO),
        "b36": (LABELS / "authors-blind36.jsonl", REPO),
        "b37": (LABELS / "authors-blind37.jsonl", REPO),
        "b38": (LABELS / "authors-blind38.jsonl", REPO)}


def _bench() -> Any:
    sys.path.insert(0, str(REPO / "bench"))
    import bench_generalise

    return bench_generalise


def _judge(ev: Any, name: str, row: dict) -> tuple[bool | None, bool | None]:
    """(right by evaluate.py, right by name_keys); None for a name the labeller marked borderline."""
    bg = _bench()
    key = ev._author_set([name])
    if key and key <= ev._author_set(row.get("borderline") or []):
        return None, None
    keyed = bg.name_keys(ev, [name])
    return bool(key) and key <= ev._author_set(row["authors"]), bool(keyed) and keyed <= bg.name_keys(ev, row["authors"])


def _policy_view(au: Any, seen: dict) -> list[dict]:
    """Each reported name with the rule that admitted it and the sources naming it, by the tree's
    own policy functions (a tree with ``source_names``; versions 17 on)."""
    head, lines, marks, traf = seen["head"], seen["lines"], seen["marks"], seen["traf"]
    if hasattr(au, "placed"):
        headlines, body = au.placed(lines, seen["title"], head.h1, marks, seen["paragraphs"])
    else:
        headlines, body = au._headlines(lines, seen["title"], head.h1, marks), au._body(lines, seen["paragraphs"])
    signs_off = "sign-off" in au.SOURCES  # a tree with the sign-off rule (authors19 on) reads it with the body
    read = au.page_names(head, lines, headlines, body=body) if signs_off else au.page_names(head, lines, headlines)
    authors, _, _ = au._authors(head, traf, lines, marks, headlines=headlines, body=body, read=read)
    sources = au.source_names(traf, lines, marks, read=read)
    cite = getattr(au, "cited", None) or au.citable_name
    out = []
    names = au._fuller_name(authors, lines)
    if signs_off and not any(au.well_supported(n, sources, lines, headlines, body) for n in names):
        names = sources["sign-off"]  # resolve_authors' fallback: the writer who signs under the story
    for name in names:
        if au.well_supported(name, sources, lines, headlines, body):
            out.append({"name": cite(name), "rule": au.support_group(name, sources, lines, headlines, body),
                        "support": au.support(name, sources)})
    return out


def _run_page(task: tuple[str, str, str, dict]) -> dict:
    """One page by the tree on ``sys.path``: the persons it reported with the source it gave, and
    (for a tree with the policy) each one's rule and supporting sources."""
    tree, path, tag, row = task
    sys.path.insert(0, tree)
    import archiver.extract.authors as au
    import archiver.extract.metadata as md
    from archiver.extract import extract_unbounded

    seen: dict = {}
    real = md.resolve_authors

    def hook(head, traf, lines, marks, *, title, paragraphs, **kw):  # noqa: ANN001, ANN003, ANN202 - records its inputs
        seen.update(head=head, traf=traf, lines=list(lines), marks=marks, title=title, paragraphs=paragraphs)
        out = real(head, traf, lines, marks, title=title, paragraphs=paragraphs, **kw)  # kw: contexts (version 40 on)
        seen.update(persons=list(out[0]), source=out[1])
        return out

    md.resolve_authors = hook
    try:
        extract_unbounded(_bench()._page(Path(path)), url=row["url"])
    except Exception as exc:  # noqa: BLE001 - a page that breaks extraction reports nothing
        return {"tag": tag, "file": row["file"], "error": f"{type(exc).__name__}: {exc}", "names": []}
    finally:
        md.resolve_authors = real
    names = [{"name": n, "source": seen.get("source") or "?"} for n in seen.get("persons") or []]
    if names and hasattr(au, "source_names"):
        try:
            view = {v["name"]: v for v in _policy_view(au, seen)}
        except TypeError:  # a tree whose policy functions _policy_view no longer calls rightly: names only
            view = {}
        for n in names:
            if n["name"] in view:
                n.update(rule=view[n["name"]]["rule"], support=view[n["name"]]["support"])
    return {"tag": tag, "file": row["file"], "names": names}


def _rows(tag: str) -> list[dict]:
    path, _ = SETS[tag]
    return [json.loads(x) for x in path.open() if x.strip()]


def cmd_run(tree: str, tag: str, out: str, jobs: int) -> None:
    rows = _rows(tag)
    note = _bench().absent_note(rows)
    if note:  # a set whose pages are not committed (bench/data/authors-blind2): brought back by its build.py
        print(f"{tag}: {note}")
        return
    base = SETS[tag][1]
    tasks = [(tree, str(base / r["file"]), tag, r) for r in rows]
    with ProcessPoolExecutor(jobs) as pool:
        pages = list(pool.map(_run_page, tasks, chunksize=4))
    version = (Path(tree) / "archiver" / "extract" / "__init__.py").read_text().split('EXTRACTOR_VERSION = "')[1].split('"')[0]
    Path(out).write_text(json.dumps({"tag": tag, "tree": tree, "version": version, "pages": pages}))
    print(f"{tag}: {sum(len(p['names']) for p in pages)} names reported on {len(pages)} pages by {tree}")


def _support_now(task: tuple[str, str, dict]) -> dict[str, list[str]]:
    """THIS tree's source readers on one page: the sources naming each of ``names``."""
    path, names, row = task
    sys.path.insert(0, str(REPO))
    import archiver.extract.authors as au
    import archiver.extract.metadata as md
    from archiver.extract import extract_unbounded

    seen = _bench()._author_inputs(md, extract_unbounded, path, row["url"])
    if not seen:
        return {n: [] for n in names}
    head, lines = seen["head"], seen["lines"]
    headlines, _ = au.placed(lines, seen["title"], head.h1, seen["marks"], seen["paragraphs"])
    sources = au.source_names(seen["traf"], lines, seen["marks"], read=au.page_names(head, lines, headlines))
    return {n: au.support(n, sources) for n in names}


def cmd_support(files: list[str], jobs: int) -> None:
    """Fill in ``support`` (the sources naming each reported name) where the run's tree could not
    say (older than the policy), from this tree's readers; marked ``support_by: now``."""
    for f in files:
        data = json.loads(Path(f).read_text())
        rows = {r["file"]: r for r in _rows(data["tag"])}
        note = _bench().absent_note(list(rows.values()))
        if note:
            print(f"{f}: {note}")
            continue
        base = SETS[data["tag"]][1]
        todo = [p for p in data["pages"] if any("support" not in n for n in p["names"])]
        tasks = [(str(base / p["file"]), [n["name"] for n in p["names"]], rows[p["file"]]) for p in todo]
        with ProcessPoolExecutor(jobs) as pool:
            for page, sup in zip(todo, pool.map(_support_now, tasks, chunksize=2), strict=True):
                for n in page["names"]:
                    n.setdefault("support", sup.get(n["name"], []))
                    n.setdefault("support_by", "now")
        Path(f).write_text(json.dumps(data))
        print(f"{f}: support filled on {len(todo)} pages")


def _policy_fn() -> Callable[[list[str]], bool]:
    """THIS tree's :func:`archiver.extract.authors.admitted_alone_or_corroborated`."""
    sys.path.insert(0, str(REPO))
    from archiver.extract.authors import admitted_alone_or_corroborated

    return admitted_alone_or_corroborated


def _gated_fn() -> Callable[[list[str], tuple[str, ...]], bool]:
    """THIS tree's :func:`archiver.extract.authors.not_gated_alone`."""
    sys.path.insert(0, str(REPO))
    from archiver.extract.authors import not_gated_alone

    return not_gated_alone


DECLARED = ("json-ld", "microdata", "meta:author", "opengraph", "citation", "dublin-core", "meta:parsely-author")
PRINTED = ("headline-credit", "byline", "layout-guess")


def corroborated(support: list[str]) -> bool:
    """Two independent sources name the person: a declaration and a printed reading, or two printed
    readings (two declarations are one source: a CMS writes them from one field)."""
    printed = sum(s in PRINTED for s in support)
    return printed >= 2 or (printed >= 1 and any(s in DECLARED for s in support))


def _judged(files: list[str]) -> tuple[list[dict], dict[str, int]]:
    ev = _bench()._load("evaluate", SHARED / "extraction" / "evaluate.py")
    out: list[dict] = []
    labelled: dict[str, int] = {}
    for f in files:
        data = json.loads(Path(f).read_text())
        rows = {r["file"]: r for r in _rows(data["tag"])}
        labelled[data["tag"]] = sum(len(ev._author_set(r["authors"])) for r in rows.values())
        for page in data["pages"]:
            for n in page["names"]:
                strict, fair = _judge(ev, n["name"], rows[page["file"]])
                out.append({"support": [], **n, "tag": data["tag"], "version": data["version"], "file": page["file"],
                            "strict": strict, "fair": fair})
    return out, labelled


def _line(label: str, sel: list[dict], width: int = 64) -> str:
    judged = [r for r in sel if r["strict"] is not None]
    n = len(judged)
    wrong = sum(not r["strict"] for r in judged)
    fwrong = sum(not r["fair"] for r in judged)
    return (f"{label:<{width}}{n:>6}{wrong:>6}{(n - wrong) / n if n else 0:>7.3f}{fwrong:>7}"
            f"{(n - fwrong) / n if n else 0:>7.3f}")


def _policies() -> dict[str, Callable[[dict], bool]]:
    """Policies over a first-run name (keep it or not), each applied on top of what the run reported."""
    admitted = _policy_fn()
    gated = _gated_fn()
    return {
        "as run": lambda r: True,
        "today's readers: a name some source names": lambda r: bool(r["support"]),
        "no layout guess alone": lambda r: r["support"] != ["layout-guess"],
        "G1: today's readers, guess alone gated": lambda r: bool(r["support"]) and gated(r["support"], ("layout-guess",)),
        "G2: G1 and a lone <meta name=author> gated": lambda r: bool(r["support"]) and gated(
            r["support"], ("layout-guess", "meta:author")),
        "G3: G2 and any declaration alone gated": lambda r: bool(r["support"]) and gated(
            r["support"], ("layout-guess", *DECLARED)),
        "two independent sources only": lambda r: corroborated(r["support"]),
        "authors15: headline credit, else two sources": lambda r: admitted(r["support"]),
    }


def cmd_table(files: list[str], verbose: bool) -> None:
    names, labelled = _judged(files)
    print(f"\n== reported persons per path, BLIND FIRST RUNS only ({len(names)} names; "
          + ", ".join(f"{t} v{next(r['version'] for r in names if r['tag'] == t)}" for t in labelled) + ")")
    print(f"{'path':<64}{'names':>6}{'wrong':>6}{'prec':>7}{'~wrong':>7}{'~prec':>7}")
    print(_line("all reported persons", names))
    for tag in labelled:
        print(_line(f"  set {tag}", [r for r in names if r["tag"] == tag]))
    print("by the source the run gave (every set)")
    for src in sorted({r["source"] for r in names}):
        print(_line(f"  source {src}", [r for r in names if r["source"] == src]))
    ruled = [r for r in names if r.get("rule")]
    print(f"by the policy's rule (sets run by a tree with the policy: {sorted({r['tag'] for r in ruled})})")
    for rule in sorted({r["rule"] for r in ruled}):
        sel = [r for r in ruled if r["rule"] == rule]
        print(_line(f"  rule {rule}", sel))
        for src in sorted({r["source"] for r in sel}):
            print(_line(f"    chosen from {src}", [r for r in sel if r["source"] == src]))
    print("by each source naming the name, with others or alone (sh, b2: sources read by this tree)")
    for src in (*DECLARED, *PRINTED):
        sel = [r for r in names if src in r["support"]]
        if sel:
            print(_line(f"  {src}", sel))
            print(_line(f"    {src} alone", [r for r in sel if r["support"] == [src]]))
    print("by corroboration (the sources naming the name; sh, b2: read by this tree)")
    for label, test in (("two sources (declared + printed, or two printed)", lambda r: corroborated(r["support"])),
                        ("not two sources", lambda r: not corroborated(r["support"]))):
        sel = [r for r in names if test(r)]
        print(_line(f"  {label}", sel))
        for sup in sorted({"+".join(r["support"]) or "-" for r in sel}):
            print(_line(f"    {sup}", [r for r in sel if ("+".join(r["support"]) or "-") == sup]))
    print("\n== what a policy would have scored on the blind first runs (precision / recall of labelled names / names)")
    for label, keep in _policies().items():
        cells = []
        for tag in [*labelled, "all"]:
            sel = [r for r in names if (tag == "all" or r["tag"] == tag) and keep(r) and r["strict"] is not None]
            right = sum(bool(r["strict"]) for r in sel)
            gold = sum(labelled.values()) if tag == "all" else labelled[tag]
            cells.append(f"{tag} {right / len(sel) if sel else 0:.3f}/{right / gold:.3f}/{len(sel)}")
        print(f"  {label:<46}" + "  ".join(cells))
    if verbose:
        for r in names:
            if r["strict"] is False or r["fair"] is False:
                print(f"  WRONG {r['tag']} [{r.get('rule', '-')} / {r['source']} / {'+'.join(r['support'])}] "
                      f"{r['file'][-40:]}: {r['name']!r}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cmd", choices=("run", "support", "table"))
    ap.add_argument("files", nargs="*")
    ap.add_argument("--tree")
    ap.add_argument("--set", choices=tuple(SETS))
    ap.add_argument("--out")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("-v", "--verbose", action="store_true", help="list the wrong first-run names (blind sets only)")
    args = ap.parse_args()
    if args.cmd == "run":
        cmd_run(str(Path(args.tree).resolve()), args.set, args.out, args.jobs)
    elif args.cmd == "support":
        cmd_support(args.files, args.jobs)
    else:
        cmd_table(args.files, args.verbose)
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        sys.exit(main())
