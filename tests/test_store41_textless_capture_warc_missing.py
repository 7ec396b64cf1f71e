"""A capture without extracted text (an image) whose WARC file is missing is a check that could not
be completed (exit 3), in every mode of ``verify-quote``, as for a page with text.

conventions.md: exit 3 is "could not complete a check ... a WARC the log names is missing", and
"no extracted text to verify against" (exit 2) is a statement about the capture, made only with
its evidence present. ``--capture`` checked the evidence first (exit 3 for an image or a page
alike); ``--url`` said "no capture of URL has extracted text to verify against" (exit 2) of an
image whose WARC file was gone, where a page's missing file is exit 3. The store is a real
captured one (tests/stores.py), its WARC files removed.
"""

from __future__ import annotations

import json

import pytest
from conftest import run_cli
from stores import copy_store
from test_smallfix_extraction_miss_damage import image_template  # noqa: F401 - fixture

QUOTE = "The morning ferry leaves at 7:40 from the north pier"


@pytest.fixture
def image_without_warcs(image_template, tmp_path, key_dir):  # noqa: F811
    root, cid = image_template
    store = tmp_path / "store"
    copy_store(root, store, key_dir)
    for warc in (store / "warcs").iterdir():
        warc.unlink()
    url = json.loads(run_cli("list", "--json", store=store).stdout)[0]["url"]
    return store, cid, url


@pytest.mark.parametrize("scope", ["--capture", "--url"])
def test_an_image_whose_warc_is_missing_is_a_check_not_completed(image_without_warcs, scope):
    store, cid, url = image_without_warcs
    proc = run_cli("verify-quote", QUOTE, scope, cid if scope == "--capture" else url, store=store)
    assert proc.exit_code == 3, proc.output
    assert "named by the provenance log is missing from the store" in proc.stderr
    assert "no extracted text" not in proc.stderr and "has extracted text" not in proc.stderr


def test_an_image_whose_warc_is_present_still_has_no_text_to_verify_against(image_template, tmp_path,  # noqa: F811
                                                                            key_dir):
    root, cid = image_template
    store = tmp_path / "store"
    copy_store(root, store, key_dir)
    url = json.loads(run_cli("list", "--json", store=store).stdout)[0]["url"]
    proc = run_cli("verify-quote", QUOTE, "--url", url, store=store)
    # (since sec60 one answer for a capture with no text a browser shows: not_found, exit 1, logged)
    assert proc.exit_code == 1, proc.output
    assert "no text a browser shows (not_shown" in proc.stdout
