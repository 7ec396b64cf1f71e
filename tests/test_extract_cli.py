"""``archiver extract`` end to end: the real CLI (in-process) on real files."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

DATA = Path(__file__).parent / "data" / "extract"
SEED = Path(str(resources.files("archiver") / "samples" / "globalresearch-lendman.html"))
SEED_URL = "https://www.globalresearch.ca/dubious-report-russia-withdrawing-defense-support-venezuela/5679529"


def test_extract_json_is_one_document_with_every_field(cli_run) -> None:  # noqa: ANN001
    proc = cli_run("extract", str(SEED), "--url", SEED_URL, "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["authors"] == ["Stephen Lendman"]
    assert doc["published"] == "2019-06-04"
    assert doc["outlet"] == "Global Research"
    assert doc["sources"]["authors"] == "byline"
    assert doc["text_sha256"].startswith("sha256:")
    assert doc["modified"] is None and isinstance(doc["cited_links"], list)
    assert proc.stderr == ""


def test_extract_readable_summary_names_fields_and_notices(cli_run) -> None:  # noqa: ANN001
    proc = cli_run("extract", str(SEED), "--url", SEED_URL)
    assert proc.returncode == 0, proc.stderr
    assert "Authors:   Stephen Lendman  (byline)" in proc.stdout
    assert "Outlet:    Global Research" in proc.stdout
    assert "[disclaimer] Disclaimer: The contents of this article" in proc.stdout


def test_extract_text_flag_prints_clean_text(cli_run) -> None:  # noqa: ANN001
    proc = cli_run("extract", str(SEED), "--url", SEED_URL, "--text")
    assert proc.returncode == 0, proc.stderr
    assert "With attribution to Mark Twain’s remark" in proc.stdout
    assert "Note to readers" not in proc.stdout


def test_extract_content_type_charset_is_honoured(cli_run) -> None:  # noqa: ANN001
    proc = cli_run("extract", str(DATA / "latin1-byline-dateline.html"), "--content-type",
                   "text/html; charset=ISO-8859-1", "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["title"] == "Café owners in Zürich protest new rules"


def test_extract_warns_on_paywall_page(cli_run) -> None:  # noqa: ANN001
    proc = cli_run("extract", str(DATA / "paywall.html"))
    assert proc.returncode == 0, proc.stderr
    assert "WARNING: page state is paywall" in proc.stdout


def test_extract_file_that_is_not_html_or_pdf_is_a_usage_error(cli_run, tmp_path: Path) -> None:  # noqa: ANN001
    png = tmp_path / "picture.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    proc = cli_run("extract", str(png))
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: ") and "neither HTML nor PDF" in proc.stderr
    assert proc.stdout == ""


def test_extract_broken_pdf_is_a_usage_error(cli_run, tmp_path: Path) -> None:  # noqa: ANN001
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\nthis is not really a pdf")
    proc = cli_run("extract", str(bad))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and proc.stderr.startswith("error: ")


def test_extract_missing_file_is_a_usage_error(cli_run, tmp_path: Path) -> None:  # noqa: ANN001
    proc = cli_run("extract", str(tmp_path / "nope.html"))
    assert proc.returncode == 2


def test_same_file_gives_same_json_across_processes_and_hash_seeds(cli_run) -> None:  # noqa: ANN001
    page = DATA / "news-jsonld.html"
    runs = [cli_run("extract", str(page), "--json", env={"PYTHONHASHSEED": seed}) for seed in ("1", "2")]
    assert all(r.returncode == 0 for r in runs), [r.stderr for r in runs]
    first, second = (json.loads(r.stdout) for r in runs)
    assert first == second
    assert first["text_sha256"] == second["text_sha256"]
