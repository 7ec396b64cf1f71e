"""``log verify --deep`` on a capture an older extractor read otherwise says what changed and what to run
(review rvsec58 of sec57's measure of stores imported before sec56).

An old store's reading can change with the extractor (an untyped page under a revisit saying only
nosniff: HTML to the old import, text since sec56; a hidden span, in the store used here, made by
extractor 56). ``--deep`` fails it (E_ARTIFACT) until ``reextract``; its note printed both versions'
whole tables on one line and only ``reextract ID``. It now names the versions that differ, says this
alone is no sign of tampering, and names ``reextract ID`` and ``reextract --all-outdated``; following
it, ``--deep`` passes. A logged text whose bytes the installed extractor reads as no page or text at all
(a binary body sent as ``text/plain; charset=utf-8``: text to extractor 130, a download since 131) could
not be re-run (E_MISSING, exit 3); since sec59 it is decided again as no text (E_ARTIFACT, exit 1), and the
note says that verify-quote, show and cite still answer from it until ``reextract`` logs that it has none.
"""

from __future__ import annotations

import json

from captures import archived_as_read_before
from conftest import run_cli
from test_reextract import CAPTURE_ID, copy_old_store

from archiver.extract import EXTRACTOR_VERSION, extractor_versions


def _logged_extractor_versions(store) -> dict[str, str]:
    """The versions the old store's extraction entry logged (read from its log, not assumed: CI
    installs whatever release of lxml or trafilatura is newest, so which of them differ varies)."""
    for path in sorted((store / "provenance").rglob("*")):
        if path.is_file():
            for line in path.read_text(errors="replace").splitlines():
                if line.startswith("{") and '"archiver-extract"' in line:
                    return _find_versions(json.loads(line))
    raise AssertionError("no extraction entry in the old store's log")


def _find_versions(value):
    if isinstance(value, dict):
        if "archiver-extract" in value:
            return value
        for inner in value.values():
            found = _find_versions(inner)
            if found:
                return found
    return None


def _deep_errors(store) -> tuple[int, list[str]]:
    proc = run_cli("log", "verify", "--deep", store=store)
    return proc.exit_code, [line for line in proc.output.splitlines() if line.startswith("ERROR")]


def test_the_note_names_only_the_versions_that_differ_and_both_fix_commands(tmp_path, key_dir):
    store = copy_old_store(tmp_path, key_dir)
    code, [error] = _deep_errors(store)
    assert code == 1 and error.startswith("ERROR E_ARTIFACT:"), error
    assert f"archiver-extract: logged 56, installed {EXTRACTOR_VERSION}" in error
    assert "courlan: not logged, installed" in error  # (a library extractor 56 did not use)
    assert "{" not in error  # (no table of every library)
    logged = _logged_extractor_versions(store)
    installed = extractor_versions()
    for name, version in logged.items():  # each logged library is named exactly when it differs here
        differs = installed.get(name) != version
        assert (f"{name}: logged {version}," in error) == differs, (name, version, installed.get(name))
    assert "no sign of tampering" in error
    assert f"`archiver reextract {CAPTURE_ID}`" in error and "`archiver reextract --all-outdated`" in error


def test_running_the_command_the_note_names_makes_deep_pass(tmp_path, key_dir):
    store = copy_old_store(tmp_path, key_dir)
    assert run_cli("reextract", "--all-outdated", store=store).exit_code == 0
    code, errors = _deep_errors(store)
    assert code == 0 and errors == []


def test_a_text_the_installed_extractor_no_longer_reads_is_named_with_what_still_answers_from_it(tmp_path, monkeypatch):
    """A capture extractor 127 read as text (a binary body sent as ``text/plain; charset=utf-8``), which
    the installed extractor reads as a download: ``--deep`` said only "not HTML, PDF or text" (E_MISSING,
    exit 3); today's reading, no text, differs from the logged one (E_ARTIFACT, exit 1), ``verify-quote``
    answers from the logged text until ``reextract`` logs that the capture has none (sec59). The note
    says so. (Extractor 127's reading: ``captures.archived_as_read_before``.)"""
    body = b"The council met on Tuesday to discuss the harbour wall.\x01\n"
    store = tmp_path / "store"
    cid = archived_as_read_before(store, [("Content-Type", "text/plain; charset=utf-8")], body, monkeypatch)
    proc = run_cli("log", "verify", "--deep", store=store)
    [changed] = [line for line in proc.output.splitlines() if line.startswith("ERROR")]
    assert proc.exit_code == 1 and "E_ARTIFACT" in changed and "gives no text a browser shows (download)" in changed
    assert f"archiver-extract: logged 127, installed {EXTRACTOR_VERSION}" in changed
    assert "no longer reads" in changed and "verify-quote" in changed and "still answer" in changed
    assert f"`archiver reextract {cid}` logs that the capture has none" in changed
