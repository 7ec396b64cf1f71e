"""The author policy's tables of bench/bench_generalise.py on dev pages only: ``--only author-support`` (the
policy's groups of support, and with ``-v`` where the author field loses to trafilatura) and ``--only author-paths``
(reported persons' precision per rule, source and support)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from generalise_run import (
    REPO,
    SHARED,
    _author_policy,
    _field_match,
    _load,
    _page,
    _safe_run,
    absent_note,
    held_out,
    name_keys,
    share,
)
from generalise_sets import (
    AUTHORS_BLIND2,
    AUTHORS_BLIND3,
    AUTHORS_BLIND4,
    AUTHORS_BLIND5,
    AUTHORS_BLIND6,
    AUTHORS_BLIND7,
    AUTHORS_BLIND8,
    AUTHORS_BLIND9,
    AUTHORS_BLIND10,
    AUTHORS_SH,
)


def _author_inputs(md: Any, extract: Any, path: str, url: str) -> dict | None:
    """What one page's extraction handed the author decision (head, trafilatura's guess, the
    visible lines, the site's marks, title, paragraphs) and the persons it reported (``persons``),
    recorded by wrapping ``metadata.resolve_authors`` for the call; None when extraction failed or
    never asked (a page that breaks extraction has no candidates)."""
    seen: dict = {}
    resolve_authors = md.resolve_authors

    def hook(head, traf, lines, marks, *, title, paragraphs, contexts=None):  # noqa: ANN001, ANN202 - records its inputs
        seen.update(head=head, traf=traf, lines=list(lines), marks=marks, title=title, paragraphs=paragraphs,
                    contexts=contexts)
        out = resolve_authors(head, traf, lines, marks, title=title, paragraphs=paragraphs, contexts=contexts)
        seen["persons"] = out[0]
        return out

    md.resolve_authors = hook
    try:
        extract(_page(Path(path)), url=url)
    except Exception:  # noqa: BLE001 - a page that breaks extraction: nothing recorded
        return None
    finally:
        md.resolve_authors = resolve_authors
    return seen or None


def _support_rows(task: tuple[str, str, list[str] | str, list[str]]) -> tuple[list[tuple[str, bool, bool, bool, str]], int]:
    """One dev page's author candidates as (policy group, right strictly, right leniently), and
    its number of labelled names. Candidates: every source's persons after the person-name checks
    (:func:`archiver.extract.authors.source_names`), names that agree merged. Strict is
    evaluate.py's token equality; lenient, every word of the name in a labelled name."""
    path, url, gold, border = task
    sys.path.insert(0, str(REPO))
    import archiver.extract.metadata as md
    from archiver.extract import authors as au

    # in this process always: extract() runs a large page in a child process, where the hook below
    # would not see it (versions up to 18 left those pages' candidates out of these figures)
    from archiver.extract import extract_unbounded as extract

    ev = _load("evaluate", SHARED / "extraction" / "evaluate.py")
    seen = _author_inputs(md, extract, path, url)
    if seen is None:
        return [], len(ev._author_set(gold))
    if not seen:
        return [], len(ev._author_set(gold))
    lines = seen["lines"]
    headlines, body = au.placed(lines, seen["title"], seen["head"].h1, seen["marks"], seen["paragraphs"])
    sources = au.source_names(seen["traf"], lines, seen["marks"],
                              read=au.page_names(seen["head"], lines, headlines, body=body))
    names: list[str] = []
    for source in au.SOURCES:
        names += [n for n in sources.get(source, ()) if not any(au.names_agree(n, m) for m in names)]
    golds, borders = ev._author_set(gold), ev._author_set(border)
    rows = []
    for name in names:
        key = ev._author_set([name])
        if key and key <= borders:
            continue
        strict = bool(key) and key <= golds
        lenient = strict or any(au.names_agree(name, g) for g in ([gold] if isinstance(gold, str) else gold))
        keyed = name_keys(ev, [name])
        fair = bool(keyed) and keyed <= name_keys(ev, gold)
        rows.append((au.support_group(name, sources, lines, headlines, body), strict, lenient, fair,
                     f"{Path(path).name[:40]}: {name!r} (label {gold!r})"))
    return rows, len(golds)


def _loss(task: tuple[str, str, list[str] | str, list[str]]) -> tuple[str, object, object] | None:
    """(label, ours, trafilatura's) for one dev metadata page where trafilatura's author field is
    right and ours is not, by either comparison (evaluate.py's, or :func:`name_keys`); else None."""
    path, url, gold, _ = task
    ev = _load("evaluate", SHARED / "extraction" / "evaluate.py")
    ours, traf = (_safe_run((e, path, url))[0].get("author") for e in ("archiver", "trafilatura-meta"))
    lost = any(right(traf) and not right(ours) for right in (
        lambda v: ev.meta_match("author", gold, v)[1], lambda v: _field_match(ev, gold, v)))
    return (f"{Path(path).name[:50]} want {gold!r}", ours, traf) if lost else None


def bench_author_support(jobs: int, verbose: bool = False) -> None:
    """The author policy's groups on the DEV pages only (the metadata set's dev part with an author
    label, scrapinghub, blind2): per group of support (:func:`archiver.extract.authors.support_group`),
    precision strict and lenient, names, recall of all labelled names. These are the figures
    the policy's docstring and bench/labels/README.md give; no held-out page is run. With ``-v``,
    also the dev metadata pages where trafilatura's author field is right and ours is not, each
    with its candidates' groups: where the field loses to trafilatura, and what support the right
    name had."""
    tasks = [(str(SHARED / "metadata" / r["file"]), r["url"], r["author"], [])
             for r in (json.loads(x) for x in (SHARED / "metadata" / "expected.jsonl").open() if x.strip())
             if "author" in r and not held_out(r["url"])]
    metadata_pages = len(tasks)
    for path, base in ((AUTHORS_SH, SHARED), (AUTHORS_BLIND2, REPO)):
        rows = [json.loads(x) for x in path.open() if x.strip()] if path.exists() else []
        note = absent_note(rows)
        if note:
            print(f"{path.name}: {note}")
        elif path.exists():
            tasks += [(str(base / r["file"]), r["url"], r["authors"], r.get("borderline") or [])
                      for r in (json.loads(x) for x in path.open() if x.strip())]
    with ProcessPoolExecutor(jobs) as pool:
        res = list(pool.map(_support_rows, tasks, chunksize=8))
        losses = list(pool.map(_loss, tasks[:metadata_pages], chunksize=8)) if verbose else []
    labelled = sum(n for _, n in res)
    groups: dict[str, Counter[str]] = {}
    wrong: list[str] = []
    for rows, _ in res:
        for group, strict, lenient, fair, where in rows:
            c = groups.setdefault(group, Counter())
            c["names"] += 1
            c["strict"] += strict
            c["lenient"] += lenient
            c["fair"] += fair
            if verbose and not fair and not group.startswith("x "):
                wrong.append(f"  WRONG [{group}] {where}")
    print(f"\n== author policy groups, dev pages only ({len(tasks)} pages, {labelled} labelled names)")
    print(f"{'group':<60}{'names':>6}{'strict':>8}{'lenient':>9}{'~names':>8}{'recall':>8}")
    for group, c in sorted(groups.items()):
        print(f"{group:<60}{c['names']:>6}{c['strict'] / c['names']:>8.3f}{c['lenient'] / c['names']:>9.3f}"
              f"{c['fair'] / c['names']:>8.3f}{c['strict'] / labelled:>8.3f}")
    print("(~names: right by name_keys, the same person written differently counted right, as in the metadata rows)")
    print("\n".join(wrong))
    if verbose:
        lost = [(loss, rows) for loss, (rows, _) in zip(losses, res, strict=False) if loss]
        print(f"\n{len(lost)} dev metadata pages where trafilatura's author is right and ours is not (either comparison):")
        for (where, ours, traf), rows in lost:
            print(f"  LOST {where}: ours {ours!r}, trafilatura {traf!r}")
            for group, strict, _, _, cand in rows:
                print(f"       [{group}] {'right' if strict else 'wrong'} {cand.split(': ', 1)[1]}")


def _path_rows(task: tuple[str, str, list[str] | str, list[str], str]) -> list[tuple[str, str, str, bool | None, bool | None, str]]:
    """One labelled page's REPORTED persons, each with the path that reported it: the policy's rule
    (:func:`archiver.extract.authors.support_group`), the source the name was chosen from, and the
    sources that support it; and whether it is right strictly (evaluate.py) and by :func:`name_keys`
    (None for a name the labeller listed as borderline: it counts neither way)."""
    path, url, gold, border, tag = task
    sys.path.insert(0, str(REPO))
    _author_policy()
    import archiver.extract.metadata as md
    from archiver.extract import authors as au
    from archiver.extract import extract_unbounded as extract

    ev = _load("evaluate", SHARED / "extraction" / "evaluate.py")
    seen = _author_inputs(md, extract, path, url)
    if seen is None:
        return []
    if not seen.get("persons"):
        return []
    head, lines, marks = seen["head"], seen["lines"], seen["marks"]
    headlines, body = au.placed(lines, seen["title"], head.h1, marks, seen["paragraphs"])
    read = au.page_names(head, lines, headlines, body=body)
    authors, source, _ = au._authors(head, seen["traf"], lines, marks, headlines=headlines, body=body, read=read)
    sources = au.source_names(seen["traf"], lines, marks, read=read)
    golds, borders = ev._author_set(gold), ev._author_set(border)
    rows = []
    names = au._fuller_name(authors, lines, headlines)
    if not any(au.well_supported(n, sources, lines, headlines, body) for n in names):
        names, source = sources["sign-off"], "byline"  # resolve_authors' fallback (rule 5)
    for name in names:
        if not au.well_supported(name, sources, lines, headlines, body):
            continue
        shown = au.cited(name)
        key = ev._author_set([shown])
        border_name = bool(key) and key <= borders
        strict = None if border_name else bool(key) and key <= golds
        keyed = name_keys(ev, [shown])
        fair = None if border_name else bool(keyed) and keyed <= name_keys(ev, gold)
        rows.append((au.support_group(name, sources, lines, headlines, body), source or "?",
                     "+".join(au.support(name, sources)) or "-", strict, fair,
                     f"{tag} {Path(path).name[:40]}: {shown!r} (label {gold!r})"))
    return rows


def _path_tasks() -> list[tuple[str, str, list[str] | str, list[str], str]]:
    """Every labelled DEV page: the metadata set's dev part with an author label, scrapinghub,
    authors-blind2, authors-blind3, authors-blind4, authors-blind5, authors-blind6, authors-blind7, authors-blind8,
    authors-blind9, authors-blind10 (no held-out page)."""
    tasks = [(str(SHARED / "metadata" / r["file"]), r["url"], r["author"], [], "md")
             for r in (json.loads(x) for x in (SHARED / "metadata" / "expected.jsonl").open() if x.strip())
             if "author" in r and not held_out(r["url"])]
    for path, base, tag in ((AUTHORS_SH, SHARED, "sh"), (AUTHORS_BLIND2, REPO, "b2"), (AUTHORS_BLIND3, SHARED, "b3"),
                            (AUTHORS_BLIND4, SHARED, "b4"), (AUTHORS_BLIND5, SHARED, "b5"),
                            (AUTHORS_BLIND6, SHARED, "b6"), (AUTHORS_BLIND7, SHARED, "b7"),
                            (AUTHORS_BLIND8, REPO, "b8"), (AUTHORS_BLIND9, REPO, "b9"), (AUTHORS_BLIND10, REPO, "b10")):
        rows = [json.loads(x) for x in path.open() if x.strip()] if path.exists() else []
        note = absent_note(rows)
        if note:
            print(f"{tag}: {note}")
        elif path.exists():
            tasks += [(str(base / r["file"]), r["url"], r["authors"], r.get("borderline") or [], tag)
                      for r in (json.loads(x) for x in path.open() if x.strip())]
    return tasks


def bench_author_paths(jobs: int, verbose: bool = False) -> None:
    """Per-path precision of the REPORTED persons (``--only author-paths``): for every rule of the
    author policy, and every rule and source together, the names reported and the wrong ones, on the
    dev metadata pages, scrapinghub, blind2 and blind3 together (never a held-out page). A path under
    .95 with its count is a candidate to tighten. ``-v`` lists the wrong names."""
    tasks = _path_tasks()
    with ProcessPoolExecutor(jobs) as pool:
        res = list(pool.map(_path_rows, tasks, chunksize=8))
    rows = [r for page in res for r in page]
    print(f"\n== reported persons by path, dev pages only ({len(tasks)} pages: metadata dev, scrapinghub, "
          f"blind2, blind3, blind4, blind5, blind6, blind7, blind8, blind9, blind10; {len(rows)} names reported)")
    print(f"{'path':<72}{'names':>6}{'wrong':>6}{'prec':>7}{'~wrong':>7}{'~prec':>7}")

    def line(label: str, sel: list[tuple]) -> str:
        judged = [r for r in sel if r[3] is not None]
        wrong = sum(1 for r in judged if not r[3])
        fwrong = sum(1 for r in judged if not r[4])
        n = len(judged)
        return f"{label:<72}{n:>6}{wrong:>6}{share(n - wrong, n, 7)}{fwrong:>7}{share(n - fwrong, n, 7)}"

    print(line("all reported persons", rows))
    for tag in ("md", "sh", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9"):
        print(line(f"  set {tag}", [r for r in rows if r[5].startswith(tag + " ")]))
    for group in sorted({r[0] for r in rows}):
        sel = [r for r in rows if r[0] == group]
        print(line(f"rule {group}", sel))
        for source in sorted({r[1] for r in sel}):
            sub = [r for r in sel if r[1] == source]
            print(line(f"  chosen from {source}", sub))
            if verbose:
                for sup in sorted({r[2] for r in sub}):
                    print(line(f"    supported by {sup}", [r for r in sub if r[2] == sup]))
    print("(names the labeller marked borderline are left out; ~: names compared by name_keys)")
    if verbose:
        for r in rows:
            if r[3] is False or r[4] is False:
                print(f"  WRONG{'' if r[4] is False else ' (strict only)'} [{r[0]} / {r[1]} / {r[2]}] {r[5]}")
