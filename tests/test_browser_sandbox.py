"""Chromium's sandbox in browser captures: on for a normal user, off (said and recorded) as root,
``--no-browser-sandbox`` where it cannot start, and a one-line error when it cannot start unasked.

A page that exploits the renderer of an unsandboxed Chromium runs as the user, who can write the
store and read the log's signing key; so how a capture was taken is part of its provenance.

Real Debian Chromium throughout (skipped, with the reason, without it). The test run is root:
the root behaviour is checked in this process; the normal user's runs are real ``archiver``
processes as uid 65534 (``setpriv``), with a store and HOME of their own in a folder it owns.
"No user namespaces" is made honestly: that process is put in a user namespace of its own whose
``user.max_user_namespaces`` is 0, so Chromium cannot create the namespaces its sandbox needs.
Launches are few: one as root, one sandboxed as the user, one with a wrapper that turns the
sandbox off, two failing where the sandbox cannot start (an ``archive`` read by two tests, a
batch) and one unsandboxed there (that batch run again, read by two tests).
"""

from __future__ import annotations

import json
import os
import shutil
import site as python_site
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cli import run_cli
from conftest import RUN_MARK_VAR
from servers import Site, html_page
from test_browser_capture import warc_records

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SETPRIV = shutil.which("setpriv")
NOBODY = 65534
REPO = Path(__file__).resolve().parent.parent
PAGE_TEXT = "The lighthouse keeper logged every ship that passed the northern cape that winter."
PAGE = f"<!doctype html><html><head><title>Cape log</title></head><body><p>{PAGE_TEXT}</p></body></html>".encode()

needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (Debian package 'chromium')")
needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="the test run is not root: the root behaviour "
                                "cannot be seen, and switching to another user needs root")

#: Run ARGV as uid/gid 65534 inside a user namespace of its own in which no further user
#: namespace may be made (``user.max_user_namespaces`` 0 there), with ``no_new_privs`` set:
#: Chromium's namespace sandbox cannot start, nor its setuid helper (Debian's chromium-sandbox,
#: which apt installs with chromium as a recommended package, would otherwise start the sandbox
#: as root without user namespaces), as in a container without unprivileged user namespaces that
#: runs with no-new-privileges. Exit 99: could not set up.
_WITHOUT_USER_NAMESPACES = r"""
import ctypes, os, sys
argv = sys.argv[1:]
ready_r, ready_w = os.pipe()
mapped_r, mapped_w = os.pipe()
pid = os.fork()
if pid == 0:
    if ctypes.CDLL(None, use_errno=True).unshare(0x10000000) != 0:  # CLONE_NEWUSER
        os._exit(99)
    os.write(ready_w, b"x")
    os.read(mapped_r, 1)
    try:
        with open("/proc/sys/user/max_user_namespaces", "w") as fh:
            fh.write("0")
        os.setgroups([]); os.setgid(65534); os.setuid(65534)
    except OSError:
        os._exit(99)
    if ctypes.CDLL(None, use_errno=True).prctl(38, 1, 0, 0, 0) != 0:  # PR_SET_NO_NEW_PRIVS
        os._exit(99)
    os.execvp(argv[0], argv)
os.read(ready_r, 1)
try:
    for name in ("uid_map", "gid_map"):
        with open(f"/proc/{pid}/{name}", "w") as fh:
            fh.write("0 0 1\n65534 65534 1\n")
finally:
    os.write(mapped_w, b"x")
_, status = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(status))
"""


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    s = Site()
    s.routes["/"] = html_page(PAGE)
    yield s
    s.close()


# ------------------------------------------------------------------ without Chromium


def test_no_browser_sandbox_without_browser_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("archive", "http://127.0.0.1:9/", "--no-browser-sandbox", store=tmp_path / "store")
    assert result.exit_code == 2
    assert "only apply with --browser" in result.stderr and "--no-browser-sandbox" in result.stderr
    assert "Traceback" not in result.stderr


def test_browsers_launched_with_and_without_the_sandbox_are_never_shared(monkeypatch: pytest.MonkeyPatch) -> None:
    from archiver.capture import browser

    def no_chromium(self: Any) -> None:
        self._proxy_ready.wait()
        while self._next_job() is not None:
            pass

    monkeypatch.setattr(browser._Browser, "_drive", no_chromium)
    pool = browser._Pool()
    off = pool.take("chromium", launch_timeout=5, sandbox_off=browser.SANDBOX_OFF_ASKED)
    pool.give_back(off, healthy=True)
    try:
        on = pool.take("chromium", launch_timeout=5, sandbox_off=None)
        assert on is not off and on.sandbox_off is None
        assert pool.take("chromium", launch_timeout=5, sandbox_off=browser.SANDBOX_OFF_ASKED) is off
    finally:
        for made in list(pool.browsers) + [off]:
            made.jobs.put(None)
            made._thread.join(10)


# ------------------------------------------------------------------ as root (this process)


@pytest.fixture(scope="module")
def as_root(site: Site, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One ``archive --browser`` of two URLs, as root, in this process."""
    if CHROMIUM is None or os.geteuid() != 0:
        pytest.skip("needs Chromium and a root test run")
    store = tmp_path_factory.mktemp("root") / "store"
    result = run_cli("archive", site.url("/"), site.url("/?again"), "--browser", "--json", store=store)
    assert result.exit_code == 0, result.stderr
    return {"result": result, "docs": json.loads(result.stdout), "store": store}


@needs_chromium
@needs_root
def test_as_root_each_capture_records_that_chromium_ran_without_its_sandbox(as_root: dict[str, Any]) -> None:
    for doc in as_root["docs"]:
        assert (doc["browser"]["sandbox"], doc["browser"]["sandbox_off"]) == (False, "root")
    manifests = manifests_of(as_root["store"])
    assert len(manifests) == 2
    assert all((m["browser"]["sandbox"], m["browser"]["sandbox_off"]) == (False, "root") for m in manifests)


@needs_chromium
@needs_root
def test_as_root_the_command_says_once_that_the_sandbox_is_off(as_root: dict[str, Any]) -> None:
    lines = [line for line in as_root["result"].stderr.splitlines() if "sandbox" in line]
    assert len(lines) == 1, lines
    assert lines[0].startswith("warning: running as root")


@needs_chromium
@needs_root
def test_show_says_a_capture_was_taken_without_the_sandbox(as_root: dict[str, Any]) -> None:
    shown = run_cli("show", as_root["docs"][0]["capture_id"], store=as_root["store"])
    assert shown.exit_code == 0, shown.stderr
    assert "Chromium's sandbox OFF (run as root)" in shown.stdout


# ------------------------------------------------------------------ as a normal user (uid 65534)


@pytest.fixture(scope="module")
def nobody() -> Iterator[dict[str, Any]]:
    """How to run ``archiver`` as uid 65534: a Python it can start (the venv's interpreter may
    live in root's home) with this tree and the venv's packages, and a folder of its own.
    Skips, saying why, where that cannot be had."""
    if CHROMIUM is None or os.geteuid() != 0 or SETPRIV is None:
        pytest.skip("needs Chromium, setpriv (util-linux) and a root test run to switch to uid 65534")
    if not Path("/proc/sys/user/max_user_namespaces").exists() or \
            Path("/proc/sys/user/max_user_namespaces").read_text().strip() == "0":
        pytest.skip("no user namespaces on this kernel: Chromium's sandbox cannot start as a normal user")
    home = Path(tempfile.mkdtemp(prefix="archiver-uid65534-test-", dir=_open_to_others()))
    try:
        os.chown(home, NOBODY, NOBODY)
        env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "ARCHIVER_KEY_DIR": str(home / "keys"),
               "PYTHONPATH": os.pathsep.join([str(REPO), *python_site.getsitepackages()]),
               RUN_MARK_VAR: os.environ.get(RUN_MARK_VAR, "")}
        # (through env: setpriv itself keeps root's capabilities until its exec, env has none)
        as_nobody = [SETPRIV, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", "env"]
        python = next((p for p in (sys.executable, f"/usr/bin/python{sys.version_info[0]}.{sys.version_info[1]}")
                       if _runs(as_nobody + [p, "-c", "import archiver.cli, playwright.sync_api"], env)), None)
        if python is None:
            pytest.skip("no Python that uid 65534 can run imports archiver and playwright (the venv's "
                        "interpreter is unreadable to it and no system Python of this version fits)")
        if not _runs(as_nobody + ["unshare", "--user", "true"], env):
            pytest.skip("uid 65534 cannot create a user namespace: Chromium's sandbox cannot start here")
        yield {"home": home, "env": env, "as_nobody": as_nobody, "python": python}
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _open_to_others() -> str:
    """A temporary folder's parent that uid 65534 can reach: the run's own (``make test`` puts it
    in a folder of mode 0700 under /dev/shm), else /dev/shm or /tmp, whichever every user may
    traverse."""
    for base in (tempfile.gettempdir(), "/dev/shm", "/tmp"):
        path = Path(base).resolve()
        if path.is_dir() and all(p.stat().st_mode & 0o001 for p in (path, *path.parents)):
            return str(path)
    pytest.skip("no temporary folder every user may traverse")


def _runs(argv: list[str], env: dict[str, str]) -> bool:
    try:
        return subprocess.run(argv, env=env, capture_output=True, timeout=60).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def archiver_as_nobody(nobody: dict[str, Any], name: str, *args: str,
                       wrap: list[str] | None = None) -> tuple[subprocess.Popen[str], Path]:
    """Start ``archiver --store <own> ARGS`` as uid 65534 (through ``wrap``, else setpriv)."""
    store = nobody["home"] / name
    store.mkdir()
    os.chown(store, NOBODY, NOBODY)
    argv = [*(wrap or nobody["as_nobody"]), nobody["python"], "-m", "archiver", "--store", str(store), *args]
    return subprocess.Popen(argv, env=nobody["env"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=nobody["home"]), store


@pytest.fixture(scope="module")
def sandboxed(nobody: dict[str, Any], site: Site) -> dict[str, Any]:
    """``archive --browser`` as uid 65534, and the command lines and user namespaces of every
    Chromium process it started, read from /proc while it ran."""
    proc, store = archiver_as_nobody(nobody, "store-sandboxed", "archive", site.url("/"), "--browser", "--json")
    seen: dict[int, tuple[list[str], str]] = {}
    watcher = threading.Thread(target=_watch_chromiums, args=(proc, seen), daemon=True)
    watcher.start()
    out, err = proc.communicate(timeout=180)
    watcher.join(30)
    assert proc.returncode == 0, err
    return {"doc": json.loads(out), "stderr": err, "store": store, "seen": seen}


def _watch_chromiums(proc: subprocess.Popen[str], seen: dict[int, tuple[list[str], str]]) -> None:
    """Until ``proc`` ends: note each Chromium process below it (command line, user namespace)."""
    while proc.poll() is None:
        for pid in _descendants(proc.pid):
            try:
                # (Chromium's child processes rewrite theirs as one string: split on spaces too)
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").replace("\0", " ").split()
                userns = os.readlink(f"/proc/{pid}/ns/user")
            except OSError:
                continue
            if cmdline and "chromium" in Path(cmdline[0]).name:
                seen[pid] = (cmdline, userns)
        time.sleep(0.05)


def _descendants(root: int) -> set[int]:
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    found: set[int] = set()
    grew = True
    while grew:
        grew = False
        for pid, ppid in parents.items():
            if pid not in found and (ppid == root or ppid in found):
                found.add(pid)
                grew = True
    return found


def test_as_a_normal_user_no_chromium_process_runs_with_no_sandbox(sandboxed: dict[str, Any]) -> None:
    seen = sandboxed["seen"]
    assert seen, "no Chromium process of the capture was seen"
    assert not [c for c, _ in seen.values() if "--no-sandbox" in c]
    own_ns = os.readlink("/proc/self/ns/user")
    renderers = [ns for c, ns in seen.values() if "--type=renderer" in c]
    assert renderers and all(ns != own_ns for ns in renderers), "renderers run in the sandbox's user namespace"


def test_as_a_normal_user_the_capture_records_the_sandbox_on(sandboxed: dict[str, Any]) -> None:
    doc = sandboxed["doc"]
    assert (doc["browser"]["sandbox"], doc["browser"]["sandbox_off"]) == (True, None)
    (manifest,) = manifests_of(sandboxed["store"])
    assert (manifest["browser"]["sandbox"], manifest["browser"]["sandbox_off"]) == (True, None)
    assert "warning" not in sandboxed["stderr"]


def test_as_a_normal_user_the_warc_holds_the_page(sandboxed: dict[str, Any], site: Site) -> None:
    responses = [body for headers, body in warc_records(sandboxed["store"])
                 if headers.get_header("WARC-Type") == "response"
                 and headers.get_header("WARC-Target-URI") == site.url("/")]
    assert len(responses) == 1 and PAGE in responses[0]


def test_a_chromium_whose_own_flags_turn_the_sandbox_off_is_recorded_without_it(
        nobody: dict[str, Any], site: Site) -> None:
    """Debian's chromium script adds the flags of /etc/chromium.d (container images often put
    --no-sandbox there), and --chromium may name any wrapper: the capture records how Chromium
    actually ran, read from its command line, not what archiver asked for."""
    wrapper = nobody["home"] / "chromium-no-sandbox"
    wrapper.write_text(f"#!/bin/sh\nexec {CHROMIUM} --no-sandbox \"$@\"\n")
    wrapper.chmod(0o755)
    proc, store = archiver_as_nobody(nobody, "store-wrapped", "archive", site.url("/"), "--browser",
                                     "--chromium", str(wrapper), "--json")
    out, err = proc.communicate(timeout=180)
    assert proc.returncode == 0, err
    doc = json.loads(out)
    assert doc["browser"]["sandbox"] is False and doc["browser"]["sandbox_off"] == "--no-sandbox", doc["browser"]


@pytest.fixture(scope="module")
def without_user_namespaces(nobody: dict[str, Any]) -> list[str]:
    """The wrapper that runs a command as uid 65534 where no user namespace can be made."""
    wrap = [sys.executable, "-c", _WITHOUT_USER_NAMESPACES]
    probe = subprocess.run([*wrap, "unshare", "--user", "true"], capture_output=True, timeout=60)
    if probe.returncode == 99 or not _runs([*wrap, "true"], nobody["env"]):
        pytest.skip("cannot make a user namespace without nested user namespaces here")
    if probe.returncode == 0:
        pytest.skip("user.max_user_namespaces 0 did not stop a nested user namespace on this kernel")
    return wrap


@pytest.fixture(scope="module")
def refused(nobody: dict[str, Any], without_user_namespaces: list[str], site: Site) -> dict[str, Any]:
    """One ``archive --browser`` as uid 65534 where the sandbox cannot start, for the two tests
    that read it (each ran the same command of its own): how it ended, its store, and the
    Chromium processes it left to this process (the test run's subreaper), running or exited."""
    from archiver.capture.browser_procs import _children, _stat, _ticks_now

    since = _ticks_now()  # (this process's own browsers, started before, are not the command's)
    proc, store = archiver_as_nobody(nobody, "store-refused", "archive", site.url("/"), "--browser",
                                     wrap=without_user_namespaces)
    out, err = proc.communicate(timeout=180)
    left = [f"{pid} {_comm(pid)} ({st.state})" for pid in _children()
            if (st := _stat(pid)) is not None and st.start >= since and "chrom" in _comm(pid)]
    return {"code": proc.returncode, "out": out, "err": err, "store": store, "left": left}


def _comm(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return ""


def test_where_the_sandbox_cannot_start_the_capture_is_a_one_line_error_naming_the_option(
        refused: dict[str, Any]) -> None:
    out, err, store = refused["out"], refused["err"], refused["store"]
    assert refused["code"] == 2, err
    lines = err.strip().splitlines()
    (error,) = [line for line in lines if line.startswith("error:")]
    assert "sandbox" in error and "--no-browser-sandbox" in error
    assert "Traceback" not in err and out == ""
    assert not any(headers.get_header("WARC-Type") == "response" for headers, _ in warc_records(store))
    log = store / "provenance" / "log.jsonl"
    types = [json.loads(line)["type"] for line in log.read_text().splitlines()] if log.exists() else []
    assert not {"capture", "capture_failed"} & set(types), types  # not the URL's failure: nothing logged


def test_where_the_sandbox_cannot_start_no_chromium_process_outlives_the_command(refused: dict[str, Any]) -> None:
    """The launch that failed started Chromium's crash handlers (double-forked): the command
    waits for them and reaps them, as after a launch that worked; none is left to this process."""
    assert refused["code"] == 2, refused["err"]
    assert not refused["left"], f"Chromium processes outlived the refused command: {refused['left']}"


@pytest.fixture(scope="module")
def rerun_without_sandbox(nobody: dict[str, Any], without_user_namespaces: list[str], site: Site) -> dict[str, Any]:
    """A ``batch --browser --threads`` of two URLs as uid 65534 where the sandbox cannot start,
    then the same batch run again with ``--no-browser-sandbox``: one unsandboxed Chromium for
    the two tests that read it (the second ran an ``archive --no-browser-sandbox`` of its own,
    the same launch and records)."""
    urls = nobody["home"] / "batch-urls.txt"
    urls.write_text("".join(site.url(f"/?{i}") + "\n" for i in range(2)))
    os.chown(urls, NOBODY, NOBODY)
    store = nobody["home"] / "store-batch"
    first, _ = archiver_as_nobody(nobody, "store-batch", "batch", str(urls), "--browser", "--threads",
                                  wrap=without_user_namespaces)
    _, err = first.communicate(timeout=180)
    argv = [*without_user_namespaces, nobody["python"], "-m", "archiver", "--store", str(store), "batch", str(urls),
            "--browser", "--no-browser-sandbox", "--threads", "--json"]
    again = subprocess.run(argv, env=nobody["env"], capture_output=True, text=True, cwd=nobody["home"], timeout=180)
    return {"first": (first.returncode, err), "again": again, "store": store}


def test_a_batch_refused_for_the_sandbox_captures_its_urls_when_run_again_with_no_browser_sandbox(
        rerun_without_sandbox: dict[str, Any]) -> None:
    """The error says --no-browser-sandbox captures without it: a batch run again so (the same
    URLs: the same batch, resumed) captures the URLs the sandbox stopped, not "done earlier"."""
    code, err = rerun_without_sandbox["first"]
    assert code != 0 and "--no-browser-sandbox" in err, err
    again = rerun_without_sandbox["again"]
    assert again.returncode == 0, again.stderr
    doc = json.loads(again.stdout)
    assert (doc["captured"], doc["resumed"]) == (2, 0), doc


def test_where_the_sandbox_cannot_start_no_browser_sandbox_captures_and_records_it_off(
        rerun_without_sandbox: dict[str, Any]) -> None:
    again = rerun_without_sandbox["again"]
    assert again.returncode == 0, again.stderr
    manifests = manifests_of(rerun_without_sandbox["store"])
    assert len(manifests) == 2
    assert all((m["browser"]["sandbox"], m["browser"]["sandbox_off"]) == (False, "--no-browser-sandbox")
               for m in manifests), [m["browser"] for m in manifests]


# ------------------------------------------------------------------ reading the store


def manifests_of(store: Path) -> list[dict[str, Any]]:
    """The capture manifests in the store's WARC files."""
    from archiver.capture.manifest import MANIFEST_TYPE

    return [json.loads(body) for headers, body in warc_records(store)
            if headers.get_header("Content-Type") == MANIFEST_TYPE]
