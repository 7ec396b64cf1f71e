"""Stores built once per test process and handed to each test as its own copy.

Capturing pages into a new store (a signing key, WARCs, the log, two SQLite indexes) costs
about 0.15 CPU-seconds; a module whose tests each start from the same captures builds them
once (a module-scoped fixture calling :func:`build_template`) and gives every test a copy
(:func:`copy_store`), so each test still works on, and may change, a store of its own.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import pytest

from archiver.archive import Archive

T = TypeVar("T")


def build_template(root: Path, build: Callable[[Archive], T], **options: Any) -> T:
    """Run ``build`` on a new store ``root/store`` whose key lives in ``root/keys`` (opened with
    ``options`` too, e.g. ``fetch_options``); return what it returns. The store is closed as a
    finished process leaves it (no WAL files beside the index)."""
    with Archive.open(root / "store", key_dir=root / "keys", **options) as arc:
        made = build(arc)
    del arc
    left_closed(root / "store")
    return made


#: What SQLite leaves beside a database while a connection to it is open (write-ahead log, its
#: shared memory, a rollback journal).
_SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def left_closed(store: Path) -> None:
    """Leave ``store`` as a finished process leaves it, with no SQLite side file beside its
    databases: an archive closes its own connections, so there is normally none; only when one is
    left (a connection held by a reference cycle alone) is the cyclic collector run to finalise it.

    Why not run the collector every time, as this did: a full collection walks every object the
    test process holds that collection did not freeze (the modules, patterns and caches the tests
    loaded since), ~90 ms of CPU each late in a run, and it ran for every template store built: in
    a quarter of the in-process test files (1,943 tests) the full collections went from 39 (3.42
    CPU-s of the run's ~30) to 6 (0.38). Of the 85 in-process files that build templates, only
    test_store45_read_wal_without_shm leaves side files, on purpose (it holds connections open)."""
    if any(name.endswith(_SQLITE_SIDE_FILES) for _, _, files in os.walk(store) for name in files):
        gc.collect()


def copy_store(root: Path, store: Path, key_dir: Path) -> None:
    """The store and key made by :func:`build_template` under ``root``, copied to ``store`` and
    ``key_dir`` (the test's own ``ARCHIVER_KEY_DIR``). The key folder's records and markers name
    the store's place; in the copy they name ``store``, as if it had been built there."""
    shutil.copytree(root / "store", store, symlinks=True)
    key_dir.mkdir(parents=True, exist_ok=True)
    old, new = str((root / "store").resolve()).encode(), str(store.resolve()).encode()
    for src in (root / "keys").iterdir():
        dst = key_dir / src.name
        shutil.copy2(src, dst)
        if src.suffix != ".key" and old in (data := src.read_bytes()):
            dst.write_bytes(data.replace(old, new))


def one_capture_fixtures(name: str, path: str, page: bytes | Callable[[], bytes]) -> tuple[Any, Any]:
    """The two fixtures of a module whose tests each read one captured page, to assign at module
    level as ``template, captured = one_capture_fixtures(...)``: ``template`` (module scope: ``page``,
    or what it returns, served at ``path`` and captured once into a template store: its folder and
    the capture id) and ``captured`` (each test's own copy of that store and key: the store and the
    capture id)."""

    @pytest.fixture(scope="module")
    def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
        root = tmp_path_factory.mktemp(name)
        [result] = capture_template(root, {path: page() if callable(page) else page})
        return root, result.capture_id

    @pytest.fixture
    def captured(template: tuple[Path, str], tmp_path: Path, key_dir: Path) -> tuple[Path, str]:
        root, cid = template
        store = tmp_path / "store"
        copy_store(root, store, key_dir)
        return store, cid

    return template, captured


def verdicts_on_archived_page(store: Path, page: str, path: str, quotes: Sequence[str]) -> dict[str, tuple[int, str]]:
    """Serve ``page`` at ``path`` from a loopback site, archive it into ``store`` and verify each of
    ``quotes`` against the whole archive, all through the CLI as a user would: each quote's exit
    code and verdict (or, when the command printed no JSON, its last line of diagnostics)."""
    from cli import run_cli
    from servers import Site, html_page

    site = Site()
    site.routes[path] = html_page(page.encode("utf-8"))
    try:
        archived = run_cli("archive", site.url(path), store=store)
        assert archived.returncode == 0, archived.stderr
    finally:
        site.close()
    got: dict[str, tuple[int, str]] = {}
    for quote in quotes:
        proc = run_cli("verify-quote", quote, "--json", store=store)
        try:
            got[quote] = (proc.returncode, json.loads(proc.stdout)["verdict"])
        except ValueError:
            got[quote] = (proc.returncode, (proc.stderr.strip().splitlines() or [""])[-1])
    return got


def capture_raw_and_export(root: Path, raw: bytes) -> tuple[str, Any, Path]:
    """Capture what a loopback server answering with ``raw`` sends into a template store under
    ``root`` (:func:`build_template`), and export that capture from a copy of it: (the URL, the
    capture's result, the bundle). Made once for a module's read-only checks of one odd response."""
    from cli import run_cli
    from servers import Hostile

    server = Hostile(lambda: iter([raw]))
    try:
        url = server.url("/")
        [result] = build_template(root, lambda arc: arc.capture_many([url]))
    finally:
        server.close()
    assert result.ok, result.error
    exporting, bundle = root / "exporting", root / "b.wacz"
    copy_store(root, exporting / "store", exporting / "keys")
    proc = run_cli("export", result.capture_id, "-o", str(bundle), store=exporting / "store",
                   env={"ARCHIVER_KEY_DIR": str(exporting / "keys")})
    assert proc.returncode == 0, proc.stderr
    return url, result, bundle


def capture_template(root: Path, pages: dict[str, bytes]) -> list[Any]:
    """Serve ``pages`` (path -> HTML) from a loopback site and capture each, in order, into a
    template store under ``root`` (:func:`build_template`): the captures' results."""
    from servers import Site, html_page

    site = Site()
    for path, page in pages.items():
        site.routes[path] = html_page(page)
    try:
        return build_template(root, lambda arc: [arc.capture(site.url(path)) for path in pages])
    finally:
        site.close()


#: A one-paragraph article and a quote of it, for the tests that need one capture and nothing else of its page.
FERRY_PAGE = (b"<html><head><title>Ferry timetable</title></head><body><article><h1>Ferry timetable</h1>"
              b"<p>The night ferry to the island runs every hour from June, the harbour master said.</p>"
              b"</article></body></html>")
FERRY_QUOTE = "The night ferry to the island runs every hour from June"


def one_capture_template(root: Path) -> tuple[Path, str]:
    """A template store under ``root`` holding one capture of :data:`FERRY_PAGE`: (``root``, its capture id)."""
    [first] = capture_template(root, {"/ferry": FERRY_PAGE})
    return root, str(first.capture_id)


def store_state(store: Path) -> dict[str, str] | None:
    """Every folder and file under ``store`` with what it holds: the md5 of a file's bytes, a link's
    target (``-> target``: a link to a device is not read), ``""`` for a folder; None when there is no
    ``store``. Equal before and after a command: the command wrote nothing there."""
    if not os.path.lexists(store):
        return None
    found = {}
    for folder, dirs, files in os.walk(store):
        for name in dirs:
            found[os.path.relpath(Path(folder, name), store) + "/"] = ""
        for name in files:
            path = Path(folder, name)
            found[os.path.relpath(path, store)] = (f"-> {os.readlink(path)}" if path.is_symlink()
                                                   else hashlib.md5(path.read_bytes()).hexdigest())
    return found
