"""An export killed mid-way leaves nothing of its own in the user's folder for long.

``export`` builds its bundle in a temporary folder beside ``-o`` (the same file system, so the
finished file is renamed into place whole). An error and Ctrl-C remove it; a SIGKILL (the
out-of-memory killer, ``kill -9``, a CI job's time limit) cannot be caught, and before, each such
kill left a ``wacz-XXXXXXXX/`` folder (with copies of the exported WARC records) there for good.
Now the folder's name says which process made it, and the next export into that folder removes
those whose process is provably gone, and no other.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, html_page
from stores import build_template, copy_store

from archiver.core import own_temp

PAGE = (b"<html><head><title>Harbour notes</title></head><body><article><h1>Harbour notes</h1>"
        b"<p>The harbour wall was raised by a metre after the flood of 1953, the board says.</p>"
        b"</article></body></html>")

#: ``archiver export`` run as the console script runs it, killed (SIGKILL) by itself right after
#: the bundle's zip is written into its temporary folder, before the zip is moved onto ``-o``.
KILLED_AFTER_THE_ZIP = """
import os, runpy, signal, sys
from archiver.export import wacz

real = wacz._write_zip
def write_then_die(*args, **kwargs):
    real(*args, **kwargs)
    os.kill(os.getpid(), signal.SIGKILL)

wacz._write_zip = write_then_die
sys.argv = ["archiver", *sys.argv[1:]]
runpy.run_module("archiver", run_name="__main__", alter_sys=True)
"""


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The page captured once into a template store (``root/store``, key folder ``root/keys``;
    tests/stores.py): the folder and the capture id."""
    root = tmp_path_factory.mktemp("export-killed")
    site = Site()
    site.routes["/harbour"] = html_page(PAGE)
    try:
        cap = build_template(root, lambda arc: arc.capture(site.url("/harbour")))
    finally:
        site.close()
    return root, cap.capture_id


def _stored(root: Path, capture: str, tmp_path: Path, key_dir: Path) -> dict[str, object]:
    """The store and key folder under ``root`` copied to this test's own, with its ``out`` folder."""
    copy_store(root, tmp_path / "store", key_dir)
    out = tmp_path / "out"
    if (root / "out").is_dir():
        shutil.copytree(root / "out", out, symlinks=True)
    else:
        out.mkdir()
    return {"store": tmp_path / "store", "capture": capture, "out": out}


@pytest.fixture
def stored(template: tuple[Path, str], tmp_path: Path, key_dir: Path) -> dict[str, object]:
    return _stored(*template, tmp_path, key_dir)


def _killed_export(stored: dict[str, object], env: dict[str, str] | None = None) -> list[Path]:
    """Export, killed after its zip is written; what it left in the output folder."""
    out = Path(str(stored["out"]))
    proc = subprocess.run([sys.executable, "-c", KILLED_AFTER_THE_ZIP, "--store", str(stored["store"]),
                           "export", str(stored["capture"]), "-o", str(out / "killed.wacz")],
                          capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})})
    assert proc.returncode == -9, proc.stderr  # SIGKILL, half-way through the export
    return sorted(out.iterdir())


@pytest.fixture(scope="module")
def killed_template(template: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A copy of :func:`template` whose export into ``out`` was killed after its zip was written
    (one killed process for the module's tests that start from one): the folder and the capture id."""
    root = tmp_path_factory.mktemp("export-killed-once")
    made = _stored(*template, root, root / "keys")
    _killed_export(made, {"ARCHIVER_KEY_DIR": str(root / "keys")})
    return root, template[1]


@pytest.fixture
def killed(killed_template: tuple[Path, str], tmp_path: Path, key_dir: Path) -> tuple[dict[str, object], list[Path]]:
    """This test's copy of :func:`killed_template`, and what the kill left in its output folder."""
    made = _stored(*killed_template, tmp_path, key_dir)
    return made, sorted(Path(str(made["out"])).iterdir())


def test_a_killed_exports_temporary_folder_is_removed_by_the_next_export_into_that_folder(killed):
    stored, left = killed
    assert [p for p in left if p.is_dir()], left  # what the kill left: its temporary folder
    assert not (Path(str(stored["out"])) / "killed.wacz").exists()
    again = run_cli("export", str(stored["capture"]), "-o", str(Path(str(stored["out"])) / "sources.wacz"),
                    store=Path(str(stored["store"])))
    assert again.returncode == 0, again.stderr
    assert sorted(p.name for p in Path(str(stored["out"])).iterdir()) == ["sources.wacz"]


def test_the_temporary_folder_of_an_export_still_running_is_left_alone(stored):
    # one made by this (live) process, as a running export's is: never taken for a dead one's
    out = Path(str(stored["out"]))
    live = own_temp.make_folder(out, prefix=own_temp.EXPORT_PREFIX)
    (live / "bundle.wacz").write_bytes(b"half a zip")
    again = run_cli("export", str(stored["capture"]), "-o", str(out / "sources.wacz"), store=Path(str(stored["store"])))
    assert again.returncode == 0, again.stderr
    assert (live / "bundle.wacz").read_bytes() == b"half a zip"


#: A pid no process has (above the kernel's limit of 2**22).
NO_SUCH_PID = 4194305


def _named_like_ours(out: Path, *, boot: str | None = None, namespace: str | None = None) -> str:
    """The name of a dead export's folder in ``out``: one of this process's, its pid made one no
    process has, and its boot or PID namespace replaced when given."""
    live = own_temp.make_folder(out, prefix=own_temp.EXPORT_PREFIX)
    live.rmdir()
    this_boot, this_ns, _pid, start, rand = live.name.removeprefix(own_temp.EXPORT_PREFIX).split("-")
    return "-".join([own_temp.EXPORT_PREFIX + (boot or this_boot), namespace or this_ns, str(NO_SUCH_PID),
                     start, rand])


@pytest.mark.parametrize("name", [
    lambda out: "wacz-3j5k_x1q",  # the old name: nothing in it says whose it was
    lambda out: _named_like_ours(out, boot="000000000000"),  # another boot (or machine, on a shared disk)
    lambda out: _named_like_ours(out, namespace="1"),  # another container's processes
    lambda out: "my-archiver-export-notes",  # the user's own
], ids=["old-name", "other-boot", "other-pid-namespace", "users-own"])
def test_folders_not_provably_of_a_dead_export_of_this_machine_are_left_alone(stored, name):
    out = Path(str(stored["out"]))
    folder = out / name(out)
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    again = run_cli("export", str(stored["capture"]), "-o", str(out / "sources.wacz"), store=Path(str(stored["store"])))
    assert again.returncode == 0, again.stderr
    assert (folder / "notes.txt").read_text() == "mine"


def test_a_dead_exports_folder_of_this_machine_is_removed(stored):
    # (the same name as those above, with this boot and namespace: the form the others must differ from)
    out = Path(str(stored["out"]))
    folder = out / _named_like_ours(out)
    folder.mkdir()
    (folder / "bundle.wacz").write_bytes(b"half a zip")
    again = run_cli("export", str(stored["capture"]), "-o", str(out / "sources.wacz"), store=Path(str(stored["store"])))
    assert again.returncode == 0, again.stderr
    assert sorted(p.name for p in out.iterdir()) == ["sources.wacz"]


def test_a_link_named_as_a_dead_exports_folder_is_left_alone_with_its_target(killed, tmp_path):
    # a name that says "a dead export's", but a link (no export makes one): neither it nor what
    # it points to is touched
    stored, dead = killed
    out = Path(str(stored["out"]))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("kept")
    name = next(p.name for p in dead if p.is_dir())
    os.rename(out / name, tmp_path / "moved")
    (out / name).symlink_to(elsewhere)
    again = run_cli("export", str(stored["capture"]), "-o", str(out / "sources.wacz"), store=Path(str(stored["store"])))
    assert again.returncode == 0, again.stderr
    assert (out / name).is_symlink() and (elsewhere / "keep.txt").read_text() == "kept"
