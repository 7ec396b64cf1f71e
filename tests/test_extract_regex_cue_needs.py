"""The notice cues' prefilter strings (and the openings of signals' leads) come from a shipped
table, and a cue is compiled only when a line calls for it (issue 13: ``archive URL``'s first page
parsed and compiled ~350 cues, ~65 ms)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from archiver.extract import cue_match, cue_more_needs, cue_needs
from archiver.extract.cue_match import (
    Opening,
    PatternSet,
    known_needs,
    known_openings,
    needs,
    openings,
)


def test_every_shipped_cue_needs_entry_is_what_the_parser_says() -> None:
    wrong = [s for s, shipped in cue_needs.NEEDS.items() if shipped != needs(s)]
    assert wrong == []


def _rows(text: str) -> str:
    """A generated table module's rows: what follows its UNIDATA_VERSIONS line, up to its end marker."""
    return text.partition("UNIDATA_VERSIONS =")[2].partition("\n")[2].partition("# end of the generated table")[0]


@pytest.mark.parametrize("table", [cue_needs, cue_more_needs], ids=lambda m: m.__name__.rsplit(".", 1)[1])
def test_a_shipped_table_is_made_from_this_trees_cues_and_lists_the_unicode_versions_it_holds_for(table) -> None:  # noqa: ANN001
    shipped = Path(table.__file__).read_text(encoding="utf-8")
    made = table.render()
    if unicodedata.unidata_version not in table.UNIDATA_VERSIONS and _rows(made) != _rows(shipped):
        pytest.skip("this Python's Unicode tables give other rows: the table is not read here (worked out instead)")
    # stale after a cue changed, a Unicode version listed whose rows differ, or one whose rows are the same and not
    # listed (`make test-pythons` says): run `make cue-tables`
    assert made == shipped


def _copy_of_a_table(tmp_path: Path, held: tuple[str, ...]) -> tuple[Path, str]:
    """A copy of the smaller generated table at ``tmp_path``, listing ``held``; and its rows."""
    head, rows, tail = cue_needs._table_parts(Path(cue_more_needs.__file__))
    copy = tmp_path / "cue_more_needs.py"
    copy.write_text(head + f"UNIDATA_VERSIONS = {held!r}\n" + rows + cue_needs._END + tail, encoding="utf-8")
    return copy, rows


def _listed(path: Path) -> str:
    return next(line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("UNIDATA_VERSIONS"))


def test_regenerating_under_another_python_adds_its_unicode_version_where_the_rows_come_out_the_same(tmp_path) -> None:  # noqa: ANN001
    copy, rows = _copy_of_a_table(tmp_path, ("1.0.0",))
    assert cue_needs.regenerate(copy, ("1.0.0",), rows, ["--add-version"]) == 0
    assert _listed(copy) == f"UNIDATA_VERSIONS = {('1.0.0', unicodedata.unidata_version)!r}"
    assert cue_needs._table_parts(copy)[1] == rows


def test_regenerating_under_another_python_never_rewrites_rows_that_come_out_otherwise_there(tmp_path, capsys) -> None:  # noqa: ANN001
    copy, rows = _copy_of_a_table(tmp_path, ("1.0.0",))
    before = copy.read_bytes()
    assert cue_needs.regenerate(copy, ("1.0.0",), rows + "OTHER: dict[str, str] = {}\n", ["--add-version"]) == 0
    assert copy.read_bytes() == before
    assert f"its rows differ under Unicode {unicodedata.unidata_version}" in capsys.readouterr().err


def test_regenerating_after_a_cue_changed_writes_the_rows_for_the_running_pythons_unicode_alone(tmp_path) -> None:  # noqa: ANN001
    copy, rows = _copy_of_a_table(tmp_path, ("1.0.0",))
    changed = rows + "OTHER: dict[str, str] = {}\n"
    assert cue_needs.regenerate(copy, ("1.0.0",), changed, []) == 0
    assert _listed(copy) == f"UNIDATA_VERSIONS = {(unicodedata.unidata_version,)!r}"
    assert cue_needs._table_parts(copy)[1] == changed


def test_the_table_generator_refuses_words_it_does_not_know_and_writes_nothing(tmp_path, capsys) -> None:  # noqa: ANN001
    copy, rows = _copy_of_a_table(tmp_path, ("1.0.0",))
    before = copy.read_bytes()
    assert cue_needs.regenerate(copy, ("1.0.0",), rows + "x", ["--add"]) == 2
    assert copy.read_bytes() == before and "usage:" in capsys.readouterr().err


def test_the_needs_table_holds_every_cue_of_this_tree_and_the_more_needs_table_most() -> None:
    assert set(cue_needs.sources()) == set(cue_needs.NEEDS)
    assert set(cue_more_needs.MORE_NEEDS) <= set(cue_needs.sources())
    assert len(cue_more_needs.MORE_NEEDS) > 150  # most cues need more than one set


def test_every_shipped_opening_is_what_the_parser_says() -> None:
    wrong = [s for s, shipped in cue_needs.OPENINGS.items() if shipped != tuple(openings(s) or ()) or shipped is None]
    assert wrong == []


def test_the_shipped_openings_hold_every_lead_of_this_tree_and_are_read() -> None:
    assert set(cue_needs.opening_sources()) == set(cue_needs.OPENINGS)
    assert all(known_openings(s) == Opening(*row) for s, row in cue_needs.OPENINGS.items() if row)


def test_a_lead_the_table_lacks_has_its_openings_worked_out_at_run_time() -> None:
    source = r"^\W{0,2}(?:zzlead|qqnovel)\s*:"
    assert source not in cue_needs.OPENINGS
    assert known_openings(source) == openings(source) == Opening(2, False, ("qqn", "zzl"))


def test_openings_of_a_table_made_with_other_unicode_tables_are_not_read(monkeypatch) -> None:  # noqa: ANN001
    source = next(iter(cue_needs.OPENINGS))
    monkeypatch.setattr(cue_needs, "UNIDATA_VERSIONS", ("0.0.0",))
    monkeypatch.setitem(cue_needs.OPENINGS, source, (0, False, ("not what the parser says",)))
    assert known_openings(source) == openings(source)


def test_a_pattern_the_table_lacks_is_worked_out_at_run_time() -> None:
    source = r"\b(zzunseen|qqnovel) cue\b"
    assert source not in cue_needs.NEEDS
    assert known_needs(source) == needs(source) == ("qqnovel", "zzunseen")


def test_a_table_made_with_other_unicode_tables_is_not_read(monkeypatch) -> None:  # noqa: ANN001
    source = next(iter(cue_needs.NEEDS))
    monkeypatch.setattr(cue_needs, "UNIDATA_VERSIONS", ("0.0.0",))
    monkeypatch.setitem(cue_needs.NEEDS, source, ("not what the parser says",))
    assert known_needs(source) == needs(source)


def test_a_cue_is_compiled_only_when_a_line_holds_a_string_it_needs() -> None:
    cues = PatternSet([r"\bdisclaimer\b", r"\bsponsored by\b", r"\bcorrection\b"])
    assert not any(c.pattern.is_compiled for c in cues.cues)
    line = "Disclaimer: views are the author's own"
    found = cues.matches(line, cue_match.cue_fold(line))
    assert [m.group(0) for m in found] == ["Disclaimer"]
    assert [c.pattern.is_compiled for c in cues.cues] == [True, False, False]


def test_a_lazily_compiled_cue_is_the_pattern_compiled_up_front() -> None:
    cue = cue_match.Cue(r"\bnote\b")
    assert (cue.pattern.pattern, cue.pattern.flags) == (r"\bnote\b", cue_match.re.compile(r"\bnote\b", cue_match.FLAGS).flags)
    assert cue.pattern is cue.pattern


LABEL_LINES = ["Disclaimer: the views are the author's own.", "  Hinweis: Dieser Artikel", "Correction — an earlier",
               "Editor's note: this story", "Sponsored", "** Anzeige **", "Werbung:", "Republished from: X",
               "Nota della redazione: x", "Примечание редакции: текст", "Disclaimer", "no label here: at all", ""]


def test_a_kinds_label_matched_behind_its_guard_answers_as_the_anchored_match() -> None:
    import re

    from archiver.extract import notice_cues, notices

    for kind in notice_cues.LABELS:
        for table in (notices._LABELS, notices._LABEL_WORD_ONLY):
            guarded = table[kind]
            eager = re.compile(guarded.pattern.pattern, guarded.pattern.flags)
            for line in LABEL_LINES:
                got, want = guarded.match(line, cue_match.cue_fold(line)), eager.match(line)
                assert (got and got.span()) == (want and want.span()), (kind, line)


def test_an_anchored_label_is_compiled_after_its_guard_tries_and_answers_the_same() -> None:
    from archiver.extract import notice_features

    anchored = notice_features._Anchored(r"^\W{0,3}(?:zzlabel)\W{0,3}$")
    plain = "nothing of it here"
    for _ in range(notice_features._GUARD_TRIES - 1):
        assert anchored.match(plain, plain) is None
    assert anchored._match is None  # guarded: nothing compiled yet
    assert anchored.match(plain, plain) is None and anchored._match is not None
    assert anchored.match("ZZLABEL:", "zzlabel:").group(0) == "ZZLABEL:"  # type: ignore[union-attr]
