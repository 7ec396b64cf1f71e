"""A folder where a store file belongs (or a file where a folder belongs): one line, never a traceback.

A folder named ``provenance/log.jsonl``, ``checkpoint``, ``log.pub`` or ``tree.json``, a file
named ``provenance/checkpoints``, or a folder where a WARC file was, ended ``log verify``,
``archive``, ``show``, ``cite``, ``export``, ``history``, ``diff``, ``verify-quote`` and
``log checkpoint`` in 45-64 line tracebacks: the layout check knew too few names and ran only
for writers. Every command now checks the store's shape first (a few ``stat`` calls), and a
folder where a logged WARC file was makes the capture's evidence ``altered``.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, html_page
from stores import build_template, copy_store
from test_redteam_log_forgery import PAGE


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("store-shape")
    site = Site()
    site.routes["/news"] = html_page(PAGE)
    site.routes["/later"] = html_page(PAGE.replace(b"Harbour report", b"Later report"))
    try:
        build_template(root, lambda arc: [arc.capture(site.url(p)) for p in ("/news", "/later")])
    finally:
        site.close()
    return root


def _folder_for(name: str) -> Callable[[Path], None]:
    def damage(store: Path) -> None:
        path = store / name
        path.unlink()
        path.mkdir()
    return damage


def _file_for_checkpoints(store: Path) -> None:
    shutil.rmtree(store / "provenance" / "checkpoints")
    (store / "provenance" / "checkpoints").write_bytes(b"")


def _folders_for_warcs(store: Path) -> None:
    for warc in (store / "warcs").iterdir():
        warc.unlink()
        warc.mkdir()


DAMAGE = {
    "log.jsonl is a folder": _folder_for("provenance/log.jsonl"),
    "checkpoint is a folder": _folder_for("provenance/checkpoint"),
    "log.pub is a folder": _folder_for("provenance/log.pub"),
    "checkpoints is a file": _file_for_checkpoints,
}
COMMANDS = {
    "log verify": lambda ids, url: ("log", "verify"),
    "log checkpoint": lambda ids, url: ("log", "checkpoint"),
    "show": lambda ids, url: ("show", ids[0]),
    "history": lambda ids, url: ("history", url),
    "verify-quote": lambda ids, url: ("verify-quote", "Dock workers did not strike", "--capture", ids[0]),
    "archive": lambda ids, url: ("archive", url),
}


@pytest.fixture
def store(template: Path, tmp_path: Path, key_dir: Path) -> tuple[Path, list[str], str]:
    """(a copy of the store, its capture ids, the URL of the first)."""
    copy = tmp_path / "store"
    copy_store(template, copy, key_dir)
    entries = [json.loads(line) for line in (copy / "provenance" / "log.jsonl").read_bytes().splitlines()]
    captures = [e["data"] for e in entries if e["type"] == "capture"]
    return copy, [c["capture_id"] for c in captures], captures[0]["url"]


def _one_line(proc, what: str) -> None:  # type: ignore[no-untyped-def]
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert proc.returncode == 1 and len(lines) == 1 and what in lines[0], (proc.returncode, proc.stderr)


@pytest.mark.parametrize("command", list(COMMANDS), ids=list(COMMANDS))
@pytest.mark.parametrize("damage", list(DAMAGE), ids=list(DAMAGE))
def test_a_store_file_of_the_wrong_kind_is_one_line_for_every_command(store, damage, command):
    root, ids, url = store
    DAMAGE[damage](root)
    proc = run_cli(*COMMANDS[command](ids, url), store=root)
    _one_line(proc, "of the store and is not")


def test_a_tree_state_that_is_a_folder_is_one_line_for_a_signing_command(store):
    root, _, _ = store
    (root / "provenance" / "tree.json").unlink(missing_ok=True)
    (root / "provenance" / "tree.json").mkdir()
    _one_line(run_cli("log", "checkpoint", store=root), "tree.json should be a file")


@pytest.mark.parametrize("command", ["show", "cite", "export", "verify-quote", "diff", "history"])
def test_a_folder_where_a_logged_warc_file_was_makes_the_evidence_altered(store, command, tmp_path):
    root, ids, url = store
    _folders_for_warcs(root)
    args = {"show": ("show", ids[0]), "cite": ("cite", ids[0]), "export": ("export", ids[0], "-o", str(tmp_path / "x.wacz")),
            "verify-quote": ("verify-quote", "Dock workers did not strike", "--capture", ids[0]),
            "diff": ("diff", ids[0], ids[1]), "history": ("history", url)}[command]
    _one_line(run_cli(*args, store=root), "is not a file in the store")


def test_log_verify_names_a_folder_where_a_kept_checkpoint_belongs(store):
    root, _, _ = store
    (root / "provenance" / "checkpoints" / "99.checkpoint").mkdir()
    proc = run_cli("log", "verify", store=root)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "checkpoints/99.checkpoint" in proc.stdout


def test_log_verify_deep_reports_a_folder_where_a_warc_file_was(store):
    root, _, _ = store
    _folders_for_warcs(root)
    proc = run_cli("log", "verify", "--deep", store=root)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "E_ARTIFACT" in proc.stdout
