"""A three-page site on 127.0.0.1 and ``wget --warc-file`` run against it.

Shared by tests/test_ids.py and used once to write ``tests/data/import/wget-3-pages.warc``
(``python tests/wget_site.py``), so CI without wget still imports a real wget WARC.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from servers import Site, response

PAGES = 3


def page(i: int) -> bytes:
    """Page i links to page i+1 (the last links nowhere); each has a sentence naming its town."""
    link = f'<p><a href="/p{i + 1}.html">next</a></p>' if i < PAGES else ""
    return (f"<html><head><title>Harbour {i}</title></head><body><article><h1>Harbour {i}</h1>"
            f"<p>{sentence(i)}, and that the cost had doubled since the first estimate.</p>"
            f"<p>Residents of town {i} welcomed the news but asked for the new schedule.</p>"
            f"{link}</article></body></html>").encode()


def sentence(i: int) -> str:
    return f"The council of town {i} said the harbour wall would be rebuilt in spring"


def serve() -> Site:
    site = Site()
    for i in range(1, PAGES + 1):
        site.routes[f"/p{i}.html"] = (lambda body: lambda h: response(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], body))(page(i))
    site.routes["/robots.txt"] = lambda h: response("200 OK", [("Content-Type", "text/plain")], b"")
    return site


def wget_warc(out_dir: Path) -> Path:
    """Crawl the site with wget (second-resolution WARC-Date, several pages per second)."""
    site = serve()
    try:
        subprocess.run(["wget", "-q", "-r", "-l", "5", "--no-host-directories", "-P", str(out_dir / "files"),
                        f"--warc-file={out_dir / 'wget-3-pages'}", "--no-warc-compression",
                        site.url("/p1.html")], check=False, timeout=60, cwd=out_dir)
    finally:
        site.close()
    return out_dir / "wget-3-pages.warc"


if __name__ == "__main__":
    if shutil.which("wget") is None:
        sys.exit("wget is not installed")
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        made = wget_warc(Path(tmp))
        target = Path(__file__).parent / "data" / "import" / "wget-3-pages.warc"
        shutil.copyfile(made, target)
        print(f"wrote {target}")
