"""The certificate authority of a browser capture run (:mod:`archiver.capture.local_ca`)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from archiver.capture.local_ca import LocalCA


@pytest.fixture
def own_tmpdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder as the process's temporary directory, to see what the CA leaves in it."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_the_run_ca_leaves_no_key_on_disk_even_if_never_closed(own_tmpdir: Path) -> None:
    # A batch worker's pool keeps its CA until the worker exits, and a worker's exit (or a killed
    # process) runs no temporary-folder finalizer: whatever the CA wrote would stay behind.
    ca = LocalCA()
    ca.context_for("127.0.0.1")
    ca.context_for("example.org")
    assert list(own_tmpdir.iterdir()) == []
