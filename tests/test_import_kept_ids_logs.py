"""A capture id kept from a bundle is that bundle's log's id, and no other log's bundle can take it.

``import`` keeps the capture ids of a bundle that verifies against a key the user pinned, so a
colleague's footnote ("capture X, log B entry N") resolves here. But an id is only unique within
the log that made it. Before, a bundle signed by another trusted log A whose capture had the same
id X (chosen to be B's cited id, or by chance) kept X if it came first; B's genuine bundle was
then imported with X renamed, and ``show X`` (and ``cite``, ``verify-quote --capture X``)
answered with A's capture, naming no log: B's footnote led to A's words. Now each kept (or
renamed) id is recorded with the log that signed it (``original_log``: its name and key
fingerprint, in the ``import`` entry, the manifest and the index, held to the log like the
other facts), ``show`` names that log, and a bundle bringing an id that a capture imported from
another log already holds is refused (exit 2, one line naming the id and both logs, nothing
imported). A clash with a capture made in this store is renamed as before (tests/test_ids.py):
this store's own captures keep their ids.

Real captures from a loopback server into two colleagues' stores, exported with their own keys
and pinned by the recipient.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from bundles import members, pin_bundle_key
from cli import run_cli
from servers import Site, html_page

from archiver.archive import Archive
from archiver.core.clock import RandomIds

B_PAGE = (b"<html><head><title>Budget</title></head><body><article><h1>Budget</h1>"
          b"<p>The council approved the budget on Monday, the treasurer said after the vote.</p>"
          b"</article></body></html>")
A_PAGE = (b"<html><head><title>Budget</title></head><body><article><h1>Budget</h1>"
          b"<p>The council rejected the budget on Monday, the treasurer said after the vote.</p>"
          b"</article></body></html>")


class _Giving(RandomIds):
    """Hands out ``cid`` for the first capture (as a log whose owner chose it would)."""

    def __init__(self, cid: str) -> None:
        super().__init__()
        self.pending = [cid]

    def capture_id(self, when: dt.datetime) -> str:
        return self.pending.pop() if self.pending else super().capture_id(when)


def _colleague(root: Path, name: str, page: bytes, ids: RandomIds | None = None) -> tuple[Path, str]:
    """A colleague's store under ``root/name`` (its key in ``root/name-keys``) with one capture of
    ``page``, exported: (the bundle, the capture id)."""
    site = Site()
    site.routes["/budget"] = html_page(page)
    try:
        with Archive.open(root / name, key_dir=root / f"{name}-keys", ids=ids or RandomIds()) as arc:
            cid = arc.capture(site.url("/budget")).capture_id
    finally:
        site.close()
    bundle = root / f"{name}.wacz"
    proc = run_cli("export", cid, "-o", str(bundle), store=root / name, env={"ARCHIVER_KEY_DIR": str(root / f"{name}-keys")})
    assert proc.returncode == 0, proc.stderr
    return bundle, cid


@pytest.fixture(scope="module")
def colleagues(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """B's bundle of its capture X, and A's bundle of another page under the same id X."""
    root = tmp_path_factory.mktemp("kept-ids")
    b_bundle, x = _colleague(root, "b", B_PAGE)
    a_bundle, a_id = _colleague(root, "a", A_PAGE, _Giving(x))
    assert a_id == x
    origin = {n: json.loads(members(bundle)["provenance/bundle.json"])["log_origin"]
              for n, bundle in (("a", a_bundle), ("b", b_bundle))}
    return {"a": a_bundle, "b": b_bundle, "x": x, "origin": origin}


@pytest.fixture
def recipient(colleagues: dict[str, Any], key_dir: Path) -> dict[str, Any]:
    """The recipient has pinned both colleagues' log keys."""
    pin_bundle_key(colleagues["a"])
    pin_bundle_key(colleagues["b"])
    return colleagues


def _import(store: Path, bundle: Path) -> Any:
    return run_cli("import", str(bundle), "--json", store=store)


def test_show_names_the_log_a_kept_id_belongs_to(recipient, tmp_path):
    store = tmp_path / "mine"
    assert _import(store, recipient["b"]).returncode == 0
    doc = json.loads(run_cli("show", recipient["x"], "--json", store=store).stdout)
    assert doc["capture_id"] == recipient["x"] and doc["original_log"]["origin"] == recipient["origin"]["b"]
    shown = run_cli("show", recipient["x"], store=store).stdout
    assert recipient["origin"]["b"] in shown


def test_a_bundle_of_another_log_bringing_an_id_already_kept_here_is_refused(recipient, tmp_path):
    store = tmp_path / "mine"
    assert _import(store, recipient["a"]).returncode == 0
    proc = _import(store, recipient["b"])
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    assert recipient["x"] in lines[0]
    assert recipient["origin"]["a"] in lines[0] and recipient["origin"]["b"] in lines[0]
    listed = json.loads(run_cli("list", "--json", store=store).stdout)
    assert [c["capture_id"] for c in listed] == [recipient["x"]]  # A's alone: nothing of B's imported
    doc = json.loads(run_cli("show", recipient["x"], "--json", store=store).stdout)
    assert doc["original_log"]["origin"] == recipient["origin"]["a"]


def test_the_refused_bundle_imports_into_a_store_without_the_clash(recipient, tmp_path):
    store = tmp_path / "mine"
    assert _import(store, recipient["a"]).returncode == 0
    assert _import(store, recipient["b"]).returncode == 2
    other = tmp_path / "other"
    proc = _import(other, recipient["b"])
    assert proc.returncode == 0, proc.stderr
    assert [c["capture_id"] for c in json.loads(proc.stdout)["captures"]] == [recipient["x"]]


def test_the_import_entry_records_the_log_each_kept_id_belongs_to(recipient, tmp_path, key_dir):
    store = tmp_path / "mine"
    assert _import(store, recipient["b"]).returncode == 0
    with Archive.open(store) as arc:
        [entry] = [e for e in arc.log.entries() if e.type == "import"]
    [cap] = entry.data["captures"]
    assert cap["original_capture_id"] == recipient["x"]
    assert cap["original_log"]["origin"] == recipient["origin"]["b"]
    assert cap["original_log"]["key_fingerprint"].startswith("sha256:")


def test_an_index_that_names_another_log_for_a_kept_id_disagrees_with_the_log(recipient, tmp_path):
    import sqlite3

    store = tmp_path / "mine"
    assert _import(store, recipient["b"]).returncode == 0
    with sqlite3.connect(store / "index.sqlite3") as db:
        [(detail,)] = db.execute("SELECT detail FROM captures").fetchall()
        changed = json.loads(detail)
        changed["original_log"]["origin"] = recipient["origin"]["a"]
        db.execute("UPDATE captures SET detail=?", (json.dumps(changed),))
    proc = run_cli("show", recipient["x"], "--json", store=store)
    assert proc.returncode == 1 and json.loads(proc.stdout)["evidence"] == "altered", proc.stdout + proc.stderr


def test_the_citation_of_a_kept_id_names_the_log_it_belongs_to(recipient, tmp_path):
    store = tmp_path / "mine"
    assert _import(store, recipient["b"]).returncode == 0
    proc = run_cli("cite", recipient["x"], "--style", "csl-json", store=store)
    assert proc.returncode == 0, proc.stderr
    [item] = json.loads(proc.stdout)
    assert f"where it is capture {recipient['x']} of log {recipient['origin']['b']}" in item["note"]


def test_reindex_keeps_the_log_a_kept_id_belongs_to(recipient, tmp_path):
    store = tmp_path / "mine"
    assert _import(store, recipient["b"]).returncode == 0
    assert run_cli("reindex", store=store).returncode == 0
    doc = json.loads(run_cli("show", recipient["x"], "--json", store=store).stdout)
    assert doc["evidence"] == "present" and doc["original_log"]["origin"] == recipient["origin"]["b"]


def test_history_names_the_log_a_kept_id_belongs_to(recipient, tmp_path):
    store = tmp_path / "mine"
    assert _import(store, recipient["b"]).returncode == 0
    url = json.loads(run_cli("show", recipient["x"], "--json", store=store).stdout)["url"]
    proc = run_cli("history", url, store=store)
    assert proc.returncode == 0, proc.stderr
    assert f"capture id {recipient['x']} is the id of log {recipient['origin']['b']}" in proc.stdout
    [row] = json.loads(run_cli("history", url, "--json", store=store).stdout)["captures"]
    assert row["original_capture_id"] == recipient["x"]
    assert row["original_log"]["origin"] == recipient["origin"]["b"]


def test_diff_names_the_log_of_each_side_whose_id_was_kept(recipient, tmp_path, key_dir):
    store = tmp_path / "mine"
    assert _import(store, recipient["b"]).returncode == 0
    site = Site()
    site.routes["/budget"] = html_page(A_PAGE)
    try:
        with Archive.open(store) as arc:
            mine = arc.capture(site.url("/budget")).capture_id
    finally:
        site.close()
    proc = run_cli("diff", recipient["x"], mine, store=store)
    assert proc.returncode in (0, 1), proc.stderr
    notes = [line for line in proc.stdout.splitlines() if line.startswith("note: ")]
    assert f"note: {recipient['x']}: capture id {recipient['x']} is the id of log {recipient['origin']['b']}" in notes[0]
    assert not any(mine in line for line in notes)  # this store's own capture: no note


def test_a_kept_id_keeps_the_capture_time_its_log_states(recipient, tmp_path):
    stated = json.loads(members(recipient["b"])["pages/pages.jsonl"].splitlines()[-1])["ts"]
    store = tmp_path / "mine"
    assert _import(store, recipient["b"]).returncode == 0
    doc = json.loads(run_cli("show", recipient["x"], "--json", store=store).stdout)
    assert doc["evidence"] == "present"
    assert doc["capture_time"] == stated  # not its response record's WARC-Date, a few ms off


def test_reindex_keeps_the_capture_time_a_kept_id_came_with(recipient, tmp_path):
    stated = json.loads(members(recipient["b"])["pages/pages.jsonl"].splitlines()[-1])["ts"]
    store = tmp_path / "mine"
    assert _import(store, recipient["b"]).returncode == 0
    assert run_cli("reindex", store=store).returncode == 0
    doc = json.loads(run_cli("show", recipient["x"], "--json", store=store).stdout)
    assert doc["evidence"] == "present" and doc["capture_time"] == stated
