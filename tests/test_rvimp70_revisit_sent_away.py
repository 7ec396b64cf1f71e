"""A revisit whose own head sends its reader away at once is said so, not called a download (rvimp70).

A revisit's head is its own response's (``core/mime.revisit_fields``). Where it carries ``Refresh: 0; url=...`` the
earlier record's page is no page a reader of the revisit was shown: no capture is made of it (session 51), and a
warning says so. Until rvimp70 that warning called the page "a download (unparsed/unparsed)", our internal name for
a type no browser shows; a revisit made a download by its own ``Content-Type`` is still said to be one (sec58).
"""

from __future__ import annotations

import json

from cli import run_cli
from test_sec56_revisit_content_type import URI, _warc


def _warnings(tmp_path, revisit_fields):
    warc = _warc(tmp_path / "f.warc.gz", [("Content-Type", "text/html")], revisit_fields)
    proc = run_cli("import", str(warc), "--json", store=tmp_path / "store")
    assert proc.exit_code == 0, proc.output
    return [w for w in json.loads(proc.stdout)["warnings"] if URI in w and "revisit" in w]


def test_a_revisit_whose_own_head_refreshes_away_is_said_to_show_nothing(tmp_path, key_dir):
    [said] = _warnings(tmp_path, [("Content-Type", "text/html"), ("Refresh", "0; url=/elsewhere")])
    assert "no browser shows" in said and "download" not in said and "unparsed" not in said, said


def test_a_revisit_made_a_download_by_its_own_type_is_still_said_to_be_one(tmp_path, key_dir):
    [said] = _warnings(tmp_path, [("Content-Type", "application/zip")])
    assert "a download (application/zip)" in said, said
