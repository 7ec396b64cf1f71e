"""The installed ``archiver`` console script, started by a shell as a user starts it.

Every other CLI test calls ``archiver.cli.main`` (which the script's ``run`` wraps) in this process (tests/cli.py); this one
proves the entry point itself is installed and wired, and that a shell sees the exit codes of the
conventions (0 done, 1 a problem found, 2 bad input) with the results on stdout only.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from servers import Site, html_page

SCRIPT = Path(sys.executable).parent / "archiver"
PAGE = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
        b"<p>The harbour handled 41,000 containers in March, the port authority said.</p>"
        b"</article></body></html>")


@pytest.mark.skipif(not SCRIPT.exists() or shutil.which("sh") is None,
                    reason="the archiver script is not installed beside this Python")
def test_the_installed_script_runs_and_a_shell_sees_exit_codes_0_1_and_2(store: Path) -> None:
    site = Site()
    site.routes["/news"] = html_page(PAGE)
    script = ('"$ARCHIVER" --store "$STORE" archive "$URL" --json; echo "exit=$?"\n'
              '"$ARCHIVER" --store "$STORE" verify-quote "41,000 lorries" --url "$URL" >/dev/null; echo "exit=$?"\n'
              '"$ARCHIVER" --store "$STORE" archive notaurl; echo "exit=$?"\n')
    env = {**os.environ, "ARCHIVER": str(SCRIPT), "STORE": str(store), "URL": site.url("/news")}
    try:
        proc = subprocess.run(["sh", "-c", script], capture_output=True, text=True, env=env, timeout=120)
    finally:
        site.close()
    codes = [line for line in proc.stdout.splitlines() if line.startswith("exit=")]
    assert codes == ["exit=0", "exit=1", "exit=2"], proc.stdout + proc.stderr
    assert json.loads(proc.stdout.rsplit("exit=0", 1)[0])["url"] == site.url("/news")
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines()[-1].startswith("error: ")
