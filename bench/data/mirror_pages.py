"""Page sets this repository does not commit: bring them back from the mirrored repositories.

The pages of bench/data/authors-blind2, authors-blind8, authors-blind9, fundus, notices-blind8, -blind9 and
-blind10 are other projects' test pages, read out of read-only git dirs under /work/.mirror (``fetch`` of the search tool brings a
repository there). The tool library's rule is that developers commit none of what ``fetch`` brings,
so each set commits only its ``pages.jsonl`` (URL, source repository, commit, path there, licence and
the sha256 of the page file as written) and its ``build.py``; ``build.py --write`` calls
:func:`bring_back`, which writes each page from the mirror at its commit and keeps it only if its
digest is the recorded one (byte for byte: a page that differs is not written).

Consumers (bench/bench_generalise.py, bench/author_*.py) call :func:`absent_note` and skip a row,
naming the ``build.py --write`` command, when a set's pages are not here.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

DATA = Path(__file__).resolve().parent
REPO = DATA.parents[1]
#: where ``fetch`` puts a repository: <owner>+<name>/repo (a bare git dir, or a clone with .git)
MIRROR = Path(os.environ.get("ARCHIVER_MIRROR", "/work/.mirror"))
#: the page sets whose pages ``build.py --write`` brings back (folder names under bench/data)
UNCOMMITTED = ("authors-blind2", "authors-blind8", "authors-blind9", "authors-blind10", "authors-blind11", "fundus",
               "notices-blind8", "notices-blind9", "notices-blind10", "notices-blind11", "notices-blind12",
               "notices-blind13", "notices-blind14", "notices-blind15", "notices-blind16",
               "notices-blind17", "notices-blind18", "notices-blind19", "notices-blind20",
               "notices-blind21", "notices-blind22")


def recompressed(data: bytes, upstream_path: str) -> bytes:
    """The page file as the authors-blind2, authors-blind8, notices-blind8 and -blind9 builders wrote it: the page's HTML
    (gunzipped where the upstream file is gzipped) gzipped at level 9 with mtime 0."""
    html = gzip.decompress(data) if upstream_path.endswith(".gz") else data
    return gzip.compress(html, 9, mtime=0)


def as_stored(data: bytes, upstream_path: str) -> bytes:
    """The page file as fundus's builder wrote it: the upstream file's bytes unchanged."""
    return data


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def git_dir(source: str, mirror: Path | None = None) -> Path:
    """The mirror's git dir of ``owner/name`` (it may be absent)."""
    repo = (mirror or MIRROR) / source.replace("/", "+") / "repo"
    return repo / ".git" if (repo / ".git").is_dir() else repo


def upstream_bytes(source: str, commit: str, path: str, mirror: Path | None = None) -> bytes:
    return subprocess.run(["git", "--git-dir", str(git_dir(source, mirror)), "show", f"{commit}:{path}"],
                          capture_output=True, check=True).stdout


def read_rows(folder: Path) -> list[dict]:
    with (folder / "pages.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def write_command(folder_name: str) -> str:
    return f"/work/main/.venv/bin/python bench/data/{folder_name}/build.py --write"


def bring_back(folder: Path, make: Callable[[bytes, str], bytes], *, root: Path = REPO,
               mirror: Path | None = None) -> int:
    """Write every page of ``folder/pages.jsonl`` from the mirror at its commit, each checked against its
    recorded sha256 before it is kept; 0 when every page is here and matches, 1 otherwise (what is missing
    or differs is said on stderr, one line each). ``root`` is what each row's ``file`` is relative to,
    ``mirror`` where the mirrored repositories are (:data:`MIRROR`)."""
    rows = read_rows(folder)
    missing = sorted({r["source"] for r in rows if not git_dir(r["source"], mirror).exists()})
    for source in missing:
        print(f"{folder.name}: no mirror of {source} at {git_dir(source, mirror)}: bring it with the search tool's "
              f"fetch (github:{source}), then run this again", file=sys.stderr)
    written = kept = bad = 0
    for row in rows:
        if row["source"] in missing:
            continue
        target = root / row["file"]
        if target.exists() and sha256(target.read_bytes()) == row["sha256"]:
            kept += 1
            continue
        try:
            data = make(upstream_bytes(row["source"], row["commit"], row["upstream_path"], mirror),
                        row["upstream_path"])
        except subprocess.CalledProcessError as exc:
            print(f"{row['file']}: {row['source']} has no {row['upstream_path']} at {row['commit'][:12]} "
                  f"({exc.stderr.decode(errors='replace').strip()})", file=sys.stderr)
            bad += 1
            continue
        if sha256(data) != row["sha256"]:
            print(f"{row['file']}: not written: {row['upstream_path']} at {row['commit'][:12]} gives sha256 "
                  f"{sha256(data)[:16]}..., pages.jsonl records {row['sha256'][:16]}...", file=sys.stderr)
            bad += 1
            continue
        tmp = target.with_name(target.name + ".part")
        tmp.write_bytes(data)
        tmp.replace(target)
        written += 1
    left = sum(1 for r in rows if r["source"] in missing)
    print(f"{folder.name}: {written} pages written, {kept} already here, {bad} not matching, {left} without a "
          f"mirror ({len(rows)} in pages.jsonl; each checked against its sha256)", file=sys.stderr)
    return 0 if written + kept == len(rows) else 1


def absent_pages(files: Iterable[str]) -> dict[str, int]:
    """Uncommitted page sets (bench/data/<set>/...) with pages absent among ``files``: set -> count."""
    out: dict[str, int] = {}
    for f in files:
        parts = Path(f).parts
        if len(parts) > 2 and parts[:2] == ("bench", "data") and parts[2] in UNCOMMITTED and not (REPO / f).exists():
            out[parts[2]] = out.get(parts[2], 0) + 1
    return out


def absent_note(files: Iterable[str]) -> str:
    """"" when every page ``files`` names that belongs to an uncommitted set is here; else one line naming
    how many are absent and the ``build.py --write`` command that brings them back."""
    gone = absent_pages(files)
    if not gone:
        return ""
    return "skipped: " + "; ".join(
        f"{n} page{'s' if n != 1 else ''} of bench/data/{name} {'are' if n != 1 else 'is'} absent (not committed; `{write_command(name)}` brings them back)"
        for name, n in sorted(gone.items()))
