"""Red team, second pass: a revisit capture vouched for while the bytes its words came from are gone.

An imported revisit record holds no payload: its text is extracted from the earlier record it
refers to (``revisit_of``). The evidence check read the revisit record and the extraction
record, never that earlier record: with its bytes damaged (or its WARC file gone),
``verify-quote`` on the revisit still said ``exact``, "evidence: present". The earlier record
is now one of the records every statement about the revisit rests on.
"""

from __future__ import annotations

import pytest
from test_import_foreign import MF, WAYBACK, Store


@pytest.fixture
def revisit(tmp_path):
    s = Store(tmp_path)
    caps = s.json("import", str(WAYBACK))["captures"]  # one revisit unresolved: a warning, exit 0 (cap59)
    [capture] = [c for c in caps if c["revisit_of"] is not None][:1]
    return s, capture["capture_id"], s.json("show", capture["capture_id"])["revisit_of"]


def _damage(s: Store, rec: dict) -> None:
    path = s.path / rec["warc"]
    data = bytearray(path.read_bytes())
    data[rec["offset"] + rec["length"] // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def test_a_revisit_whose_earlier_record_was_damaged_gets_no_verdict(revisit):
    s, cid, rec = revisit
    _damage(s, rec)
    proc = s.cli("verify-quote", MF.REVISIT_A[2], "--capture", cid)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "verdict:" not in proc.stdout and rec["record_id"] in proc.stderr


def test_show_of_a_revisit_whose_earlier_record_was_damaged_says_altered(revisit):
    s, cid, rec = revisit
    _damage(s, rec)
    assert s.cli("show", cid).returncode == 1


def test_the_intact_revisit_still_verifies(revisit):
    s, cid, _ = revisit
    assert s.json("verify-quote", MF.REVISIT_A[2], "--capture", cid)["verdict"] == "exact"
