"""Fixtures shared by every test module.

Every test gets its own signing-key directory (``ARCHIVER_KEY_DIR``) and store, so no test
touches the user's config or the repository's ``archives/``. Fixture files live in
``tests/data/`` and are reached through :func:`data`.
"""

from __future__ import annotations

import itertools
import os
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli import run_cli, run_cli_process  # noqa: F401 - re-exported for the test modules

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

#: Every process this test run starts inherits this mark in its environment, so the run can
#: check at its end that none of them outlived it (no process of ours outlives its command).
RUN_MARK_VAR = "ARCHIVER_TEST_RUN_MARK"


def processes_marked(mark: str) -> list[int]:
    """Pids of live processes (other than this one) whose environment carries ``mark``."""
    needle = f"{RUN_MARK_VAR}={mark}".encode()
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit() or int(proc.name) == os.getpid():
            continue
        try:
            environ = (proc / "environ").read_bytes()
            state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z" and needle in environ.split(b"\0") and not _helper_of_this_process(proc):
            found.append(int(proc.name))
    return found


def _helper_of_this_process(proc: Path) -> bool:
    """multiprocessing's fork server and resource tracker, started by in-process batch tests:
    they belong to this (test) process and exit when it does (EOF on their pipes), not before."""
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


@pytest.fixture(scope="session", autouse=True)
def _no_process_outlives_the_run() -> Iterator[None]:
    """Mark this (xdist worker) process's environment; at the end, no marked process may remain."""
    mark = uuid.uuid4().hex
    os.environ[RUN_MARK_VAR] = mark
    yield
    survivors = wait_until_gone(mark) if sys.platform.startswith("linux") else []
    assert not survivors, f"processes started by the tests outlived the run: {survivors}"


@pytest.fixture(scope="session")
def _key_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One folder per test under one session folder: ``mktemp`` per test scanned the base
    folder for the next free number each time (2 ms a test, growing with the run)."""
    root = tmp_path_factory.mktemp("keys")
    return (root / str(n) for n in itertools.count())


@pytest.fixture(autouse=True)
def _isolated_keys(_key_dirs: Iterator[Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    key_dir = next(_key_dirs)
    key_dir.mkdir(mode=0o700)
    monkeypatch.setenv("ARCHIVER_KEY_DIR", str(key_dir))
    monkeypatch.delenv("ARCHIVER_STORE", raising=False)
    return key_dir


@pytest.fixture
def key_dir(_isolated_keys: Path) -> Path:
    return _isolated_keys


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "store"


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
