"""The batch's fork server warms the capture path once, so that its workers do not each pay
for it on their first capture (imports made on first use, the version tables, extraction's
lazily made state), and warming writes nothing anywhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from archiver.batch import WORKER_PRELOAD

ROOT = Path(__file__).resolve().parent.parent

_PROBE = """
import json, sys
before = set(sys.modules)
import {module}
from archiver.extract import _versions
from archiver.capture.records import _software_versions
print(json.dumps({{
    "loaded": sorted(m for m in ("archiver.provenance.log", "archiver.store.textindex",
                                 "archiver.quotes.normalize") if m in sys.modules),
    "versions_cached": _versions.cache_info().currsize,
    "software_cached": _software_versions.cache_info().currsize,
}}))
"""


def _probe(module: str, cwd: Path) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ARCHIVER_STORE": str(cwd / "store"),
           "ARCHIVER_KEY_DIR": str(cwd / "keys")}
    done = subprocess.run([sys.executable, "-c", _PROBE.format(module=module)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def test_fork_server_preload_ends_with_the_warm_up_module():
    assert WORKER_PRELOAD[-1] == "archiver.batch_preload"
    assert {"archiver.archive", "archiver.extract", "archiver.batch"} <= set(WORKER_PRELOAD)


def test_warm_up_loads_what_a_first_capture_would_otherwise_load(tmp_path):
    warm = _probe("archiver.batch_preload", tmp_path)
    assert warm == {"loaded": ["archiver.provenance.log", "archiver.quotes.normalize", "archiver.store.textindex"],
                    "versions_cached": 1, "software_cached": 1}


def test_warm_up_writes_nothing(tmp_path):
    _probe("archiver.batch_preload", tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


_SHORT_PAGE_PROBE = """
import json
import archiver.batch_preload
import trafilatura.external
import tld.utils
print(json.dumps({"stoplists": bool(trafilatura.external.JT_STOPLIST),
                  "suffixes": bool(tld.utils.tld_names)}))
"""


def test_warm_up_prepares_the_short_page_path(tmp_path):
    """A short page's extraction reads every justext stoplist and the public-suffix table: done
    once in the fork server, not once per worker on its first short page."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ARCHIVER_KEY_DIR": str(tmp_path / "keys")}
    done = subprocess.run([sys.executable, "-c", _SHORT_PAGE_PROBE], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout) == {"stoplists": True, "suffixes": True}
