"""One page's signed bundle, for the tests that doctor a genuine bundle and check what
``verify-bundle`` and ``import`` make of it (the ``one_page_bundle`` fixture in conftest.py:
one capture and one export per run, shared, since every such test writes its doctored copy
elsewhere and leaves the bundle as it is).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from cli import run_cli
from servers import Site, html_page

from archiver.archive import Archive

HARBOUR_PAGE = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
                b"<p>The harbour handled 41,000 containers in March, the port authority said on Tuesday.</p>"
                b"<p>Dock workers did not strike, and the night shift was cancelled for the first time.</p>"
                b"</article></body></html>")


def export_one_page(root: Path) -> dict[str, Path]:
    """A store under ``root`` with one capture of :data:`HARBOUR_PAGE`, its bundle and the log's
    public key: ``{"bundle": ..., "key": ...}``."""
    site = Site()
    site.routes["/news"] = html_page(HARBOUR_PAGE)
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


def with_member(bundle: Path, out: Path, name: str, data: bytes) -> Path:
    """A copy of ``bundle`` at ``out`` whose member ``name`` holds ``data`` (added when absent)."""
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(out, "w") as dst:
        names = set()
        for info in src.infolist():
            names.add(info.filename)
            dst.writestr(info.filename, data if info.filename == name else src.read(info))
        if name not in names:
            dst.writestr(name, data)
    return out
