"""``log verify --deep`` on a capture an older extractor read otherwise says what changed and what to run
(review rvsec58 of sec57's measure of stores imported before sec56).

An old store's reading can change with the extractor (an untyped page under a revisit saying only
nosniff: HTML to the old import, text since sec56; a hidden span, in the store used here, made by
extractor 56). ``--deep`` fails it (E_ARTIFACT) until ``reextract``; its note printed both versions'
whole tables on one line and only ``reextract ID``. It now names the versions that differ, says this
alone is no sign of tampering, and names ``reextract ID`` and ``reextract --all-outdated``; following
it, ``--deep`` passes.
"""

from __future__ import annotations

from conftest import run_cli
from test_reextract import CAPTURE_ID, copy_old_store

from archiver.extract import EXTRACTOR_VERSION


def _deep_errors(store) -> tuple[int, list[str]]:
    proc = run_cli("log", "verify", "--deep", store=store)
    return proc.exit_code, [line for line in proc.output.splitlines() if line.startswith("ERROR")]


def test_the_note_names_only_the_versions_that_differ_and_both_fix_commands(tmp_path, key_dir):
    store = copy_old_store(tmp_path, key_dir)
    code, [error] = _deep_errors(store)
    assert code == 1 and error.startswith("ERROR E_ARTIFACT:"), error
    assert f"archiver-extract: logged 56, installed {EXTRACTOR_VERSION}" in error
    assert "courlan: not logged, installed" in error  # (a library extractor 56 did not use)
    assert "{" not in error and "lxml" not in error  # (no table of every library: lxml is the same)
    assert "no sign of tampering" in error
    assert f"`archiver reextract {CAPTURE_ID}`" in error and "`archiver reextract --all-outdated`" in error


def test_running_the_command_the_note_names_makes_deep_pass(tmp_path, key_dir):
    store = copy_old_store(tmp_path, key_dir)
    assert run_cli("reextract", "--all-outdated", store=store).exit_code == 0
    code, errors = _deep_errors(store)
    assert code == 0 and errors == []
