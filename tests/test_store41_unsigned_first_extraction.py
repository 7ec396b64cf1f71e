"""A hand-written, unsigned first ``extraction`` entry of a signed capture is said to be unsigned.

A capture whose extraction failed (or that has no text, an image) logs no ``extraction`` entry. A
line appended by hand to ``log.jsonl`` (well chained, signed by no checkpoint, written by no
archiver process of this machine) that gives such a capture an extraction is an unsigned line
changing a signed capture, which readers never follow (as for a re-extraction:
tests/test_reextract_trust.py). The evidence check read it as "the index lacks the logged
extraction of this capture ... run 'archiver reindex'", and ``reindex`` (which never indexes it)
left the user where they were: the log's proof must fail before the index is blamed.

The store is a real captured one (tests/stores.py, its extraction failed), the line appended as a
forger with write access and no key would append it.
"""

from __future__ import annotations

import pytest
from conftest import run_cli
from test_reextract_failed import failed, failed_template  # noqa: F401 - fixtures
from test_reextract_trust import _append_by_hand

from archiver.core.digests import sha256_label

FORGED = "The council admitted on Tuesday that the vote was rigged."
RECORD = "<urn:uuid:00000000-0000-4000-8000-000000000041>"


def _forge_first_extraction(store, cid):
    import json

    capture_seq = next(e["seq"] for e in map(json.loads, (store / "provenance" / "log.jsonl").read_text().splitlines())
                       if e["type"] == "capture" and e["data"]["capture_id"] == cid)
    return _append_by_hand(store, {"capture_id": cid, "capture_seq": capture_seq, "record_id": RECORD,
                                   "text_sha256": sha256_label(FORGED.encode()), "extractor": {}})


@pytest.mark.parametrize("command", [("show", "{cid}"), ("verify-quote", FORGED, "--capture", "{cid}"),
                                     ("cite", "{cid}")])
def test_an_unsigned_first_extraction_of_a_signed_capture_is_said_not_signed(store, failed, command):  # noqa: F811
    seq = _forge_first_extraction(store, failed)
    proc = run_cli(*(part.format(cid=failed) for part in command), store=store)
    assert proc.exit_code == 1, proc.output
    assert f"extraction at log entry {seq} is not signed" in proc.stderr, proc.stderr
    assert "index lacks" not in proc.stderr and "reindex" not in proc.stderr


def test_the_whole_archive_search_does_not_count_it_as_text_the_index_lacks(store, failed):  # noqa: F811
    _forge_first_extraction(store, failed)
    proc = run_cli("verify-quote", FORGED, store=store)
    # no archived text (the forged line gives the capture none): a question answered not_found since sec63
    # (it was a usage error, exit 2), whose log entry is refused over the hand-written line, exit 1
    assert proc.exit_code == 1, proc.output
    assert "entry 2 after the last signed checkpoint that no archiver process of this machine wrote" in proc.stderr
    assert "still running" not in proc.stderr and "index lacks" not in proc.stderr
