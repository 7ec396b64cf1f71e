"""An import says when a revisit's own head makes its page a download (sec58, left by rvsec58).

A revisit's HTTP head is its own response's, merged field by field with the earlier record's
(``core/mime.revisit_fields``). Where the earlier response is a page but the revisit's head makes
the body a download (its own ``Content-Type``), no capture is made of the revisit, as a browser
shows it no text; until sec58 the import dropped it with exit 0 and said nothing. Now a warning
line says so (in ``--json`` too), and the record stays in the store as it came. The warning is
informational: the import did what it does, exit 0 (task cap59; it was exit 1 until then, as every
import warning; a finding that something is wrong with the file is a problem, exit 1).
"""

from __future__ import annotations

import json

from cli import run_cli
from test_sec56_revisit_content_type import URI, _warc


def _imported(tmp_path, *options):
    store, env = tmp_path / "store", {"ARCHIVER_KEY_DIR": str(tmp_path / "keys")}
    warc = _warc(tmp_path / "f.warc.gz", [("Content-Type", "text/html")], [("Content-Type", "application/zip")])
    return run_cli("import", str(warc), *options, store=store, env=env)


def test_a_revisit_made_a_download_by_its_own_head_is_said_in_the_json_warnings(tmp_path):
    proc = _imported(tmp_path, "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert [c.get("revisit_of") for c in out["captures"]] == [None]
    [said] = [w for w in out["warnings"] if "revisit" in w]
    assert URI in said and "download" in said and "application/zip" in said


def test_a_revisit_made_a_download_by_its_own_head_is_said_on_a_warning_line(tmp_path):
    proc = _imported(tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert any(line.startswith("warning: ") and URI in line and "download" in line for line in proc.stderr.splitlines())


def test_a_revisit_of_a_download_says_nothing(tmp_path):
    """The earlier record was no page either (a zip sent as a zip): nothing was dropped."""
    store, env = tmp_path / "store", {"ARCHIVER_KEY_DIR": str(tmp_path / "keys")}
    warc = _warc(tmp_path / "f.warc.gz", [("Content-Type", "application/zip")], [("Content-Type", "application/zip")])
    proc = run_cli("import", str(warc), "--json", store=store, env=env)
    assert proc.returncode == 0, proc.stderr
    assert not [w for w in json.loads(proc.stdout)["warnings"] if "revisit" in w]
