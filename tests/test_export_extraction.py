"""verify-bundle re-runs extraction on the archived bytes: a logged text that the bytes do not give
is caught; when the logged extractor versions differ from the installed ones, it says so plainly
and exits 3 (cannot judge) instead of crying tampering."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli
from servers import Site, html_page

from archiver.archive import Archive
from archiver.export.bundle_verify import verify_bundle
from archiver.extract import extract

PAGE = (b"<html><head><title>Budget vote</title></head><body><article><h1>Budget vote</h1>"
        + b"".join(b"<p>Paragraph %d: the council approved the budget by nine votes to four on Monday "
                   b"evening after a long debate about the library.</p>" % i for i in range(5))
        + b"</article></body></html>")


def _bundle(tmp_path: Path, key_dir: Path, extractor) -> Path:
    site = Site()
    site.routes["/vote"] = html_page(PAGE)
    out = tmp_path / "b.wacz"
    try:
        with Archive.open(tmp_path / "store", key_dir=key_dir, extractor=extractor) as arc:
            cid = arc.capture(site.url("/vote")).capture_id
            from archiver.export.wacz import export_wacz  # (cdxj_indexer: ~0.1 s, here only)

            export_wacz(arc, [cid], out)
    finally:
        site.close()
    return out


def _lying(body, *, url, content_type):
    """An extraction that adds a sentence the page never had (same extractor versions)."""
    article = extract(body, url=url, content_type=content_type)
    return article._replace(text=article.text + "\nThe mayor resigned.")


def _other_version(body, *, url, content_type):
    """What an older trafilatura might have produced: other text, other version recorded."""
    article = extract(body, url=url, content_type=content_type)
    versions = {**dict(article.extractor), "trafilatura": "1.0.0"}
    return article._replace(text=article.text.upper(), extractor=tuple(sorted(versions.items())))


def test_an_honest_extraction_is_reproduced_from_the_archived_bytes(tmp_path, key_dir):
    report = verify_bundle(_bundle(tmp_path, key_dir, None))
    assert report.ok and report.extractions_checked == 1 and report.exit_code == 0


def test_a_logged_text_the_archived_bytes_do_not_give_is_a_problem(tmp_path, key_dir):
    report = verify_bundle(_bundle(tmp_path, key_dir, _lying))
    assert not report.ok and report.exit_code == 1
    assert any("re-extraction from the archived bytes gives text" in p.message and "same extractor versions"
               in p.message and p.file.startswith("archive/") for p in report.problems)


def test_differing_extractor_versions_are_said_plainly_and_exit_3(tmp_path, key_dir):
    bundle = _bundle(tmp_path, key_dir, _other_version)
    report = verify_bundle(bundle)
    assert report.problems == ()
    [warning] = [w for w in report.warnings if w.code == "W_INCOMPLETE"]
    assert "extractor versions differ" in warning.message and "trafilatura: logged 1.0.0, here" in warning.message
    assert report.exit_code == 3
    proc = run_cli("verify-bundle", str(bundle))
    assert proc.returncode == 3 and "extractor versions differ" in proc.stdout


def test_export_without_the_log_key_exits_3_and_writes_nothing(tmp_path, key_dir):
    bundle = _bundle(tmp_path, key_dir, None)
    out = tmp_path / "again.wacz"
    with Archive.open(tmp_path / "store", key_dir=key_dir) as arc:
        cid = arc.list_captures()[0].capture_id
    proc = run_cli("export", cid, "-o", str(out), store=tmp_path / "store",
                   env={"ARCHIVER_KEY_DIR": str(tmp_path / "no-keys-here")})
    assert proc.returncode == 3 and "signing key" in proc.stderr
    assert not out.exists() and bundle.exists()
