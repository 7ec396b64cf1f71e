"""A batch worker's own start costs: what the fork server leaves shared, what a worker never loads."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(code: str, cwd: Path) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ARCHIVER_STORE": str(cwd / "store"),
           "ARCHIVER_KEY_DIR": str(cwd / "keys")}
    done = subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def preloaded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """What one fresh interpreter holds after importing the fork server's preload module (one
    interpreter for the tests that read it: each start and import costs about 0.6 CPU-s)."""
    return _run("import gc, json, sys, archiver.batch_preload\n"
                "print(json.dumps({'frozen': gc.get_freeze_count(), "
                "'codec': 'encodings.utf_16_be' in sys.modules}))", tmp_path_factory.mktemp("preload"))


def test_fork_server_preload_freezes_what_it_made_so_workers_share_it(preloaded):
    assert preloaded["frozen"] > 10_000


def test_fork_server_preload_loads_the_utf16_codec_canonical_json_sorts_keys_with(preloaded):
    assert preloaded["codec"] is True


def test_warcinfo_command_summary_outside_the_cli_does_not_import_click(tmp_path):
    out = _run("import json, sys\n"
               "from archiver.capture.records import command_summary\n"
               "s = command_summary(['--store=x', 'batch', 'urls.txt', '--jobs', '8'])\n"
               "print(json.dumps({'summary': s, 'click': 'click' in sys.modules}))", tmp_path)
    assert out == {"summary": "archiver --jobs --store", "click": False}
