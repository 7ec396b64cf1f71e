"""A file-size limit (``ulimit -f``, RLIMIT_FSIZE) that stops a write is named as such.

Python ignores SIGXFSZ, so a write past the limit fails with EFBIG; SQLite reports that as a
plain "disk I/O error". Before, ``archive`` and ``reindex`` then said "index ... is unreadable
(disk I/O error); run 'archiver reindex'" (or, when the failing write was a commit, printed a
traceback: "cannot rollback - no transaction is active"), and ``reindex``, run under the same
limit, said the same again, though the index was intact. Now: one line naming the limit, exit 3
(the command could not complete), and no advice to reindex.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli
from servers import Site, html_page

from archiver.archive import Archive

PAGE = (b"<html><head><title>Quay notes</title></head><body><article><h1>Quay notes</h1>"
        b"<p>The quay was rebuilt in 1911 after the great storm, the museum's guide says.</p>"
        b"</article></body></html>")
#: Below the size of a store's index after one capture (72 KiB), above its WARC file and log.
LIMIT = 40_000

#: ``archiver ARGS`` as the console script runs it, under a file-size limit (argv[1], bytes).
UNDER_A_LIMIT = """
import resource, runpy, sys
limit = int(sys.argv.pop(1))
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
sys.argv = ["archiver", *sys.argv[1:]]
runpy.run_module("archiver", run_name="__main__", alter_sys=True)
"""


def _limited(store: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", UNDER_A_LIMIT, str(LIMIT), "--store", str(store), *args],
                          capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})})


@pytest.fixture
def stored(tmp_path: Path, key_dir: Path, site: Site) -> dict[str, object]:
    site.routes["/quay"] = html_page(PAGE)
    site.routes["/again"] = html_page(PAGE.replace(b"Quay", b"Pier"))
    site.routes["/large"] = html_page(PAGE.replace(b"</p>", os.urandom(LIMIT).hex().encode() + b"</p>"))
    with Archive.open(tmp_path / "store", key_dir=key_dir) as arc:
        cap = arc.capture(site.url("/quay"))
    assert (tmp_path / "store" / "index.sqlite3").stat().st_size > LIMIT
    return {"store": tmp_path / "store", "capture": cap.capture_id, "again": site.url("/again"),
            "large": site.url("/large")}


def _says_the_limit_in_one_line(proc: subprocess.CompletedProcess[str]) -> None:
    assert proc.returncode == 3, proc.stderr
    assert proc.stderr.startswith("error:") and proc.stderr.count("\n") == 1, proc.stderr
    assert "file-size limit" in proc.stderr and f"{LIMIT:,} bytes" in proc.stderr
    assert "archiver reindex" not in proc.stderr and "unreadable" not in proc.stderr


@pytest.fixture(scope="module")
def reindexed_under_the_limit(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A store of one capture (as :func:`stored` makes it, its key in a folder of the module's)
    and ``reindex`` run on it under the limit, once for the two tests that read them."""
    root = tmp_path_factory.mktemp("reindex-under-a-limit")
    site = Site()
    site.routes["/quay"] = html_page(PAGE)
    try:
        with Archive.open(root / "store", key_dir=root / "keys") as arc:
            cap = arc.capture(site.url("/quay"))
    finally:
        site.close()
    assert (root / "store" / "index.sqlite3").stat().st_size > LIMIT
    env = {"ARCHIVER_KEY_DIR": str(root / "keys")}
    return {"store": root / "store", "env": env, "capture": cap.capture_id,
            "reindex": _limited(root / "store", "reindex", env=env)}


def test_reindex_under_a_file_size_limit_names_the_limit_and_exits_3(reindexed_under_the_limit):
    _says_the_limit_in_one_line(reindexed_under_the_limit["reindex"])


def test_archive_under_a_file_size_limit_names_the_limit_and_exits_3(stored):
    _says_the_limit_in_one_line(_limited(Path(str(stored["store"])), "archive", str(stored["again"])))


def test_the_index_a_file_size_limit_stopped_is_intact_without_the_limit(reindexed_under_the_limit):
    store, env = Path(str(reindexed_under_the_limit["store"])), reindexed_under_the_limit["env"]
    assert reindexed_under_the_limit["reindex"].returncode == 3
    listed = run_cli("list", store=store, env=env)
    assert listed.returncode == 0 and str(reindexed_under_the_limit["capture"]) in listed.stdout, listed.stderr
    assert run_cli("reindex", store=store, env=env).returncode == 0


def test_a_warc_file_stopped_by_a_file_size_limit_names_the_limit_and_exits_3(stored):
    # (a page larger than the limit: its WARC file's write fails before the index is written;
    # before, "cannot write to WARC file ...: File too large", exit 1: "found a problem")
    proc = _limited(Path(str(stored["store"])), "archive", str(stored["large"]))
    _says_the_limit_in_one_line(proc)
    assert "WARC file" in proc.stderr


def test_a_user_file_written_past_the_file_size_limit_names_it_and_exits_3(stored, tmp_path):
    """Review 18 F2-F4: an output the user names (here a bibliography past a tiny limit) said
    "File too large" with exit 2, as if the path were wrong; EFBIG is the machine's limit."""
    out = tmp_path / "big.bib"
    proc = subprocess.run([sys.executable, "-c", UNDER_A_LIMIT, "64", "--store", str(stored["store"]), "cite",
                           "--all", "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 3, proc.stderr
    assert proc.stderr.startswith("error:") and proc.stderr.count("\n") == 1, proc.stderr
    assert "file-size limit" in proc.stderr and "Traceback" not in proc.stderr


def test_an_append_to_the_log_stopped_by_the_file_size_limit_is_one_line_and_exit_3(stored):
    log = Path(str(stored["store"])) / "provenance" / "log.jsonl"
    limit = log.stat().st_size + 16  # (the next entry cannot fit)
    proc = subprocess.run([sys.executable, "-c", UNDER_A_LIMIT, str(limit), "--store", str(stored["store"]), "correct",
                           str(stored["capture"]), "--title", "Quay notes, corrected", "--reason", "typo"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 3, proc.stderr
    assert "file-size limit" in proc.stderr and "Traceback" not in proc.stderr
