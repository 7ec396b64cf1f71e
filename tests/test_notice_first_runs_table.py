"""bench/notice_first_runs.py: every blind first run's misses in one table, by the stage that lost them.

The gen58 table (bench/labels/README.md) rests on how one dumped outcome of bench/notice_misses.py is
classed; these rows of our own pin it: a credit with no marker at all, a credit in a form with a
marker, a statement, the model's and the guards' losses, and a page where one form is missed again
and again (bunched).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("notice_first_runs", BENCH / "notice_first_runs.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _row(cls: str, kind: str, text: str, page: str = "p1", name: str = "notices-blind8") -> dict:
    return {"set": name, "file": page, "class": cls, "kind": kind, "text": text, "detail": ""}


def test_a_credit_with_no_marker_is_bare():
    assert _module().miss_class(_row("a", "image_credit", "Jane Doe")) == "bare"


def test_a_credit_with_a_marker_or_a_sign_the_lexicon_lacked_is_a_form():
    mod = _module()
    assert mod.miss_class(_row("a", "image_credit", "Bildquelle Jane Doe")) == "form"
    assert mod.miss_class(_row("a", "image_credit", "Jane Doe/Example Agency")) == "form"
    assert mod.miss_class(_row("a", "image_credit", "出典：Jane")) == "form"


def test_a_notice_of_another_kind_never_read_is_a_statement():
    assert _module().miss_class(_row("a", "disclaimer", "This is a guest post by Jane.")) == "statement"


def test_the_model_s_and_the_guards_losses_keep_their_own_classes():
    mod = _module()
    assert mod.miss_class(_row("b", "sponsored", "We earn a commission.")) == "score"
    assert mod.miss_class(_row("c", "image_credit", "Photo: Jane Doe")) == "guard"
    assert mod.miss_class(_row("d", "image_credit", "Photo: Jane Doe")) == "fragment"


def test_the_table_counts_each_set_and_marks_a_page_of_three_misses_bunched():
    rows = [
        _row("found", "image_credit", "Photo: Jane Doe"),
        *(_row("a", "image_credit", name, page="gallery") for name in ("Ann Lee", "Bo Chan", "Cy Diaz")),
        _row("a", "disclaimer", "This is a guest post.", name="notices-blind9"),
    ]
    table = _module().table(rows).splitlines()
    assert table[0] == "| class | b8 | b9 | all | sets with any |"
    assert "| labels | 4 | 1 | 5 | 2 |" in table
    assert "| found | 1 | 0 | 1 | 1 |" in table
    assert "| bare | 3 | 0 | 3 | 1 |" in table
    assert "| statement | 0 | 1 | 1 | 1 |" in table
    assert "| bunched | 3 | 0 | 3 | 1 |" in table
