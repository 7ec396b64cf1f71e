"""Issue 14: whole-archive look-ups read the quote's rarest trigrams, not every trigram's list."""

from __future__ import annotations

import random
import sqlite3

import pytest

from archiver.store.textindex import SqliteTextIndex, index_form

WORDS = ["the", "council", "said", "that", "in", "of", "and", "a", "to", "was", "for", "on", "with", "it", "as", "by", "at", "from", "will", "budget", "city", "year", "plan", "new", "road", "water", "school", "money", "vote", "mayor", "week"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory):
    rng = random.Random(5)
    docs = {f"d{i:03d}": " ".join(rng.choice(WORDS) for _ in range(300)) for i in range(150)}
    docs["d042"] += " The harbour dredger Quillfeather sank near Oxbridge pier."
    docs["d107"] += " Quillfeather was rebuilt."
    path = tmp_path_factory.mktemp("scale") / "text-index.sqlite3"
    with SqliteTextIndex(path, compact=True) as idx:
        idx.add_many(docs.items())
    return path, docs


def _matched_phrases(idx: SqliteTextIndex) -> list[str]:
    """The MATCH expressions the index ran, read from SQLite's statement trace."""
    seen: list[str] = []
    idx._db.set_trace_callback(seen.append)  # noqa: SLF001 - observing the queries it runs
    return seen


def test_a_look_up_matches_on_rare_trigrams_not_the_whole_phrase(corpus) -> None:
    path, _ = corpus
    with SqliteTextIndex(path, read_only=True) as idx:
        seen = _matched_phrases(idx)
        assert idx.candidates("The harbour dredger Quillfeather sank near Oxbridge pier") == ["d042"]
    matches = [s for s in seen if s.startswith("SELECT rowid FROM fts WHERE fts MATCH")]
    assert matches and all(" AND " in s for s in matches)  # rare trigrams ANDed, no long phrase


def test_rare_trigram_look_up_finds_exactly_the_texts_holding_the_piece(corpus) -> None:
    path, docs = corpus
    forms = [index_form(d) for d in docs.values()]  # rowids follow the order of adding
    rng = random.Random(9)
    with SqliteTextIndex(path, read_only=True) as idx:
        for _ in range(40):
            words = rng.choice(forms).split()
            i = rng.randrange(0, len(words) - 8)
            piece = " ".join(words[i : i + 8])
            holding = [n for n, f in enumerate(forms, start=1) if piece in f][:100]
            got = idx._rows_with(piece)  # noqa: SLF001
            if got is None:  # every trigram common: the bounded look-up
                got = idx._rows_with(piece, common=True)  # noqa: SLF001
            assert got == holding


def test_the_text_index_is_smaller_than_the_texts_it_indexes(tmp_path) -> None:
    rng = random.Random(3)
    words = [w + s for w in WORDS for s in ("", "s", "ed", "ing")]
    docs = {f"t{i}": " ".join(rng.choice(words) for _ in range(400)) for i in range(300)}
    path = tmp_path / "text-index.sqlite3"
    with SqliteTextIndex(path, compact=True) as idx:
        idx.add_many(docs.items())
        idx.optimize()
        idx._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # noqa: SLF001 - measure one file
    text_bytes = sum(len(d.encode()) for d in docs.values())
    assert path.stat().st_size < text_bytes


def test_removing_a_text_from_a_compact_index_forgets_it(tmp_path) -> None:
    with SqliteTextIndex(tmp_path / "t.sqlite3", compact=True) as idx:
        idx.add("a", "The harbour dredger Quillfeather sank near Oxbridge pier.")
        idx.add("a", "The ferry Lindqvist ran aground at Marlow.")  # re-indexing replaces
        assert idx.candidates("dredger Quillfeather sank near Oxbridge") == []
        assert idx.candidates("ferry Lindqvist ran aground at Marlow") == ["a"]
        idx.remove("a")
        assert idx.candidates("ferry Lindqvist ran aground at Marlow") == [] and len(idx) == 0


def test_an_index_of_the_earlier_layout_is_still_read_and_written(tmp_path) -> None:
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE partial (doc_id TEXT PRIMARY KEY, indexed INTEGER NOT NULL, total INTEGER NOT NULL);
        CREATE VIRTUAL TABLE fts USING fts5(body, tokenize='trigram');
        CREATE TABLE docs (id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL UNIQUE);
        INSERT INTO meta VALUES ('schema', '1'), ('tokenizer', 'trigram');
        INSERT INTO docs VALUES (1, 'old');
        INSERT INTO fts (rowid, body) VALUES (1, 'the harbour dredger quillfeather sank near oxbridge pier.');
    """)
    db.commit()
    db.close()
    with SqliteTextIndex(path) as idx:
        assert idx.candidates("The harbour dredger Quillfeather sank") == ["old"]
        idx.add("new", "The ferry Lindqvist ran aground at Marlow.")
        idx.remove("old")
        assert idx.candidates("ferry Lindqvist ran aground at Marlow") == ["new"]
        assert idx.candidates("The harbour dredger Quillfeather sank") == []


def test_a_piece_with_a_trigram_no_text_has_is_in_no_text(corpus) -> None:
    path, _ = corpus
    with SqliteTextIndex(path, read_only=True) as idx:
        assert idx.candidates("zzqx council said that in zzqx") == []


def test_page_text_alone_is_indexed_when_it_holds_the_article() -> None:
    from archiver.store.textindex import searchable_text

    article = "The mayor said the bridge will reopen.\n\nRepairs cost 2 million."
    page = "Home | News\nThe mayor said the bridge will reopen.\nRepairs cost 2 million.\nContact us"
    assert searchable_text(article, page) == page
    assert searchable_text(article + "\n\nOnly in the article.", page).startswith(article)
    assert searchable_text("", page) == page and searchable_text(article, "") == article
