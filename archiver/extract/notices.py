"""Page notices: disclaimers, editor's notes, corrections, republication lines, sponsored labels
and image credits, found anywhere in the visible page and reported apart from the article text.

Main-text extraction drops footers and asides, which is exactly where these notices live, so we
read the page's visible lines. A line is a notice on general evidence, weighed together:

- cues: short phrases per kind and language (:mod:`archiver.extract.notice_cues`, EN DE FR ES RU
  PT IT), a kind label before a colon ("Disclaimer:", "Hinweis:"), image-credit markers;
- sentence form: a sentence or a bare label, its length, a timestamp, a copyright line, speaking
  about "this article", the site's "we", an invitation ("Suggest a correction"), a direct
  quotation (someone's words, not the site's), a generic "Note:" / "Hinweis:" before it (and
  whether what follows are a sale's terms: payment, booking, cancellation), a label followed
  by a few words only (a slot's or a widget's name);
- position: in the middle of the main text, at its edges, or outside it, before or after; among
  the page's last lines (where the site's own "© Name" sits);
- DOM context: ``<aside>``, ``<small>``, wholly italic, captions, footers, menus, note boxes,
  class or id naming a note / disclaimer / correction / editor, reader comments, a bare link,
  a few words in a menu or sidebar (a widget's label), and a picture's credit element (class, id
  or itemprop saying credit, by or under its picture: its part of a line shared with the caption's
  sentence is read apart, so a marked credit there is found).

A notice is what the page says in words: a credit needs its form (a marker word, an agency or
library, ©, the forms below). A bare name with none of them is not reported, not even in a credit
element (version 19 reported such names; outside the page that rule was written from it found
nothing the labels hold, and the labelling procedure counts unmarked credits as no candidates).

Image credits are read from a line's form (a marker word, a picture agency or library, ©, a
trailing "(Name/Outlet)" of two to four parts, "Name, Agency" and "[X via Y]" closing a caption,
"Image copyright <name or @account>", a caption saying the picture was handed in ("Submitted
photo", "Foto cedida"), an account handle after "by": "reddit by u/name", a platform a
picture was taken from: "Photo from Jane Doe's Instagram"; a source label before a marker:
"Quelle: Foto Jane Doe"; a bare "Foto(s)" label above the names it credits; a lone agency in a
caption, "AP" included, or names ending "via <picture library>"; "Copyright:" / "Urheber:"
labels; "Taken by Jane Doe" in a caption or beside a library or free licence; a sentence saying
who provided the pictures; a lone "©" line above the names it labels; picture words of languages
beyond the seven before a colon, and a Korean, Japanese or Chinese one before "="), and from the
closing segment of a caption too long to be one. A line closing on "(Jane Doe / Outlet)" is read
for a credit though no marker word is on it (its first part two capitalised words at least). An
embedded social post's line, a gallery's link ("Photos: Example Mall through the years") and a
credit ending on a word that needs a name after it ("©
Zentralanstalt für", a name the layout broke in two) are no credits; a German compound marker
credits only at a segment's start before a colon or ©. A "Quelle:" / "Source:" in a caption, also
after the caption's own sentence, is the picture's source (its own evidence for the model);
outside a caption it is often the text's. A credit names someone: a marker before a number
is a count, a marker inside another word is none ("demographics"; German compounds such as
"Pressefoto" excepted), and a © before licence wording, before the site's own name alone (its
host or og:site_name, outside a caption), after the name of the site's software ("Add-ons ©
...") or before a year (unless a caption's name comes first and a full date after it: "©
Jane Doe, 31.05.2013") is the site's line. A credit's text runs from the start of the word
holding its marker (or the name before an agency's slash) to the line's end or to the bracket
closing one opened before it.

The weights are a logistic regression trained on the dev part of the notices benchmark
(``bench/train_notices.py``) and shipped as ``notice_model.json``: plain Python at run time, no
download. The kind follows what the text *says*: the kind with the most cue phrases wins, a label
only breaks ties ("Editor's note: this story was updated" is a correction).

Why one file of ~1,550 lines (it grew by half in the rounds of 2026-11-29 and -30, mostly credit
forms): candidates, the statement and credit features and the rules that
cut a notice's text all read the same lazily compiled cue patterns and the same position model,
and a feature added on one side is usually tried on the other; split, a dozen private patterns
would cross modules. What can stand alone already does: the multilingual tables
(:mod:`~archiver.extract.notice_cues`), the matching engine (:mod:`~archiver.extract.cue_match`),
the weights (``notice_model.json``) and the trainer (``bench/train_notices.py``).
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from archiver.core import lazy_re
from archiver.extract import notice_cues
from archiver.extract.cue_match import AnyOf, Guarded, PatternSet, cue_fold
from archiver.extract.model import Notice
from archiver.extract.text import (
    CTX_ASIDE,
    CTX_BOX,
    CTX_CAPTION,
    CTX_COMMENT,
    CTX_CREDIT,
    CTX_FOOTER,
    CTX_ITALIC,
    CTX_LINK,
    CTX_NAV,
    CTX_NOTE,
    CTX_SMALL,
)

_F = re.IGNORECASE | re.UNICODE
_S = TypeVar("_S")
_T = TypeVar("_T")
_A = "['’`]"  # apostrophes as they appear on real pages

# Image credits: a marker word, then the credit. "Photoshop", "Video: <title>" and "Credit
# Cards" do not match: the marker must be followed by a separator, "by", "courtesy" or an
# agency, and "credit" needs its colon.
_CREDIT_MARKER = (
    r"((featured|header|top|cover|lead|main|title|hero)[ -]?)?"
    r"(photo(graph)?s?|images?|pictures?|illustrations?|photo illustration|graphics?|"
    r"photographers?|photographe|fotograf(in)?|fotógraf[oa]|fotograf[oa]|"
    r"fotos?|fotografie|bild(er)?|bildquelle|bildnachweis|abbildung|titelbild|beitragsbild|"
    r"(info)?grafik(en)?|infographic|symbolbild|titelfoto|"
    r"imagen(es)?|fotografía|ilustración|immagin[ei]|imagens?|fotografia|"
    r"фото(графия)?|иллюстрация|изображение|кадр|"
    r"zdjęcie|fot\.|"
    # abbreviated picture labels ("Abb.: <source>", "Ill. : Jane Doe"); a figure's label and its
    # description after it ("Abb. 2: Direkter Vergleich ...") are told apart by _figure_description
    # the picture words of the other languages pages come in (NL FI CS HU TR EL BG/SR UK ID): a marker
    # still needs its colon or "by" after it, as in the seven languages above
    r"beeld|afbeelding(en)?|kuva(t)?|snímek|fotó|kép|fotoğraf(lar)?|görsel|φωτογραφία|φωτ\.|снимк[аи]|світлина|gambar|"
    r"abb\.|ill\.|fig\.|рис\.)"
    # a plural in brackets, as forms and boxes write it: "Foto(s)", "Bild(er)", "Photo(s)"
    r"(\((s|e|n|en|er|es)\))?"
)
# A marker inside another word is no marker ("demographics / economics" holds no "graphics"),
# except the German picture words that end compounds ("Pressefoto:", "Archivbild:", "Infografik:").
_MARKER_START = r"(?:(?<![^\W\d_])|(?=(?:fotos?|fotografie|bild(er)?|bildquelle|grafik(en)?)\b))"
# Picture libraries and photo agencies beyond the first lists (free and paid stock, photo-only wires):
# names that credit a picture wherever they close a caption. No agency whose copy is text ("epd",
# "KNA", "APA"): those name the text's source as often as a picture's.
_MORE_LIBRARIES = (
    r"freepik|freeimages|canva|stocksy|vecteezy|rawpixel|bigstock(photo)?|corbis|westend61|mauritius images|zoonar|eyeem|"
    r"plainpicture|imagebroker|ullstein ?bild|akg-images|action press|zuma (press|wire)|sipa( press| usa)?|abaca(press)?|"
    r"nurphoto|sopa images|rex features|bestimage|maxppp|hans lucas|folhapress|lehtikuva|scanpix|bildbyrån|"
    r"splash news|backgrid|wenn\.com|jupiterimages|creatas"
)
_AGENCY = (
    r"(getty images|getty|reuters|afp|ap (photo|foto)|associated press|shutterstock|istock(photo)?|"
    r"dpa|picture[- ]alliance|imago|epa(-efe)?|alamy|unsplash|pixabay|pexels|flickr|"
    r"wikimedia commons|wikimedia|wikipedia|sputnik|тасс|риа новости|xinhua|agencja gazeta|"
    r"east news|pap|nasa|keystone|anadolu|efe|europa press|belga|ansa|gettyimages|photocase|"
    r"adobe ?stock|fotolia|colourbox|123rf|dreamstime|depositphotos|pixelio|panthermedia|photothek|" + _MORE_LIBRARIES + r"|"
    # the Associated Press's short name, in capitals only ("ap" is a word in several languages)
    r"(?-i:AP))"
)
# After a marker and a dash, what only a credit says next ("Foto – © Jane Doe", "Image — CC BY
# Jane Doe"); "Fotos – Die schönsten Bilder des Festes" is a heading.
_DASH_CREDIT = r"©|\(c\)|cc[- ]by|cc[- ]0|credits?\b|courtesy|by\b|von\b|par\b|por\b|via\b|" + _AGENCY
# Picture libraries: "Quelle: Pixabay" is a picture credit, "Quelle: dpa" may be the text's.
_PHOTO_LIBRARY = (
    r"(getty images|shutterstock|istock(photo)?|alamy|unsplash|pixabay|pexels|flickr|"
    r"wikimedia commons|wikimedia|wikipedia|imago|picture[- ]alliance|gettyimages|photocase|"
    r"adobe ?stock|fotolia|colourbox|123rf|dreamstime|depositphotos|pixelio|panthermedia|" + _MORE_LIBRARIES + r")"
)
# Social platforms a picture is taken from; Russian names inflect ("из Инстаграма").
_PLATFORM = (
    r"(instagram|twitter|facebook|tiktok|youtube|telegram|pinterest|snapchat|bluesky|mastodon|vk|"
    r"инстаграмм?\w*|твиттер\w*|фейсбук\w*|тикток\w*|ютуб\w*|телеграм\w*|вконтакте)"
)
_SCREENSHOT = (r"(screenshots?|bildschirmfotos?|captures? d['’](é|e)cran|capturas?( de pantalla| de tela)?|скриншоты?|"
               r"schermate|schermata)")
_PICTURES = (r"(das |die |the |les |las |los |as |os |le |i |gli |la )?"
             r"(bildmaterial|bilder|fotos?|abbildungen|photos?|images?|pictures?|photographs?|illustrations?|"
             r"fotografías|fotografias|imágenes|imagens|immagini|fotografie|фото(графии)?|снимки|изображения)")
_PROVIDED = (
    r"(^|(?<=[.!?])\s+|\(\s*)" + _PICTURES + r"\s+("
    # German: "wurde(n) (uns) (freundlicherweise) von X zur Verfügung gestellt", "stellte X zur Verfügung"
    r"(wurden?|werden|sind)\s+(uns\s+)?(freundlicherweise\s+|dankenswerterweise\s+)?(von\s+.{2,100}?\s+)?"
    r"(zur\s+verfügung\s+gestellt|bereitgestellt|überlassen)|"
    r"(stellte|stellten|stellt|stellen)\s+.{2,80}?\s+zur\s+verfügung|"
    # English: "(are|were) (kindly) provided/supplied by X", "courtesy (of) X"
    r"((are|were|have been)\s+)?(kindly\s+|generously\s+)?(provided|supplied|contributed|made available)\s+by\s+\S|"
    r"(are\s+|were\s+)?courtesy(\s+of)?\s+\S|"
    # French, Spanish, Portuguese, Italian, Russian
    r"((ont\s+été|sont)\s+)?(aimablement\s+|gracieusement\s+)?(fournie?s?|offerte?s?|transmise?s?|prêtée?s?)\s+par\s+\S|"
    r"((han\s+sido|fueron|son|foram|são)\s+)?(amablemente\s+|gentilmente\s+)?(cedid[oa]s?|proporcionad[oa]s?|facilitad[oa]s?|"
    r"fornecid[oa]s?|cortesía\s+de|cortesia\s+de)\s+(por\s+|pel[oa]s?\s+|de\s+)?\S|"
    r"((sono\s+state?|sono)\s+)?(gentilmente\s+)?(fornite?|concesse|messe\s+a\s+disposizione)\s+(da|dal|dalla|dallo|dagli|dalle)\s+\S|"
    r"(были\s+)?(любезно\s+)?предоставлен[ыао]?\s+\S"
    r").{0,160}$"
)
# "... via Getty Images", "..., via Wikimedia Commons": the library a picture came through.
_VIA_LIBRARY = r"(,?\s+via\s+" + _PHOTO_LIBRARY + r"(\.[a-z]{2,3})?)"
# Names, a comma and an agency or library closing a caption's credit line ("Jane Doe, Associated Press").
_NAME_AGENCY = (r"^\W{0,3}(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w'’&-]*\.?(\s+((?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w'’&-]*\.?|"
                r"(?-i:de|da|di|del|della|van|von|der|den|la|le|du|dos|das|y|e))){0,4},\s*" + _AGENCY
                + r"(\s+(photos?|images|pictures|press|staff))?(\s*/\s*[\w .-]{1,40})?\W{0,2}$")
_HANDED_IN = (r"(^|(?<=[\w.)!?] ))((submitted|contributed|supplied|handout)\s+(photos?|images?|pictures?)|"
              r"(photos?|images?|pictures?)\s+(submitted|contributed|supplied)|"
              r"(fotos?|photos?)\s+(cedidas?|concesse|concessa|fournies?|transmises?|eingesandt|zugesandt|enviadas?|inviate?)|"
              r"фото\s+предоставлен[оаы]?)(\s+(by|von|par|por|da|di|pel[oa]|от)\s+[^\W\d].{1,60})?\W{0,2}$")
_IMAGE_CREDIT_PATTERNS = [
    # A source label before a marker: "(Quelle: Foto Jane Doe)", "Source: photo by Jane Doe".
    r"(^|[.(|–—-]\s*)(source|quelle|fuente|fonte|источник|źródło)\s*:\s*" + _CREDIT_MARKER
    + r"\s*(:|by|von|de|di|par|por)?\s+[\w©(].{1,100}$",
    r"(?<![-“”\"„‘’'])" + _MARKER_START + _CREDIT_MARKER
    + r"(\s*\((cc|c)\))?\s*(credits?|courtesy|source|quelle|crédit|crédito|автор)?\s*(:|：|©|\||/ |[–—]\s*(?=" + _DASH_CREDIT + r"))"
    + r"\s*\S.{1,150}$",
    # "Photo by Jane Doe", "Image copyright Getty Images", "Image copyright @janedoe" (an account's picture)
    r"(^|[.(|/:–—-]\s*)" + _CREDIT_MARKER + r"\s+(credits?\s*:?|copyright\s*:?(?!\s+(1[89]|20)\d{2}\b)|by|von|de|di|par|por|courtesy( of)?|is from|is by|"
    r"is courtesy of|via|mit freundlicher genehmigung)\s+[\w©(@].{1,150}$",
    _MARKER_START + _CREDIT_MARKER + r"\s+" + _AGENCY + r"\b",
    # a picture word of Korean, Japanese or Chinese before "=", a colon or a slash ("[사진=Example, Agency]",
    # "写真：Example"): these scripts write the label glued to the name, often in brackets
    r"(^|[\[(【（「\s|])(사진|写真|画像|照片|图片|圖片|攝影|摄影|图|圖)\s*[=:：／/]\s*[^\s\]】）」].{0,80}$",
    r"\(?\b(credits?|crédits?|créditos?|crediti|credito|bildrechte|bildnachweise?|fotonachweise?)\s*:\s*\S.{1,100}$",
    # "Courtesy Louvre" opening a line or closing a caption after its sentence ("... (1761). Courtesy
    # Louvre"), and its forms in the other languages.
    r"(^\W{0,3}|(?<=[\w)][.!?]\s))(courtesy( of)?|cortesía de|cortesia (de|di|do|da)|"
    r"per gentile concessione d(i|el|ella|ello|ei|egli|elle)|avec l['’]aimable autorisation d(e|u|es))\s+[\w©].{1,100}$",
    r"\b(source|quelle|źródło|fuente|источник|autor|auteur)\s*:\s*(\S+/)?" + _PHOTO_LIBRARY + r"\b.{0,60}$",
    r"©\s*(?!(1[89]|20)\d{2}\b|\d{1,2}[./-]\d)[\w][^©]{1,80}$",
    r"\(c\)\s*(?!\d)[^\W\d][\w.'’ /-]{1,40}$",
    # An agency alone or after a name's slash, with its kind word and the library that distributes
    # it: "Reuters", "AP", "AFP via Getty Images", "Jane Doe/Anadolu Agency via Getty Images".
    r"(^|[/|(]\s*)" + _AGENCY + r"(\s+(agency|agentur|agence|agencia|agenzia|photos?|images|pictures|press))?"
    r"(\.[a-z]{2,3})?\s*([/|]\s*[\w .-]{1,40})?" + _VIA_LIBRARY + r"?\)?$",
    # "dpa/Jane Doe", "picture alliance | Jane Doe": the agency, then the photographer after a slash or a bar
    r"^\W{0,3}" + _AGENCY + r"\s*[/|]\s*[\w .-]{1,40}$",
    # A line of names that ends with the library the picture came through ("Jane Doe via Wikimedia
    # Commons", "Jane Doe/Example Agency via Getty Images"): no marker word is needed.
    r"^\W{0,3}(?!via\b)[^\W\d][\w.'’ &/-]{1,60}?" + _VIA_LIBRARY + r"\W{0,3}$",
    # An account credited for a picture or an embed: "reddit by u/janedoe", "Photo via @janedoe".
    # A handle, not a name, so no marker word is needed; "by" says it made the thing. A bare
    # pointer to an account ("Account: @janedoe", "IG: @janedoe") or a feed's heading ("Tweets by
    # @outlet") is not.
    r"^\W{0,3}((?!(tweets?|posts?|follow)\b)[^\W\d][\w.'’-]{0,20}\s+)?(by|via|von|par|por|di|от)\s+(u/|@)[\w.-]{2,40}\W{0,2}$",
    # A marker word straight before a capitalised name closing a caption ("... detenido. FOTO
    # Ángel Flecha."; not "FOTO ILUSTRATIVA"): read in a caption only (see credit_features).
    r"(^|[.(|/:–—-]\s*)" + _CREDIT_MARKER + r"\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-öø-ÿа-яё])[\w.'’-]*"
    r"(\s+[\w.'’-]+|\s*[/|]\s*[\w.'’-]+){0,4}\W{0,2}$",
    # Weak forms, credits only where the page sets them as one (a caption): "Quelle: The Verge",
    # "... nach Open Interest. Quelle: Coinglass" (a caption's closing sentence), "Jane Doe /
    # Agency". The model weighs them with the DOM context; a source in a caption is its own
    # evidence (``rule_source_caption``: the picture's source, not the text's).
    r"(^|[(|–—-]\s*|(?<=[^\W\d_]{2}[.!?]\s))(source|quelle|fuente|fonte|источник|źródło)\s*:\s*[^\s:].{1,80}$",
    r"^\W{0,2}[^\W\d][\w.'’ -]{1,40}\s*/\s*[^\W\d][\w.'’ -]{1,40}\W{0,2}$",
    # "(Jane Doe/Reuters)", also of three or four parts ("(NASA/JPL-Caltech/ASU)", "(Jane Doe/Example
    # Times/Getty Images)")
    r"\(\s*[^\W\d][\w.'’ -]{1,40}(\s*/\s*[^\W\d][\w.'’ -]{1,40}){1,3}(,\s*[^\W\d][\w.'’ -]{1,20})?\)\W{0,2}$",
    # "Jane Doe, Associated Press", "Jupiterimages, Getty Images/Creatas RF": names, a comma, an agency
    # or library closing the line (a byline writes the same: read in a caption or credit element only)
    _NAME_AGENCY,
    # A caption saying the picture was handed in, in words: "Submitted photo", "Photo submitted by Jane
    # Doe", "Handout photo", "Foto cedida", "Photo fournie", "Foto concessa", "Фото предоставлено" (read
    # in a caption only)
    _HANDED_IN,
    # "[SpaceX via Nasa]": the source a picture came through, in brackets closing a caption (read in a
    # caption only; a bare "... via Example" closing a caption is left alone: "approved via Congress")
    r"\[\s*(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[^\[\]]{0,60}?\s+via\s+[^\[\]]{2,40}\]\W{0,2}$",
    # A picture taken from someone's account on a platform ("Photo from Jane Doe's Instagram",
    # "Фото из Инстаграма Иван Иванова", "Foto dal profilo Instagram di Mario Rossi"): the marker, a
    # word for "from" (after "taken" or its like), up to four words, the platform, up to four
    # words more; the credit ends there (a date after it is the post's, not the credit's).
    r"(^|[.(|/:–—-]\s*)" + _CREDIT_MARKER + r"(\s+(taken|tirée?s?|issue?s?|tomad[oa]s?|sacad[oa]s?|"
    r"retirad[oa]s?|tratt[oa]|presa|взят[оаы]?))?\s+(from|off|aus|vom|von|de|du|des|da|do|di|del|dal|dalla|"
    r"из|со|с|via|on|auf|en|на|in|im)\s+([\w.'’@-]+\s+){0,4}?" + _PLATFORM + r"(?![^\W\d_])([-/@.][\w.'’@/-]*)?"
    r"(\s+(?!\d)[\w.'’@-]+){0,4}",
    # A label naming the picture's author or rights holder: "Copyright: Jane Doe", "Urheber: von
    # Jane Doe (Own work) [CC-BY-3.0 (...)], via Wikimedia Commons", "Autor der Fotos: Jane Doe".
    r"(^|[.(|–—-]\s*)(copyright|urheber(in)?|urheberrecht|bildautor(in)?|auteur des (photos|images)|"
    r"autor(a)? de las (fotos|imágenes)|autore delle (foto|immagini)|автор (фото|снимков?))\s*:\s*\S.{1,200}$",
    # "Taken by Jane Doe in 2006, Wikimedia Commons": who took the picture, at a sentence's start.
    # Only read in a caption or beside a library or free licence (see credit_features): "the decision
    # taken by the board" is no credit.
    r"(^|(?<=[.!?|–—-])\s+|\(\s*)(taken|shot|photographed|aufgenommen|fotografiert|prises?|tomadas?|tirad[oa]s?|"
    r"scattat[oa]|fotografad[oa]|снят[оаы]?|сделан[оаы]?)\s+(by|von|par|por|da|pel[oa]|di|от)\s+"
    r"(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ]).{1,120}$",
    # A sentence saying who provided the pictures: "Das Bildmaterial wurde von Example GmbH zur
    # Verfügung gestellt.", "Images courtesy of Example", "Photos fournies par Example", "Fotos
    # cedidas por Example", "Immagini fornite da Example", "Фото предоставлены Example".
    _PROVIDED,
    # A screenshot of a platform as the picture's source: "Instagram (Screenshot)", "Screenshot: YouTube".
    r"^\W{0,3}(" + _PLATFORM + r"(?![^\W\d_])[\w.@/ -]{0,40}?\s*[(/|:–—-]\s*" + _SCREENSHOT + r"\)?|"
    + _SCREENSHOT + r"\s*[(/|:–—-]?\s*(von |from |de |di |da |с )?" + _PLATFORM + r"(?![^\W\d_]).{0,60})\W{0,2}$",
    # A marker opening the line with one or two words before its colon: a compound label ("Foto und
    # Styling: Jane Doe", "Photo and styling: ...") or a qualifier ("Image illustrative : Jane Doe",
    # "Foto oben: Jane Doe"); a headline after the colon is refused (see credit_features).
    r"^\W{0,3}" + _CREDIT_MARKER + r"(\s+(und|and|&|et|e|y|и)\s+[^\W\d_]{3,20}|(\s+[^\W\d_'’]{2,20}){1,2})\s*[:：]\s*\S.{1,150}$",
    # An agency and a photographer opening a caption, its sentence straight after ("dpa/Jane Doe
    # Im Oktober ..."): the credit is the agency and up to two capitalised names (read in a caption).
    r"^\W{0,3}" + _AGENCY + r"\s*/\s*(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]+)(\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]+))?"
    r"(?=\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[^/]{10,})",
    # A picture library's address as the picture's source ("https://unsplash.com/photos/AbC123"): it
    # names where the picture came from, unlike a link to the picture file itself.
    # A source word without its colon closing a figure's caption after a comma ("Abbildung 1: Beispiel
    # eines Profils, Quelle SLF Davos"): read in a caption or after a figure's label only.
    r"(?<=[,;.]\s)(source|quelle|fuente|fonte|источник|źródło)\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w.'’&/-]*"
    r"(\s+[\w.'’&/-]+){0,4}\W{0,2}$",
    r"^\W{0,3}(https?://)?(www\.|[a-z]{2}\.)?(unsplash\.com/(photos|@)|pixabay\.com/\S|pexels\.com/(photo|@)|"
    r"flickr\.com/photos/|commons\.wikimedia\.org/wiki/|stock\.adobe\.com/|(www\.)?shutterstock\.com/|"
    r"istockphoto\.com/|gettyimages\.[a-z.]{2,6}/detail/)\S*\W{0,2}$",
]
_COPYRIGHT_BRANCHES = (
    r"all rights reserved|alle rechte|tous droits|todos los derechos|все права|wszelkie prawa|"
    r"rights reserved|rechte vorbehalten|droits réservés|derechos reservados|diritti riservati|"
    r"direitos reservados|права защищены|riproduzione riservata|reproduction interdite|reproducción prohibida|"
    r"reprodução proibida|nachdruck verboten",
    r"^\W*(©|\(c\)|copyright)\s*(\d{4}|by )",
    r"\b(19|20)\d{2}\s*[-–]\s*(19|20)\d{2}\b",
    r"privacy|datenschutz|impressum|"
    r"mentions légales|aviso legal|note legali|avviso legale|política de privacidad|política de privacidade|"
    r"политика конфиденциальности",
    r"(?<=\s\|\s)©\s*(19|20)\d{2}\b",
)
# Whether a line is such a line, asked branch by branch (:class:`AnyOf`): the same yes or no as
# the branches joined into one pattern (tests/test_extract_speed_anyof.py).
_IS_COPYRIGHT_LINE = AnyOf(lazy_re.compile(b, _F) for b in _COPYRIGHT_BRANCHES)
# A © line that names a year is the site's copyright, not a photo credit. One that names a
# company form ("© Example Media GmbH") is the site's in a footer but a credit under a book cover
# or a press photo ("© dtv Verlag"): the model weighs it with its place on the page.
_SITE_COPYRIGHT = lazy_re.compile(r"\b(19|20)\d{2}\b|^\W*copyright\b(?!\s*:)", _F)
_COMPANY_FORM = lazy_re.compile(
    r"\b(gmbh|mbh|ag|kg|ltd|limited|inc|llc|plc|sa|s\.a|sp\. z o\.o|group|"
    r"verlag|corporation|corp|co\.|media|magazine)\b",
    _F,
)
# A "© by Name" line that names a picture library or a free licence ("© By Jane Doe (Own work)
# [CC-BY-SA-3.0], via Wikimedia Commons") credits a picture; the site's own copyright names a
# year, reserves its rights or sits with the privacy and imprint links.
_PICTURE_RIGHTS = lazy_re.compile(
    r"\b(" + _PHOTO_LIBRARY + r"|cc[- ]?by(-[a-z]{2,3})*|cc0|gfdl|creative commons|own work|eigenes werk|œuvre personnelle|"
    r"trabajo propio|trabalho próprio|opera propria|собственная работа)\b",
    _F,
)
_SITE_RIGHTS = lazy_re.compile(
    r"reserved|vorbehalten|réservés|reservados|riservati|защищены|privacy|datenschutz|impressum|\b(19|20)\d{2}\b",
    _F,
)
_LEADING_MARKER = lazy_re.compile(r"^\W{0,3}" + _CREDIT_MARKER + r"\b", _F)
_ANY_MARKER = Guarded(lazy_re.compile(_CREDIT_MARKER, _F))
_MARKER_RULES = 4  # the first four image-credit rules need a marker word: test it once
_LABEL_ONLY = lazy_re.compile(r"^[^\W\d][\w’' .]{0,28}:$")

# Each rule is tried only on lines holding a string its matches need (and compiled on the first
# such line): a page's credit lines call for a few of the 29 rules (issue 13).
_IMAGE_CREDIT = [Guarded(lazy_re.compile(p, _F)) for p in _IMAGE_CREDIT_PATTERNS]
_LIBRARY_URL_RULE = len(_IMAGE_CREDIT_PATTERNS) - 1  # a picture library's address alone
_TRUNCATED = lazy_re.compile(r"(\.\.\.|…)\W{0,2}$")
_CREDIT_RULE_GROUP = ("marker", "marker", "marker", "marker_agency", "credit_word", "credit_word", "credit_word", "source", "copy_sign",
                      "copy_sign", "agency", "agency", "agency", "handle", "marker_name", "source_any", "slash", "paren_slash",
                      "agency", "marker_name", "marker_name", "platform",
                      "credit_word", "credit_word", "marker", "platform", "marker", "agency", "source_any", "source")
_LABELLED_MARKER_RULE = len(_IMAGE_CREDIT_PATTERNS) - 4  # "Foto und Styling:", "Image illustrative :"
_AGENCY_LEAD_RULE = len(_IMAGE_CREDIT_PATTERNS) - 3  # "dpa/Jane Doe Im Oktober ..." in a caption
_BARE_SOURCE_RULE = len(_IMAGE_CREDIT_PATTERNS) - 2  # "..., Quelle SLF Davos" closing a figure's caption
_NAME_AGENCY_RULE = _IMAGE_CREDIT_PATTERNS.index(_NAME_AGENCY)  # "Jane Doe, AP": in a caption or credit element

STATEMENT_KINDS = ("correction", "disclaimer", "sponsored", "republished_from", "editors_note")


# What a reference to a publication holds: a year, a publisher, an ISBN or a page number
# ("Aus: Das Landbuch. Landeszentrale für politische Bildung, Potsdam 2015"; "From: The Harbour
# Book (Example Press)"). Stands for ``PUBLICATION`` in the cue lexicon.
_PUBLICATION = (r"(\b(1[5-9]|20)\d{2}\b|verlag|\bedition|éditions?\b|editorial\b|editora\b|editore\b|"
                r"издательств|\bpress\b|\bbooks\b|\bisbn\b|\b(s|p|pp|с)\. ?\d)")


# A periodical's issue closing a line ("Aus Example-Sonderheft 1/2019", "From Example Monthly, issue
# 3"): its number and year. Stands for ``ISSUE`` in the cue lexicon.
_ISSUE_REF = (r"(\b\d{1,2}\s*/\s*(19|20)\d{2}\b|((ausgabe|heft)|\b(issue|no\.|nr\.?|n\.|n°|nº|numéro|número|numero|edição|"
              r"edizione|edición|vol\.|выпуск|номер)|№)\s*\d{1,4}\b(\s*[/|,]\s*(19|20)\d{2}\b)?)")


def _expand(pattern: str) -> str:
    """A lexicon pattern with its placeholders filled in (``APOS``, ``PUBLICATION``, ``ISSUE``)."""
    return pattern.replace("APOS", _A).replace("PUBLICATION", _PUBLICATION).replace("ISSUE", _ISSUE_REF)


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(_expand(pattern), _F)


class _PerKind(Mapping[str, _T]):
    """kind -> its compiled patterns, compiled the first time a line is tried for that kind.

    Some 200 cue patterns cost ~30 ms to compile, a third of ``archive URL``'s own start-up;
    a page is only tried for the kinds whose stems it contains (:func:`_candidates`), so a
    kind no page line calls for is never compiled. Two threads may both compile a kind once:
    the same patterns, so no harm."""

    def __init__(self, source: Mapping[str, _S], build: Callable[[_S], _T]) -> None:
        self._source = source
        self._build = build
        self._done: dict[str, _T] = {}

    def __getitem__(self, kind: str) -> _T:
        done = self._done.get(kind)
        if done is None:
            done = self._done[kind] = self._build(self._source[kind])
        return done

    def __iter__(self) -> Iterator[str]:
        return iter(self._source)

    def __len__(self) -> int:
        return len(self._source)


_CUES = _PerKind(notice_cues.CUES, lambda langs: PatternSet(_expand(p) for pats in langs.values() for p in pats))


class _Anchored:
    """A pattern that opens with ``^``, compiled when a line first holds a string its matches need
    (:class:`Guarded`) or after :data:`_GUARD_TRIES` lines, then matched directly: an anchored
    match fails at once, cheaper than looking for those strings on every line of a long batch.
    The same answers as ``re.compile(pattern, _F).match``."""

    __slots__ = ("_guarded", "_match", "_tries")

    def __init__(self, pattern: str) -> None:
        assert pattern.startswith("^")
        self._guarded = Guarded(lazy_re.compile(_expand(pattern), _F))
        self._match: Callable[[str], re.Match[str] | None] | None = None
        self._tries = 0

    @property
    def pattern(self) -> lazy_re.LazyPattern | re.Pattern[str]:
        return self._guarded.pattern

    def match(self, line: str, folded: str) -> re.Match[str] | None:
        """``pattern.match(line)``; ``folded`` is :func:`cue_fold` of ``line``."""
        match = self._match
        if match is None:
            needs = self._guarded.needs
            self._tries += 1
            if needs is not None and self._tries < _GUARD_TRIES and not any(x in folded for x in needs):
                return None
            pattern = self._guarded.pattern
            match = self._match = pattern.compiled().match if isinstance(pattern, lazy_re.LazyPattern) else pattern.match
        return match(line)


#: Lines an anchored pattern is guarded for before it is compiled anyway (a page's first ~60
#: candidate lines: one ``archive URL`` rarely compiles a label it does not need, a batch soon does).
_GUARD_TRIES = 64

# A kind's label before a colon, or alone on its line: a line without the kind's label words
# compiles neither (:class:`_Anchored`).
_LABELS = _PerKind(notice_cues.LABELS, lambda langs: _Anchored(
    r"^\W{0,3}(?:" + "|".join(langs.values()) + r")\b[^:]{0,60}?\s*[:：—–]\s*(?=\S)"))
_LABEL_WORD_ONLY = _PerKind(notice_cues.LABELS, lambda langs: _Anchored(
    r"^\W{0,3}(?:" + "|".join(langs.values()) + r")\W{0,3}$"))


def _join(table: dict[str, str]) -> lazy_re.LazyPattern:
    """The table's patterns as one alternation, compiled on first use."""
    return lazy_re.compile(_expand("|".join(f"(?:{p})" for p in table.values())), _F)


_SELF_REF = Guarded(_join(notice_cues.SELF_REFERENCE))
_TERMS = _join(notice_cues.TERMS)
# Whether a line holds the site's or the author's voice, asked language by language (:class:`AnyOf`): the same
# yes or no as the joined pattern's search, without running six languages' words along each line.
_HAS_VOICE = AnyOf(lazy_re.compile(_expand(p), _F) for p in notice_cues.VOICE.values())
_INVITE = Guarded(_join(notice_cues.INVITE))
def _stems(words: str) -> tuple[str, ...]:
    """A kind's stems, without those that contain a shorter one (finding "affili" finds
    "affiliate" too), so the page is scanned once per distinct stem."""
    stems = sorted({x.replace("_", " ") for x in words.split()}, key=len)
    return tuple(x for i, x in enumerate(stems) if not any(y in x for y in stems[:i]))


_KIND_STEMS = {kind: _stems(stems) for kind, stems in notice_cues.STEMS.items()}
_TIMESTAMP = lazy_re.compile(r"\d{1,4}[.:/-]\d{1,2}|\b(19|20)\d{2}\b|\d{1,2}:\d{2}")
# An issue of a periodical ("in Ausgabe 12 | 2022", "issue 3/2021"): its number and year date no line.
_ISSUE = lazy_re.compile(r"((ausgabe|heft)\b\.?|\b(jahrgang|issue|edition|vol|volume|no|nr|n|numéro|número|numero|edição|edición|"
                    r"edizione|выпуск|номер)\b\.?|№|n°|nº)\s*\d", _F)
_LETTER_WORD = lazy_re.compile(r"[^\W\d_]{2,}")
# The words of a date or a time, which a timestamp line holds beside its digits ("Updated Nov. 19, 2019
# 8:21 am ET / Original Nov. 19, 2019 8:02 am ET"): months (EN DE FR ES PT IT RU, full and short),
# am/pm, "Uhr", time zones. A line whose other words are three or fewer is a timestamp however many
# date words it holds.
_DATE_WORD_LIST = (
    "jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october "
    "nov november dec december januar jänner februar märz mai juni juli oktober dezember janvier février mars avril "
    "juin juillet août septembre octobre novembre décembre enero febrero marzo abril mayo junio julio agosto "
    "septiembre setiembre octubre noviembre diciembre janeiro fevereiro março maio junho julho setembro outubro "
    "novembro dezembro gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre января февраля марта "
    "апреля мая июня июля августа сентября октября ноября декабря январь февраль март апрель май июнь июль август "
    "сентябрь октябрь ноябрь декабрь am pm uhr et est edt ct cst cdt pt pst pdt gmt utc cet cest mez mesz bst hkt msk"
)
_DATE_WORDS = frozenset(_DATE_WORD_LIST.split())
_DATED_WORDS = 3  # words beside the date words of a line that is still a timestamp
_TERMINAL = lazy_re.compile(r"[.!?…)\]»”\"]\s*$")
_GENERIC_LABEL = lazy_re.compile(r"^\W{0,3}[^\W\d][\w’' .-]{0,30}\s?[:：]\s*\S")
_NOTE_LABEL = lazy_re.compile(
    r"^\W{0,3}(please note|note|n\.?b\.?|hinweis|bitte beachten|remarque|à noter|nota( bene)?|"
    r"observação|примечание|обратите внимание|avviso)\s*[:：—–]\s*(?=\S)",
    _F,
)
_QUOTED = lazy_re.compile(r"^\s*[\"“”„«»‚‘]")  # a direct quotation: someone's words, not the site's notice
_COMMENT_RULES = Guarded(lazy_re.compile(
    r"\b(comments|commenters|kommentare|leserkommentare|commentaires|comentarios|comentários|"
    r"commenti|комментарии|комментариев)\b",
    _F,
))

# ----------------------------------------------------------------------------- features

_CTX = (("ctx_aside", CTX_ASIDE), ("ctx_small", CTX_SMALL), ("ctx_italic", CTX_ITALIC),
        ("ctx_caption", CTX_CAPTION), ("ctx_footer", CTX_FOOTER), ("ctx_nav", CTX_NAV),
        ("ctx_note", CTX_NOTE), ("ctx_link", CTX_LINK), ("ctx_comment", CTX_COMMENT), ("ctx_box", CTX_BOX),
        ("ctx_credit", CTX_CREDIT))
POSITIONS = ("main_middle", "main_edge", "before_main", "inside_main_span", "after_main")
#: Features shared by both models; "cue_*"/"kind_*" differ between statements and credits.
COMMON = ("bias", "self_ref", "voice", "invite", "w_le3", "w_4_8", "w_gt60", "terminal", "timestamp",
          "copyright", "comment_rules", "generic_label", "quoted", "page_tail", "short_widget", *(n for n, _ in _CTX), *POSITIONS)
# the credit-element context is the credit model's evidence: a statement's weights do not read it
STATEMENT_FEATURES = (*(n for n in COMMON if n != "ctx_credit"), "cue1", "cue2", "cue3", "label", "label_only", "label_short", "note_label",
                      "note_terms", "dangling", "set_apart_in_main", "note_apart",
                      *(f"kind_{k}" for k in STATEMENT_KINDS))
CREDIT_FEATURES = (*(n for n in COMMON if n != "copyright"), "leading_marker",
                   *(f"rule_{g}" for g in dict.fromkeys((*_CREDIT_RULE_GROUP, "source_caption"))),
                   "credit_short", "credit_tail", "company_form", "site_line")


def _common(line: str, ctx: int, position: str | None, at_end: bool = False) -> dict[str, float]:
    words = len(line.split())
    folded = cue_fold(line)
    words_found = _LETTER_WORD.findall(line)
    letter_words = len(words_found)
    # a line of dates with a label or two ("Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019")
    dated_words = sum(1 for w in words_found if w.casefold() not in _DATE_WORDS)
    f = {
        "bias": 1.0,
        "self_ref": float(bool(_SELF_REF.search(line, folded))),
        "voice": float(_HAS_VOICE.holds(line, folded)),
        "invite": float(bool(_INVITE.search(line, folded))),
        "w_le3": float(words <= 3),
        "w_4_8": float(4 <= words <= 8),
        "w_gt60": float(words > 60),
        "terminal": float(bool(_TERMINAL.search(line))),
        "timestamp": float(bool(_TIMESTAMP.search(line)) and (letter_words <= 6 or dated_words <= _DATED_WORDS)
                           and not _ISSUE.search(line)),
        "copyright": float(_IS_COPYRIGHT_LINE.holds(line, folded)),
        "comment_rules": float(bool(_COMMENT_RULES.search(line, folded))),
        "generic_label": float(bool(_GENERIC_LABEL.match(line))),
        "quoted": float(bool(_QUOTED.match(line))),
        "page_tail": float(at_end),
        # a few words in a menu, sidebar or link: a widget's label ("Promoted Content", "Sponsored
        # By" above other pages' teasers), not a notice about this page; a line the main text holds
        # is no widget's label, whatever its container's class says
        "short_widget": float(words <= 3 and bool(ctx & (CTX_NAV | CTX_ASIDE | CTX_LINK))
                              and position not in ("main_middle", "main_edge")),
    }
    for name, bit in _CTX:
        f[name] = float(bool(ctx & bit))
    if position:
        f[position] = 1.0
    return f


def statement_features(line: str, ctx: int = 0, position: str | None = None,
                       kinds: Iterable[str] = STATEMENT_KINDS, at_end: bool = False) -> tuple[str, dict[str, float]] | None:
    """(kind, features) for a line that carries a statement-notice cue, or None.

    The kind is the one with the most cue phrases; a label before a colon breaks ties, and a
    fixed order (correction, disclaimer, sponsored, republished, editor's note) breaks the rest.
    A line with no cue but set apart by a generic "Note:" ("Hinweis:", "Nota:") is read as an
    editor's note, weak evidence the model weighs with the rest ("Note: this article ...").
    """
    note = bool(_NOTE_LABEL.match(line))
    folded = cue_fold(line)
    best: tuple[int, int, str, int, int] | None = None
    chosen: tuple[list[re.Match[str]], re.Match[str] | None] = ([], None)
    if _COMMENT_RULES.search(line, folded):  # rules for reader comments speak about the comments
        kinds = [k for k in kinds if k != "disclaimer"]
    for order, kind in enumerate(STATEMENT_KINDS):
        if kind not in kinds:
            continue
        cues = _CUES[kind].matches(line, folded)
        label_match = _LABELS[kind].match(line, folded)
        label = 1 if label_match else 0
        label_only = 1 if not label and _LABEL_WORD_ONLY[kind].match(line, folded) else 0
        score = 2 * len(cues) + label + label_only
        if score and (best is None or score > best[0]):
            best = (score, order, kind, label, label_only)
            chosen = (cues, label_match)
    if best is None:
        if not note or "editors_note" not in kinds:
            return None
        best = (0, 0, "editors_note", 0, 0)
    _, _, kind, label, label_only = best
    cues, label_match = chosen
    # The label's own word is often a cue too ("Anzeige", "Sponsored"): only cues after it count,
    # or "Anzeige: Mehr lesen mit dem Abo" (a slot's label and a promotion) looks like a statement.
    after = label_match.end() if label_match else 0
    hits = sum(1 for c in cues if c.start() >= after)
    rest = line[after:]
    f = _common(line, ctx, position, at_end)
    f.update({"cue1": float(hits >= 1), "cue2": float(hits >= 2), "cue3": float(hits >= 3),
              "label": float(label), "label_only": float(not hits and label_only),
              # a label followed by a few words (eight at most) and no sentence ("Anzeige: Letzte
              # Artikel") names a slot or a widget; a notice says something after its label
              "label_short": float(bool(label) and len(rest.split()) <= 8 and not _TERMINAL.search(rest)),
              "note_label": float(note), f"kind_{kind}": 1.0,
              # nothing but a bare "Note:" says notice, and what follows are a sale's terms
              "note_terms": float(note and not hits and not label and bool(_TERMS.search(rest))),
              "dangling": float(bool(_DANGLING.search(line))),
              "set_apart_in_main": float(position == "main_middle" and bool(ctx & _SET_APART)),
              # a bare "Note:" / "Hinweis:" in a box, note, italics or small print, and no sale's
              # terms after it: the form of an editor's note about the piece ("Hinweis: Für eine
              # bessere Darstellung wurde die Schutzhaube entfernt!")
              "note_apart": float(note and not hits and not label and bool(ctx & _SET_APART) and not ctx & CTX_COMMENT
                                  and position in ("main_middle", "main_edge") and not _TERMS.search(rest))})
    if ctx & CTX_FOOTER and hits:
        # a kind's cue phrases in the page's footer, inside a container classed for comments (an
        # ancestor wrapping the comments and the footer): the site's statement, not a reader's words
        f["ctx_comment"] = 0.0
    return kind, f


# A line ending on "by" / "von" / "par" introduces a sponsor's logo or a partner's name set
# apart from it ("Sponsored by", "Mit freundlicher Unterstützung von"): the slot's label, not
# a notice about this page.
_DANGLING = lazy_re.compile(r"(?<![\w.-])(by|with|from|of|von|mit|durch|par|avec|de|por|con|com|da|di|от)\s*[:：]?\s*$", _F)
# Inside the article's text, a box, note, italics or small print set a notice apart
# from the paragraphs around it ("Note: the examples here are simplified" in a callout).
_SET_APART = CTX_BOX | CTX_NOTE | CTX_ITALIC | CTX_SMALL


_CAPTION_TAIL = 200
# A credit glued to the sentence before it, the space lost where the layout joined two elements:
# "... der Kartellbehörden.Foto: Example" (a capitalised marker and its colon right after the full stop).
_GLUED_CREDIT = lazy_re.compile(r"(?<=[^\W\d_]{2}[.!?])(?=(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ]))(?=" + _CREDIT_MARKER + r"\s*[:：©])", _F)
# A credit sign after a caption's last sentence: the credit may go on in lower case ("... (c) jane doe").
_SIGN_AFTER_SENTENCE = lazy_re.compile(r"(?<=[^\W\d_]{2}[.!?…])\s+(?=©|\(c\)\s*[^\W\d_])", _F)
_TAIL_PAREN = lazy_re.compile(r"\(([^()]{4,160})\)\W{0,3}$")


def credit_tail(line: str) -> str | None:
    """The end of a long caption, where its credit sits: its closing parenthesis ("... (Foto:
    A. Name, 14.01.2022).") or its last sentence ("... the valley. Photo: Name/Agency"), or None
    when the end is no short segment of its own."""
    m = _TAIL_PAREN.search(line)
    if m:
        return m.group(1)
    tail = line[-_CAPTION_TAIL:]
    begin = None
    for b in _SENTENCE_END.finditer(tail):
        begin = b.end()
    for b in _GLUED_CREDIT.finditer(tail):  # "... entgegen.Foto: Example": the layout lost the space
        begin = max(begin or 0, b.end())
    for b in _SIGN_AFTER_SENTENCE.finditer(tail):  # "... problematisch. (c) example": a sign, any case after it
        begin = max(begin or 0, b.end())
    return tail[begin:].strip() if begin is not None else None


# A long caption opening with its credit, the sentence glued after it ("Photo: Jane Doe Archives Le
# Devoir Les entreprises de ..."): the label, then a run of capitalised words; the run's last word
# opens the caption's sentence.
_HEAD_CREDIT = lazy_re.compile(
    r"^\W{0,3}" + _CREDIT_MARKER + r"\s*[:：]\s*((?:(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w.'’&-]*(?:\s*[/|]\s*|\s+)){3,8})"
    r"(?-i:[a-zß-öø-ÿа-яё])", _F)


#: A caption longer than a credit's rules read (a label and 150 characters): its credit is read apart.
_LONG_CAPTION = 160


def credit_head(line: str) -> str | None:
    """The credit opening a caption too long to be one (:data:`_HEAD_CREDIT`), without the first word
    of the caption's sentence, or None."""
    m = _HEAD_CREDIT.match(line)
    if m is None:
        return None
    names = m.group(m.lastindex or 0).split()
    return line[:m.start(m.lastindex or 0)] + " ".join(names[:-1]) if len(names) >= 3 else None


def credit_features(line: str, ctx: int = 0, position: str | None = None,
                    at_end: bool = False, site: frozenset[str] = frozenset()) -> tuple[str, dict[str, float]] | None:
    """(credit text, features) for a line whose form is an image credit, or None.

    A caption too long to be a credit line may still end with one: then its closing segment
    (:func:`credit_tail`) is read as the line, and the feature ``credit_tail`` says so. ``site``
    holds the page's own names (:func:`site_keys`): "© <the site>" outside a caption is the
    site's copyright, not a picture's credit."""
    tail = 0.0
    head = credit_head(line) if ctx & CTX_CAPTION and len(line) > _LONG_CAPTION else None
    if head:
        line, tail = head, 1.0
    elif len(line) > _MAX_CREDIT_LINE:
        seg = credit_tail(line)
        if seg is None:
            return None
        line, tail = seg, 1.0
    folded = cue_fold(line)
    if _site_copyright(line, folded) or _EMBEDDED_POST.search(line):
        return None
    skip = _MARKER_RULES if not _ANY_MARKER.search(line, folded) else 0
    for index in range(skip, len(_IMAGE_CREDIT)):
        m = _IMAGE_CREDIT[index].search(line, folded)
        if not m:
            continue
        group = _CREDIT_RULE_GROUP[index]
        # the platform rule ends where its credit does; the others run to the line's end
        upto = line[:m.end()] if group == "platform" or index == _AGENCY_LEAD_RULE else line
        start = _name_before(line, m.start()) if group == "agency" else _word_start(line, m.start())
        start = _sign_before(line, start)
        text = _credit_text(upto, start)
        copyright_line = text[:1] in "©(" or text[:9].lower() == "copyright"
        if copyright_line and ((_SITE_COPYRIGHT.search(text) and not _dated_credit(text, ctx))
                               or _LICENCE_AFTER_SIGN.match(text)
                               or (_names_site(text, site) and not _under_picture(ctx))
                               or _software_credit(line, m.start(), ctx)
                               or _furniture_copyright(text, ctx, position)):
            continue
        if group == "copy_sign" and _brand_mark(line, m.start(), ctx):
            continue  # "... für das Example © Feiertags-Angebot": a brand's mark in a sentence or a menu
        if group == "marker" and (_teaser_headline(line, start, text, ctx, index == _LABELLED_MARKER_RULE)
                                  or _figure_description(text) or _gallery_link(line, start, text, ctx)):
            continue  # "Krasse Bilder: Hier stürmt ein Bankräuber ..." is a teaser's headline
        if index == _AGENCY_LEAD_RULE and not ctx & CTX_CAPTION:
            continue
        if index == _NAME_AGENCY_RULE and not ctx & (CTX_CAPTION | CTX_CREDIT):
            continue
        if index == _BARE_SOURCE_RULE:
            if not (ctx & CTX_CAPTION or _FIGURE_LABEL.match(line)):
                continue
            ctx |= CTX_CAPTION  # a figure's label opens the line: it is the figure's caption
        if group == "agency" and not ctx & CTX_CAPTION and _EDITOR_INITIALS.match(text):
            continue  # "(dpa/gem)": the agency and the editor's initials, the text's source
        if group == "marker" and _SENTENCE_AFTER_LABEL.match(text):
            continue  # "FOTOS: Wer der Hektik des Alltags entfliehen möchte, ist ...": a teaser's sentence
        if not _NAMES_SOMEONE.search(_MARKER_PREFIX.sub("", text, count=1)):
            continue  # "Fotos: 476.764" counts pictures; a credit names someone
        if (_URL_ONLY.search(text) and not _PICTURE_SOURCE_URL.match(text)) or (group == "slash" and _paired_forms(text)):
            continue
        if group == "marker_name" and not ctx & CTX_CAPTION:
            continue
        if index == _LIBRARY_URL_RULE and (ctx & CTX_LINK or _TRUNCATED.search(text)):
            continue  # a linked or shortened address is a link's label; the credit is the text beside it
        if not _credit_form_holds(line, m, start, text, group, ctx):
            continue
        if group == "source_any" and ctx & CTX_CAPTION and not ctx & (CTX_FOOTER | CTX_NAV):
            group = "source_caption"
        f = _common(line, ctx, position, at_end)
        # the site's copyright lines were turned away above: what is left names a picture's rights
        # ("SA" in "CC-BY-SA" is a licence's, not a company's), so the credit model has no weight for it
        del f["copyright"]
        f.update({"leading_marker": float(bool(_LEADING_MARKER.match(line))),
                  f"rule_{group}": 1.0,
                  "credit_short": float(len(text.split()) <= 8),
                  "credit_tail": tail,
                  "company_form": float(copyright_line and bool(_COMPANY_FORM.search(text))
                                        and not _PICTURE_RIGHTS.search(text)),
                  # "© Name" among the page's last lines, not under a picture: the site's own
                  "site_line": float(copyright_line and at_end and not ctx & CTX_CAPTION)})
        return text, f
    return None


# An embedded social post's text ("... on Telegram pic.twitter.com/AbC123"): its links are the
# post's, the "/" in them is a path, and the words before are the post, not a picture's credit.
_EMBEDDED_POST = lazy_re.compile(r"pic\.twitter\.com/|\bhttps?://t\.co/|\bt\.co/\w", _F)
# A slash inside a web address ("example.com/path"): a path, not "Name / Agency".
_URL_SLASH = lazy_re.compile(r"https?://|\bwww\.|\b[\w-]+\.[a-z]{2,6}/\S", _F)
# A credit ends with a name, never with a word that needs one after it: "© Zentralanstalt für"
# is the first line of a name the layout broke in two (the site's, on the next line).
_CUT_OFF = lazy_re.compile(
    r"(?<![\w.-])(für|for|of|and|und|et|y|der|die|das|des|the|du|del|della|di|von|van|zu|zur|zum|de la|"
    r"для|и|по|с|&)\s*$", _F)
# "Satellitenbilder / Animation": a picture word before the slash names a menu's pair, not a person
_MARKER_END = lazy_re.compile(_CREDIT_MARKER + r"\W{0,2}$", _F)
_TAKEN = lazy_re.compile(r"\(?\s*(taken|shot|photographed|aufgenommen|fotografiert|prises?|tomadas?|tirad[oa]s?|scattat[oa]|"
                    r"fotografad[oa]|снят[оаы]?|сделан[оаы]?)\s", _F)
_COMPOUND_WORD = lazy_re.compile(r"[^\W\d_]+(\((s|e|n|en|er|es)\))?")
_SEGMENT_END = lazy_re.compile(r"(^|[.!?(|–—:-])\s*$")


# An agency's photo label before the photographer's name ("(AP Photo/Jane Doe", "AP Foto/Juan Pérez"): the
# agency's, not a menu's pair of words, though a picture word stands before the slash.
_AGENCY_PHOTO = lazy_re.compile(r"^\W{0,3}" + _AGENCY + r"\s+" + _CREDIT_MARKER + r"\W{0,2}$", _F)


def _credit_form_holds(line: str, m: re.Match[str], start: int, text: str, group: str, ctx: int) -> bool:
    """The checks a credit's form must pass beyond its rule's match.

    - "Name / Name" forms hold no web address ("example.com/path" is a path) and no picture word
      before the slash ("Satellitenbilder / Animation" is a menu's pair of words) unless an agency's
      name comes before it ("AP Photo/Jane Doe");
    - a credit does not end on a word that needs a name after it ("© Zentralanstalt für");
    - a marker ending a German compound ("Satellitenbilder", "Astrofotografie") credits only at a
      segment's start and before a colon or a © ("Pressefoto: Jane Doe"): before a slash it is a
      menu's pair of words ("Satellitenbilder/ Animation"), inside a sentence it is the sentence's
      word ("... bis zur Astrofotografie: hier ist alles drin.");
    - "Taken by Jane Doe" credits only in a caption or beside a picture library or free licence."""
    first = text.split("/")[0]
    if group in ("slash", "paren_slash") and (_URL_SLASH.search(text) or (_MARKER_END.search(first)
                                                                        and not _AGENCY_PHOTO.match(first))):
        return False
    if _CUT_OFF.search(text):
        return False
    # the marker ends a compound word; a capitalised name before an agency's slash is none ("JaneDoe/Getty";
    # an editor's lower-case initials stay refused: "Von: det/dpa" is a byline)
    if start < m.start() and line[start:m.start()].isalpha() and not (group == "agency" and line[start].isupper()):
        word = _COMPOUND_WORD.match(line, start)
        after = line[word.end():].lstrip()[:1] if word else ""
        if after not in (":", "：", "©") or not _SEGMENT_END.search(line[:start]):
            return False
    return not _TAKEN.match(text) or bool(ctx & CTX_CAPTION) or bool(_PICTURE_RIGHTS.search(text))


# "© Jane Doe, 31.05.2013": a name, then the day the picture was taken or licensed. The year
# sits in a full date after the name, not before it as in the site's "© 2013 Example".
_DATED_NAME = lazy_re.compile(
    r"^\W{0,3}(©|\(c\))\s*(?!\d)[^\d©]{2,80}?[,;/|–—-]?\s*"
    r"(\d{1,2}[./-]\s?\d{1,2}[./-]\s?(19|20)\d{2}|\d{1,2}\.?\s+[^\W\d_]{3,12}\.?\s+(19|20)\d{2}|"
    r"[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+(19|20)\d{2}|(19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2})\W{0,3}$",
    _F,
)


def _dated_credit(text: str, ctx: int) -> bool:
    """Whether a © text carrying a year is a picture's dated credit ("© Jane Doe, 31.05.2013"
    under a photo) rather than the site's copyright: a name first, a full date after it, and
    the line set as a caption outside the footer (a dated © in the footer is the site's)."""
    return bool(ctx & CTX_CAPTION) and not ctx & CTX_FOOTER and bool(_DATED_NAME.match(text))


# Words that name the software a site runs on, its add-ons and its look, before a "©": "Add-ons ©
# Jane Doe of Example", "Theme © Example", "Forum software by Example ©": credits for code, not
# for a picture. Read only outside a caption ("Theme park © Jane Doe" captions a photo).
_SOFTWARE = lazy_re.compile(
    r"\b(add-?ons?|plug-?ins?|extensions?|themes?|templates?|skins?|styles?|software|powered by|"
    r"forum|community platform|web ?design|hosting|developed by|erweiterung(en)?|vorlagen?|"
    r"thème|modules?|complementos?|plantillas?|temas?|modelos?|estensioni|componenti|"
    r"плагин\w*|расширени\w*|шаблон\w*|тем[аы]|дополнени\w*)\b",
    _F,
)


def _furniture_copyright(text: str, ctx: int, position: str | None) -> bool:
    """Whether a "© <one name>" sits in the page's menus or in its footer after the main text,
    outside a caption: the site's,
    its publisher's or its owner's copyright ("© Example Business Information GmbH", a blogger's "©
    Jane Doe" in the sidebar), not a picture's credit. A second name after a slash or a bar, a
    picture library, a free licence or an agency still make it a credit."""
    if ctx & CTX_CAPTION or not (ctx & CTX_NAV or (ctx & CTX_FOOTER and position == "after_main")):
        return False
    name = _SIGN.sub("", text)
    return not (_NAME_AND_SOURCE.search(name) or _BRACKETED_NAME.search(name) or _PICTURE_RIGHTS.search(text)
                or _AGENCY_WORD.search(name))


_BRACKETED_NAME = lazy_re.compile(r"\(\s*[^\W\d_]")  # "© Jane Doe (KNA)": the agency in brackets
_SIGN = lazy_re.compile(r"^\W{0,3}(©|\(c\)|copyright)\W{0,3}", _F)
_AGENCY_WORD = lazy_re.compile(r"\b" + _AGENCY + r"\b", _F)
# Up to three words before a picture word at the line's start, and a sentence after its colon:
# a teaser's headline ("Krasse Bilder: Hier stürmt ein Bankräuber in eine Filiale", "Amazing photos:
# the storm hits the coast"), not "Photo: Jane Doe". An agency before the marker keeps it a credit.
_WORDS_BEFORE = lazy_re.compile(r"^\W{0,3}([^\W\d_][\w'’-]*\s+){1,3}$")
_HEADLINE_WORDS = 5
_HEADLINE_LOWER = 3


def _teaser_headline(line: str, start: int, text: str, ctx: int = 0, labelled: bool = False) -> bool:
    """Whether a "<words> Marker: <sentence>" line is a headline rather than a credit. A line that is
    wholly a link points to another page: there a headline needs fewer lower-case words ("Tolle
    Bilder: Die Olympia-Schanzen und -Pisten im Drohnenflug"); a marker with words before its colon
    ("Bilder des Tages: ...", ``labelled``) is read the same way without words before it."""
    before = line[:start]
    if not (labelled or _WORDS_BEFORE.match(before)) or _AGENCY_WORD.search(before):
        return False
    _, _, after = text.partition(":")
    words = after.split()
    # a sentence holds lower-case words ("Hier stürmt ein Bankräuber mit ..."); a list of credits
    # ("Left image: Example Agency, right image: Jane Doe") holds names and another label
    lower = sum(1 for w in words if w[:1].islower())
    need = 1 if ctx & CTX_LINK and not labelled else _HEADLINE_LOWER
    return len(words) >= (4 if ctx & CTX_LINK else _HEADLINE_WORDS) and lower >= need and ":" not in after \
        and not (_AGENCY_WORD.search(after) or _PICTURE_RIGHTS.search(after) or _BY_NAME.search(after))


# What parts a list of credits: separators and the words that join names ("Jane Doe and John Roe",
# "Jane Doe for Example Times", "Jane Doe via Example").
_CREDIT_PARTS = lazy_re.compile(r"\s*[,/|;&+]\s*|\s+(and|und|et|y|e|и|for|für|pour|para|per|для|via|by|von|par|por|"
                                r"de|di|da|от|with|mit|avec|con|com|с)\s+", _F)
_GALLERY_PART = 5
# A plural picture word opening a line: a gallery's name ("Photos: ...", "Fotos: ...", "Bilder: ...").
_PLURAL_MARKER = lazy_re.compile(r"^\W{0,3}(photos|pictures|images|fotos|bilder|imágenes|immagini|imagens|фотографии)\s*:", _F)


def _gallery_link(line: str, start: int, text: str, ctx: int) -> bool:
    """Whether "Marker: <words>" wholly a link, the marker opening it, is a gallery's headline
    ("Photos: Example Mall through the years", "Fotos: Die schönsten Bilder vom Stadtfest",
    "Photos: Europa, Mysterious Icy Moon of Jupiter"): one part of what follows the colon holds five
    words or more, where a credit's parts are names of a few words each ("Photos: Jane Doe, John Roe
    / Example Agency"). A link is often a credit's (to the photographer), so the words decide."""
    if not ctx & CTX_LINK or _LETTER_WORD.search(line[:start]) or not _PLURAL_MARKER.match(text):
        return False
    _, colon, after = text.partition(":")
    if not colon or _AGENCY_WORD.search(after) or _PICTURE_RIGHTS.search(after) or _BY_NAME.search(after):
        return False
    parts = [part for part in _CREDIT_PARTS.split(after) if part and not _CREDIT_PARTS.fullmatch(part)]
    return any(len(part.split()) >= _GALLERY_PART for part in parts)


# "... by Jane Doe", "... von Jane Doe": a maker named after the marker's words, a credit's form
_BY_NAME = lazy_re.compile(r"\b(by|von|par|por|di|de|da|от)\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])", _F)


# A figure's label and number before its description ("Abbildung 2: Vergleich der Schneehöhen ...",
# "Figure 3: Sales by region", "Рис. 1: ..."): the caption says what the figure shows, it credits
# nobody. A name after the label ("Grafik: Jane Doe") is still a credit.
_FIGURE_LABEL = lazy_re.compile(
    r"^\W{0,3}(abbildung|abb\.|figure|fig\.|figura|figur|рис(унок|\.)|schaubild|grafik|graphic|gráfico|grafico|"
    r"graphique|diagramm?|chart|schema|schéma|esquema|tabelle|table|tableau|tabla|tabella|tabela)\s*\d*[.:：]?\s*[:：]\s*",
    _F,
)


def _figure_description(text: str) -> bool:
    """Whether a marker line is a figure's label and a description of what it shows: four words or
    more after the label, two of them lower-case (German capitalises nouns, so two are enough),
    and no picture library, agency or © among them."""
    m = _FIGURE_LABEL.match(text)
    if not m:
        return False
    words = text[m.end():].split()
    lower = sum(1 for w in words if w[:1].islower())
    rest = text[m.end():]
    return len(words) >= 4 and lower >= 2 and not (_AGENCY_WORD.search(rest) or "©" in rest
                                                   or _PICTURE_RIGHTS.search(rest))


# A © or (c) opening the credit's segment before where its rule matched ("© Jane Doe / Getty Images /
# iStock" matched at "Images /"): the credit starts at the sign.
_SIGN_IN_SEGMENT = lazy_re.compile(r"(©|\(c\))[^©.!?•|:]{0,60}$", _F)


# An agency and an editor's initials in lower case ("dpa/gem", "(AFP/jsk)"): the news agency's tag
# closing a text, naming its source and its editor; a photographer is named with capitals.
# A picture library's user name is no editor ("iStock/cjp"): news agencies only.
_EDITOR_INITIALS = lazy_re.compile(r"^\W{0,3}(dpa|afp|ap|reuters|kna|epd|apa|sda|ats|ansa|efe|ddp|dts|tass|ria|pap|čtk|ctk|anp|"
                              r"belga|lusa|sid|xinhua)\s*/\s*(?-i:[a-z]{2,4})\W{0,3}$", _F)
# A picture label and a whole sentence after it, eight words or more, four lower-case, nothing that
# credits (a name after "by" / "von", ©, an agency, a picture library): a teaser's or a gallery's
# line ("FOTOS: Wer der Hektik des Alltags entfliehen möchte, ist ... gut aufgehoben.").
_SENTENCE_AFTER_LABEL = lazy_re.compile(
    r"^\W{0,3}" + _CREDIT_MARKER + r"\s*[:：]\s*(?=(?:\S+\s+){7,})(?=(?:.*?\s(?-i:[a-zß-öø-ÿа-яё])[\w'’-]*){4})"
    r"(?!.*(©|\(c\)|\b(by|von|par|por|di|de|da|от|courtesy|via)\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])|\b" + _AGENCY + r"\b|"
    + _PHOTO_LIBRARY + r")).*[.!?…]\W{0,2}$", _F)


# The words before a sign in its segment: a name the sign marks as a brand ("Example News © Angebot",
# "Example (c) Radio"), when no picture word or label comes first.
_BEFORE_SIGN = lazy_re.compile(r"(?:^|[:|•(\[–—])([^:|•(\[–—©]*)$")


def _brand_mark(line: str, sign: int, ctx: int) -> bool:
    """Whether a © or (c) follows a capitalised name in its own segment, outside a caption: a brand's
    mark in running text or a menu ("... für das Example News © Feiertags-Angebot", "Example (c)
    Radio"). A picture's credit opens with its sign ("© Jane Doe") or its label ("Foto: Jane Doe ©
    Agency"); under a picture the page's own order is kept."""
    if ctx & CTX_CAPTION:
        return False
    m = _BEFORE_SIGN.search(line, 0, sign)
    before = m.group(1).strip() if m else ""
    words = _NAME_TOKEN.findall(before)
    if not words or not words[-1][0].isupper() or before[-1:] in ".!?" or _ANY_MARKER.search(before, cue_fold(before)):
        return False
    # what the sign marks: one word or a compound ("Feiertags-Angebot", "Radio"), no agency, no
    # second name after a slash or a bar (a credit's "© dpa | Jane Doe" goes on)
    marked = _SIGN.sub("", line[sign:], count=1)
    return len(_NAME_TOKEN.findall(marked)) == 1 and not _AGENCY_WORD.search(marked)


def _sign_before(line: str, start: int) -> int:
    """Where a credit starts when a © opens its segment before the rule's match, else ``start``."""
    m = _SIGN_IN_SEGMENT.search(line, 0, start) if start else None
    return m.start() if m else start


def _software_credit(line: str, start: int, ctx: int) -> bool:
    """Whether the few words before a line's "©" credit names the site's software or design."""
    if ctx & CTX_CAPTION:
        return False
    before = line[:start]
    return len(before.split()) <= 6 and bool(_SOFTWARE.search(before))


# What a credit's marker and label leave: it must hold a word ("Fotos: 476.764" is a count).
_MARKER_PREFIX = lazy_re.compile(
    r"^\W{0,3}(" + _CREDIT_MARKER + r"\b|credits?|crédit|crédito|bildrechte|courtesy( of)?|source|quelle|fuente|"
    r"fonte|источник|źródło)?(\s*\((cc|c)\))?\s*(credits?|courtesy|source|quelle|crédit|crédito|автор)?\s*[:：©|/–—-]?\s*",
    _F,
)
_NAMES_SOMEONE = lazy_re.compile(r"[^\W\d_]{2,}")
# "© <licence or permission>": the page's licence to publish or the rights it keeps, in any
# language ("© Licencja na publikację", "© Lizenz: CC BY-SA", "© Rights managed"), not a credit.
_LICENCE_AFTER_SIGN = lazy_re.compile(
    r"^\W{0,3}(©|\(c\)|copyright)\W{0,3}(licen[csz]\w*|lizen[sz]\w*|licencj\w*|licenç\w*|lisens\w*|лиценз\w*|"
    r"permission\w*|genehmigung\w*|nutzungsrecht\w*|autorisation\w*|autorizaci\w*|autoriza[cç]\w*|"
    r"autorizzazion\w*|permiss\w*|permesso|разрешени\w*|zezwoleni\w*|pozwoleni\w*|rights?|rechte|droits|"
    r"derechos|direitos|diritti|права|prawa|all rights|tous droits|alle rechte|"
    # the rights to reproduce the page ("©RIPRODUZIONE RISERVATA", "© Reproduction interdite")
    r"riproduzione|reproduction|reproducción|reprodução|reproduç\w*|vervielfältigung\w*|nachdruck|"
    r"воспроизведени\w*|powielanie|tutti i diritti|todos os direitos|todos los derechos)\b",
    _F,
)
_DOMAIN_SUFFIX = lazy_re.compile(r"\.(com|net|org|info|[a-z]{2})$", _F)
_NAME_END = lazy_re.compile(r"\s+(by|von|par|por|di|de|от)\s+|\(", _F)
# "© Bundesrat | Jane Doe", "© Example/AdobeStock": the site and the photographer or library, a credit
_NAME_AND_SOURCE = lazy_re.compile(r"[|/,;–—]|\s-\s")
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne"})


def _site_key(name: str) -> str:
    """A name as its letters and digits only, without a domain ending ("Battery-News.de" ->
    "batterynews"), so a site's host, its og:site_name and a "© ..." line compare equal."""
    return re.sub(r"[\W_]+", "", _DOMAIN_SUFFIX.sub("", name.strip().casefold()))


def site_keys(url: str | None, site_name: str | None = None) -> frozenset[str]:
    """The page's own names for :func:`find_notices`: its host's registered name
    ("www.battery-news.de" -> "batterynews", "news.example.co.uk" -> "example") and its declared
    site name (og:site_name), whole and its first word; names under three letters are left out."""
    keys: set[str] = set()
    host = (urlsplit(url).hostname or "") if url else ""
    labels = [x for x in host.casefold().split(".") if x]
    if len(labels) >= 2:
        labels = labels[:-1]
        if len(labels) >= 2 and labels[-1] in _SECOND_LEVEL:
            labels = labels[:-1]
        keys.add(_site_key(labels[-1]))
    if site_name:
        keys.add(_site_key(site_name))
        keys.add(_site_key(site_name.split()[0]))
    return frozenset(k for k in keys if len(k) >= 3)


def _names_site(text: str, site: frozenset[str]) -> bool:
    """Whether a "© ..." text names the page's own site and no one else: its name, or its first
    word, up to a "by" or a bracket, is one of the site's names ("© Battery-News.de", "© Stylegart
    by Jane"); a second name after a slash or a bar ("© Bundesrat | Jane Doe") makes it a credit."""
    if not site:
        return False
    name = re.sub(r"^\W{0,3}(©|\(c\)|copyright)\W{0,3}", "", text, flags=_F)
    name = _NAME_END.split(name, maxsplit=1)[0]
    words = name.split()
    if not words or _NAME_AND_SOURCE.search(name):
        return False
    return _site_key(name) in site or _site_key(words[0]) in site


def _under_picture(ctx: int) -> bool:
    """A caption outside the page's footer, menus and sidebars: where a site credits its own
    picture ("© Example News" under a photo its staff took)."""
    return bool(ctx & CTX_CAPTION) and not ctx & (CTX_FOOTER | CTX_NAV | CTX_ASIDE)


def _site_copyright(line: str, folded: str) -> bool:
    """Whether a line is the site's copyright or legal line, never a picture's credit; one naming
    a picture library or a free licence without a year or reserved rights is a credit."""
    if not _IS_COPYRIGHT_LINE.holds(line, folded):
        return False
    return not _PICTURE_RIGHTS.search(line) or bool(_SITE_RIGHTS.search(line))


# "Pressefoto: https://example.org/img.jpg" links to a picture; it credits nobody.
_URL_ONLY = lazy_re.compile(r"^[^:：]{0,40}[:：]\s*(https?://|www\.)\S+\s*$", _F)
# A picture label before the address of a page, not of a picture file ("Abb.: http://example.org/post.html",
# "Foto: https://example.org/gallery/"): where the picture was taken from, its source. "Quelle: <address>"
# stays the text's source.
_PICTURE_SOURCE_URL = lazy_re.compile(
    r"^\W{0,3}" + _CREDIT_MARKER + r"\s*[:：]\s*(https?://|www\.)\S+(?<!\.jpg)(?<!\.jpeg)(?<!\.png)(?<!\.gif)"
    r"(?<!\.webp)(?<!\.svg)(?<!\.avif)\s*$", _F)


# "J. Doe": an initial ends no sentence; a sentence glued to the credit after it by the layout does
# ("... keskiviikkona.Jane Doe / Lehtikuva": lower-case letters, the stop, a capital)
_SEGMENT_START = lazy_re.compile(r"(?<!\b\w)\.\s+|:\s+|[(|–—]\s*|(?<=[a-zß-öø-ÿа-яё]{3}[.!?])(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])")


def _name_before(line: str, start: int) -> int:
    """Where a credit begins whose agency rule matched at a slash: at the name before it
    ("Jane Doe/Getty Images", "creantion / pixelio.de"), not at the agency alone; the name is the
    segment since the last sentence end, colon, bracket or dash, four words at most."""
    if start == 0 or line[start:start + 1] not in "/|":
        return start
    begin = 0
    for b in _SEGMENT_START.finditer(line, 0, start):
        begin = b.end()
    segment = line[begin:start]
    name = segment.strip()
    if not name[:1].isalpha() or len(name) > 40 or len(name.split()) > 4:
        return start
    return begin + len(segment) - len(segment.lstrip())


def _word_start(line: str, start: int) -> int:
    """Where the word holding a rule's match begins: a German compound's whole word
    ("Pressefoto: Jane Doe", not "foto: Jane Doe")."""
    while start > 0 and line[start - 1].isalpha() and line[start].isalpha():
        start -= 1
    return start


def _paired_forms(text: str) -> bool:
    """Whether a bare "A / B" pairs two forms of one word, as German writes both genders ("Über
    den Autor/ die Autorin", "Leser/innen"): a heading or a phrase, not "Name / Agency"."""
    left, _, right = text.lower().partition("/")
    stems = set(re.findall(r"[^\W\d_]{4,}", left))
    words = re.findall(r"[^\W\d_]+", right)
    return right.lstrip(" -").startswith("inn") or any(w != s and w.startswith(s) for w in words for s in stems)


def _close_parenthesis(line: str, start: int, text: str) -> str:
    """The credit up to the bracket that closes one opened before it: "(im Bild, Foto: Jane
    Doe), and more text" gives "Foto: Jane Doe", not the rest of the sentence."""
    if line[:start].count("(") <= line[:start].count(")"):
        return text
    depth = 0
    for k, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return text[:k].strip()
            depth -= 1
    return text


def _credit_text(line: str, start: int) -> str:
    """The credit from where its rule matched, without the sentence end or dash its rule matched
    before it, without a bracket left open or closed around it
    ("(AP Photo/Jane Doe)" gives "AP Photo/Jane Doe"; "© Jane Doe (KNA)" and "(c) Jane Doe" keep theirs)."""
    text = _close_parenthesis(line, start, line[start:].strip(" []|/").lstrip(".:–—- "))
    if text.endswith(")."):
        text = text[:-1]
    if text.startswith("(") and text[:3].lower() != "(c)" and text.count("(") > text.count(")"):
        text = text[1:]
    if text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1]
    if text.startswith("(") and text.endswith(")") and text[:3].lower() != "(c)":
        text = text[1:-1]
    return text.strip() or line


# ----------------------------------------------------------------------------- the model

_MODEL_PATH = Path(__file__).with_name("notice_model.json")


@lru_cache(maxsize=1)
def _model() -> dict[str, dict[str, float]]:
    """The shipped weights: {"statement": {feature: weight}, "credit": {...}, "threshold": ...}."""
    data = json.loads(_MODEL_PATH.read_text(encoding="utf-8"))
    return {"statement": dict(zip(data["statement"]["features"], data["statement"]["weights"], strict=True)),
            "credit": dict(zip(data["credit"]["features"], data["credit"]["weights"], strict=True)),
            "threshold": {"p": data.get("threshold", 0.5)}}


def probability(group: str, features: dict[str, float]) -> float:
    """P(notice) of one candidate under the shipped logistic model of its group."""
    weights = _model()[group]
    z = sum(weights.get(name, 0.0) * value for name, value in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _threshold() -> float:
    return _model()["threshold"]["p"]


# ----------------------------------------------------------------------------- lines

# A sentence ends at its mark, also when a bracket or a quotation mark closes right after it ("... (Data
# from Example, 2018.) Image by Jane Doe": the credit after the bracket is a segment of its own).
_SENTENCE_END = lazy_re.compile(r"[.!?…][)\]\"”»’']*\s+(?=[\"“«(]?[A-ZÀ-ÞА-ЯЁ])")
_MAX_LINE = 5000
_MAX_NOTICE = 600
_MAX_CREDIT_LINE = 300
# A caption's credit line can be an agency's two letters ("AP" under a gallery's photo).
_MIN_CAPTION = 2


def _span(line: str, kind: str) -> str:
    """The notice text of a long line: from the sentence holding the first cue to the line's end."""
    if len(line) <= _MAX_NOTICE:
        return line
    starts = [m.start() for m in _CUES[kind].matches(line, cue_fold(line))]
    start = min(starts) if starts else 0
    begin = 0
    for m in _SENTENCE_END.finditer(line, 0, start):
        begin = m.end()
    text = line[begin:].strip()
    if len(text) > _MAX_NOTICE:
        end = _SENTENCE_END.search(text, start - begin)
        text = text[: end.start() + 1] if end else text[:_MAX_NOTICE]
    return text


_BAR = lazy_re.compile(r"\s\|\s")  # a footer's segments: "*= gesponsorter Link | Impressum | © 2023 Example"


def _beside_site_line(line: str, kind: str) -> str | None:
    """The sentences holding a kind's cues when they share one line with the site's copyright or
    legal sentences ("Copyright © 2020 Example Corp. All Rights Reserved. Example may receive
    compensation for some links ..."), so that the site's line does not count against the
    notice, nor is reported with it; None when the line is no such mix."""
    folded = cue_fold(line)
    if not _IS_COPYRIGHT_LINE.holds(line, folded):
        return None
    cues = _CUES[kind].matches(line, folded)
    if not cues:
        return None
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(line)), *(m.end() for m in _BAR.finditer(line))]
    if len(starts) < 2:
        return None
    first = min(c.start() for c in cues)
    last = max(c.end() for c in cues)
    begin = max(b for b in starts if b <= first)
    end = min((b for b in starts if b >= last), default=len(line))
    part = line[begin:end].strip().rstrip("|").strip()
    if len(part) >= len(line.strip()) or _IS_COPYRIGHT_LINE.holds(part, cue_fold(part)):
        return None
    return part


def candidate(line: str, kinds: set[str] | None = None, ctx: int = 0, position: str | None = None,
              at_end: bool = False, site: frozenset[str] = frozenset()) -> tuple[str, str, str, dict[str, float]] | None:
    """(group, kind, text, features) of the best reading of a line as a notice, or None.

    An image-credit form wins when the line starts with its marker ("Fotos: ... mit freundlicher
    Genehmigung" is a credit); otherwise a statement cue wins over a credit form.
    """
    if len(line) > _MAX_LINE or len(line) < (_MIN_CAPTION if ctx & CTX_CAPTION else 4):
        return None
    kinds = set(kinds) if kinds is not None else {*STATEMENT_KINDS, "image_credit"}
    credit = credit_features(line, ctx, position, at_end, site) if "image_credit" in kinds else None
    if credit is not None and _LEADING_MARKER.match(line):
        return "credit", "image_credit", credit[0], credit[1]
    statement = statement_features(line, ctx, position, kinds, at_end)
    if statement is not None:
        kind, f = statement
        text = _span(line, kind)
        part = _beside_site_line(line, kind)
        reread = statement_features(part, ctx, position, {kind}, at_end) if part else None
        if part and reread:
            kind, f = reread
            text = part
        if _LEGEND.match(text) and f.get("cue1"):
            # "*= gesponsorter Link": a legend saying what a mark on the page's links means is a
            # label's form (the mark stands for the kind's word), set apart in a footer or a list
            f["label"], f["label_short"] = 1.0, 0.0
        if _teaser_or_widget(line, text, ctx, position):
            statement = None
        elif credit is None or probability("statement", f) >= _threshold():
            return "statement", kind, text, f
    if credit is not None:
        return "credit", "image_credit", credit[0], credit[1]
    return None


# A kind's word alone, or two ("Sponsored", "Anzeige", "Sponsored Content"): a label. Above the
# article it labels the page; after the main text it labels a widget of other pages' teasers.
_BARE_WORDS = 2
_HEADING_WORDS = 3


_LEGEND = lazy_re.compile(r"^\W{0,2}[*†]+\s*[=:)]?\s*[^\W\d_]")


def _teaser_or_widget(line: str, text: str, ctx: int, position: str | None) -> bool:
    """Whether a statement candidate is another page's teaser or a widget's label rather than a
    notice about this page: an excerpt cut short with an ellipsis in a sidebar, menu or link
    ("Advertorial – Offene Grundrisse liegen im Trend ...…"), or a bare label after the main text, also
    after a widget's short heading and a bar."""
    if _TRUNCATED.search(text) and (ctx & (CTX_ASIDE | CTX_NAV | CTX_LINK) or position == "after_main"):
        return True
    if position != "after_main" or _TERMINAL.search(line) or _LEGEND.match(line):
        return False
    # a bare label, or a widget's heading of a few words and its label after a bar ("APPS WE LIKE |
    # SPONSORED", "Gesundheit • Werbung | Anzeige")
    segments = [seg.split() for seg in line.split("|")]
    return len(line.split()) <= _BARE_WORDS or (
        len(segments) > 1 and len(segments[-1]) <= _BARE_WORDS and all(len(seg) <= _HEADING_WORDS for seg in segments))


# An update or correction set in brackets inside a paragraph, with its label and a colon ("(UPDATE,
# 8.12.2018: Es gibt inzwischen ...)", "[Correction: ...]", "(Mise à jour : ...)"): the author's note
# about the piece, whatever the paragraph around it says.
_BRACKETED_UPDATE = lazy_re.compile(
    r"[(\[]\s*((?:update|updated|aktualisierung|nachtrag|korrektur|correction|clarification|mise à jour|rectificatif|"
    r"actualización|corrección|aggiornamento|rettifica|atualização|correção|обновление|исправление)"
    r"\b[^()\[\]:]{0,40}[:：]\s*[^()\[\]]{10,400}?)\s*[)\]]",
    _F,
)


def bracketed_update(line: str, ctx: int = 0) -> Notice | None:
    """The bracketed update note a line holds (:data:`_BRACKETED_UPDATE`), outside reader comments."""
    if ctx & CTX_COMMENT:
        return None
    m = _BRACKETED_UPDATE.search(line)
    if m is None or len(_LETTER_WORD.findall(m.group(1)[m.group(1).find(":") + 1:])) < _NOTE_WORDS:
        return None  # "(Updated: 2021.09.14)" in a post's title is a date, not a note about the piece
    return Notice("correction", m.group(1).strip())


#: Words a bracketed update note says after its label, at least ("(Update, 8.12.2018: Es gibt inzwischen ...)").
_NOTE_WORDS = 3


def classify_line(line: str, kinds: set[str] | None = None, ctx: int = 0,
                  position: str | None = None, at_end: bool = False,
                  site: frozenset[str] = frozenset()) -> Notice | None:
    """The notice a visible line carries, or None (``kinds`` limits the kinds tried; ``at_end``:
    the line is among the page's last few, where the site's own copyright and licence sit;
    ``site``: the page's own names, :func:`site_keys`)."""
    found = candidate(line, kinds, ctx, position, at_end, site)
    if found is None:
        return bracketed_update(line, ctx) if kinds is None or "correction" in kinds else None
    group, kind, text, f = found
    return Notice(kind, text) if probability(group, f) >= _threshold() else None


# A picture marker standing alone as a box's label, without a colon ("Foto(s)", "Bilder"), and
# the short line of names under it ("Peter Middel / FLVW"): the picture's credit, set as a pair.
_BARE_MARKER = lazy_re.compile(r"^\W{0,3}" + _CREDIT_MARKER + r"\W{0,3}$", _F)
_NAME_TOKEN = lazy_re.compile(r"[^\W\d_][\w.'’&-]*")
_NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "y",
                             "e", "und", "and", "et", "of", "zu", "dos", "das"})


def _names_line(line: str) -> bool:
    """Whether a short line is names only ("Peter Middel / FLVW", "Jane Doe"): two to six words,
    each capitalised, a name particle or a domain; a phrase ("Die schönsten Bilder") is not."""
    tokens = _NAME_TOKEN.findall(line)
    if not 2 <= len(tokens) <= 6 or len(line) > 80 or _TERMINAL.search(line.rstrip(".")) and "." not in line[-4:]:
        return False
    return all(t[0].isupper() or t.casefold() in _NAME_PARTICLES or "." in t for t in tokens)


def _label_pair(lines: list[str], contexts: list[int], i: int) -> bool:
    """Whether line ``i`` is a bare picture label and the next line the names it introduces,
    outside menus and links (a menu's "Fotos" above "Alle Galerien" introduces no credit)."""
    if i + 1 >= len(lines) or (contexts[i] | contexts[i + 1]) & (CTX_NAV | CTX_LINK):
        return False
    return bool(_BARE_MARKER.match(lines[i])) and _names_line(lines[i + 1])


# A credit sign alone on its line ("©", "(c)", "Copyright"): the page set it in an element of its own, a
# label beside the names in the next ("©" / "Jane Doe - Example Stock"), as a picture's source field.
_SIGN_ONLY = lazy_re.compile(r"^\W{0,2}(©|\(c\)|copyright)\W{0,2}$", _F)


def _sign_pair(lines: list[str], contexts: list[int], i: int) -> bool:
    """Whether line ``i`` is a credit sign alone and the next line the short text it labels, outside
    menus and links."""
    if i + 1 >= len(lines) or (contexts[i] | contexts[i + 1]) & (CTX_NAV | CTX_LINK):
        return False
    return bool(_SIGN_ONLY.match(lines[i])) and 2 <= len(lines[i + 1]) <= _SIGN_LABELLED and not _SIGN_ONLY.match(lines[i + 1])


#: The longest line a lone credit sign labels (a name, an agency, a library: a line of names' length).
_SIGN_LABELLED = 80


def _join_labels(lines: list[str], contexts: list[int]) -> tuple[list[str], list[int]]:
    """Join a bare label line ("Фото:", "Editor's note:") to the line it introduces, unless that
    line is page furniture ("Bildquelle:" above a "Share" button introduces nothing). A bare
    picture label without a colon and the names under it ("Foto(s)" / "Peter Middel / FLVW")
    are joined too, and read as the caption they are."""
    out, ctx, _ = _join_labels_at(lines, contexts)
    return out, ctx


def _join_labels_at(lines: list[str], contexts: list[int]) -> tuple[list[str], list[int], list[int]]:
    """:func:`_join_labels`, and for each given line the index of the joined line holding it."""
    out: list[str] = []
    ctx: list[int] = []
    at: list[int] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if i + 1 < len(lines) and _LABEL_ONLY.match(line) and not _INVITE.search(lines[i + 1], cue_fold(lines[i + 1])):
            out.append(f"{line} {lines[i + 1]}")
            ctx.append(contexts[i] | contexts[i + 1])
            at += [len(out) - 1, len(out) - 1]
            i += 2
            continue
        if _sign_pair(lines, contexts, i):
            out.append(f"{line.strip()} {lines[i + 1]}")
            ctx.append(contexts[i] | contexts[i + 1])
            at += [len(out) - 1, len(out) - 1]
            i += 2
            continue
        if _label_pair(lines, contexts, i):
            out.append(f"{line} {lines[i + 1]}")
            ctx.append(contexts[i] | contexts[i + 1] | CTX_CAPTION)
            at += [len(out) - 1, len(out) - 1]
            i += 2
            continue
        out.append(line)
        ctx.append(contexts[i])
        at.append(len(out) - 1)
        i += 1
    return out, ctx, at


def prepare(lines: list[str], contexts: list[int], credits: Mapping[int, tuple[str, int]] | None = None,
            ) -> tuple[list[str], list[int], dict[int, tuple[str, int]]]:
    """The lines as the detector reads them: labels joined to their lines (:func:`_join_labels`),
    and the credit elements' parts of lines by joined line (:func:`credit_parts`)."""
    joined, ctx, at = _join_labels_at(lines, contexts)
    return joined, ctx, credit_parts(credits, at)


def credit_parts(credits: Mapping[int, tuple[str, int]] | None, at: Sequence[int]) -> dict[int, tuple[str, int]]:
    """The credit elements' parts of lines (:func:`archiver.extract.text.visible_lines_with_credits`),
    keyed by the index of the joined line holding them (:func:`_join_labels_at`), invisible
    characters read out as for the lines."""
    out: dict[int, tuple[str, int]] = {}
    for i, (text, bits) in (credits or {}).items():
        if i < len(at) and at[i] not in out:
            out[at[i]] = (_INVISIBLE.sub("", text), bits)
    return out


def _candidates(lines: list[str], contexts: Sequence[int] = ()) -> dict[int, set[str]]:
    """For each line index that may hold a notice, the kinds worth trying on it: lines with a
    cue stem of a kind, and every short line the page sets as a caption (a credit needs no
    marker word there)."""
    lowered = [line.lower() for line in lines]
    text = "\n".join(lowered)
    starts: list[int] = []
    pos = 0
    for low in lowered:
        starts.append(pos)
        pos += len(low) + 1
    words = _distinct_words(text)
    letters = set(words)
    grams = set(zip(words, words[1:], words[2:], strict=False))
    out: dict[int, set[str]] = {}
    for kind, stems in _KIND_STEMS.items():
        credit = kind == "image_credit"
        for stem in stems:
            if not grams.issuperset(_STEM_GRAMS[stem]):
                continue  # a run of three of its characters is in none of the page's words
            if stem not in _SPACED_STEMS and not (letters.issuperset(stem) and stem in words):
                continue
            at = text.find(stem)
            while at != -1:
                i = bisect_right(starts, at) - 1
                size = len(lowered[i])
                # a credit stem counts on a long line only in its closing part (a caption's credit)
                tail = starts[i] + size - _CAPTION_TAIL
                if credit and size > _MAX_CREDIT_LINE and at < tail:
                    at = text.find(stem, tail)
                    continue
                if 4 <= size <= _MAX_LINE:
                    out.setdefault(i, set()).add(kind)
                nxt = starts[i + 1] if i + 1 < len(starts) else len(text)
                at = text.find(stem, nxt)
    for i, bits in enumerate(contexts):
        if bits & (CTX_CAPTION | CTX_CREDIT) and _MIN_CAPTION <= len(lines[i]) <= _MAX_CREDIT_LINE:
            out.setdefault(i, set()).add("image_credit")
        elif bits & CTX_CAPTION and _LONG_CAPTION < len(lines[i]) <= _MAX_LINE and _HEAD_CREDIT.match(lines[i]):
            out.setdefault(i, set()).add("image_credit")  # a long caption opening with its credit
    for i, line in enumerate(lines):
        # a line closing on "(Jane Doe / Outlet)" (a caption the page set in no caption element, with no
        # marker word): the credit rules read its closing bracket, but no stem made it a candidate
        if i not in out and ")" in line[-4:] and "/" in line[-_SLASH_TAIL_SPAN:] and _SLASH_TAIL.search(line):
            out.setdefault(i, set()).add("image_credit")
    return out


#: How far from a line's end a closing "(Name / Outlet)" may start.
_SLASH_TAIL_SPAN = 160
# Its first part is a name of two capitalised words at least ("Jane Doe", "AP Photo"): a pair of nouns
# in running text ("(Bibliothek / Bücherei)", "(Polyester/Spandex)", "(ATS/nxp)") is no credit.
_SLASH_TAIL = lazy_re.compile(r"\([A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]+\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]+[^()/]{0,40}(/[^()/]{1,60}){1,3}\)\W{0,3}$")


def _distinct_words(text: str) -> str:
    """The page's distinct whitespace-separated words, one a line.

    Why: looking for each of some 300 stems along the whole page cost ~2 ms on a 20 KB page.
    A stem without whitespace occurs in the page exactly when it occurs in one of its words,
    and this string is a fraction of the page (words repeat): only the stems found here are
    then looked for along the page."""
    return "\n".join(set(text.split()))


_SPACED_STEMS = frozenset(stem for stems in _KIND_STEMS.values() for stem in stems
                          if any(ch.isspace() for ch in stem))


def stem_grams(stem: str) -> frozenset[tuple[str, str, str]]:
    """Every run of three characters inside one word of ``stem`` (none for a shorter word).

    Why: a stem occurs in the page only if each of its words' parts lies inside one of the
    page's words (split as :func:`_distinct_words` splits, on whitespace), so every such run
    is one of the runs of three of the page's distinct words. Testing ~500 stems against that
    set of runs, built once per page, rules out most of them for the cost of a set test; each
    stem left is then looked for as before (the scan of the page's words cost ~1 ms a page)."""
    return frozenset(run for part in stem.split() for run in zip(part, part[1:], part[2:], strict=False))


_STEM_GRAMS = {stem: stem_grams(stem) for stems in _KIND_STEMS.values() for stem in stems}
_PAGE_TAIL = 8


def page_tail(i: int, n: int, contexts: Sequence[int] | None) -> bool:
    """Whether line ``i`` of ``n`` is among the page's last few (only for an HTML page, whose end
    is its footer; a PDF's last lines are text)."""
    return contexts is not None and i >= n - _PAGE_TAIL


class _Positions:
    """Where a line sits against the main text: in its middle, at its edges, or outside it."""

    def __init__(self, lines: list[str], main: Sequence[str] | None) -> None:
        self.known = bool(main)
        if not main:
            return
        self.index = {p: i for i, p in enumerate(main)}
        self.n = len(main)
        self.joined = "\n".join(main)
        self.offsets: list[int] = []
        pos = 0
        for p in main:
            self.offsets.append(pos)
            pos += len(p) + 1
        hits = [i for i, line in enumerate(lines) if line in self.index]
        self.first = hits[0] if hits else None
        self.last = hits[-1] if hits else None

    def of(self, i: int, line: str) -> str | None:
        if not self.known:
            return None
        j = self.index.get(line)
        if j is None and len(line) >= 20:
            at = self.joined.find(line)
            j = bisect_right(self.offsets, at) - 1 if at != -1 else None
        if j is not None:
            return "main_edge" if j < 2 or j >= self.n - 2 else "main_middle"
        if self.first is None or self.last is None:
            return None
        if i < self.first:
            return "before_main"
        return "after_main" if i > self.last else "inside_main_span"


# Characters a page puts inside words to allow a break and that no reader sees: soft hyphens
# ("illus&shy;tra&shy;tive"), zero-width spaces and joiners. Cues and markers are read without them;
# a notice is reported as the page shows it (:func:`_as_shown`), so its text stays a quote of the page.
_INVISIBLE = lazy_re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def _as_shown(shown: str, text: str) -> str:
    """``text`` (read without invisible characters) as it stands in the page's line ``shown``."""
    pattern = "[\u00ad\u200b\u200c\u200d\u2060\ufeff]*".join(re.escape(ch) for ch in text)
    m = re.search(pattern, shown)
    return m.group(0) if m else text


def by_form(text: str) -> bool:
    """Whether a notice's text is one by its own form wherever it stands (a credit's marker, sign or
    agency; a statement's cue), not only by where the page set it (forms read only in a caption:
    "Foto Jane Doe" without a colon, "Taken by Jane Doe"): only such a text is cut out of the
    paragraphs that hold it, the others only drop a paragraph that is wholly them."""
    return credit_features(text) is not None or statement_features(text) is not None


def find_notices(lines: Iterable[str], contexts: Sequence[int] | None = None,
                 main: Sequence[str] | None = None, site: frozenset[str] = frozenset(),
                 credits: Mapping[int, tuple[str, int]] | None = None) -> tuple[Notice, ...]:
    """Every notice in the page's visible lines, in page order, each distinct text once.

    ``contexts`` are the lines' DOM context bits (:func:`archiver.extract.text.visible_lines_with_context`)
    and ``main`` the main-text paragraphs; without them (a PDF) the cues and form decide alone.
    ``site`` holds the page's own names (:func:`site_keys` of its URL and og:site_name), so that
    the site's "© Name" is not taken for a picture's credit. ``credits`` holds, by line, the part
    of a line that sits in a picture's credit element (:func:`~archiver.extract.text.visible_lines_with_credits`):
    a line that yields no notice of its own is read again as that part alone.
    """
    original = list(lines)
    given = list(contexts) if contexts is not None else [0] * len(original)
    cleaned = [_INVISIBLE.sub("", x) for x in original]
    lines, ctx, parts = prepare(cleaned, given, credits)
    shown = lines
    if cleaned != original:  # rare: only then is the page's own form of a line needed
        joined, _ = _join_labels(original, given)
        shown = joined if len(joined) == len(lines) else lines
    where = _Positions(lines, [_INVISIBLE.sub("", p) for p in main] if main else main)
    seen: set[str] = set()
    out: list[Notice] = []
    candidates = _candidates(lines, ctx)
    for i in parts:
        candidates.setdefault(i, set())
    for i, kinds in sorted(candidates.items()):
        position, tail = where.of(i, lines[i]), page_tail(i, len(lines), contexts)
        notice = classify_line(lines[i], kinds, ctx[i], position, tail, site) if kinds else None
        if notice is None and i in parts:
            part, bits = parts[i]
            notice = classify_line(part, {"image_credit"}, bits, position, tail, site)
        if notice is not None and shown[i] != lines[i]:
            notice = Notice(notice.kind, _as_shown(shown[i], notice.text))
        if notice is not None and notice.text.casefold() not in seen:
            seen.add(notice.text.casefold())
            out.append(notice)
    return tuple(out)
