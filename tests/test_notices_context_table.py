"""bench/notice_contexts.py: where a notice sits on a page, as the detector reads it.

The table that decided round 29 (bench/labels/README.md, "where the blind first runs' misses sit")
counts labels and non-notice lines per DOM context and place against the main text; these
fixtures of our own pin the reading it rests on: a small-print line closing the article, a
caption, a note-classed aside, and the outcome dump of bench/notice_misses.py it reads.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"

_PARAGRAPH = ("The council met on Tuesday evening to discuss the new budget for the coming year, and the "
              "members agreed after a long debate that the library would stay open on Sundays. ")

_PAGE = f"""<html><head><title>Council keeps the library open</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article><h1>Council keeps the library open</h1>
<p>{_PARAGRAPH * 2}</p>
<figure><img src="a.jpg"><figcaption>The library on Main Street</figcaption></figure>
<p>{_PARAGRAPH * 3}</p>
<p>{_PARAGRAPH * 2}</p>
<p><small>We thank the reading circle for the pictures of this evening.</small></p>
</article>
<aside class="editor-note"><p>Our reporters attend every council meeting open to the public.</p></aside>
<footer><p>Imprint</p></footer>
</body></html>"""


@pytest.fixture(scope="module")
def contexts() -> ModuleType:
    """bench/notice_contexts.py, imported as the scripts import each other (bench/ on the path)."""
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("notice_contexts", BENCH / "notice_contexts.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


@pytest.fixture(scope="module")
def page(contexts: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """Each line of the fixture page and the contexts it sits in."""
    path = tmp_path_factory.mktemp("page") / "page.html"
    path.write_text(_PAGE, encoding="utf-8")
    lines = contexts.page_lines(str(path), "https://news.example.org/2024/library")
    return {line: contexts.contexts_of(bits, position, beside, under) for line, bits, position, beside, under in lines}


def test_a_small_print_paragraph_closing_the_article_sits_at_the_main_texts_edge(page: dict[str, list[str]]):
    found = page["We thank the reading circle for the pictures of this evening."]
    assert "small/italic" in found
    assert "small/italic at main edge or beside" in found


def test_a_figure_caption_sits_in_the_caption_context(page: dict[str, list[str]]):
    assert "caption" in page["The library on Main Street"]


def test_a_note_classed_aside_after_the_article_sits_in_note_and_aside_contexts(page: dict[str, list[str]]):
    found = page["Our reporters attend every council meeting open to the public."]
    assert {"note-classed", "aside", "box/aside/note"} <= set(found)
    assert "main body" not in found


def test_a_lines_primary_context_is_the_first_of_the_fixed_order(contexts: ModuleType):
    assert contexts._primary(["main edge", "small/italic", "caption"]) == "caption"
    assert contexts._primary(["note-classed"]) == "none"  # the narrow contexts are never primary


def test_the_misses_dump_writes_one_json_line_per_label(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.syspath_prepend(str(BENCH))
    spec = importlib.util.spec_from_file_location("notice_misses", BENCH / "notice_misses.py")
    assert spec is not None and spec.loader is not None
    misses = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(misses)
    out = tmp_path / "dump.jsonl"
    tasks = [("/pages/a.html", "https://a.example/x", [], []), ("/pages/b.html", "https://b.example/y", [], [])]
    outcomes = [[("found", "", "image_credit", "Foto: Jane Doe")],
                [("a", "no cue or form on its line", "sponsored", "Thanks to the publisher"),
                 ("b", "statement p=0.31", "disclaimer", "Not advice")]]
    misses._dump(out, "notices-dev99", tasks, outcomes)
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["file"], r["class"], r["text"]) for r in rows] == [
        ("/pages/a.html", "found", "Foto: Jane Doe"), ("/pages/b.html", "a", "Thanks to the publisher"),
        ("/pages/b.html", "b", "Not advice")]
    assert {r["set"] for r in rows} == {"notices-dev99"}
