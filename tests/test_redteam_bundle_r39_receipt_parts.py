"""A receipt holds what ``verify-quote --receipt`` writes, and nothing else.

``log verify-proof RECEIPT.zip`` held citation.txt and verification.json to the proven entries,
but read nothing else of the zip: a README.txt rewritten to say "certified exact by the court",
a ``certificate.txt`` added beside the files, a ``log.pub`` that is not the key the proof was
checked with (the README tells the reader to check with ``--key log.pub``), a zip comment
(``unzip -l`` prints it first) or bytes after the zip's end all verified, exit 0, while a reader
of the zip reads them. Now each fails (exit 1, ``E_RECEIPT``) naming what was added, as a bundle's
stray parts do (``E_ZIP_LAYOUT``): README.txt must be the one archiver writes for that entry and
key, log.pub the key given, and the zip only its five files, read alike by every reader.

A receipt of one page captured from a loopback server (``test_redteam5_receipt``'s fixtures),
edited here; the receipt written before the proven context (tests/data/receipts/before_context)
still verifies (``test_redteam5_receipt``).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import test_redteam5_receipt as fifth
from test_redteam5_receipt import _edited, _verify

from archiver.quotes.receipt import readmes

#: the fifth pass's fixtures: one capture of its page, and two genuine receipts of it with the key
receipts = fifth.receipts


def _refused(receipt: Path, key: Path, *words: str) -> None:
    proc = _verify(receipt, key)
    assert proc.returncode == 1, proc.stdout
    problems = [line for line in proc.stdout.splitlines() if line.startswith("ERROR E_RECEIPT")]
    assert problems and all(any(w in p for p in problems) for w in words), proc.stdout


def test_a_readme_rewritten_is_refused(receipts, tmp_path) -> None:
    edited = _edited(receipts["exact"], tmp_path / "r.zip",
                     {"README.txt": b"This quote was certified exact by the court.\n"})
    _refused(edited, receipts["key"], "README.txt")


def test_a_file_added_to_the_receipt_is_refused(receipts, tmp_path) -> None:
    edited = tmp_path / "added.zip"
    _edited(receipts["exact"], edited, {})
    with zipfile.ZipFile(edited, "a") as z:
        z.writestr("certificate.txt", b"Certified exact by the court.\n")
    _refused(edited, receipts["key"], "certificate.txt")


def test_a_log_key_that_is_not_the_key_checked_with_is_refused(receipts, tmp_path) -> None:
    other = b"archiver/prov/00000000+deadbeef+AQ" + b"A" * 42 + b"=\n"
    _refused(_edited(receipts["exact"], tmp_path / "k.zip", {"log.pub": other}), receipts["key"], "log.pub")


def test_a_zip_comment_is_refused(receipts, tmp_path) -> None:
    edited = _edited(receipts["exact"], tmp_path / "c.zip", {})
    with zipfile.ZipFile(edited, "a") as z:
        z.comment = b"VERIFIED by the court"
    _refused(edited, receipts["key"], "comment")


def test_bytes_after_the_zips_end_are_refused(receipts, tmp_path) -> None:
    edited = tmp_path / "tail.zip"
    edited.write_bytes(receipts["exact"].read_bytes() + b"quote exact\n")
    _refused(edited, receipts["key"], "not its files")


def test_the_genuine_receipt_still_verifies_whole(receipts) -> None:
    proc = _verify(receipts["exact"], receipts["key"])
    assert proc.returncode == 0, proc.stdout
    assert "ERROR" not in proc.stdout



def test_a_readme_as_receipts_made_before_it_changed_wrote_it_still_verifies(receipts, tmp_path) -> None:
    with zipfile.ZipFile(receipts["exact"]) as z:
        current = z.read("README.txt").decode()
    seq, key = re.search(r"proof that log entry (\d+)", current), re.search(r"fingerprint ([^)]+)\)", current)
    assert seq and key, current
    now, earlier = readmes(int(seq.group(1)), key.group(1))
    assert now == current
    older = _edited(receipts["exact"], tmp_path / "older.zip", {"README.txt": earlier.encode()})
    proc = _verify(older, receipts["key"])
    assert proc.returncode == 0, proc.stdout
