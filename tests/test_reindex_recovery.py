"""Crash leftovers: like git's dangling objects, reported once as a ``recovery`` entry, never a failure for ever."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import as_if_written_here, run_cli
from servers import Site, html_page

from archiver.archive import Archive
from archiver.capture.warc import StoredRecord, iter_records

PAGE = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
        b"<p>The harbour handled 41,000 containers in March, the port authority said.</p></article></body></html>")
DEAD = "archiver-20990101T000000000000Z-1-dead-00000.warc.gz"


@pytest.fixture
def site():
    s = Site()
    s.routes["/news"] = html_page(PAGE)
    yield s
    s.close()


def _killed_capture(store: Path, tmp_path: Path, site: Site, *, upto: str) -> Path:
    """Put into ``store`` the WARC file a process killed mid-capture leaves: its records up to
    (not including) the first record of type/kind ``upto`` ("extraction": request+response only;
    "log": everything incl. the manifest, but the process died before appending to the log)."""
    other = tmp_path / f"other-{upto}"
    assert run_cli("archive", site.url("/news"), store=other).returncode == 0
    [warc] = list((other / "warcs").glob("*.warc.gz"))
    records = [r for r in iter_records(warc) if isinstance(r, StoredRecord)]
    if upto == "extraction":
        cut = next(r for r in records if r.rec_type == "metadata").offset
    else:
        cut = warc.stat().st_size
    dead = store / "warcs" / DEAD
    dead.write_bytes(as_if_written_here(store, warc, cut))
    return dead


def _reindex(store: Path, env: dict | None = None) -> tuple[int, dict]:
    proc = run_cli("reindex", "--json", store=store, env=env)
    assert "Traceback" not in proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def _recovery_entries(store: Path, key_dir: Path) -> list:
    with Archive.open(store, key_dir=key_dir) as arc:
        return list(arc.log.entries("recovery"))


def test_crash_leftovers_are_logged_once_as_recovery_and_reindex_exits_0(store, tmp_path, site, key_dir):
    assert run_cli("archive", site.url("/news"), store=store).returncode == 0
    _killed_capture(store, tmp_path, site, upto="extraction")
    code, report = _reindex(store)
    assert code == 0 and report["ok"] and report["captures"] == 1
    assert report["recovered"] and "logged as recovery" in report["recovered"][0]
    [entry] = _recovery_entries(store, key_dir)
    assert entry.data["warc"] == f"warcs/{DEAD}"
    assert [r["type"] for r in entry.data["records"]] == ["request", "response"]
    assert all(isinstance(r["offset"], int) for r in entry.data["records"])


def test_a_second_reindex_mentions_recovered_leftovers_as_information_and_exits_0(store, tmp_path, site, key_dir):
    assert run_cli("archive", site.url("/news"), store=store).returncode == 0
    _killed_capture(store, tmp_path, site, upto="extraction")
    _reindex(store)
    code, report = _reindex(store)
    assert code == 0 and report["ok"]
    assert report["recovered"] and "recovered earlier" in report["recovered"][0]
    assert len(_recovery_entries(store, key_dir)) == 1  # logged once, not on every run
    proc = run_cli("reindex", store=store)
    assert proc.returncode == 0 and "recovered:" in proc.stderr and "problem:" not in proc.stderr


def test_a_manifest_whose_log_entry_was_never_written_is_a_leftover_not_a_capture(store, tmp_path, site, key_dir):
    assert run_cli("archive", site.url("/news"), store=store).returncode == 0
    _killed_capture(store, tmp_path, site, upto="log")
    code, report = _reindex(store)
    assert code == 0 and report["captures"] == 1
    assert len(json.loads(run_cli("list", "--json", store=store).stdout)) == 1
    [entry] = _recovery_entries(store, key_dir)
    assert {r["type"] for r in entry.data["records"]} >= {"request", "response", "metadata"}


def test_without_the_signing_key_reindex_still_rebuilds_and_reports_leftovers_as_information(store, tmp_path, site, key_dir):
    assert run_cli("archive", site.url("/news"), store=store).returncode == 0
    _killed_capture(store, tmp_path, site, upto="extraction")
    elsewhere = tmp_path / "no-keys"
    elsewhere.mkdir()
    code, report = _reindex(store, env={"ARCHIVER_KEY_DIR": str(elsewhere)})
    assert code == 0 and report["captures"] == 1
    assert "not logged" in report["recovered"][0]
    assert _recovery_entries(store, key_dir) == []


def test_a_logged_capture_whose_warc_file_is_gone_is_a_problem_found_now(store, site):
    assert run_cli("archive", site.url("/news"), store=store).returncode == 0
    for warc in (store / "warcs").glob("*.warc.gz"):
        warc.unlink()
    code, report = _reindex(store)
    assert code == 1 and report["captures"] == 0
    assert report["incomplete_captures"] and "missing" in report["incomplete_captures"][0]
