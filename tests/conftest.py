"""Fixtures shared by every test module.

Every test gets its own signing-key directory (``ARCHIVER_KEY_DIR``) and store, so no test
touches the user's config or the repository's ``archives/``. Fixture files live in
``tests/data/`` and are reached through :func:`data`.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import os
import re
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Collection, Iterator
from pathlib import Path

import pytest
from cli import run_cli, run_cli_process  # noqa: F401 - re-exported for the test modules
from servers import Site

DATA = Path(__file__).parent / "data"


def _keep_bytecode_of_the_run() -> None:
    """With ``PYTHONDONTWRITEBYTECODE`` set in the environment, every run compiled the test
    modules (rewriting their asserts) and ``archiver/`` again in each xdist worker (about 2.5
    CPU-seconds per worker) and in every Python process a test starts (about 0.07 s each). The
    workers write it, as Python normally does, to the ``__pycache__`` folders beside the sources
    (git-ignored), and the processes the tests start read it from there (the variable only stops
    them writing). Not a per-user ``sys.pycache_prefix``: Python then ignores the bytecode pip
    installed beside the libraries, and a clean machine's first run compiled all of them again.
    """
    sys.dont_write_bytecode = False


_keep_bytecode_of_the_run()

@pytest.hookimpl(wrapper=True)
def pytest_collection(session: pytest.Session) -> Iterator[object]:
    """Collect with the cyclic garbage collector paused (it is run once, and what collection made
    frozen, at its end: :func:`pytest_collection_finish`).

    Why: collection makes ~10,000 items and imports every test module with what they import, all
    kept until the run ends, and the collector's automatic passes walked them again and again as
    they grew (7 full passes and ~800 younger ones, 0.63 of the ~3.0 CPU-s each xdist worker's
    collection cost with its bytecode cached) to find next to no garbage."""
    gc.disable()
    try:
        return (yield)
    finally:
        gc.enable()


def pytest_collection_finish(session: pytest.Session) -> None:
    """Set the objects collection made (the test modules, their items and fixtures, the imported
    libraries: all kept until the run ends) aside from the cyclic garbage collector for good
    (``gc.freeze``), as the ``archiver`` script does after its start-up: each collection of
    the oldest generation walked them all again (with 3,300 items, about half of the run's
    collector time). What the tests make afterwards is collected as usual."""
    gc.collect()
    gc.freeze()


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object | None:
    """With ``-n`` (xdist's ``--dist load``, ``make test``'s), hand each worker whole test files.

    Why: many modules build what their tests share once, in a module-scoped fixture (a browser
    capture of each hostile page, one Chromium process for three deaths, a store template), and
    ``load`` hands out tests one by one or in small chunks: a module whose tests went to both
    workers built its fixture in each. Which module was split changed from run to run (a few in
    each whole run, most of them cheap); the red team's eleven browser captures (~9 CPU-s) were
    built twice in a run of the browser modules alone, the dead-wait captures (~4.5) likewise.
    ``loadfile`` keeps a file's tests in one worker; another ``--dist`` asked for is left as is.
    Files are handed out in collection order, not (xdist's default for ``loadfile``) most tests
    first: that put the browser and process files, few tests each and the longest to run, at
    the end of the run, where one of them ran alone while the other worker had nothing left."""
    if config.getoption("dist", None) != "load":
        return None
    from xdist.scheduler import LoadFileScheduling

    config.option.loadscopereorder = False
    return LoadFileScheduling(config, log)  # type: ignore[arg-type]


#: What an xdist worker's report of a passed set-up or tear-down that captured nothing is turned
#: into (:func:`pytest_report_to_serializable`) for its sender to drop (:func:`pytest_configure`).
_UNSENT_REPORT: dict[str, object] = {"$unsent": True}


def pytest_configure(config: pytest.Config) -> None:
    """On an xdist worker, send the controller no report of a set-up or tear-down that passed and
    captured nothing, and under ``-q`` (``make test``'s) no start of a test: three of the six
    messages each test cost (its start, its three reports, its end, its completion).

    Why: the controller does nothing with them (no letter, no line, no count: pytest's terminal
    files such a report under an empty category, and prints nothing at a test's start under
    ``-q``), yet each was serialized by the worker, read and rebuilt by the controller: about
    0.6 ms of CPU a test, ~5 CPU-s of a run of 9,500 tests (3,000 empty tests under ``-n 2``,
    alternated: 7.1/6.5 -> 5.1/5.2 CPU-s, the controller 2.8/2.4 -> 1.4/1.5). A failed, skipped
    or errored phase, and one that captured output or logs, is sent as before, as is the call
    phase of every test, its end (which prints the progress figure) and its completion; a test's
    start is still sent at the default verbosity or above, where it prints its file's name. Only
    xdist's own sender is wrapped (looked up by its class name): an xdist without it sends all."""
    if not hasattr(config, "workerinput"):
        return
    sender = next((p for p in config.pluginmanager.get_plugins()
                   if type(p).__name__ == "WorkerInteractor" and callable(getattr(p, "sendevent", None))), None)
    if sender is None:
        return
    send = sender.sendevent
    quiet = config.get_verbosity() < 0  # (-q: the controller's terminal prints nothing at a test's start)

    def sendevent(name: str, **kwargs: object) -> None:
        data = kwargs.get("data")
        if (name == "testreport" and isinstance(data, dict) and data.get("$unsent")) or (quiet and name == "logstart"):
            return
        send(name, **kwargs)

    sender.sendevent = sendevent
    config.stash[_UNSENT_KEY] = True


_UNSENT_KEY = pytest.StashKey[bool]()


@pytest.hookimpl(tryfirst=True)
def pytest_report_to_serializable(config: pytest.Config, report: pytest.CollectReport | pytest.TestReport
                                  ) -> dict[str, object] | None:
    """A passed set-up or tear-down that captured nothing, on a worker whose sender drops it
    (:func:`pytest_configure`): not serialized, a mark the sender sees instead."""
    if (isinstance(report, pytest.TestReport) and report.when in ("setup", "teardown") and report.passed
            and not report.sections and config.stash.get(_UNSENT_KEY, False)):
        return dict(_UNSENT_REPORT)
    return None


#: Every process this test run starts inherits this mark in its environment, so the run can
#: check at its end that none of them outlived it (no process of ours outlives its command).
RUN_MARK_VAR = "ARCHIVER_TEST_RUN_MARK"


def processes_marked(mark: str, *, helpers: bool = False) -> list[int]:
    """Pids of live processes below this one whose environment carries ``mark``: this process's
    multiprocessing helpers (:func:`_helper_of_this_process`) only with ``helpers``, every other
    one without.

    Only the processes below this one are read (:func:`_pids_below`): this process is the child
    subreaper of all the tests start (:func:`_no_process_outlives_the_run`), so each of them,
    orphaned or not, stays below it while it lives. Reading every process's environment on the
    machine (2.9-3.3 ms of CPU a call, 8.7-10.7 ms of wall time, with ~160 processes there) read
    the memory of processes that are none of ours, and waited for each one's memory map lock,
    held by one in the middle of a large allocation or its exit (e6b10cf)."""
    needle = f"{RUN_MARK_VAR}={mark}".encode()
    found = []
    for pid in _pids_below(os.getpid()):
        proc = Path(f"/proc/{pid}")
        try:
            environ = (proc / "environ").read_bytes()
        except OSError:
            continue
        if needle in environ.split(b"\0") and _helper_of_this_process(proc) == helpers:
            found.append(pid)
    return found


def _pids_below(root: int) -> list[int]:
    """The live (not ``<defunct>``) processes below ``root``, from the children lists of each
    thread of each process (:func:`_children`), read down from ``root``; ``root``'s own list is read
    again at the end, for a process whose parent ended while the lists were read (its children
    then come to ``root``, their subreaper)."""
    seen: set[int] = set()
    frontier = [root]
    for _ in range(2):
        while frontier:
            for child in _children(frontier.pop()):
                if child not in seen:
                    seen.add(child)
                    frontier.append(child)
        frontier = [c for c in _children(root) if c not in seen]
        seen.update(frontier)
    return sorted(pid for pid in seen if (stat := _stat(pid)) is not None and stat[1][0] != "Z")


def _helper_of_this_process(proc: Path) -> bool:
    """multiprocessing's fork server and resource tracker, started by in-process batch tests:
    they serve every batch of this (test) process, so only the check at the run's end (after
    ``archiver.batch.stop_fork_server``) counts them."""
    try:
        ppid = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
        cmdline = (proc / "cmdline").read_bytes()
    except (OSError, ValueError, IndexError):
        return False
    return ppid == os.getpid() and (b"multiprocessing.forkserver" in cmdline
                                    or b"multiprocessing.resource_tracker" in cmdline)


def wait_until_gone(mark: str, timeout: float = 15) -> list[int]:
    """Wait for the processes carrying ``mark`` to exit; return those still alive at ``timeout``."""
    deadline = time.monotonic() + timeout
    while (alive := processes_marked(mark)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return alive


def end_marked(proc: subprocess.Popen[str], mark: str) -> None:
    """Whatever a test came to: no process carrying ``mark`` left stopped or running (each is killed and
    continued, so a stopped one dies too), and ``proc`` ended and reaped."""
    for pid in processes_marked(mark):
        for sig in (signal.SIGKILL, signal.SIGCONT):
            with contextlib.suppress(OSError):
                os.kill(pid, sig)
    if proc.poll() is None:
        proc.kill()
        proc.communicate()


def _children(pid: int) -> list[int]:
    """The pids /proc lists as children of ``pid`` (of each of its threads); none when it is gone.

    A thread that ends while it is read drops out alone: dropping the whole process then would
    hide every process below it from the leak check and the CPU log."""
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return []
    found: list[int] = []
    for task in tasks:
        try:
            found.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return found


def _stat(pid: int) -> tuple[str, list[str]] | None:
    """(name, the fields after it) of ``/proc/PID/stat``; None when the process is gone."""
    try:
        head, tail = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)
    except (OSError, ValueError):
        return None
    return head.split("(", 1)[1], tail.split()


def _descendants(besides: Collection[int] = ()) -> dict[int, tuple[str, str]]:
    """Every process below this one now (pid -> state, name), its multiprocessing helpers
    (:func:`_helper_of_this_process`) and theirs aside, and ``besides`` and theirs."""
    found: dict[int, tuple[str, str]] = {}
    frontier = [os.getpid()]
    while frontier:
        pid = frontier.pop()
        for child in _children(pid):
            stat = _stat(child)
            if stat is None or child in besides or (
                    pid == os.getpid() and _helper_of_this_process(Path(f"/proc/{child}"))):
                continue
            found[child] = (stat[1][0], stat[0])
            frontier.append(child)
    return found


def below_now() -> frozenset[int]:
    """The processes below this one now: what a test started must not be confused with them in
    :func:`left_below` (this xdist worker's own pooled Chromium, kept idle between its tests)."""
    return frozenset(_descendants())


def left_below(timeout: float = 15, besides: Collection[int] = ()) -> list[str]:
    """What is still below this process after waiting up to ``timeout`` for it to end: each
    exited child reaped here (it cannot end by itself) and named, and each running process;
    ``besides`` (:func:`below_now` before the test started its process) and theirs left out.

    Why: this process is the child subreaper of everything the tests start
    (:func:`_no_process_outlives_the_run`), so whatever outlives its command and its test ends
    up below it, running or ``<defunct>``, whatever its environment says (Chromium's own
    processes overwrite theirs, so the run's mark cannot find them)."""
    reaped: list[str] = []
    deadline = time.monotonic() + timeout
    while True:
        below = _descendants(besides)
        for pid, (state, name) in below.items():
            if state == "Z":
                with contextlib.suppress(ChildProcessError):
                    if os.waitpid(pid, os.WNOHANG)[0] == pid:
                        reaped.append(f"{pid} {name} (exited, left unreaped)")
        running = [f"{pid} {name} ({state})" for pid, (state, name) in below.items() if state != "Z"]
        if not running or time.monotonic() >= deadline:
            return reaped + running
        time.sleep(0.05)


@pytest.fixture(scope="session", autouse=True)
def _no_process_outlives_the_run() -> Iterator[None]:
    """Mark this (xdist worker) process's environment and make it the child subreaper of what
    the tests start; at the end, no marked process may remain, nor any process below this one.

    Why the subreaper from the start: a browser test run in this process makes it one anyway
    (:func:`archiver.capture.browser_procs.adopt_orphans`), and then what a command left behind
    came here (visible, ``<defunct>``) where before that test it went to init (reaped at once,
    unseen): whether a leak showed depended on which tests this worker had run before."""
    mark = uuid.uuid4().hex
    os.environ[RUN_MARK_VAR] = mark
    linux = sys.platform.startswith("linux")
    if linux:
        from archiver.capture.browser_procs import adopt_orphans

        adopt_orphans()
    yield
    batch = sys.modules.get("archiver.batch")
    if batch is not None:  # what a batch command does as it exits: its fork server is stopped and reaped
        batch.stop_fork_server()
    survivors = wait_until_gone(mark) if linux else []
    helpers = processes_marked(mark, helpers=True) if linux else []
    below = left_below() if linux else []
    assert not survivors and not helpers and not below, \
        f"processes started by the tests outlived the run: {survivors + helpers} {below}"


def _waited_for_here() -> set[int]:
    """Children a Python object of this process will still wait for itself: multiprocessing's
    fork server (an in-process batch's), its resource tracker and its processes. Reaping one of
    them behind its back would make that object fail (``ChildProcessError``) or misreport."""
    owned: set[int] = set()
    forkserver = sys.modules.get("multiprocessing.forkserver")
    tracker = sys.modules.get("multiprocessing.resource_tracker")
    for module, holder, attribute in ((forkserver, "_forkserver", "_forkserver_pid"),
                                      (tracker, "_resource_tracker", "_pid")):
        pid = getattr(getattr(module, holder, None), attribute, None)
        if isinstance(pid, int):
            owned.add(pid)
    process = sys.modules.get("multiprocessing.process")
    if process is not None:
        owned |= {p.pid for p in getattr(process, "_children", ()) if isinstance(getattr(p, "pid", None), int)}
    return owned


def _an_exited_child() -> bool:
    """Whether some child of this process has exited and is not reaped yet, asked of the kernel
    without reaping it (``WNOWAIT``).

    Why: after most tests there is none, and one ``waitid`` call says so where reading /proc's
    children lists of each of this worker's threads (dozens once servers and pooled browsers
    run) cost up to a millisecond a test."""
    try:
        return os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None
    except ChildProcessError:  # no child at all
        return False


def reap_exited_children() -> list[int]:
    """Reap each exited child of this process that nothing here will wait for
    (:func:`_waited_for_here`): the orphans this worker, a subreaper, was given."""
    if not _an_exited_child():
        return []
    children = set(_children(os.getpid()))
    reaped: list[int] = []
    owned = _waited_for_here() if children else set()
    for pid in sorted(children - owned):
        stat = _stat(pid)
        if stat is not None and stat[1][0] == "Z":
            with contextlib.suppress(ChildProcessError):
                if os.waitpid(pid, os.WNOHANG)[0] == pid:
                    reaped.append(pid)
    return reaped


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """After each test (its fixtures torn down), reap the processes that exited below this one
    and that no one reaped: the orphans this worker, a subreaper, was given (a test that
    SIGKILLs a command leaves its children so, on purpose), as init would have reaped them.
    A test that must see them (``<defunct>`` left by a command) looks before this runs; what
    is still running at the end of the run is named by :func:`_no_process_outlives_the_run`."""
    yield
    if sys.platform.startswith("linux"):
        reap_exited_children()


def _key_records(folder: Path) -> set[str]:
    """The key records (``*.log.json``) in a key folder, by name."""
    return {p.name for p in folder.glob("*.log.json")} if folder.is_dir() else set()


@pytest.fixture(scope="session", autouse=True)
def _no_key_in_the_users_config(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """A session-wide ``ARCHIVER_KEY_DIR`` of the run's own, and at the end a check that the
    user's key folder gained no record of a store this run made.

    Why: a fixture wider than one test (a module's shared store) is set up before the per-test
    :func:`_isolated_keys`, so without this its store's key went to the user's
    ``~/.config/archiver/keys``, one more each run. Only records naming a store under this run's
    temporary folder count, so the user's own ``archiver`` runs beside the tests do not."""
    from archiver.provenance.keys import default_key_dir

    user, previous = default_key_dir(), os.environ.get("ARCHIVER_KEY_DIR")
    before = _key_records(user)
    os.environ["ARCHIVER_KEY_DIR"] = str(tmp_path_factory.mktemp("session-keys"))
    yield
    if previous is None:
        os.environ.pop("ARCHIVER_KEY_DIR", None)
    else:
        os.environ["ARCHIVER_KEY_DIR"] = previous
    run_root = str(tmp_path_factory.getbasetemp().parent)
    ours = [name for name in sorted(_key_records(user) - before)
            if run_root in (user / name).read_text(encoding="utf-8", errors="replace")]
    assert not ours, f"the tests wrote key records into the user's key folder {user}: {ours}"


#: How long a pooled Chromium of a test worker waits idle for the next capture before it closes
#: (``archiver.capture.browser.IDLE_AFTER``, 30 s for a user's process): the whole run.
RUN_BROWSER_IDLE = 24 * 3600.0


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Once the browser module is loaded in this worker, keep its idle browsers for the run.

    Why: the in-process browser tests of different modules (test_browser_capture, the root
    capture of test_browser_sandbox, the red team's browser captures) run minutes apart, and a
    browser left idle 30 s closed in between, so each module launched Chromium again: a small
    page's capture cost 1.34 CPU-seconds with a launch, 0.57 with a pooled browser, and an idle
    Chromium 0.02 CPU-seconds in 20 s (measured, this process and the browser's). A test that needs a browser of its own closes the idle
    ones first or uses a pool of its own (test_browser_capture's first capture, test_browser_pool),
    and :func:`_browsers_closed_at_the_end` closes them before the run's process check. Set
    only when the module is already loaded, so a worker that runs no browser test never imports it."""
    browser = sys.modules.get("archiver.capture.browser")
    if browser is not None and browser.IDLE_AFTER != RUN_BROWSER_IDLE:
        browser.IDLE_AFTER = RUN_BROWSER_IDLE


@pytest.fixture(scope="session", autouse=True)
def _browsers_closed_at_the_end(_no_process_outlives_the_run: None) -> Iterator[None]:
    """Browser captures in this (xdist worker) process leave their Chromium idle in the pool for
    the next one (:func:`pytest_runtest_setup`: for the whole run); it is closed at the end of the
    run, before the check that no process outlived it."""
    yield
    browser = sys.modules.get("archiver.capture.browser")
    if browser is not None:
        browser.close_idle_browsers()


#: Set to a file path to record each test's CPU (this process and its children) there.
CPU_LOG_VAR = "ARCHIVER_TEST_CPU_LOG"


def _descendants_cpu() -> dict[int, float]:
    """CPU seconds (user+sys, with their reaped children's) of each live descendant of this
    process, read from /proc: a browser or driver process that outlives one test is counted in
    the tests during which it spent the time, not only when it is finally reaped.

    Written with ``os`` calls rather than :func:`_children` and :func:`_stat` (pathlib): with a
    pooled Chromium below the worker (~10 processes, ~80 threads, each thread's children file
    read) one walk cost 1.4 ms of this process's CPU that way, 0.9 ms so (measured); the log
    makes one walk a test (:func:`pytest_runtest_protocol`)."""
    tick = os.sysconf("SC_CLK_TCK")
    me = os.getpid()
    cpu: dict[int, float] = {}
    frontier = [me]
    while frontier:
        pid = frontier.pop()
        try:
            tids = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for tid in tids:
            try:
                with open(f"/proc/{pid}/task/{tid}/children", "rb") as children:
                    frontier.extend(int(c) for c in children.read().split())
            except (OSError, ValueError):
                continue
        if pid != me:
            try:
                with open(f"/proc/{pid}/stat", "rb") as stat:
                    fields = stat.read().rsplit(b")", 1)[1].split()
                cpu[pid] = sum(int(f) for f in fields[11:15]) / tick
            except (OSError, ValueError, IndexError):
                continue
    return cpu


#: What the CPU log read at the end of the last test of this process (see
#: :func:`_cpu_snapshot`), to be the next test's start.
_LAST_CPU_SNAPSHOT: list[tuple[float, float, dict[int, float], float]] = []


def _cpu_snapshot() -> tuple[float, float, dict[int, float], float]:
    """(this process's CPU, its reaped children's CPU, each live descendant's CPU, this
    process's CPU once that was read): the reading's own cost is no test's."""
    import resource

    own = time.process_time()
    reaped = resource.getrusage(resource.RUSAGE_CHILDREN)
    live = _descendants_cpu()
    return own, reaped.ru_utime + reaped.ru_stime, live, time.process_time()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """With ``ARCHIVER_TEST_CPU_LOG`` set, append ``own children worker nodeid`` (CPU seconds of the
    test's set-up, call and tear-down, in this process and in the processes it started) to that
    file: the figures that show which tests cost the suite's CPU time. Off by default.

    One reading of /proc a test, not two: the reading at the end of a test is the next one's
    start (what little is spent between two tests, xdist's hand-over, goes to the second).
    Each reading walks every thread of every process below this one; with a pooled Chromium
    two such readings a test cost ~2.8 ms, ~15 CPU-s of a whole run, in ``time``'s figure
    while the log was on and in no test's (the reading's own cost is still left out). Four
    decimals: most tests take well under a millisecond, and rounding each to one (0.6 ms of an
    empty test read 0.001) moved the sum of a whole run by seconds."""
    path = os.environ.get(CPU_LOG_VAR)
    if not path:
        yield
        return
    _, reaped0, live0, own0 = _LAST_CPU_SNAPSHOT.pop() if _LAST_CPU_SNAPSHOT else _cpu_snapshot()
    yield
    own1, reaped1, live1, _ = end = _cpu_snapshot()
    _LAST_CPU_SNAPSHOT.append(end)
    live = sum(t - live0.get(pid, 0.0) for pid, t in live1.items())
    gone = sum(t for pid, t in live0.items() if pid not in live1)
    with open(path, "a") as log:
        worker = os.environ.get("PYTEST_XDIST_WORKER", "-")
        log.write(f"{own1 - own0:.4f} {reaped1 - reaped0 + live - gone:.4f} {worker} {item.nodeid}\n")


@pytest.fixture(scope="session")
def _key_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One folder per test under one session folder: ``mktemp`` per test scanned the base
    folder for the next free number each time (2 ms a test, growing with the run)."""
    root = tmp_path_factory.mktemp("keys")
    return (root / str(n) for n in itertools.count())


@pytest.fixture(scope="session")
def _test_dirs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Iterator[int]]:
    """One session folder for the tests' own folders, and their numbers (see :func:`tmp_path`)."""
    return tmp_path_factory.mktemp("t"), itertools.count()


@pytest.fixture
def tmp_path(_test_dirs: tuple[Path, Iterator[int]], request: pytest.FixtureRequest) -> Path:
    """This test's own new, empty folder, as pytest's ``tmp_path`` gives, named by a number of
    the run and the test's name. pytest's own looks through every folder made so far in the
    session to choose the next free number (about a millisecond a test late in a run)."""
    root, numbers = _test_dirs
    name = re.sub(r"\W", "_", request.node.name)[:30]
    path = root / f"{next(numbers)}-{name}"
    path.mkdir()
    return path


@pytest.fixture(autouse=True)
def _isolated_keys(_key_dirs: Iterator[Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own ``ARCHIVER_KEY_DIR``, not made yet: archiver makes it (mode 0700) when it
    writes a key, and most tests never do (a folder a test costs ~0.3 ms, mostly system time)."""
    key_dir = next(_key_dirs)
    monkeypatch.setenv("ARCHIVER_KEY_DIR", str(key_dir))
    monkeypatch.delenv("ARCHIVER_STORE", raising=False)
    return key_dir


@pytest.fixture
def key_dir(_isolated_keys: Path) -> Path:
    """This test's ``ARCHIVER_KEY_DIR``, made (mode 0700) for the tests that look into it."""
    _isolated_keys.mkdir(mode=0o700, exist_ok=True)
    return _isolated_keys


@pytest.fixture(scope="session")
def fresh_extraction(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """What one fresh Python process saw extraction compile, step by step (tests/fresh_probe.py):
    one process for the tests that each started their own."""
    from fresh_probe import run_probe

    return run_probe(tmp_path_factory.mktemp("fresh-probe"))


@pytest.fixture(scope="session")
def one_page_bundle(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One page's genuine signed bundle and its log's public key, made once for the run
    (tests/bundles.py); tests doctor copies of it, never the bundle itself."""
    from bundles import export_one_page

    return export_one_page(tmp_path_factory.mktemp("one-page-bundle"))


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def site() -> Iterator[Site]:
    """A real HTTP server on 127.0.0.1 with no routes yet (``site.routes["/x"] = ...``), for this
    test alone; a module that serves fixed pages defines its own ``site`` over it."""
    s = Site()
    yield s
    s.close()


@pytest.fixture
def data():
    def _data(name: str) -> Path:
        return DATA / name

    return _data


@pytest.fixture
def cli_run():
    return run_cli


def as_if_written_here(store: Path, foreign_warc: Path, cut: int | None = None) -> bytes:
    """The bytes of ``foreign_warc`` (up to ``cut``) as if a process of ``store`` had written them:
    its opening warcinfo is swapped for one of ``store``'s own (which names this store's log),
    as the file a process of this store leaves when it is killed mid-capture."""
    from archiver.capture.warc import StoredRecord, iter_records

    def after_warcinfo(path: Path) -> int:
        return next(r.offset for r in iter_records(path) if isinstance(r, StoredRecord) and r.rec_type != "warcinfo")

    own = sorted((store / "warcs").glob("archiver-*.warc.gz"))[0]
    data = foreign_warc.read_bytes()[:cut]
    return own.read_bytes()[:after_warcinfo(own)] + data[after_warcinfo(foreign_warc):]


@pytest.fixture
def serve_raw():
    """Start loopback servers that answer one connection with the given raw bytes (a hostile
    or broken server: framing, heads, escape sequences); returns ``start(raw) -> url``."""
    from servers import Hostile

    servers: list[Hostile] = []

    def start(raw: bytes) -> str:
        def script() -> Iterator[bytes]:
            yield raw
        servers.append(Hostile(script))
        return servers[-1].url("/")

    yield start
    for s in servers:
        s.close()

