"""The text index's form of a text (:func:`archiver.store.textindex.index_form`) makes line
breaks spaces before normalising, where that cannot change the result: it must stay the
normaliser's own output, byte for byte, on real pages and on strings built to hit every rule
that reads whitespace (hyphenation across a line break, French spacing, dashes, brackets,
runs of mixed whitespace, no-break spaces, combining marks)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from archiver.quotes.normalize import fold, normalized_text
from archiver.store.textindex import index_form, searchable

SAMPLES = Path(__file__).resolve().parents[1] / "archiver" / "samples"

#: Pieces the seeded strings are made of: each one some rule of the normaliser looks at.
PIECES = ["word", "Wort", "été", "ΣΑΣ", "fi", "\ufb01", "1", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t",
          "\u00a0", "\u202f", "-", "--", "\u2010", "\u2011", "\u2014", " \u2013 ", "\u00ad", ";", ":", "?", "!",
          "«", "»", "‹", "›", "(", ")", "[", "]", "(sic)", "[sic!]", "\u0301", "’", "“", "\u200b", "no-\ntice",
          "x -\n y", "a\u00ad\nb"]


def reference(text: str) -> str:
    return fold(normalized_text(text, unbracket=1))


def sample_texts() -> list[str]:
    from archiver.extract import extract

    texts = []
    for path in sorted(SAMPLES.glob("*.html")):
        article = extract(path.read_bytes(), url=f"https://example.org/{path.stem}",
                          content_type="text/html; charset=utf-8", http_status=200)
        texts += [article.text, article.page_text]
    return [t for t in texts if t]


def test_the_index_form_of_sample_pages_is_the_normalisers_output() -> None:
    texts = sample_texts()
    assert texts and any("\n" in t for t in texts)
    for text in texts:
        assert index_form(text) == reference(text)


@pytest.mark.parametrize("seed", range(8))
def test_the_index_form_of_strings_built_from_whitespace_rules_is_the_normalisers_output(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(500):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 24)))
        assert index_form(text) == reference(text), repr(text)


def test_a_line_break_that_ends_a_hyphenated_word_still_joins_it() -> None:
    assert index_form("the no-\ntice was\nposted") == "the notice was posted"


def reference_searchable(text: str, page_text: str) -> tuple[str, str | None]:
    """The text index's choice of what to index, every paragraph normalised (as it was)."""
    if not text or not page_text:
        return text or page_text, None
    page = reference(page_text)
    if all(reference(p).strip() in page for p in text.split("\n\n") if p.strip()):
        return page_text, page
    return text + "\n\n" + page_text, None


#: Line edges that paragraphs found verbatim in a page may have, and ones they may not.
EDGES = ["A", "z", "7", "“", "”", "‘", "’", '"', "'", ".", ":", "?", "!", ";", "-", "—", "(", ")", "[sic]",
         "«", "»", " ", "\u00a0", "\u0301", "Σ", "ΑΣ", "İ", "\ufb01", "x-", "\u00ad"]


def random_line(rng: random.Random) -> str:
    middle = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 8)))
    return rng.choice(EDGES) + middle + rng.choice(EDGES)


@pytest.mark.parametrize("seed", range(8))
def test_paragraphs_found_as_lines_of_the_page_are_judged_as_when_normalised(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(300):
        lines = [random_line(rng) for _ in range(rng.randint(1, 8))]
        page_text = rng.choice(["\n", "\n\n", "\r\n", "-\n", " \n", "\n— "]).join(lines)
        chosen = rng.sample(lines, rng.randint(1, len(lines)))
        if rng.random() < 0.2:
            chosen.append(random_line(rng))  # a paragraph the page may not hold
        text = "\n\n".join(chosen)
        assert searchable(text, page_text) == reference_searchable(text, page_text), (text, page_text)


def test_the_sample_pages_are_judged_as_when_every_paragraph_is_normalised() -> None:
    from archiver.extract import extract

    for path in sorted(SAMPLES.glob("*.html")):
        article = extract(path.read_bytes(), url=f"https://example.org/{path.stem}",
                          content_type="text/html; charset=utf-8", http_status=200)
        assert searchable(article.text, article.page_text) == reference_searchable(article.text, article.page_text)
