"""The extraction modules' patterns are compiled on first use, not at import (issue 13: ~80 ms of
one ``archive URL``), and answer exactly as the same ``re.compile`` made up front."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from archiver.core import lazy_re
from archiver.core.lazy_re import LazyPattern
from archiver.extract import (
    authors,
    css_sizes,
    notice_credit_forms,
    notice_credits,
    notice_features,
    notices,
    page_lines,
    signals,
    state,
    style_texts,
)
from archiver.extract import text as text_module
from archiver.extract.cue_match import Guarded
from archiver.quotes import normalize
from archiver.store import textindex

REPO = Path(__file__).resolve().parents[1]
MODULES = (signals, notices, notice_features, notice_credit_forms, notice_credits, authors, state, normalize, textindex, text_module,
           page_lines, style_texts, css_sizes)

SAMPLES = [
    "By Stephen Lendman", "Global Research, June 04, 2019", "Jane Doe and John Roe, Reuters",
    "Foto: Max Muster / dpa", "© 2023 Example Media GmbH. All rights reserved.", "Photo: Getty Images",
    "Disclaimer: the views expressed are the author’s own.", "Von Matthias Lauerer am 6. Mai 2014",
    "Иван Петров, корреспондент РИА Новости", "记者 王小明 李华", "정덕현 칼럼니스트 x@y.kr",
    "Redacción EFE · 12.03.2020", "İSTANBUL ıi ſtraſſe Straße", "MONDAY, Dec 3 — updated 5 minutes ago",
    "(UPDATE, 8.12.2018: Es gibt inzwischen neue Zahlen zu dem Thema.)", "Jane DoeMarch", "",
    "subscribe now to continue reading", "We use cookies", "404 page not found", "a\u00adb\u200bc",
    ".x{display: none}", "font-size:.5px /* hide */", "calc(1.5em - 2px)", "rotate(90deg) scale(0.001)",
    "rocket-critical-css", "1e-3vw",
]


def _lazy_patterns() -> list[tuple[str, LazyPattern]]:
    found = []
    for module in MODULES:
        for name, value in vars(module).items():
            values = value if isinstance(value, list | tuple) else [value]
            values = [v[0] if isinstance(v, tuple) and v else v for v in values]  # text's (pattern, bit) pairs
            items = [v.pattern if isinstance(v, Guarded) else v for v in values]
            found += [(f"{module.__name__}.{name}", p) for p in items if isinstance(p, LazyPattern)]
    return found


def test_the_extraction_modules_hold_lazily_compiled_patterns() -> None:
    assert len(_lazy_patterns()) >= 140


def test_every_lazy_pattern_answers_as_the_pattern_compiled_up_front() -> None:
    for name, lazy in _lazy_patterns():
        eager = re.compile(lazy.pattern, lazy.flags)
        for text in SAMPLES:
            assert lazy.search(text) == eager.search(text) or (
                lazy.search(text).span() == eager.search(text).span()), (name, text)  # type: ignore[union-attr]
            assert lazy.findall(text) == eager.findall(text), (name, text)
            assert lazy.split(text) == eager.split(text), (name, text)
            assert lazy.sub("#", text) == eager.sub("#", text), (name, text)
            assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)], (name, text)
            assert bool(lazy.match(text)) == bool(eager.match(text)), (name, text)
            assert bool(lazy.fullmatch(text)) == bool(eager.fullmatch(text)), (name, text)
            assert lazy.subn("#", text) == eager.subn("#", text), (name, text)


def test_a_lazy_pattern_is_compiled_on_first_use_and_then_called_directly() -> None:
    lazy = lazy_re.compile(r"\bneedle\b", re.IGNORECASE)
    assert "_compiled" not in vars(lazy)
    assert lazy.search("a NEEDLE here").group(0) == "NEEDLE"  # type: ignore[union-attr]
    compiled = lazy.compiled()
    assert compiled is re.compile(r"\bneedle\b", re.IGNORECASE)
    assert lazy.search == compiled.search and lazy.sub == compiled.sub
    assert lazy.groups == 0 and lazy.pattern == r"\bneedle\b"


def test_importing_extraction_compiles_none_of_its_lazy_patterns(fresh_extraction: dict[str, Any]) -> None:
    # A fresh process that imports extraction, the text index and the normaliser (tests/fresh_probe.py)
    total, compiled = fresh_extraction["imported"]
    assert total >= 140 and compiled == 0


def test_the_text_modules_patterns_are_all_compiled_on_first_use() -> None:
    """extract/text.py's boilerplate and extract/page_lines.py's context-name patterns too (a page
    needs only some)."""
    eager = [f"{module.__name__}.{name}" for module in (text_module, page_lines)
             for name, value in vars(module).items() if isinstance(value, re.Pattern)]
    eager += [f"_CTX_NAMES[{i}]" for i, (p, _) in enumerate(page_lines._CTX_NAMES) if isinstance(p, re.Pattern)]
    assert eager == []
    assert sum(1 for name, _ in _lazy_patterns() if name.startswith("archiver.extract.text.")) >= 6
    assert sum(1 for name, _ in _lazy_patterns() if name.startswith("archiver.extract.page_lines.")) >= 22


def test_the_style_passs_patterns_are_all_compiled_on_first_use() -> None:
    """extract/style_texts.py's and extract/css_sizes.py's: a page without ``<style>`` rules or
    inline sizes to read compiles none of them (~0.5 ms of one ``archive URL``, issue 13)."""
    eager = [f"{module.__name__}.{name}" for module in (style_texts, css_sizes)
             for name, value in vars(module).items() if isinstance(value, re.Pattern)]
    assert eager == []
    assert sum(1 for name, _ in _lazy_patterns() if name.startswith(("archiver.extract.style_texts.",
                                                                      "archiver.extract.css_sizes."))) == 11
