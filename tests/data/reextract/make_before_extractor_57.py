"""Make ``before_extractor_57/``: a store whose one capture was extracted by extractor 56.

Run once with an archiver from before extractor 57 (commit 14a73db, which hides words an inline
style draws smaller than a pixel) on the path, a detached worktree at ``14a73db^`` (commit
e173d15, which made ``before_extractor_57/``):

    PYTHONPATH=/path/to/old/checkout python tests/data/reextract/make_before_extractor_57.py OUT

One page is captured from a loopback server: its first paragraph carries four words in a
``font-size:0.01px`` span, which no reader sees and which extractor 56 still took for article
text. The store (WARC file, provenance log and checkpoint, both indexes) and its signing key
folder are kept as that archiver left them, with the capture id and the folder the store was
made in (``made.json``: the key folder's files name it; a test copying the store renames it).
tests/test_reextract.py brings the capture up to the current extractor with ``archiver reextract``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/, for servers.Site
from servers import Site, html_page  # noqa: E402

PAGE = (b"<html><head><title>Harbour tax</title></head><body><article><h1>Harbour tax</h1>"
        b"<p>The committee said on Tuesday that the harbour tax will be abolished next spring"
        b"<span style=\"font-size:0.01px\"> unless the mayor objects</span>, after the vote of the county "
        b"council.</p><p>The roads budget of the county stays as it was, the committee added, until "
        b"the next election.</p></article></body></html>")


def main(out: Path) -> None:
    work = Path(tempfile.mkdtemp())
    env = dict(os.environ, ARCHIVER_KEY_DIR=str(work / "keys"))
    cli = [sys.executable, "-m", "archiver", "--store", str(work / "store")]

    def run(*args: str) -> str:
        # cwd: not a checkout, so "-m archiver" is the one PYTHONPATH names
        return subprocess.run([*cli, *args], env=env, check=True, cwd=work, capture_output=True,
                              text=True).stdout

    site = Site()
    site.routes["/harbour"] = html_page(PAGE)
    try:
        made = json.loads(run("archive", site.url("/harbour"), "--json"))
    finally:
        site.close()
    capture_id = (made[0] if isinstance(made, list) else made)["capture_id"]
    out.mkdir(parents=True, exist_ok=True)
    shutil.copytree(work / "store", out / "store", symlinks=True)
    shutil.copytree(work / "keys", out / "keys", symlinks=True)
    (out / "made.json").write_text(json.dumps({"capture_id": capture_id, "extractor_version": "56",
                                               "store": str((work / "store").resolve())}) + "\n")
    shutil.rmtree(work)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
