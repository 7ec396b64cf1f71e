"""What kind of page was captured: the article, or a wall in front of it.

Archiving a consent splash, a paywall teaser or an error page instead of the article is one of
the most common complaints about archiving services (perma#1711, ArchiveBox#1507), and it is
silent unless someone looks. We classify from cheap signals only: the size of the extracted
text, declared paywall markup (``isAccessibleForFree: false``), and phrasings of walls and error
pages in the visible text, in the languages we support.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from archiver.core import lazy_re
from archiver.extract.scripted import ScriptEvidence, drawn_by_scripts

_F = re.IGNORECASE
_PAYWALL = lazy_re.compile(
    r"subscribe (now )?to (continue|keep) reading|subscribers? only|for subscribers|"
    r"(this|the) (article|story|content) is (only )?(available|reserved) (to|for) (subscribers|members)|"
    r"already a (subscriber|member)\?|to continue reading,? (please )?(subscribe|log ?in|sign in)|"
    r"you have reached (your|the) (limit|maximum) of (free )?articles|"
    r"(jetzt|gleich) (weiterlesen|abonnieren)|weiterlesen mit|nur für abonnenten|"
    r"(dieser|der) (artikel|beitrag|inhalt) ist (nur )?(für|exklusiv für) (abonnenten|abonnentinnen|plus)|"
    r"réservé aux abonnés|abonnez-vous pour (lire|continuer)|"
    r"exclusivo para (suscriptores|abonados)|suscríbete para (seguir|continuar) leyendo|"
    r"только для подписчиков|оформите подписку, чтобы",
    _F,
)
_CONSENT = lazy_re.compile(
    r"we use cookies|this (site|website) uses cookies|(accept|agree to) (all )?cookies|cookie (settings|preferences|consent)|"
    r"(before you continue|bevor sie fortfahren)|manage (your )?(privacy|consent)|your privacy choices|"
    r"wir verwenden cookies|cookies (akzeptieren|zulassen)|zustimmen und weiter|alle akzeptieren|"
    r"nous utilisons des cookies|accepter (et fermer|les cookies|tout)|"
    r"utilizamos cookies|aceptar (todas|cookies)|"
    r"мы используем (файлы )?cookie|принять (все|cookie)",
    _F,
)
_ERROR = lazy_re.compile(
    r"^(error )?(404|403|410|500|503)\b|page (was )?not found|page (you|you're|you are) looking for|"
    r"(this|the) page (does not|doesn't|no longer) exist|access denied|forbidden|"
    r"seite (wurde )?nicht gefunden|diese seite (existiert|gibt es) nicht|"
    r"page (introuvable|non trouvée)|página no encontrada|страница не найдена|"
    r"are you a robot|verify you are (a )?human|checking your browser|just a moment\.\.\.",
    _F,
)
_ARTICLE_MIN_CHARS = 250  # about two sentences: less is not an article on its own
_WALL_MAX_CHARS = 1000  # a wall's own text, when trafilatura mistakes it for the article


def page_state(
    *, text: str, lines: Sequence[str], title: str | None, jsonld: dict[str, Any],
    scripts: ScriptEvidence | None = None,
) -> str:
    """One of ``article``, ``paywall``, ``consent_wall``, ``error_page``, ``not_article``,
    ``script_rendered``.

    The wall checks look at the extracted text when it is short (trafilatura often takes the
    wall's own blurb for the article) and at the whole visible page when there is no text. A
    wall or error page wins over ``script_rendered`` (a bot check's "enable JavaScript" is its
    own); ``script_rendered`` wins over ``article`` when the page's script-less fallback holds
    much more text than the article text found (that text is then a sidebar's), and over
    ``not_article`` when a nearly empty page shows the marks of a script-drawn one
    (:func:`archiver.extract.scripted.drawn_by_scripts`).
    """
    short = len(text) < _WALL_MAX_CHARS
    empty = len(text) < _ARTICLE_MIN_CHARS
    where = " ".join(lines) if empty else text
    if str(jsonld.get("isAccessibleForFree")).lower() == "false" and len(text) < 2 * _WALL_MAX_CHARS:
        return "paywall"
    # A title alone does not make an error page ("Forbidden City reopens"): the text must be short.
    if short and (_ERROR.search(title or "") or _ERROR.search(" ".join(lines[:40]) if empty else text[:300])):
        return "error_page"
    if short and _PAYWALL.search(where):
        return "paywall"
    if short and _CONSENT.search(where):
        return "consent_wall"
    if scripts is not None and drawn_by_scripts(scripts, text=text, lines=lines):
        return "script_rendered"
    return "not_article" if empty else "article"
