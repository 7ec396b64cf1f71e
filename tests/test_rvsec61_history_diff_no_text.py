"""``history`` and ``diff`` state a capture's logged text digest and text as the page's text, for an older
extractor's reading of bytes no browser shows as text (review rvsec61 of sec59-sec61).

``show`` says it (``no_text_now``, a NOTE), ``cite`` cites no text (sec61), ``verify-quote`` answers on no
text (sec60). ``history URL`` still lists such a capture with the old text's ``text_sha256`` and nothing
else, and ``diff`` compared two such texts paragraph by paragraph ("+ [3] ...") as the pages' texts (xfail
until sec63). Now each says what ``show`` and ``cite`` say: no text a browser shows, the logged extraction,
``archiver reextract ID``, in text and ``--json``.

The stores are made by the real commands (``captures.archived_as_read_before``).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from captures import archived_as_read_before
from cli import run_cli
from old_download import BODY, FIELDS


@pytest.fixture
def old_two(tmp_path: Path, key_dir: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str, str]:
    """(store, capture a, capture b): two such bodies as extractor 127 read them (text), b one line longer."""
    store = tmp_path / "store"
    a = archived_as_read_before(store, FIELDS, BODY, monkeypatch)
    b = archived_as_read_before(store, FIELDS, BODY + b"The wall is ninety years old.\n", monkeypatch)
    return store, a, b


def test_history_says_a_captures_logged_text_is_no_text_a_browser_shows(old_two):
    store, a, _ = old_two
    url = json.loads(run_cli("show", a, "--json", store=store).stdout)["url"]
    [row] = json.loads(run_cli("history", url, "--json", store=store).stdout)["captures"]
    assert row.get("no_text_now") == "download", row


def test_diff_says_neither_sides_logged_text_is_text_a_browser_shows(old_two):
    store, a, b = old_two
    proc = run_cli("diff", a, b, store=store)
    said = " ".join(proc.stdout.split())
    assert "no text" in said and "reextract" in said, said
    assert "The wall is ninety years old" not in said, said


def test_diff_json_names_the_logged_extraction_and_compares_no_text(old_two):
    store, a, b = old_two
    doc = json.loads(run_cli("diff", a, b, "--json", store=store).stdout)
    side = doc["b"]
    assert (side["no_text_now"], side["text_sha256"], doc["text_compared"], doc["paragraphs"]) == (
        "download", None, False, []), doc
    assert side["logged_extraction"]["text_sha256"].startswith("sha256:"), side


def test_history_text_says_the_logged_text_is_no_text_a_browser_shows(old_two):
    store, a, _ = old_two
    url = json.loads(run_cli("show", a, "--json", store=store).stdout)["url"]
    said = " ".join(run_cli("history", url, store=store).stdout.split())
    assert f"archiver reextract {a}" in said and "shows no text (download" in said, said


@pytest.fixture
def gzipped(tmp_path: Path, key_dir: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """(store, capture id) of the body sent gzipped, as extractor 127 read it: undecided under SMALL_LIMIT."""
    store = tmp_path / "store"
    return store, archived_as_read_before(store, [*FIELDS, ("Content-Encoding", "gzip")], gzip.compress(BODY),
                                          monkeypatch)


#: an inflate limit the body passes (it inflates to len(BODY) bytes)
SMALL_LIMIT = {"ARCHIVER_LIMIT_MAX_INFLATED_BYTES": str(len(BODY) // 2)}


def test_diff_of_a_side_it_cannot_decide_is_a_comparison_not_completed(gzipped):
    """Whether its logged text is one a browser shows cannot be decided: diff says so, exit 3 (sec61's rule)."""
    store, cid = gzipped
    proc = run_cli("diff", cid, cid, env=SMALL_LIMIT, store=store)
    assert proc.exit_code == 3, proc.output
    said = " ".join(proc.stderr.split())
    assert "could not decide whether a browser shows any text" in said and "Traceback" not in said, said


def test_history_notes_a_capture_it_cannot_decide_without_a_quote_to_recheck(gzipped):
    """No verified quote needs the decision (sec62): exit 0, the row saying it could not be decided."""
    store, cid = gzipped
    url = json.loads(run_cli("show", cid, "--json", store=store).stdout)["url"]
    proc = run_cli("history", url, "--json", env=SMALL_LIMIT, store=store)
    assert proc.exit_code == 0, proc.output
    [row] = json.loads(proc.stdout)["captures"]
    assert (row["no_text_now"], row["text_sha256"]) == ("undecided", None), row
