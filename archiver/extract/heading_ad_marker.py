"""An advertising marker in brackets opening or closing a headline: "Die besten Wanderwege am Bodensee (Anzeige)",
"Ten ways to save for a boat (Advertorial)", "[Publireportage] Les meilleurs hôtels de Genève".

The press sets the law's label beside a paid piece's headline in brackets: the page's disclosure that the piece is
paid for (a ``sponsored`` notice, the marker's words), and no word of the headline, so not of the title a citation
gives (:func:`~archiver.extract.title.clean_title`). The headline keeps its own words: only the bracketed marker,
at the headline's start or end, is the label; a marker word inside the headline's sentence ("Why the Anzeige
(Anzeige) rule ..."), or in brackets naming something ("Die Anzeige (Zeitung)") is not (noticeleft54: 115 reported
"(Anzeige)" and kept it in the title, reported "(Advertorial)" as the whole headline, and "(Publireportage)" not at
all). DE EN FR ES IT PT RU, and the Swiss "Publireportage".
"""

from __future__ import annotations

import re

from archiver.core import lazy_re

#: The labels, by language: the law's words for a paid piece.
_MARKER_WORDS = (
    r"anzeige|werbung|advertorial|sponsored( (content|post|article|story))?|paid (post|content|partnership)|"
    r"publireportage|publi-?rédactionnel|publicité|contenu sponsorisé|publirreportaje|publicidad|contenido patrocinado|"
    r"publiredazionale|informazione pubblicitaria|contenuto sponsorizzato|publieditorial|publicidade|"
    r"conteúdo patrocinado|реклама|на правах рекламы|партн[её]рский материал|спецпроект")
_MARKER = r"[(\[]\s*(?:" + _MARKER_WORDS + r")\s*[)\]]"
#: A quoted title's closing marks: a bracket right after one names the quoted work (its original title, its year).
_CLOSING_QUOTES = ("“", "”", '"', "»", "«", "’", "'")
_OPENING = lazy_re.compile(r"^\s*(?P<marker>" + _MARKER + r")\s*[:|–—-]?\s*(?=\S)", re.IGNORECASE)
_CLOSING = lazy_re.compile(r"(?<=\S)\s*[:|–—-]?\s*(?P<marker>" + _MARKER + r")\s*$", re.IGNORECASE)
_ALONE = lazy_re.compile(r"\s*" + _MARKER + r"\s*", re.IGNORECASE)


def heading_marker(heading: str) -> tuple[str, str] | None:
    """The headline without its bracketed advertising marker and the marker, or None when it holds none (see the
    module's docstring). A headline that is the marker alone has no words of its own: None (a slot's label)."""
    if "(" not in heading and "[" not in heading:
        return None
    for pattern in (_CLOSING, _OPENING):
        m = pattern.search(heading)
        if m and pattern is _CLOSING and heading[:m.start()].rstrip().endswith(_CLOSING_QUOTES):
            continue  # a quoted work's original title ("Kinokritik: „Die gekaufte Stimme“ (Advertorial)": review rvn55)
        if m:
            rest = (heading[:m.start()] + heading[m.end():]).strip()
            if rest:
                return rest, m["marker"].strip()
    return None


def marker_at_edge(heading: str) -> bool:
    """Whether ``heading`` opens or closes on a bracketed advertising marker, whoever's it is: the page's label
    (:func:`heading_marker`), a quoted work's original title, or a headline that is the marker alone. The marker's
    words there are read by :func:`heading_marker` only, never as a cue of the whole line (review rvn55: "Kinokritik:
    „Die gekaufte Stimme“ (Advertorial)" and a teaser's "Ten ways to save for a boat (Sponsored)" after the story were
    each reported whole as the page's sponsored notice)."""
    return ("(" in heading or "[" in heading) and bool(_CLOSING.search(heading) or _OPENING.search(heading))


def marker_alone(heading: str) -> bool:
    """Whether ``heading`` is a bracketed advertising marker and nothing else ("(Anzeige)", "[Advertorial]"): over a
    paid piece as its page's ``<h1>`` it is the page's sponsored notice (:func:`archiver.extract.notice_headings.
    heading_texts` keeps such a headline apart); any other heading that is the marker alone labels a slot."""
    return ("(" in heading or "[" in heading) and _ALONE.fullmatch(heading) is not None
