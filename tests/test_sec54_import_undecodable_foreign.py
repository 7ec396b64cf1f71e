"""``import`` of another tool's file keeps no text for a body whose content coding cannot be undone.

A response sent with ``Content-Encoding: gzip`` whose bytes are no gzip stream is no page a browser
shows (it reports a decoding error): ``archive`` keeps such a response with no text and says why.
rvsec53 made ``import`` do the same for a bundle of ours; another tool's file (a wget WARC, a WACZ
of it) still had the still-coded bytes read as the page's words, quotable ``exact``. Now every
imported page is read as ``archive`` reads it: no text, the decoding's failure as its extraction
error, and the import says so in its warnings (exit 0 since cap59: a warning is informational). (A writer that kept the header on a body it
decoded loses that page's text too: nothing tells its file from a damaged one.)

The WARC is made by wget from 127.0.0.1 (``tests/data/import/wget-gzip-label-plain.warc`` where
wget is not installed: written by this module's ``wget_coded_warc``), the WACZ from it by py-wacz.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from cli import run_cli
from conftest import DATA
from servers import Site, response

WORDS = "The harbour was closed for good by the council, the mayor said on Tuesday morning"
PAGE = f"<html><head><title>Harbour</title></head><body><article><p>{WORDS}.</p></article></body></html>".encode()
COMMITTED = DATA / "import" / "wget-gzip-label-plain.warc"


def wget_coded_warc(out_dir: Path) -> Path:
    """wget's WARC of one HTML page served as ``Content-Encoding: gzip`` but sent plain."""
    site = Site()
    site.routes["/story.html"] = lambda h: response(
        "200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip")], PAGE)
    try:
        subprocess.run(["wget", "-q", "-P", str(out_dir / "files"), f"--warc-file={out_dir / 'coded'}",
                        "--no-warc-compression", site.url("/story.html")], check=False, timeout=60, cwd=out_dir)
    finally:
        site.close()
    return out_dir / "coded.warc"


@pytest.fixture(scope="module")
def warc(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("wget") is None:
        return COMMITTED
    made = wget_coded_warc(tmp_path_factory.mktemp("wget"))
    assert b"Content-Encoding: gzip" in made.read_bytes() and PAGE in made.read_bytes()
    return made


@pytest.fixture(scope="module", params=["warc", "wacz"])
def imported(request: pytest.FixtureRequest, warc: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The import's result and the store it made, from the WARC or from a WACZ made of it."""
    root = tmp_path_factory.mktemp(request.param)
    source = warc
    if request.param == "wacz":
        from pywacz import wacz_create

        source = root / "coded.wacz"
        wacz_create(source, warc)
    store, env = root / "store", {"ARCHIVER_KEY_DIR": str(root / "keys")}
    proc = run_cli("import", str(source), "--json", store=store, env=env)
    # 0: its warning (see below) is informational, as archive keeps such a response with exit 0 (task cap59)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    doc = json.loads(proc.stdout)
    [capture] = doc["captures"]
    return {"doc": doc, "id": capture["capture_id"], "store": store, "env": env}


def _shown(imported: dict[str, Any]) -> dict[str, Any]:
    proc = run_cli("show", imported["id"], "--json", store=imported["store"], env=imported["env"])
    assert proc.returncode == 0, proc.stderr
    shown: dict[str, Any] = json.loads(proc.stdout)
    return shown


def test_a_foreign_page_whose_coding_cannot_be_undone_has_no_text(imported):
    assert _shown(imported)["article"] is None


def test_a_foreign_page_whose_coding_cannot_be_undone_says_why(imported):
    assert "cannot be decoded" in (_shown(imported)["extraction_error"] or "")


def test_the_import_warns_of_the_page_it_kept_without_text(imported):
    assert any("story.html" in w and "cannot be decoded" in w and "no text" in w
               for w in imported["doc"]["warnings"]), imported["doc"]["warnings"]


def test_the_coded_bytes_of_a_foreign_page_are_not_quotable(imported):
    proc = run_cli("verify-quote", WORDS, "--capture", imported["id"], "--json",
                   store=imported["store"], env=imported["env"])
    assert proc.returncode != 0 and '"exact"' not in proc.stdout, proc.stdout + proc.stderr


if __name__ == "__main__":  # (re)write the committed WARC: python tests/test_sec54_import_undecodable_foreign.py
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        shutil.copyfile(wget_coded_warc(Path(tmp)), COMMITTED)
        print(f"wrote {COMMITTED}")
