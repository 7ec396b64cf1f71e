"""What a quote test reads of a verification: its material differences, by kind and by note, and
the two verdicts edge-rule tests assert (a cut that changes the claim, its faithful neighbour)."""

from __future__ import annotations

from archiver.quotes import QuoteResult, verify_quote


def material_kinds(result: QuoteResult) -> list[str]:
    """The kinds of the result's material differences, in order."""
    return [d.kind for d in result.differences if d.material]


def material_notes(result: QuoteResult, kind: str) -> list[str]:
    """The notes of the result's material differences of ``kind`` ("trailing_word", "number"), in
    order."""
    return [d.note or "" for d in result.differences if d.material and d.kind == kind]


def assert_altered(quote: str, source: str, kind: str) -> None:
    """``quote`` of ``source`` is ``altered``, with a material difference of ``kind``."""
    result = verify_quote(quote, source)
    assert result.verdict == "altered", (result.verdict, result.explanation)
    assert kind in material_kinds(result)


def assert_exact(quote: str, source: str) -> None:
    """``quote`` of ``source`` is ``exact``."""
    result = verify_quote(quote, source)
    assert result.verdict == "exact", (result.verdict, result.explanation)


def assert_named_claim(quote: str, source: str) -> None:
    """``quote`` of ``source`` is ``altered`` for the attribution it cuts off at its start (rules 44:
    an attribution cut from either end makes the source's report its own claim), read as a named
    source's claim ("claim of" in the note), not as a rumour ("unconfirmed")."""
    result = verify_quote(quote, source)
    notes = material_notes(result, "leading_qualifier")
    assert result.verdict == "altered" and notes, (result.verdict, result.explanation)
    assert all("unconfirmed" not in n and "claim of" in n for n in notes), notes


def assert_shown_at(quote: str, source: str, kind: str, words: str) -> None:
    """``quote`` of ``source`` is ``altered``, and its first difference is of ``kind``, names ``words`` of the source
    and points at them there (its offsets)."""
    result = verify_quote(quote, source)
    assert result.verdict == "altered", (result.verdict, result.explanation)
    first = result.differences[0]
    assert (first.kind, first.source, source[first.start:first.end]) == (kind, words, words)
