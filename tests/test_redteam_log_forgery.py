"""Red team: words never captured, vouched for by log entries edited in place.

The forger has the store but not the key. They append a forged extraction record ("did now
strike" for "did not strike") to the WARC file, rewrite the capture entry's record (place,
block and member digests) and the extraction entry's digests in ``log.jsonl`` (same byte
lengths, so every other line stays where it was), and let ``archiver reindex`` rebuild the
caches. Every digest then matched the log's values, and ``verify-quote`` called the invented
words ``exact`` with ``evidence: present``. The entry after each edited one still names the
original bytes as its ``prev``: a statement now rests only on entries their successors name.
(That was one link; a statement now rests only on entries proven to be in the signed log:
test_redteam_log_rechain.py, where the entries after the edited ones are re-chained too.)
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from pathlib import Path

import pytest
import rfc8785
from conftest import run_cli
from servers import Site, html_page
from stores import build_template, copy_store

PAGE = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
        b"<p>The harbour handled 41,000 containers in March, the port authority said on Tuesday.</p>"
        b"<p>Dock workers did not strike, and the night shift was cancelled for the first time.</p>"
        b"</article></body></html>")
FORGED = "Dock workers did now strike"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("redteam-log")
    site = Site()
    site.routes["/news"] = html_page(PAGE)
    site.routes["/later"] = html_page(PAGE.replace(b"Harbour report", b"Later report"))
    try:  # a later capture: the forged entries are not the log's last (the writer checks those)
        build_template(root, lambda arc: [arc.capture(site.url(p)) for p in ("/news", "/later")])
    finally:
        site.close()
    return root


@pytest.fixture
def forged(template: Path, tmp_path: Path, key_dir: Path) -> tuple[Path, str]:
    """A copy of the store with the forgery described above, reindexed; (store, capture id)."""
    store = tmp_path / "store"
    copy_store(template, store, key_dir)
    cid = _forge(store, b"did not strike", b"did now strike")
    proc = run_cli("reindex", store=store)
    assert proc.returncode in (0, 1), proc.stderr
    return store, cid


def _forge(store: Path, old: bytes, new: bytes) -> str:
    log = store / "provenance" / "log.jsonl"
    lines = log.read_bytes().split(b"\n")[:-1]
    at: dict[str, int] = {}
    for i, line in enumerate(lines):  # the first capture and its extraction
        at.setdefault(json.loads(line)["type"], i)
    cap, ext = json.loads(lines[at["capture"]]), json.loads(lines[at["extraction"]])
    rec = next(r for r in cap["data"]["records"] if r["record_id"] == ext["data"]["record_id"])
    warc = store / rec["warc"]
    data = warc.read_bytes()
    head, _, rest = gzip.decompress(data[rec["offset"]:rec["offset"] + rec["length"]]).partition(b"\r\n\r\n")
    article = json.loads(rest[:-4].replace(old, new))
    text_sha = "sha256:" + hashlib.sha256(article["text"].encode()).hexdigest()
    article["text_sha256"] = text_sha
    block = json.dumps(article, ensure_ascii=False, sort_keys=True).encode()
    block_sha = "sha256:" + hashlib.sha256(block).hexdigest()
    head = re.sub(rb"WARC-Block-Digest: [^\r]*", b"WARC-Block-Digest: " + block_sha.encode(), head)
    head = re.sub(rb"Content-Length: \d+", b"Content-Length: " + str(len(block)).encode(), head)
    member = gzip.compress(head + b"\r\n\r\n" + block + b"\r\n\r\n", mtime=0)
    with open(warc, "ab") as f:
        f.write(member)
    rec.update(offset=len(data), length=len(member), block_digest=block_sha,
               member_sha256="sha256:" + hashlib.sha256(member).hexdigest())
    ext["data"].update(extraction_sha256=block_sha, text_sha256=text_sha)
    for i, entry in ((at["capture"], cap), (at["extraction"], ext)):
        line = rfc8785.dumps(entry)
        assert len(line) == len(lines[i]), "the forgery keeps every line's length"
        lines[i] = line
    log.write_bytes(b"\n".join(lines) + b"\n")
    return str(cap["data"]["capture_id"])


def test_words_vouched_for_by_log_entries_edited_in_place_are_refused_not_verified(forged):
    store, cid = forged
    proc = run_cli("verify-quote", FORGED, "--capture", cid, "--json", store=store)
    assert proc.returncode == 1, proc.stdout
    doc = json.loads(proc.stdout)
    assert doc["evidence"] == "altered" and doc.get("verdict") is None
    assert "provenance log was edited" in json.dumps(doc)


def test_a_whole_archive_search_does_not_vouch_for_words_from_edited_log_entries(forged):
    store, _ = forged
    proc = run_cli("verify-quote", FORGED, store=store)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "verdict: exact" not in proc.stdout, proc.stdout + proc.stderr


def test_show_refuses_a_capture_whose_log_entries_were_edited_in_place(forged):
    store, cid = forged
    proc = run_cli("show", cid, store=store)
    assert proc.returncode == 1
    assert "provenance log was edited" in proc.stderr and "Traceback" not in proc.stderr


def test_the_unedited_store_still_verifies_the_captured_words(template, tmp_path, key_dir):
    store = tmp_path / "store"
    copy_store(template, store, key_dir)
    proc = run_cli("verify-quote", "Dock workers did not strike", "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["evidence"] == "present"
