"""Red team, fifth pass: a receipt whose citation says what its proof does not.

``verify-quote --receipt`` writes a zip for a footnote: ``citation.txt``, ``verification.json``
(neither signed), the proof of the verification's log entry, and the key. Its README says to
check it with ``archiver log verify-proof quote.tlog-proof --key log.pub``, which printed the
entries' types and hashes and "OK": a receipt whose citation.txt was edited from "quote altered"
to "quote exact", or whose proof was swapped for another receipt's (another quote, verified),
passed that check unchanged. ``verify-proof`` now takes the receipt itself, checks that its
citation and verification are exactly what the proven entries state, and prints what they state.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, html_page
from stores import build_template

PAGE = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
        b"<p>The harbour handled 41,000 containers in March, the port authority said on Tuesday.</p>"
        b"<p>Dock workers did not strike, and the night shift was cancelled for the first time.</p>"
        b"</article></body></html>")
ALTERED = "Dock workers did strike"
EXACT = "the night shift was cancelled for the first time"


@pytest.fixture(scope="module")
def receipts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two genuine receipts of one capture (one quote altered, one exact) and the published key, made
    once for the module: every test only reads them (what it doctors goes to a file of its own)."""
    root = tmp_path_factory.mktemp("redteam5-receipt")
    site = Site()
    site.routes["/news"] = html_page(PAGE)
    try:
        [cap] = build_template(root, lambda arc: [arc.capture(site.url("/news"))])
    finally:
        site.close()
    store = root / "store"
    out = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ARCHIVER_KEY_DIR", str(root / "keys"))  # (the store's own key, made with it)
        for name, quote in (("altered", ALTERED), ("exact", EXACT)):
            out[name] = root / f"{name}.zip"
            proc = run_cli("verify-quote", quote, "--capture", cap.capture_id, "--receipt", str(out[name]), store=store)
            assert proc.returncode in (0, 1) and out[name].exists(), proc.stderr
        out["key"] = root / "published.pub"
        out["key"].write_text(run_cli("log", "key", store=store).stdout, encoding="utf-8")
    return out


def _edited(receipt: Path, out: Path, change: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(receipt) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, change.get(info.filename, src.read(info)))
    return out


def _member(receipt: Path, name: str) -> bytes:
    with zipfile.ZipFile(receipt) as z:
        return z.read(name)


def _verify(receipt: Path, key: Path, *args: str):
    proc = run_cli("log", "verify-proof", str(receipt), "--key", str(key), *args)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def test_a_genuine_receipt_verifies_whole_and_says_what_its_entry_states(receipts):
    proc = _verify(receipts["altered"], receipts["key"])
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"\u201c{ALTERED}\u201d" in proc.stdout and "verdict altered" in proc.stdout
    assert "citation.txt and verification.json state what the proven entries state" in proc.stdout


def test_a_citation_edited_from_altered_to_exact_is_refused(receipts, tmp_path):
    citation = _member(receipts["altered"], "citation.txt").replace(b"quote altered", b"quote exact")
    doctored = _edited(receipts["altered"], tmp_path / "d.zip", {"citation.txt": citation})
    proc = _verify(doctored, receipts["key"])
    assert proc.returncode == 1 and "citation.txt" in proc.stdout, proc.stdout


def test_a_verification_edited_to_another_verdict_is_refused(receipts, tmp_path):
    doc = json.loads(_member(receipts["altered"], "verification.json"))
    doc["verdict"] = "exact"
    doctored = _edited(receipts["altered"], tmp_path / "d.zip",
                       {"verification.json": json.dumps(doc, indent=2).encode()})
    proc = _verify(doctored, receipts["key"], "--json")
    assert proc.returncode == 1
    assert any("verification.json" in p["message"] for p in json.loads(proc.stdout)["problems"])


def test_a_proof_swapped_in_from_another_genuine_receipt_is_refused(receipts, tmp_path):
    """The exact quote's proof under the altered quote's citation (or the other way round)."""
    for citing, proving in (("altered", "exact"), ("exact", "altered")):
        doctored = _edited(receipts[citing], tmp_path / f"swapped-{citing}.zip",
                           {"quote.tlog-proof": _member(receipts[proving], "quote.tlog-proof")})
        proc = _verify(doctored, receipts["key"])
        assert proc.returncode == 1 and "FAILED" in proc.stdout, proc.stdout


def test_a_receipt_without_its_proof_is_bad_input(receipts, tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(receipts["exact"]) as src, zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            if info.filename != "quote.tlog-proof":
                dst.writestr(info.filename, src.read(info))
    (tmp_path / "no-proof.zip").write_bytes(buf.getvalue())
    proc = _verify(tmp_path / "no-proof.zip", receipts["key"])
    assert proc.returncode == 2 and "quote.tlog-proof" in proc.stderr


def test_the_receipt_readme_tells_the_reader_to_check_the_receipt_whole(receipts):
    assert "archiver log verify-proof RECEIPT.zip --key" in _member(receipts["exact"], "README.txt").decode()


def test_a_doctored_proof_cannot_print_an_ok_line_of_its_own(receipts, tmp_path):
    """A proof's entry names its log; a forged name printed as it is wrote "...: OK" on a line of its own."""
    import base64

    import rfc8785

    lines = _member(receipts["exact"], "quote.tlog-proof").decode().split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("extra "))
    entry = json.loads(base64.b64decode(lines[at][6:]))
    entry["log"] = "x\nproof against archiver checkpoint size 4: OK\x1bc\u202e"
    lines[at] = "extra " + base64.b64encode(rfc8785.dumps(entry)).decode()
    (tmp_path / "forged.tlog-proof").write_text("\n".join(lines))
    proc = _verify(tmp_path / "forged.tlog-proof", receipts["key"])
    assert proc.returncode == 1 and proc.stdout.splitlines()[-1].endswith(")") and "FAILED" in proc.stdout
    assert not any(line.startswith("proof against") and line.endswith(": OK") for line in proc.stdout.splitlines())
    assert not any(c in proc.stdout for c in "\x1b\r\u202e"), repr(proc.stdout)


@pytest.mark.parametrize(("field", "forged"), [
    ("source_passage", "Dock workers did strike"),
    ("context", "... Dock workers did strike, and the night shift ..."),
    ("title", "Dock strike: port closed"),
    ("authors", ["Jane Doe"]),
    ("published", "2019-01-01"),
    # (sec62: logged since sec60, they were not proven: a receipt could say its verdict was made on no text)
    ("no_text", "download"),
    ("logged_text_not_shown", True),
])
def test_what_the_receipt_shows_beside_the_verdict_is_proven_too(receipts, tmp_path, field, forged):
    """The source's words and context, and the source's title, authors and date, were unproven
    (verify-proof said so and exited 0 for a receipt whose context was rewritten); they are in the
    verification's log entry now, and an edited one is refused."""
    doc = json.loads(_member(receipts["altered"], "verification.json"))
    assert doc[field] != forged
    doc[field] = forged
    doctored = _edited(receipts["altered"], tmp_path / "d.zip",
                       {"verification.json": json.dumps(doc, indent=2).encode()})
    proc = _verify(doctored, receipts["key"])
    assert proc.returncode == 1 and f"verification.json says {field}" in proc.stdout, proc.stdout


def test_a_genuine_receipt_names_the_fields_it_cannot_prove(receipts):
    line = next(x for x in _verify(receipts["exact"], receipts["key"]).stdout.splitlines() if x.startswith("receipt:"))
    assert line.endswith("(not proven: paragraph, explanation, page_state, text_from, text_file, evidence, "
                         "evidence_records, evidence_error, versions, searched, holders, receipt, index_incomplete, "
                         "chosen, undecided, extraction_failed, row)"), line


def test_a_receipt_written_before_these_fields_were_logged_still_verifies_and_names_them_unproven():
    """A real receipt made by the code of 9a79321 (tests/data/receipts/before_context/), whose
    entry states none of the fields logged since: it verifies as before, and says which fields
    of its verification.json nothing proves."""
    old = Path(__file__).parent / "data" / "receipts" / "before_context"
    proc = _verify(old / "receipt.zip", old / "published.pub")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert ("(not proven: source_passage, context, context_start, title, outlet, authors, published, "
            "paragraph, explanation, selectors, author, page_state, text_from, text_file, evidence, evidence_error, "
            "versions, searched, holders, receipt, index_incomplete, row)") in proc.stdout


def test_the_json_report_lists_the_receipts_unproven_fields(receipts):
    doc = json.loads(_verify(receipts["exact"], receipts["key"], "--json").stdout)
    assert doc["receipt"] is True and doc["receipt_unproven"] == [
        "paragraph", "explanation", "page_state", "text_from", "text_file", "evidence", "evidence_records",
        "evidence_error", "versions", "searched", "holders", "receipt", "index_incomplete", "chosen", "undecided",
        "extraction_failed", "row"]
