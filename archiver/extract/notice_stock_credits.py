"""A picture's credit to a stock-photo library written with no "by" and no colon (round b16notice, from
notices-blind16's first run; bench/labels/README.md): "Photo Jane Doe on https://unsplash.com/photos/...",
"Photo Jane Doe https://www.pexels.com/photo/...", "Foto Jane Doe auf Unsplash", "Imagen Jane Doe en Pixabay".

The credit rules of :mod:`~archiver.extract.notice_credit_forms` read a marker word followed by "by" or a colon
("Photo by Jane Doe on Unsplash", "Photo: Unsplash"); without either, "Photo Jane Doe ..." reads like the start
of a sentence. What tells the credit apart is the whole line's shape: a picture word opening it, a person's name
(capitalised words, a name's particles, a handle) and nothing else but the library itself, named or linked, closing
the line. A free stock library's licence asks for exactly this line (the photographer and the library), and no
sentence has this shape: a lower-case word ("Photo gallery on https://unsplash.com/...") or a second clause ends
the match. Every language of the cue lexicon: the picture word and the preposition before the library in EN, DE,
FR, ES, PT, IT and RU.

Why a module of its own: :func:`archiver.extract.notice_credits.credit_features` asks it only where its own rules
read nothing, so none of their answers changes.
"""

from __future__ import annotations

import re

from archiver.core import lazy_re

_F = re.IGNORECASE

#: The picture words a stock credit opens with, in the seven languages.
_PICTURE_WORD = (r"(photos?|pictures?|images?|pics?|fotos?|bild(er)?|photographies?|imagen(es)?|imagem|imagens|"
                 r"immagin[ei]|фото|изображение)")
#: The free and paid stock libraries, by the name a credit gives them and by their web address's host.
_LIBRARY_NAME = (r"(unsplash|pexels|pixabay|adobe ?stock|shutterstock|istock(photo)?|getty ?images|freepik|"
                 r"depositphotos|dreamstime|123rf|rawpixel|stocksnap|pikwizard|kaboompics|canva|envato)")
_LIBRARY_HOST = (r"(unsplash\.com|pexels\.com|pixabay\.com|stock\.adobe\.com|shutterstock\.com|istockphoto\.com|"
                 r"gettyimages\.[a-z.]+|freepik\.[a-z]+|depositphotos\.com|dreamstime\.com|123rf\.com|rawpixel\.com|"
                 r"stocksnap\.io|pikwizard\.com|kaboompics\.com|burst\.shopify\.com)")
#: One word of the photographer's name: capitalised (a letter in capitals, or a handle in mixed case,
#: "BoliviaInteligente"), an initial, or a name's particle.
_NAME_WORD = (r"((?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w'’.-]*|(von|van|de|da|di|du|del|della|der|den|dos|das|le|la|ter|ten|bin|al))")
#: The preposition before the library ("on Unsplash", "auf Unsplash", "sur Pexels", "en Pixabay", "no Unsplash",
#: "su Pexels", "на Unsplash"), or none.
_PREPOSITION = r"((on|at|from|via|auf|bei|von|sur|de|en|em|no|na|su|da|на|с)\s+)?"

_STOCK_CREDIT = lazy_re.compile(
    r"^\W{0,2}" + _PICTURE_WORD + r"\s+(?P<name>(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w'’.-]*(\s+" + _NAME_WORD + r"){0,4})\s+"
    + _PREPOSITION + r"((https?://)?([\w-]+\.)*" + _LIBRARY_HOST + r"(/\S*)?|" + _LIBRARY_NAME + r")\W{0,2}$", _F)


def stock_credit(line: str) -> str | None:
    """The line when it is a picture's credit to a stock library with no "by" or colon (see the module's
    docstring), else None."""
    if len(line) > _MAX_LINE:
        return None
    low = line.casefold()
    if not any(stem in low for stem in _LIBRARY_STEMS):  # most lines name no library: no pattern is run
        return None
    m = _STOCK_CREDIT.match(line.strip())
    if m is None or m["name"].split()[-1].casefold() in _PARTICLES:
        return None
    return line.strip()


#: What every library's name or host holds (:data:`_LIBRARY_NAME`, :data:`_LIBRARY_HOST`), case folded.
_LIBRARY_STEMS = ("unsplash", "pexels", "pixabay", "stock", "getty", "freepik", "depositphotos", "dreamstime", "123rf",
                  "rawpixel", "pikwizard", "kaboompics", "canva", "envato", "burst.shopify")
#: The longest line read (a credit, its name and a library's long address).
_MAX_LINE = 300
#: A name does not end on a particle ("Photo Jane de on Unsplash" is a broken line, not a name).
_PARTICLES = frozenset({"von", "van", "de", "da", "di", "du", "del", "della", "der", "den", "dos", "das", "le", "la",
                        "ter", "ten", "bin", "al"})
