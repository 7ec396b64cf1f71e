"""What a quote test reads of a verification: its material differences, by kind and by note."""

from __future__ import annotations

from archiver.quotes import QuoteResult


def material_kinds(result: QuoteResult) -> list[str]:
    """The kinds of the result's material differences, in order."""
    return [d.kind for d in result.differences if d.material]


def material_notes(result: QuoteResult, kind: str) -> list[str]:
    """The notes of the result's material differences of ``kind`` ("trailing_word", "number"), in
    order."""
    return [d.note or "" for d in result.differences if d.material and d.kind == kind]
