"""``diff`` and ``history`` say which records their evidence check read (review of store43, item 1).

Both check each capture as a verdict does (the records its text rests on: the response and the
extracted-text record, and a browser's rendered page), not every record the log lists, yet said
"records and extracted texts match the provenance log": with a capture's request record altered
they said so while ``show`` said altered. They now say the records their texts rest on match, and
that the others were not read.
"""

from __future__ import annotations

from test_evidence import (  # the store and the damage tests/test_evidence.py specifies
    arc,  # noqa: F401 - a fixture
    cli,
    flip_byte,
    pristine,  # noqa: F401 - a fixture
)

NOT_READ = "their other records were not read: 'archiver show' checks them all"


def test_diff_says_only_the_records_the_texts_rest_on_were_checked(arc):  # noqa: F811
    flip_byte(arc, arc["old"], "request")  # a record no text rests on: diff does not read it
    proc = cli(arc, "diff", arc["old"]["capture_id"], arc["new"]["capture_id"])
    assert proc.returncode == 1, proc.stderr  # (the figure changed)
    assert proc.stdout.splitlines()[-1] == (
        f"evidence: present for both captures (the records their texts rest on match the provenance log; {NOT_READ})")


def test_history_says_only_the_records_the_texts_rest_on_were_checked(arc):  # noqa: F811
    flip_byte(arc, arc["old"], "request")
    proc = cli(arc, "history", arc["old"]["url"])
    assert proc.returncode in (0, 1), proc.stderr
    assert proc.stdout.splitlines()[0] == (
        f"2 captures of {arc['old']['url']} (evidence present for each: the records their texts rest on match "
        f"the provenance log; {NOT_READ})")
