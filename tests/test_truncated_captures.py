"""A quote checked against a capture that holds only part of its page says so (exit 3).

Two ways a capture ends up with only the beginning of a page: a body longer than ``--max-body``
is cut (the response record says ``WARC-Truncated: length``, the index ``truncated``), and a
content coding (gzip, deflate) that ends early, whatever the HTTP framing said (no
Content-Length, chunked, or a Content-Length equal to the bytes sent): the text is what the
bytes that came decode to. Before, ``verify-quote`` answered ``not_found`` (exit 1, "Nothing
close to the quote was found in the text") for a quote from past the cut, as if the page had
been read whole, and a gzip body that ended early was not marked at all. Now the extraction's
``notes`` say what was left out, and a verdict that is not verified against such a capture
carries a note (``capture_incomplete``, ``truncated`` in ``--json``) and exits 3: the check
could not be completed (conventions.md). ``check`` does the same per quotation and in its exit
code; ``verify-bundle`` re-runs of such verifications still agree.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli
from servers import HEAD_200, Hostile
from stores import build_template, copy_store

from archiver.archive import Archive
from archiver.capture.fetch import FetchOptions
from archiver.capture.warc import decode_body

FILLER = b"".join(b"<p>Paragraph %d of the council minutes records routine business about parking permits.</p>"
                  % i for i in range(1500))
LATE = "The mayor resigned with immediate effect on Friday"
EARLY = "Paragraph 12 of the council minutes records routine business"
BIG = (b"<html><head><title>Minutes</title></head><body><article>" + FILLER
       + b"<p>" + LATE.encode() + b".</p></article></body></html>")
MAX_BODY = 50_000

SMALL = (b"<html><head><title>Harbour</title></head><body><article>"
         + b"".join(b"<p>Section %d: the harbour board met on Tuesday and agreed the budget for dredging "
                    b"the eastern channel, number %d.</p>" % (i, i * 7) for i in range(40))
         + b"<p>" + LATE.encode() + b".</p></article></body></html>")
GZ = gzip.compress(SMALL, mtime=0)
CUT = GZ[: len(GZ) // 2]

#: the three framings a gzip body that ends early can come in
EARLY_END = {
    "no-length": HEAD_200 + b"Content-Encoding: gzip\r\n\r\n" + CUT,
    "chunked": HEAD_200 + b"Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"
               + b"%x\r\n%s\r\n0\r\n\r\n" % (len(CUT), CUT),
    "content-length": HEAD_200 + b"Content-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(CUT) + CUT,
}


def _capture(store: Path, url: str, **options: int):
    with Archive.open(store, fetch_options=FetchOptions(**options)) as arc:
        [result] = arc.capture_many([url])
    assert result.ok, result.error
    return result


@pytest.fixture(scope="module")
def big_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """BIG captured cut at MAX_BODY into a template store, once for the module: (its folder, the
    URL, the capture's id). Ten tests each captured it into a store of their own."""
    root = tmp_path_factory.mktemp("cut-once")
    server = Hostile(lambda: iter([HEAD_200 + b"Content-Length: %d\r\n\r\n" % len(BIG) + BIG]))
    try:
        url = server.url("/")
        [result] = build_template(root, lambda arc: arc.capture_many([url]),
                                  fetch_options=FetchOptions(max_body_bytes=MAX_BODY))
    finally:
        server.close()
    assert result.ok and result.truncated, result.error
    return root, url, result.capture_id


@pytest.fixture
def big(big_once: tuple[Path, str, str], key_dir: Path) -> Callable[[Path], tuple[str, str]]:
    """``big(store)``: a copy of :func:`big_once`'s store at ``store`` (its key in this test's
    key folder); the cut capture's URL and id."""
    root, url, cid = big_once

    def copy(store: Path) -> tuple[str, str]:
        copy_store(root, store, key_dir)
        return url, cid

    return copy


# ------------------------------------------------------------------ F7: a content coding that ends early


def test_decoding_a_gzip_body_that_ends_early_says_so_and_keeps_what_it_decoded():
    decoded = decode_body([("Content-Encoding", "gzip")], CUT)
    assert decoded.ends_early and SMALL.startswith(decoded.body) and len(decoded.body) > 100


def test_decoding_a_whole_gzip_or_deflate_body_does_not_say_it_ends_early():
    assert not decode_body([("Content-Encoding", "gzip")], GZ).ends_early
    assert not decode_body([("Content-Encoding", "deflate")], zlib.compress(SMALL)).ends_early
    assert decode_body([("Content-Encoding", "deflate")], zlib.compress(SMALL)[:-40]).ends_early


@pytest.mark.parametrize("framing", sorted(EARLY_END))
def test_a_gzip_body_that_ends_early_is_marked_in_the_extraction_notes(tmp_path, serve_raw, framing):
    result = _capture(tmp_path / "s", serve_raw(EARLY_END[framing]))
    assert result.truncated is False  # the record holds every byte the server sent
    notes = result.article["notes"]
    assert any("content coding" in n and "ends early" in n for n in notes), notes


def test_a_whole_gzip_body_has_no_note(tmp_path, serve_raw):
    raw = HEAD_200 + b"Content-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(GZ) + GZ
    assert _capture(tmp_path / "s", serve_raw(raw)).article["notes"] == []


def test_show_prints_that_the_content_coding_ends_early(tmp_path, serve_raw):
    cid = _capture(tmp_path / "s", serve_raw(EARLY_END["no-length"])).capture_id
    proc = run_cli("show", cid, store=tmp_path / "s")
    assert proc.returncode == 0 and "ends early" in proc.stdout, proc.stdout


def test_a_body_cut_at_max_body_is_named_in_the_extraction_notes(tmp_path, big):
    _url, cid = big(tmp_path / "s")
    with Archive.open(tmp_path / "s", mode="read") as arc:
        notes = arc.index.extraction(cid)["article"]["notes"]
    assert any("--max-body" in n and "first" in n for n in notes), notes


# ------------------------------------------------------------------ F3: verify-quote on such a capture


def test_a_quote_from_past_the_cut_is_not_claimed_absent_and_exits_3(tmp_path, big):
    url, _cid = big(tmp_path / "s")
    proc = run_cli("verify-quote", LATE, "--url", url, store=tmp_path / "s")
    assert proc.returncode == 3, proc.stdout + proc.stderr
    assert "verdict: not_found" in proc.stdout
    assert "holds only the first" in proc.stdout and "bytes of the body" in proc.stdout


def test_verify_quote_json_says_the_capture_was_cut(tmp_path, big):
    url, cid = big(tmp_path / "s")
    proc = run_cli("verify-quote", LATE, "--url", url, "--json", store=tmp_path / "s")
    doc = json.loads(proc.stdout)
    assert proc.returncode == 3
    assert doc["verdict"] == "not_found" and doc["capture"] == cid
    assert doc["truncated"] is True and "holds only the first" in doc["capture_incomplete"]


def test_a_quote_from_before_the_cut_still_verifies(tmp_path, big):
    url, _cid = big(tmp_path / "s")
    proc = run_cli("verify-quote", EARLY, "--url", url, "--json", store=tmp_path / "s")
    doc = json.loads(proc.stdout)
    assert proc.returncode == 0 and doc["verdict"] == "exact"
    assert doc["truncated"] is True  # the capture is what it is; the verdict needs no more of it


def test_an_altered_quote_against_a_cut_capture_exits_3_too(tmp_path, big):
    url, _cid = big(tmp_path / "s")
    changed = EARLY.replace("12", "13000")
    proc = run_cli("verify-quote", changed, "--url", url, "--json", store=tmp_path / "s")
    doc = json.loads(proc.stdout)
    assert doc["verdict"] in ("altered", "approximate") and proc.returncode == 3, doc
    assert doc["capture_incomplete"]


def test_a_complete_capture_has_no_truncation_key_set_and_not_found_exits_1(tmp_path, serve_raw):
    url = serve_raw(HEAD_200 + b"Content-Length: %d\r\n\r\n" % len(SMALL) + SMALL)
    _capture(tmp_path / "s", url)
    proc = run_cli("verify-quote", "The council voted to sell the harbour to a developer", "--url", url,
                   "--json", store=tmp_path / "s")
    doc = json.loads(proc.stdout)
    assert proc.returncode == 1 and doc["verdict"] == "not_found"
    assert doc["truncated"] is False and doc["capture_incomplete"] is None


def test_a_quote_against_a_gzip_body_that_ends_early_exits_3(tmp_path, serve_raw):
    url = serve_raw(EARLY_END["content-length"])
    _capture(tmp_path / "s", url)
    proc = run_cli("verify-quote", LATE, "--url", url, "--json", store=tmp_path / "s")
    doc = json.loads(proc.stdout)
    assert proc.returncode == 3 and doc["verdict"] == "not_found"
    assert doc["truncated"] is False and "ends early" in doc["capture_incomplete"]


def test_the_log_entry_of_such_a_verification_says_the_capture_was_incomplete(tmp_path, big):
    url, _cid = big(tmp_path / "s")
    doc = json.loads(run_cli("verify-quote", LATE, "--url", url, "--json", store=tmp_path / "s").stdout)
    with Archive.open(tmp_path / "s", mode="read") as arc:
        data = arc.log.entry(doc["log_seq"]).data
    assert data["verdict"] == "not_found" and "holds only the first" in data["capture_incomplete"]


# ------------------------------------------------------------------ check: a manuscript


def _manuscript(tmp_path: Path, *quotes: tuple[str, str]) -> Path:
    path = tmp_path / "paper.md"
    path.write_text("\n\n".join(f'The minutes say "{q}" ([source]({u})).' for q, u in quotes) + "\n")
    return path


def test_check_of_a_quotation_from_past_the_cut_exits_3_and_says_why(tmp_path, big):
    url, _cid = big(tmp_path / "s")
    proc = run_cli("check", str(_manuscript(tmp_path, (LATE, url))), "--json", store=tmp_path / "s")
    doc = json.loads(proc.stdout)
    assert proc.returncode == 3, proc.stdout + proc.stderr
    [q] = doc["quotes"]
    assert q["status"] == "not_found" and "holds only the first" in q["message"]
    assert q["truncated"] is True and "holds only the first" in q["capture_incomplete"]


def test_check_exits_1_when_another_quotation_fails_on_a_complete_capture(tmp_path, big, serve_raw):
    url, _cid = big(tmp_path / "s")
    whole = serve_raw(HEAD_200 + b"Content-Length: %d\r\n\r\n" % len(SMALL) + SMALL)
    _capture(tmp_path / "s", whole)
    paper = _manuscript(tmp_path, (LATE, url), ("The harbour board sold the eastern channel to a bank", whole))
    proc = run_cli("check", str(paper), store=tmp_path / "s")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "holds only the first" in proc.stdout


# ------------------------------------------------------------------ verify-bundle re-runs still agree


def _bundle_of_a_not_found(tmp_path: Path, big: Callable[[Path], tuple[str, str]], key_dir: Path, *,
                           as_quote_rules_9: bool = False) -> tuple[Any, Path, Path, dict[str, str]]:
    """LATE checked on a copy of the cut capture (not_found, exit 3), its capture exported with
    that check and the bundle verified against the log's key: (verify-bundle's result, the
    bundle, the key, the env). ``as_quote_rules_9``: the same check logged again as quote rules 9
    logged it (no ``capture_incomplete``), so the bundle holds both."""
    store = tmp_path / "s"
    url, cid = big(store)
    env = {"ARCHIVER_KEY_DIR": str(key_dir)}
    proc = run_cli("verify-quote", LATE, "--url", url, "--json", store=store, env=env)
    assert proc.returncode == 3, proc.stdout + proc.stderr
    if as_quote_rules_9:
        with Archive.open(store) as arc:
            data = dict(arc.log.entry(json.loads(proc.stdout)["log_seq"]).data)
            data.pop("capture_incomplete")
            arc.append_event("quote_verification", {**data, "quote_rules": "9"})
    bundle, key = tmp_path / "b.wacz", store / "provenance" / "log.pub"
    assert run_cli("export", cid, "--with-quotes", "all", "-o", str(bundle), store=store, env=env).returncode == 0
    return run_cli("verify-bundle", str(bundle), "--json", "--key", str(key), env=env), bundle, key, env


@pytest.fixture(scope="module")
def not_found_now(big_once: tuple[Path, str, str],
                  tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Path, Path, dict[str, str]]:
    """:func:`_bundle_of_a_not_found` (the check logged now), made once for the two tests that
    read it, in a folder and key folder of the module's."""
    root, url, cid = big_once
    here = tmp_path_factory.mktemp("not-found-now")

    def copy(store: Path) -> tuple[str, str]:
        copy_store(root, store, here / "keys")
        return url, cid

    return _bundle_of_a_not_found(here, copy, here / "keys")


@pytest.mark.parametrize("logged", ["now", "as_quote_rules_9_logged_it"])
def test_verify_bundle_re_runs_a_not_found_on_a_cut_capture_and_it_holds(tmp_path, big, key_dir, logged, request):
    """Also an entry as quote rules 9 logged it (no ``capture_incomplete``): the re-run agrees."""
    old = logged == "as_quote_rules_9_logged_it"
    proc, *_ = (_bundle_of_a_not_found(tmp_path, big, key_dir, as_quote_rules_9=True) if old
                else request.getfixturevalue("not_found_now"))
    doc = json.loads(proc.stdout)
    assert proc.returncode == 0 and doc["verdict"] == "verified" and doc["quotes_checked"] == (2 if old else 1), doc


def test_verify_bundle_says_a_not_found_on_a_cut_capture_is_not_conclusive(not_found_now):
    """Review 19 F3: the re-run holds (exit 0), but the report keeps the store's caveat: the
    sentence says the capture was cut short, its row and the JSON say truncated and why."""
    proc, bundle, key, env = not_found_now
    doc = json.loads(proc.stdout)
    assert proc.returncode == 0, doc
    [capture] = doc["captures"]
    assert capture["truncated"] is True and "holds only the first" in capture["capture_incomplete"], capture
    [sentence] = [s for s in doc["proven"] if "verdict 'not_found'" in s]
    assert "not conclusive: the capture was cut short" in sentence, sentence
    text = run_cli("verify-bundle", str(bundle), "-v", "--key", str(key), env=env).stdout
    assert "not conclusive: the capture was cut short" in " ".join(text.split()) and "CUT SHORT" in text, text


# ------------------------------------------------------------------ history: the newest capture is cut


def test_history_says_a_quote_that_no_longer_verifies_on_a_cut_newest_capture_is_not_conclusive(tmp_path, serve_raw):
    store = tmp_path / "s"
    url = serve_raw(HEAD_200 + b"Content-Length: %d\r\n\r\n" % len(BIG) + BIG)
    _capture(store, url)  # whole
    assert run_cli("verify-quote", LATE, "--url", url, store=store).returncode == 0
    _capture(store, url, max_body_bytes=MAX_BODY)  # the newest holds only the beginning
    proc = run_cli("history", url, "--json", store=store)
    doc = json.loads(proc.stdout)
    [broken] = doc["broken_quotes"]
    assert broken["cause"] == "capture_incomplete" and "holds only the first" in broken["explanation"]
    assert proc.returncode == 3, proc.stdout + proc.stderr
    text = run_cli("history", url, store=store)
    assert text.returncode == 3 and "not conclusive" in text.stdout, text.stdout


# ------------------------------------------------------------------ the same class: PDF pages, imports


def test_a_quote_not_found_in_a_pdf_extracted_up_to_the_page_limit_exits_3(tmp_path, site, monkeypatch):
    from servers import response
    from test_limits import _pdf

    monkeypatch.setenv("ARCHIVER_LIMIT_PDF_MAX_PAGES", "1")
    pdf = _pdf(3, words=True)
    site.routes["/doc.pdf"] = lambda h: response("200 OK", [("Content-Type", "application/pdf")], pdf)
    _capture(tmp_path / "s", site.url("/doc.pdf"))
    proc = run_cli("verify-quote", LATE, "--url", site.url("/doc.pdf"), "--json", store=tmp_path / "s")
    doc = json.loads(proc.stdout)
    assert proc.returncode == 3 and doc["verdict"] == "not_found"
    assert doc["truncated"] is False and "PDF page limit" in doc["capture_incomplete"]


@pytest.mark.parametrize("kind", ["cut", "gzip"])
def test_an_imported_capture_cut_short_is_marked_and_its_verdicts_are_not_conclusive(tmp_path, big, serve_raw, kind):
    if kind == "cut":
        url, cid = big(tmp_path / "a")
    else:
        url = serve_raw(EARLY_END["chunked"])
        cid = _capture(tmp_path / "a", url).capture_id
    bundle = tmp_path / "b.wacz"
    assert run_cli("export", cid, "-o", str(bundle), store=tmp_path / "a").returncode == 0
    imported = run_cli("import", str(bundle), "--json", store=tmp_path / "b")
    assert imported.returncode == 0, imported.stderr
    proc = run_cli("verify-quote", LATE, "--url", url, "--json", store=tmp_path / "b")
    doc = json.loads(proc.stdout)
    assert proc.returncode == 3 and doc["verdict"] == "not_found" and doc["imported"] is True
    assert ("WARC-Truncated" if kind == "cut" else "ends early") in doc["capture_incomplete"]


def test_a_browser_capture_of_a_gzip_body_that_ends_early_is_marked_too(tmp_path, serve_raw):
    import shutil

    if shutil.which("chromium") is None and shutil.which("chromium-browser") is None:
        pytest.skip("no Chromium on PATH (Debian package 'chromium')")
    url = serve_raw(EARLY_END["chunked"])
    proc = run_cli("archive", url, "--browser", "--json", store=tmp_path / "s")
    assert proc.returncode == 0, proc.stderr
    notes = json.loads(proc.stdout)["article"]["notes"]
    assert any("content coding ends early" in n for n in notes), notes


def test_check_of_a_quotation_citing_a_cut_and_a_whole_source_is_not_concluded(tmp_path, big, serve_raw):
    """It verifies when either source holds it: the cut one may, in the part it lacks."""
    url, _cid = big(tmp_path / "s")
    other = SMALL.replace(LATE.encode(), b"The board adjourned")  # a whole page without the quotation
    whole = serve_raw(HEAD_200 + b"Content-Length: %d\r\n\r\n" % len(other) + other)
    _capture(tmp_path / "s", whole)
    paper = tmp_path / "paper.md"
    paper.write_text(f'The minutes say "{LATE}".[^1]\n\n[^1]: Harbour board, {whole}; see also {url}.\n')
    proc = run_cli("check", str(paper), "--json", store=tmp_path / "s")
    assert proc.returncode == 3, proc.stdout + proc.stderr
    [q] = json.loads(proc.stdout)["quotes"]
    assert [c["capture_incomplete"] is not None for c in q["checks"]] == [False, True]
