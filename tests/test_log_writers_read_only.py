"""The ``log`` subcommands that write (``checkpoint``, ``adopt``, ``anchor``) on a read-only store.

How a command opens the store (create, write or read) was looked up by its own name alone, so
``log anchor`` was looked up as "anchor", in no list: every ``log`` subcommand opened the store
for reading, the writing ones too. They are now looked up by their full path (``log anchor``):
on a read-only store a writing one refuses in one line (exit 3) before doing anything (the
time-stamping authority is not asked), and the reading ones still read it.
"""

from __future__ import annotations

from typing import Any

import pytest
from cli import run_cli_on_read_only_mount
from conftest import run_cli
from servers import Site, html_page

from archiver.cli import store_mode

PAGE = b"<html><head><title>T</title></head><body><p>A page whose log is kept read-only.</p></body></html>"

WRITERS = [("log", "checkpoint"), ("log", "adopt", "0..0"), ("log", "anchor", "--tsa", "TSA")]
READERS = [("log", "show"), ("log", "key"), ("log", "verify")]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("log-read-only")
    store, env = root / "store", {"ARCHIVER_KEY_DIR": str(root / "keys")}
    site = Site()
    site.routes["/"] = html_page(PAGE)
    try:
        assert run_cli("archive", site.url("/"), store=store, env=env).returncode == 0
        before = sorted((p.relative_to(store), p.stat().st_size) for p in store.rglob("*") if p.is_file())
        commands = [[site.url("/tsa") if a == "TSA" else a for a in c] for c in WRITERS + READERS]
        done = run_cli_on_read_only_mount(store, commands, env=env)
        after = sorted((p.relative_to(store), p.stat().st_size) for p in store.rglob("*") if p.is_file())
    finally:
        site.close()
    return {"runs": dict(zip(WRITERS + READERS, done, strict=True)), "before": before, "after": after,
            "requests": list(site.requests)}


@pytest.mark.parametrize("command", WRITERS)
def test_a_writing_log_command_on_a_read_only_store_is_exit_3_in_one_line(runs, command):
    run = runs["runs"][command]
    assert run.returncode == 3, run.stdout + run.stderr
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert "read-only" in run.stderr


def test_log_anchor_on_a_read_only_store_asks_no_time_stamping_authority(runs):
    assert "/tsa" not in runs["requests"]
    assert runs["after"] == runs["before"]


@pytest.mark.parametrize("command", READERS)
def test_a_reading_log_command_reads_a_read_only_store(runs, command):
    run = runs["runs"][command]
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.parametrize("path", ["log checkpoint", "log adopt", "log anchor"])
def test_the_writing_log_commands_open_the_store_for_writing(path):
    assert store_mode(path) == "write"


@pytest.mark.parametrize("path", ["log show", "log verify", "log key", "log proof", "log consistency"])
def test_the_reading_log_commands_open_the_store_for_reading(path):
    assert store_mode(path) == "read"
