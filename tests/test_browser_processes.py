"""No process a browser capture starts outlives it: not Playwright's driver, not Chromium, not
the processes Chromium starts itself (zygotes, renderers, GPU, utilities, crash handlers).

Each test runs a real headless Chromium (Debian's, through Playwright's ``executable_path``)
against the local site (tests/browser_site.py) and watches, from /proc while it runs, every
process started under it (:class:`Watch`): when the command has exited (or, in this process,
when the pool is closed), none of them may still be there, running or exited and not reaped
(``<defunct>``, whose CPU time then is counted nowhere). Nor may any folder of the browser's be
left in the temporary directory (Playwright's profile of it; Chromium's singleton socket's;
Playwright's artifacts folder): each test's browser gets a
fresh ``TMPDIR`` (:func:`fresh_tmp`), checked at the end. The two ``archive --browser`` commands
run with a ``TMPDIR`` too long for Chromium's singleton socket (:func:`long_tmp`), the others with
a short one, so both launches are tried without a launch of their own. Skipped without Chromium.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_site import png, start_site
from cli import run_cli, start_cli_process, wait_for_line
from servers import html_page, response

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (Debian package 'chromium'): skipped"),
    pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to watch processes"),
]

#: A last guard on a whole command, never a timing a test relies on.
LIMIT = 120.0


def _now_ticks() -> int:
    """Now, in the clock ticks after boot that ``/proc/PID/stat`` gives a process's start in."""
    return int(time.clock_gettime(time.CLOCK_BOOTTIME) * os.sysconf("SC_CLK_TCK"))


def _stat(pid: str) -> tuple[str, int, int] | None:
    """(state, parent pid, start time) of ``pid``, or None if it is gone.

    Read with ``os`` calls, not pathlib and a buffered file: :meth:`Watch.poll` reads every
    process's file every 30 ms while a command runs."""
    try:
        fd = os.open(f"/proc/{pid}/stat", os.O_RDONLY)
    except OSError:
        return None
    try:
        fields = os.read(fd, 4096).rsplit(b")", 1)[1].split()
        return fields[0].decode(), int(fields[1]), int(fields[19])
    except (OSError, IndexError, ValueError):
        return None
    finally:
        os.close(fd)


class Watch:
    """The processes started while it watches, each known by pid and start time (no pid reuse can
    fool it): every process below this one (by parent pid) that started after the watch did.

    Why below this one: this process is the child subreaper of everything it starts
    (:func:`archiver.capture.browser_procs.adopt_orphans`, as ``conftest`` makes it for the run),
    so a process whose parent dies is adopted by the nearest living subreaper above it (the
    ``archiver`` command, which adopts Chromium's orphans itself, or else this process): Chromium's
    double-forked crash handlers, nobody's children elsewhere, stay below this process too.
    Only ``/proc/PID/stat`` is read, which never waits for the process. (Before, every process's
    ``/proc/PID/environ`` was read for a mark: such a read waits for the process's memory map
    lock, which another process in the middle of a large allocation or of its exit holds, and
    stalled the watch on a loaded machine.)
    """

    def __init__(self) -> None:
        from archiver.capture.browser_procs import adopt_orphans

        assert adopt_orphans(), "this process cannot be the subreaper of what it starts"
        self.since = _now_ticks()
        self.seen: dict[int, int] = {}  # pid -> start time

    def _table(self) -> dict[int, tuple[str, int, int]]:
        return {int(p): s for p in os.listdir("/proc") if p.isdigit() and (s := _stat(p)) is not None}

    def poll(self) -> None:
        table = self._table()
        root = os.getpid()
        for _ in range(8):  # (a child listed before its parent is taken on the next pass)
            grew = False
            for pid, (_, ppid, start) in table.items():
                if self.seen.get(pid) == start or start < self.since:
                    continue
                if ppid == root or (ppid in self.seen and table.get(ppid, ("", 0, -1))[2] == self.seen[ppid]):
                    self.seen[pid], grew = start, True
            if not grew:
                return

    def watch(self, proc: subprocess.Popen[str], until: float = LIMIT) -> None:
        """Poll until ``proc`` has exited (a last guard at ``until`` seconds)."""
        deadline = time.monotonic() + until
        while proc.poll() is None and time.monotonic() < deadline:
            self.poll()
            time.sleep(0.03)

    def remaining(self) -> list[str]:
        """The watched processes still there (running, or exited and not reaped), described."""
        self.poll()
        left = []
        for pid, start in self.seen.items():
            now = _stat(str(pid))
            if now is not None and now[2] == start:
                try:  # (a zombie has no command line left, only its name)
                    cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")[:80].decode(errors="replace")
                    cmd = cmd or Path(f"/proc/{pid}/comm").read_text().strip()
                except OSError:
                    cmd = ""
                left.append(f"{pid} {now[0]} (parent {now[1]}) {cmd}")
        return left


def fresh_tmp() -> Path:
    """A new folder to be a browser's temporary directory (``TMPDIR``): in this run's, not under
    ``tmp_path``, whose longer path is too long for Chromium's singleton socket (its path, in
    ``TMPDIR``, must fit in 107 bytes), so Chromium uses this one, as it does a user's that fits
    (one too long gets a short folder of its launch's own instead: :func:`long_tmp`)."""
    return Path(tempfile.mkdtemp(prefix="tmp-"))


#: A temporary directory this long (bytes) is too long for Chromium's singleton socket, whose
#: address (``$TMPDIR/org.chromium.Chromium.XXXXXX/SingletonSocket``) must fit in 107 bytes.
LONG_TMPDIR = 120


def long_tmp() -> Path:
    """A new folder to be a browser's temporary directory, :data:`LONG_TMPDIR` bytes long (as a
    CI runner's nested workspace or a deep home can be), made in a :func:`fresh_tmp`."""
    base = fresh_tmp()
    folder = base / ("d" * (LONG_TMPDIR - len(str(base)) - 1))
    folder.mkdir()
    assert len(str(folder)) == LONG_TMPDIR
    return folder


def own_short_folders(pid: int) -> list[str]:
    """The short private temporary folders the process ``pid`` made for its Chromiums (when its
    ``TMPDIR`` was too long; see archiver/capture/browser_folders.py) and left behind."""
    from archiver.capture import browser_folders

    return sorted(str(path) for parent in browser_folders.SHORT_PARENTS if Path(parent).is_dir()
                  for path in Path(parent).glob(f"{browser_folders.short_folder_prefix(pid)}*"))


def left_in(tmp: Path) -> list[str]:
    """What is left in a browser's temporary directory (``fresh_tmp``) once its command is over."""
    return sorted(path.name for path in tmp.iterdir())


@pytest.fixture
def tmp() -> Iterator[Path]:
    """The test's browser's temporary directory (see :func:`fresh_tmp`)."""
    folder = fresh_tmp()
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def long() -> Iterator[Path]:
    """The test's browser's temporary directory, too long for Chromium's socket (see :func:`long_tmp`)."""
    folder = long_tmp()
    yield folder
    shutil.rmtree(folder.parent, ignore_errors=True)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Any:
    s = start_site(tmp_path_factory.mktemp("site"))
    yield s
    s.close()


def _archive(site: Any, store: Path, url: str, tmp: Path) -> subprocess.Popen[str]:
    return start_cli_process("archive", url, "--browser", "--chromium", str(CHROMIUM), "--ca-bundle",
                             str(site.ca_file), "--json", store=store, env={"TMPDIR": str(tmp)})


def test_archive_with_browser_under_a_long_tmpdir_succeeds_and_leaves_no_process_or_temporary_folder_behind(
        site, tmp_path, long):
    # A TMPDIR of 120 bytes: Chromium's singleton socket could not be made in it (Chromium aborts).
    watch = Watch()
    proc = _archive(site, tmp_path / "store", site.http.url("/consent"), long)  # (a small page: any will do)
    watch.watch(proc)
    out, err = proc.communicate(timeout=LIMIT)
    left = watch.remaining()
    assert proc.returncode == 0, err[-2000:]
    assert len(watch.seen) >= 4  # the driver, Chromium, its zygotes and the rest were seen
    assert not left, left
    assert left_in(long) == []
    assert own_short_folders(proc.pid) == []


def test_sigterm_during_a_browser_capture_leaves_no_process_or_temporary_folder_behind(site, tmp_path, long):
    # SIGTERM keeps its meaning (the process dies of it at once) but takes Chromium along, and
    # the folders that Chromium and Playwright's driver, killed, no longer remove: under a long
    # TMPDIR, the short private folder Chromium was given instead of it too.
    watch = Watch()
    proc = _archive(site, tmp_path / "store", site.endless, long)  # a page that never goes idle
    deadline = time.monotonic() + LIMIT
    while proc.poll() is None and time.monotonic() < deadline and not _renderer_among(watch):
        watch.poll()
        time.sleep(0.03)
    assert proc.poll() is None, "the capture ended before its page was open"
    assert any(name.startswith("playwright_chromiumdev_profile-") for name in left_in(long))  # (its profile is there)
    assert len(own_short_folders(proc.pid)) == 1  # (Chromium's temporary directory, its socket's folder in it)
    proc.send_signal(signal.SIGTERM)
    watch.watch(proc)
    proc.communicate(timeout=LIMIT)
    left = watch.remaining()
    assert proc.returncode == -signal.SIGTERM
    assert not left, left
    assert left_in(long) == []
    assert own_short_folders(proc.pid) == []


def _renderer_among(watch: Watch) -> bool:
    """Whether a page's renderer is among the watched processes (the page is being loaded)."""
    for pid in list(watch.seen):
        try:
            if b"--type=renderer" in Path(f"/proc/{pid}/cmdline").read_bytes():
                return True
        except OSError:
            continue
    return False


INTERRUPTED_CAPTURE = """
import os, signal, sys, time
from pathlib import Path
from archiver.archive import Archive
from archiver.capture import browser
from archiver.capture.fetch import FetchOptions
signal.signal(signal.SIGINT, signal.default_int_handler)
store, keys, url, chromium = sys.argv[1:5]
def ctrl_c():  # once the page has loaded; when, on the machine's monotonic clock
    print(f"ctrl-c at {time.monotonic()}", flush=True)
    os.kill(os.getpid(), signal.SIGINT)
browser.after_load(ctrl_c)
with Archive.open(Path(store), key_dir=Path(keys), fetch_options=FetchOptions(total_timeout=60)) as arc:
    try:
        arc.capture_with_browser(url, browser.BrowserOptions(chromium=chromium))
    except KeyboardInterrupt:
        print("interrupted", flush=True)
        sys.exit(130)
"""


@pytest.fixture(scope="module")
def interrupted(site: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """One browser capture of a page that never goes idle (60 s limit), Ctrl-C'd once the page
    has loaded, in a process of its own, watched: how it ended, how long it took from the
    Ctrl-C (its start and Chromium's launch, which a loaded machine stretches, are not the
    Ctrl-C's to answer for), what is left (processes; what is in its temporary directory)."""
    root = tmp_path_factory.mktemp("interrupted")
    tmp = fresh_tmp()
    watch = Watch()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1]), "TMPDIR": str(tmp)}
    proc = subprocess.Popen([sys.executable, "-c", INTERRUPTED_CAPTURE, str(root / "store"), str(root / "keys"),
                             site.endless, str(CHROMIUM)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    watch.watch(proc)
    out, err = proc.communicate(timeout=LIMIT)
    ended = time.monotonic()
    ctrl_c = [float(line.split()[-1]) for line in out.splitlines() if line.startswith("ctrl-c at ")]
    yield {"returncode": proc.returncode, "stdout": out, "stderr": err,
           "took": ended - ctrl_c[0] if ctrl_c else None,
           "left": watch.remaining(), "left_in_tmp": left_in(tmp)}
    shutil.rmtree(tmp, ignore_errors=True)


def test_ctrl_c_during_a_browser_capture_ends_it_promptly_and_cleanly(interrupted):
    # The browser runs on its own thread: Ctrl-C in the main thread must cut that thread's waits
    # short and close Chromium before the interpreter exits (exiting under it can crash).
    assert interrupted["returncode"] == 130, interrupted["stderr"][-2000:]
    assert "interrupted" in interrupted["stdout"]
    assert interrupted["took"] is not None and interrupted["took"] < 40  # a page that never goes idle, a 60 s limit


def test_ctrl_c_during_a_browser_capture_leaves_no_process_or_temporary_folder_behind(interrupted):
    assert interrupted["returncode"] == 130, interrupted["stderr"][-2000:]
    assert not interrupted["left"], interrupted["left"]
    assert interrupted["left_in_tmp"] == []


#: The capture of :data:`INTERRUPTED_CAPTURE`, whose Chromium hangs as it is closed: the Ctrl-C's
#: wait for the browser's thread gives up (after 1 s here), and the process exits with it running.
HUNG_ON_CLOSE = INTERRUPTED_CAPTURE.replace(
    "signal.signal(signal.SIGINT, signal.default_int_handler)\n",
    "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
    "import time\nbrowser.FINISH_GRACE = 1.0\nbrowser._close_quietly = lambda b: time.sleep(3600)\n")


def test_a_browser_that_does_not_close_in_time_still_leaves_no_process_or_temporary_folder_behind_at_exit(
        site, tmp_path, tmp):
    # Killed at exit, Chromium and Playwright's driver remove none of their folders.
    watch = Watch()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1]), "TMPDIR": str(tmp)}
    proc = subprocess.Popen([sys.executable, "-c", HUNG_ON_CLOSE, str(tmp_path / "store"), str(tmp_path / "keys"),
                             site.endless, str(CHROMIUM)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    watch.watch(proc)
    out, err = proc.communicate(timeout=LIMIT)
    left = watch.remaining()
    assert proc.returncode == 130 and "interrupted" in out, err[-2000:]
    assert not left, left
    assert left_in(tmp) == []


def test_closing_the_browser_pool_of_this_process_leaves_no_chromium_process_or_temporary_folder_behind(
        site, tmp_path, tmp, monkeypatch):
    # In this process (a library's or batch's): its own pool, one real capture, then the pool closed.
    from archiver.archive import Archive
    from archiver.capture import browser
    from archiver.capture.fetch import FetchOptions

    watch = Watch()
    monkeypatch.setenv("TMPDIR", str(tmp))  # (likewise)
    monkeypatch.setattr(browser, "_POOL", browser._Pool())
    stop = threading.Event()

    def poll() -> None:
        while not stop.wait(0.03):
            watch.poll()

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    try:
        with Archive.open(tmp_path / "store", key_dir=tmp_path / "keys",
                          fetch_options=FetchOptions(ca_bundle=str(site.ca_file))) as arc:
            result = arc.capture_with_browser(site.http.url("/consent"), browser.BrowserOptions(chromium=CHROMIUM))
        browser._POOL.close_all()  # (waits for a browser still held: the capture gives it back on its thread)
    finally:
        stop.set()
        poller.join()
    assert result.ok, result.error
    assert len(watch.seen) >= 4
    left = watch.remaining()
    assert not left, left
    assert left_in(tmp) == []


def _browser_batch_until_asked(urls: Path, store: Path, tmp: Path, watch: Any, asked: threading.Event,
                               *mode: str) -> subprocess.Popen[str]:
    """``batch --browser URLS`` started in a session of its own (so a SIGINT to its group is a
    terminal's Ctrl-C), once its page has asked for what the test holds (``asked``: a request its
    server has received; ``mode``: more options)."""
    proc = start_cli_process("batch", str(urls), "--browser", "--chromium", str(CHROMIUM), *mode, "--jobs", "1",
                             "--delay", "0", "--nl", store=store,
                             env={"TMPDIR": str(tmp)}, start_new_session=True)
    deadline = time.monotonic() + LIMIT
    while not asked.is_set() and proc.poll() is None and time.monotonic() < deadline:
        watch.poll()
        time.sleep(0.03)
    if not asked.is_set():
        proc.kill()
        proc.communicate(timeout=LIMIT)
        raise AssertionError("what the test holds was never asked for")
    return proc


#: The page of the first Ctrl-C's test, held by the test before its server sends it.
SLOW = b"<!doctype html><html><head><title>Slow</title></head><body><p>Loading slowly.</p><img src='/slow.png'></body></html>"


def test_the_first_ctrl_c_of_a_batch_with_browser_lets_the_capture_in_flight_finish(site, tmp_path, tmp):
    # A terminal's Ctrl-C goes to its whole foreground process group, not to the batch alone:
    # the batch is started in a session of its own and the SIGINT sent to that group while the
    # page is asked for (its document held until the batch says it is stopping). Before,
    # Playwright's driver, in that group, closed every browser on SIGINT and the capture in
    # flight failed or ended with what was recorded so far (``browser_died``). With ``--threads``,
    # where the driver runs under the batch process itself: worker processes are out of the
    # group anyway (tests/test_batch_workers.py, a worker in a session of its own).
    #
    # The document is what is held, not a resource of the page, and the capture's time limits
    # are far above the test's guard: however long the Ctrl-C takes to be handled and said on a
    # loaded machine, the capture waits for it. (Before, the page's image was held: the capture
    # waits for a page's resources 10 s in all after its document, and an image held through
    # a Ctrl-C handled slowly was cut off: load_not_reached networkidle_not_reached
    # exchanges_unfinished_at_end, twice in four loaded runs of the whole suite.)
    asked, held = threading.Event(), threading.Event()

    def slow_page(handler: Any) -> bytes:
        asked.set()
        held.wait(LIMIT)
        return html_page(SLOW)(handler)

    site.http.routes["/slow"] = slow_page
    site.http.routes["/slow.png"] = lambda handler: response("200 OK", [("Content-Type", "image/png")],
                                                             png(20, 20, (9, 90, 9)))
    url = site.http.url("/slow")
    urls = tmp_path / "urls.txt"
    urls.write_text(url + "\n")
    watch = Watch()
    proc = _browser_batch_until_asked(urls, tmp_path / "store", tmp, watch, asked, "--threads",
                                      "--timeout", str(10 * LIMIT), "--total-timeout", str(10 * LIMIT))
    try:
        os.killpg(proc.pid, signal.SIGINT)  # (the group the batch leads: as a terminal's Ctrl-C)
        seen = wait_for_line(proc.stderr, "stopping:", timeout=LIMIT)
    finally:
        held.set()  # the page is sent
    watch.watch(proc)
    out, err = proc.communicate(timeout=LIMIT)
    err = "".join(seen) + err
    outcomes = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert proc.returncode == 130, err[-2000:]
    assert [(o["url"], o["status"]) for o in outcomes] == [(url, "captured")], err[-2000:]
    from archiver.archive import Archive

    with Archive.open(tmp_path / "store") as arc:
        shown = arc.show(outcomes[0]["capture_id"])
    assert shown["browser"]["incomplete"] == [] and shown["browser"]["complete"] is True, " ".join(shown["browser"]["incomplete"])
    assert any(r["target_uri"] == site.http.url("/slow.png") for r in shown["records"])  # (its image too)
    assert not watch.remaining(), watch.remaining()
    assert left_in(tmp) == []


def _children(pid: int) -> set[int]:
    """The children of process ``pid`` now (those of every one of its threads)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found |= {int(child) for child in (task / "children").read_text().split()}
        except (OSError, ValueError):
            continue
    return found


def _runs_a_driver(pid: int) -> bool:
    try:
        return b"run-driver" in Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False


def test_the_first_ctrl_c_of_a_threads_batch_lets_the_capture_whose_browser_is_starting_finish(site, tmp_path, tmp):
    # ``batch --threads --jobs 2`` of two pages on two hosts: one capture takes the batch's first
    # Chromium, the other starts a second, through a Playwright driver of its own, a child of
    # the batch. That driver is stopped as soon as it runs, the Ctrl-C sent to the batch's group
    # as a terminal sends it, and the driver let go: a Ctrl-C in the first tenths of a second of
    # its start. Before, the driver was in that group and died of it (Node.js takes SIGINT's
    # default action until the driver has set its handler): the capture failed, "the browser
    # failed (Connection closed while reading from the driver)". Both pages are held until the
    # batch says it is stopping (their captures in flight), under limits far above the guard.
    asked, held = threading.Event(), threading.Event()

    def held_page(n: int) -> Any:
        def route(handler: Any) -> bytes:
            asked.set()
            held.wait(LIMIT)
            return html_page(b"<!doctype html><html><head><title>Page %d</title></head><body><p>Page %d.</p>"
                             b"</body></html>" % (n, n))(handler)
        return route

    site.http.routes["/first"] = held_page(1)
    site.fonts.routes["/second"] = held_page(2)
    urls = [site.http.url("/first"), site.fonts.url("/second")]  # (two hosts: both at once)
    listed = tmp_path / "urls.txt"
    listed.write_text("\n".join(urls) + "\n")
    watch = Watch()
    proc = start_cli_process("batch", str(listed), "--browser", "--chromium", str(CHROMIUM), "--threads",
                             "--jobs", "2", "--delay", "0", "--nl", "--timeout", str(10 * LIMIT),
                             "--total-timeout", str(10 * LIMIT), store=tmp_path / "store",
                             env={"TMPDIR": str(tmp)}, start_new_session=True)
    drivers: list[int] = []
    try:
        deadline = time.monotonic() + LIMIT
        while len(drivers) < 2 and proc.poll() is None and time.monotonic() < deadline:
            for child in sorted(_children(proc.pid) - set(drivers)):
                if _runs_a_driver(child):
                    drivers.append(child)
                    if len(drivers) == 2:
                        os.kill(child, signal.SIGSTOP)
            time.sleep(0.001)
        assert len(drivers) == 2, f"drivers seen: {drivers}"
        assert asked.wait(LIMIT)  # the other capture's page is asked for, on the first Chromium
        os.killpg(proc.pid, signal.SIGINT)  # (the group the batch leads: as a terminal's Ctrl-C)
        seen = wait_for_line(proc.stderr, "stopping:", timeout=LIMIT)
    finally:
        if len(drivers) == 2:
            with contextlib.suppress(ProcessLookupError):
                os.kill(drivers[1], signal.SIGCONT)
        held.set()
    watch.watch(proc)
    out, err = proc.communicate(timeout=LIMIT)
    err = "".join(seen) + err
    outcomes = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert proc.returncode == 130, err[-2000:]
    assert sorted((o["url"], o["status"]) for o in outcomes) == [(u, "captured") for u in sorted(urls)], out
    assert not watch.remaining(), watch.remaining()
    assert left_in(tmp) == []


#: A page that loads for as long as a test holds its one image, for the second Ctrl-C's test.
HELD = b"<!doctype html><html><head><title>Held</title></head><body><p>Held.</p><img src='/held.png'></body></html>"


@pytest.mark.parametrize("mode", [[], ["--threads"]], ids=["processes", "threads"])
def test_a_second_ctrl_c_of_a_batch_with_browser_exits_while_the_page_still_loads_leaving_nothing_behind(
        site, tmp_path, tmp, mode):
    # The page's image is held until the batch has exited: the second Ctrl-C stops the capture
    # in flight (its worker, or with --threads the process itself, ends as a kill ends it),
    # Chromium's processes and folders go with it, and the store verifies. Before, the batch
    # waited for the capture, which gave up on the image after its idle timeout (10 s) and was
    # archived (logged, not recorded in the batch's state): what shows the capture was cut
    # short is that the store holds none, not a time.
    asked, held = threading.Event(), threading.Event()
    answered: list[bool] = []

    def held_image(handler: Any) -> bytes:
        asked.set()
        held.wait(LIMIT)
        answered.append(True)
        return response("200 OK", [("Content-Type", "image/png")], png(20, 20, (9, 90, 9)))

    site.http.routes["/held"] = html_page(HELD)
    site.http.routes["/held.png"] = held_image
    urls = tmp_path / "urls.txt"
    urls.write_text(site.http.url("/held") + "\n")
    store = tmp_path / "store"
    watch = Watch()
    proc = _browser_batch_until_asked(urls, store, tmp, watch, asked, *mode)
    try:
        watch.poll()
        os.killpg(proc.pid, signal.SIGINT)  # (the group the batch leads: as a terminal's Ctrl-C)
        seen = wait_for_line(proc.stderr, "stopping:", timeout=LIMIT)
        os.killpg(proc.pid, signal.SIGINT)
        watch.watch(proc, until=LIMIT / 2)  # a guard only: the image is held for LIMIT
        exited_while_held = proc.poll() is not None and not answered
    finally:
        held.set()
    out, err = proc.communicate(timeout=LIMIT)
    err = "".join(seen) + err
    assert exited_while_held, err[-2000:]
    assert proc.returncode == 130, err[-2000:]
    assert "0 captured, " in err and "run the same command again" in err, err[-2000:]
    assert "Traceback" not in err, err[-2000:]
    assert not watch.remaining(), watch.remaining()
    assert left_in(tmp) == []
    listed = run_cli("list", "--json", store=store)
    assert listed.returncode == 0 and json.loads(listed.stdout) == [], listed.stdout
    verified = run_cli("log", "verify", "--deep", store=store)
    assert verified.returncode == 0, verified.stdout + verified.stderr
