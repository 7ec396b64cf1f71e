"""Adapter between the shared benchmark harnesses and an extractor (ours or trafilatura's).

    python bench/extract_adapter.py --engine archiver PAGE.html URL     # one page, one JSON line
    python bench/extract_adapter.py --engine archiver --serve           # JSON lines on stdin

Engines:
  archiver            archiver.extract.extract (maps authors->author, published->date,
                      outlet->sitename for evaluate.py; disclaimers kept for score.py)
  trafilatura         plain trafilatura.extract(html, url=url): text only, default options
  trafilatura-meta    trafilatura.extract(..., with_metadata=True, output_format="json"):
                      trafilatura's own text + metadata in one call

``ARCHIVER_BENCH_TRAF_FAST`` (read here only, for measuring): ``1`` runs archiver's trafilatura
stage with ``fast=True`` (no readability/justext fallback), ``0`` with ``fast=False`` (the
fallback on); unset, archiver's own setting. It changes the ``archiver`` engine only.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # this tree's archiver, not whichever one is installed (as bench_quotes.py does)


def _traf_fast_override() -> None:
    """Set archiver's trafilatura ``fast`` option from ``ARCHIVER_BENCH_TRAF_FAST``, if set."""
    wanted = os.environ.get("ARCHIVER_BENCH_TRAF_FAST")
    if wanted in ("0", "1"):
        from archiver.extract import text

        text._TEMPLATE.fast = wanted == "1"


def _archiver(data: bytes, url: str | None) -> dict:
    from archiver.extract import extract

    _traf_fast_override()

    art = extract(data, url=url or None).to_dict()
    return {
        "text": art["text"],
        "title": art["title"],
        "author": art["authors"] or art["organizations"],  # a corporate author when no person
        "persons": art["authors"],  # what `cite` puts in the author field: persons only
        "date": art["published"],
        "sitename": art["outlet"],
        "disclaimers": art["disclaimers"],
        "page_state": art["page_state"],
    }


def _trafilatura(data: bytes, url: str | None) -> dict:
    import trafilatura

    return {"text": trafilatura.extract(data, url=url or None, deduplicate=False) or ""}


def _trafilatura_meta(data: bytes, url: str | None) -> dict:
    import trafilatura

    out = trafilatura.extract(data, url=url or None, with_metadata=True, output_format="json",
                              deduplicate=False)
    d = json.loads(out) if out else {}
    d["sitename"] = d.get("source-hostname")  # trafilatura's JSON name for its sitename
    return {k: d.get(k) for k in ("text", "title", "author", "date", "sitename")}


ENGINES = {"archiver": _archiver, "trafilatura": _trafilatura, "trafilatura-meta": _trafilatura_meta}


def _run(engine, path: str, url: str | None) -> dict:
    with open(path, "rb") as f:
        data = f.read()
    try:
        return engine(data, url)
    except Exception as exc:  # noqa: BLE001 - report, never kill the benchmark
        return {"error": f"{type(exc).__name__}: {exc}"}


def _time_pages(engine, directory: str) -> None:
    """Time one pass over every page of a directory of .html.gz files (after one warm-up page)
    and print {"seconds" (CPU), "wall_seconds", "pages", "peak_rss_mb"} as JSON. CPU time is
    the figure compared: on a shared machine wall time mostly measures the neighbours."""
    import gzip
    import resource
    import time
    from pathlib import Path

    pages = [gzip.decompress(p.read_bytes()) for p in sorted(Path(directory).glob("*.html.gz"))]
    engine(pages[0], None)
    wall, cpu = time.perf_counter(), time.process_time()
    for body in pages:
        engine(body, None)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": cpu, "wall_seconds": wall, "pages": len(pages), "peak_rss_mb": rss}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--engine", choices=sorted(ENGINES), default="archiver")
    ap.add_argument("--serve", action="store_true")
    ap.add_argument("--time-pages", metavar="DIR", help="speed probe over DIR/*.html.gz")
    ap.add_argument("html", nargs="?")
    ap.add_argument("url", nargs="?")
    args = ap.parse_args()
    engine = ENGINES[args.engine]
    if args.time_pages:
        _time_pages(engine, args.time_pages)
        return
    if args.serve:
        for line in sys.stdin:
            if line.strip():
                req = json.loads(line)
                res = _run(engine, req["html"], req.get("url"))
                sys.stdout.write(json.dumps(res, ensure_ascii=False) + "\n")
                sys.stdout.flush()
        return
    print(json.dumps(_run(engine, args.html, args.url), ensure_ascii=False))


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        main()
