"""A record the signed log places over two whole gzip members is the log and the WARC file
disagreeing (exit 1), as a span that ends inside a member is.

A record is exactly one gzip member (WARC 1.1 annex D; warcio writes one per record, and so do
we): our writer logs each record's own member, and an import logged either a member warcio read
(one) or, before 8bf1ad7, a place no record has (tests/test_store41_logged_place_no_record.py).
No store of ours holds a legitimate span of two members. Read by its offset alone, such a record
passed, and ``warc_places.not_its_members`` took any run of whole members: ``show`` said
"evidence: present" and ``export`` copied the next record's member in as part of this one.

The store is built as an old import left it (tests/old_imports.py, layout ``two_members``: a file
a record per member, the response logged with its own member's length plus the request's).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli
from old_imports import QUOTE, copy_for_a_test, reindexed_old_import


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, int]:
    old, cid, length, _ = reindexed_old_import(tmp_path_factory.mktemp("span_of_two_members"), "two_members")
    return old, cid, length


@pytest.fixture
def imported(template: tuple[Path, str, int], tmp_path: Path, key_dir: Path) -> tuple[Path, str, str]:
    return copy_for_a_test(template, tmp_path / "store", key_dir)


@pytest.mark.parametrize("command", [("show", "{cid}"), ("verify-quote", QUOTE, "--capture", "{cid}"),
                                     ("cite", "{cid}")])
def test_a_statement_about_it_says_the_span_is_not_its_member(imported, command):
    store, cid, said = imported
    proc = run_cli(*(part.format(cid=cid) for part in command), store=store)
    assert proc.exit_code == 1, proc.output
    assert said in proc.stderr and "warcio recompress" in proc.stderr, proc.stderr
    assert "evidence: present" not in proc.stdout


def test_log_verify_deep_names_the_span(imported):
    store, _, said = imported
    proc = run_cli("log", "verify", "--deep", store=store)
    assert proc.exit_code == 1, proc.output
    assert said in proc.output and "deep: OK" not in proc.output


def test_export_refuses_it_and_writes_no_bundle(imported, tmp_path):
    store, cid, said = imported
    proc = run_cli("export", cid, "-o", str(tmp_path / "b.wacz"), store=store)
    assert proc.exit_code == 1, proc.output
    assert said in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "b.wacz").exists()
