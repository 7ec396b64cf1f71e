"""A bracket naming what a person after a byline's pipe contributed when it is not the writing: "(Photos)",
"(Illustrations)", "(Fotografia)", "(Video)", "(Translation)" ... in EN, DE, FR, ES, IT and PT.

Why: round b18auth reads a second writer after a pipe with the bracket a shared byline prints after each name, its
affiliation ("Seth Kenlon (Team, Red Hat)"). The same bracket names a photographer's or an illustrator's part as often
("By Jane Roe | John Doe (Photos)"), and such a person is no author of the text (review rva58).

Why a module of its own: one word list a test can call, asked of a byline's bracket only; signals.py (~2,900 lines)
would hold it beside rules it has nothing to do with.
"""

from __future__ import annotations

import re

from archiver.core import lazy_re

_ROLE = lazy_re.compile(
    r"\b(?:photos?|photographs?|photography|photographer|pictures?|images?|illustrations?|illustrator|graphics?|"
    r"video|videos|film|camera|design|map|maps|charts?|editor|edited|editing|translation|translated|translator|"
    r"fotos?|fotografie|fotograf(?:in)?|bilder?|illustrationen?|grafiken?|übersetzung|bearbeitung|kamera|"
    r"illustrateur|illustratrice|graphisme|traduction|vidéo|"
    r"fotografía|fotógraf[oa]|ilustraci[oó]n(?:es)?|ilustrador[a]?|gráficos?|traducci[oó]n|edici[oó]n|"
    r"fotografia|fotografo|fotografa|illustrazion[ei]|grafica|traduzione|"
    r"fotógrafo|ilustraç(?:ão|ões)|tradução|edição)\b",
    re.IGNORECASE)


def other_contribution(bracket: str) -> bool:
    """True when ``bracket`` (the text inside a bracket after a name) names a contribution other than the writing."""
    return _ROLE.search(bracket) is not None


__all__ = ["other_contribution"]
