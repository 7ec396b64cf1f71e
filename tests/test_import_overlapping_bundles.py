"""A colleague's later bundle that overlaps one imported before is refused with a line that says so.

A colleague sends a bundle of capture X; later, a bundle of X and a new capture Y. Record ids
are unique in a store (they name evidence), so the second file cannot come in while X's records
are here: it is refused whole, exit 2, nothing imported. Before, the one line named only a
record id ("record id <urn:uuid:...> is already in this store"), which told the user neither
which capture it was nor what to do; it now names the capture imported here, the import entry,
and the two ways on (a bundle of only what is lacking; `reextract` for a newer extraction).

Real captures from a loopback server into the colleague's store, exported with their key and
pinned by the recipient.
"""

from __future__ import annotations

import json
from pathlib import Path

from bundles import pin_bundle_key
from cli import run_cli
from servers import Site, html_page

from archiver.archive import Archive


def _page(words: str) -> bytes:
    return (f"<html><head><title>{words}</title></head><body><article><h1>{words}</h1>"
            f"<p>{words}: the council voted on Monday, the treasurer said after the meeting.</p>"
            "</article></body></html>").encode()


def _bundles(root: Path) -> tuple[Path, Path, str]:
    """The colleague's bundle of X, then of X and Y: (first, second, X's id)."""
    site = Site()
    site.routes["/x"] = html_page(_page("Budget"))
    site.routes["/y"] = html_page(_page("Schools"))
    env = {"ARCHIVER_KEY_DIR": str(root / "keys")}
    try:
        with Archive.open(root / "theirs", key_dir=root / "keys") as arc:
            x = arc.capture(site.url("/x")).capture_id
            y = arc.capture(site.url("/y")).capture_id
    finally:
        site.close()
    first, second = root / "first.wacz", root / "second.wacz"
    assert run_cli("export", x, "-o", str(first), store=root / "theirs", env=env).returncode == 0
    assert run_cli("export", x, y, "-o", str(second), store=root / "theirs", env=env).returncode == 0
    return first, second, x


def test_a_bundle_overlapping_one_imported_before_is_refused_naming_the_capture(tmp_path, key_dir):
    first, second, x = _bundles(tmp_path)
    pin_bundle_key(first)
    mine = tmp_path / "mine"
    assert run_cli("import", str(first), store=mine).returncode == 0
    before = sorted(p.name for p in (mine / "warcs").iterdir())
    proc = run_cli("import", str(second), store=mine)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    assert f"a record of capture {x}, imported by log entry" in lines[0]
    assert f"archiver reextract {x}" in lines[0] and "nothing imported" in lines[0]
    assert sorted(p.name for p in (mine / "warcs").iterdir()) == before  # nothing stays behind
    listed = json.loads(run_cli("list", "--json", store=mine).stdout)
    assert [c["capture_id"] for c in listed] == [x]
