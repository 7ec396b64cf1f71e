"""A refused command leaves the store exactly as it was: no file made, none changed, whatever
state the store is in (not there, an empty folder, one capture, its index or text index missing).

A writing command opened the index for writing before it looked at its input, and opening made
``index.sqlite3`` when there was none (a store whose captures all failed, or whose index was
deleted): ``correct``, ``export``, ``recapture``, ``reextract`` and ``verify-quote --capture``
given an unknown capture id, or a URL that is not one, said so (exit 2) and left an empty index
behind. The index file is now made at the first write (:class:`archiver.store.index.SqliteIndex`).

A damaged index (cut in half) refused such a command with "the index ... is damaged; run
'archiver reindex'" and left ``index.sqlite3-wal`` and ``-shm`` beside it: the failed opening for
writing kept its connection open to the process's end. It is closed as the opening fails, and
SQLite removes the two files with it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cli import run_cli
from stores import copy_store, one_capture_template, store_state

from archiver.store.storage import TEXT_INDEX_FILE


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    return one_capture_template(tmp_path_factory.mktemp("refused_leave_nothing"))


REFUSED = {
    "archive a non-URL": ("archive", "notaurl"),
    "archive ftp": ("archive", "ftp://example.org/"),
    "batch a missing file": ("batch", "{tmp}/no-such-file"),
    "check a missing manuscript": ("check", "{tmp}/no-such.md"),
    "cite an unknown id": ("cite", "zzzzzz"),
    "correct an unknown id": ("correct", "zzzzzz", "--title", "T", "--reason", "wrong"),
    "correct without a reason": ("correct", "{cid}", "--title", "T"),
    "diff unknown ids": ("diff", "zzzzzz", "yyyyyy"),
    "export an unknown id": ("export", "zzzzzz", "-o", "{tmp}/out.wacz"),
    "history a non-URL": ("history", "notaurl"),
    "import a missing file": ("import", "{tmp}/no-such.warc"),
    "import a file that is no WARC": ("import", "{tmp}/junk.warc"),
    "log show an unknown type": ("log", "show", "--type", "bogus"),
    "log proof an unknown entry": ("log", "proof", "999"),
    "recapture an unknown id": ("recapture", "zzzzzz"),
    "recapture a non-URL": ("recapture", "notaurl"),
    "reextract an unknown id": ("reextract", "zzzzzz"),
    "screenshot an unknown id": ("screenshot", "zzzzzz", "-o", "{tmp}/shot.png"),
    "show an unknown id": ("show", "zzzzzz"),
    "verify-quote an unknown capture": ("verify-quote", "a quote", "--capture", "zzzzzz"),
    "verify-quote an empty quote": ("verify-quote", ""),
    "verify-quote a non-URL": ("verify-quote", "a quote", "--url", "notaurl"),
}

STORES = ["missing", "empty folder", "one capture", "no index", "no text index", "index cut in half"]


def _store(kind: str, template: tuple[Path, str], tmp_path: Path, key_dir: Path) -> Path:
    store = tmp_path / "store"
    if kind == "empty folder":
        store.mkdir()
    elif kind != "missing":
        copy_store(template[0], store, key_dir)
        if kind == "no index":
            (store / "index.sqlite3").unlink()
        elif kind == "no text index":
            (store / TEXT_INDEX_FILE).unlink()
        elif kind == "index cut in half":
            data = (store / "index.sqlite3").read_bytes()
            (store / "index.sqlite3").write_bytes(data[:len(data) // 2])
    return store



@pytest.mark.parametrize("kind", STORES)
@pytest.mark.parametrize("name", REFUSED)
def test_a_refused_command_leaves_the_store_as_it_was(template, tmp_path: Path, key_dir: Path, name: str, kind: str):
    store = _store(kind, template, tmp_path, key_dir)
    (tmp_path / "junk.warc").write_bytes(b"not a WARC file\r\n")
    before = store_state(store)
    args = [a.format(tmp=tmp_path, cid=template[1]) for a in REFUSED[name]]
    proc = run_cli(*args, store=store)
    assert proc.returncode != 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    assert store_state(store) == before, proc.stderr
