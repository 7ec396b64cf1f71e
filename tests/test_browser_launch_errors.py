"""A Chromium that exits at launch is not the URL's failure: one error line, exit 2, nothing logged.

A ``--chromium`` naming something that is not a Chromium (or a broken installation) fails before
any page is asked for; every URL would fail the same way. As with a missing Chromium or a sandbox
that cannot start, ``archive`` stops with one line (exit 2) and logs no ``capture_failed`` for a
URL no server was asked for, and ``batch`` stops leaving its URLs untried, so the same command
captures them once the browser is fixed. A launch that only runs out of time stays the URL's.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cli import run_cli
from servers import Site, html_page

from archiver.batch import PENDING, Politeness, run_batch
from archiver.capture.browser import BrowserLaunchError
from archiver.capture.browser_page import BrowserOptions

PAGE = b"<!doctype html><html><head><title>Tide table</title></head><body><p>High water at 06:12.</p></body></html>"


@pytest.fixture(scope="module")
def site() -> Any:
    s = Site()
    s.routes["/"] = html_page(PAGE)
    yield s
    s.close()


@pytest.fixture()
def not_a_browser(tmp_path: Path) -> Path:
    """An executable that exits at once, as a wrong ``--chromium`` does."""
    path = tmp_path / "not-chromium"
    path.write_text("#!/bin/sh\necho 'this is not a browser' >&2\nexit 1\n")
    path.chmod(0o755)
    return path


def _log_types(store: Path) -> list[str]:
    log = store / "provenance" / "log.jsonl"
    return [json.loads(line)["type"] for line in log.read_text().splitlines()] if log.exists() else []


def test_archive_with_a_chromium_that_exits_at_launch_is_one_error_line_exit_2(site: Site, not_a_browser: Path,
                                                                              tmp_path: Path) -> None:
    store = tmp_path / "store"
    result = run_cli("archive", site.url("/"), "--browser", "--chromium", str(not_a_browser), store=store)
    assert result.exit_code == 2, result.stderr
    (error,) = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert "could not start Chromium" in error and str(not_a_browser) in error and "--chromium" in error
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert not {"capture", "capture_failed"} & set(_log_types(store))  # no server was asked


def test_a_batch_with_a_chromium_that_exits_at_launch_stops_with_its_urls_untried(site: Site, not_a_browser: Path,
                                                                                   tmp_path: Path) -> None:
    store = tmp_path / "store"
    urls = [site.url(f"/?launch-{i}") for i in range(3)]
    report = run_batch(store, urls, jobs=2, threads=True, politeness=Politeness(host_delay=0, retries=0),
                       browser=BrowserOptions(chromium=str(not_a_browser)))
    assert isinstance(report.stopped_by, BrowserLaunchError) and report.stopped_by.exit_code == 2
    assert [it.status for it in report.items] == [PENDING] * 3
    assert "capture_failed" not in _log_types(store)
