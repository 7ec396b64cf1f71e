"""Words a page shows inside a sentence through a form control, a drawing or a formula, put into the tree as text.

"The old wooden pier is <input value="not"> safe" shows every reader "is [not] safe", the "not" in a box. trafilatura
deletes form controls, ``<svg>``, ``<math>`` and ``<object>`` with their words, and the page text left them out too:
the archived text read "The old wooden pier is safe for heavy lorries", a sequence no reader saw, and ``verify-quote``
answered ``exact`` for it (lead55, found by probing ~60 elements inside a sentence against the article text). So the
words such an element shows are written after it as a ``<span>`` (:func:`show_control_values`, from
:func:`archiver.extract.text.parse_html`, before anything reads the tree), and every reader reads the sentence as it
was shown; the quote engine then judges a quote of it as it judges any other (a dropped "not" is ``altered``).

What each shows, as Chromium draws it:

* a ``<textarea>``: its text; an ``<input>`` of a type that shows text (text, search, email, url, tel, number, none
  given; a button's value: button, submit, reset): its ``value``, or its ``placeholder`` when it has none;
* a ``<select>``: the option chosen (``selected``), else its first, by its ``label`` or its text;
* an ``<svg>``: the words of its ``<text>`` elements (not its ``<title>`` or ``<desc>``: a tooltip, a description);
* a ``<math>``: its token elements' text (``<mi>``, ``<mn>``, ``<mo>``, ``<mtext>``, ``<ms>``), not an annotation;
  one with a TeX annotation or an ``alttext`` trafilatura already writes as LaTeX ("\\(x^2\\)"), and it is left so;
* an ``<object>`` with no ``data``: its fallback content, which is what a browser shows then; text written in a
  ``<picture>`` beside its sources and image (drawn inline).

Only inside a sentence (words run into the element and on after it: :func:`archiver.extract.traf_layout.in_a_sentence`):
a form's own fields ("Name: <input>") and a chart in a figure are no part of the article's sentences, and trafilatura's
choice of paragraphs is left as it was. The span takes the element's ``class``, ``id``, ``style``, ``hidden``, ``lang``
and ``dir``, so the page's hiding rules and language read it as they read the element (an ``<input type=hidden>``
shows nothing and is not read). Left: a style sheet rule that hides the element by its tag name alone (``input
{display:none}``) does not hide the span; a ``<select multiple>`` shows several options (the first chosen one is
read); an ``<object>`` whose ``data`` fails to load shows its fallback, which is not read.
"""

from __future__ import annotations

from typing import Any

from archiver.extract.traf_layout import in_a_sentence

#: The elements read here.
CONTROL_TAGS = ("textarea", "input", "select", "svg", "math", "object", "picture")
#: ``<input>`` types that show their value (or placeholder) as text.
_TEXT_INPUTS = frozenset(["", "text", "search", "email", "url", "tel", "number", "button", "submit", "reset"])
#: The attributes the span takes from the element it stands for.
_CARRIED = ("class", "id", "style", "hidden", "lang", "dir")
_MATH_TOKENS = ("mi", "mn", "mo", "mtext", "ms")


def show_control_values(tree: Any) -> None:
    """Write the words each control, drawing or formula inside a sentence shows after it, as a ``<span>``
    (module docstring)."""
    for el in list(tree.iter(*CONTROL_TAGS)):
        words = shown_words(el)
        if not words or not any(ch.isalnum() for ch in words) or not in_a_sentence(el):
            continue
        span = el.makeelement("span", {k: v for k in _CARRIED if (v := el.get(k)) is not None})
        span.text = words
        span.tail, el.tail = el.tail, None
        el.addnext(span)
        if el.tag == "picture":  # (its loose text moves into the span: the page text read it where it stood)
            el.text = None
            for child in el:
                child.tail = None


def shown_words(el: Any) -> str | None:
    """The words ``el`` (one of :data:`CONTROL_TAGS`) shows a reader, or None."""
    tag = el.tag
    if tag == "textarea":
        return str(el.text_content()).strip() or None
    if tag == "input":
        if (el.get("type") or "").strip().lower() not in _TEXT_INPUTS:
            return None
        return (el.get("value") or "").strip() or (el.get("placeholder") or "").strip() or None
    if tag == "select":
        options = list(el.iter("option"))
        chosen = next((o for o in options if o.get("selected") is not None), options[0] if options else None)
        if chosen is None:
            return None
        return (chosen.get("label") or str(chosen.text_content())).strip() or None
    if tag == "svg":
        return " ".join(" ".join(t.itertext()).strip() for t in el.iter("text")).strip() or None
    if tag == "math":
        if el.get("alttext") or any(a.get("encoding") == "application/x-tex" for a in el.iter("annotation")):
            return None  # trafilatura writes its LaTeX ("\\(x^2\\)") into the text itself
        return " ".join(t.text.strip() for t in el.iter(*_MATH_TOKENS) if t.text and t.text.strip()) or None
    if tag == "picture":  # (text beside its <source> and <img>: drawn inline, as a <span>'s)
        return " ".join(str(el.text_content()).split()) or None
    if tag == "object" and el.get("data") is None:
        return " ".join(str(el.text_content()).split()) or None
    return None


__all__ = ["CONTROL_TAGS", "show_control_values", "shown_words"]
