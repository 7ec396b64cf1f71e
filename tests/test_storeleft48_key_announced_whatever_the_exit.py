"""A signing key a command created is announced (where it is, that it must be backed up) by that
command whenever it signed with it, whatever its exit code: on stderr, once. Before, only a
command that exited 0 said so: a first ``archive`` of several URLs of which one failed (exit 1,
the others captured and signed) never told the user, nor did the reads that followed. A key another
process created and left unannounced (killed first) waits, as before, for a command that succeeds."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli
from servers import Site
from test_newcomer_frictions import page

GONE = "http://127.0.0.1:9/gone"  # nothing listens on port 9


def test_a_first_archive_with_one_url_failed_announces_its_new_key_once(
        site: Site, store: Path, key_dir: Path) -> None:
    first = run_cli("archive", page(site, "/a"), GONE, store=store)
    assert first.returncode == 1, first.stderr
    [key] = key_dir.glob("*.key")
    assert first.stderr.count("Back it up") == 1 and str(key) in first.stderr, first.stderr
    assert not list(key_dir.glob("*.key.unannounced"))
    later = run_cli("archive", page(site, "/b"), store=store)
    assert later.returncode == 0 and "Back it up" not in later.stderr, later.stderr


def test_a_first_archive_whose_only_url_failed_announces_the_key_it_logged_the_failure_under(
        store: Path, key_dir: Path) -> None:
    failed = run_cli("archive", GONE, store=store)
    assert failed.returncode == 1, failed.stderr
    [key] = key_dir.glob("*.key")
    assert failed.stderr.count("Back it up") == 1 and str(key) in failed.stderr, failed.stderr


def test_a_first_archive_that_succeeds_announces_its_new_key_once(site: Site, store: Path, key_dir: Path) -> None:
    first = run_cli("archive", page(site, "/a"), store=store)
    assert first.returncode == 0, first.stderr
    [key] = key_dir.glob("*.key")
    assert first.stderr.count("Back it up") == 1 and str(key) in first.stderr, first.stderr


def test_a_failed_command_leaves_a_key_another_process_created_to_the_next_that_succeeds(
        site: Site, store: Path, key_dir: Path) -> None:
    from test_storeleft47_read_announces_no_key import _store_with_an_unannounced_key

    _store_with_an_unannounced_key(site, store, key_dir)  # (its first archive killed before it could say so)
    failed = run_cli("archive", GONE, store=store)
    assert failed.returncode == 1 and "Back it up" not in failed.stderr, failed.stderr
    ok = run_cli("archive", page(site, "/b"), store=store)
    assert ok.returncode == 0 and ok.stderr.count("Back it up") == 1, ok.stderr
