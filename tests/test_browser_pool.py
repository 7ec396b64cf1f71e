"""The pool of browsers behind browser captures, without Chromium: its bookkeeping, and what
becomes of the processes a launch starts (shown on plain processes).

Each test makes its own :class:`~archiver.capture.browser._Pool` and replaces the browser
thread's Playwright work with a stand-in that serves no page (``_drive``), so what is checked
is which capture gets which browser and when a browser closes. The real Chromium's reuse,
isolation and recovery are checked in tests/test_browser_capture.py.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from archiver.capture import browser, browser_procs
from archiver.capture.proxy import can_check_peers

needs_peer_check = pytest.mark.skipif(not can_check_peers(), reason="no /proc/net/tcp: browsers are not pooled here")


def _no_chromium(self: Any) -> None:
    """The browser thread's loop without Playwright: wait for captures until closed."""
    self._proxy_ready.wait()
    while self._next_job() is not None:
        pass


@pytest.fixture
def pool(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A pool of its own whose browsers launch nothing; every browser it made is ended after the test."""
    monkeypatch.setattr(browser._Browser, "_drive", _no_chromium)
    started: list[Any] = []
    real_start = browser._Pool._start

    def start(self: Any, *args: Any, **kwargs: Any) -> Any:
        started.append(real_start(self, *args, **kwargs))
        return started[-1]

    monkeypatch.setattr(browser._Pool, "_start", start)
    yield browser._Pool()
    for made in started:
        made.jobs.put(None)
    for made in started:
        made._thread.join(10)
        assert not made._thread.is_alive()


def _gone(pool: Any, held: Any, timeout: float = 30.0) -> bool:
    end = time.monotonic() + timeout
    while (held in pool.browsers or held._thread.is_alive()) and time.monotonic() < end:
        time.sleep(0.02)
    return held not in pool.browsers and not held._thread.is_alive()


@needs_peer_check
def test_a_browser_held_by_a_capture_is_never_given_to_another(pool):
    first = pool.take("chromium", launch_timeout=5)
    second = pool.take("chromium", launch_timeout=5)
    assert first is not second and first.claimed and second.claimed


@needs_peer_check
def test_a_browser_given_back_is_the_one_the_next_capture_takes(pool):
    first = pool.take("chromium", launch_timeout=5)
    assert pool.give_back(first, healthy=True) is True
    assert pool.take("chromium", launch_timeout=5) is first


@needs_peer_check
def test_every_browser_of_the_pool_is_launched_trusting_the_same_key_and_refusing_its_own_background_traffic(pool):
    first = pool.take("chromium", launch_timeout=5)
    second = pool.take("chromium", launch_timeout=5)
    args = [browser.launch_args(b.base_proxy) for b in (first, second)]
    spki = [a for a in args[0] if a.startswith("--ignore-certificate-errors-spki-list=")]
    assert spki and all(spki[0] in a for a in args)
    assert f"--proxy-server={first.base_proxy.refusing_address}" in args[0]  # not a capture's proxy


@needs_peer_check
def test_an_unhealthy_or_interrupted_browser_is_not_given_back(pool):
    crashed = pool.take("chromium", launch_timeout=5)
    assert pool.give_back(crashed, healthy=False) is False
    interrupted = pool.take("chromium", launch_timeout=5)
    interrupted.retire = True
    assert pool.give_back(interrupted, healthy=True) is False
    assert pool.take("chromium", launch_timeout=5) not in (crashed, interrupted)


def test_a_browser_started_ahead_that_no_capture_claims_is_closed(pool, monkeypatch):
    monkeypatch.setattr(browser, "IDLE_AFTER", 0.2)
    pool.prelaunch("chromium")
    [ahead] = pool.browsers
    assert _gone(pool, ahead)
    assert pool.take("chromium", launch_timeout=5) is not ahead  # too late: a capture starts its own


def test_where_peers_cannot_be_checked_each_capture_gets_a_fresh_browser_that_is_then_closed(pool, monkeypatch):
    monkeypatch.setattr(browser, "can_check_peers", lambda: False)
    first = pool.take("chromium", launch_timeout=5)
    assert first.pooled is False
    assert f"--proxy-server={first.base_proxy.address}" in browser.launch_args(first.base_proxy)  # token mode
    assert pool.give_back(first, healthy=True) is False
    assert pool.take("chromium", launch_timeout=5) is not first


@needs_peer_check
def test_closing_the_pool_closes_idle_browsers_and_retires_held_ones(pool):
    held = pool.take("chromium", launch_timeout=5)
    idle = pool.take("chromium", launch_timeout=5)
    pool.give_back(idle, healthy=True)
    pool.close_all(wait_held=False)
    assert _gone(pool, idle)
    assert held.retire and pool.give_back(held, healthy=True) is False


@needs_peer_check
def test_a_ctrl_c_seen_only_after_the_page_was_read_still_closes_the_browser(pool, monkeypatch):
    # The signal can reach the waiting capture late, when its browser is already back in the
    # pool: it must still be closed before the process exits (exiting under a running
    # Playwright thread crashed the interpreter).
    monkeypatch.setattr(browser, "IDLE_AFTER", 300.0)  # (not closed by waiting idle)
    monkeypatch.setattr(browser, "FINISH_GRACE", 10.0)
    held = pool.take("chromium", launch_timeout=5)
    proxy = browser.RecordingProxy(None, max_resources=1, ca=held.base_proxy.ca).__enter__()
    session = browser.BrowserSession(url="http://127.0.0.1:9/", started=None)  # type: ignore[arg-type]
    job = browser._Job(session, browser.BrowserOptions(), proxy, time.monotonic() + 5, "token")
    assert pool.give_back(held, healthy=True) is True  # the page was read: back in the pool, idle
    job.done.set()
    held._interrupt(job)
    assert held.closed and held not in pool.browsers
    assert not held._thread.is_alive()


# ---------------------------------------------------------------------------- the processes of a launch
# What browser_procs does with Chromium's processes, shown on plain processes (no Chromium needed).

needs_proc = pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="needs Linux /proc and prctl")


def _there(pid: int) -> bool:
    """Whether ``pid`` is still a process (running, or exited and not reaped)."""
    return os.path.exists(f"/proc/{pid}")


def _orphan_of(family: Any, seconds: float) -> int:
    """Start, with the family's environment, a process whose parent exits at once (as Chromium's
    crash handlers are started): its pid."""
    shell = subprocess.run(["sh", "-c", f"sleep {seconds} >/dev/null 2>&1 & echo $!"], env=family.env(), capture_output=True,
                           text=True, check=True, timeout=30)
    return int(shell.stdout.split()[0])


@needs_proc
def test_an_orphan_of_a_launch_is_adopted_and_reaped_by_this_process_when_the_browser_ends():
    assert browser_procs.adopt_orphans()
    family = browser_procs.Family()
    orphan = _orphan_of(family, 300)  # (running until told: a short sleep could end before it was looked at)
    assert orphan in family.scan()  # found by the mark in its environment
    assert int(Path(f"/proc/{orphan}/stat").read_text().rsplit(")", 1)[1].split()[1]) == os.getpid()  # adopted
    os.kill(orphan, signal.SIGTERM)  # it exits by itself, as a closed Chromium's processes do
    family.end(timeout=30)
    assert not _there(orphan)  # exited and reaped here: no <defunct> left for init
    assert family.reaped == 1 and family.killed == 0


@needs_proc
def test_a_process_of_a_launch_still_running_after_the_wait_is_killed_and_reaped():
    assert browser_procs.adopt_orphans()
    family = browser_procs.Family()
    orphan = _orphan_of(family, 300)
    family.scan()
    family.end(timeout=0.2)
    assert not _there(orphan)
    assert family.killed == 1 and family.reaped == 1


@needs_proc
def test_a_process_killed_again_at_a_later_look_is_counted_killed_once():
    # a loaded machine: the SIGKILL'd process still shows as running at the next look, which
    # kills it again (kill_all, end's last wait); it is still one process killed
    assert browser_procs.adopt_orphans()
    family = browser_procs.Family()
    orphan = _orphan_of(family, 300)
    seen = family.scan()
    family._kill(seen)
    family._kill(seen)  # (the same look again: it is killed, not yet reaped)
    family.end(timeout=5)
    assert not _there(orphan)
    assert family.killed == 1 and family.reaped == 1

@needs_proc
def test_a_ctrl_c_after_the_command_is_over_kills_the_launchs_processes_before_leaving():
    # archiver's handler for a Ctrl-C once the command is over leaves with os._exit, which skips
    # the atexit handler that ends a browser's processes: it must end them itself. Run in a
    # forked child, where the real os._exit ends the process.
    import signal

    from archiver import cli

    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the forked child
        os.close(read)
        browser_procs.adopt_orphans()
        family = browser_procs.Family()
        orphan = _orphan_of(family, 300)
        family.scan()
        os.write(write, str(orphan).encode())
        os.close(write)
        cli._exit_interrupted(signal.SIGINT, None)
    os.close(write)
    with os.fdopen(read) as pipe:
        orphan = int(pipe.read())
    _, status = os.waitpid(child, 0)
    try:
        assert os.waitstatus_to_exitcode(status) == 130
        assert not _there(orphan)  # killed and reaped by the child, not left to this process <defunct>
    finally:
        if _there(orphan):
            os.kill(orphan, 9)


@needs_proc
def test_a_forked_child_never_kills_the_browser_processes_of_its_parent():
    # (a batch worker is forked from the process that may hold browsers; a SIGTERM to the worker
    # kills the browsers of its own launches only)
    assert browser_procs.adopt_orphans()
    family = browser_procs.Family()
    orphan = _orphan_of(family, 300)
    family.scan()
    try:
        child = os.fork()
        if child == 0:  # pragma: no cover - the forked child
            browser_procs.kill_all()
            os._exit(0)
        os.waitpid(child, 0)
        assert _there(orphan) and Path(f"/proc/{orphan}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    finally:
        family.end(timeout=0)
    assert not _there(orphan)


#: A stand-in for Chromium, started with a launch's environment (the mark) in a session of its
#: own, as Playwright's driver starts Chromium. Every process it makes is noted (pid) in the
#: file argv[1]. First, as at a launch: a "zygote" whose environment no longer carries the mark
#: (Chromium's own processes overwrite theirs) and two "renderers" of it that ignore SIGTERM.
#: Then, once told (after the launch was looked at), what Chromium can do later: a crash
#: handler's double fork (the first half exits and is never reaped by its parent, the second
#: keeps the mark and a session of its own) and one more unmarked child.
FAKE_CHROMIUM = r"""
import os, shutil, signal, sys, time
log, sleep = sys.argv[1], shutil.which("sleep")
plain = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}

def note(pid):
    with open(log, "a") as fh:
        fh.write(f"{pid}\n")

def start(child):
    pid = os.fork()
    if pid == 0:
        try:
            child()
        finally:
            os._exit(0)
    note(pid)
    return pid

def renderer(env):
    def run():
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        os.execve(sleep, [sleep, "300"], env)
    return run

def zygote():
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    start(renderer(plain))
    start(renderer(plain))
    os.execve(sleep, [sleep, "300"], plain)

def crash_handler():
    os.setsid()
    start(renderer(dict(os.environ)))

note(os.getpid())
start(zygote)
while len(open(log).read().split()) < 4:  # (the zygote notes its renderers)
    time.sleep(0.01)
print("launched", flush=True)
sys.stdin.readline()
first_half = start(crash_handler)
os.waitid(os.P_PID, first_half, os.WEXITED | os.WNOWAIT)  # exited, left unreaped here
start(renderer(plain))
print("started", flush=True)
time.sleep(300)
"""

#: A process that starts :data:`FAKE_CHROMIUM` through a launch's family as ``_Browser._launch``
#: does (this process its subreaper, SIGTERM taking the browsers along), looks at the launch
#: once it is up, lets it start its later processes, says "ready" and waits to be killed.
ARCHIVER_LIKE = r"""
import subprocess, sys, time
from archiver.capture import browser, browser_procs
assert browser_procs.adopt_orphans()
browser._take_browsers_along_on_sigterm()
family = browser_procs.Family()
chromium = subprocess.Popen([sys.executable, "-c", sys.argv[1], sys.argv[2]], env=family.env(),
                            start_new_session=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
assert chromium.stdout.readline() == "launched\n"
family.scan()
chromium.stdin.write("go\n")
chromium.stdin.flush()
assert chromium.stdout.readline() == "started\n"
print("ready", flush=True)
time.sleep(300)
"""


def _start_time(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19])
    except (OSError, IndexError, ValueError):
        return None


def _still_there(started: dict[int, int]) -> list[str]:
    """Those of ``started`` (pid -> start time) still there, running or not reaped: described."""
    left = []
    for pid, start in started.items():
        if _start_time(pid) == start:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[:2]
            left.append(f"{pid} {state[0]} (parent {state[1]})")
    return left


def _clear(started: dict[int, int]) -> None:
    """Kill and reap whatever of ``started`` a failing test left (this process is their subreaper)."""
    for pid, start in started.items():
        if _start_time(pid) == start:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)


@needs_proc
def test_a_sigterm_leaves_no_process_of_a_launch_running_or_unreaped_not_even_those_never_seen_alive(tmp_path):
    # As the pytest worker is after a browser test: a subreaper, so what the SIGTERM'd process
    # leaves comes here, running or <defunct>, instead of vanishing into init.
    assert browser_procs.adopt_orphans()
    log = tmp_path / "pids"
    proc = subprocess.Popen([sys.executable, "-c", ARCHIVER_LIKE, FAKE_CHROMIUM, str(log)], stdout=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    started: dict[int, int] = {}
    try:
        assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
        started = {int(pid): start for pid in log.read_text().split() if (start := _start_time(int(pid))) is not None}
        assert len(started) == 7  # chromium, zygote, 2 renderers, both halves of the crash handler, one more
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=60)
        assert proc.returncode == -signal.SIGTERM
        left = _still_there(started)
        assert not left, left
    finally:
        proc.kill()
        proc.wait()
        _clear(started)


@needs_proc
def test_a_sigterm_while_playwrights_driver_starts_takes_the_driver_along():
    # Between the driver's start and its pid being known, only its program tells it apart.
    assert browser_procs.adopt_orphans()
    script = ("import shutil, subprocess, time\n"
              "from archiver.capture import browser, browser_procs\n"
              "browser_procs.adopt_orphans(); browser._take_browsers_along_on_sigterm()\n"
              "sleep = shutil.which('sleep'); browser_procs.expect_driver(sleep)\n"
              "driver = subprocess.Popen([sleep, '300'])\n"
              "print(driver.pid, flush=True); time.sleep(300)\n")
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    started: dict[int, int] = {}
    try:
        assert proc.stdout is not None
        driver = int(proc.stdout.readline())
        started = {driver: _start_time(driver) or -1}
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        finally:
            left = _still_there(started)
            _clear(started)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == -signal.SIGTERM, err
        assert not left, (left, err)
    finally:
        proc.kill()
        proc.wait()
        _clear(started)


@needs_proc
def test_a_sigterm_kills_the_process_even_when_ending_the_browsers_fails():
    # an exception out of the handler would leave the process running, the SIGTERM ignored
    script = ("import time\n"
              "from archiver.capture import browser, browser_procs\n"
              "def broken(*a, **k):\n    raise OSError('/proc vanished')\n"
              "browser_procs.kill_all = broken; browser._take_browsers_along_on_sigterm()\n"
              "print('ready', flush=True); time.sleep(300)\n")
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGTERM
    finally:
        proc.kill()
        proc.wait()
