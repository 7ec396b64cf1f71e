"""Red team, third pass: a store's WARC file replaced by a link to another of its WARC files.

Every reader caught it (the logged records are not at their logged places: "altered", exit 1,
nothing answered), but the one-line error quoted what warcio could not parse: a kilobyte of
compressed bytes in the middle of the line. The quote is now cut short; the file, the offset
and the verdict stay in the line.
"""

from __future__ import annotations

import json

from conftest import run_cli
from servers import Site, html_page

PAGE = b"<html><head><title>T</title></head><body><p>Plain page text number one.</p></body></html>"


def test_a_swapped_warc_file_is_named_in_a_short_line(tmp_path):
    site = Site()
    site.routes["/"] = html_page(PAGE)
    store = tmp_path / "s"
    try:
        ids = [json.loads(run_cli("archive", "--json", site.url("/"), store=store).stdout)["capture_id"]
               for _ in range(2)]
    finally:
        site.close()
    first, second = sorted((store / "warcs").iterdir())
    first.unlink()
    first.symlink_to(second.name)
    proc = run_cli("show", ids[0], store=store)
    assert proc.returncode == 1
    [line] = proc.stderr.strip().splitlines()
    assert first.name in line and "altered" in line and len(line) < 600, line
