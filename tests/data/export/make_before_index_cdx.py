"""Make ``before_index_cdx/``: a bundle as archiver exported it before 2026-11-29 (commit f704731).

Run once with an archiver from before f704731 on the path (a detached worktree at ``f704731^``,
commit 6078620, which made ``before_index_cdx/``):

    PYTHONPATH=/path/to/old/checkout python tests/data/export/make_before_index_cdx.py OUT

That exporter named the bundle's replay index ``indexes/index.cdxj`` (since f704731 it is
``indexes/index.cdx``) and signed the WACZ digest with ECDSA P-256 (since then P-384). One page is
captured from a loopback server, two quotes of it verified (one found, one not), and the capture
exported: that exporter put every quote check of a capture in its bundle (it had no
``--with-quotes``, and no ``correct`` command yet), so only the commands it had are run. The
bundle, its capture id and its log's public key (``log.pub``, what a reader pins) are kept; the
store and its signing key are not: verifying and importing need neither.
tests/test_old_bundles.py checks that the bundle still verifies and imports.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/, for servers.Site
from servers import Site, html_page  # noqa: E402

PAGE = (b"<html><head><title>Harbour tax</title></head><body><article><h1>Harbour tax</h1>"
        b"<p>The committee said on Tuesday that the harbour tax will be abolished next spring, "
        b"after the vote of the county council.</p><p>The roads budget of the county stays as it "
        b"was, the committee added, until the next election.</p></article></body></html>")


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
    run("verify-quote", "The committee said on Tuesday", "--capture", capture_id)
    subprocess.run([*cli, "verify-quote", "not on the page at all", "--capture", capture_id], env=env, cwd=work,
                   capture_output=True)  # not_found: exits non-zero, logged all the same
    run("export", capture_id, "-o", str(work / "before.wacz"))
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy2(work / "before.wacz", out / "before.wacz")
    with zipfile.ZipFile(work / "before.wacz") as z:
        (out / "log.pub").write_bytes(z.read("provenance/log.pub"))
    (out / "capture.json").write_text(json.dumps({"capture_id": capture_id}) + "\n")
    shutil.rmtree(work)  # the store and the signing key: verifying and importing need neither


if __name__ == "__main__":
    main(Path(sys.argv[1]))
