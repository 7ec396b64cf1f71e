"""Read commands import only what they use (issue 13): ``history`` of a URL no quote was verified
on imports no quote engine (importing it compiles some 300 patterns: 440 -> 180 ms of CPU for a
40-capture history), and ``cite`` imports no extractor (trafilatura, lxml: ~80 ms) unless
``cite --authors backed`` asks for the backing model's threshold. (``show`` still does: it renders
the article with :func:`archiver.extract.render_article`, and the package imports trafilatura.)

Import state needs a fresh process (this one has imported everything), so each check runs the
command in a subprocess and reads its ``sys.modules`` at exit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli import run_cli
from servers import Site, html_page

REPO = Path(__file__).resolve().parents[1]
PAGE = (b"<!DOCTYPE html><html><head><title>Harbour news</title><meta name='author' content='Ana Lima'></head>"
        b"<body><article><h1>Harbour news</h1><p>The harbour opens on Monday after two years of repairs, "
        b"the port authority said.</p></article></body></html>")

QUOTE_ENGINE = ("archiver.quotes.align", "archiver.quotes.verify", "archiver.quotes.service", "archiver.quotes.parse")
EXTRACTOR = ("trafilatura", "lxml", "archiver.extract.author_backing")


def _modules_after(argv: list[str], store: Path, tmp_path: Path) -> tuple[int, list[str]]:
    out = tmp_path / "modules.json"
    script = ("import atexit, json, sys\n"
              f"atexit.register(lambda: open({str(out)!r}, 'w').write(json.dumps(sorted(sys.modules))))\n"
              "from archiver import cli\n"
              f"sys.argv = ['archiver', '--store', {str(store)!r}, *{argv!r}]\n"
              "cli.run()\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120)
    return done.returncode, json.loads(out.read_text())


def _loaded(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == n or m.startswith(n + ".") for n in names)]


@pytest.fixture(scope="module")
def two_captures(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, list[str]]:
    store = tmp_path_factory.mktemp("read-imports") / "store"
    site = Site()
    site.routes["/a"] = html_page(PAGE)
    try:
        url = site.url("/a")
        ids = [json.loads(run_cli("archive", url, "--json", store=store).stdout)["capture_id"] for _ in range(2)]
    finally:
        site.close()
    return store, url, ids


def test_history_of_a_url_no_quote_was_verified_on_imports_no_quote_engine(
        two_captures: tuple[Path, str, list[str]], tmp_path: Path) -> None:
    store, url, _ = two_captures
    code, modules = _modules_after(["history", url, "--json"], store, tmp_path)
    assert code == 0 and "archiver.history" in modules
    assert _loaded(modules, QUOTE_ENGINE) == []


def test_cite_imports_no_extractor(two_captures: tuple[Path, str, list[str]], tmp_path: Path) -> None:
    store, _, ids = two_captures
    code, modules = _modules_after(["cite", ids[0]], store, tmp_path)
    assert code == 0 and "archiver.export.cite" in modules
    assert _loaded(modules, EXTRACTOR) == []
