"""Issue 14 (5, 6): the derived indexes' layout. The text index keeps words with their positions
and no text; the capture index keeps no copy of the extracted texts (they are read back from the
WARC extraction record). Stores written with the earlier layouts are still read, and
``archiver reindex`` moves them to the new one.

Real stores: pages served from 127.0.0.1 archived with the real CLI, run as a subprocess.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, response

from archiver.archive import Archive
from archiver.store.textindex import SqliteTextIndex, searchable_text

SENTENCE = "The harbour handled 41,000 containers in March, the port authority said on Friday."
WORDS = ["harbour", "council", "budget", "river", "bridge", "school", "mayor", "vote", "water", "road", "ferry", "port", "rail", "tram", "market", "museum", "library", "park", "festival", "storm", "flood", "repair", "tender", "contract", "audit"]


def page(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><article><h1>{title}</h1>{body}</article></body></html>").encode()


def paragraphs(rng: random.Random, n: int) -> list[str]:
    return [" ".join(rng.choice(WORDS) + ("," if rng.random() < 0.1 else "") for _ in range(60)).capitalize() + "."
            for _ in range(n)]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Two captures holding SENTENCE (an original and a later copy) and one without it."""
    rng = random.Random(14)
    pages = {"/original": page("Port figures", [SENTENCE, *paragraphs(rng, 3)]),
             "/copy": page("Port figures, again", [*paragraphs(rng, 2), SENTENCE]),
             "/other": page("Council", paragraphs(rng, 4))}
    site = Site()
    for path, body in pages.items():
        site.routes[path] = (lambda b: lambda h: response(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], b))(body)
    root = tmp_path_factory.mktemp("layout")
    env = {"ARCHIVER_KEY_DIR": str(root / "keys")}
    try:
        for path in pages:  # one by one: the original is the earliest capture
            proc = run_cli("archive", site.url(path), "--json", store=root / "store", env=env)
            assert proc.returncode == 0, proc.stderr
    finally:
        site.close()
    return {"root": root}


@pytest.fixture
def store(pristine: dict, tmp_path: Path) -> dict:
    shutil.copytree(pristine["root"], tmp_path / "copy")
    root = tmp_path / "copy"
    return {"store": root / "store", "env": {"ARCHIVER_KEY_DIR": str(root / "keys")}}


def cli(store: dict, *args: str):
    return run_cli(*args, store=store["store"], env=store["env"])


def stored_articles(store: dict) -> list[dict]:
    db = sqlite3.connect(store["store"] / "index.sqlite3")
    rows = [json.loads(a) for (a,) in db.execute("SELECT article FROM extractions")]
    db.close()
    return rows


def text_index_schema(store: dict) -> str:
    db = sqlite3.connect(store["store"] / "text-index.sqlite3")
    [(schema,)] = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchall()
    db.close()
    return str(schema)


def make_earlier_layout(store: dict) -> None:
    """Rewrite the store's derived indexes as the code before this change wrote them.

    The capture index held each extraction whole (texts included, as ``json.dumps(article,
    sort_keys=True)``); the text index was the trigram layout with positions and stored bodies
    (schema 1, still what ``tokenizer="trigram"`` creates) holding ``searchable_text``."""
    with Archive.open(store["store"], mode="read") as arc:
        full = {c.capture_id: arc.index.extraction(c.capture_id)["article"] for c in arc.list_captures()}
    db = sqlite3.connect(store["store"] / "index.sqlite3")
    with db:
        for capture_id, article in full.items():
            db.execute("UPDATE extractions SET article=? WHERE capture_id=?",
                       (json.dumps(article, sort_keys=True), capture_id))
    db.close()
    for suffix in ("", "-wal", "-shm"):
        (store["store"] / f"text-index.sqlite3{suffix}").unlink(missing_ok=True)
    with SqliteTextIndex(store["store"] / "text-index.sqlite3", tokenizer="trigram") as old:
        old.add_many((cid, searchable_text(a.get("text") or "", a.get("page_text") or "")) for cid, a in full.items())
    assert text_index_schema(store) == "1" and all("text" in a for a in stored_articles(store))


def holders(proc) -> list[str]:
    assert proc.returncode == 0, proc.stderr
    return [h["url"].rsplit("/", 1)[1] for h in json.loads(proc.stdout)["holders"]]


def test_the_capture_index_keeps_no_copy_of_the_extracted_texts(store):
    articles = stored_articles(store)
    assert articles and not any("text" in a or "page_text" in a for a in articles)
    assert all(a.get("title") for a in articles)  # the metadata stays in the index


def test_show_reads_the_text_back_from_the_warc_extraction_record(store):
    proc = cli(store, "show", "--json", json.loads(cli(store, "list", "--json").stdout)[-1]["capture_id"])
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert SENTENCE in doc["article"]["text"] and doc["evidence"] == "present"


def test_the_default_text_index_holds_words_with_positions_and_no_text(store):
    db = sqlite3.connect(store["store"] / "text-index.sqlite3")
    [(sql,)] = db.execute("SELECT sql FROM sqlite_master WHERE name = 'fts'").fetchall()
    db.close()
    assert "unicode61" in sql and "content=''" in sql and "detail" not in sql  # positions: phrase queries
    assert text_index_schema(store) == "3"


def test_a_whole_archive_search_lists_every_holder_earliest_first(store):
    assert holders(cli(store, "verify-quote", SENTENCE, "--json")) == ["original", "copy"]


def test_a_store_with_the_earlier_index_layouts_is_still_read(store):
    make_earlier_layout(store)
    assert holders(cli(store, "verify-quote", SENTENCE, "--json")) == ["original", "copy"]
    altered = cli(store, "verify-quote", SENTENCE.replace("41,000", "47,000"), "--json")
    assert altered.returncode == 1 and json.loads(altered.stdout)["verdict"] == "altered"


def test_reindex_moves_a_store_to_the_new_layout(store):
    make_earlier_layout(store)
    proc = cli(store, "reindex")
    assert proc.returncode == 0, proc.stderr
    assert text_index_schema(store) == "3"
    assert not any("text" in a for a in stored_articles(store))
    assert holders(cli(store, "verify-quote", SENTENCE, "--json")) == ["original", "copy"]


def test_a_holder_whose_warc_is_missing_is_never_a_silent_not_found(store):
    for warc in (store["store"] / "warcs").glob("*.warc*"):
        warc.unlink()
    proc = cli(store, "verify-quote", SENTENCE, "--json")
    assert proc.returncode == 3, proc.stdout
    assert "missing" in proc.stderr and "Traceback" not in proc.stderr


def zipf_text(rng: random.Random, vocabulary: list[str], words: int) -> str:
    """Prose-like text: pseudo-words drawn by Zipf's law (as word frequencies in articles are),
    so it compresses in the WARC and grows the index about as an article does."""
    weights = [1 / (k + 1) for k in range(len(vocabulary))]
    out = rng.choices(vocabulary, weights, k=words)
    return " ".join(w + ("." if rng.random() < 0.06 else "," if rng.random() < 0.06 else "") for w in out)


def store_sizes(store: Path) -> tuple[int, int]:
    """(WARC bytes, derived index bytes) of a closed store."""
    warc = sum(f.stat().st_size for f in (store / "warcs").iterdir())
    derived = sum(f.stat().st_size for name in ("index.sqlite3", "text-index.sqlite3") for f in store.glob(name + "*"))
    return warc, derived


def test_derived_indexes_grow_no_faster_than_the_warc_data(tmp_path):
    """Per capture, past a small store's fixed cost (each SQLite table's first pages)."""
    rng = random.Random(6)
    syllables = [c + v for c in "bdfghklmnprstvz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]
    vocabulary = list(dict.fromkeys("".join(rng.choices(syllables, k=rng.randint(1, 4))) for _ in range(6000)))
    site = Site()
    for i in range(50):
        body = page(f"Page {i}", [zipf_text(rng, vocabulary, 120) for _ in range(7)])
        site.routes[f"/p{i}"] = (lambda b: lambda h: response(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], b))(body)
    sizes = []
    try:
        for batch in (range(0, 10), range(10, 50)):
            with Archive.open(tmp_path / "store", key_dir=tmp_path / "keys") as arc:
                assert all(r.ok for r in arc.capture_many([site.url(f"/p{i}") for i in batch]))
            sizes.append(store_sizes(tmp_path / "store"))
    finally:
        site.close()
    (warc_10, derived_10), (warc_50, derived_50) = sizes
    assert derived_50 - derived_10 <= warc_50 - warc_10
