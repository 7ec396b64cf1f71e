"""A Chromium that exits at launch is not the URL's failure: one error line, exit 2, nothing logged.

A ``--chromium`` naming something that is not a Chromium (or a broken installation) fails before
any page is asked for; every URL would fail the same way. As with a missing Chromium or a sandbox
that cannot start, ``archive`` stops with one line (exit 2) and logs no ``capture_failed`` for a
URL no server was asked for; ``batch`` is refused before it makes anything, as ``archive`` is,
and one whose Chromium exits at launch only once it has started stops leaving its URLs untried,
so the same command captures them once the browser is fixed. A launch that only runs out of
time stays the URL's.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from cli import run_cli
from servers import Site, html_page

from archiver.batch import PENDING, Politeness, run_batch
from archiver.capture import browser_folders
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


def test_a_batch_with_a_chromium_that_exits_at_launch_is_refused_before_it_makes_the_store(
        site: Site, not_a_browser: Path, tmp_path: Path) -> None:
    urls = [site.url(f"/?refused-{i}") for i in range(3)]
    with pytest.raises(BrowserLaunchError) as refused:
        run_batch(tmp_path / "new" / "store", urls, jobs=2, threads=True, politeness=Politeness(host_delay=0, retries=0),
                  browser=BrowserOptions(chromium=str(not_a_browser)))
    assert refused.value.exit_code == 2 and str(not_a_browser) in str(refused.value)
    assert not (tmp_path / "new").exists()


@pytest.mark.skipif(shutil.which("chromium") is None, reason="no Chromium on PATH (Debian package 'chromium')")
def test_a_batch_whose_chromium_exits_at_launch_once_started_stops_with_its_urls_untried(
        site: Site, not_a_browser: Path, tmp_path: Path) -> None:
    """Chromium (a link to Debian's) starts when the batch checks it, then the link names the
    script that exits at launch: the workers' launches fail, and the batch stops."""
    store, link = tmp_path / "store", tmp_path / "chromium"
    link.symlink_to(str(shutil.which("chromium")))

    def swap(total: int, todo: int) -> None:
        link.unlink()
        link.symlink_to(not_a_browser)

    urls = [site.url(f"/?launch-{i}") for i in range(3)]
    report = run_batch(store, urls, jobs=2, politeness=Politeness(host_delay=0, retries=0),
                       browser=BrowserOptions(chromium=str(link)), on_start=swap)
    assert isinstance(report.stopped_by, BrowserLaunchError) and report.stopped_by.exit_code == 2
    assert [it.status for it in report.items] == [PENDING] * 3
    assert "capture_failed" not in _log_types(store)


#: Run ``"$@"`` where archiver cannot make a short temporary folder for Chromium: each parent it
#: makes one in (:data:`~archiver.capture.browser_folders.SHORT_PARENTS`) read-only, in a mount
#: namespace of the command's own, the test's folder (``$1``) still writable.
READ_ONLY_SHORT_PARENTS = (
    'keep=$1; shift; for p in ' + " ".join(browser_folders.SHORT_PARENTS) + '; do '
    'mount --bind "$p" "$p" && mount -o remount,bind,ro "$p" || exit 97; done; '
    'mount --bind "$keep" "$keep" && mount -o remount,bind,rw "$keep" || exit 97; exec "$@"')


def without_short_folders(keep: Path, *argv: str) -> list[str]:
    """``argv`` run where no short folder can be made (see :data:`READ_ONLY_SHORT_PARENTS`)."""
    return ["unshare", "--mount", "--propagation", "private", "sh", "-c", READ_ONLY_SHORT_PARENTS, "sh",
            str(keep), *argv]


def skip_without_a_mount_namespace(keep: Path) -> None:
    """Skip the test where :func:`without_short_folders` cannot run (no ``unshare``, not root)."""
    if shutil.which("unshare") is None or subprocess.run(
            without_short_folders(keep, "true"), capture_output=True).returncode != 0:
        pytest.skip("needs a mount namespace of its own (unshare, as root) to make /tmp read-only")


def test_archive_under_a_long_tmpdir_where_no_short_folder_can_be_made_is_one_error_line_naming_its_length(
        site: Site, tmp_path: Path) -> None:
    # TMPDIR too long for Chromium's singleton socket, and /tmp and /dev/shm not writable: no
    # launch is tried (Chromium would abort), and the line says why and what to do
    skip_without_a_mount_namespace(tmp_path)
    long = tmp_path / ("d" * 40)
    long.mkdir()
    assert not browser_folders.socket_fits(str(long))
    launched = tmp_path / "launched"
    fake = tmp_path / "chromium"
    fake.write_text(f"#!/bin/sh\ntouch {launched}\nexit 1\n")
    fake.chmod(0o755)
    store = tmp_path / "store"
    proc = subprocess.run(without_short_folders(tmp_path, sys.executable, "-m", "archiver", "--store", str(store),
                                                 "archive", site.url("/"), "--browser", "--chromium", str(fake)),
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "TMPDIR": str(long), "ARCHIVER_KEY_DIR": str(tmp_path / "keys")})
    assert proc.returncode == 2, proc.stderr
    (error,) = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert f"TMPDIR is {len(str(long))} bytes long" in error and "at most 62 bytes" in error
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    assert not launched.exists()
    assert not {"capture", "capture_failed"} & set(_log_types(store))
