"""Make ``before_dechunker/``: a store and a bundle as archiver wrote them before its own de-chunker.

Run once with an archiver from before 2026-11-30's de-chunker (commit 6b024e6) on the path:

    PYTHONPATH=/path/to/old/checkout python tests/data/capture/make_before_dechunker.py OUT

Three pages whose chunked framing that archiver read wrongly (warcio's reader): a chunk extension
(its words became page text), a trailer field on a text/plain page, and two Transfer-Encoding
fields (``identity``, then ``chunked``: only the first was read, and a payload digest was stated in
the record). Their payload digests in the records, the log and the bundle are those of that
reading; tests/test_chunked_framing.py checks that the store and the bundle still verify. The
derived indexes (``*.sqlite3``) and the signing key are not kept: ``reindex`` rebuilds the one,
and reading and verifying need no key.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/, for servers.Hostile
from servers import Hostile  # noqa: E402

P1 = b"<html><head><title>Tax</title></head><body><article><p>The minister said the harbour tax "
P2 = b"will be abolished next spring, after the vote.</p></article></body></html>"
EXT = b';note="will NOT be abolished, the minister later admitted to the harbour board"'
HTML_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\n"
PAGES = {
    "ext": HTML_HEAD + b"Transfer-Encoding: chunked\r\n\r\n%x\r\n%s\r\n%x%s\r\n%s\r\n0\r\n\r\n" % (
        len(P1), P1, len(P2), EXT, P2),
    "trailer": (b"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n"
                b"Transfer-Encoding: chunked\r\n\r\ne\r\nStatement one.\r\n0\r\nChecksum: abc\r\n\r\n"),
    "two_te": HTML_HEAD + b"Transfer-Encoding: identity\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n%s\r\n0\r\n\r\n" % (
        len(P1 + P2), P1 + P2),
}


def main(out: Path) -> None:
    work = Path(tempfile.mkdtemp())
    env = dict(os.environ, ARCHIVER_KEY_DIR=str(work / "keys"))
    store = work / "store"
    servers = [Hostile(lambda raw=raw: iter([raw])) for raw in PAGES.values()]
    try:
        urls = [s.url("/" + name) for s, name in zip(servers, PAGES, strict=True)]
        cli = [sys.executable, "-m", "archiver", "--store", str(store)]
        # cwd: not a checkout, so "-m archiver" is the one PYTHONPATH names
        made = json.loads(subprocess.run([*cli, "archive", *urls, "--json"], env=env, check=True, cwd=work,
                                         capture_output=True, text=True).stdout)
        subprocess.run([*cli, "export", *[d["capture_id"] for d in made], "-o", str(work / "before.wacz")],
                       env=env, check=True, capture_output=True, cwd=work)
    finally:
        for s in servers:
            s.close()
    shutil.copytree(store, out / "store", ignore=shutil.ignore_patterns("*.sqlite3*", "log.lock"))
    shutil.copy2(work / "before.wacz", out / "before.wacz")
    (out / "captures.json").write_text(json.dumps(
        {name: {"capture_id": d["capture_id"], "payload_digest": d["payload_digest"]}
         for name, d in zip(PAGES, made, strict=True)}, indent=1) + "\n")
    shutil.rmtree(work)  # the signing key too: reading and verifying need none


if __name__ == "__main__":
    main(Path(sys.argv[1]))
