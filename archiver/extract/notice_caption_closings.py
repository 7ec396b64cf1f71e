"""A caption's closing credit in forms the credit rules turn away or never read (notices-blind15's round
b15notice, bench/labels/README.md):

- a rights line naming an artists' rights society after an artwork's caption ("... Gift of the Example
  Foundation © Jane Doe/VAGA at ARS, NY and DACS, London 2024", "... University of Example. All rights
  reserved, DACS 2024."). Its year made it the site's copyright; but a collecting society (DACS, ARS, VAGA,
  VG Bild-Kunst, ADAGP, SIAE, VEGAP, ...) licenses reproductions of artworks only, so in a caption the line
  is the pictured work's rights, whatever its year;
- a blanket credit for the pictures with no opening marker ("All shoe photos Example/Jane Doe unless
  noted.", "Alle Bilder Jane Doe, sofern nicht anders angegeben"): the pictures' word after "all", the
  credit, and the words for "unless noted";
- a bare source word closing a caption or standing under a picture, naming no source ("(Image Source)",
  "Example, hand-coloured etching, ca. 1800— Source."): a source word with nothing after it is the label of a
  link to where the picture came from (the pages link it), so the line is the picture's credit;
- a news wire's name alone closing a caption after a slash or a bar ("... Barcelona./ ACN", round b16notice);
- a photographer credited "for" the outlet that commissioned the picture, the caption's whole text ("Katie Bandurski
  for Taste of Home", "JANE DOE FOR THE NEW YORK TIMES": notices-blind26's round lead60), a given name opening it.

Why a module of its own: :func:`archiver.extract.notice_credits.credit_features` asks it only when its own
rules found nothing on a caption, so none of these forms changes what those rules read.
"""

from __future__ import annotations

import re

from archiver.core import lazy_re
from archiver.extract.given_names import given_name
from archiver.extract.notice_credit_forms import _AGENCY, _FOR_OUTLET
from archiver.extract.notice_wires import WIRE_NAMES

_F = re.IGNORECASE

#: The artists' rights societies (collecting societies that license reproductions of artworks), by the names
#: captions credit them with: UK, US (two), DE, FR, IT, ES, BE, NL, AT, CH, SE, NO, DK, FI, PL, CZ, HU, CA, AU, JP.
_SOCIETY = (r"((?-i:DACS|ARS|VAGA|ADAGP|SIAE|VEGAP|SABAM|SODRAC|CARCC|JASPAR|Bildupphovsr[äa]tt|ProLitteris|"
            r"Pictoright|Bildrecht|Kopinor|BONO|Copydan|Kuvasto|ZAiKS|OOA-S|HUNGART|Copyright Agency|Viscopy)|"
            r"vg bild-kunst|bildkunst)")
#: A society named as the licensor (review rvn49: several names are ordinary acronyms or a singer's name in capitals:
#: "the ARS team", "ARS division", "BONO on stage"): after the artist's slash, "©", a comma, "at", "and", "by" or a
#: bracket, and before its seat ("DACS, London", "ARS, NY", "VG Bild-Kunst, Bonn"), a year, another society, a bracket
#: or the line's end.
_SOCIETY_WORD = lazy_re.compile(
    r"(^|/|©|\(c\)|,|\(|\b(at|and|by|und|et|y|e|licensed by|courtesy of))\s*" + _SOCIETY +
    r"(?=\s*(,\s*(?-i:[A-ZÀ-ÖØ-Þ])|\d{4}|\)|/|(and|at|und|et|y|e)\s|[.;]?\s*$))", _F)

#: The rights line closing the caption: from its "©" (its last one), or from "All rights reserved" (and its forms)
#: after the caption's sentence, to the caption's end; it names a society (:data:`_SOCIETY_WORD`).
_SIGN_TO_END = lazy_re.compile(r"(©|\(c\))[^©]{2,160}$", _F)
_RESERVED_TO_END = lazy_re.compile(
    r"(^\W{0,3}|(?<=[.!?;]\s))(all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|"
    r"todos os direitos reservados|tutti i diritti riservati|все права защищены)\b[^©]{0,120}$", _F)

#: "All (shoe) photos <credit> unless noted": opening the line or after the caption's sentence; the credit has no
#: sentence's words (a word, then up to six capitalised names or parts after a slash: "Example/Jane Doe"), then "unless (otherwise) noted/stated/indicated" or its
#: German, French, Spanish, Portuguese and Italian forms.
_BLANKET = lazy_re.compile(
    r"(^\W{0,3}|(?<=[^\W\d_]{2}[.!?]\s)|(?<=\d[.!?]\s))"
    r"(all|alle|toutes les|todas las|todas as|tutte le)\s+([^\W\d_]{2,20}\s+)?"
    r"(photos|photographs|images|pictures|fotos|bilder|photographies|imágenes|imagens|foto|immagini)\s+"
    r"((by|von|de|par|por|di|da)\s+)?[^\W\d_][\w.'’&-]*(\s*/\s*[\w.'’&-]+|\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w.'’&-]*){0,6}"
    r",?\s+(unless (otherwise )?(noted|stated|indicated|specified|credited)|sofern nicht anders (angegeben|vermerkt)|"
    r"sauf mention contraire|salvo (que se indique lo contrario|indicación contraria|indicação em contrário)|"
    r"salvo diversa indicazione)\W{0,2}$", _F)


def society_rights(line: str) -> str | None:
    """The rights line naming an artists' rights society that closes a caption (see the module's docstring), or
    None."""
    if not _SOCIETY_WORD.search(line):
        return None
    for pattern in (_SIGN_TO_END, _RESERVED_TO_END):
        m = pattern.search(line)
        if m and _SOCIETY_WORD.search(m.group()):
            return m.group().strip()
    return None


def blanket_credit(line: str) -> str | None:
    """A blanket credit for the pictures closing a caption or standing alone (see the module's docstring), or
    None."""
    if "unless" not in line and "sofern" not in line and "sauf" not in line and "salvo" not in line:
        return None
    m = _BLANKET.search(line)
    return m.group().strip() if m else None


#: A source word naming nothing, in brackets or after a dash or a sentence's stop, closing the line: "(Image Source)",
#: "(Source)", "... ca. 1800— Source.", "... 1890. Bildquelle", "(Fuente)". A word alone with no bracket, dash or
#: sentence before it ("Source") is a heading or a table's label, no credit.
_BARE_SOURCE = lazy_re.compile(
    r"(\(\s*|[—–]\s*|\s-\s+|(?<=[^\W\d_]{2}[.!?])\s+)"
    r"((image|photo|picture|bild|foto|imagen|immagine|imagem|фото)\s*)?"
    r"(source|sources|quelle|bildquelle|fotoquelle|fuente|fonte|источник)\s*\)?\.?\s*$", _F)


def bare_source_link(line: str) -> bool:
    """Whether a caption's line (or the line under a picture) closes on a bare source word (see the module's
    docstring)."""
    return bool(_BARE_SOURCE.search(line))


def source_link_alone(line: str) -> bool:
    """Whether a caption's line that is wholly a link is a source word alone: a figure's caption that is nothing but a
    "Source" link to where its picture came from ("<figcaption><a href=...><em>Source</em></a></figcaption>" under
    each of a list's seventeen pictures, notices-blind29's first run). The word alone, not a link, stays a heading's or
    a table's label (:data:`_BARE_SOURCE`); a link so short reads as a menu's, so the caller asks this whatever the
    menu bit says."""
    return bool(_SOURCE_WORD_ALONE.match(line))


#: A source word alone (:data:`_BARE_SOURCE`'s words, no bracket, dash or sentence before it).
_SOURCE_WORD_ALONE = lazy_re.compile(
    r"^\W{0,2}((image|photo|picture|bild|foto|imagen|immagine|imagem|фото)\s*)?"
    r"(source|sources|quelle|bildquelle|fotoquelle|fuente|fonte|источник)\W{0,2}$", _F)


#: A wire's name alone (:data:`~archiver.extract.notice_wires.WIRE_NAMES`) closing a caption, set apart from its
#: sentence by a slash after the stop ("... en direcció
#: Barcelona./ ACN") or by a bar ("... en Madrid | EFE"): the picture's credit. After a stop and a space alone it is
#: not read ("... pasado. EFE" may be the text's source tag: round 26).
_WIRE_CLOSING = lazy_re.compile(
    r"(?:(?<=[^\W\d_][.!?])\s*/|\s[|｜])\s*(?P<wire>(" + WIRE_NAMES + r"|" + _AGENCY + r")"
    r"(\s*/\s*(" + WIRE_NAMES + r"|" + _AGENCY + r")){0,2})\W{0,2}$", _F)


#: A wire's name alone in brackets closing a caption after its sentence's stop ("... said he couldn't recall meeting
#: her. (AAP)"; round credit57): the picture's credit, brackets and all. After a name with no stop ("... the Agência
#: Nacional do Petróleo (ANP)") the bracket is the name's abbreviation.
_WIRE_BRACKETED = lazy_re.compile(
    r"(?<=[^\W\d_][.!?])[\"'”’»]?\s*(?P<wire>\(\s*(" + WIRE_NAMES + r"|" + _AGENCY + r")\s*\))\s*$", _F)


def wire_closing(line: str) -> str | None:
    """The wire's name (or names) closing a caption after its sentence (:data:`_WIRE_CLOSING`,
    :data:`_WIRE_BRACKETED`), or None."""
    if line.rstrip().endswith(")"):
        m = _WIRE_BRACKETED.search(line)
        if m:
            return m["wire"]
    if "/" not in line and "|" not in line and "｜" not in line:
        return None
    m = _WIRE_CLOSING.search(line)
    return m["wire"].strip() if m else None


#: A photographer "for" an outlet, the credit element's form (:data:`~archiver.extract.notice_credit_forms._FOR_OUTLET`,
#: EN DE FR ES IT RU), here read on a whole caption.
_FOR_OUTLET_CAPTION = lazy_re.compile(_FOR_OUTLET, _F)


#: The words the form writes in lower case: "for" and its kin, articles, and the outlet's joining words.
_JOINING = frozenset(("for", "für", "pour", "para", "per", "для", "the", "die", "der", "das", "le", "la", "les", "el",
                      "il", "lo", "o", "a", "of", "de", "del", "des", "du", "di", "da", "do", "and", "und", "y", "e", "и"))


def for_outlet(line: str) -> str | None:
    """The caption ``line`` whole when it is a photographer's credit "for" an outlet (see the module's docstring): the
    credit element's form, a given name opening it (a caption's capitalised sentence, "Players Compete for Gold", is
    none), a caption set in capitals read as its words would be printed; else None."""
    text = line.strip()
    shaped = text
    if text.isupper():  # "KATIE BANDURSKI FOR TASTE OF HOME": its words as printed in lower case
        shaped = " ".join(w.lower() if w.lower() in _JOINING else w for w in text.title().split())
    if _FOR_OUTLET_CAPTION.match(shaped) is None or not given_name(shaped.split()[0].strip(".,")):
        return None
    return text
