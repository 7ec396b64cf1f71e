"""A batch worker's own start costs: what the fork server leaves shared, what a worker never loads."""

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


def test_fork_server_preload_freezes_what_it_made_so_workers_share_it(tmp_path):
    out = _run("import gc, json, archiver.batch_preload\n"
               "print(json.dumps({'frozen': gc.get_freeze_count()}))", tmp_path)
    assert out["frozen"] > 10_000


def test_fork_server_preload_loads_the_utf16_codec_canonical_json_sorts_keys_with(tmp_path):
    out = _run("import json, sys, archiver.batch_preload\n"
               "print(json.dumps({'codec': 'encodings.utf_16_be' in sys.modules}))", tmp_path)
    assert out == {"codec": True}


def test_warcinfo_command_summary_outside_the_cli_does_not_import_click(tmp_path):
    out = _run("import json, sys\n"
               "from archiver.capture.records import command_summary\n"
               "s = command_summary(['--store=x', 'batch', 'urls.txt', '--jobs', '8'])\n"
               "print(json.dumps({'summary': s, 'click': 'click' in sys.modules}))", tmp_path)
    assert out == {"summary": "archiver --jobs --store", "click": False}
