"""What the page sets already hold: the exclusions of a blind draw (bench/data/*/build.py).

A blind set's pages must be pages no set here has read: no file name, URL, site or content that
../shared/bench, bench/labels or another bench/data set holds. The notices-blind8 and -blind9 draws
(and authors-blind8 through blind9's) asked the same question with the same code; it is asked here
once, with the drawing set's own folder and label file left out.

A draw re-run later must still see what it saw: ``known(before=SET)`` counts only the sets made before
``SET`` (:data:`ORDER`, oldest first), so a set made after it (authors-blind8, after notices-blind9) does
not change its draw. ``known()`` counts every set here; ``known(here, own_labels)`` every set but the
drawing one (the form the first draws used; a set not yet in :data:`ORDER` counts as the newest).
../shared/bench is outside this repository and always counted.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import unicodedata
from collections.abc import Collection
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "bench"


def site_of(url: str) -> str:
    """A URL's host without ``www.``: one page per site."""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def norm_name(path: str) -> str:
    """A page file's base name as the sets are compared by (no ``.gz``, NFC, case folded)."""
    base = path.rsplit("/", 1)[-1].removesuffix(".gz")
    return unicodedata.normalize("NFC", base).casefold()


#: every page set of bench/labels (``<set>.jsonl``) and bench/data (``<set>/pages.jsonl``), oldest first:
#: (set, when the commit that added its first file was written (UTC), that commit), from ``git log --diff-filter=A``
ORDER: tuple[tuple[str, str, str], ...] = (
    ("notices-unseen", "2026-11-29 11:15", "c32b973"),
    ("notices-dev2", "2026-11-29 13:26", "0e673a5"),
    ("notices-dev3", "2026-11-29 13:29", "a7711ce"),
    ("notices-dev4", "2026-11-29 16:45", "5de10bf"),
    ("notices-dev5", "2026-11-29 16:51", "6007a3e"),
    ("authors-scrapinghub", "2026-11-29 17:42", "c993936"),
    ("notices-dev6", "2026-11-29 17:49", "948f6db"),
    ("authors-blind2", "2026-11-29 18:02", "7cdc134"),
    ("notices-dev7", "2026-11-29 18:03", "4aaaf3b"),
    ("notices-dev8", "2026-11-29 18:30", "eb1347b"),
    ("notices-dev9", "2026-11-29 18:56", "55bf077"),
    ("notices-dev10", "2026-11-29 20:21", "b43c00b"),
    ("notices-dev11", "2026-11-29 20:49", "c31f984"),
    ("notices-dev12", "2026-11-29 22:44", "856b243"),
    ("authors-blind3", "2026-11-30 01:05", "897f930"),
    ("notices-dev13", "2026-11-30 01:07", "007658c"),
    ("notices-dev14", "2026-11-30 03:28", "3ff3366"),
    ("authors-blind4", "2026-11-30 03:29", "41d5303"),
    ("notices-dev15", "2026-11-30 05:45", "d3e2226"),
    ("authors-blind5", "2026-11-30 05:46", "303e958"),
    ("authors-blind6", "2026-11-30 08:17", "aad0ab6"),
    ("notices-dev16", "2026-11-30 08:18", "d0d1801"),
    ("notices-dev17", "2026-11-30 10:00", "77b33a1"),
    ("authors-blind7", "2026-11-30 10:36", "cc72200"),
    ("notices-dev18", "2026-11-30 10:37", "eea804d"),
    ("notices-unseen2", "2026-11-30 12:40", "8b1d359"),
    ("notices-unseen3", "2026-11-30 12:40", "357e5d3"),
    ("notices-unseen4", "2026-11-30 13:53", "698659c"),
    ("fundus", "2026-11-30 14:34", "16a21d5"),
    ("notices-dev19", "2026-11-30 14:37", "fdc0363"),
    ("notices-unseen6", "2026-11-30 14:38", "b1d75eb"),
    ("notices-dev20", "2026-11-30 15:14", "47fe5aa"),
    ("notices-unseen7", "2026-11-30 15:17", "49ea166"),
    ("notices-blind8", "2026-12-01 08:20", "43e8d49"),
    ("notices-blind9", "2026-12-01 10:55", "334336d"),
    ("authors-blind8", "2026-12-01 11:08", "bd07498"),
    ("notices-blind10", "2026-12-01 13:22", "3461919"),
    ("authors-blind9", "2026-12-01 13:25", "46cddee"),
    ("authors-blind10", "2026-12-01 16:06", "03ddb06"),
    ("notices-blind11", "2026-12-01 16:09", "1ffc942"),
    ("notices-blind12", "2026-12-01 18:54", "198c6ad"),
    ("authors-blind11", "2026-12-01 18:54", "b59e2a5"),
    ("notices-blind13", "2026-12-01 21:45", "ce8d98a"),
    ("authors-blind12", "2026-12-01 21:45", "ce8d98a"),
    ("notices-blind14", "2026-12-02 02:17", "d33a341"),
    ("authors-blind13", "2026-12-02 02:17", "d33a341"),
    ("notices-blind15", "2026-12-02 05:00", "9d0e2a4"),
    ("authors-blind14", "2026-12-02 05:00", "9d0e2a4"),
    ("notices-blind16", "2026-12-02 07:47", "eb48fa2"),
    ("authors-blind15", "2026-12-02 07:47", "eb48fa2"),
    ("notices-blind17", "2026-12-02 10:09", "c221ac1"),
    ("authors-blind16", "2026-12-02 10:09", "c221ac1"),
    ("notices-blind18", "2026-12-02 11:05", "e3623f3"),
    ("authors-blind17", "2026-12-02 11:05", "e3623f3"),
    ("notices-blind19", "2026-12-02 12:34", "ad0df4d"),
    ("authors-blind18", "2026-12-02 12:34", "ad0df4d"),
    ("notices-blind20", "2026-12-02 15:18", "4389480"),
    ("authors-blind19", "2026-12-02 15:18", "4389480"),
    ("notices-blind21", "2026-12-02 15:57", "1684daa"),
    ("authors-blind20", "2026-12-02 15:57", "1684daa"),
    ("notices-blind22", "2026-12-03 08:54", "0f10318"),
    ("authors-blind21", "2026-12-03 08:54", "0f10318"),
    ("authors-blind22", "2026-12-04 01:05", "session 55"),
    ("notices-blind23", "2026-12-04 01:07", "session 55: authors-blind22's pages"),
    ("notices-blind24", "2026-12-04 05:55", "session 57"),
    ("authors-blind23", "2026-12-04 05:56", "session 57: notices-blind24's pages"),
    ("notices-blind25", "2026-12-04 06:00", "session 57: held out of round lead57"),
    ("authors-blind24", "2026-12-04 06:01", "session 57: notices-blind25's pages"),
    ("notices-blind26", "2026-12-04 13:50", "session 60"),
    ("authors-blind25", "2026-12-04 13:51", "session 60: notices-blind26's pages"),
    ("notices-blind27", "2026-12-04 14:30", "session 60: held out of round lead60"),
    ("authors-blind26", "2026-12-04 14:31", "session 60: notices-blind27's pages"),
    ("notices-blind28", "2026-12-04 14:55", "session 60: held out of round lead60b"),
    ("authors-blind27", "2026-12-04 14:56", "session 60: notices-blind28's pages"),
    ("notices-blind29", "2026-12-04 15:24", "session 60: held out of rounds lead60c and lead60d"),
    ("authors-blind28", "2026-12-04 15:25", "session 60: notices-blind29's pages"),
    ("notices-blind30", "2026-12-04 16:30", "session 61: held out of every round before it"),
    ("authors-blind29", "2026-12-04 16:31", "session 61: notices-blind30's pages"),
    ("notices-blind31", "2026-12-04 16:58", "session 61: held out of round lead61"),
    ("authors-blind30", "2026-12-04 16:59", "session 61: notices-blind31's pages"),
    ("notices-blind32", "2026-12-04 17:16", "session 61: held out of round lead61b"),
    ("authors-blind31", "2026-12-04 17:17", "session 61: notices-blind32's pages"),
    ("notices-blind33", "2026-12-04 17:45", "session 61: held out of round lead61c"),
    ("authors-blind32", "2026-12-04 17:46", "session 61: notices-blind33's pages"),
    ("notices-blind34", "2026-12-04 18:23", "session 61: held out of round lead61d"),
    ("authors-blind33", "2026-12-04 18:24", "session 61: notices-blind34's pages"),
    ("notices-blind35", "2026-12-04 19:02", "session 61: held out of round lead61e"),
    ("authors-blind34", "2026-12-04 19:02", "session 61: notices-blind35's pages"),
    ("notices-blind36", "2026-12-04 19:31", "session 61: held out of round lead61f"),
    ("authors-blind35", "2026-12-04 19:31", "session 61: notices-blind36's pages"),
    ("notices-blind37", "2026-12-04 20:25", "session 62: held out of round lead61g"),
    ("authors-blind36", "2026-12-04 20:25", "session 62: notices-blind37's pages"),
    ("notices-blind38", "2026-12-04 21:08", "session 62: held out of round lead62"),
    ("authors-blind37", "2026-12-04 21:08", "session 62: notices-blind38's pages"),
    ("notices-blind39", "2026-12-04 21:30", "session 62: held out of round lead63"),
    ("authors-blind38", "2026-12-04 21:30", "session 62: notices-blind39's pages"),
)


def set_names() -> set[str]:
    """The page sets this repository holds: label files' stems and bench/data folders with a pages.jsonl."""
    return ({p.stem for p in (REPO / "bench" / "labels").glob("*.jsonl")}
            | {p.parent.name for p in (REPO / "bench" / "data").glob("*/pages.jsonl")})


def older_than(name: str) -> set[str]:
    """The sets of :data:`ORDER` made before ``name`` (a KeyError for a set not in it)."""
    names = [n for n, _, _ in ORDER]
    if name not in names:
        raise KeyError(f"{name} is not in known_pages.ORDER: add it there, oldest first")
    return set(names[:names.index(name)])


def sources(here: Path | None = None, own_labels: str | None = None, *, before: str | None = None,
            only: Collection[str] | None = None) -> tuple[list[Path], list[Path]]:
    """The label files and pages.jsonl files :func:`known` reads (its arguments): (labels, manifests).
    ``only``: the label files (``x.jsonl``) and bench/data folders a draw named itself as older than it
    (authors-blind9's, drawn while notices-blind10 was being labelled: neither saw the other, so no
    place in :data:`ORDER` says which sets it excluded)."""
    allowed = older_than(before) if before is not None else None

    def counted(set_name: str, file_name: str) -> bool:
        if only is not None:
            return file_name in only
        return allowed is None or set_name in allowed

    labels = sorted(p for p in (REPO / "bench" / "labels").glob("*.jsonl") if p.name != own_labels and counted(p.stem, p.name))
    manifests = sorted(p for p in (REPO / "bench" / "data").glob("*/pages.jsonl")
                       if p.parent != here and counted(p.parent.name, p.parent.name))
    return labels, manifests


def known(here: Path | None = None, own_labels: str | None = None, *, before: str | None = None,
          only: Collection[str] | None = None) -> tuple[set[str], set[str], set[str], set[str]]:
    """File base names, URLs, sites and content digests already in ../shared/bench, bench/data and
    bench/labels: with ``before``, only the sets made before that set; always leaving out the folder
    ``here`` and the label file ``own_labels`` when given."""
    labels, manifests = sources(here, own_labels, before=before, only=only)
    names: set[str] = set()
    urls: set[str] = set()
    digests: set[str] = set()
    paths = [SHARED / "metadata" / "expected.jsonl", SHARED / "metadata" / "expected-dates-htmldate.jsonl",
             SHARED / "disclaimers" / "labels.jsonl", *labels, *manifests]
    for path in paths:
        for line in path.open(encoding="utf-8"):
            if line.strip():
                row = json.loads(line)
                if row.get("url"):
                    urls.add(row["url"])
                for key in ("file", "upstream_file", "upstream_path"):
                    if row.get(key):
                        names.add(norm_name(row[key]))
    with gzip.open(SHARED / "extraction" / "scrapinghub" / "ground-truth.json.gz", "rt", encoding="utf-8") as fh:
        urls |= {v["url"] for v in json.load(fh).values() if isinstance(v, dict) and v.get("url")}
    for folder in (SHARED / "metadata" / "html", SHARED / "disclaimers"):
        for page in folder.rglob("*.htm*"):
            raw = page.read_bytes()
            digests.add(hashlib.sha256(gzip.decompress(raw) if page.suffix == ".gz" else raw).hexdigest())
    # bench/data's page sets by the digests their pages.jsonl record (their pages are not committed)
    for manifest in manifests:
        digests |= {json.loads(x)["html_sha256"] for x in manifest.open(encoding="utf-8") if x.strip()}
    return names, urls, {site_of(u) for u in urls}, digests
