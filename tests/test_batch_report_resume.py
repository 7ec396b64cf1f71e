"""``batch --report FILE`` on a resumed batch (review 22 F3).

The review found that an interrupted ``archiver batch URLS --report FILE`` could not be resumed as
it says ("run the same command again"): the report it had written at the interruption already
existed, so the same command was refused without ``--force``. The batch's state file (its resume
mechanism: ``<store>/batches/<sha256 of its URLs>.jsonl``) now notes each report it wrote (the
path and the sha256 of the bytes): a run of the same batch in the same store may replace the file
that is still exactly that report. Any other file there (the user's own, the report edited since,
another batch's report) still needs ``--force``.

A real batch process interrupted with Ctrl-C, real loopback servers, the real CLI.
"""

from __future__ import annotations

import csv
import signal
from pathlib import Path

from cli import start_cli_process, wait_for_line
from conftest import run_cli
from servers import Site, html_page


def _pages(site: Site, *names: str) -> list[str]:
    for name in names:
        site.routes[f"/{name}"] = html_page(
            f"<html><head><title>{name}</title></head><body><article><h1>{name}</h1><p>The harbour "
            f"authority said the {name} bridge would reopen in March after repairs.</p></article></body></html>"
            .encode())
    return [site.url(f"/{name}") for name in names]


def _url_file(path: Path, urls: list[str]) -> Path:
    path.write_text("\n".join(urls) + "\n")
    return path


def _statuses(report: Path) -> dict[str, str]:
    with report.open(newline="") as f:
        return {row["url"]: row["status"] for row in csv.DictReader(f)}


def _interrupted_batch(store: Path, urls_file: Path, report: Path, first: str) -> None:
    """Run the batch as a real process, the host's next URL held by a long --delay, and press
    Ctrl-C once its first URL is captured: it stops (exit 130) and writes its report."""
    proc = start_cli_process("batch", str(urls_file), "--threads", "--delay", "600", "--report", str(report),
                             store=store)
    try:
        wait_for_line(proc.stdout, first)
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130, stderr
    assert "run the same command again" in stderr


def test_an_interrupted_batch_resumed_replaces_its_own_report_without_force(site, store, tmp_path):
    urls = _pages(site, "north", "south")
    urls_file, report = _url_file(tmp_path / "urls.txt", urls), tmp_path / "report.csv"
    _interrupted_batch(store, urls_file, report, urls[0])
    assert list(_statuses(report).values())[0] == "captured"
    assert list(_statuses(report).values())[1] != "captured"
    proc = run_cli("batch", str(urls_file), "--threads", "--delay", "0", "--report", str(report), store=store)
    assert proc.returncode == 0, proc.stderr
    assert "resuming: 1 of 2 URLs already done" in proc.stderr
    assert _statuses(report) == {urls[0]: "captured", urls[1]: "captured"}


def _finished_batch(store: Path, urls_file: Path, report: Path) -> None:
    proc = run_cli("batch", str(urls_file), "--threads", "--delay", "0", "--report", str(report), store=store)
    assert proc.returncode == 0, proc.stderr


def test_the_same_batch_run_again_may_replace_its_own_report(site, store, tmp_path):
    urls_file, report = _url_file(tmp_path / "urls.txt", _pages(site, "east")), tmp_path / "report.csv"
    _finished_batch(store, urls_file, report)
    proc = run_cli("batch", str(urls_file), "--threads", "--delay", "0", "--report", str(report), store=store)
    assert proc.returncode == 0, proc.stderr


def test_its_report_edited_since_is_not_replaced_without_force(site, store, tmp_path):
    urls_file, report = _url_file(tmp_path / "urls.txt", _pages(site, "east")), tmp_path / "report.csv"
    _finished_batch(store, urls_file, report)
    edited = report.read_text() + "my notes on the batch\n"
    report.write_text(edited)
    proc = run_cli("batch", str(urls_file), "--threads", "--delay", "0", "--report", str(report), store=store)
    assert proc.returncode == 2 and "already exists" in proc.stderr and "--force" in proc.stderr
    assert report.read_text() == edited


def test_another_batchs_report_is_not_replaced_without_force(site, store, tmp_path):
    east, west = _pages(site, "east", "west")
    report = tmp_path / "report.csv"
    _finished_batch(store, _url_file(tmp_path / "east.txt", [east]), report)
    before = report.read_bytes()
    proc = run_cli("batch", str(_url_file(tmp_path / "west.txt", [west])), "--threads", "--delay", "0",
                   "--report", str(report), store=store)
    assert proc.returncode == 2 and "already exists" in proc.stderr and "--force" in proc.stderr
    assert report.read_bytes() == before


def test_the_same_batch_in_another_store_does_not_replace_the_report_without_force(site, store, tmp_path):
    urls_file, report = _url_file(tmp_path / "urls.txt", _pages(site, "east")), tmp_path / "report.csv"
    _finished_batch(store, urls_file, report)
    proc = run_cli("batch", str(urls_file), "--threads", "--delay", "0", "--report", str(report),
                   store=tmp_path / "other-store")
    assert proc.returncode == 2 and "already exists" in proc.stderr
