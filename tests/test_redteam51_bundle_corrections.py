"""A bundle's ``correction`` entries are held to the log's key and to their own capture.

A correction entry states the capture it corrects (``capture_id``, ``capture_seq``), the
extraction it was made on (``extraction_seq``), each field's value before and after, and the
fingerprint of the key that signs it. ``verify-bundle`` held the value before only when
``extraction_seq`` was the capture's extraction in the bundle, and repeated ``key_fingerprint``
as "by the log's key ..." without comparing it with the key that signed the checkpoint. So a
correction line written into ``log.jsonl`` by someone without the key, naming any key, and later
accepted with ``archiver log adopt`` was exported, and the bundle VERIFIED, its report saying the
capture was corrected "by the log's key" of a key the bundle does not hold (``show`` and ``cite``
name it too: see the report's list of what is left).
The key now fails the bundle (exit 1), naming the correction, and so does an ``extraction_seq``
naming an entry that is no extraction (the capture's own entry: the value "before", words no
capture holds, was then held to nothing and stated in the report). A correction made "on" the
other capture's extraction, or naming its capture entry, was refused already and stays so: a
proof carries the entries its entry names, and they must name the same capture.

Each test's store: two pages captured from a loopback server, one hand-written correction of
the first appended to the log and adopted (``log adopt``, as its owner would), then exported.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cli import run_cli
from servers import Site, html_page

from archiver.archive import Archive
from archiver.provenance.chain import build_line, decode_entry, line_hash

HARBOUR = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
           b"<p>The harbour handled 41,000 containers in March, the port authority said on Tuesday.</p>"
           b"</article></body></html>")
BRIDGE = (b"<html><head><title>Bridge report</title></head><body><article><h1>Bridge report</h1>"
          b"<p>The bridge will close for repairs in May, the city council said on Monday.</p>"
          b"</article></body></html>")


def _two_captures(root: Path) -> tuple[Path, dict[str, str], list[dict[str, Any]]]:
    """A store with the harbour and bridge pages captured: (store, env, [harbour, bridge] as
    ``{"capture_id", "capture_seq", "extraction_seq"}``)."""
    site = Site()
    site.routes["/harbour"], site.routes["/bridge"] = html_page(HARBOUR), html_page(BRIDGE)
    try:
        with Archive.open(root / "store", key_dir=root / "keys") as arc:
            ids = [arc.capture(site.url(path)).capture_id for path in ("/harbour", "/bridge")]
    finally:
        site.close()
    entries = [json.loads(line) for line in (root / "store" / "provenance" / "log.jsonl").read_text().splitlines()]
    seqs = [{"capture_id": cid,
             "capture_seq": next(e["seq"] for e in entries if e["type"] == "capture" and e["data"]["capture_id"] == cid),
             "extraction_seq": next(e["seq"] for e in entries
                                    if e["type"] == "extraction" and e["data"]["capture_id"] == cid)}
            for cid in ids]
    return root / "store", {"ARCHIVER_KEY_DIR": str(root / "keys")}, seqs


def _adopted_correction(store: Path, env: dict[str, str], data: dict[str, Any]) -> None:
    """``data`` appended to the log as a correction line by hand, then accepted with ``log adopt``."""
    log = store / "provenance" / "log.jsonl"
    last_line = log.read_bytes().splitlines()[-1]
    last = decode_entry(last_line)
    line = build_line(origin=last.origin, seq=last.seq + 1, prev=line_hash(last_line), time=last.time,
                      type_="correction", data=data, tool="archiver/0.1.0")
    with log.open("ab") as f:
        f.write(line + b"\n")
    proc = run_cli("log", "adopt", f"{last.seq + 1}..{last.seq + 1}", store=store, env=env)
    assert proc.returncode == 0, proc.stderr


def _verified(store: Path, env: dict[str, str], capture_id: str, out: Path) -> tuple[int, list[str]]:
    proc = run_cli("export", capture_id, "-o", str(out), store=store, env=env)
    assert proc.returncode == 0, proc.stderr
    checked = run_cli("verify-bundle", str(out), "--key", str(store / "provenance" / "log.pub"), "--json",
                      store=store, env=env)
    assert "Traceback" not in checked.stderr, checked.stderr[-600:]
    return checked.returncode, [p["message"] for p in json.loads(checked.stdout)["problems"]]


def _correction(store: Path, of: dict[str, Any], **changed: Any) -> dict[str, Any]:
    """The correction ``archiver correct --title`` writes for capture ``of``, with ``changed``."""
    with Archive.open(store, key_dir=store.parent / "keys") as arc:
        key = arc.log.public_key_fingerprint
    return {"capture_id": of["capture_id"], "capture_seq": of["capture_seq"], "extraction_seq": of["extraction_seq"],
            "fields": {"title": {"old": "Harbour report", "new": "Harbour report: March figures"}},
            "reason": "the printed headline", "key_fingerprint": key, **changed}


def test_a_correction_naming_a_key_that_is_not_the_logs_fails(tmp_path) -> None:
    store, env, (harbour, _) = _two_captures(tmp_path)
    _adopted_correction(store, env, _correction(store, harbour, key_fingerprint="sha256:" + "ab" * 32))
    code, problems = _verified(store, env, harbour["capture_id"], tmp_path / "b.wacz")
    assert code == 1
    [message] = problems
    assert "sha256:" + "ab" * 32 in message and "log's key" in message


def test_a_correction_said_to_be_made_on_another_captures_extraction_fails(tmp_path) -> None:
    store, env, (harbour, bridge) = _two_captures(tmp_path)
    _adopted_correction(store, env, _correction(
        store, harbour, extraction_seq=bridge["extraction_seq"],
        fields={"title": {"old": "Harbour closed for good", "new": "Harbour report"}}))
    code, problems = _verified(store, env, harbour["capture_id"], tmp_path / "b.wacz")
    assert code == 1
    assert f"entry {bridge['extraction_seq']} says {bridge['capture_id']}" in problems[0], problems


def test_a_correction_said_to_be_made_on_an_entry_that_is_no_extraction_fails(tmp_path) -> None:
    store, env, (harbour, _) = _two_captures(tmp_path)
    _adopted_correction(store, env, _correction(
        store, harbour, extraction_seq=harbour["capture_seq"],
        fields={"title": {"old": "Harbour closed for good", "new": "Harbour report"}}))
    code, problems = _verified(store, env, harbour["capture_id"], tmp_path / "b.wacz")
    assert code == 1
    assert any(f"extraction_seq {harbour['capture_seq']}" in m and "capture entry" in m for m in problems), problems


def test_a_correction_naming_another_captures_entry_fails(tmp_path) -> None:
    store, env, (harbour, bridge) = _two_captures(tmp_path)
    _adopted_correction(store, env, _correction(store, harbour, capture_seq=bridge["capture_seq"]))
    code, problems = _verified(store, env, harbour["capture_id"], tmp_path / "b.wacz")
    assert code == 1
    assert f"entry {bridge['capture_seq']} says {bridge['capture_id']}" in problems[0], problems


def test_the_correction_archiver_correct_writes_verifies(tmp_path) -> None:
    store, env, (harbour, _) = _two_captures(tmp_path)
    _adopted_correction(store, env, _correction(store, harbour))
    assert _verified(store, env, harbour["capture_id"], tmp_path / "b.wacz") == (0, [])
