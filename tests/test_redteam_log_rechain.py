"""Red team: words never captured, vouched for by log entries edited AND re-chained past them.

The forger has the store but not the key. As in test_redteam_log_forgery they append a forged
extraction record ("did now strike") and rewrite the capture and extraction entries to vouch
for it; then they recompute the ``prev`` of a few entries after those, so that the entry after
each edited one names it and the chain's break sits further down, before the log's last lines.
A statement checked one link (the next entry names the edited one) and said ``evidence:
present``; only ``archiver log verify`` caught it. A statement now rests only on entries proven
to be in the signed log (the signed lines hash to the checkpoint's root; the lines after them
chain on from its last line).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, html_page
from stores import build_template, copy_store
from test_redteam_log_forgery import FORGED, PAGE, _forge

from archiver.archive import Archive


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of five captures: the first is forged, the entries of the next ones re-chained."""
    root = tmp_path_factory.mktemp("redteam-rechain")
    site = Site()
    site.routes["/news"] = html_page(PAGE)
    for n in range(4):
        site.routes[f"/later{n}"] = html_page(PAGE.replace(b"Harbour report", f"Later report {n}".encode()))
    try:
        build_template(root, lambda arc: arc.capture(site.url("/news")))
        # the later ones in a WARC file of their own, so the forged record's place is as short as the real one's
        build_template(root, lambda arc: [arc.capture(site.url(f"/later{n}")) for n in range(4)])
    finally:
        site.close()
    return root


def _rechain(store: Path, count: int | None) -> None:
    """The ``prev`` of the entries after the forged capture entry recomputed from the line before
    each (same lengths): its extraction entry's and ``count`` more (``None``: to the log's end)."""
    log = store / "provenance" / "log.jsonl"
    lines = log.read_bytes().split(b"\n")[:-1]
    first_cap = next(i for i, line in enumerate(lines) if json.loads(line)["type"] == "capture")
    assert json.loads(lines[first_cap + 1])["type"] == "extraction"
    stop = len(lines) if count is None else first_cap + 2 + count
    for i in range(first_cap + 1, stop):
        old = json.loads(lines[i])["prev"].encode()
        lines[i] = lines[i].replace(old, ("sha256:" + hashlib.sha256(lines[i - 1]).hexdigest()).encode())
    assert count is None or stop < len(lines) - 1, "the break sits before the log's last lines"
    log.write_bytes(b"\n".join(lines) + b"\n")


def _index_the_forgery(store: Path, key_dir: Path) -> None:
    """The caches rebuilt from the forged log, as the forger can (the index is theirs to write):
    by the tool's own rebuild, without its check of the log."""
    from archiver.reindex import Reindexer

    saved = getattr(Reindexer, "_require_proven_log", None)
    if saved is not None:
        Reindexer._require_proven_log = lambda self: None  # type: ignore[method-assign]
    try:
        with Archive.open(store, key_dir=key_dir, mode="write") as arc:
            arc.reindex()
    finally:
        if saved is not None:
            Reindexer._require_proven_log = saved  # type: ignore[method-assign]


@pytest.fixture
def rechained(template: Path, tmp_path: Path, key_dir: Path) -> tuple[Path, str]:
    store = tmp_path / "store"
    copy_store(template, store, key_dir)
    cid = _forge(store, b"did not strike", b"did now strike")
    _rechain(store, 3)
    _index_the_forgery(store, key_dir)
    return store, cid


def _one_line_naming_the_log(text: str) -> None:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text
    assert "provenance/log.jsonl" in lines[0] and "Traceback" not in text, text


def test_verify_quote_refuses_words_resting_on_entries_rechained_past_the_edit(rechained):
    store, cid = rechained
    proc = run_cli("verify-quote", FORGED, "--capture", cid, "--json", store=store)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["evidence"] == "altered" and doc.get("verdict") is None
    assert "provenance/log.jsonl" in json.dumps(doc), doc


def test_a_whole_archive_search_gets_no_verdict_from_rechained_entries(rechained):
    store, _ = rechained
    proc = run_cli("verify-quote", FORGED, store=store)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "verdict: exact" not in proc.stdout and "Traceback" not in proc.stderr


def test_show_refuses_a_capture_whose_entries_were_rechained_past_the_edit(rechained):
    store, cid = rechained
    proc = run_cli("show", cid, store=store)
    assert proc.returncode == 1, proc.stdout
    assert "present" not in proc.stdout
    _one_line_naming_the_log(proc.stderr)


def test_cite_refuses_a_capture_whose_entries_were_rechained_past_the_edit(rechained):
    store, cid = rechained
    proc = run_cli("cite", cid, store=store)
    assert proc.returncode == 1, proc.stdout
    assert "altered" in proc.stderr or "edited" in proc.stderr
    _one_line_naming_the_log(proc.stderr)


def test_an_older_signed_checkpoint_put_back_does_not_shrink_what_is_signed(template, tmp_path, key_dir):
    """The forger re-chains to the log's end and puts back an older checkpoint (genuinely signed,
    from before the capture), so the edited entries look like an unsigned tail: the owner's key
    folder records the newest checkpoint signed, and that one still covers them."""
    store = tmp_path / "store"
    copy_store(template, store, key_dir)
    cid = _forge(store, b"did not strike", b"did now strike")
    _index_the_forgery(store, key_dir)  # first: it logs the replaced record as a leftover, and signs
    _rechain(store, None)
    sizes = sorted(int(p.name.split(".")[0]) for p in (store / "provenance" / "checkpoints").glob("*.checkpoint"))
    (store / "provenance" / "checkpoint").write_bytes(
        (store / "provenance" / "checkpoints" / f"{sizes[0]}.checkpoint").read_bytes())
    proc = run_cli("show", cid, "--json", store=store)  # reads only: no writer's check of the log runs
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert json.loads(proc.stdout)["evidence"] == "altered"


def test_a_log_growing_while_a_process_reads_it_keeps_answering_present(template, tmp_path, key_dir):
    """One process holds the store and states things while another appends (captures, signs):
    the new lines are chained on and the newer checkpoint checked; answers stay ``present``."""
    store = tmp_path / "store"
    copy_store(template, store, key_dir)
    site = Site()
    site.routes["/fresh"] = html_page(PAGE.replace(b"Harbour report", b"Fresh report"))
    try:
        with Archive.open(store, key_dir=key_dir) as reader:
            first = reader.index.list()[0].capture_id
            assert run_cli("verify-quote", "Dock workers did not strike", "--json", store=store).returncode == 0
            with Archive.open(store, key_dir=key_dir) as writer:
                fresh = writer.capture(site.url("/fresh")).capture_id
            from archiver.evidence import check_capture

            for cid in (first, fresh):
                assert check_capture(reader, cid).status == "present"
    finally:
        site.close()
    proc = run_cli("verify-quote", "Dock workers did not strike", "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["evidence"] == "present"


def test_reindex_refuses_to_build_from_a_log_whose_chain_breaks_and_keeps_the_index(template, tmp_path, key_dir):
    """Entries a killed process left after the last checkpoint (unsigned), one edited and the
    next re-chained: the chain walked from the checkpoint's last line breaks after it."""
    from archiver.provenance import ProvenanceLog

    store = tmp_path / "store"
    copy_store(template, store, key_dir)
    log = ProvenanceLog.open(store / "provenance", key_dir=key_dir)
    for n in range(4):
        log.append("export", {"n": n})
    path = store / "provenance" / "log.jsonl"
    lines = path.read_bytes().split(b"\n")[:-1]
    lines[-4] = lines[-4].replace(b'"n":0', b'"n":7')
    lines[-3] = lines[-3].replace(json.loads(lines[-3])["prev"].encode(),
                                  ("sha256:" + hashlib.sha256(lines[-4]).hexdigest()).encode())
    path.write_bytes(b"\n".join(lines) + b"\n")
    before = (store / "index.sqlite3").read_bytes()
    proc = run_cli("reindex", store=store)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    _one_line_naming_the_log(proc.stderr)
    assert "hash chain breaks" in proc.stderr
    assert (store / "index.sqlite3").read_bytes() == before


def test_reindex_refuses_to_build_from_a_log_whose_signed_lines_were_changed(template, tmp_path, key_dir):
    store = tmp_path / "store"
    copy_store(template, store, key_dir)
    _forge(store, b"did not strike", b"did now strike")
    _rechain(store, None)
    before = (store / "index.sqlite3").read_bytes()
    proc = run_cli("reindex", "--json", store=store)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    _one_line_naming_the_log(proc.stderr)
    assert "signed checkpoint" in proc.stderr
    assert (store / "index.sqlite3").read_bytes() == before


def test_reindex_of_an_intact_store_still_serves_every_capture(template, tmp_path, key_dir):
    store = tmp_path / "store"
    copy_store(template, store, key_dir)
    proc = run_cli("reindex", store=store)
    assert proc.returncode == 0, proc.stderr
    assert run_cli("verify-quote", "Dock workers did not strike", store=store).returncode == 0


def test_reindex_names_each_digest_when_an_extraction_record_states_another_text_digest():
    from archiver.reindex import _text_digest_problem

    message = _text_digest_problem("sha256:aa", 4, "sha256:aa", "sha256:bb")
    assert "hashes to sha256:aa" in message and "entry 4 says sha256:aa" in message
    assert "extraction record says sha256:bb" in message
