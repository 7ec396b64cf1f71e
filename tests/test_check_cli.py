"""``archiver check MANUSCRIPT`` end to end: manuscripts citing pages served from 127.0.0.1,
a real store, the real CLI (in-process, tests/cli.py); every verification logged like verify-quote's."""

from __future__ import annotations

import html
import json
import zipfile
from pathlib import Path

import pytest
from check_docs import DocxBuilder
from conftest import DATA, run_cli
from servers import Site, response


def page(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"</head><body><article><h1>{html.escape(title)}</h1>{body}</article></body></html>").encode()


PAGES = {
    "/budget": page("Council passes budget", [
        "The council approved a budget of $12 million on Tuesday by seven votes to two.",
        "“We will not close a single library,” said the mayor, Anna Kowalski.",
        "Opponents said the plan would not fund road repairs before 2027."]),
    "/harbour": page("Harbour report", [
        "The harbour handled 41,000 containers in March, the port authority said.",
        "Dock workers did not strike, and the night shift continued as planned."]),
    "/interview": page("Interview", [
        "« Nous ne reculerons pas ; la sécheresse de cet été a montré l’urgence », a déclaré la ministre.",
        "Elle a ajouté que le plan serait présenté en septembre."]),
    "/hafen": page("Hafen", [
        "„Der Hafen bleibt auch im Winter geöffnet“, sagte der Sprecher am Montag.",
        "Die Arbeiter streikten nicht."]),
    "/later": page("Not archived yet", ["The museum will open on Sundays from next spring onwards."]),
    "/changing": page("Changing", ["The river rose by two metres overnight, officials said."]),
}
ARCHIVED = ["/budget", "/harbour", "/interview", "/hafen", "/gone"]


@pytest.fixture(scope="module")
def site():
    s = Site()
    s.pages = dict(PAGES)  # type: ignore[attr-defined]
    for path in PAGES:
        s.routes[path] = (lambda p: lambda h: response(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], s.pages[p]))(path)
    s.routes["/gone"] = lambda h: response("404 Not Found", [("Content-Type", "text/html")],
                                           b"<html><body><p>Page not found.</p></body></html>")
    yield s
    s.close()


@pytest.fixture(scope="module")
def shared(site, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """One store with the cited pages archived, for tests that only add verifications to it."""
    root = tmp_path_factory.mktemp("check-shared")
    env = {"ARCHIVER_KEY_DIR": str(root / "keys")}
    store = root / "store"
    proc = run_cli("archive", *(site.url(p) for p in ARCHIVED), store=store, env=env)
    assert proc.returncode == 0, proc.stderr
    return {"store": store, "env": env, "base": site.url("").rstrip("/")}


def manuscript(tmp_path: Path, base: str, template: str = "paper.md", text: str | None = None,
               name: str = "m.md") -> Path:
    """A manuscript from ``tests/data/manuscripts/`` (or ``text``) with ``{base}`` pointing at the site."""
    src = text if text is not None else (DATA / "manuscripts" / template).read_text(encoding="utf-8")
    path = tmp_path / (template if text is None else name)
    path.write_text(src.replace("{base}", base), encoding="utf-8")
    return path


def check(shared: dict, *args: str):
    return run_cli("check", *map(str, args), store=shared["store"], env=shared["env"])


def log_entries(store: Path, kind: str) -> list[dict]:
    lines = (store / "provenance" / "log.jsonl").read_text(encoding="utf-8").splitlines()
    return [e for e in map(json.loads, lines) if e["type"] == kind]


def test_each_quotation_gets_its_status_and_the_run_exits_1(shared, tmp_path):
    path = manuscript(tmp_path, shared["base"])
    proc = check(shared, path, "--json")
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    assert [(q["number"], q["status"]) for q in doc["quotes"]] == [
        (1, "exact"),               # link right after the quotation
        (2, "altered"),             # $15 million: the source says $12 million
        (3, "normalized"),          # footnote citing two sources, the first holds it
        (4, "unattributed"),        # no link, note or reference: never guessed
        (5, "exact"),               # French typography, bare URL in the sentence
        (6, "exact"),               # German typography
        (7, "source_unavailable"),  # the cited page was archived as a 404
        (8, "exact"),               # Markdown block quote, attribution line kept out
    ]
    assert doc["summary"] == {"quotes": 8, "exact": 4, "normalized": 1, "approximate": 0, "altered": 1,
                              "not_found": 0, "unattributed": 1, "not_archived": 0,
                              "source_unavailable": 1, "evidence_altered": 0, "evidence_missing": 0,
                              "not_checked": 0, "skipped_scare_quotes": 2}
    altered = doc["quotes"][1]
    assert [(d["quote"], d["source"]) for d in altered["differences"] if d["material"]] == [("15", "12")]
    assert doc["quotes"][2]["cited_urls"] == [f"{shared['base']}/harbour", f"{shared['base']}/budget"]


def test_every_check_is_a_logged_quote_verification(shared, tmp_path):
    path = manuscript(tmp_path, shared["base"])
    doc = json.loads(check(shared, path, "--json").stdout)
    logged = {e["seq"]: e for e in log_entries(shared["store"], "quote_verification")}
    checks = [c for q in doc["quotes"] for c in q["checks"]]
    assert len(checks) == 8  # quotation 3 against both sources of its footnote
    for c in checks:
        entry = logged[c["log_seq"]]
        assert entry["data"]["capture_id"] == c["capture"]
        assert entry["data"]["verdict"] == c["verdict"]


def test_a_manuscript_whose_quotations_all_verify_exits_0(shared, tmp_path):
    text = ("The mayor said “We will not close a single library” ([Valley Times]({base}/budget)).\n\n"
            "> Dock workers did not strike, and the night shift continued as planned.\n>\n"
            "> — [Coastal Post]({base}/harbour)\n")
    proc = check(shared, manuscript(tmp_path, shared["base"], text=text))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "2 quote(s), 2 exact; 0 scare quote(s) skipped" in proc.stdout


def test_an_unattributed_quotation_is_reported_but_does_not_fail_the_run(shared, tmp_path):
    text = ("The mayor said “We will not close a single library” ([Valley Times]({base}/budget)).\n\n"
            "Someone once wrote that “the harbour never sleeps, whatever the season may bring”.\n")
    proc = check(shared, manuscript(tmp_path, shared["base"], text=text), "--json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    statuses = sorted(q["status"] for q in json.loads(proc.stdout)["quotes"])
    assert statuses == ["exact", "unattributed"]


def test_a_cited_url_without_capture_is_not_archived_and_not_fetched(shared, site, tmp_path):
    text = "The museum said “it will open on Sundays from next spring onwards” ({base}/later).\n"
    before = len(site.requests)
    proc = check(shared, manuscript(tmp_path, shared["base"], text=text), "--json")
    assert proc.returncode == 1
    [q] = json.loads(proc.stdout)["quotes"]
    assert (q["status"], q["capture"]) == ("not_archived", None)
    assert "--archive-missing" in q["message"]
    assert len(site.requests) == before


def test_archive_missing_captures_cited_urls_first_and_logs_failures(site, store, tmp_path):
    dead = "http://127.0.0.1:9/nothing-listens-here"
    text = ("The museum said it “will open on Sundays from next spring onwards” ({base}/later). "
            f"A blogger wrote “the museum will never open again” ({dead}).\n")
    proc = run_cli("check", str(manuscript(tmp_path, site.url("").rstrip("/"), text=text)),
                   "--archive-missing", "--json", store=store)
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    assert [(q["status"], q["captured_now"]) for q in doc["quotes"]] == [("exact", True),
                                                                          ("source_unavailable", False)]
    assert "capture failed" in doc["quotes"][1]["message"]
    assert [e["data"]["url"] for e in log_entries(store, "capture_failed")] == [dead]
    assert len(log_entries(store, "capture")) == 1
    assert len(log_entries(store, "quote_verification")) == 1


def test_as_of_verifies_against_the_capture_made_by_that_date(site, store, tmp_path):
    url = site.url("/changing")
    first = run_cli("archive", url, "--json", store=store)
    assert first.returncode == 0, first.stderr
    first_time = json.loads(first.stdout)["capture_time"]
    site.pages["/changing"] = page("Changing", ["The river rose by three metres overnight, officials said."])
    try:
        assert run_cli("archive", url, store=store).returncode == 0
    finally:
        site.pages["/changing"] = PAGES["/changing"]
    text = f"Officials said “the river rose by two metres overnight” ({url}).\n"
    path = manuscript(tmp_path, "", text=text)
    newest = run_cli("check", str(path), "--json", store=store)
    [q] = json.loads(newest.stdout)["quotes"]
    assert q["status"] == "altered"
    assert [v["verdict"] for v in q["versions"]] == ["altered", "normalized"]  # the page changed
    table = run_cli("check", str(path), store=store)
    assert "the page changed" in table.stdout
    then = run_cli("check", str(path), "--as-of", first_time, "--json", store=store)
    assert then.returncode == 0, then.stderr
    assert json.loads(then.stdout)["quotes"][0]["status"] == "normalized"  # "The river": capital T


def test_docx_manuscript_with_footnotes_and_hyperlinks(shared, tmp_path):
    base = shared["base"]
    b = DocxBuilder()
    b.paragraph("The mayor said “We will not close a single library,” according to ",
                ("link", "the Valley Times", f"{base}/budget"), ".")
    b.paragraph("The port said “The harbour handled 41,000 containers in March.”", ("footnote", 1))
    b.paragraph("Dock workers did not strike, and the night shift continued as planned.", style="Quote")
    b.paragraph("— Coastal Post, ", ("link", "Harbour report", f"{base}/harbour"))
    b.footnote(1, ("Coastal Post, ", None), ("Harbour report", f"{base}/harbour"))
    proc = check(shared, b.save(tmp_path / "paper.docx"), "--json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    doc = json.loads(proc.stdout)
    assert [(q["cited_via"], q["status"]) for q in doc["quotes"]] == [
        ("link", "exact"), ("footnote 1", "normalized"), ("link after the block quote", "exact")]


def test_html_report_is_one_self_contained_escaped_file(shared, tmp_path):
    text = ("He wrote “<script>alert('x')</script> is how the page began” and "
            "the mayor said “We will not close a single library” ({base}/budget).\n")
    report = tmp_path / "report.html"
    proc = check(shared, manuscript(tmp_path, shared["base"], text=text, name="m.txt"), "--report", report)
    assert proc.returncode == 0  # one exact, one unattributed (reported, not failed)
    doc = report.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in doc
    assert "<script" not in doc and "<link" not in doc and " src=" not in doc
    assert "unattributed" in doc and "exact" in doc and "@media print" in doc


def test_csv_has_one_row_per_quotation(shared, tmp_path):
    import csv
    import io

    proc = check(shared, manuscript(tmp_path, shared["base"]), "--csv")
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert [r["status"] for r in rows][:2] == ["exact", "altered"]
    assert len(rows) == 8 and rows[1]["differences"] == "number: quote '15' / source '12'"


def test_receipts_are_written_per_attributed_quotation(shared, tmp_path):
    text = "The mayor said “We will not close a single library” ({base}/budget).\n"
    folder = tmp_path / "receipts"
    folder.mkdir()
    proc = check(shared, manuscript(tmp_path, shared["base"], text=text), "--receipts", folder, "--json")
    assert proc.returncode == 0, proc.stderr
    [q] = json.loads(proc.stdout)["quotes"]
    assert q["receipt"] == str(folder / "quote-001.zip")
    with zipfile.ZipFile(q["receipt"]) as z:
        assert "citation.txt" in z.namelist() and "quote.tlog-proof" in z.namelist()


@pytest.mark.parametrize(("name", "content"), [("paper.rtf", b"{\\rtf1 hi}"),
                                               ("paper.docx", b"not a zip"),
                                               ("paper.md", b"caf\xe9")])
def test_bad_manuscript_exits_2_and_logs_nothing(shared, tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    log = (shared["store"] / "provenance" / "log.jsonl").read_bytes()
    proc = check(shared, path)
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1
    assert "Traceback" not in proc.stderr
    assert (shared["store"] / "provenance" / "log.jsonl").read_bytes() == log


def test_library_api_checks_a_manuscript_from_python(shared, tmp_path, monkeypatch):
    from archiver.archive import Archive
    from archiver.manuscript import check_manuscript

    monkeypatch.setenv("ARCHIVER_KEY_DIR", shared["env"]["ARCHIVER_KEY_DIR"])
    text = "The mayor said “We will not close a single library” ({base}/budget).\n"
    with Archive.open(shared["store"], mode="write") as archive:
        report = check_manuscript(archive, manuscript(tmp_path, shared["base"], text=text))
    assert report.exit_code == 0
    assert [q.status for q in report.quotes] == ["exact"]


@pytest.mark.parametrize(("args", "needle"), [
    (("--as-of", "last tuesday"), "--as-of"),
    (("--report", "{manuscript}"), "manuscript itself"),
    (("--receipts", "{missing}"), "no such folder"),
    (("--json", "--csv"), "not both"),
])
def test_bad_options_exit_2_and_change_nothing(shared, tmp_path, args, needle):
    text = "The mayor said “We will not close a single library” ({base}/budget).\n"
    path = manuscript(tmp_path, shared["base"], text=text)
    before = path.read_bytes()
    log = (shared["store"] / "provenance" / "log.jsonl").read_bytes()
    args = tuple(a.format(manuscript=path, missing=tmp_path / "nope") for a in args)
    proc = check(shared, path, *args)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert needle in proc.stderr and "Traceback" not in proc.stderr
    assert path.read_bytes() == before
    assert (shared["store"] / "provenance" / "log.jsonl").read_bytes() == log


def test_the_table_prints_a_quotes_brackets_as_the_manuscript_writes_them(shared, tmp_path):
    # before: the table read "[w]e" and "[sic]" as rich markup: "e will not close..." was printed
    text = "The mayor said “[w]e will not close a single library [sic]” ([Valley Times]({base}/budget)).\n"
    proc = check(shared, manuscript(tmp_path, shared["base"], text=text))
    assert "[w]e will not close a single library [sic]" in " ".join(proc.stdout.split()), proc.stdout
