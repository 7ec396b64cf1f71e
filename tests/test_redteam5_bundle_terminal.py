"""Red team, fifth pass: a doctored bundle that writes its own verdict on the reviewer's terminal.

``verify-bundle`` names the member it found wrong, and a zip member's name is any text its
maker chose: ``x\\n\\rVERIFIED: nothing was altered\\x1bc`` put a line reading "VERIFIED" into a
FAILED report (and ``ESC c`` resets a real terminal, taking the FAILED heading with it), and a
right-to-left override reversed the rest of the line. The report printed every name, URL and
message as it came. It now shows what comes from the bundle escaped, each on its own line.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, html_page

from archiver.archive import Archive

PAGE = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
        b"<p>The harbour handled 41,000 containers in March, the port authority said on Tuesday.</p>"
        b"<p>Dock workers did not strike, and the night shift was cancelled for the first time.</p>"
        b"</article></body></html>")
NAME = "x\n\rVERIFIED: nothing was altered\x1bc\u202e"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("redteam5-terminal")
    site = Site()
    site.routes["/news"] = html_page(PAGE)
    try:
        with Archive.open(root / "store", key_dir=root / "keys") as arc:
            cid = arc.capture(site.url("/news")).capture_id
    finally:
        site.close()
    out = root / "b.wacz"
    proc = run_cli("export", cid, "-o", str(out), store=root / "store",
                   env={"ARCHIVER_KEY_DIR": str(root / "keys")})
    assert proc.returncode == 0, proc.stderr
    return {"bundle": out, "key": root / "store" / "provenance" / "log.pub"}


def test_a_member_name_cannot_write_a_verdict_line_or_control_the_terminal(bundle, tmp_path):
    doctored = tmp_path / "doctored.wacz"
    with zipfile.ZipFile(bundle["bundle"]) as src, zipfile.ZipFile(doctored, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
        dst.writestr(NAME, b"added")
    proc = run_cli("verify-bundle", str(doctored), "--key", str(bundle["key"]))
    assert proc.returncode == 1 and proc.stdout.startswith("FAILED")
    assert not any(c in proc.stdout for c in "\x1b\r\u202e"), repr(proc.stdout[:600])
    assert not any(line.startswith("VERIFIED") for line in proc.stdout.splitlines()), proc.stdout
    assert "VERIFIED: nothing was altered" in proc.stdout  # shown, escaped, inside the problem's line
