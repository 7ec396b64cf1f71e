"""The page the style-rule tests (rvsec69, rvsec70) each wrote out again, and the two checks they made of it.

The page holds words every reader is shown, a paragraph of filler and words a rule may hide (``class=x``);
:func:`stores.verdicts_on_archived_page` serves it from a loopback site, archives it and verifies quotes of it
through the CLI. A test then says only which rules it is given and which check it expects.
"""

from __future__ import annotations

from pathlib import Path

from stores import verdicts_on_archived_page

SHOWN = "The council engineers said on Monday that the wall is safe for everyone who walks by the river"
FILL = ("The inspection took three weeks and covered every section of the embankment from the old mill to "
        "the new bridge, and the report was read aloud at the town hall.")
HIDDEN = "The mayor admitted that the council had known of the cracks since last spring"


def wall_paragraphs(hidden_attrs: str = "class=x") -> str:
    """The page's three paragraphs: :data:`SHOWN`, :data:`FILL` and :data:`HIDDEN` with these attributes."""
    return f"<p>{SHOWN}.</p><p>{FILL}</p><p {hidden_attrs}>{HIDDEN}.</p>"


def wall_page(rules: str = "", *, head: str | None = None, article: str | None = "<article>",
              hidden_attrs: str = "class=x", doctype: str = "<!doctype html>") -> str:
    """A whole page titled Wall after ``doctype``: a ``<style>`` of ``rules`` in its head (``head`` as it is instead,
    when given) and :func:`wall_paragraphs` in its body, inside the ``article`` start tag (bare when None)."""
    paragraphs = wall_paragraphs(hidden_attrs)
    body = paragraphs if article is None else f"{article}{paragraphs}</article>"
    head = f"<style>{rules}</style>" if head is None else head
    return f"{doctype}<html><head><title>Wall</title>{head}</head><body>{body}</body></html>"


def assert_hides(store: Path, page: str, path: str = "/wall") -> None:
    """Archived into ``store`` from ``path``, ``page`` vouches for :data:`SHOWN` (``exact``) and not for
    :data:`HIDDEN` (neither ``exact`` nor ``normalized``)."""
    got = verdicts_on_archived_page(store, page, path, [SHOWN, HIDDEN])
    assert got[SHOWN] == (0, "exact"), got
    assert got[HIDDEN][1] not in ("exact", "normalized"), got


def assert_hides_nothing(store: Path, page: str, path: str = "/wall") -> None:
    """Archived into ``store`` from ``path``, ``page`` vouches for :data:`HIDDEN` (``exact``): no rule hid it."""
    got = verdicts_on_archived_page(store, page, path, [HIDDEN])
    assert got[HIDDEN] == (0, "exact"), got
