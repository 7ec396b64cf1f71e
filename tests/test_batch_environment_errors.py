"""A batch that meets an error saying nothing about its URLs (no Chromium; Chromium's sandbox
cannot start) stops at once, as ``archive`` does: one error line, exit 2, the URLs not yet
captured left untried in the batch's state (not marked failed), so that the same command, once
the cause is fixed, captures them. Per-URL failures (refused, DNS, timeouts) do not stop it.

Real batches throughout (worker processes, a real store, a loopback site). No Chromium: a
library batch whose Chromium (a link to Debian's) is removed once the batch has started (each
worker's capture raises BrowserMissingError): a batch checks that Chromium starts before it
makes anything, so one missing from the start is refused with nothing made
(tests/test_refused_commands_leave_nothing.py). The sandbox: real Debian Chromium run as uid
65534 in a user namespace where no further one may be made, as tests/test_browser_sandbox.py
does (skipped, with the reason, where that cannot be had): refused before anything is made.
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
from servers import Site, html_page
from test_browser_launch_errors import skip_without_a_mount_namespace, without_short_folders
from test_browser_sandbox import NOBODY, _comm, archiver_as_nobody
from test_browser_sandbox import nobody as nobody  # noqa: F401 - fixtures shared with that module
from test_browser_sandbox import without_user_namespaces as without_user_namespaces  # noqa: F401

from archiver.batch import FAILED, PENDING, Politeness, run_batch, state_path
from archiver.capture.browser import BrowserMissingError
from archiver.capture.browser_page import BrowserOptions

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (Debian package 'chromium')")

PAGE = b"<!doctype html><html><head><title>Tide table</title></head><body><p>High water at 06:12.</p></body></html>"


@pytest.fixture(scope="module")
def site() -> Any:
    s = Site()
    s.routes["/"] = html_page(PAGE)
    yield s
    s.close()


def state_lines(path: Path) -> dict[str, dict[str, Any]]:
    """The URL lines of a batch's state file, by URL (the header line left out)."""
    docs = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return {doc["url"]: doc for doc in docs if "url" in doc}


def log_types(store: Path) -> list[str]:
    log = store / "provenance" / "log.jsonl"
    return [json.loads(line)["type"] for line in log.read_text().splitlines()] if log.exists() else []


# ------------------------------------------------------------------ no Chromium (library batch)


def removed_once_started(link: Path) -> tuple[BrowserOptions, Any]:
    """Browser options whose Chromium is ``link`` (made here, to Debian's), and an ``on_start``
    that removes it: Chromium is there when the batch checks it, gone when its captures run."""
    assert CHROMIUM is not None
    link.symlink_to(CHROMIUM)
    return BrowserOptions(chromium=str(link)), lambda total, todo: link.unlink()


@pytest.fixture(scope="module")
def without_chromium(site: Site, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A batch of five URLs, two worker processes, whose Chromium is removed once it has started."""
    if CHROMIUM is None:
        pytest.skip("no Chromium on PATH (Debian package 'chromium')")
    home = tmp_path_factory.mktemp("no-chromium")
    store, keys = home / "store", home / "keys"  # (a key folder of the module's: two tests use the store)
    urls = [site.url(f"/?{i}") for i in range(5)]
    gone, remove = removed_once_started(home / "chromium-removed")
    report = run_batch(store, urls, jobs=2, politeness=Politeness(host_delay=0, retries=0), browser=gone, key_dir=keys,
                       on_start=remove)
    return {"store": store, "keys": keys, "urls": urls, "report": report}


def test_a_batch_without_chromium_stops_with_the_missing_chromium_error(without_chromium: dict[str, Any]) -> None:
    error = without_chromium["report"].stopped_by
    assert isinstance(error, BrowserMissingError) and error.exit_code == 2
    assert "chromium-removed" in str(error) and "left untried" in str(error)
    assert "\n" not in error.diagnostics()


def test_a_batch_without_chromium_leaves_its_urls_untried_not_failed(without_chromium: dict[str, Any]) -> None:
    report = without_chromium["report"]
    assert [it.status for it in report.items] == [PENDING] * 5
    assert not any(doc["status"] == FAILED for doc in
                   state_lines(state_path(without_chromium["store"], without_chromium["urls"])).values())
    assert "capture_failed" not in log_types(without_chromium["store"])  # not the URLs' failure


def test_a_batch_stopped_without_chromium_is_captured_by_its_next_run(without_chromium: dict[str, Any],
                                                                       site: Site) -> None:
    """The same URLs (the same batch, resumed) without the browser: every URL is taken."""
    store, urls = without_chromium["store"], without_chromium["urls"]
    again = run_batch(store, urls, jobs=2, politeness=Politeness(host_delay=0, retries=0),
                      key_dir=without_chromium["keys"])
    assert again.stopped_by is None and again.ok
    assert [it.resumed for it in again.items] == [False] * 5
    assert log_types(store).count("capture") == 5


@needs_chromium
def test_a_batch_in_threads_without_chromium_stops_too(site: Site, tmp_path: Path) -> None:
    urls = [site.url(f"/?threads-{i}") for i in range(3)]
    gone, remove = removed_once_started(tmp_path / "chromium-removed")
    report = run_batch(tmp_path / "store", urls, jobs=2, threads=True, politeness=Politeness(host_delay=0, retries=0),
                       browser=gone, on_start=remove)
    assert isinstance(report.stopped_by, BrowserMissingError)
    assert [it.status for it in report.items] == [PENDING] * 3


def test_per_url_failures_do_not_stop_a_batch(site: Site, tmp_path: Path) -> None:
    """A refused connection is the URL's failure: recorded and logged, and the others captured."""
    import socket

    with socket.socket() as sock:  # a port nothing listens on, held while the batch runs (no one else gets it)
        sock.bind(("127.0.0.1", 0))
        refused = f"http://127.0.0.1:{sock.getsockname()[1]}/"
        urls = [refused, site.url("/?a"), site.url("/?b")]
        report = run_batch(tmp_path / "store", urls, jobs=2, politeness=Politeness(host_delay=0, retries=0))
    assert report.stopped_by is None
    assert [it.status for it in report.items] == [FAILED, "captured", "captured"]
    assert log_types(tmp_path / "store").count("capture_failed") == 1


# ------------------------------------------------------------------ no sandbox (real Chromium, uid 65534)


@pytest.fixture(scope="module")
def refused_batch(nobody: dict[str, Any], without_user_namespaces: list[str],  # noqa: F811
                  site: Site) -> dict[str, Any]:
    """``batch --browser`` of four URLs in two worker processes, where the sandbox cannot start;
    and what this process was left of the processes it started. (Such a batch run again with
    ``--no-browser-sandbox`` captures every URL: tests/test_browser_sandbox.py, in threads; a
    process batch's next run taking the URLs a stop left untried: the no-Chromium tests above.)"""
    from archiver.capture.browser_procs import _children, _stat, _ticks_now

    urls_file = nobody["home"] / "env-batch-urls.txt"
    urls = [site.url(f"/?sandbox-{i}") for i in range(4)]
    urls_file.write_text("".join(u + "\n" for u in urls))
    os.chown(urls_file, NOBODY, NOBODY)
    since = _ticks_now()
    proc, store = archiver_as_nobody(nobody, "store-env-batch", "batch", str(urls_file), "--browser", "-j", "2",
                                     "--delay", "0", wrap=without_user_namespaces)
    out, err = proc.communicate(timeout=300)
    # What the command left is given to this process (the test run's subreaper), running or
    # exited. Every process of the command runs as uid 65534; this process's own children (a
    # browser an earlier in-process test pooled here, and what it starts or leaves meanwhile)
    # are root's, and are not the command's.
    left = [f"{pid} {_comm(pid)} ({st.state})" for pid in _children()
            if (st := _stat(pid)) is not None and st.start >= since and _uid(pid) == NOBODY]
    return {"code": proc.returncode, "out": out, "err": err, "store": store, "urls": urls, "left": left}


def _uid(pid: int) -> int | None:
    """The real uid of ``pid`` (a zombie's too); None once it is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    return next((int(line.split()[1]) for line in status.splitlines() if line.startswith("Uid:")), None)


def test_a_batch_where_the_sandbox_cannot_start_exits_2_with_one_error_line(refused_batch: dict[str, Any]) -> None:
    assert refused_batch["code"] == 2, refused_batch["err"]
    lines = refused_batch["err"].strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("error:") and "--no-browser-sandbox" in lines[0] and "nothing was captured" in lines[0]
    assert "Traceback" not in refused_batch["err"] and refused_batch["out"] == ""


def test_a_batch_where_the_sandbox_cannot_start_makes_nothing_in_its_store_folder(refused_batch: dict[str, Any]) -> None:
    """Refused before the store is made, as ``archive --browser`` is: the folder stays empty
    (before, the batch made the store, its log, key and state before its workers met the error)."""
    assert list(refused_batch["store"].iterdir()) == []


def test_a_batch_where_the_sandbox_cannot_start_leaves_no_process_behind(refused_batch: dict[str, Any]) -> None:
    assert not refused_batch["left"], f"processes outlived the stopped batch: {refused_batch['left']}"


# ------------------------------------------------------------------ a TMPDIR too long for the fork server's socket


def test_a_process_batch_under_a_long_tmpdir_where_tmp_takes_no_folder_is_one_error_line_naming_its_length(
        site: Site, tmp_path: Path) -> None:
    # the workers' fork server listens on a Unix socket in multiprocessing's folder, made in /tmp
    # when TMPDIR is too long for the socket's address; /tmp read-only as well: nothing can work,
    # and the line says why and what to do (exit 2, nothing captured, no traceback)
    skip_without_a_mount_namespace(tmp_path)
    long = tmp_path / ("d" * 80)
    long.mkdir()
    urls_file = tmp_path / "urls.txt"
    urls_file.write_text(site.url("/?long-tmpdir") + "\n")
    store = tmp_path / "store"
    proc = subprocess.run(without_short_folders(tmp_path, sys.executable, "-m", "archiver", "--store", str(store),
                                                "batch", str(urls_file), "-j", "1", "--delay", "0"),
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "TMPDIR": str(long), "ARCHIVER_KEY_DIR": str(tmp_path / "keys")})
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    (error,) = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert f"TMPDIR is {len(str(long))} bytes long" in error and "at most 76 bytes" in error
    assert "/tmp" in error
    assert not {"capture", "capture_failed"} & set(log_types(store))
