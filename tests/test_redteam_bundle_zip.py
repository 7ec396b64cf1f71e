"""Red team: a bundle is evidence only if every zip reader sees the same files in it.

Python's zip reader (and so ``verify-bundle`` and ``import``) takes the *last* end record of a
file and skips whatever lies before the first member; a reader that walks the local headers
from byte 0 (a streaming unzipper) reads the first zip instead. So a genuine, signed bundle
appended to an altered copy verified, while such a reader showed the altered words. Every byte
of a bundle must now belong to one of its members, its central directory or its end record.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import pytest
from bundles import streamed_zip
from conftest import run_cli


@pytest.fixture(scope="module")
def bundle(one_page_bundle: dict[str, Path]) -> dict[str, Path]:
    """A store with one capture, its bundle, and the log's public key (shared: tests/bundles.py)."""
    return one_page_bundle


def _altered_copy(bundle: Path) -> bytes:
    """The bundle with "did not strike" made "did now strike" in every member (a forgery)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(bundle) as zin, zipfile.ZipFile(buf, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info).replace(b"did not strike", b"did now strike"))
    return buf.getvalue()


def _verify(path: Path, key: Path) -> tuple[int, dict]:
    proc = run_cli("verify-bundle", str(path), "--key", str(key), "--json")
    assert "Traceback" not in proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def test_the_genuine_bundle_still_verifies(bundle):
    code, doc = _verify(bundle["bundle"], bundle["key"])
    assert code == 0 and doc["ok"] is True


def test_a_genuine_bundle_appended_to_an_altered_zip_is_refused(bundle, tmp_path):
    forged = tmp_path / "forged.wacz"
    forged.write_bytes(_altered_copy(bundle["bundle"]) + bundle["bundle"].read_bytes())
    with zipfile.ZipFile(forged) as z:  # what Python's reader sees is the genuine bundle...
        assert b"did not strike" in z.read("pages/pages.jsonl")
    code, doc = _verify(forged, bundle["key"])
    assert code == 1 and doc["ok"] is False
    assert any("not its files" in p["message"] for p in doc["problems"])


@pytest.mark.parametrize("where", ["before", "after"])
def test_bytes_before_or_after_the_zip_are_refused(bundle, tmp_path, where):
    raw = bundle["bundle"].read_bytes()
    junk = b"\0" * 64
    padded = tmp_path / "padded.wacz"
    padded.write_bytes(junk + raw if where == "before" else raw + junk)
    code, doc = _verify(padded, bundle["key"])
    assert code == 1 and doc["ok"] is False


def test_import_refuses_a_bundle_behind_another_zip_and_copies_nothing(bundle, tmp_path):
    forged = tmp_path / "forged.wacz"
    forged.write_bytes(_altered_copy(bundle["bundle"]) + bundle["bundle"].read_bytes())
    store = tmp_path / "other"
    proc = run_cli("import", str(forged), store=store)
    assert proc.returncode == 2, proc.stderr
    assert "not its files" in proc.stderr and "Traceback" not in proc.stderr
    warcs = store / "warcs"
    assert not warcs.exists() or not any(n.startswith("imported-") for n in os.listdir(warcs))


def test_a_zip_written_with_data_descriptors_is_laid_out_soundly(tmp_path):
    """Streaming writers (browsertrix's) put a data descriptor after each member: not stray bytes."""
    from archiver.export.bundle_zip import stray_bytes

    path = streamed_zip(tmp_path / "streamed.zip")
    with zipfile.ZipFile(path) as z:
        assert any(i.flag_bits & 0x08 for i in z.infolist())
        assert stray_bytes(path, z) is None
