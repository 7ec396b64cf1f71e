"""Every benchmark page's extraction, as JSON lines: proof that an extraction change keeps output.

    .venv/bin/python bench/extract_fingerprint.py OUT.jsonl [--jobs 2]
    diff <(before) <(after)      # or: bench/extract_fingerprint.py --compare A.jsonl B.jsonl

Runs ``archiver.extract.extract`` on every page of the shared benchmark sets (ScrapingHub text
set, metadata set, disclaimers set; about 1,300 pages), and on the pages of this tree's own sets
that are here (``bench/data/*/pages.jsonl``: the blind author and notice sets and fundus, ~1,800
pages once each set's ``build.py --write`` brought them back; the count is printed, so two
fingerprints made with different sets present show it), and writes, per page, everything the
extraction yields (text, metadata and their sources, notices, links, page state), with the
extractor versions left out. A speed-up that is meant to change nothing (a trafilatura option,
a lazy import) must leave this file byte-identical; the accuracy benchmarks
(bench_extract.py) only say whether a figure moved.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "bench"


def pages(shared: Path) -> list[tuple[str, str, str | None]]:
    """(the folder its name is read from, path of a .html.gz page, its URL) for every page of the
    three shared sets and of this tree's sets whose pages are here, each page once."""
    out: dict[str, str | None] = {}
    truth = json.loads(gzip.decompress((shared / "extraction/scrapinghub/ground-truth.json.gz").read_bytes()))
    for key, row in truth.items():
        out[str(shared / "extraction/scrapinghub/html" / f"{key}.html.gz")] = row.get("url")
    for line in (shared / "metadata/expected.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        out.setdefault(str(shared / "metadata" / row["file"]), row.get("url"))
    for line in (shared / "disclaimers/labels.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        out.setdefault(str(shared / row["file"]), row.get("url"))
    found = [(str(shared), path, url) for path, url in sorted(out.items())]
    own: dict[str, str | None] = {}
    for listing in sorted((REPO / "bench" / "data").glob("*/pages.jsonl")):
        for line in listing.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            page = REPO / str(row.get("file", ""))
            if row.get("file") and page.is_file():
                own.setdefault(str(page), row.get("url"))
    return found + [(str(REPO), path, url) for path, url in sorted(own.items())]


def one(item: tuple[str, str, str | None]) -> str:
    shared, path, url = item
    from archiver.extract import extract

    try:
        data = gzip.decompress(Path(path).read_bytes())
        art = extract(data, url=url or None).to_dict()
        art.pop("extractor", None)
        result: object = art
    except Exception as exc:  # noqa: BLE001 - an error is an output too
        result = {"error": f"{type(exc).__name__}: {exc}"}
    return json.dumps({"file": str(Path(path).relative_to(shared)), "result": result},
                      ensure_ascii=False, sort_keys=True)


def compare(a: Path, b: Path) -> int:
    left = dict(_rows(a))
    right = dict(_rows(b))
    changed = sorted(f for f in left.keys() | right.keys() if left.get(f) != right.get(f))
    for f in changed[:20]:
        print(f"changed: {f}")
    print(f"{len(left)} pages vs {len(right)} pages: {len(changed)} differ")
    return 1 if changed else 0


def _rows(path: Path):  # noqa: ANN202
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        yield row["file"], row["result"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", nargs="?", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("A", "B"))
    ap.add_argument("--data", type=Path, default=SHARED, help="the shared benchmark folder")
    args = ap.parse_args()
    if args.compare:
        return compare(*args.compare)
    if args.out is None:
        ap.error("OUT is required")
    sys.path.insert(0, str(REPO))
    items = pages(args.data)
    import archiver.extract

    print(f"extracting with {archiver.extract.__file__}", file=sys.stderr)
    with ProcessPoolExecutor(args.jobs) as pool, args.out.open("w", encoding="utf-8") as fh:
        for line in pool.map(one, items, chunksize=8):
            fh.write(line + "\n")
    print(f"{len(items)} pages -> {args.out}")
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        sys.exit(main())
