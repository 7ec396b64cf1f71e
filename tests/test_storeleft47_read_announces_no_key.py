"""A reading command neither creates nor announces a signing key (reading never writes): the
announcement of a key whose first capture was killed before it could say so (its marker in the key
folder) waits for the next command that signs with that key, and a read leaves the key folder as it
was. (Until storeleft48 a failed first capture left the key unannounced; it announces it now:
tests/test_storeleft48_key_announced_whatever_the_exit.py.) The first two tests start from one such
store made once a module (:func:`unannounced`), each from a copy of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli import start_cli_process, wait_for_file
from conftest import run_cli
from servers import Site
from stores import copy_store
from test_newcomer_frictions import page

from archiver.store.warc_writing import HOLD_AT_NEW_WARC_VAR


def _key_folder(key_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(key_dir.iterdir())}


def _store_with_an_unannounced_key(site: Site, store: Path, key_dir: Path, env: dict[str, str] | None = None) -> None:
    """A first ``archive`` killed (SIGKILL) once its key is made and its WARC file named (``env``
    added to its environment)."""
    flag = store.parent / f"{store.name}.held"
    proc = start_cli_process("archive", page(site, "/first"), store=store,
                             env={**(env or {}), HOLD_AT_NEW_WARC_VAR: str(flag)})
    try:
        wait_for_file(flag, proc)
    finally:
        proc.kill()
        proc.communicate(timeout=60)
        flag.unlink(missing_ok=True)
    assert list(key_dir.glob("*.key.unannounced"))


@pytest.fixture(scope="module")
def unannounced(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Once a module: ``root/store`` whose first ``archive`` was killed before it announced its new
    key (in ``root/keys``): root."""
    root = tmp_path_factory.mktemp("unannounced-key")
    site = Site()
    try:
        _store_with_an_unannounced_key(site, root / "store", root / "keys", {"ARCHIVER_KEY_DIR": str(root / "keys")})
    finally:
        site.close()
    return root


@pytest.fixture
def unannounced_copy(unannounced: Path, store: Path, key_dir: Path) -> Path:
    """This test's own copy of :func:`unannounced`'s store and key folder (its marker with it): the store."""
    copy_store(unannounced, store, key_dir)
    assert list(key_dir.glob("*.key.unannounced"))
    return store


def test_a_read_command_does_not_announce_a_key_nor_touch_the_key_folder(unannounced_copy: Path, key_dir: Path) -> None:
    store = unannounced_copy
    before = _key_folder(key_dir)
    for args in (("list",), ("log", "verify"), ("log", "show")):
        read = run_cli(*args, store=store)
        assert read.returncode == 0, read.stderr
        assert "signing key" not in read.stderr and "Back it up" not in read.stderr, (args, read.stderr)
        assert _key_folder(key_dir) == before, args


def test_the_next_command_that_signs_with_the_key_announces_it_after_reads(
        site: Site, unannounced_copy: Path, key_dir: Path) -> None:
    store = unannounced_copy
    assert run_cli("list", store=store).returncode == 0
    signed = run_cli("archive", page(site, "/a"), store=store)
    assert signed.returncode == 0 and "Back it up" in signed.stderr
    assert str(next(key_dir.glob("*.key"))) in signed.stderr
    assert not list(key_dir.glob("*.key.unannounced"))


def test_a_read_of_another_store_does_not_announce_this_stores_new_key(
        site: Site, tmp_path: Path, key_dir: Path) -> None:
    other = tmp_path / "other"
    assert run_cli("archive", page(site, "/b"), store=other).returncode == 0  # announced at once
    fresh = tmp_path / "fresh"
    _store_with_an_unannounced_key(site, fresh, key_dir)
    read = run_cli("list", store=other)
    assert read.returncode == 0 and "Back it up" not in read.stderr
    assert list(key_dir.glob("*.key.unannounced"))
