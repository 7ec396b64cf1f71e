"""CPU of a process's first extraction of a page that reaches htmldate's dateparser fallback.

Run: ``.venv/bin/python bench/bench_dateparser_first_use.py [--rounds 3] [--tree DIR ...]``
     ``.venv/bin/python bench/bench_dateparser_first_use.py --find``  (which pages reach it)

On about 3% of real pages htmldate hands a string to dateparser (``archiver.extract.dateparse``);
the first such string in a process costs that process what dateparser builds on first use (its
locale data, and whatever the filter of :mod:`archiver.extract.dateparse_locales` lets it
compile). In a batch every worker meets one within its first pages; one ``archive URL`` of such a
page pays it whole. This bench measures it as a worker meets it: in a fresh process per
measurement, after the fork server's ``warm_up()`` (``archiver.batch_workers``), the CPU
(``time.process_time``) of the first ``extract()`` of the page, of dateparser's calls within it,
and of a second ``extract()`` of the same page (what every later page costs). ``--tree DIR``
(repeatable) measures other checkouts too, taking turns page by page and round by round (e.g.
``--tree /tmp/base . `` for before and after on a shared machine); figures are medians.

The pages are those of the shared benchmark sets (``bench/extract_fingerprint.py``'s list) that
reach the fallback, found once with ``--find`` (every page extracted, dateparser's calls counted)
and listed in :data:`PAGES`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "bench"

#: Benchmark pages whose extraction reaches dateparser (``--find`` on 2026-12-01 found 30 of the
#: 1,185, all of the metadata set), 12 of each kind: a string no locale reads (English, German,
#: Arabic text), one read as English, Spanish, Russian, Polish; one page sends 32 strings.
PAGES = [
    "metadata/html/22753af3-economictimes.indiatimes.com.slideshow.html.gz",  # 22 Sep,2021 1632hrs IST
    "metadata/html/0fa38114-toptal.com.python.html.gz",  # Hire the top 3% of freelance talentCopyright 2010
    "metadata/html/03290b6f-idw-online.de-Hybridbatterie.html.gz",  # Angewandte Chemie: Presseinfo 46/2023
    "metadata/html/8ac98318-der-erfolg-gibt-recht.de.rinderleber.html.gz",  # 8.Dezember 2010 um 09:43 · ...
    "metadata/html/hd-6c99c054-1588107198.html.gz",  # تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً
    "metadata/html/328c6bdf-petri-heil-ch-hechte.html.gz",  # 26 | 01 | 2022 (en)
    "metadata/html/424e4d05-juraforum.de-Wohngeld.html.gz",  # Fri Feb 18 10:27:24 2022 (en)
    "metadata/html/06ba7e00-laestrella.com.pa-laboral.html.gz",  # 27 de Abr de 2022 (es)
    "metadata/html/78ea8c87-guetemala.com-nicole.html.gz",  # Actualizado el: 19 abril 2022 9:12, ... (es)
    "metadata/html/4da19907-football.ua.podolski.html.gz",  # Германия 15 августа 2016, 13:43 (ru)
    "metadata/html/5c5e4ede-Finowie_odkrywaj_wino___Res_Publica_Nowa.html.gz",  # 16 marca 2021 (pl)
    "metadata/html/b250a81d-energiezukunft.eu.bioenergie.html.gz",  # Heft 32 | 2022, ... (32 strings)
]

_CHILD = r"""
import gzip, json, sys, time
sys.path.insert(0, sys.argv[1])
from archiver.batch_workers import warm_up
from archiver.extract import extract
from archiver.extract import dateparse_locales
warm_up()
spent = [0.0, 0]
parser_class = dateparse_locales.LetterFilteredDateDataParser
original = parser_class.get_date_data
def timed(self, *args, **kwargs):
    start = time.process_time()
    try:
        return original(self, *args, **kwargs)
    finally:
        spent[0] += time.process_time() - start
        spent[1] += 1
parser_class.get_date_data = timed
data = gzip.decompress(open(sys.argv[2], "rb").read())
start = time.process_time()
extract(data, url=sys.argv[3] or None)
first = time.process_time() - start
dateparser_first, calls = spent[0], spent[1]
start = time.process_time()
extract(data, url=sys.argv[3] or None)
second = time.process_time() - start
print(json.dumps({"first": first, "dateparser": dateparser_first, "calls": calls, "second": second}))
"""


def _urls() -> dict[str, str | None]:
    sys.path.insert(0, str(REPO / "bench"))
    from extract_fingerprint import pages

    return {str(Path(path).relative_to(SHARED)): url for _, path, url in pages(SHARED)}


def measure(tree: Path, page: str, url: str | None) -> dict[str, float]:
    """One fresh process: warm-up, then the page's first and second extraction."""
    out = subprocess.run([sys.executable, "-c", _CHILD, str(tree), str(SHARED / page), url or ""],
                         check=True, capture_output=True, text=True, cwd=tree).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def find() -> int:
    """Extract every benchmark page in this process, printing those that reach dateparser."""
    sys.path.insert(0, str(REPO))
    from archiver.extract import dateparse_locales, extract

    calls: list[str] = []
    original = dateparse_locales.LetterFilteredDateDataParser.get_date_data

    def counted(self: object, date_string: str, *args: object, **kwargs: object) -> object:
        calls.append(date_string)
        return original(self, date_string, *args, **kwargs)

    dateparse_locales.LetterFilteredDateDataParser.get_date_data = counted  # type: ignore[method-assign]
    urls = _urls()
    found = 0
    for page, url in urls.items():
        calls.clear()
        try:
            extract(gzip.decompress((SHARED / page).read_bytes()), url=url or None)
        except Exception:  # noqa: BLE001, S112 - a page that fails to extract reaches nothing
            continue
        if calls:
            found += 1
            print(json.dumps({"page": page, "strings": calls}, ensure_ascii=False), flush=True)
    print(f"{found} of {len(urls)} pages reach dateparser")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--tree", type=Path, action="append", help="a checkout to measure (repeatable)")
    ap.add_argument("--page", action="append", help="a page of PAGES' form (default: PAGES)")
    ap.add_argument("--find", action="store_true", help="list the benchmark pages that reach dateparser")
    args = ap.parse_args()
    if args.find:
        return find()
    trees = [tree.resolve() for tree in args.tree or [REPO]]
    urls = _urls()
    chosen = args.page or PAGES
    results: dict[tuple[Path, str], list[dict[str, float]]] = {}
    for _ in range(args.rounds):
        for page in chosen:
            for tree in trees:
                results.setdefault((tree, page), []).append(measure(tree, page, urls.get(page)))
    print(f"CPU seconds, median of {args.rounds} fresh processes each (after warm_up()): first "
          "extraction of the page / dateparser's share of it / second extraction")
    for page in chosen:
        print(Path(page).name.removesuffix(".html.gz"))
        for tree in trees:
            runs = results[(tree, page)]
            first, share, second = (statistics.median(run[key] for run in runs)
                                    for key in ("first", "dateparser", "second"))
            firsts = " ".join(f"{run['first']:.3f}" for run in runs)
            print(f"  {str(tree):<40} {first:6.3f}  {share:6.3f}  {second:6.3f}   (first: {firsts})")
    for tree in trees:
        shares = [statistics.median(run["dateparser"] for run in results[(tree, page)]) for page in chosen]
        print(f"{str(tree):<42} dateparser on first use, mean over the pages: {statistics.mean(shares):.3f} s")
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        sys.exit(main())
