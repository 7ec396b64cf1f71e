"""A write or read the operating system refuses for want of permission (EACCES, EPERM) is one line
naming the path, exit 3, like a read-only file system: never a traceback.

Red team rvcli54 (tests/data/cli/redteam-rvcli54.tsv, row n16): ``key pin FILE`` with a key folder
the user may not write to ended in ``PermissionError: [Errno 13] Permission denied:
'.../pinned-keys.txt'`` and its traceback (exit 1): the single catch site turned a full disk, a
quota, the open-files limit and a read-only file system into one line, but not a permission.
The tests run as root, which permissions do not stop, so the real command runs in a process whose
capabilities to pass them are dropped (``setpriv``); skipped where that cannot be done.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from archiver.core.resources import resource_error

PUB = Path(__file__).parent / "data/reextract/before_extractor_57/store/provenance/log.pub"


@pytest.mark.parametrize("code", [errno.EACCES, errno.EPERM])
def test_a_permission_refused_on_a_named_file_is_said_in_one_line_naming_it(code):
    found = resource_error(PermissionError(code, os.strerror(code), "/keys/pinned-keys.txt"), "/store")
    assert found is not None and found.exit_code == 3
    said = str(found)
    assert "\n" not in said and "/keys/pinned-keys.txt" in said and "permission" in said


def test_a_permission_refused_without_a_file_name_names_the_store():
    found = resource_error(PermissionError(errno.EACCES, "Permission denied"), "/store")
    assert found is not None and "/store" in str(found)


def test_another_os_error_is_still_left_to_surface():
    assert resource_error(OSError(errno.EINVAL, "Invalid argument", "/x"), "/store") is None


def _without_permission_override(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("dropping the capability to pass permissions needs root and setpriv")
    return subprocess.run(["setpriv", "--bounding-set=-dac_override,-dac_read_search",
                           sys.executable, "-m", "archiver", *args],
                          capture_output=True, text=True, timeout=120, env={**os.environ, **env})


def test_key_pin_into_a_key_folder_it_may_not_write_is_one_line_and_exit_3(tmp_path):
    keys = tmp_path / "keys"
    keys.mkdir()
    keys.chmod(0o500)
    proc = _without_permission_override(["--store", str(tmp_path / "store"), "key", "pin", str(PUB)],
                                        {"ARCHIVER_KEY_DIR": str(keys)})
    assert proc.returncode == 3, proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    [line] = proc.stderr.strip().splitlines()
    assert str(keys / "pinned-keys.txt") in line and "permission" in line
    assert list(keys.iterdir()) == []


OLD_STORE = Path(__file__).parent / "data/reextract/before_extractor_57/store"
OLD_CAPTURE = "01m8qrkr28bny4cbmt"


def test_show_with_a_warc_folder_it_may_not_read_is_one_line_and_exit_3(tmp_path):
    store = tmp_path / "store"
    shutil.copytree(OLD_STORE, store)
    (store / "warcs").chmod(0)
    proc = _without_permission_override(["--store", str(store), "show", OLD_CAPTURE],
                                        {"ARCHIVER_KEY_DIR": str(tmp_path / "keys")})
    assert proc.returncode == 3, proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    [line] = proc.stderr.strip().splitlines()
    assert str(store / "warcs") in line and "permission" in line


def test_list_with_an_index_it_may_not_read_names_that_file_not_the_open_files_limit(tmp_path):
    # SQLite says only "unable to open database file"; it was read as the open-files limit
    store = tmp_path / "store"
    shutil.copytree(OLD_STORE, store)
    (store / "index.sqlite3").chmod(0)
    proc = _without_permission_override(["--store", str(store), "list"], {"ARCHIVER_KEY_DIR": str(tmp_path / "keys")})
    assert proc.returncode == 3, proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    [line] = proc.stderr.strip().splitlines()
    assert str(store / "index.sqlite3") in line and "permission" in line
    assert "open files" not in line


def test_a_store_that_cannot_be_created_for_want_of_permission_is_one_line_and_exit_3(tmp_path):
    # (red team rvcli54 row f18: exit 2, "usage error or invalid input", for the machine's refusal)
    parent = tmp_path / "rodir"
    parent.mkdir()
    parent.chmod(0o500)
    proc = _without_permission_override(["--store", str(parent / "new"), "archive", "http://127.0.0.1:9/page"],
                                        {"ARCHIVER_KEY_DIR": str(tmp_path / "keys")})
    assert proc.returncode == 3, proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    [line] = proc.stderr.strip().splitlines()
    assert str(parent / "new") in line and "permission denied" in line
    assert list(parent.iterdir()) == []
