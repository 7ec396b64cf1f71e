"""``reindex`` names each capture whose signed log places a record where no record is, and
exits 1, still indexing it.

The captures an ``import`` made before 8bf1ad7 logged with a place no record has (a length of zero
or less, a span that is not one whole gzip member) are refused by every statement (exit 1, naming
``warcio recompress``: tests/test_store41_logged_place_no_record.py), but ``reindex`` rebuilt the
index over them without a word ("reindexed 1 captures", exit 0), as if the store were healthy.
It now says, one line per capture on stderr (``problem: ...``, with what to do), lists them in
``--json`` (``unplaced_records``, ``ok`` false) and exits 1, a problem found (conventions.md); the
capture stays indexed, so each statement names what is wrong with it rather than "the index lacks
it: run reindex", which would send the user round in a circle.

Stores are built as that import left them (tests/old_imports.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli
from old_imports import LAYOUTS, build_old_import
from stores import copy_store


@pytest.fixture(scope="module", params=sorted(LAYOUTS))
def template(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, int]:
    return build_old_import(tmp_path_factory.mktemp("reindex_unplaced"), request.param)


@pytest.fixture
def imported(template: tuple[Path, str, int], tmp_path: Path, key_dir: Path) -> tuple[Path, str, int]:
    root, cid, length = template
    copy_store(root, tmp_path / "store", key_dir)
    return tmp_path / "store", cid, length


def test_reindex_names_the_capture_and_what_to_do_and_exits_1(imported):
    store, cid, length = imported
    proc = run_cli("reindex", store=store)
    assert proc.exit_code == 1, proc.output
    assert proc.stdout.startswith("reindexed 1 captures")
    [line] = [x for x in proc.stderr.splitlines() if cid in x]
    assert line.startswith("problem: ") and f"has a logged length of {length}, which " in line, line
    assert "warcio recompress" in line


def test_reindex_json_lists_it_and_still_indexes_it(imported):
    store, cid, _ = imported
    proc = run_cli("reindex", "--json", store=store)
    assert proc.exit_code == 1, proc.output
    doc = json.loads(proc.stdout)
    assert doc["ok"] is False and doc["captures"] == 1
    [line] = doc["unplaced_records"]
    assert cid in line and "warcio recompress" in line
    shown = run_cli("show", cid, store=store)
    assert shown.exit_code == 1 and "the index lacks" not in shown.stderr
