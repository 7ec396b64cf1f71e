"""A record the signed log places at exactly one gzip member that holds two WARC records is the
log and the WARC file disagreeing (exit 1), as a span of two members is.

A record is one gzip member holding that record alone (WARC 1.1 annex D; warcio writes one record
per member, and so do we). ``warc_places.not_its_members`` asked only whether the logged span was
one whole member, and the fast reader took the record at the member's start with its
Content-Length and never looked past it: a member gzipped a pair of records at a time, logged
with that member's length, passed. ``show`` said "evidence: present", ``verify-quote`` and
``cite`` answered, ``log verify --deep`` said OK and ``export`` copied the request in as part of
the response.

The store is built as an old import left it (tests/old_imports.py, layout ``pair_in_member``);
``reindex`` names it too (tests/test_store42_reindex_names_unplaced_records.py, every layout).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli
from old_imports import QUOTE, copy_for_a_test, reindexed_old_import


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, int]:
    old, cid, length, _ = reindexed_old_import(tmp_path_factory.mktemp("member_of_two_records"), "pair_in_member")
    return old, cid, length


@pytest.fixture
def imported(template: tuple[Path, str, int], tmp_path: Path, key_dir: Path) -> tuple[Path, str, str]:
    return copy_for_a_test(template, tmp_path / "store", key_dir)


@pytest.mark.parametrize("command", [("show", "{cid}"), ("show", "{cid}", "--json"),
                                     ("verify-quote", QUOTE, "--capture", "{cid}"), ("cite", "{cid}")])
def test_a_statement_about_it_says_its_member_holds_another_record(imported, command):
    store, cid, said = imported
    proc = run_cli(*(part.format(cid=cid) for part in command), store=store)
    assert proc.exit_code == 1, proc.output
    assert said in proc.stderr and "another record" in proc.stderr and "warcio recompress" in proc.stderr, \
        proc.stderr
    assert "evidence: present" not in proc.stdout and '"present"' not in proc.stdout


def test_log_verify_deep_names_the_member(imported):
    store, _, said = imported
    proc = run_cli("log", "verify", "--deep", store=store)
    assert proc.exit_code == 1, proc.output
    assert said in proc.output and "another record" in proc.output and "deep: OK" not in proc.output


def test_export_refuses_it_and_writes_no_bundle(imported, tmp_path):
    store, cid, said = imported
    proc = run_cli("export", cid, "-o", str(tmp_path / "b.wacz"), store=store)
    assert proc.exit_code == 1, proc.output
    assert said in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "b.wacz").exists()
