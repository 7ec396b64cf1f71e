"""Two items sec62 left (task sec64).

1. ``recapture`` compared with a capture whose extraction failed as if one side were served as a type
   with no text, exit 0, with a note; sec61/sec62 made "no text to use" a check not completed (exit 3)
   for ``verify-quote``, ``diff`` and ``history`` (``compare.require_text``): recapture says what it
   captured, then exits 3 naming ``archiver reextract ID``.
2. ``decode_body(prefix=...)`` stopped only the innermost step of a stacked content coding at the
   prefix; the outer steps decoded whole within the limit, so a large stacked body was undecided.
   Every step now streams and decodes only what the next one needs.
"""

from __future__ import annotations

import gzip
import json
import os
import zlib
from pathlib import Path

import brotli
import pytest
from cli import run_cli
from old_download import broken_extractor
from servers import Site, response
from test_sec61_what_a_browser_shows import FIELDS, WORDS

from archiver.archive import Archive
from archiver.capture.warc import decode_body
from archiver.errors import LimitExceededError, NoUsableTextError


@pytest.fixture
def failed_then_site(tmp_path: Path, key_dir: Path):
    """(store, site, capture whose extraction failed) of a plain text page the site still serves."""
    store, site = tmp_path / "store", Site()
    site.routes["/s"] = lambda h: response("200 OK", FIELDS, f"{WORDS}.\n".encode())
    with Archive.open(store, extractor=broken_extractor) as arc:
        failed = str(arc.capture(site.url("/s")).capture_id)
    yield store, site, failed
    site.close()


# ------------------------------------------------------------------- recapture (item 1)

def test_recapture_of_a_failed_extraction_says_what_it_captured_then_exits_3(failed_then_site):
    store, _, failed = failed_then_site
    proc = run_cli("recapture", failed, store=store)
    assert proc.exit_code == 3, proc.output
    [new] = [c["capture_id"] for c in json.loads(run_cli("list", "--json", store=store).stdout)
             if c["capture_id"] != failed]
    assert proc.stdout.startswith(new), proc.stdout
    said = " ".join(proc.stderr.split())
    assert f"capture {failed} has no extracted text" in said and f"archiver reextract {failed}" in said, said
    assert "only one side" not in proc.output and "Traceback" not in proc.stderr


def test_recapture_json_of_a_failed_extraction_holds_the_capture_and_no_diff(failed_then_site):
    store, _, failed = failed_then_site
    proc = run_cli("recapture", failed, "--json", store=store)
    assert proc.exit_code == 3, proc.output
    doc = json.loads(proc.stdout)
    assert doc["capture"]["ok"] and doc["previous_capture_id"] == failed
    assert doc["diff"] is None and doc["changed"] is None
    assert f"archiver reextract {failed}" in proc.stderr


def test_recapture_whose_new_capture_fails_to_extract_names_the_new_capture(failed_then_site):
    store, site, _ = failed_then_site
    with Archive.open(store) as arc:
        good = str(arc.capture(site.url("/s")).capture_id)
    with Archive.open(store, extractor=broken_extractor) as arc:
        done = arc.recapture(good)
    assert done.capture.ok and done.diff is None
    assert isinstance(done.refused, NoUsableTextError)
    assert f"capture {done.capture.capture_id} has no extracted text" in str(done.refused)


def test_recapture_of_two_extracted_captures_still_compares(failed_then_site):
    store, site, _ = failed_then_site
    with Archive.open(store) as arc:
        good = str(arc.capture(site.url("/s")).capture_id)
    proc = run_cli("recapture", good, store=store)
    assert proc.exit_code == 0, proc.output
    assert "identical" in proc.stdout


# ----------------------------------------------------- stacked codings, every step streamed (item 2)

RANDOM = os.urandom(300_000)  # deflate cannot shrink it: the middle step of a stack is as large
CODERS = {"gzip": gzip.compress, "deflate": zlib.compress, "br": brotli.compress}


def _coded(body: bytes, coding: str) -> bytes:
    for step in (s.strip() for s in coding.split(",")):
        body = CODERS[step](body)
    return body


@pytest.mark.parametrize("coding", ["gzip, gzip", "br, gzip", "gzip, deflate", "deflate, br", "gzip, br, gzip"])
def test_a_stacked_coding_is_decoded_only_as_far_as_the_prefix_needs(coding):
    """Each step's whole output is past the 100,000-byte limit; the prefix needs far less of each."""
    decoded = decode_body([("Content-Encoding", coding)], _coded(RANDOM, coding), limit=100_000, prefix=65536)
    assert decoded.body == RANDOM[:65536] and not decoded.ends_early


@pytest.mark.parametrize("coding", ["gzip, gzip", "br, gzip", "gzip, deflate"])
def test_a_stacked_coding_decoded_whole_is_still_bounded_by_the_limit(coding):
    with pytest.raises(LimitExceededError):
        decode_body([("Content-Encoding", coding)], _coded(RANDOM, coding), limit=100_000)


@pytest.mark.parametrize("coding", ["gzip, gzip", "br, gzip", "gzip, deflate", "deflate, br"])
def test_a_stacked_coding_decodes_whole_within_the_limit(coding):
    decoded = decode_body([("Content-Encoding", coding)], _coded(RANDOM, coding), limit=1_000_000)
    assert decoded.body == RANDOM and not decoded.ends_early


def test_a_stacked_coding_cut_short_in_its_outer_step_ends_early():
    body = _coded(RANDOM, "gzip, gzip")
    decoded = decode_body([("Content-Encoding", "gzip, gzip")], body[: len(body) // 2], limit=1_000_000)
    assert decoded.ends_early and RANDOM.startswith(decoded.body) and decoded.body


def test_raw_deflate_under_a_stacked_coding_is_still_read():
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    body = gzip.compress(raw.compress(RANDOM) + raw.flush())  # "deflate, gzip": raw deflate inside
    decoded = decode_body([("Content-Encoding", "deflate, gzip")], body, limit=1_000_000, prefix=65536)
    assert decoded.body == RANDOM[:65536]
