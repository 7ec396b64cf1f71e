"""A WARC anyone can write, imported, answers only as IMPORTED (red team, evidence chain).

A forger writes a WARC of their own (warcio) for a page this store captured, dated 2019 and holding
words the page never had, and hands it over; ``archiver import`` takes it in as an imported capture.
Its time is what its file claims. ``list``, ``show``, ``cite`` and the verdict itself marked it
IMPORTED, but ``history`` listed it as the URL's "first capture", ``diff`` as one side of two, and a
whole-archive ``verify-quote`` as the earliest holder of the quote ("attribute it to the original,
not a later copy") and as one of the URL's versions, each unmarked, in JSON too (no ``origin``).
Now each of those lines says IMPORTED and each JSON object carries ``origin``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from conftest import run_cli
from stores import capture_template, copy_store

REAL = (b"<html><head><title>Harbour board</title></head><body><article><h1>Harbour board</h1>"
        b"<p>The harbour board met on Tuesday and agreed the budget for next year after a long debate "
        b"about dredging costs and the new pier.</p></article></body></html>")
FORGED = REAL.replace(b"agreed the budget for next year", b"the mayor resigned in disgrace")
QUOTE = "met on Tuesday and the mayor resigned in disgrace"


def _forged_warc(path: Path, url: str) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                           ("Content-Length", str(len(FORGED)))], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(FORGED), http_headers=http,
                                                      warc_headers_dict={"WARC-Date": "2019-01-05T10:00:00Z"}))
    return path


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str, str]:
    """(the template's folder, the URL, the capture's id, the imported copy's id)"""
    root = tmp_path_factory.mktemp("imported-marks")
    [result] = capture_template(root, {"/board": REAL})
    url = result.final_url
    proc = run_cli("import", str(_forged_warc(root / "forged.warc.gz", url)), "--json", store=root / "store",
                   env={"ARCHIVER_KEY_DIR": str(root / "keys")})
    assert proc.returncode == 0, proc.stderr
    [imported] = [c["capture_id"] for c in json.loads(run_cli("list", "--json", store=root / "store").stdout)
                  if c["origin"] == "imported"]
    return root, url, result.capture_id, imported


@pytest.fixture
def store(template: tuple[Path, str, str, str], tmp_path: Path, key_dir: Path) -> Path:
    copy_store(template[0], tmp_path / "store", key_dir)
    return tmp_path / "store"


def test_history_marks_the_imported_copy_it_lists_first(store, template):
    _, url, captured, imported = template
    proc = run_cli("history", url, store=store)
    [line] = [line for line in proc.stdout.splitlines() if line.startswith(imported)]
    assert "IMPORTED" in line, proc.stdout
    assert not any("IMPORTED" in line for line in proc.stdout.splitlines() if line.startswith(captured))
    rows = {row["capture_id"]: row["origin"] for row in json.loads(run_cli("history", url, "--json",
                                                                            store=store).stdout)["captures"]}
    assert rows == {imported: "imported", captured: "captured"}


def test_diff_marks_the_imported_side(store, template):
    _, _, captured, imported = template
    proc = run_cli("diff", imported, captured, store=store)
    assert proc.stdout.splitlines()[0].startswith(f"--- {imported}") and "IMPORTED" in proc.stdout.splitlines()[0]
    assert "IMPORTED" not in proc.stdout.splitlines()[1]
    doc = json.loads(run_cli("diff", imported, captured, "--json", store=store).stdout)
    assert (doc["a"]["origin"], doc["b"]["origin"]) == ("imported", "captured")


def test_a_whole_archive_search_marks_an_imported_holder_and_says_its_time_is_its_files_claim(store, template):
    _, _, _, imported = template
    proc = run_cli("verify-quote", QUOTE, store=store)
    held = proc.stdout.split("held by:", 1)[1].split("versions:", 1)[0]
    [line] = [line for line in held.splitlines() if imported in line]
    assert "IMPORTED" in line, proc.stdout
    assert "an IMPORTED capture's time is what its file claims" in " ".join(held.split())
    doc = json.loads(run_cli("verify-quote", QUOTE, "--json", store=store).stdout)
    assert [(h["capture"], h["origin"], h["imported"]) for h in doc["holders"]] == [(imported, "imported", True)]


def test_the_versions_of_a_url_a_whole_archive_search_lists_mark_the_imported_one(store, template):
    _, _, captured, imported = template
    proc = run_cli("verify-quote", QUOTE, store=store)
    versions = proc.stdout.split("versions:", 1)[1].splitlines()
    assert "IMPORTED" in next(line for line in versions if imported in line), proc.stdout
    assert "IMPORTED" not in next(line for line in versions if captured in line)


def test_check_marks_a_quotation_verified_only_by_an_imported_copy(store, template, tmp_path):
    _, url, _, imported = template
    paper = tmp_path / "paper.md"
    paper.write_text(f'The board, "{QUOTE}" ([source]({url})).\n', encoding="utf-8")
    proc = run_cli("check", str(paper), "--as-of", "2019-06-10", store=store)
    assert imported in proc.stdout and "IMPORTED" in proc.stdout, proc.stdout  # (the table's one row)
    [quote] = json.loads(run_cli("check", str(paper), "--as-of", "2019-06-10", "--json", store=store).stdout)["quotes"]
    assert (quote["capture"], quote["imported"], quote["checks"][0]["imported"]) == (imported, True, True)
    report = tmp_path / "report.html"
    run_cli("check", str(paper), "--as-of", "2019-06-10", "--report", str(report), store=store)
    assert "IMPORTED" in report.read_text(encoding="utf-8")
