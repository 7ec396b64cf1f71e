"""``archiver verify-quote`` end to end: real pages on 127.0.0.1, archived with the real CLI,
then verified through the CLI, in-process (exit codes, human and JSON output, the log)."""

from __future__ import annotations

import html
import json
import time
import zipfile
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, response

REQUIRED_KEYS = ("verdict", "capture", "url", "paragraph", "start", "end", "parts", "context",
                 "differences", "normalizations", "text_sha256", "selectors", "log_seq",
                 "captured_at", "outlet", "author", "versions", "where", "receipt", "citation", "row")


def page(title: str, paragraphs: list[str], *, author: str, outlet: str, footer: str = "") -> bytes:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<meta name='author' content='{html.escape(author)}'>"
            f"<meta property='og:site_name' content='{html.escape(outlet)}'></head><body>"
            f"<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
            f"<article><h1>{html.escape(title)}</h1><p class='byline'>{html.escape(author)}</p>{body}</article>"
            f"<footer><p>{html.escape(footer)}</p></footer></body></html>").encode()


def budget(figure: str) -> bytes:
    return page("Council passes budget", [
        f"The council approved a budget of {figure} on Tuesday by seven votes to two.",
        "“We will not close a single library,” said the mayor, Anna Kowalski.",
        "Opponents said the plan would not fund road repairs before 2027.",
    ], author="Jon Reed", outlet="Valley Times",
        footer="Disclaimer: Valley Times is not responsible for the content of external sites.")


HARBOUR = page("Harbour report", [
    "The harbour handled 41,000 containers in March, the port authority said.",
    "Dock workers did not strike, and the night shift continued as planned.",
], author="Ines Alvarez", outlet="Coastal Post")

INTERVIEW = page("Interview with the minister", [
    "“Nous ne reculerons pas ; la sécheresse de cet été a montré l’urgence”, a déclaré la ministre.",
    "Elle a ajouté que le plan serait présenté en septembre.",
], author="Claire Martin", outlet="Le Quotidien")


@pytest.fixture
def site():
    s = Site()
    s.pages = {"/budget": budget("$12 million"), "/harbour": HARBOUR, "/interview": INTERVIEW}  # type: ignore[attr-defined]
    for path in list(s.pages):
        s.routes[path] = (lambda p: lambda h: response(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], s.pages[p]))(path)
    yield s
    s.close()


def archive(store: Path, *urls: str) -> list[dict]:
    """One capture document per URL (``archive --json`` prints one object for one URL)."""
    proc = run_cli("archive", *urls, "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    return doc if len(urls) > 1 else [doc]


@pytest.fixture
def budget_capture(store, site) -> dict:
    return archive(store, site.url("/budget"))[0]


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory):
    """One store with the three pages archived, for tests that only add quote entries to it
    (they find their own entry by its seq). Keeps the suite fast: archiving is the costly step."""
    s = Site()
    pages = {"/budget": budget("$12 million"), "/harbour": HARBOUR, "/interview": INTERVIEW}
    for path, body in pages.items():
        s.routes[path] = (lambda b: lambda h: response(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], b))(body)
    root = tmp_path_factory.mktemp("shared")
    env = {"ARCHIVER_KEY_DIR": str(root / "keys")}
    store = root / "store"
    proc = run_cli("archive", *(s.url(p) for p in pages), "--json", store=store, env=env)
    s.close()
    assert proc.returncode == 0, proc.stderr
    caps = {c["url"].rsplit("/", 1)[1]: c for c in json.loads(proc.stdout)}
    return {"store": store, "env": env, **caps}


def vq(store: Path, *args: str, **kw):
    return run_cli("verify-quote", *args, store=store, **kw)


def svq(shared: dict, *args: str, **kw):
    return run_cli("verify-quote", *args, store=shared["store"], env=shared["env"], **kw)


def quote_entries(store: Path) -> list[dict]:
    """The quote_verification entries, read from the log file itself."""
    lines = (store / "provenance" / "log.jsonl").read_text(encoding="utf-8").splitlines()
    return [e for e in map(json.loads, lines) if e["type"] == "quote_verification"]


def entry(store: Path, seq: int) -> dict:
    [found] = [e for e in quote_entries(store) if e["seq"] == seq]
    return found


# --------------------------------------------------------------------------- verdicts and exit codes


@pytest.mark.parametrize(("quote", "verdict", "code"), [
    ("The council approved a budget of $12 million on Tuesday", "exact", 0),
    ("\"we will not close a single library,\" said the mayor", "normalized", 0),
    ("Opponents said the plan would not fund raod repairs before 2027.", "approximate", 1),
    ("Opponents said the plan would fund road repairs before 2027.", "altered", 1),
    ("The council approved a budget of $21 million on Tuesday", "altered", 1),
    ("The zoo will open a new penguin enclosure next spring.", "not_found", 1),
])
def test_each_verdict_has_its_exit_code_and_is_logged(shared, quote, verdict, code):
    cap = shared["budget"]
    proc = svq(shared, quote, "--capture", cap["capture_id"], "--json")
    assert proc.returncode == code, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["verdict"] == verdict
    for key in REQUIRED_KEYS:
        assert key in doc, key
    logged = entry(shared["store"], doc["log_seq"])
    assert logged["data"]["verdict"] == verdict and logged["data"]["quote"] == quote
    assert logged["data"]["capture_id"] == cap["capture_id"]
    assert logged["data"]["capture_seq"] == cap["log_seq"]


def test_human_output_shows_verdict_source_highlighted_passage_and_differences(shared):
    budget_capture = shared["budget"]
    proc = svq(shared, "The council approved a budget of $21 million on Tuesday")
    assert proc.returncode == 1
    out = proc.stdout
    assert out.startswith("verdict: altered")
    assert budget_capture["capture_id"] in out and budget_capture["url"] in out
    assert "Valley Times" in out and "Jon Reed" in out and "captured 20" in out
    assert "⟦The council approved a budget of $12 million on Tuesday⟧" in out  # piped: plain markers
    assert "'21'" in out and "'12'" in out and "material" in out
    assert "\x1b[" not in out and proc.stderr == ""


def test_quote_only_in_the_page_footer_is_said_plainly(shared):
    proc = svq(shared, "Valley Times is not responsible for the content of external sites")
    assert "OUTSIDE the article body" in proc.stdout
    proc = svq(shared, "Valley Times is not responsible for the content of external sites", "--json")
    doc = json.loads(proc.stdout)
    assert doc["where"] == "page_text" and doc["only_outside_article"] is True


def test_offsets_and_selectors_anchor_in_the_archived_text(shared):
    budget_capture = shared["budget"]
    proc = svq(shared, "“We will not close a single library,” said the mayor", "--capture",
               budget_capture["capture_id"][:10], "--json")
    doc = json.loads(proc.stdout)
    shown = json.loads(run_cli("show", budget_capture["capture_id"], "--json", store=shared["store"]).stdout)
    text = shown["article"]["text"]
    assert text[doc["start"]:doc["end"]] == doc["selectors"][0]["exact"]
    assert doc["selectors"][1] == {"type": "TextPositionSelector", "start": doc["start"], "end": doc["end"]}
    assert text[doc["start"] - len(doc["selectors"][0]["prefix"]):doc["start"]] == doc["selectors"][0]["prefix"]
    assert doc["text_sha256"] == shown["article"]["text_sha256"]


# --------------------------------------------------------------------------- choosing the capture


def test_url_with_an_edited_article_shows_both_captures(store, site):
    url = site.url("/budget")
    [old] = archive(store, url)
    site.pages["/budget"] = budget("$14 million")
    [new] = archive(store, url)
    proc = vq(store, "The council approved a budget of $12 million on Tuesday", "--url", url, "--json")
    assert proc.returncode == 1  # the newest capture decides
    doc = json.loads(proc.stdout)
    assert doc["capture"] == new["capture_id"] and doc["verdict"] == "altered"
    assert [(v["capture"], v["verdict"]) for v in doc["versions"]] == [
        (new["capture_id"], "altered"), (old["capture_id"], "exact")]
    assert len(quote_entries(store)) == 2
    human = vq(store, "The council approved a budget of $12 million on Tuesday", "--url", url).stdout
    assert "different verdicts" in human and old["capture_id"] in human and new["capture_id"] in human


def test_as_of_picks_the_capture_at_or_before_it(store, site):
    url = site.url("/budget")
    [old] = archive(store, url)
    time.sleep(0.01)
    site.pages["/budget"] = budget("$14 million")
    archive(store, url)
    proc = vq(store, "The council approved a budget of $12 million on Tuesday", "--url", url,
              "--as-of", old["capture_time"], "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["capture"] == old["capture_id"]
    proc = vq(store, "The council approved a budget", "--url", url, "--as-of", "2001-01-01")
    assert proc.returncode == 2 and "at or before 2001-01-01" in proc.stderr


def test_whole_archive_search_finds_the_right_capture_among_several(shared):
    caps = shared
    proc = svq(shared, "Dock workers did not strike, and the night shift continued as planned.", "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["capture"] == caps["harbour"]["capture_id"] and doc["scope"] == "archive"
    proc = svq(shared, "« Nous ne reculerons pas; la sécheresse de cet été a montré l'urgence »", "--json")
    doc = json.loads(proc.stdout)
    assert doc["capture"] == caps["interview"]["capture_id"] and doc["verdict"] == "normalized"
    assert proc.returncode == 0


def test_text_file_needs_no_store_and_is_not_logged(tmp_path, store):
    src = tmp_path / "source.txt"
    src.write_text("First paragraph.\n\nThe minister said the plan was “not negotiable”.\n", encoding="utf-8")
    proc = vq(store, "the plan was \"not negotiable\"", "--text-file", str(src), "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["log_seq"] is None and doc["capture"] is None and doc["paragraph"] == 1
    assert src.read_text(encoding="utf-8")[doc["start"]:doc["end"]] == doc["selectors"][0]["exact"]
    assert not store.exists()
    proc = vq(store, "the plan was negotiable", "--text-file", str(src))
    assert proc.returncode == 1 and "verdict: altered" in proc.stdout


def test_quote_file_and_stdin(shared, tmp_path):
    qf = tmp_path / "q.txt"
    qf.write_text("Opponents said the plan would not fund road repairs before 2027.\n", encoding="utf-8")
    assert svq(shared, "--quote-file", str(qf), "--capture", shared["budget"]["capture_id"]).returncode == 0
    proc = svq(shared, "--quote-file", "-", "--json", input="We will not close a single library\n")
    assert proc.returncode == 0 and json.loads(proc.stdout)["quote"] == "We will not close a single library"


# --------------------------------------------------------------------------- batches


def test_batch_csv_json_array_and_exit_1_when_any_quote_fails(store, site, tmp_path):
    caps = archive(store, site.url("/budget"), site.url("/harbour"))
    batch = tmp_path / "quotes.csv"
    batch.write_text(
        "quote,url,capture\n"
        f"\"The council approved a budget of $12 million on Tuesday\",{site.url('/budget')},\n"
        f"\"The harbour handled 14,000 containers in March\",,{caps[1]['capture_id']}\n"
        "\"Dock workers did not strike\",,\n", encoding="utf-8")
    proc = vq(store, "--batch", str(batch), "--json")
    assert proc.returncode == 1, proc.stderr
    docs = json.loads(proc.stdout)
    assert [(d["row"], d["verdict"]) for d in docs] == [(1, "exact"), (2, "altered"), (3, "exact")]
    assert docs[2]["capture"] == caps[1]["capture_id"]
    assert "3 quote(s): 2 verified, 1 not verified" in proc.stderr
    assert len(quote_entries(store)) == 3
    nl = vq(store, "--batch", str(batch), "--nl")
    assert [json.loads(line)["verdict"] for line in nl.stdout.splitlines()] == ["exact", "altered", "exact"]


def test_batch_that_all_verifies_exits_0_and_prints_each_row(store, budget_capture, tmp_path):
    batch = tmp_path / "quotes.csv"
    batch.write_text("quote\nWe will not close a single library\nseven votes to two\n", encoding="utf-8")
    proc = vq(store, "--batch", str(batch), "--capture", budget_capture["capture_id"])
    assert proc.returncode == 0, proc.stderr
    assert "[row 1]" in proc.stdout and "[row 2]" in proc.stdout


def test_malformed_batch_exits_2_and_logs_nothing(store, budget_capture, tmp_path):
    batch = tmp_path / "quotes.csv"
    batch.write_text("quote,url\nseven votes to two,\n,https://example.org/\n", encoding="utf-8")
    proc = vq(store, "--batch", str(batch))
    assert proc.returncode == 2 and proc.stderr.startswith("error: ") and "row 2" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert quote_entries(store) == []


# --------------------------------------------------------------------------- receipts


def test_receipt_verifies_with_the_published_key_and_fails_after_tampering(store, budget_capture, tmp_path):
    receipt = tmp_path / "footnote.zip"
    proc = vq(store, "We will not close a single library", "--capture", budget_capture["capture_id"],
              "--receipt", str(receipt))
    assert proc.returncode == 0, proc.stderr
    assert f"receipt: {receipt}" in proc.stdout
    published = tmp_path / "published.pub"
    published.write_text(run_cli("log", "key", store=store).stdout, encoding="utf-8")
    out = tmp_path / "unzipped"
    with zipfile.ZipFile(receipt) as zf:
        zf.extractall(out)
    citation = (out / "citation.txt").read_text(encoding="utf-8")
    assert budget_capture["url"] in citation and budget_capture["capture_time"] in citation
    assert (out / "log.pub").read_text() == published.read_text()
    ok = run_cli("log", "verify-proof", str(out / "quote.tlog-proof"), "--key", str(published), "--json")
    assert ok.returncode == 0, ok.stdout
    assert [e["type"] for e in json.loads(ok.stdout)["entries"]] == ["quote_verification", "capture", "extraction"]
    proof = (out / "quote.tlog-proof").read_text()
    extra = next(line for line in proof.splitlines() if line.startswith("extra "))
    import base64

    entry = base64.b64decode(extra[6:]).replace(b'"verdict":"exact"', b'"verdict":"normalized"')
    assert b'"verdict":"normalized"' in entry
    (out / "tampered.tlog-proof").write_text(proof.replace(extra, "extra " + base64.b64encode(entry).decode()))
    bad = run_cli("log", "verify-proof", str(out / "tampered.tlog-proof"), "--key", str(published))
    assert bad.returncode == 1 and "FAILED" in bad.stdout


def test_receipt_for_a_text_file_is_refused(store, tmp_path):
    src = tmp_path / "s.txt"
    src.write_text("some words to quote here", encoding="utf-8")
    proc = vq(store, "some words to quote", "--text-file", str(src), "--receipt", str(tmp_path / "r.zip"))
    assert proc.returncode == 2 and "--receipt needs an archived capture" in proc.stderr


# --------------------------------------------------------------------------- bad input, missing key


@pytest.mark.parametrize("args", [
    ("",),
    ("words", "--capture", "zzzzzz"),
    ("words", "--capture", "x", "--url", "https://example.org/"),
    ("words", "--as-of", "2020-01-01"),
    ("words", "--url", "https://example.org/never", "--json"),
    ("--quote-file", "/nonexistent/q.txt"),
    ("words", "--text-file", "/nonexistent/s.txt"),
    ("words", "--batch", "/nonexistent/b.csv"),
    ("--json",),
])
def test_bad_input_exits_2_with_one_line_and_no_traceback(shared, args):
    proc = svq(shared, *args)
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert proc.stdout == ""
    assert proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1, proc.stderr


def test_non_utf8_text_file_exits_2(store, tmp_path):
    src = tmp_path / "latin.txt"
    src.write_bytes("d\xe9j\xe0 vu, encore une fois".encode("latin-1"))
    proc = vq(store, "encore une fois", "--text-file", str(src))
    assert proc.returncode == 2 and "not UTF-8" in proc.stderr


def test_missing_signing_key_exits_3(shared, tmp_path):
    proc = vq(shared["store"], "We will not close a single library",
              env={"ARCHIVER_KEY_DIR": str(tmp_path / "elsewhere")})
    assert proc.returncode == 3, proc.stderr
    assert proc.stderr.startswith("error: ") and proc.stdout == ""
