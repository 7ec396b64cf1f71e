"""What every table of bench/bench_generalise.py runs and compares with: the shared benchmark's place, the fixed
held-out split (``held_out``), a page's bytes, an engine run over a labelled set's pages in worker processes (``_run_all``,
under ``--author-policy``), the note for a page set that is not here (``absent_note``), and the comparison of author names
(evaluate.py's, or :func:`name_keys`). Other bench scripts read these as ``bench_generalise.<name>``, which re-exports
them."""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import os
import re
import sys
import time
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "bench"
FIELDS = ("title", "author", "date", "sitename")


def _load(name: str, path: Path):  # noqa: ANN202 - a module
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def share(part: float, whole: float, width: int) -> str:
    """``part / whole`` to three places, right-aligned in ``width``; "-" when ``whole`` is 0: a part with no reports has
    no precision (it printed 0.000, read as every report wrong), a part with no labels no recall."""
    return f"{part / whole:>{width}.3f}" if whole else f"{'-':>{width}}"


def site_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def held_out(url: str) -> bool:
    """The fixed split: a third of the sites, chosen by hash, never looked at when writing rules."""
    return int(hashlib.sha256(site_of(url).encode()).hexdigest(), 16) % 3 == 0


def _page(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def _author_policy() -> None:
    """Apply ``--author-policy`` (passed to the workers as BENCH_AUTHOR_POLICY): ``corroborated``
    makes :func:`archiver.extract.authors.well_supported` also require a source strong alone on
    blind first runs or two independent ones (bench/author_blind_paths.py); ``backed`` also drops a name
    :mod:`archiver.extract.author_backing`'s model finds more likely wrong than right, ``backed-95`` one
    under its strict threshold (``STRICT_THRESHOLD``); ``rules``, the default,
    leaves the shipped policy as it is."""
    sys.path.insert(0, str(REPO))
    from archiver.extract import author_backing, authors

    policy = os.environ.get("BENCH_AUTHOR_POLICY")
    if policy in ("backed", "backed-95"):
        author_backing.REQUIRED = True
        if policy == "backed-95":
            author_backing.THRESHOLD = author_backing.STRICT_THRESHOLD
    elif policy == "corroborated":
        authors.CORROBORATION_REQUIRED = True
    elif policy in AUTHOR_GATES:
        authors.GATED_ALONE = AUTHOR_GATES[policy]


#: ``--author-policy`` candidates of authors16: the sources that may not name a person alone.
AUTHOR_GATES = {"guess-alone": ("layout-guess",), "guess-meta-alone": ("layout-guess", "meta:author"),
                "declared-alone": ("layout-guess", "json-ld", "microdata", "meta:author", "opengraph", "citation",
                                   "dublin-core", "meta:parsely-author")}


def _run(task: tuple[str, str, str]) -> tuple[dict, float]:
    engine, path, url = task
    sys.path.insert(0, str(REPO))
    sys.path.insert(0, str(REPO / "bench"))
    _author_policy()
    import extract_adapter

    data = _page(Path(path))
    t = time.process_time()
    out = extract_adapter.ENGINES[engine](data, url or None) if data else {}
    return out, time.process_time() - t


def absent_note(rows: list[dict]) -> str:
    """"" when every bench/data page the label rows name is here; else one line saying which page sets'
    pages are absent (they are not committed) and the ``build.py --write`` that brings them back
    (bench/data/mirror_pages.py). A row with such pages is skipped: run, they would score as empty."""
    return _load("mirror_pages", REPO / "bench" / "data" / "mirror_pages.py").absent_note(r["file"] for r in rows)


def page_path(file: str, base: Path = SHARED) -> Path:
    """A label row's page: ``bench/data/...`` files (other projects' test pages, not committed but brought back
    by their set's ``build.py --write``, e.g. authors-blind2, which notices-dev17 labels) are under the
    repository, every other one under ``base``."""
    return REPO / file if file.startswith("bench/data/") else base / file


def _run_all(engine: str, rows: list[dict], base: Path, jobs: int) -> tuple[list[dict], float]:
    tasks = [(engine, str(page_path(r["file"], base)), r.get("url") or "") for r in rows]
    with ProcessPoolExecutor(jobs) as pool:
        res = list(pool.map(_safe_run, tasks, chunksize=8))
    return [r for r, _ in res], sum(s for _, s in res)


def _safe_run(task: tuple[str, str, str]) -> tuple[dict, float]:
    try:
        return _run(task)
    except Exception as exc:  # noqa: BLE001 - a page that breaks an engine scores as empty
        return {"error": f"{type(exc).__name__}: {exc}"}, 0.0


def _author_precision(ev, truth, pred, keys=None) -> tuple[int, int]:  # noqa: ANN001
    """(right, reported) author names on one page, by evaluate.py's token normalisation (or by
    ``keys``, a function of (ev, value) to a set of name keys: :func:`name_keys`)."""
    keys = keys or (lambda e, v: e._author_set(v))
    names = keys(ev, pred) if pred else frozenset()
    gold = keys(ev, truth)
    return sum(1 for n in names if n in gold), len(names)


# The same person written differently, in the label or in a tool's output: a byline's lead left on
# ("Von Roland Brockmann"), an honorific ("Dr."), a middle initial, surname-first order, accents,
# a doubled letter of a transliteration ("Illina" / "Ilina"), or an affiliation or a section after
# a connective ("James Lynch from University of Michigan", "Camila Méndez en Territorio",
# "Jane Doe for CNN"). Applied alike to archiver's and trafilatura's names and to the labels.
_LEADS = frozenset(["by", "von", "vom", "par", "por", "di", "door", "av", "written", "posted", "text", "texte", "autor", "autorin", "author"])
_HONORIFICS = frozenset(["dr", "prof", "professor", "mr", "mrs", "ms", "mme", "dott", "dra", "mag"])
_AFFILIATION = re.compile(r"\s+(?:from|at|for|en|für|aus|pour|chez|para|per)\s+\S.*$")


def _fold_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _name_key(ev, part: str) -> str:  # noqa: ANN001
    """One name's key: evaluate.py's tokens, then the differences of form above dropped."""
    words = ev._norm_tokens(_AFFILIATION.sub("", part.strip())).split()
    words = [_fold_accents(w) for w in words]
    while len(words) > 2 and words[0] in _LEADS | _HONORIFICS:
        words = words[1:]
    if len(words) > 1:
        words = [w for w in words if len(w) > 1 and w not in _HONORIFICS] or words
    return " ".join(sorted(re.sub(r"(\w)\1+", r"\1", w) for w in words))


def name_keys(ev, val) -> frozenset[str]:  # noqa: ANN001
    """evaluate.py's author set (split on ; , & / | and/und), each name by :func:`_name_key`."""
    vals = val if isinstance(val, (list, tuple)) else [ev._as_text(val)]
    parts = [p for v in vals if v for p in ev._AUTHOR_SPLIT.split(str(v))]
    return frozenset(k for k in (_name_key(ev, p) for p in parts) if k)


def _field_match(ev, truth, pred) -> bool:  # noqa: ANN001
    """The author field by :func:`name_keys`: the page's set of names exactly right."""
    return bool(ev._as_text(pred).strip()) and name_keys(ev, pred) == name_keys(ev, truth)
