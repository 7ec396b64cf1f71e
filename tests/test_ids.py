"""Capture identity: ids never collide, the index never replaces, imports keep every page apart."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
import sqlite3
import uuid
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import DATA, run_cli
from pywacz import wacz_create
from servers import Site, html_page, response
from sweeps import sized
from wget_site import PAGES, sentence, wget_warc

from archiver.archive import Archive
from archiver.core.clock import RandomIds
from archiver.core.fixed_clocks import CountingIds
from archiver.store.index import CaptureRow, IdClashError, SqliteIndex

INSTANT = dt.datetime(2026, 3, 1, 12, 0, 0, 123000, tzinfo=dt.UTC)
WGET_WARC = DATA / "import" / "wget-3-pages.warc"
CROCKFORD = set("0123456789abcdefghjkmnpqrstvwxyz")


def _ids_at_one_instant(n: int) -> list[str]:
    factory = RandomIds()
    return [factory.capture_id(INSTANT) for _ in range(n)]


def test_many_capture_ids_made_at_one_instant_are_all_distinct():
    """20,000 ids in one millisecond (100,000 under ``ARCHIVER_FULL_SWEEPS=1``): the random
    part of an id made in the same millisecond never repeats."""
    ids = _ids_at_one_instant(sized(20_000, 100_000))
    assert len(set(ids)) == len(ids)


def test_capture_ids_are_short_typeable_and_sort_by_time():
    factory = RandomIds()
    early = factory.capture_id(INSTANT)
    late = factory.capture_id(INSTANT + dt.timedelta(milliseconds=1))
    assert len(early) == 18 and set(early) <= CROCKFORD
    assert early < late
    assert early[:10] == factory.capture_id(INSTANT)[:10]  # the time part is the same for one ms


def test_capture_ids_made_by_many_threads_at_one_instant_are_distinct():
    factory = RandomIds()
    with ThreadPoolExecutor(8) as pool:
        batches = list(pool.map(lambda _: [factory.capture_id(INSTANT) for _ in range(5000)], range(8)))
    ids = [i for batch in batches for i in batch]
    assert len(set(ids)) == len(ids) == 40_000


def test_capture_ids_made_by_many_processes_at_one_instant_are_distinct():
    with ProcessPoolExecutor(4) as pool:
        batches = list(pool.map(_ids_at_one_instant, [20_000] * 4))
    ids = [i for batch in batches for i in batch]
    assert len(set(ids)) == len(ids) == 80_000


def test_counting_ids_stay_deterministic_for_tests():
    assert [CountingIds().capture_id(INSTANT) for _ in range(2)] == [CountingIds().capture_id(INSTANT)] * 2


# ------------------------------------------------------------------ the index never replaces

def _row(capture_id: str, url: str = "https://example.org/") -> CaptureRow:
    return CaptureRow(capture_id=capture_id, url=url, final_url=url, status=200, reason="OK",
                      content_type="text/html", capture_time="2026-03-01T12:00:00Z", warc="warcs/a.warc.gz",
                      response_record_id=f"<urn:uuid:{uuid.uuid4()}>", response_offset=0,
                      payload_digest=None, truncated=False, origin="captured", log_seq=1, detail={})


def _records(row: CaptureRow, *extra: str) -> list[dict]:
    return [{"record_id": rid, "type": "response", "warc": row.warc, "offset": 0, "length": 1}
            for rid in (row.response_record_id, *extra)]


def test_the_index_refuses_to_overwrite_a_capture_with_the_same_id(tmp_path):
    index = SqliteIndex(tmp_path / "index.sqlite3")
    first = _row("01kabc0000aaaaaaaa", "https://example.org/first")
    index.add_capture(first, _records(first))
    second = _row("01kabc0000aaaaaaaa", "https://example.org/second")
    with pytest.raises(IdClashError, match="already in the store"):
        index.add_capture(second, _records(second))
    assert index.get(first.capture_id).url == "https://example.org/first"
    assert [r.capture_id for r in index.list()] == [first.capture_id]


def test_the_index_refuses_a_record_id_another_capture_already_has(tmp_path):
    index = SqliteIndex(tmp_path / "index.sqlite3")
    first = _row("01kabc0000aaaaaaaa")
    index.add_capture(first, _records(first))
    second = _row("01kabc0000bbbbbbbb")
    with pytest.raises(IdClashError, match=first.response_record_id):
        index.add_capture(second, _records(second, first.response_record_id))
    assert [r.capture_id for r in index.list()] == [first.capture_id]  # nothing of the second stays
    assert [r["record_id"] for r in index.records(first.capture_id)] == [first.response_record_id]


def test_the_index_refuses_a_second_extraction_for_one_capture(tmp_path):
    index = SqliteIndex(tmp_path / "index.sqlite3")
    kw = {"record_id": None, "log_seq": 2, "text_sha256": "sha256:00"}
    index.add_extraction("01kabc0000aaaaaaaa", article={"text": "real"}, **kw)
    with pytest.raises(IdClashError):
        index.add_extraction("01kabc0000aaaaaaaa", article={"text": "forged"}, **kw)
    assert index.extraction("01kabc0000aaaaaaaa")["article"] == {"text": "real"}


# ------------------------------------------------------------------ multi-page imports

def _import(store: Path, path: Path) -> dict:
    proc = run_cli("import", str(path), "--json", store=store)
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stderr
    return json.loads(proc.stdout)


def _assert_one_capture_per_page(store: Path, doc: dict) -> None:
    """Every page is its own capture: listed, shown, and its sentence verifies against it."""
    ids = [c["capture_id"] for c in doc["captures"]]
    assert len(ids) == len(set(ids)) == PAGES
    listed = json.loads(run_cli("list", "--json", store=store).stdout)
    assert sorted(c["capture_id"] for c in listed) == sorted(ids)
    towns = {c["capture_id"]: int(c["url"].rsplit("/p", 1)[1].split(".")[0]) for c in doc["captures"]}
    with Archive.open(store) as arc:
        for cid, town in towns.items():
            assert arc.show(cid)["article"]["title"] == f"Harbour {town}"
    batch = store.parent / "quotes.csv"
    with open(batch, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["quote", "capture"])
        writer.writerows([sentence(town), cid] for cid, town in towns.items())
    proc = run_cli("verify-quote", "--batch", str(batch), "--nl", store=store)
    verdicts = [json.loads(line) for line in proc.stdout.splitlines()]
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert [(v["capture"], v["verdict"]) for v in verdicts] == [(cid, "exact") for cid in towns]


def test_the_committed_wget_warc_has_several_pages_in_one_second():
    dates = {line for line in WGET_WARC.read_bytes().splitlines() if line.startswith(b"WARC-Date:")}
    assert len(dates) == 1 and WGET_WARC.read_bytes().count(b"WARC-Type: response") > PAGES


def test_a_multi_page_wget_warc_imports_as_one_capture_per_page(store):
    _assert_one_capture_per_page(store, _import(store, WGET_WARC))


@pytest.mark.skipif(shutil.which("wget") is None, reason="wget is not installed")
def test_a_wget_warc_made_now_on_loopback_imports_as_one_capture_per_page(store, tmp_path):
    made = wget_warc(tmp_path)
    _assert_one_capture_per_page(store, _import(store, made))


def test_a_multi_page_wacz_made_by_wacz_create_imports_as_one_capture_per_page(store, tmp_path):
    warc = tmp_path / "pages.warc"
    shutil.copyfile(WGET_WARC, warc)
    wacz = tmp_path / "pages.wacz"
    wacz_create(wacz, warc)
    _assert_one_capture_per_page(store, _import(store, wacz))


def test_reindex_after_a_multi_page_import_serves_every_page(store):
    doc = _import(store, WGET_WARC)
    proc = run_cli("reindex", "--json", store=store)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert json.loads(proc.stdout)["captures"] == PAGES
    _assert_one_capture_per_page(store, doc)


def test_import_logs_the_file_name_and_digest_not_its_local_path(store, tmp_path, key_dir):
    private = tmp_path / "home" / "alice" / "leaks"
    private.mkdir(parents=True)
    shutil.copyfile(WGET_WARC, private / "tip.warc")
    doc = _import(store, private / "tip.warc")
    with Archive.open(store, key_dir=key_dir) as arc:
        entry = arc.log.entry(doc["log_seq"])
    assert entry.data["source"] == "tip.warc" and entry.data["sha256"] == doc["sha256"]
    assert "alice" not in json.dumps(entry.data) and "source_path" not in entry.data
    assert "alice" not in (store / "provenance" / "log.jsonl").read_text()


# ------------------------------------------------------------------ bundles from another archiver store

def _story(i: int):  # noqa: ANN202 - a route
    body = (f"<html><head><title>Story {i}</title></head><body><article><h1>Story {i}</h1>"
            f"<p>{sentence(i)}, the colleague wrote in the footnote.</p></article></body></html>").encode()
    return html_page(body)


@pytest.fixture(scope="module")
def colleague_made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], Path]:
    """A bundle exported by a colleague's store (two pages), their capture ids, and the folder of
    that store's signing key: made once for the module (the tests only read the bundle)."""
    root = tmp_path_factory.mktemp("colleague")
    env = {"ARCHIVER_KEY_DIR": str(root / "keys")}
    site = Site()
    for i in (1, 2):
        site.routes[f"/p{i}"] = _story(i)
    other = root / "colleague"
    try:
        made = json.loads(run_cli("archive", site.url("/p1"), site.url("/p2"), "--json", store=other,
                                  env=env).stdout)
    finally:
        site.close()
    ids = [m["capture_id"] for m in made]
    bundle = root / "colleague.wacz"
    proc = run_cli("export", *ids, "-o", str(bundle), store=other, env=env)
    assert proc.returncode == 0, proc.stderr
    return bundle, ids, root / "keys"


@pytest.fixture
def colleague_bundle(colleague_made: tuple[Path, list[str], Path], key_dir: Path) -> tuple[Path, list[str]]:
    """That bundle and its capture ids, with the colleague's key in this test's key folder, as
    when the colleague's store was made beside the test's own."""
    bundle, ids, keys = colleague_made
    for src in keys.iterdir():
        shutil.copy2(src, key_dir / src.name)
    return bundle, list(ids)


def test_an_archiver_bundle_import_keeps_the_colleagues_capture_ids(store, colleague_bundle):
    bundle, ids = colleague_bundle
    doc = _import(store, bundle)
    assert sorted(c["capture_id"] for c in doc["captures"]) == sorted(ids)
    for cid in ids:
        shown = json.loads(run_cli("show", cid, "--json", store=store).stdout)
        assert shown["capture_id"] == cid and shown["origin"] == "imported"


def _import_after_a_clash(store: Path, bundle: Path, ids: list[str]) -> tuple[dict, str, dict]:
    """(import answer, the url of this store's own capture that took ``ids[0]``, the renamed
    import of the colleague's ``ids[0]``): the colleague's first id was already taken here."""

    class Clashing(RandomIds):
        """Hands out the colleague's first id once, as a clash would."""

        def __init__(self) -> None:
            super().__init__()
            self.pending = [ids[0]]

        def capture_id(self, when: dt.datetime) -> str:
            return self.pending.pop() if self.pending else super().capture_id(when)

    site = Site()
    site.routes["/mine"] = lambda h: response("200 OK", [("Content-Type", "text/html")],
                                               b"<html><body><article><p>Mine, not theirs.</p></article></body></html>")
    try:
        with Archive.open(store, ids=Clashing()) as arc:
            mine = arc.capture(site.url("/mine"))
    finally:
        site.close()
    assert mine.capture_id == ids[0]
    doc = _import(store, bundle)
    return doc, site.url("/mine"), next(c for c in doc["captures"] if c["original_capture_id"] == ids[0])


def test_a_colleagues_id_that_clashes_gets_a_new_id_and_the_original_is_recorded(store, colleague_bundle, tmp_path):
    bundle, ids = colleague_bundle
    doc, mine_url, renamed = _import_after_a_clash(store, bundle, ids)
    assert renamed["capture_id"] != ids[0]
    with Archive.open(store) as arc:
        logged = arc.log.entry(doc["log_seq"]).data["captures"]
    assert {(c["capture_id"], c["original_capture_id"]) for c in logged} >= {(renamed["capture_id"], ids[0])}
    assert json.loads(run_cli("show", ids[0], "--json", store=store).stdout)["url"] == mine_url
    shown = json.loads(run_cli("show", renamed["capture_id"], "--json", store=store).stdout)
    assert shown["origin"] == "imported" and shown["original_capture_id"] == ids[0]


def test_an_original_id_the_import_logged_resolves_through_the_index_alias(store, colleague_bundle):
    """Where no capture of this store has the id (here: the index lost this store's own one),
    the alias the import logged answers for the imported copy: its log entry records it."""
    bundle, ids = colleague_bundle
    _, _, renamed = _import_after_a_clash(store, bundle, ids)
    with sqlite3.connect(store / "index.sqlite3") as db:  # the cache lost it
        db.execute("DELETE FROM captures WHERE capture_id=?", (ids[0],))
    with Archive.open(store) as arc:
        assert arc.resolve(ids[0][:12]) == renamed["capture_id"]


def test_a_file_whose_record_ids_are_already_in_the_store_is_refused_and_nothing_is_kept(store):
    _import(store, WGET_WARC)
    before = sorted(p.name for p in (store / "warcs").iterdir())
    clone = store.parent / "same-records.warc"
    clone.write_bytes(WGET_WARC.read_bytes() + b"\r\n")  # another file (other digest), the same record ids
    proc = run_cli("import", str(clone), store=store)
    assert proc.returncode == 2 and "already in this store" in proc.stderr, proc.stderr
    assert sorted(p.name for p in (store / "warcs").iterdir()) == before


_FORKED = RandomIds()


def _next_forked_id() -> str:
    return _FORKED.capture_id(INSTANT)


def test_a_forked_child_does_not_continue_its_parents_ids():
    import multiprocessing

    first = _next_forked_id()
    with multiprocessing.get_context("fork").Pool(1) as pool:
        child = pool.apply(_next_forked_id)  # the child inherits the parent's memory of `first`
    assert child not in (first, _next_forked_id())


class _Repeating(RandomIds):
    """An id factory that always gives the same capture id (as a clock stuck at one instant with the old cut ULID)."""

    def capture_id(self, when: dt.datetime) -> str:
        return "01kabc0000aaaaaaaa"


def test_a_capture_whose_id_is_taken_is_refused_before_anything_is_written(store, tmp_path):
    site = Site()
    site.routes["/a"] = lambda h: response("200 OK", [("Content-Type", "text/html")],
                                           b"<html><body><article><p>First page.</p></article></body></html>")
    try:
        with Archive.open(store, ids=_Repeating()) as arc:
            first = arc.capture(site.url("/a"))
            entries = len(list(arc.log.entries()))
            sizes = {p.name: p.stat().st_size for p in (store / "warcs").iterdir()}
            with pytest.raises(IdClashError):
                arc.capture(site.url("/a"))
            assert len(list(arc.log.entries())) == entries
            assert {p.name: p.stat().st_size for p in (store / "warcs").iterdir()} == sizes
            assert [r.capture_id for r in arc.list_captures()] == [first.capture_id]
    finally:
        site.close()
