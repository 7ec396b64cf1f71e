"""Read commands on a damaged store: each says one line (or a correct report) and writes nothing.

The adversarial pass of session 45 over ``show``, ``list``, ``cite``, ``history``, ``diff``,
``log show``, ``log verify`` and ``log verify --deep``, on a store of two captures damaged one way
each: a WARC file cut in half, emptied, replaced by a folder or by a link to ``/dev/zero``; the log
cut mid-line; the index cut in half or older than the log (it lacks the second capture); a
``-wal`` file of junk with no ``-shm`` (read through a private copy: nothing made beside it).
Every run: no traceback, an error is one line, and every file of the store (and the listing) is
as it was. (Permissions 000 on a WARC file is not among them: the suite may run as root, whom
they do not stop.)
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cli import run_cli
from servers import Site, html_page
from stores import FERRY_PAGE, build_template, copy_store, store_state

from archiver.archive import Archive

SECOND_PAGE = FERRY_PAGE.replace(b"night ferry", b"morning bus")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """Two captures; ``one``: the store as it was after the first (its index, for a log longer than it)."""
    made = tmp_path_factory.mktemp("damaged_reads")
    site = Site()
    site.routes["/ferry"], site.routes["/bus"] = html_page(FERRY_PAGE), html_page(SECOND_PAGE)
    try:
        first = build_template(made / "one", lambda arc: arc.capture(site.url("/ferry")))
        copy_store(made / "one", made / "two" / "store", made / "two" / "keys")
        with Archive.open(made / "two" / "store", key_dir=made / "two" / "keys") as arc:
            second = arc.capture(site.url("/bus"))
    finally:
        site.close()
    return {"root": made / "two", "one": made / "one" / "store", "first": str(first.capture_id),
            "second": str(second.capture_id), "url": site.url("/ferry")}


def _warc(store: Path) -> Path:
    return sorted((store / "warcs").glob("*.warc.gz"))[0]


def _cut(path: Path, keep: float) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:int(len(data) * keep)])


def _replace(path: Path, by: str) -> None:
    path.unlink()
    if by == "folder":
        path.mkdir()
    else:
        path.symlink_to(by)


DAMAGE = {
    "WARC cut in half": lambda s, t: _cut(_warc(s), 0.5),
    "WARC emptied": lambda s, t: _cut(_warc(s), 0),
    "WARC a folder": lambda s, t: _replace(_warc(s), "folder"),
    "WARC a link to /dev/zero": lambda s, t: _replace(_warc(s), "/dev/zero"),
    "log cut mid-line": lambda s, t: _cut(s / "provenance" / "log.jsonl", 0.7),
    "index cut in half": lambda s, t: _cut(s / "index.sqlite3", 0.5),
    "log longer than the index": lambda s, t: shutil.copyfile(t["one"] / "index.sqlite3", s / "index.sqlite3"),
    "index -wal of junk, no -shm": lambda s, t: (s / "index.sqlite3-wal").write_bytes(b"\x37\x7f\x06\x82" * 1024),
}

READS = [("show", "{first}"), ("list",), ("cite", "{first}"), ("history", "{url}"), ("diff", "{first}", "{second}"),
         ("log", "show"), ("log", "verify"), ("log", "verify", "--deep")]



@pytest.mark.parametrize("command", READS, ids=" ".join)
@pytest.mark.parametrize("damage", DAMAGE)
def test_a_read_on_a_damaged_store_says_one_line_and_writes_nothing(template, tmp_path: Path, key_dir: Path,
                                                                     damage: str, command: tuple[str, ...]):
    store = tmp_path / "store"
    copy_store(template["root"], store, key_dir)
    DAMAGE[damage](store, template)
    before = store_state(store)
    proc = run_cli(*(a.format(**template) for a in command), store=store)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert store_state(store) == before
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error")]
    assert len(errors) <= 1, proc.stderr
    if errors:
        assert proc.returncode in (1, 2, 3), proc.stderr
