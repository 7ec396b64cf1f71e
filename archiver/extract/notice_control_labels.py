"""Page notices: a control's label that points at a picture's credit is no credit ("View image credit", "Show
caption", "Bildnachweis anzeigen", "Voir le crédit photo").

Why: a hero picture's overlay often carries a button or an in-page link that opens or scrolls to the credit block
("<a href='#image-caption-credit-block'>View image credit</a>"); its words are a credit's own words, so a label form
("Image:" over it) reads it as the credit, though it names nobody (notices-blind21's wrong report on a science
agency's page, round notice69). The class is told by sentence form, not by a page's phrase: a verb of showing (in
the languages the lexicon reads) and otherwise only words for a picture, a credit or a caption, and the articles and
prepositions joining them, a few words at most. A credit names a person, an agency or a source, whose word is none of
these, so no credit is lost ("Photo: Getty Images", "Image: NASA" hold a name).
"""

from __future__ import annotations

import re

from archiver.core import lazy_re

#: Verbs (and their imperative or infinitive forms) a control uses to show, open or reach what it points at.
_SHOW_WORDS = (
    "view show see display open reveal expand toggle click tap hide close read "
    "ansehen anzeigen zeigen einblenden ausblenden öffnen "
    "voir afficher montrer ouvrir masquer "
    "ver mostrar abrir ocultar exibir "
    "vedi visualizza mostra apri nascondi "
    "показать открыть скрыть")
_SHOW = frozenset(_SHOW_WORDS.split())
#: Words for the picture, its credit or its caption (what such a control points at), and the words that join them.
_POINTED_WORDS = (
    "image images img photo photos picture pictures pic credit credits caption captions info information details "
    "copyright source sources attribution "
    "bild bilder foto fotos bildnachweis bildquelle bildunterschrift quelle nachweis "
    "crédit crédits légende légendes "
    "crédito créditos imagen imágenes leyenda fuente imagem imagens legenda fonte "
    "credito crediti immagine immagini didascalia "
    "фото изображение источник подпись")
_POINTED = frozenset(_POINTED_WORDS.split())
_JOIN_WORDS = ("the this a all full more de des du la le les l der die das den zum zur del dell della di el los "
                "do da dos")
_JOINS = frozenset(_JOIN_WORDS.split())
#: The most words such a label holds.
_MAX_WORDS = 6
#: A leading label ("Image:", "Photo credit:") the label form puts before the control's words.
_LEAD = lazy_re.compile(r"^\s*[^\W\d_]+(\s+[^\W\d_]+)?\s*:\s*", re.IGNORECASE)
_WORDS = lazy_re.compile(r"[^\W\d_]+")


def control_label(text: str) -> bool:
    """Whether a credit's text (after a leading label) is a control's label pointing at the credit: a verb of showing
    and at least one word for a picture, a credit or a caption, and nothing else but joining words."""
    rest = _LEAD.sub("", text, count=1) or text
    words = [w.casefold() for w in _WORDS.findall(rest)]
    if not 2 <= len(words) <= _MAX_WORDS:
        return False
    return (any(w in _SHOW for w in words) and any(w in _POINTED for w in words)
            and all(w in _SHOW or w in _POINTED or w in _JOINS for w in words))
