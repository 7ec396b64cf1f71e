"""Picture credits in forms the credit rules of :mod:`~archiver.extract.notice_credit_forms` do not read (round
b14notice, from blind14's first run; bench/labels/README.md):

- a sentence whose subject is the picture and whose verb says where it came from, with no credit word: "The above
  image comes from Example Data.", "The above image is used with permission from Example Org." (read before, when
  at all, as a republication: it is the picture's credit);
- a caption naming a work and its maker, "<title> by <Name>", with no marker word ("Mobile Banking App Design by
  Example Studio"), read only where the page sets the line as a picture's caption directly under its picture;
- a picture's field label above its value ("Image Credit" / "Jane Doe / Contributor via Getty Images"): the label
  line alone names no one, the line under it is the credit;
- a credit's span: a qualifier word before its marker opening the line ("Demo Images: Unsplash."), and its end
  where the next labelled credit of the same line begins ("... Unsplash. Design: Example UP.").
"""

from __future__ import annotations

import re

from archiver.core import lazy_re
from archiver.extract.cue_match import Folding

_F = re.IGNORECASE

#: The picture words of the seven languages, as a sentence's subject or a field label's first word.
_PICTURE = (r"(images?|photos?|photographs?|pictures?|illustrations?|graphics?|screenshots?|infographics?|"
            r"bild(er)?|fotos?|grafik|image|illustration|imagen(es)?|imagem|imagens|immagin[ei]|фото(графия)?|изображение)")

#: "The above image comes from X", "This photo is used with permission from X", "All credit for this image goes to X", "Das obige Bild stammt von X",
#: "L'image ci-dessus provient de X", "La imagen de arriba proviene de X", "A imagem acima vem de X", "L'immagine
#: sopra proviene da X", "Изображение выше взято из X": the picture (pointed at: above, below, this), then where it
#: came from or whose leave it is used by, then a capitalised name or an address.
_PICTURE_SOURCE = Folding(lazy_re.compile(
    # (also "All credit for this image goes to X": the credit given to its source, notices-blind31's newsletter)
    r"^\W{0,3}(?:(all |full )?credits? for (the|this|that|these) (above |below |following |featured |top )?" + _PICTURE
    + r" (goes|go|belongs?) to|((the|this|that|these) (above |below |following |featured |top |webcam |cover |header |hero )?"
    + _PICTURE + r"( above| below)?|"
    r"(das|dieses) (obige |folgende )?" + _PICTURE + r"( oben)?|(l['’]|cette |la |le )" + _PICTURE + r"( ci-dessus| ci-dessous)?|"
    r"(la|esta|a|essa|esta) " + _PICTURE + r"( de arriba| superior| acima| abaixo)?|(l['’]|questa )" + _PICTURE + r"( sopra| in alto)?|"
    + _PICTURE + r" (выше|ниже))\s+"
    r"((comes?|came) from|(is|are|was|were) (used|reproduced|shown|published|reprinted) (with|by) (the )?(kind )?permission (of|from)|"
    r"(is|are|was|were) ((provided |used )?courtesy of|provided by|from)|stamm(t|en) (von|aus)|wird mit freundlicher genehmigung von|"
    r"provien(t|nent) de|est reproduite? avec l['’]autorisation de|provien(e|en) de|se usa con permiso de|vem de|"
    r"é usada com permissão de|provien(e|ono) da|è usata con il permesso di|взят[оаы]? (из|с)))\s+"
    r"(?=(?-i:[A-Z0-9À-ÖØ-ÞА-ЯЁ])|https?://|www\.)",
    _F,
), opening=True)  # (asked of every credit candidate: compiled only for a line that opens and holds as a match does)
#: Where the credit's sentence ends: a stop, then a space and a capital or the line's end (not inside "S.C." or "Inc.").
_SENTENCE_END = lazy_re.compile(r"(?<=[^\W\d_]{2})[.!?](?=\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])|\s*$)")


#: "Illustration and motion by Jane Roe.", "Photography and styling by Jane Roe": the pictures' makers named for two crafts
#: at once, as a design essay closes (notices-blind36); a picture's word first, one more craft after "and", "by" and a
#: capitalised name.
_PICTURES_AND_CRAFT_BY = Folding(lazy_re.compile(
    r"^\W{0,3}(illustrations?|photos?|photographs?|photography|images?|graphics?|artwork|animations?) and "
    r"(motion|animation|design|styling|art direction|illustrations?|photography|graphics|editing) by\s+(?=(?-i:[A-Z]))",
    _F), opening=True)


#: "Image used under license from Shutterstock", "Photo used under licence from Example Images": the picture's
#: licensor, its source (notices-blind35's data magazine, whose every article closes so).
_LICENSED_PICTURE = Folding(lazy_re.compile(
    r"^\W{0,3}((the|this|featured|header|top|cover|lead) )?" + _PICTURE + r"( above| below)? ((is|are|was|were) )?used "
    r"under (a )?licen[cs]e (from|by|of|with)\s+(?=(?-i:[A-Z0-9])|https?://|www\.)", _F), opening=True)


#: "If not otherwise stated, all images are created by the author.", "All photos were taken by Jane Doe.": who made the
#: page's pictures, said of them all (notices-blind33's newsletter).
_ALL_PICTURES_BY = Folding(lazy_re.compile(
    r"^\W{0,3}((if not otherwise (stated|noted)|unless otherwise (stated|noted|indicated|credited)),?\s+)?(all )?(the )?"
    r"(images|photos|photographs|pictures|illustrations|graphics|screenshots)( in this (post|article|piece|guide))? "
    r"(are|were) (created|taken|made|drawn|produced|shot|generated) by\s+\S", _F), opening=True)


def picture_source(line: str) -> str | None:
    """The sentence of ``line`` saying where its picture came from (:data:`_PICTURE_SOURCE`) or who made the page's
    pictures (:data:`_ALL_PICTURES_BY`), up to its end; None."""
    m = (_PICTURE_SOURCE.match(line) or _ALL_PICTURES_BY.match(line) or _LICENSED_PICTURE.match(line)
         or _PICTURES_AND_CRAFT_BY.match(line))
    if m is None:
        return _later_crafts_by(line)
    end = _SENTENCE_END.search(line, m.end())
    return (line[:end.end()] if end else line).strip()


def _later_crafts_by(line: str) -> str | None:
    """A later sentence of ``line`` naming the pictures' makers for two crafts (:data:`_PICTURES_AND_CRAFT_BY`), to
    the line's end: a design essay's closing paragraph thanks its reporters first and credits its pictures last ("Shout
    out to Jane Roe for additional reporting. Illustration and motion by Jon Poe.", notices-blind36). Only this form
    is sought past a line's start: its picture word, a second craft and "by" opening a sentence are a credit
    wherever they stand, where a lone "Photo by" inside a story's paragraph may be the story's."""
    if " by " not in line or " and " not in line:
        return None
    for end in _SENTENCE_END.finditer(line):
        rest = line[end.end():].lstrip()
        if rest and _PICTURES_AND_CRAFT_BY.match(rest):
            return rest.strip()
    return None


#: "<title> by <Name>": a title of one to eight words opening in a capital, "by", one to three capitalised words
#: closing the line. Only English "by": the other six languages' word ("von", "par", "por", "di", "de") is also their
#: "of", "from" or "for", so "Karte von Deutschland" would read as a credit.
_TITLED_WORK = lazy_re.compile(
    r"^\W{0,2}(?P<title>(?-i:[A-Z0-9À-ÖØ-Þ])[\w'’&+:,.-]*(\s+[\w'’&+:,.-]+){0,7})\s+by\s+"
    r"(?P<name>(?-i:[A-ZÀ-ÖØ-Þ])[\w.'’&-]*(\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w.'’&-]*){0,2})\W{0,2}$",
    _F,
)
#: A passive verb before "by" makes the caption a sentence of the story ("Protesters surrounded by Police"), unless it
#: is the maker's craft ("Logo designed by Jane Doe").
_PASSIVE = lazy_re.compile(r"(ed|driven|shown|seen|taken|held|led|won|beaten|caught|struck|hit|given|written|"
                           r"bought|sold|run|chosen|thrown|worn|torn|eaten|flown|known)$", _F)
_CRAFT = frozenset(("designed", "illustrated", "photographed", "painted", "drawn", "created", "made", "rendered",
                    "animated", "sketched", "built", "crafted", "developed"))
#: Words that are no maker's name after "by": a date's or a place's ("by March", "by The Sea").
_NOT_A_NAME = frozenset(("the", "a", "an", "january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
                         "friday", "saturday", "sunday", "night", "day", "car", "train", "bus", "air", "sea", "land"))


def titled_work(line: str) -> bool:
    """Whether a caption line is "<title> by <Name>" (:data:`_TITLED_WORK`): the credit of the work pictured.
    Ask it only of a line the page sets as a caption directly under its picture."""
    if len(line) > _TITLED_WORK_LINE or " by " not in line:
        return False
    m = _TITLED_WORK.match(line)
    if m is None:
        return False
    last = m["title"].split()[-1].casefold()
    if _PASSIVE.search(last) and last not in _CRAFT:
        return False
    return m["name"].split()[0].casefold() not in _NOT_A_NAME


#: The longest caption :func:`titled_work` reads (a title, "by", a name).
_TITLED_WORK_LINE = 90

#: A picture's field label alone, naming no one: "Image Credit", "Photo credits", "Bildnachweis", "Crédit photo",
#: "Crédito de la imagen", "Fonte immagine", "Источник фото".
_FIELD_LABEL = lazy_re.compile(
    r"^\W{0,2}(" + _PICTURE + r"\s+(credits?|source|quelle|nachweis|crédits?|créditos?|crediti|fonte|fuente|источник)|"
    r"(bild|foto)(nachweis|quelle|credits?)|(credits?|crédits?|créditos?|crediti|fonte|fuente|source|источник)\s+"
    r"((de |de la |da |dell['’] ?|della )?" + _PICTURE + r"))\W{0,2}$",
    _F,
)


def field_label(line: str) -> bool:
    """Whether ``line`` is a picture's credit field label and nothing else (:data:`_FIELD_LABEL`)."""
    return len(line) <= FIELD_LABEL_LINE and bool(_FIELD_LABEL.match(line))


#: The longest line :func:`field_label` reads.
FIELD_LABEL_LINE = 40

#: One capitalised qualifier word before a picture marker and its colon, opening the line: "Demo Images:", "Cover
#: Photo:", "Hero image:" (not a word of where the picture sits, :data:`_PLACE_WORDS`).
_QUALIFIER = lazy_re.compile(r"^\W{0,2}(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[^\W\d_]{1,15}\s+$")
#: A stop after a word, then another labelled part of the line ("Design: Example UP.", "Theme: ..."): the credit ends
#: at the stop.
_NEXT_LABEL = lazy_re.compile(r"(?<=[^\W\d_]{2})\.\s+(?=(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[^\W\d_]{1,20}(\s+[^\W\d_]{1,20})?\s*:\s*\S)")


def credit_span(line: str, start: int, text: str, qualify: bool = True) -> str:
    """A marker credit's text (``text``, from ``start`` in ``line``) with the qualifier word opening the line before it
    (:data:`_QUALIFIER`; only where ``qualify``: not on a link, whose words before the marker name the link, a feed's
    or a gallery's "PanExample Photo: RSS") and up to where the line's next labelled part begins (:data:`_NEXT_LABEL`)."""
    if ":" not in text:
        return text
    cut = _NEXT_LABEL.search(text)
    if cut is not None:
        text = text[:cut.start() + 1]
    if qualify and start > 0 and _QUALIFIER.match(line[:start]) and text.split(":", 1)[0].strip().isalpha() \
            and "".join(ch for ch in line[:start] if ch.isalpha()).casefold() not in _PLACE_WORDS:
        text = line[:start].strip() + " " + text
    return text


#: Words saying where a picture sits ("Left image: X, right image: Y"): which picture, not the credit's own words.
_PLACE_WORDS = frozenset(("left", "right", "top", "bottom", "above", "below", "main", "links", "rechts", "oben", "unten",
                          "gauche", "droite", "haut", "bas", "izquierda", "derecha", "arriba", "abajo", "esquerda",
                          "direita", "sinistra", "destra", "sopra", "sotto", "слева", "справа", "сверху", "снизу"))
