"""What the page sets already hold: the exclusions of a blind draw (bench/data/*/build.py).

A blind set's pages must be pages no set here has read: no file name, URL, site or content that
../shared/bench, bench/labels or another bench/data set holds. The notices-blind8 and -blind9 draws
(and authors-blind8 through blind9's) asked the same question with the same code; it is asked here
once, with the drawing set's own folder and label file left out.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import unicodedata
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


#: The blind draws that read these exclusions, oldest first. A draw leaves out the sets drawn after it (their
#: folders and their label files, ``<set>.jsonl``): re-run later, it still gives the pages it gave. Without it a
#: newer set's pages, drawn from the older set's pool (notices-blind10's crux pages share file names with
#: snacktory's, blind9's source), dropped candidates from the older draw and changed it. A new draw adds its name.
DRAWS = ("notices-blind8", "notices-blind9", "authors-blind8", "notices-blind10")


def drawn_after(name: str) -> frozenset[str]:
    """The sets drawn after the set ``name`` (none for a set that is not one of :data:`DRAWS`)."""
    return frozenset(DRAWS[DRAWS.index(name) + 1:]) if name in DRAWS else frozenset()


def known(here: Path, own_labels: str) -> tuple[set[str], set[str], set[str], set[str]]:
    """File base names, URLs, sites and content digests already in ../shared/bench, bench/data and
    bench/labels, leaving out the drawing set's own folder ``here`` and label file ``own_labels``, and the
    sets drawn after it (:func:`drawn_after`)."""
    names: set[str] = set()
    urls: set[str] = set()
    digests: set[str] = set()
    later = drawn_after(here.name)
    paths = [SHARED / "metadata" / "expected.jsonl", SHARED / "metadata" / "expected-dates-htmldate.jsonl",
             SHARED / "disclaimers" / "labels.jsonl",
             *sorted(p for p in (REPO / "bench" / "labels").glob("*.jsonl") if p.name != own_labels and p.stem not in later),
             *sorted(p for p in (REPO / "bench" / "data").glob("*/pages.jsonl")
                     if p.parent != here and p.parent.name not in later)]
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
    for manifest in sorted((REPO / "bench" / "data").glob("*/pages.jsonl")):
        if manifest.parent != here and manifest.parent.name not in later:
            digests |= {json.loads(x)["html_sha256"] for x in manifest.open(encoding="utf-8") if x.strip()}
    return names, urls, {site_of(u) for u in urls}, digests
