"""A WACZ whose own index points elsewhere than its records is said to (rvimp70: red team of ``import``).

ReplayWeb.page replays a WACZ through ``indexes/index.cdxj``, by each line's file and offset; ``import`` reads the
WARC records themselves. Until rvimp70 an index pointing at other bytes (another offset, another URL's record) was
passed over: the import vouched for a page the WACZ's own replay does not show at that URL, and said nothing. Now
such a file is a problem (exit 1, one line naming the index), and its captures are still made of the records.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

from cli import run_cli

from archiver.export.cdxj import cdxj_text

PAGES = {"https://example.org/pier": "The harbour board approved the new pier on Tuesday evening.",
         "https://example.org/ferry": "The ferry will keep running through the winter, the council decided."}


def _warc(folder: Path) -> tuple[Path, dict[str, int]]:
    """Another tool's WARC (warcio, a gzip member per record) of the two pages; each response's offset by URL."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path, offsets = folder / "data.warc.gz", {}
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        for url, words in PAGES.items():
            body = f"<html><head><title>T</title></head><body><p>{words}</p></body></html>".encode()
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Content-Length", str(len(body)))],
                                    protocol="HTTP/1.1")
            offsets[url] = f.tell()
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
    return path, offsets


def _wacz(path: Path, warc: Path, index: str) -> Path:
    members = {"archive/data.warc.gz": warc.read_bytes(), "indexes/index.cdxj": index.encode()}
    package = {"profile": "data-package", "wacz_version": "1.1.1",
               "resources": [{"name": Path(n).name, "path": n, "hash": "sha256:" + hashlib.sha256(d).hexdigest(),
                              "bytes": len(d)} for n, d in members.items()]}
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
        z.writestr("datapackage.json", json.dumps(package))
    return path


def _import(tmp_path: Path, rewrite=lambda line, offsets: line):
    warc, offsets = _warc(tmp_path)
    index = "".join(rewrite(line, offsets) + "\n" for line in cdxj_text([warc], root=tmp_path).splitlines())
    proc = run_cli("import", str(_wacz(tmp_path / "other.wacz", warc, index)), "--json", store=tmp_path / "store")
    return proc, json.loads(proc.stdout)


def _index_problems(doc: dict) -> list[str]:
    return [w for w in doc["problems"] if w.startswith("indexes/index.cdxj")]


def test_a_wacz_whose_index_is_its_records_imports_with_nothing_said(tmp_path, key_dir):
    proc, doc = _import(tmp_path)
    assert (proc.exit_code, _index_problems(doc), len(doc["captures"])) == (0, [], 2), doc


def test_an_index_line_pointing_at_another_offset_is_a_problem(tmp_path, key_dir):
    proc, doc = _import(tmp_path, lambda line, offsets: line.replace('"offset": "0"', '"offset": "7"'))
    [said] = _index_problems(doc)
    assert (proc.exit_code, "1 of its 2 lines" in said) == (1, True), doc


def test_an_index_line_pointing_at_another_urls_record_is_a_problem(tmp_path, key_dir):
    def swap(line: str, offsets: dict[str, int]) -> str:
        ferry = f'"offset": "{offsets["https://example.org/ferry"]}"'
        return line.replace('"offset": "0"', ferry) if "/pier" in line.split(" ")[0] else line
    proc, doc = _import(tmp_path, swap)
    [said] = _index_problems(doc)
    assert (proc.exit_code, "pier" in said) == (1, True), doc


def test_the_pages_of_a_wacz_whose_index_points_elsewhere_are_still_captures(tmp_path, key_dir):
    _, doc = _import(tmp_path, lambda line, offsets: line.replace('"offset": "0"', '"offset": "7"'))
    assert sorted(c["url"] for c in doc["captures"]) == sorted(PAGES)
