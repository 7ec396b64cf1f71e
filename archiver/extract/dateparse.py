"""htmldate's dateparser fallback, pointed at :mod:`archiver.extract.dateparse_locales`.

htmldate builds its dateparser parser in one function, ``htmldate.extractors.
get_external_parser``, and offers no setting to pass another; :func:`install` replaces that
module attribute (the one place this package touches htmldate's internals; trafilatura's
pruning XPaths are the other dependency hook, :mod:`archiver.extract.traf_prune`). Why a module of
its own: importing dateparser costs about 27 ms, and only about 2% of pages reach the fallback,
so the parser's module (and dateparser) is imported on the first fallback, not when extraction
is imported, as htmldate itself does.
"""

from __future__ import annotations

from typing import Any

import htmldate.extractors as htmldate_extractors

#: htmldate's own factory, kept so that tests can hold our parser's arguments to its.
HTMLDATE_OWN_FACTORY = htmldate_extractors.get_external_parser


def external_parser() -> Any:
    """The process's :class:`~archiver.extract.dateparse_locales.LetterFilteredDateDataParser`."""
    from archiver.extract import dateparse_locales

    return dateparse_locales.external_parser()


def install() -> None:
    """Make htmldate's dateparser fallback use :func:`external_parser` (idempotent)."""
    htmldate_extractors.get_external_parser = external_parser  # type: ignore[assignment]  # a plain function where htmldate has an lru_cache wrapper: see the module docstring
