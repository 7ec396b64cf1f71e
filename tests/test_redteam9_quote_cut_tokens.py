"""Review 9 (F1, F8) end to end: a quote cut out of a longer number or word, or joining two
speakers' quotations, is refused by ``verify-quote`` on one capture, by a whole-archive search
and by ``check``, while the whole token still verifies. A page served from 127.0.0.1, a real
store, the real CLI (in process, tests/cli.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, response

PAGE = (
    b"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Harbour plan</title></head>"
    b"<body><article><h1>Harbour plan</h1>"
    b"<p>The city council voted on Tuesday to spend 1.5 million euros on repairs to the old "
    b"harbour wall, after a debate that lasted almost four hours.</p>"
    b"<p>The parliament passed a non-binding resolution on the harbour on Monday.</p>"
    b"<p>Berg said: \"The harbour is safe.\" \"The wall will collapse,\" Weller replied.</p>"
    b"</article></body></html>"
)


@pytest.fixture(scope="module")
def site():
    s = Site()
    s.routes["/plan"] = lambda h: response("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                           PAGE)
    yield s
    s.close()


@pytest.fixture(scope="module")
def archived(site: Site, tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("cut-tokens")
    env = {"ARCHIVER_KEY_DIR": str(root / "keys")}
    store = root / "store"
    proc = run_cli("archive", site.url("/plan"), store=store, env=env)
    assert proc.returncode == 0, proc.stderr
    return {"store": store, "env": env, "url": site.url("/plan")}


def _verify(archived: dict, quote: str, *scope: str) -> tuple[int, dict]:
    proc = run_cli("verify-quote", quote, *scope, "--json", store=archived["store"],
                   env=archived["env"])
    return proc.returncode, json.loads(proc.stdout)


@pytest.mark.parametrize("quote", [
    "5 million euros on repairs to the old harbour wall",
    "binding resolution on the harbour on Monday",
])
def test_a_quote_cut_out_of_a_token_is_altered_on_its_capture(archived: dict, quote: str) -> None:
    code, doc = _verify(archived, quote, "--url", archived["url"])
    assert (code, doc["verdict"]) == (1, "altered")


@pytest.mark.parametrize("quote", [
    "5 million euros on repairs to the old harbour wall",
    "binding resolution on the harbour on Monday",
])
def test_a_whole_archive_search_does_not_vouch_for_a_quote_cut_out_of_a_token(
        archived: dict, quote: str) -> None:
    code, doc = _verify(archived, quote)
    assert code != 0
    assert doc["verdict"] == "altered"


@pytest.mark.parametrize("quote", [
    "to spend 1.5 million euros on repairs to the old harbour wall",
    "a non-binding resolution on the harbour on Monday",
])
def test_the_whole_token_still_verifies_exactly(archived: dict, quote: str) -> None:
    for scope in (("--url", archived["url"]), ()):
        code, doc = _verify(archived, quote, *scope)
        assert (code, doc["verdict"]) == (0, "exact")


def test_two_speakers_quotations_joined_into_one_quote_are_altered(archived: dict) -> None:
    code, doc = _verify(archived, "The harbour is safe. The wall will collapse", "--url",
                        archived["url"])
    assert (code, doc["verdict"]) == (1, "altered")
    assert "stitched" in {d["kind"] for d in doc["differences"] if d["material"]}


def test_check_reports_a_manuscript_quote_cut_out_of_a_number_as_altered(
        archived: dict, tmp_path: Path) -> None:
    ms = tmp_path / "m.md"
    ms.write_text(
        f"The council will spend “5 million euros on repairs to the old harbour wall” "
        f"([Harbour plan]({archived['url']})).\n\n"
        f"The council voted “to spend 1.5 million euros on repairs to the old harbour wall” "
        f"([Harbour plan]({archived['url']})).\n", encoding="utf-8")
    proc = run_cli("check", str(ms), "--json", store=archived["store"], env=archived["env"])
    assert proc.returncode == 1, proc.stderr
    assert [q["status"] for q in json.loads(proc.stdout)["quotes"]] == ["altered", "exact"]
