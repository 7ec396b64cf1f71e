"""Several commands on one store: ``reindex`` and ``import`` are safe beside the others.

Each race is made deterministic by a lock the test holds: with the provenance log's writer lock
held, a command stops just before its log append (an ``archive`` or ``import`` with its WARC
records written, a ``reindex`` about to log crash remains), and the test starts the other
command while it waits there. ``/proc/locks`` says when a process is waiting for a lock.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import signal
import sqlite3
import subprocess
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cli import run_cli, start_cli_process, wait_for_line
from servers import Gate, Site, html_page

from archiver.archive import Archive

PAGES = {f"/p{i}": (b"<html><head><title>Report %d</title></head><body><article><h1>Report %d</h1>"
                    b"<p>The council approved budget line %d after a long debate on Tuesday evening.</p>"
                    b"</article></body></html>" % (i, i, i)) for i in range(4)}


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    s = Site()
    for path, page in PAGES.items():
        s.routes[path] = html_page(page)
    yield s
    s.close()


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory, site: Site) -> dict[str, Path]:
    """Two bundles of one store sharing a capture: ``two`` holds /p0 and /p1, ``one`` holds /p0;
    ``key``: that store's log key, which an importer pins (:func:`_pin_their_key`)."""
    root = tmp_path_factory.mktemp("lock-bundles")
    with Archive.open(root / "store", key_dir=root / "keys") as arc:
        first = arc.capture(site.url("/p0")).capture_id
        second = arc.capture(site.url("/p1")).capture_id
    env = {"ARCHIVER_KEY_DIR": str(root / "keys")}
    out = {"two": root / "two.wacz", "one": root / "one.wacz"}
    for name, ids in (("two", [first, second]), ("one", [first])):
        proc = run_cli("export", *ids, "-o", str(out[name]), store=root / "store", env=env)
        assert proc.returncode == 0, proc.stderr
    return {**out, "key": root / "store" / "provenance" / "log.pub"}


def _pin_their_key(bundles: dict[str, Path]) -> None:
    """Trust the bundles' log key here: import takes an archiver bundle only against a pinned key."""
    assert run_cli("key", "pin", str(bundles["key"])).returncode == 0


def _new_store(store: Path, site: Site) -> None:
    """A store with a log and one capture (of /p3)."""
    assert run_cli("archive", site.url("/p3"), store=store).returncode == 0


@contextlib.contextmanager
def _holding(path: Path) -> Iterator[None]:
    """Hold an exclusive flock on ``path``, as another archiver process does."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _log_lock(store: Path) -> Path:
    return store / "provenance" / "log.lock"


@contextlib.contextmanager
def _index_write_lock(store: Path) -> Iterator[None]:
    """Hold the capture index's SQLite write lock: a command adding to the index (an import
    after its log append, still holding the store alone) waits here (SQLite's busy wait).
    Opening the index for writing, and reading it (an import checking its record ids), does
    not wait: an import seen holding it open may be before its log append or after it."""
    db = sqlite3.connect(store / "index.sqlite3", isolation_level=None)
    try:
        db.execute("BEGIN IMMEDIATE")
        yield
        db.execute("ROLLBACK")
    finally:
        db.close()


def _waits_for_lock(proc: subprocess.Popen[str], path: Path) -> bool:
    """Whether ``proc`` waits for a flock on ``path`` (``/proc/locks`` lists waiters with ``->``)."""
    inode = os.stat(path).st_ino
    with open("/proc/locks", encoding="ascii") as f:
        for line in f:
            parts = line.split()
            if "->" in parts:
                parts.remove("->")
                if len(parts) > 5 and parts[4] == str(proc.pid) and parts[5].rsplit(":", 1)[-1] == str(inode):
                    return True
    return False


def _has_open(proc: subprocess.Popen[str], path: Path, *, for_writing: bool = False) -> bool:
    """Whether ``proc`` has ``path`` open (``for_writing``: open read-write, not only read, as the
    check that a newer archiver did not make the index opens it briefly before any copy)."""
    target = str(path.resolve())
    try:
        fds = [f for f in Path(f"/proc/{proc.pid}/fd").iterdir() if os.readlink(f) == target]
        if not for_writing:
            return bool(fds)
        for fd in fds:
            flags = next(line for line in Path(f"/proc/{proc.pid}/fdinfo/{fd.name}").read_text().splitlines()
                         if line.startswith("flags:"))
            if int(flags.split()[1], 8) & os.O_ACCMODE == os.O_RDWR:
                return True
    except OSError:
        return False
    return False


def _until(proc: subprocess.Popen[str], *conditions: Callable[[], bool], timeout: float = 120) -> None:
    """Return once one of ``conditions`` holds, or ``proc`` has ended. ``timeout`` is a last
    guard against a hung test, never a timing the test relies on."""
    deadline = time.monotonic() + timeout
    while proc.poll() is None and not any(c() for c in conditions):
        assert time.monotonic() < deadline, "the command neither reached the awaited point nor ended"
        time.sleep(0.01)


def _waiting_for_store(proc: subprocess.Popen[str], store: Path) -> Callable[[], bool]:
    return lambda: (store / "store.lock").exists() and _waits_for_lock(proc, store / "store.lock")


def _waiting_to_log(proc: subprocess.Popen[str], store: Path) -> Callable[[], bool]:
    return lambda: _waits_for_lock(proc, _log_lock(store))


def _at_the_index(proc: subprocess.Popen[str], store: Path) -> Callable[[], bool]:
    return lambda: _has_open(proc, store / "index.sqlite3", for_writing=True)


def _warcs_in(bundle: Path) -> list[bytes]:
    """The bytes of each WARC a WACZ holds (archive/), sorted: what an import copies into the store."""
    with zipfile.ZipFile(bundle) as z:
        return sorted(z.read(n) for n in z.namelist() if n.startswith("archive/") and n.endswith((".warc", ".warc.gz")))


def _log(store: Path) -> list[dict]:
    return [json.loads(line) for line in (store / "provenance" / "log.jsonl").read_text().splitlines() if line]


def _logged_capture_ids(store: Path) -> list[str]:
    out = []
    for e in _log(store):
        if e["type"] == "capture":
            out.append(e["data"]["capture_id"])
        elif e["type"] == "import":
            out += [c["capture_id"] for c in e["data"]["captures"]]
    return out


def _reindex(store: Path) -> tuple[int, dict]:
    proc = run_cli("reindex", "--json", store=store)
    assert "Traceback" not in proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def _finish(proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=300)
    assert "Traceback" not in err
    return proc.returncode, out, err


def test_two_imports_at_once_sharing_a_capture_log_it_once(store, site, bundles):
    _new_store(store, site)
    _pin_their_key(bundles)
    log_held = contextlib.ExitStack()
    with _index_write_lock(store):
        first = start_cli_process("import", str(bundles["two"]), store=store)
        _until(first, _at_the_index(first, store))  # inside its hold of the store, which it keeps till the index
        second = start_cli_process("import", str(bundles["one"]), store=store)
        _until(second, _at_the_index(second, store), _waiting_for_store(second, store))
        log_held.enter_context(_holding(_log_lock(store)))
    with log_held:  # (the index free again)
        _until(first, _waiting_to_log(first, store))  # (or done: it may have logged before the log was held)
        _until(second, _waiting_to_log(second, store), _waiting_for_store(second, store))
    (code1, _, err1), (code2, _, err2) = _finish(first), _finish(second)
    assert code1 == 0, err1
    assert code2 == 2 and "already in this store" in err2  # as if run after the first
    ids = _logged_capture_ids(store)
    assert len(ids) == len(set(ids)) == 3
    assert run_cli("list", store=store).returncode == 0
    code, report = _reindex(store)
    assert code == 0 and report["ok"] and report["captures"] == 3


def test_two_imports_at_once_of_one_file_the_second_says_already_imported(store, site, bundles):
    _new_store(store, site)
    _pin_their_key(bundles)
    with _index_write_lock(store):
        first = start_cli_process("import", str(bundles["two"]), store=store)
        _until(first, _at_the_index(first, store))
        second = start_cli_process("import", str(bundles["two"]), store=store)
        _until(second, _at_the_index(second, store), _waiting_for_store(second, store))
    (code1, _, err1), (code2, _, err2) = _finish(first), _finish(second)
    assert code1 == 0, err1
    assert code2 == 2 and "was already imported" in err2


def test_an_import_killed_after_copying_does_not_block_that_file(store, site, bundles):
    # Killed where it waits to append its log entry: the file's WARCs copied in whole (and its
    # own capture records written), nothing logged. The log's lock is taken while the import
    # waits for the store's (it has passed its check that the log can be appended to, which
    # takes that lock too, and cannot append yet), then the store is let go.
    _new_store(store, site)
    _pin_their_key(bundles)
    before = _log(store)
    log_held = contextlib.ExitStack()
    with _holding(store / "store.lock"):
        killed = start_cli_process("import", str(bundles["two"]), store=store)
        _until(killed, _waiting_for_store(killed, store))
        log_held.enter_context(_holding(_log_lock(store)))
    with log_held:
        _until(killed, _waiting_to_log(killed, store))
        killed.send_signal(signal.SIGKILL)
        _finish(killed)
    assert sorted(p.read_bytes() for p in (store / "warcs").glob("imported-*")) == _warcs_in(bundles["two"])
    assert _log(store) == before
    again = run_cli("import", str(bundles["two"]), store=store)
    assert again.returncode == 0, again.stderr
    code, report = _reindex(store)  # the killed import's copies: named, never logged as ours
    assert code == 0 and report["ok"] and report["captures"] == 3
    assert not any("imported-" in r for r in report["recovered"]) and report["unlogged_imports"]


def _held_page(site: Site) -> tuple[str, Gate]:
    """A URL of ``site`` whose answer waits until the test opens the gate."""
    gate = Gate(0)

    def route(handler: object) -> bytes:
        gate.wait()
        return html_page(PAGES["/p2"])(handler)  # type: ignore[arg-type]

    site.routes["/held"] = route
    return site.url("/held"), gate


def test_reindex_beside_a_capture_in_flight_logs_no_false_recovery(store, site):
    _new_store(store, site)
    url, gate = _held_page(site)
    capture = start_cli_process("archive", url, store=store)
    _until(capture, lambda: gate.passed > 0)  # past its checks of the log, fetching
    with _holding(_log_lock(store)):
        gate.open()
        _until(capture, _waiting_to_log(capture, store))  # its WARC records written, its log entry not yet
        reindex = start_cli_process("reindex", "--json", store=store)
        _until(reindex, _waiting_to_log(reindex, store), _waiting_for_store(reindex, store))
    (code1, _, err1), (code2, out2, err2) = _finish(capture), _finish(reindex)
    assert code1 == 0, err1
    assert code2 == 0, err2
    report = json.loads(out2)
    assert report["recovered"] == [] and report["captures"] == 2
    assert not [e for e in _log(store) if e["type"] == "recovery"]


def _killed_capture(store: Path, site: Site) -> None:
    """Leave in the store the records of a capture whose process was killed before logging it."""
    url, gate = _held_page(site)
    killed = start_cli_process("archive", url, store=store)
    _until(killed, lambda: gate.passed > 0)
    with _holding(_log_lock(store)):
        gate.open()
        _until(killed, _waiting_to_log(killed, store))
        killed.send_signal(signal.SIGKILL)
        _finish(killed)


def test_two_reindexes_at_once_log_crash_remains_once_and_leave_every_text_indexed(store, site):
    _new_store(store, site)
    assert run_cli("archive", site.url("/p1"), store=store).returncode == 0
    _killed_capture(store, site)
    with _holding(_log_lock(store)):
        first = start_cli_process("reindex", "--json", store=store)
        _until(first, _waiting_to_log(first, store))  # about to log the killed capture's records as recovery
        second = start_cli_process("reindex", "--json", store=store)
        _until(second, _waiting_to_log(second, store), _waiting_for_store(second, store))
    (code1, _, err1), (code2, out2, err2) = _finish(first), _finish(second)
    assert code1 == 0 and code2 == 0, err1 + err2
    assert len([e for e in _log(store) if e["type"] == "recovery"]) == 1
    assert "recovered earlier" in json.loads(out2)["recovered"][0]
    with Archive.open(store, mode="read") as arc:
        assert arc.texts_not_indexed() == 0 and len(arc.list_captures()) == 2


def test_a_writer_waiting_for_the_store_says_which_process_holds_it(store, site):
    _new_store(store, site)
    with _holding(store / "store.lock"):
        capture = start_cli_process("archive", site.url("/p1"), store=store)
        wait_for_line(capture.stderr, f"waiting for another archiver process (pid {os.getpid()}) "
                                      "to finish with this store")
    code, _, err = _finish(capture)
    assert code == 0, err


def _big_leftover(store: Path) -> None:
    """A WARC file of crash remains big enough that scanning it takes a while (random bytes), each
    record a gzip member of its own as archiver writes them. The members are stored, not
    deflated (gzip level 0): reading them costs the same, and deflating 40 MiB of random bytes,
    which do not compress, cost about a CPU-second."""
    import gzip
    import io

    from warcio.warcwriter import WARCWriter

    with open(store / "warcs" / "zz-leftover.warc.gz", "wb") as f:
        for i in range(40):
            record = io.BytesIO()
            w = WARCWriter(record, gzip=False)
            w.write_record(w.create_warc_record(f"urn:blob:{i}", "resource", payload=io.BytesIO(os.urandom(1 << 20)),
                                                warc_content_type="application/octet-stream"))
            f.write(gzip.compress(record.getvalue(), compresslevel=0))


def test_a_reader_during_reindex_sees_every_capture_with_its_records(store, site):
    _new_store(store, site)
    for path in ("/p0", "/p1", "/p2"):
        assert run_cli("archive", site.url(path), store=store).returncode == 0
    _big_leftover(store)
    with Archive.open(store, mode="read") as arc:
        before = {row.capture_id: arc.index.records(row.capture_id) for row in arc.list_captures()}
    assert len(before) == 4 and all(before.values())
    reindex = start_cli_process("reindex", "--json", store=store)
    seen = []
    while reindex.poll() is None:  # every read while it rebuilds: the old index or the new, never half
        with Archive.open(store, mode="read") as arc:
            rows = arc.list_captures()
            seen.append((len(rows), sorted(len(arc.index.records(r.capture_id)) for r in rows)))
    code, _, err = _finish(reindex)
    assert code == 0, err
    assert seen and all(s == seen[0] for s in seen), sorted(set(map(str, seen)))
    assert seen[0] == (4, sorted(len(r) for r in before.values()))


def test_reindex_refuses_only_the_capture_whose_record_id_another_logged_capture_holds(store, site):
    import datetime as dt

    from archiver.core.fixed_clocks import CountingIds, FixedClock
    from archiver.store.index import IdClashError

    for day, path in ((1, "/p0"), (2, "/p1")):  # each session counts its ids from 1, as an old version could
        clock = FixedClock(dt.datetime(2026, 1, day, tzinfo=dt.UTC))
        with Archive.open(store, ids=CountingIds(), clock=clock) as arc, contextlib.suppress(IdClashError):
            arc.capture(site.url(path))  # the second: logged, its index row refused
    made = _logged_capture_ids(store)
    assert len(made) == 2
    code, report = _reindex(store)
    assert code == 1 and report["captures"] == 1  # the rebuild went on past the clash
    [problem] = report["incomplete_captures"]
    assert made[1] in problem and "already in the store" in problem and problem.endswith("not served")
    assert run_cli("show", made[0], store=store).returncode == 0


def test_texts_indexed_after_a_reindex_by_a_process_that_opened_the_text_index_before_it_are_kept(store, site):
    with Archive.open(store) as arc:
        arc.capture(site.url("/p0"))  # this process's text index is open
        assert run_cli("reindex", store=store).returncode == 0  # replaces text-index.sqlite3
        later = arc.capture(site.url("/p1")).capture_id
    with Archive.open(store, mode="read") as arc:
        assert arc.texts_not_indexed() == 0 and later in arc.text_index.doc_ids()


def test_opening_the_index_for_writing_does_not_wait_for_a_rebuild_in_progress(store, site):
    from archiver.store.index import SqliteIndex

    _new_store(store, site)
    rebuilding = SqliteIndex(store / "index.sqlite3")
    try:
        with rebuilding.rebuild():  # a reindex's one transaction, open
            other = SqliteIndex(store / "index.sqlite3")  # e.g. a verify-quote starting meanwhile
            assert len(other.list()) == 1  # the index as it was
            other.close()
    finally:
        rebuilding.close()


def test_an_import_is_checked_against_the_log_for_ids_the_index_lacks(tmp_path, site):
    store = tmp_path / "store"
    with Archive.open(store) as arc:
        capture_id = arc.capture(site.url("/p0")).capture_id
    bundle = tmp_path / "b.wacz"
    assert run_cli("export", capture_id, "-o", str(bundle), store=store).returncode == 0
    db = sqlite3.connect(store / "index.sqlite3")  # as a process killed between its log entry and its index rows leaves it
    with db:
        for table in ("captures", "records", "extractions"):
            db.execute(f"DELETE FROM {table} WHERE capture_id=?", (capture_id,))
    db.close()
    proc = run_cli("import", str(bundle), store=store)
    assert proc.returncode == 2 and "already in this store" in proc.stderr
    assert _logged_capture_ids(store) == [capture_id]
