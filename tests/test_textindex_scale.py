"""Issue 14: whole-archive look-ups read the quote's rarest trigrams, not every trigram's list."""

from __future__ import annotations

import random

import pytest

from archiver.textindex import SqliteTextIndex, index_form

WORDS = ["the", "council", "said", "that", "in", "of", "and", "a", "to", "was", "for", "on", "with", "it", "as", "by", "at", "from", "will", "budget", "city", "year", "plan", "new", "road", "water", "school", "money", "vote", "mayor", "week"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory):
    rng = random.Random(5)
    docs = {f"d{i:03d}": " ".join(rng.choice(WORDS) for _ in range(300)) for i in range(150)}
    docs["d042"] += " The harbour dredger Quillfeather sank near Oxbridge pier."
    docs["d107"] += " Quillfeather was rebuilt."
    path = tmp_path_factory.mktemp("scale") / "text-index.sqlite3"
    with SqliteTextIndex(path) as idx:
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


def test_rare_trigram_look_up_finds_what_a_phrase_query_finds(corpus) -> None:
    path, docs = corpus
    rng = random.Random(9)
    with SqliteTextIndex(path, read_only=True) as idx:
        for _ in range(40):
            doc = docs[rng.choice(sorted(docs))]
            words = doc.split()
            i = rng.randrange(0, len(words) - 8)
            piece = index_form(" ".join(words[i : i + 8]))
            phrase = [r for (r,) in idx._db.execute(  # noqa: SLF001 - the reference answer
                "SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid LIMIT 100",
                ('"' + piece.replace('"', '""') + '"',))]
            got = idx._rows_with(piece)  # noqa: SLF001
            assert got is None or got == phrase


def test_a_piece_with_a_trigram_no_text_has_is_in_no_text(corpus) -> None:
    path, _ = corpus
    with SqliteTextIndex(path, read_only=True) as idx:
        assert idx.candidates("zzqx council said that in zzqx") == []
