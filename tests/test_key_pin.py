"""``archiver key pin``: which keys it refuses, and what it says when it replaces one (review 22).

The review found:

- F2: a key other than your own was pinned under the name of your own log (the log whose
  signing key is in your key folder, or the log of the store at hand). A key that signs your
  own log is never taken from outside: the pin is refused (exit 2, one line), even with
  ``--replace``, and nothing is written;
- F4: ``key pin --replace`` did not say which key it replaced: it now names the old key and the
  new one, and ``--json`` has a ``replaced`` list.

Real CLI in this process, real stores (tests/stores.py) and real key files.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import run_cli
from stores import build_template, copy_store

from archiver.provenance.note import Signer, Verifier


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with its log (and the log's signing key), nothing captured."""
    root = tmp_path_factory.mktemp("key-pin")
    build_template(root, lambda arc: arc.log)
    return root


def _own_log(store: Path) -> Verifier:
    return Verifier.from_vkey((store / "provenance" / "log.pub").read_bytes())


def _key_file(path: Path, verifier: Verifier) -> Path:
    path.write_text(verifier.vkey + "\n")
    return path


@pytest.mark.parametrize("replace", [False, True], ids=["pin", "pin_replace"])
def test_another_key_under_the_name_of_your_own_log_is_refused(template, store, key_dir, tmp_path, replace):
    copy_store(template, store, key_dir)  # its signing key in your key folder: your log
    own = _own_log(store)
    other = _key_file(tmp_path / "other.pub", Signer.generate(own.name).verifier)
    proc = run_cli("key", "pin", str(other), *(["--replace"] if replace else []), store=tmp_path / "elsewhere")
    assert proc.returncode == 2, proc.stdout + proc.stderr
    [line] = proc.stderr.splitlines()
    assert line.startswith("error: ") and "your own log" in line and own.name in line
    assert own.fingerprint in line and "not pinned" in line
    assert not (key_dir / "pinned-keys.txt").exists()
    assert not (tmp_path / "elsewhere").exists()


def test_another_key_under_the_name_of_the_stores_log_is_refused_when_its_key_is_elsewhere(
        template, store, key_dir, tmp_path):
    shutil.copytree(template / "store", store)  # a copy of the store, without its signing key
    own = _own_log(store)
    other = _key_file(tmp_path / "other.pub", Signer.generate(own.name).verifier)
    proc = run_cli("key", "pin", str(other), store=store)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    [line] = proc.stderr.splitlines()
    assert "the log of the store" in line and own.name in line and own.fingerprint in line
    assert not (key_dir / "pinned-keys.txt").exists()


def test_the_key_of_your_own_log_may_be_pinned(template, store, key_dir):
    copy_store(template, store, key_dir)
    proc = run_cli("key", "pin", str(store / "provenance" / "log.pub"), store=store)
    assert proc.returncode == 0, proc.stderr
    assert _own_log(store).vkey in (key_dir / "pinned-keys.txt").read_text()


def test_pin_replace_names_the_key_it_replaced_and_the_new_one(key_dir, tmp_path):
    old = Signer.generate("example.org/colleague").verifier
    new = Signer.generate("example.org/colleague").verifier
    assert run_cli("key", "pin", str(_key_file(tmp_path / "old.pub", old))).returncode == 0
    proc = run_cli("key", "pin", "--replace", str(_key_file(tmp_path / "new.pub", new)))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == (f"pinned: example.org/colleague {new.fingerprint}, replacing {old.fingerprint} "
                           "(no longer trusted)\n")


def test_pin_replace_json_lists_the_replaced_keys(key_dir, tmp_path):
    old = Signer.generate("example.org/colleague").verifier
    new = Signer.generate("example.org/colleague").verifier
    assert run_cli("key", "pin", str(_key_file(tmp_path / "old.pub", old))).returncode == 0
    proc = run_cli("key", "pin", "--replace", str(_key_file(tmp_path / "new.pub", new)), "--json")
    doc = json.loads(proc.stdout)
    assert doc["key_fingerprint"] == new.fingerprint and doc["added"] is True
    assert doc["replaced"] == [{"vkey": old.vkey, "key_fingerprint": old.fingerprint}]


def test_a_pin_that_replaces_nothing_has_an_empty_replaced_list(key_dir, tmp_path):
    key = Signer.generate("example.org/colleague").verifier
    proc = run_cli("key", "pin", "--replace", str(_key_file(tmp_path / "k.pub", key)), "--json")
    assert proc.returncode == 0 and json.loads(proc.stdout)["replaced"] == []
    assert run_cli("key", "pin", str(tmp_path / "k.pub")).stdout == f"already pinned: example.org/colleague {key.fingerprint}\n"
