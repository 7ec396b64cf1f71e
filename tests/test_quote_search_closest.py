"""A whole-archive quote search cites the closest capture of its best verdict, and says why.

Found by review rvs41b: among near-identical archived pages that each differ from the quote by a
trailing condition ("if the weather allowed"), some also by a district number, the search cited
the earliest page of the verdict ``altered`` (a changed number AND the condition) rather than the
page whose only difference was the condition. Among captures of the same verdict the primary is
now the one with the fewest material differences, then the fewest differences of any kind, then
the earliest (the rule before); the answer says which was chosen and why ("closest of N captures
with verdict altered"). Loopback pages, archived one by one (so their capture times are in order)
through the CLI in-process.
"""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli
from servers import Site, response

QUOTE = "Residents of district 42 said the new park would open next spring"


def park_page(district: int, ending: str = " if the weather allowed.") -> bytes:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>A park for district {district}</title></head><body><article>"
            f"<h1>A new park for district {district}</h1>"
            f"<p>Residents of district {district} said the new park would open next spring{ending}</p>"
            "<p>The council has not yet set a budget for the work, its spokesman said.</p>"
            "</article></body></html>").encode()


def archive_in_order(site: Site, store: Path, pages: list[tuple[str, bytes]]) -> dict[str, str]:
    """Each page archived by its own run, in the order given: path -> capture id."""
    ids = {}
    for path, body in pages:
        site.routes[path] = (lambda b: lambda h: response(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], b))(body)
        r = run_cli("archive", site.url(path), "--json", store=store)
        assert r.exit_code == 0, r.stdout + r.stderr
        ids[path] = json.loads(r.stdout)["capture_id"]
    return ids


def search(store: Path, *extra: str) -> tuple[int, str]:
    """The whole-archive search's exit code and its stdout (a readable answer or one JSON object)."""
    r = run_cli("verify-quote", QUOTE, *extra, store=store)
    assert r.exit_code in (0, 1), r.stdout + r.stderr
    return r.exit_code, r.stdout


def test_the_closest_capture_of_the_verdict_is_cited_though_others_are_older(site, store, key_dir):
    pages = [(f"/d{n}.html", park_page(n)) for n in (40, 41, 43, 44, 45, 46, 47, 48, 49)]
    ids = archive_in_order(site, store, [*pages, ("/d42.html", park_page(42))])
    code, out = search(store, "--json")
    doc = json.loads(out)
    assert code == 1, out
    assert doc["verdict"] == "altered"
    assert doc["capture"] == ids["/d42.html"]
    assert not any(d["kind"] == "number" for d in doc["differences"])


def test_an_exact_capture_is_cited_before_any_closer_looking_altered_one(site, store, key_dir):
    ids = archive_in_order(site, store, [("/d42.html", park_page(42)),
                                         ("/d42-exact.html", park_page(42, ".")),
                                         ("/d43.html", park_page(43))])
    code, out = search(store, "--json")
    doc = json.loads(out)
    assert code == 0, out
    assert doc["verdict"] == "exact"
    assert doc["capture"] == ids["/d42-exact.html"]
    assert doc["chosen"] is None  # the only capture of its verdict: nothing to choose between


def test_equally_close_captures_of_the_verdict_keep_the_earliest(site, store, key_dir):
    ids = archive_in_order(site, store, [("/d43.html", park_page(43)),
                                         ("/first.html", park_page(42)),
                                         ("/second.html", park_page(42))])
    _, out = search(store, "--json")
    doc = json.loads(out)
    assert doc["capture"] == ids["/first.html"], out
    assert doc["chosen"] == "earliest of 3 captures with verdict altered (equally close to the quote)"


def test_the_json_answer_says_the_capture_was_the_closest_of_its_verdict(site, store, key_dir):
    archive_in_order(site, store, [("/d43.html", park_page(43)), ("/d44.html", park_page(44)),
                                   ("/d42.html", park_page(42))])
    _, out = search(store, "--json")
    assert json.loads(out)["chosen"] == "closest of 3 captures with verdict altered"


def test_the_readable_answer_says_the_capture_was_the_closest_of_its_verdict(site, store, key_dir):
    archive_in_order(site, store, [("/d43.html", park_page(43)), ("/d44.html", park_page(44)),
                                   ("/d42.html", park_page(42))])
    _, out = search(store)
    assert "chosen:  closest of 3 captures with verdict altered\n" in out
