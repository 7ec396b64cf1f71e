"""Credits printed under a label the byline readers of :mod:`archiver.extract.signals` do not pair with their names
(authors-blind18's first run missed one of each; round b19auth):

- a writer's and an editor's label in one line, their names after it in the same order ("22.09.16 | Autor /
  Redakteur: Jane Roe / Dr. John Doe", "Text / Redaktion: ...", "Author / Editor: ..."): the names at the writer
  labels' places are the writers, the editor is none (:func:`paired_label_credit`);
- "Author:" alone on its line, the name on the next and a date within two lines of them, anywhere on the page
  (a guide's foot: "Author:" / "Jane Roe" / "Last Updated:" / "February 1, 2026"), when the page prints one such
  label only (:func:`lone_dated_label`): a list of other posts prints one for each.

A wrong author is worse than none: the pair is read only beside the headline, where
:func:`~archiver.extract.signals.headline_credit` reads a credit; the lone label is only the page's "By" line
reading, which the policy reports only with a second reading that agrees (trafilatura's layout guess or a
declaration, rule 3 of :func:`archiver.extract.authors.well_supported`).

Why a module of its own: signals.py holds ~2,900 lines of byline rules (it says why at its top); these two forms are
read only where :mod:`archiver.extract.authors` asks for them, each by one function a test can call on lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from archiver.core import lazy_re
from archiver.extract.signals import clean_authors, dated_label_list, label_list, name_kind

# The writer's labels and the editor's, in the six languages (the pair's labels, folded to lower case).
_WRITER = frozenset(("autor", "autorin", "autoren", "text", "author", "authors", "auteur", "autrice", "texte",
                     "autora", "autores", "texto", "autore", "testo"))
_EDITOR = frozenset(("redakteur", "redakteurin", "redaktion", "bearbeitung", "lektorat", "editor", "editors",
                     "editorin", "rédaction", "édition", "redacción", "edición", "edicion", "redazione", "edição",
                     "edicao", "revisão", "revisione", "revisión"))
# "<label> / <label>: <name> / <name>", a numeric date and a separator before it or not.
_PAIR = lazy_re.compile(
    r"^\W{0,3}(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\s*[-–—|•·]\s*)?"
    r"(?P<labels>[^\W\d_]+(?:\s*/\s*[^\W\d_]+){1,3})\s*[:：]\s*(?P<names>[^:：]{3,120})$")
#: Lines around the headline the pair is read on (as :func:`~archiver.extract.signals.headline_credit` reads).
_NEAR_HEADLINE = (1, 2, 3, 4, 5, -1, -2)


def paired_label_credit(line: str) -> list[str]:
    """The writers of a credit line labelling a writer and an editor together ("Autor / Redakteur: Jane Roe / Dr.
    John Doe" gives ``["Jane Roe"]``): the labels one writer's or editor's each, at least one of each, and as many
    names after the colon, apart by "/"; else ``[]``."""
    m = _PAIR.match(line.strip()) if len(line) <= 160 else None
    if m is None:
        return []
    labels = [w.strip().casefold() for w in m.group("labels").split("/")]
    names = [n.strip() for n in m.group("names").split("/")]
    if len(labels) != len(names) or not all(w in _WRITER or w in _EDITOR for w in labels) \
            or not any(w in _WRITER for w in labels) or not any(w in _EDITOR for w in labels):
        return []
    writers: list[str] = []
    for label, name in zip(labels, names, strict=True):
        if label in _WRITER:
            cleaned = clean_authors(name, led=True)
            if cleaned != [name] or name_kind(name) != "person":
                return []  # no person's name at a writer's place: a desk, a handle, a phrase
            writers.append(name)
    return writers


def paired_label_near(lines: Sequence[str], at: int) -> list[str]:
    """:func:`paired_label_credit` on the lines beside the headline at ``lines[at]``, nearest first."""
    for offset in _NEAR_HEADLINE:
        i = at + offset
        if 0 <= i < len(lines) and (names := paired_label_credit(lines[i])):
            return names
    return []


# The singular label with its colon only: a plural one ("Author(s)", "Autoren") lists a report's writers, which the
# author box's reader takes under the story (:func:`~archiver.extract.author_box.author_box_credit`); read here too,
# it cut blind13's three writers to one.
_LABEL_WORD = lazy_re.compile(r"^\W{0,3}(?:author|autor|autorin|autora|autore|auteur|autrice)\s*[:：]\s*$",
                              re.IGNORECASE)


def lone_dated_label(lines: Sequence[str]) -> list[str]:
    """The names under the page's one author label with a date beside it
    (:func:`~archiver.extract.signals.dated_label_list`), wherever it stands; ``[]`` when the page prints another
    author label (a list of posts, a book's record) or none."""
    found: list[str] = []
    labels = 0
    for i, line in enumerate(lines):
        if len(line) > 14 or _LABEL_WORD.match(line) is None or not label_list(lines, i):
            continue
        labels += 1
        if labels > 1:
            return []
        found = dated_label_list(lines, i)
    return found if len(found) == 1 else []


__all__ = ["lone_dated_label", "paired_label_credit", "paired_label_near"]
