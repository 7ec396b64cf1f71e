"""Other tools' archives come in without loss: browsertrix WACZ, Wayback revisits, resource records.

Every page is a capture (one per record, never merged by URL), quotes are found in each, a
revisit reads the bytes of the record it refers to and says it is a revisit, and
``verify-bundle`` on a bundle that is not ours says plainly what it could and could not check.
Fixtures: tests/data/import/make_fixtures.py.
"""

from __future__ import annotations

import importlib.util
import io
import json
import zipfile
from pathlib import Path

import pytest
from conftest import DATA, run_cli
from pywacz import wacz_create

FIX = DATA / "import"
BROWSERTRIX = FIX / "browsertrix-3-pages.wacz"
WAYBACK = FIX / "wayback-revisits.warc.gz"
RESOURCES = FIX / "resource-records.warc.gz"


def _fixtures_module():
    spec = importlib.util.spec_from_file_location("make_fixtures", FIX / "make_fixtures.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


MF = _fixtures_module()


class Store:
    """One store (and its own key folder) shared by the read-only tests of this module."""

    def __init__(self, root: Path) -> None:
        self.path = root / "store"
        self.env = {"ARCHIVER_KEY_DIR": str(root / "keys")}
        self.imports: dict[str, dict] = {}

    def cli(self, *args: str):
        return run_cli(*args, store=self.path, env=self.env)

    def json(self, *args: str, ok: tuple[int, ...] = (0,)):
        proc = self.cli(*args, "--json")
        assert proc.returncode in ok, proc.stdout + proc.stderr
        return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Store:
    s = Store(tmp_path_factory.mktemp("foreign"))
    s.imports["browsertrix"] = s.json("import", str(BROWSERTRIX))
    s.imports["wayback"] = s.json("import", str(WAYBACK))  # one revisit cannot be resolved: a warning, exit 0
    s.imports["resource"] = s.json("import", str(RESOURCES))
    return s


def _by_url(doc: dict) -> list[tuple[str, str]]:
    return [(c["url"], c["capture_time"][:19]) for c in doc["captures"]]


def _quote(s: Store, capture_id: str, quote: str) -> dict:
    return s.json("verify-quote", quote, "--capture", capture_id)


# ------------------------------------------------------------------ browsertrix WACZ

def test_each_page_of_a_browsertrix_wacz_is_one_capture(imported):
    doc = imported.imports["browsertrix"]
    assert [u for u, _ in _by_url(doc)] == [u for u, _, _ in MF.BT_PAGES]
    assert doc["skipped_responses"] == 1 and doc["warnings"] == []  # the logo is kept, not extracted


def test_a_quote_is_found_in_every_page_of_a_browsertrix_wacz(imported):
    for cap, (_, _, sentence) in zip(imported.imports["browsertrix"]["captures"], MF.BT_PAGES, strict=True):
        result = _quote(imported, cap["capture_id"], sentence)
        assert result["verdict"] == "exact", result


def test_browsertrix_pageinfo_and_text_records_are_kept_in_the_store_but_are_not_pages(imported):
    listed = imported.json("list")
    assert not any(c["url"].startswith("urn:") for c in listed)
    [name] = imported.imports["browsertrix"]["warcs"]
    raw = (imported.path / name).read_bytes()
    with zipfile.ZipFile(BROWSERTRIX) as z:
        assert raw == z.read("archive/data.warc.gz")  # byte for byte, urn: records included


def test_a_page_listed_in_pages_jsonl_without_a_record_is_reported_at_import(store, tmp_path):
    wacz = tmp_path / "missing-page.wacz"
    with zipfile.ZipFile(BROWSERTRIX) as src, zipfile.ZipFile(wacz, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "pages/pages.jsonl":
                data += json.dumps({"id": "x", "url": "https://city.example/lost", "ts": "2024-05-06T07:08:09Z"}).encode() + b"\n"
            dst.writestr(info, data)
    proc = run_cli("import", str(wacz), "--json", store=store)
    assert proc.returncode == 1, proc.stderr  # the edited pages.jsonl no longer has its stated sha256: a problem
    assert "problem: pages/pages.jsonl does not match its sha256" in proc.stderr
    # the page it lists without a record is a warning, as verify-bundle's (task cap59)
    assert "warning: pages/pages.jsonl lists https://city.example/lost" in proc.stderr
    assert len(json.loads(proc.stdout)["captures"]) == 3


# ------------------------------------------------------------------ Wayback revisits

def test_every_response_and_resolvable_revisit_of_a_wayback_warc_is_its_own_capture(imported):
    doc = imported.imports["wayback"]
    assert _by_url(doc) == [
        ("https://news.example/story", "2024-03-01T10:00:01"), ("https://news.example/other", "2024-03-01T10:00:02"),
        ("https://news.example/story", "2024-03-02T10:00:01"), ("https://news.example/other", "2024-03-02T10:00:02"),
        ("https://news.example/story", "2024-03-03T10:00:01")]
    assert len({c["capture_id"] for c in doc["captures"]}) == 5  # nothing merged by URL


def test_a_revisit_capture_says_which_earlier_record_holds_its_bytes(imported):
    caps = imported.imports["wayback"]["captures"]
    assert [c["revisit_of"] for c in caps] == [None, None, MF_rid(2, 10), MF_rid(2, 11), None]
    shown = imported.json("show", caps[2]["capture_id"])
    assert shown["revisit_of"]["record_id"] == MF_rid(2, 10)
    assert shown["revisit_of"]["profile"].endswith("/revisit/identical-payload-digest")
    assert shown["payload_digest"] == imported.json("show", caps[0]["capture_id"])["payload_digest"]
    assert shown["truncated"] is False  # WARC-Truncated on a revisit is not a truncated page
    assert "REVISIT" in imported.cli("show", caps[2]["capture_id"]).stdout


def MF_rid(ns: int, n: int) -> str:  # noqa: N802 - mirrors make_fixtures._rid
    return f"<urn:uuid:00000000-0000-4000-8{ns:03d}-{n:012d}>"


def test_a_quote_is_found_in_a_revisit_capture_from_the_bytes_it_refers_to(imported):
    caps = imported.imports["wayback"]["captures"]
    assert _quote(imported, caps[2]["capture_id"], MF.REVISIT_A[2])["verdict"] == "exact"
    assert _quote(imported, caps[3]["capture_id"], MF.REVISIT_B[2])["verdict"] == "exact"  # no WARC-Refers-To


def test_a_changed_page_at_the_same_url_keeps_its_own_text(imported):
    later = imported.imports["wayback"]["captures"][4]
    assert _quote(imported, later["capture_id"], MF.REVISIT_A2[2])["verdict"] == "exact"
    proc = imported.cli("verify-quote", MF.REVISIT_A[2], "--capture", later["capture_id"], "--json")
    assert json.loads(proc.stdout)["verdict"] != "exact"


def test_a_revisit_whose_original_is_not_in_the_file_is_kept_and_reported(imported):
    doc = imported.imports["wayback"]
    [warning] = doc["warnings"]
    assert "https://news.example/gone" in warning and "not a capture" in warning
    [name] = doc["warcs"]
    assert (imported.path / name).read_bytes() == WAYBACK.read_bytes()


def test_a_revisit_whose_payload_digest_differs_from_the_record_it_names_is_not_resolved(store, tmp_path):
    path = tmp_path / "bad-revisit.warc.gz"
    out = io.BytesIO()
    w = MF._writer(out, "WARC/1.0")
    MF._NS["id"] = 9
    body = MF.page(*MF.REVISIT_A[1:])
    MF._record(w, "response", MF.REVISIT_A[0], MF._http("200 OK", "text/html", body),
               "application/http; msgtype=response", [("WARC-Record-ID", MF._rid(1)), ("WARC-Date", "2024-03-01T10:00:01Z")],
               digest=MF._sha1, payload=body)
    other = MF.page("Other", "Some other text entirely, which the revisit claims.")
    MF._record(w, "revisit", MF.REVISIT_A[0], b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n",
               "application/http; msgtype=response",
               [("WARC-Record-ID", MF._rid(2)), ("WARC-Date", "2024-03-02T10:00:01Z"), ("WARC-Refers-To", MF._rid(1)),
                ("WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest")],
               digest=MF._sha1, payload=other)
    path.write_bytes(out.getvalue())
    proc = run_cli("import", str(path), "--json", store=store)
    assert proc.returncode == 1 and "problem: " in proc.stderr and "does not have" in proc.stderr
    assert [c["revisit_of"] for c in json.loads(proc.stdout)["captures"]] == [None]


def test_reindex_serves_revisit_captures_with_their_payload_and_text(imported):
    before = {c["capture_id"]: c for c in imported.json("list")}
    assert imported.cli("reindex").returncode == 0
    after = {c["capture_id"]: c for c in imported.json("list")}
    assert after == before
    rev = imported.imports["wayback"]["captures"][2]["capture_id"]
    shown = imported.json("show", rev)
    assert shown["revisit_of"]["record_id"] == MF_rid(2, 10) and shown["evidence"] == "present"
    assert _quote(imported, rev, MF.REVISIT_A[2])["verdict"] == "exact"


def test_deep_log_verify_re_extracts_revisit_and_resource_captures(imported):
    proc = imported.cli("log", "verify", "--deep")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_an_exported_revisit_capture_carries_the_bytes_it_refers_to_and_verifies(imported, tmp_path):
    rev = imported.imports["wayback"]["captures"][2]["capture_id"]
    bundle = tmp_path / "revisit.wacz"
    proc = imported.cli("export", rev, "-o", str(bundle))
    assert proc.returncode == 0, proc.stderr
    report = json.loads(imported.cli("verify-bundle", str(bundle), "--json").stdout)
    assert report["verdict"] == "verified", report["problems"]
    assert report["extractions_checked"] == 1
    assert any("revisit record" in s and MF_rid(2, 10) in s for s in report["proven"])


def test_one_capture_of_a_multi_page_import_exports_and_verifies_alone(imported, tmp_path):
    one = imported.imports["browsertrix"]["captures"][1]["capture_id"]
    bundle = tmp_path / "one.wacz"
    assert imported.cli("export", one, "-o", str(bundle)).returncode == 0
    proc = imported.cli("verify-bundle", str(bundle), "--json")
    report = json.loads(proc.stdout)
    assert proc.returncode == 0 and [c["capture_id"] for c in report["captures"]] == [one], report["problems"]


# ------------------------------------------------------------------ resource records

def test_resource_records_with_web_addresses_are_captures_and_urn_ones_are_not(imported):
    doc = imported.imports["resource"]
    assert [u for u, _ in _by_url(doc)] == [u for u, _, _ in MF.RESOURCE_PAGES]
    assert [c["status"] for c in doc["captures"]] == [None, None]  # no HTTP: no status to claim


def test_a_quote_is_found_in_an_imported_resource_record(imported):
    for cap, (_, _, sentence) in zip(imported.imports["resource"]["captures"], MF.RESOURCE_PAGES, strict=True):
        assert _quote(imported, cap["capture_id"], sentence)["verdict"] == "exact"


# ------------------------------------------------------------------ verify-bundle on others' bundles

def test_verify_bundle_on_a_browsertrix_wacz_says_it_is_not_ours_and_exits_3(store):
    proc = run_cli("verify-bundle", str(BROWSERTRIX), "--json", store=store)
    report = json.loads(proc.stdout)
    assert proc.returncode == 3, proc.stdout
    assert report["verdict"] == "foreign" and report["foreign"] and report["problems"] == []
    assert report["files_checked"] == 3 and report["records_checked"] == 14
    assert "no provenance log" in report["not_proven"][0] and "Browsertrix-Crawler" in report["not_proven"][0]
    assert any("no key vouches" in s for s in report["not_proven"])
    assert any("3 pages in pages/pages.jsonl" in s for s in report["proven"])


def test_verify_bundle_on_a_foreign_wacz_says_so_in_its_heading(store):
    proc = run_cli("verify-bundle", str(BROWSERTRIX), store=store)
    assert proc.returncode == 3
    assert proc.stdout.startswith("NOT AN ARCHIVER BUNDLE") and "Traceback" not in proc.stderr


def test_verify_bundle_finds_an_altered_file_in_a_foreign_wacz(store, tmp_path):
    altered = tmp_path / "altered.wacz"
    with zipfile.ZipFile(BROWSERTRIX) as src, zipfile.ZipFile(altered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "pages/pages.jsonl":
                data = data.replace(b"keep the winter ferry", b"stop the winter ferry")
            dst.writestr(info, data)
    proc = run_cli("verify-bundle", str(altered), "--json", store=store)
    report = json.loads(proc.stdout)
    assert proc.returncode == 1 and report["verdict"] == "failed"
    assert any(p["file"] == "pages/pages.jsonl" for p in report["problems"])


def test_verify_bundle_on_a_wacz_create_bundle_explains_what_it_could_check(store, tmp_path):
    import shutil

    warc = tmp_path / "pages.warc"
    shutil.copyfile(FIX / "wget-3-pages.warc", warc)
    wacz = tmp_path / "pages.wacz"
    wacz_create(wacz, warc)
    proc = run_cli("verify-bundle", str(wacz), "--json", store=store)
    report = json.loads(proc.stdout)
    assert proc.returncode == 3 and report["verdict"] == "foreign", report["problems"]
    assert report["records_checked"] > 3 and report["files_checked"] >= 2
    assert "no provenance log" in report["not_proven"][0]
