"""Issue 14 end to end: plain-text and undeclared windows-1252 pages are verifiable, and a
whole-archive search lists every capture holding a quote, earliest first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, response

STATEMENT = (b"Statement of the harbour board\r\n\r\nThe board will not raise mooring fees in 2027.\r\n"
             b"Repairs to the north pier begin on 3 March.\r\n")
NOTES = b"# Council notes\n\nThe library on Elm Street stays open on Sundays.\n"
SHORT_W1252 = ("<html><head><title>Statement</title></head><body><article><p>Renée Façade, "
               "the mayor of Genève, said the Ångström bridge will reopen in May.</p></article>"
               "</body></html>").encode("cp1252")
SHARED = "The reservoir held only a third of its usual water at the end of the summer."


def copy_page(n: int) -> bytes:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Drought report {n}"
            f"</title></head><body><article><h1>Drought report {n}</h1><p>Report number {n} from the "
            f"valley. {SHARED} Farmers in district {n} asked for help.</p></article></body></html>"
            ).encode()


@pytest.fixture(scope="module")
def site():
    s = Site()
    s.routes["/statement.txt"] = lambda h: response(
        "200 OK", [("Content-Type", "text/plain; charset=utf-8")], STATEMENT)
    s.routes["/notes.md"] = lambda h: response("200 OK", [("Content-Type", "text/markdown")], NOTES)
    s.routes["/short"] = lambda h: response("200 OK", [("Content-Type", "text/html")], SHORT_W1252)
    for n in range(1, 4):
        s.routes[f"/copy{n}"] = (lambda b: lambda h: response(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], b))(copy_page(n))
    yield s
    s.close()


def vq(store: Path, *args: str):
    return run_cli("verify-quote", *args, store=store)


def test_a_plain_text_capture_is_verifiable_by_url(store: Path, site: Site) -> None:
    url = site.url("/statement.txt")
    assert run_cli("archive", url, store=store).returncode == 0
    proc = vq(store, "The board will not raise mooring fees in 2027.", "--url", url, "--json")
    doc = json.loads(proc.stdout)
    assert (proc.returncode, doc["verdict"]) == (0, "exact"), proc.stderr
    assert vq(store, "The board will raise mooring fees in 2027.", "--url", url).returncode == 1


def test_a_markdown_capture_is_verifiable_by_url(store: Path, site: Site) -> None:
    url = site.url("/notes.md")
    assert run_cli("archive", url, store=store).returncode == 0
    proc = vq(store, "The library on Elm Street stays open on Sundays", "--url", url, "--json")
    assert (proc.returncode, json.loads(proc.stdout)["verdict"]) == (0, "exact"), proc.stderr


def test_a_short_undeclared_windows_1252_page_verifies(store: Path, site: Site) -> None:
    url = site.url("/short")
    assert run_cli("archive", url, store=store).returncode == 0
    proc = vq(store, "the mayor of Genève, said the Ångström bridge will reopen", "--url", url, "--json")
    assert (proc.returncode, json.loads(proc.stdout)["verdict"]) == (0, "exact"), proc.stderr


def test_whole_archive_search_lists_every_capture_holding_the_quote_earliest_first(
        store: Path, site: Site) -> None:
    for n in (2, 1, 3):  # archived out of URL order: capture time decides the order shown
        assert run_cli("archive", site.url(f"/copy{n}"), store=store).returncode == 0
    proc = vq(store, SHARED, "--json")
    doc = json.loads(proc.stdout)
    assert proc.returncode == 0, proc.stderr
    holders = doc["holders"]
    assert [h["url"] for h in holders] == [site.url(f"/copy{n}") for n in (2, 1, 3)]
    assert [h["captured_at"] for h in holders] == sorted(h["captured_at"] for h in holders)
    assert all(h["evidence"] == "present" and h["log_seq"] for h in holders)
    assert doc["capture"] == holders[0]["capture"]  # the earliest holder is the one cited
    human = vq(store, SHARED).stdout
    assert "held by: 3 capture(s)" in human
    assert all(h["capture"] in human for h in holders)
