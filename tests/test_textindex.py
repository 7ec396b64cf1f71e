"""Whole-archive text index: shortlists the captures that may hold a quote, or a near-copy."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from archiver.errors import StoreError, UsageError
from archiver.quotes import ALTERED, EXACT, NORMALIZED
from archiver.store.textindex import (
    SqliteTextIndex,
    TextIndex,
    quote_fragments,
    quote_pieces,
    search,
)

DATA = Path(__file__).parent / "data" / "quotes"
TEXTS = {
    "seed": (DATA / "seed-globalresearch.txt").read_text(encoding="utf-8"),
    "news": (DATA / "news-council.txt").read_text(encoding="utf-8"),
    "fr": (DATA / "french-interview.txt").read_text(encoding="utf-8"),
    "de": (DATA / "german-bericht.txt").read_text(encoding="utf-8"),
    "report": (DATA / "hyphenated-report.txt").read_text(encoding="utf-8"),
}

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def index(tmp_path: Path) -> SqliteTextIndex:
    idx = SqliteTextIndex(tmp_path / "text-index.sqlite3")
    idx.add_many(TEXTS.items())
    yield idx
    idx.close()


def test_sqlite_index_satisfies_the_protocol(index: SqliteTextIndex) -> None:
    assert isinstance(index, TextIndex)
    assert index.tokenizer == "words"  # schema 3, the default (issue 14)
    assert len(index) == len(TEXTS) and "news" in index and "nope" not in index


def test_verbatim_quote_ranks_its_text_first(index: SqliteTextIndex) -> None:
    assert index.candidates("None of them support a blank check.")[0] == "news"


def test_altered_quote_still_finds_its_text(index: SqliteTextIndex) -> None:
    # one changed number and one changed word: most fragments still hit
    assert (
        index.candidates(
            "Based on a bilateral 2002 agreement, Russia is involved with Cuba cooperatively"
        )[0]
        == "seed"
    )


def test_normalised_forms_are_found(index: SqliteTextIndex) -> None:
    assert (
        index.candidates("All results were checked by cross-examination of duplicate samples")[0]
        == "report"
    )
    assert (
        index.candidates("Nous ne reculerons pas; la sécheresse de cet été a montré l'urgence")[0]
        == "fr"
    )
    assert index.candidates('"Wir bauen keine Radwege gegen das Auto"')[0] == "de"


def test_unrelated_quote_has_no_candidates(index: SqliteTextIndex) -> None:
    assert index.candidates("zebra quantum marmalade xylophone") == []


def test_limit_caps_the_shortlist(index: SqliteTextIndex) -> None:
    assert len(index.candidates("the council and the city of the state", limit=2)) <= 2
    with pytest.raises(UsageError):
        index.candidates("anything at all", limit=0)


def test_remove_and_readd_replace_a_text(index: SqliteTextIndex) -> None:
    index.remove("news")
    assert "news" not in index
    assert "news" not in index.candidates("None of them support a blank check.")
    index.add("news", "Completely new text: none of them support a blank check.")
    assert index.candidates("None of them support a blank check.")[0] == "news"
    index.add("news", "Rewritten again, about something else entirely.")
    assert "news" not in index.candidates("None of them support a blank check.")
    index.remove("never-indexed")  # no error


def test_index_persists_in_its_own_file(tmp_path: Path) -> None:
    path = tmp_path / "text-index.sqlite3"
    with SqliteTextIndex(path) as idx:
        idx.add("a", TEXTS["de"])
    with SqliteTextIndex(path) as idx:
        assert idx.candidates("Das ist nicht Bürgerbeteiligung") == ["a"]


def test_another_schema_version_asks_for_a_rebuild(tmp_path: Path) -> None:
    path = tmp_path / "text-index.sqlite3"
    SqliteTextIndex(path).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = '0' WHERE key = 'schema'")
    with pytest.raises(StoreError, match="rebuild"):
        SqliteTextIndex(path)


def test_word_tokenizer_fallback_still_shortlists(tmp_path: Path) -> None:
    with SqliteTextIndex(tmp_path / "words.sqlite3", tokenizer="unicode61") as idx:
        idx.add_many(TEXTS.items())
        assert idx.tokenizer == "unicode61"
        assert (
            idx.candidates(
                "Based on a bilateral 2002 agreement, Russia is involved with Venezuela"
            )[0]
            == "seed"
        )


def test_pieces_are_long_substrings_of_the_normalised_quote() -> None:
    quote = (
        "Hundreds of Russian military and security personnel remain in Venezuela. Nothing suggests"
    )
    pieces = quote_pieces(quote)
    assert len(pieces) == 3  # twelve words: thirds
    assert (
        " ".join(pieces)
        == "hundreds of russian military and security personnel remain in venezuela. nothing suggests"
    )


def test_a_one_word_ellipsis_part_is_not_looked_up_on_its_own() -> None:
    assert quote_pieces("cover … studies of the fiftieth anniversary") == ["studies of the fiftieth anniversary"]
    assert quote_pieces("Venezuela") == ["venezuela"]


def test_a_quote_changed_in_every_piece_is_still_shortlisted(index: SqliteTextIndex) -> None:
    quote = "Both nations have been working on ways to raise Venezuelan oil exports, imports of food and drugs"
    assert index.candidates(quote)[0] == "seed"


def test_fragments_are_spread_over_the_quote_and_skip_ellipses() -> None:
    frags = quote_fragments(
        "We will oppose them … We will do everything we can to let them feel our support."
    )
    assert all(len(f) >= 3 for f in frags)
    assert not any("them we will" in f for f in frags)  # no fragment spans the omission
    assert any("support" in f for f in frags) and any("oppose" in f for f in frags)


def test_search_verifies_candidates_best_verdict_first(index: SqliteTextIndex) -> None:
    results = search("Construction is scheduled to begin in October", index, TEXTS.get)
    assert [(doc, r.verdict) for doc, r in results][:1] == [("news", EXACT)]
    results = search(
        "the Authority sampled 412 monitoring wells across the basin", index, TEXTS.get
    )
    assert results[0][0] == "report" and results[0][1].verdict == NORMALIZED
    results = search("Construction is scheduled to begin in November", index, TEXTS.get)
    assert results[0][0] == "news" and results[0][1].verdict == ALTERED
    assert search("zebra quantum marmalade xylophone", index, TEXTS.get) == []


#: One of the processes: opens (creating, if no other process has yet) the index and adds two texts,
#: each through an index object of its own, as two captures of a process would.
OPEN_AND_ADD = """
import sys
from pathlib import Path
from archiver.store.textindex import SqliteTextIndex
path = Path(sys.argv[1])
for n in sys.argv[2:]:
    SqliteTextIndex(path).add(f"doc-{n}", f"Process {n} indexed this sentence about the harbour.")
"""


def test_several_processes_creating_one_new_index_at_once_all_succeed(tmp_path):
    """Four processes started at once (each importing only the text index), two texts each."""
    path = str(tmp_path / "text-index.sqlite3")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    procs = [subprocess.Popen([sys.executable, "-c", OPEN_AND_ADD, path, str(n), str(n + 4)], env=env,
                              stderr=subprocess.PIPE, text=True) for n in range(4)]
    for proc in procs:
        assert proc.wait(timeout=120) == 0, proc.stderr.read()
    assert len(SqliteTextIndex(Path(path))) == 8


def test_opening_a_new_index_waits_while_another_process_turns_on_its_journal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two processes opening one new index: the other takes the write lock (to set the journal
    mode) just before this one sets it. SQLite refuses that at once, without the busy timeout
    (a reader asking to write); opening must wait for the other instead of failing."""
    path = tmp_path / "text-index.sqlite3"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    connect = sqlite3.connect
    locked: list[bool] = []

    def other_locks_first(statement: str) -> None:
        if statement.startswith("PRAGMA journal_mode") and not locked:
            locked.append(True)
            other.execute("BEGIN IMMEDIATE")  # the file is still in rollback mode: a real write lock
            threading.Timer(0.3, other.execute, ["ROLLBACK"]).start()

    def connect_traced(*args: object, **kwargs: object) -> sqlite3.Connection:
        db = connect(*args, **kwargs)  # type: ignore[arg-type]
        db.set_trace_callback(other_locks_first)
        return db

    monkeypatch.setattr(sqlite3, "connect", connect_traced)
    with SqliteTextIndex(path) as idx:
        idx.add("doc", "The harbour dredger Quillfeather sank near Oxbridge pier.")
        assert len(idx) == 1
    assert locked  # the other did hold the lock when this one set the journal mode
    other.close()


def test_a_quote_from_inside_a_run_of_chinese_characters_is_found(tmp_path: Path) -> None:
    with SqliteTextIndex(tmp_path / "zh.sqlite3") as idx:
        idx.add("zh", "市议会周二以七票对两票通过了一千二百万美元的预算。反对者说该计划不会资助道路维修。")
        idx.add("other", "港口三月份处理了四万一千个集装箱。")
        assert idx.candidates("通过了一千二百万美元的预算") == ["zh"]  # starts mid-run
        assert idx.candidates("一千二百万欧元的预算") == []  # one character changed: not a phrase of it


def test_a_removed_text_is_never_a_candidate_even_after_new_texts_are_added(tmp_path: Path) -> None:
    with SqliteTextIndex(tmp_path / "t.sqlite3") as idx:
        idx.add("gone", "The harbour dredger Quillfeather sank near Oxbridge pier.")
        idx.remove("gone")
        idx.add("new", "The ferry Lindqvist ran aground at Marlow.")  # must not take the removed row's id
        assert idx.candidates("dredger Quillfeather sank near Oxbridge") == []
        assert idx.candidates("ferry Lindqvist ran aground") == ["new"]


def test_punctuation_and_spacing_differences_do_not_hide_a_text(index: SqliteTextIndex) -> None:
    assert index.candidates("None of them -- support a blank check!")[0] == "news"
