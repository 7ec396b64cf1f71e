"""A capture whose signed log places a record where no record is is the log and the WARC file
disagreeing: every statement about it says so (exit 1), not "present".

An ``import`` of a gzip WARC whose members hold several records, made before such files were
refused (8bf1ad7), logged its response at its member's start with a length no record has: a
negative one for a file gzipped whole, the response's uncompressed length (which ends inside the
next member) for one gzipped a pair of records at a time. ``export`` of the first has failed in
one line since 155b11e (tests/test_record_span_logged_length.py), of the second it copied a member
cut short; ``show`` still said "evidence: present", ``verify-quote`` and ``cite`` answered and
``log verify --deep`` said OK, because the full reader found the record by its offset alone.

The store is made as that import made it (tests/old_imports.py); ``reindex`` then builds its index
(naming the capture, exit 1: tests/test_store42_reindex_names_unplaced_records.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli
from old_imports import QUOTE, copy_for_a_test, reindexed_old_import

LAYOUTS = ("by_pairs", "whole")


@pytest.fixture(scope="module", params=LAYOUTS)
def template(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, int]:
    old, cid, length, reindexed = reindexed_old_import(tmp_path_factory.mktemp("logged_place_no_record"), request.param)
    assert reindexed.exit_code == 1, reindexed.output  # indexed, and named as a problem
    return old, cid, length


@pytest.fixture
def imported(template: tuple[Path, str, int], tmp_path: Path, key_dir: Path) -> tuple[Path, str, str]:
    return copy_for_a_test(template, tmp_path / "store", key_dir)


@pytest.mark.parametrize("command", [("show", "{cid}"), ("show", "{cid}", "--json"),
                                     ("verify-quote", QUOTE, "--capture", "{cid}"), ("cite", "{cid}")])
def test_a_statement_about_it_says_the_log_places_no_record_there(imported, command):
    store, cid, said = imported
    proc = run_cli(*(part.format(cid=cid) for part in command), store=store)
    assert proc.exit_code == 1, proc.output
    assert said in proc.stderr and "warcio recompress" in proc.stderr, proc.stderr
    assert "evidence: present" not in proc.stdout and '"present"' not in proc.stdout


def test_log_verify_deep_names_the_place(imported):
    store, _, said = imported
    proc = run_cli("log", "verify", "--deep", store=store)
    assert proc.exit_code == 1, proc.output
    assert said in proc.output and "deep: OK" not in proc.output


def test_export_refuses_it_in_one_line(imported, tmp_path):
    store, cid, said = imported
    proc = run_cli("export", cid, "-o", str(tmp_path / "b.wacz"), store=store)
    assert proc.exit_code == 1, proc.output
    assert said in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "b.wacz").exists()
