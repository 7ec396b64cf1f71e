"""Time ``archiver import`` of a 3-page archiver bundle into a fresh store (median of N runs).

Why: since review 19, ``import`` checks an archiver bundle as ``verify-bundle`` does (records,
proofs, signatures, re-extraction) before copying anything; this says what that costs. Runs the
``archiver`` found on ``PYTHONPATH`` (point it at another checkout to compare), against pages
served from 127.0.0.1, with a temporary ``ARCHIVER_KEY_DIR`` (no key reaches ~/.config).

    PYTHONPATH=. python bench/bench_import_bundle.py [RUNS]
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


def main(runs: int = 5) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        root = Path(tmp)
        env = {**os.environ, "ARCHIVER_KEY_DIR": str(root / "keys")}
        site = root / "site"
        site.mkdir()
        for i in range(3):
            paragraphs = "".join(f"<p>Paragraph {j} of page {i}: the council met and decided on item {j}.</p>"
                                 for j in range(200))
            (site / f"p{i}.html").write_text(f"<html><head><title>Page {i}</title></head><body><article>"
                                             f"<h1>Page {i}</h1>{paragraphs}</article></body></html>")

        class Quiet(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        cli = [sys.executable, "-m", "archiver"]
        try:
            urls = [f"http://127.0.0.1:{server.server_port}/p{i}.html" for i in range(3)]
            made = subprocess.run(cli + ["--store", str(root / "s"), "archive", *urls, "--json"], env=env,
                                  capture_output=True, text=True, check=True)
        finally:
            server.shutdown()
            server.server_close()
        ids = [c["capture_id"] for c in json.loads(made.stdout)]
        bundle = root / "b.wacz"
        subprocess.run(cli + ["--store", str(root / "s"), "export", *ids, "-o", str(bundle)], env=env,
                       capture_output=True, check=True)
        times = []
        for n in range(runs):
            start = time.perf_counter()
            proc = subprocess.run(cli + ["--store", str(root / f"i{n}"), "import", str(bundle)], env=env,
                                  capture_output=True, text=True)
            times.append(time.perf_counter() - start)
            if proc.returncode != 0:
                raise SystemExit(f"import failed: {proc.stderr.strip()}")
        print(f"import of a 3-page bundle: median {statistics.median(times):.2f} s, "
              f"min {min(times):.2f} s over {runs} runs")


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
