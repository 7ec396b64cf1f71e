"""verify-quote's evidence sentence says exactly which records it checked (review of store43, item 1).

A verdict rests on the capture's final response and its extracted-text record (and, where the
capture has them, the record the text was read from and a browser's rendered text); those are
the records verify-quote reads. It said "evidence: present (WARC records and extracted text match
the provenance log)", which a reader takes for every record of the capture: with its request
record altered, verify-quote (and a whole-archive search, listing it as a holder) said so while
``show``, which checks every record, said altered. The sentence now names the records checked
and says the others were not read; ``--json`` names them (``evidence_records``), for the answer
and for each holder.
"""

from __future__ import annotations

import json

from test_evidence import (  # the store and the damage tests/test_evidence.py specifies
    SENTENCE,
    arc,  # noqa: F401 - a fixture
    cli,
    flip_byte,
    pristine,  # noqa: F401 - a fixture
)

CHECKED = ["response", "extracted_text"]


def test_verify_quote_names_the_records_it_checked_not_every_record_of_the_capture(arc):  # noqa: F811
    flip_byte(arc, arc["old"], "request")  # a record no verdict rests on: verify-quote does not read it
    proc = cli(arc, "verify-quote", SENTENCE, "--capture", arc["old"]["capture_id"])
    assert proc.returncode == 0, proc.stderr
    [line] = [x for x in proc.stdout.splitlines() if x.startswith("evidence:")]
    assert line == ("evidence: present (its response and extracted-text records match the provenance log; its "
                    "other records were not read: 'archiver show' checks them all)")


def test_verify_quote_json_names_the_records_its_evidence_check_read(arc):  # noqa: F811
    proc = cli(arc, "verify-quote", SENTENCE, "--capture", arc["old"]["capture_id"], "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["evidence_records"] == CHECKED


def test_a_whole_archive_search_names_the_records_checked_for_each_holder(arc):  # noqa: F811
    proc = cli(arc, "verify-quote", SENTENCE, "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["evidence_records"] == CHECKED
    assert doc["holders"] and all(h["evidence_records"] == CHECKED for h in doc["holders"])


def test_a_refused_answer_names_no_records_as_checked(arc):  # noqa: F811
    flip_byte(arc, arc["old"], "response")
    proc = cli(arc, "verify-quote", SENTENCE, "--capture", arc["old"]["capture_id"], "--json")
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["evidence_records"] == []
