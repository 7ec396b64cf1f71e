"""A batch worker's own start costs: what a worker never loads. (What the fork server leaves
shared, frozen, is tested in tests/test_batch_warmup.py, with the rest of its warm-up.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(code: str, cwd: Path) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ARCHIVER_STORE": str(cwd / "store"),
           "ARCHIVER_KEY_DIR": str(cwd / "keys")}
    done = subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_warcinfo_command_summary_outside_the_cli_does_not_import_click(tmp_path):
    out = _run("import json, sys\n"
               "from archiver.capture.records import command_summary\n"
               "s = command_summary(['--store=x', 'batch', 'urls.txt', '--jobs', '8'])\n"
               "print(json.dumps({'summary': s, 'click': 'click' in sys.modules}))", tmp_path)
    assert out == {"summary": "archiver --jobs --store", "click": False}
