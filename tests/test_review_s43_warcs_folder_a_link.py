"""A store whose ``warcs/`` folder is a symbolic link is read as the evidence check reads it
(review of store43: ``open_regular`` on links).

The README refuses such a store to every command that writes ("a store's own files and folders
must be inside it", exit 1) and says nothing against reading it: the evidence check reads the
WARC files through the link and finds every record as logged. The index's reader of extracted
texts resolved each WARC path and refused one outside the store, so its texts were empty, and
``show`` and ``cite`` said "the index's extracted text hashes to sha256:e3b0... (the empty
text), the provenance log says ...: the index disagrees with the log; run 'archiver reindex'",
and ``reindex`` then refused the link: a wrong cause and a loop. Both readers now hold a WARC
name to the same rule (``warcs/`` and one file name, no ``..``), and follow the link.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from test_evidence import (  # the store tests/test_evidence.py specifies
    arc,  # noqa: F401 - a fixture
    cli,
    pristine,  # noqa: F401 - a fixture
)

from archiver.evidence import PRESENT


def link_warcs_elsewhere(arc: dict, tmp_path: Path) -> None:  # noqa: F811
    """Move the store's warcs/ folder out of the store and leave a symbolic link in its place."""
    elsewhere = tmp_path / "elsewhere" / "warcs"
    elsewhere.parent.mkdir()
    shutil.move(arc["store"] / "warcs", elsewhere)
    (arc["store"] / "warcs").symlink_to(elsewhere)


def test_show_reads_the_text_through_a_linked_warcs_folder(arc, tmp_path):  # noqa: F811
    link_warcs_elsewhere(arc, tmp_path)
    proc = cli(arc, "show", arc["old"]["capture_id"], "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["evidence"] == PRESENT


def test_cite_reads_the_text_through_a_linked_warcs_folder(arc, tmp_path):  # noqa: F811
    link_warcs_elsewhere(arc, tmp_path)
    proc = cli(arc, "cite", arc["old"]["capture_id"], "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["evidence"] == PRESENT


def test_a_writer_still_refuses_a_linked_warcs_folder(arc, tmp_path):  # noqa: F811
    link_warcs_elsewhere(arc, tmp_path)
    proc = cli(arc, "reindex")
    assert proc.returncode == 1
    assert "is a symbolic link" in proc.stderr and "Traceback" not in proc.stderr


def test_a_warc_name_that_climbs_out_of_warcs_is_still_refused(arc):  # noqa: F811
    from archiver.archive import Archive
    from archiver.errors import StoreError

    with Archive.open(arc["store"], mode="read") as archive:
        for name in ("warcs/../index.sqlite3", "warcs/..", "warcs/.", "other/x.warc.gz", "warcs/a/b.warc.gz"):
            try:
                archive.storage.local_path(name)
            except StoreError as exc:
                assert "points outside" in str(exc)
            else:
                raise AssertionError(name)
