"""Page notices, the forms of an image credit: the marker words, agencies and picture libraries
of the languages pages come in, and the rules built from them (a marker and its separator, a
"Name / Agency", "© Name", a caption's "via <library>", ...), each tried only on lines holding a
string its matches need.

Why a module of its own: these are the vocabulary and the grammar of a credit, some 30 rules that
grew by half in two days; :mod:`archiver.extract.notice_credits` reads a line with them and
turns the site's own lines away, :mod:`archiver.extract.notices` decides.

Compiling is most of what these cost a command that reads one page (Python's regex compiler is pure
Python): the marker's ~500 characters are compiled once (:data:`_MARKER`) and asked for spans by
the checks that used to hold it, and a rule is asked only on a line holding what its every match
holds (:func:`rule_may_match`), so a page without such a credit compiles none of the agency rules.

Why one file of ~570 lines: the vocabulary and the rules built from it are read together (a
rule's guard names the strings its words need); split, each half would import the other.
"""

from __future__ import annotations

import functools
from typing import Any

from archiver.core import lazy_re
from archiver.extract.cue_match import Guarded, automaton
from archiver.extract.notice_features import _F

# Image credits: a marker word, then the credit. "Photoshop", "Video: <title>" and "Credit
# Cards" do not match: the marker must be followed by a separator, "by", "courtesy" or an
# agency, and "credit" needs its colon.
_CREDIT_MARKER = (
    r"((featured|feature|header|top|cover|lead|main|title|hero|banner)[ -]?)?"
    r"(photo(graph)?s?|images?|pictures?|illustrations?|photo illustration|graphics?|"
    # the British newsroom's and bloggers' short "Pic" ("Pic: by Unsplash", "Pic: Provided by <name>": notices-blind34's
    # travel blog); a marker still, so only before its colon, "by" or "courtesy". Not the plural: "PICS: Famous people
    # who ..." is a gallery's kicker over its title (dev14, blind10: read as credits in a first draft)
    r"pic|"
    # the craft's word as a credit's label ("Photography by Jane Doe", "Photographie : Jane Doe")
    r"photography|photographie|"
    r"photographers?|photographe|fotograf(in)?|fotógraf[oa]|fotograf[oa]|"
    r"fotos?|fotografie|bild(er)?|bildquelle|bildnachweis|abbildung|titelbild|beitragsbild|"
    r"(info)?grafik(en)?|infographic|symbolbild|titelfoto|"
    # a collage's or a photomontage's label ("Collage: Jane Doe", "Fotomontage: ...", "Коллаж: ..."; not the
    # German "Montage" alone, which is also an assembly's word)
    r"collage|(photo|foto)montage|fotomontaje|fotomontagem|fotomontaggio|фотомонтаж|(фото)?коллаж|колаж|"
    r"imagen(es)?|fotografía|ilustración|immagin[ei]|imagem|imagens?|fotografia|"
    # the Portuguese and Italian illustration's label, and the Romance "Arte" of a newsroom's artwork ("Arte de Jane Doe
    # sobre foto ...", "Arte: ..."; notices-blind24's first run): a marker, so only before its colon or "de"/"by"
    r"ilustração|ilustrações|illustrazion[ei]|arte|"
    r"фото(графия)?|иллюстрация|изображение|кадр|"
    r"zdjęcie|fot\.|"
    # abbreviated picture labels ("Abb.: <source>", "Ill. : Jane Doe"); a figure's label and its
    # description after it ("Abb. 2: Direkter Vergleich ...") are told apart by _figure_description
    # the picture words of the other languages pages come in (NL FI CS HU TR EL BG/SR UK ID): a marker
    # still needs its colon or "by" after it, as in the seven languages above
    r"beeld|afbeelding(en)?|kuva(t)?|snímek|fotó|kép|fotoğraf(lar)?|görsel|φωτογραφία|φωτ\.|снимк[аи]|світлина|gambar|"
    # Zulu ("Isithombe: Sithunyelwe", picture: supplied; plural "Izithombe:")
    r"isithombe|izithombe|"
    # Vietnamese ("Ảnh: Jane Doe", "Hình ảnh: ..."); "ảnh hưởng" (influence) has no colon after it
    r"ảnh|"
    # Arabic ("صورة: Agency", "تصوير: Name"; with the article: "الصورة")
    r"(ال)?صورة|تصوير|"
    r"abb\.|ill\.|fig\.|рис\.)"
    # a plural in brackets, as forms and boxes write it: "Foto(s)", "Bild(er)", "Photo(s)"; or with an apostrophe, as
    # Dutch writes it ("Foto's: Jane Doe", "Foto’s: ...": notices-blind22's first run)
    r"(\((s|e|n|en|er|es)\)|['’]s)?"
    # the German press code for a montage after the picture word ("Foto [M]: ...", "Bild (M): ...")
    r"(\s?[\[(]m[\])])?"
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
    r"splash news|backgrid|wenn\.com|jupiterimages|creatas|"
    # the British wire's picture service under its names (never "PA" alone: a state's, a party's initials)
    r"pa images|pa wire|pa media|"
    # Getty's entertainment and archive imprints, historical picture archives
    r"wireimage|filmmagic|gc images|redferns|hulton archive|bettmann|bridgeman images"
)


def _acronym(word: str) -> str:
    """An agency's short name as agencies write it: in capitals, capitalised or in lower case
    ("EPA", "Epa", "epa"), never in mixed case: "ePA" (German "elektronische Patientenakte") or
    "DpA" is another abbreviation that happens to share the letters."""
    return f"(?-i:{word.upper()}|{word.capitalize()}|{word})"


_AGENCY = (
    r"(getty images|getty|reuters|" + _acronym("afp") + r"|ap (photo|foto)|(the )?associated press|shutterstock|istock(photo)?|"
    + _acronym("dpa") + r"|picture[- ]alliance|imago|" + _acronym("epa") + r"(-efe)?|alamy|unsplash|pixabay|pexels|flickr|"
    r"wikimedia commons|wikimedia|wikipedia|sputnik|тасс|риа новости|xinhua|agencja gazeta|"
    # the Korean wires, as the Korean press closes a caption with them ("... 자리하고 있다. 뉴시스")
    r"연합뉴스|뉴시스|뉴스1|yonhap|"
    r"east news|" + _acronym("pap") + r"|" + _acronym("nasa") + r"|keystone|anadolu|" + _acronym("efe")
    + r"|europa press|belga|" + _acronym("ansa") + r"|gettyimages|photocase|"
    r"adobe ?stock|fotolia|colourbox|123rf|dreamstime|depositphotos|pixelio|panthermedia|photothek|" + _MORE_LIBRARIES + r"|"
    # the Associated Press's short name, in capitals only ("ap" is a word in several languages)
    r"(?-i:AP))"
)
# The AI tools a picture is credited to when one made it ("by DALL-E 2", "generated with Midjourney"); an AI word
# before it ("AI tool Midjourney") perhaps.
_AI_TOOL = (r"((an? |the )?(ai|ki|ia)[- ](tool|image generator|generator|model|programm?)?\s*)?"
            r"(dall[-·]?e( ?[23])?|midjourney|stable diffusion|adobe firefly|firefly|bing image creator|"
            r"image creator|ideogram|leonardo\.ai|imagen ?[234]?|chatgpt|gpt-4o?|gemini|grok|flux(\.1)?)\b")
# The picture words before "generated with <AI tool>" (a text "generated by ChatGPT" is no picture's credit).
_AI_PICTURE = (r"(images?|pictures?|photos?|illustrations?|artwork|art|graphics?|visuals?|bild(er)?|grafik|illustration|"
               r"imagen(es)?|imagem|ilustración|ilustração|immagine|illustrazione|fotos?|foto)")
# After a marker and a dash, what only a credit says next ("Foto – © Jane Doe", "Image — CC BY
# Jane Doe"); "Fotos – Die schönsten Bilder des Festes" is a heading. A hyphen between spaces is such a dash too
# ("Photo - Rebecca Gosselin.", notices-blind33's interiors blog; round lead65).
_DASH_CREDIT = (r"©|\(c\)|cc[- ]by|cc[- ]0|credits?\b|courtesy|"
                # "by" and its kin before a name, not before an article ("Photos – By the numbers" is a heading)
                r"(by|von|par|por)\b(?!\s+(the|a|an|der|die|das|le|la|les|el|los|las|un|une|una)\b)|via\b|"
                # also a person's full name closing its clause with a full stop ("Photo – Amelia Stanwix. Styling – ..."):
                # two or three capitalised words, no lower-case word among them (a heading's "Fotos – Die schönsten
                # Bilder des Festes" has them) (notices-blind13's first run)
                r"(?-i:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)(\s+(?-i:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)){1,2}\.(\s|$)|" + _AGENCY)
# Picture libraries: "Quelle: Pixabay" is a picture credit, "Quelle: dpa" may be the text's.
_PHOTO_LIBRARY = (
    r"(getty images|shutterstock|istock(photo)?|alamy|unsplash|pixabay|pexels|flickr|"
    r"wikimedia commons|wikimedia|wikipedia|imago|picture[- ]alliance|gettyimages|photocase|"
    r"adobe ?stock|fotolia|colourbox|123rf|dreamstime|depositphotos|pixelio|panthermedia|" + _MORE_LIBRARIES + r")"
)
# Social platforms a picture is taken from; Russian names inflect ("из Инстаграма"). Threads only with its capital:
# "photos in online threads", "email threads" are the English word.
_PLATFORM = (
    r"(instagram|twitter|facebook|tiktok|youtube|telegram|pinterest|snapchat|bluesky|mastodon|vk|reddit|linkedin|"
    r"truth social|(?-i:Threads|THREADS)|twitch|weibo|"
    r"инстаграмм?\w*|твиттер\w*|фейсбук\w*|тикток\w*|ютуб\w*|телеграм\w*|вконтакте)"
)
# A word naming a platform's account after the platform in a credit: a capitalised name ("Иван Иванова"), a handle or
# an address ("@janedoe", "jane_doe", "example.com/jane"), a name's particle, or a word for the account itself
# ("profile", "user"); a verb or a lower-case noun is a sentence's ("showed the damage", "zeigten die Schäden").
_ACCOUNT_WORD = (r"((?-i:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ])[\w.'’@-]*|[\w'’-]*[\d_.@/][\w.'’@/-]*|"
                 r"(by|von|vom|de|di|da|du|del|della|des|do|dos|das|of|от|van|der|y|und|and|et|e|"
                 r"user|users|account|profile|page|channel|konto|profil|kanal|seite|compte|page|chaîne|utilisateur|"
                 r"cuenta|perfil|canal|usuario|conta|página|utente|profilo|pagina|canale|"
                 r"аккаунт\w*|профил\w*|страниц\w*|канал\w*|пользовател\w*)(?![\w'’-]))")
# Where the account's words end: the line's end, a mark before what follows (a second credit) or a number (the post's
# date: "Фото из Инстаграма Лукаша Подольски 15 августа 2016, 13:43").
_ACCOUNT_END = r"(?=\s*$|\s*[,;:|()\[\]–—/]|\s*[.!?…](\s|$)|\s+-\s|\s+\d)"
_SCREENSHOT = (r"(screenshots?|bildschirmfotos?|captures? d['’](é|e)cran|capturas?( de pantalla| de tela)?|скриншоты?|"
               r"schermate|schermata|tangkapan layar)")
_RIGHTS_RESERVED = (r"((all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|"
                    r"todos os direitos reservados|tutti i diritti riservati|все права защищены)\W{0,3}\s*)")
# Pictures and the other media a page embeds and credits the same way ("Video courtesy of Example", "Embedded slides
# courtesy of janedoe", "Map courtesy of OpenStreetMap"), perhaps with a word for where they sit before them, or for
# which of the site's pictures are meant ("News images provided by <agency> unless otherwise stated", a footer's credit
# of a news site's pictures; "All press photos courtesy of ...", "Additional images supplied by ...": notices-left47)
_PICTURES = (r"(das |die |the |les |las |los |as |os |le |i |gli |la )?((all|other|additional|some) )?"
             r"((embedded|featured|banner|header|top|lead|news|press|stock|agency|archive|editorial|product|cover) )?"
             r"(bildmaterial|bilder|fotos?|abbildungen|photos?|images?|pictures?|photographs?|illustrations?|"
             r"videos?|slides|slideshow|maps?|charts?|"
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
    # what follows: the providers (160 characters at most), or up to 240 when a later sentence of the line names
    # who provides the site's other pictures ("News images provided by A and B unless otherwise stated. Sport images
    # provided by C unless otherwise stated. Wire service provided by D."); a story's paragraph that opens on its
    # pictures ("Photos provided by the family show Jane as a child on the beach ... her coach said.") names none
    r")(.{0,160}$|(?=.{0,240}$).*[.!?]\s.*\b(provided|supplied|courtesy|fourni|proporcionad|facilitad|cedid|fornecid|"
    r"fornit|zur\s+verfügung|bereitgestellt|предоставлен))"
)
# "... via Getty Images", "..., via Wikimedia Commons": the library a picture came through (German "über": "NASA über
# dpa"; notices-blind15's round b15notice).
_VIA_LIBRARY = r"(,?\s+(via|(?-i:über))\s+" + _PHOTO_LIBRARY + r"(\.[a-z]{2,3})?)"
# "NASA via AP": a picture handed out by one body and distributed by an agency.
_VIA_AGENCY = r"(,?\s+(via|(?-i:über))\s+" + _AGENCY + r")"
# What a wire's caption credit adds after the agency: an archive picture, a pool's or a handout
# ("(NASA via AP, File)", "(Jane Doe/Reuters, Pool)").
_FILE_TAIL = r"(,\s*(file|pool|handout|archive|archiv|archivo|arquivo|archivio))"
# Names, a comma or "via" and an agency or library closing a caption's credit line ("Jane Doe, Associated Press",
# "Jane Doe via AP": a picture handed out by someone and distributed by the agency).
_NAME_AGENCY = (r"^\W{0,3}(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w'’&-]*\.?(\s+((?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w'’&-]*\.?|"
                r"(?-i:de|da|di|del|della|van|von|der|den|la|le|du|dos|das|y|e))){0,4}"
                # (the library's collection after the photographer's slash before "via": "Jane Doe/Moment via Reuters")
                r"(\s*/\s*(?-i:[A-Z])[\w.'’+-]*(\s+(?-i:[A-Z])[\w.'’+-]*){0,2}(?=\s+(?-i:via|über)\s))?"
                r"(,\s*|\s+(?-i:via|über)\s+)" + _AGENCY
                + r"(\s+(photos?|images|pictures|press|staff))?(\s*/\s*[\w .-]{1,40})?\W{0,2}$")
_SUPPLIED_CLOSING = r"(^\W{0,3}|(?<=[\w)][.!?]\s))(?-i:Supplied|SUPPLIED|Handout|HANDOUT|Submitted|Contributed)\W{0,2}$"
_HANDED_IN = (r"(^|(?<=[\w.)!?] ))((submitted|contributed|supplied|handout)\s+(photos?|images?|pictures?)|"
              r"(photos?|images?|pictures?)\s+(submitted|contributed|supplied)|"
              r"(fotos?|photos?)\s+(cedidas?|concesse|concessa|fournies?|transmises?|eingesandt|zugesandt|enviadas?|inviate?)|"
              r"фото\s+предоставлен[оаы]?)(\s+(by|von|par|por|da|di|pel[oa]|от)\s+[^\W\d].{1,60})?\W{0,2}$")
# A photographer working for an outlet, the credit element's whole text: "Jane Doe for The Example Times", "Max
# Mustermann für DIE ZEIT", "Jean Dupont pour Le Monde", "Juan Pérez para El País", "Иван Иванов для РБК". Two to
# four capitalised names, the word for "for", an article perhaps, and the outlet's capitalised words (read in an
# element the page declares a credit only: "Players Compete for Gold" is a caption's sentence; a caption's whole text
# so formed, a given name opening it, is read by notice_caption_closings.for_outlet: round lead60).
_FOR_OUTLET = (r"^\W{0,3}(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w.'’-]+(\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w.'’-]+){1,3}\s+(?-i:for|für|pour|para|per|для)\s+"
               r"((?-i:the|die|der|das|le|la|les|el|il|lo|o|a)\s+|(?-i:l)['’])?(?-i:[A-Z0-9À-ÖØ-ÞА-ЯЁ])[\w.'’&-]*"
               r"(\s+((?-i:of|de|del|des|du|di|da|do|der|and|und|y|e|и|&)\s+)?(?-i:[A-Z0-9À-ÖØ-ÞА-ЯЁ])[\w.'’&-]*){0,4}\W{0,2}$")
#: Icelandic words for a photograph and a screenshot, as its press writes them before a credit's slash.
_ICELANDIC_PICTURE = r"(ljósmynd|skjáskot)"
_IMAGE_CREDIT_PATTERNS = [
    # A source label before a marker: "(Quelle: Foto Jane Doe)", "Source: photo by Jane Doe".
    r"(^|[.(\[|–—-]\s*)(source|quelle|fuente|fonte|источник|źródło)\s*:\s*" + _CREDIT_MARKER
    + r"\s*(:|by|von|de|di|par|por)?\s+[\w©(].{1,100}$",
    r"(?<![-“”\"„‘’'])" + _MARKER_START + _CREDIT_MARKER
    + r"(\s*\((cc|c)\))?\s*(credits?|courtesy|source|quelle|crédit|crédito|автор)?\s*(:|：|©|\||/ |(?:[–—]|(?<=\s)-(?=\s))\s*(?=" + _DASH_CREDIT + r"))"
    + r"\s*\S.{1,150}$",
    # "Photo by Jane Doe", "Image copyright Getty Images", "Image copyright @janedoe" (an account's picture)
    r"(^|[.(\[|/:–—-]\s*)" + _CREDIT_MARKER + r"\s+(credits?\s*:?|copyright\s*:?(?!\s+(1[89]|20)\d{2}\b)|by|von|de|di|par|por|courtesy( of)?|is from|is by|"
    # (the preposition may take a colon and the name quotation marks: "... Photo by: 'Jane Doe'.", notices-blind28)
    r"is courtesy of|via|mit freundlicher genehmigung)(\s*[:：])?\s+['‘\"“]?[\w©(@].{1,150}$|"
    # "Image from Jane's October 2024 review.", "Photo from Wikimedia Commons.": a line of its own naming where the
    # picture came from, a few words and its full stop; not a sentence about pictures ("Images from the probe show
    # ...": a verb after "from"), nor a heading ("Photos from the festival": no full stop)
    # (nor a caption's credit and its next sentence, "Image from NASA. The rover landed in 2021.": inside the source a
    # full stop comes before a space only after an initial or a short abbreviation, "J. Doe", "St. Louis")
    r"^(?!.*(?<!\b\w)(?<!\b\w\w)\.\s)\W{0,3}(images?|photos?|pictures?)\s+from\s+(?![^.!?]*\b(show|shows|showed|shown|reveal|reveals|revealed|depict|"
    r"depicts|capture|captures|captured|is|are|was|were|has|have|had|will|can)\b)[^\W\d_][\w'’.&-]*(\s+[\w'’.&/-]+){0,7}\.$|"
    # ... and a post's own picture named so, with or without its stop ("Featured image from Sakara" closing a list of
    # brands, notices-blind31): a post's featured or header picture is a picture, never a story's subject
    r"^\W{0,3}(featured|header|cover|hero|banner)[ -](images?|photos?|pictures?)\s+from\s+(?-i:[A-Z0-9À-ÖØ-ÞА-ЯЁ])[\w'’.&-]*"
    r"(\s+[\w'’.&/-]+){0,5}\W{0,2}$",
    _MARKER_START + _CREDIT_MARKER + r"\s+" + _AGENCY + r"\b",
    # a picture word of Korean, Japanese or Chinese before "=", a colon or a slash ("[사진=Example, Agency]",
    # "写真：Example"): these scripts write the label glued to the name, often in brackets
    # also with the word for "provided" or "source" between ("사진 제공=Example", "图片来源：Example"), and a
    # Japanese photographer's "撮影・Name" (not "写真・動画": only the word for "photographed by" takes the dot)
    # also a Japanese caption's closing "(<source>提供)", full-width or not: who provided the picture ("（警視庁提供）"),
    # and the photographer's "(<name>撮影)" ("（Name撮影）": photographed by; not a place's or a date's "（十日、都庁で撮影）",
    # "（2019年撮影）": when and where, naming no one)
    r"(^|[\[(【（「\s|])((사진|写真|画像|照片|图片|圖片|攝影|摄影|图|圖)\s*(제공|출처|来源|來源|提供|出典)?\s*[=:：／/]|撮影・)\s*[^\s\]】）」].{0,80}$|"
    r"[（(][^（）()\s]{1,24}(提供|(?<![で年月日頃])撮影)[）)]\W{0,2}$|"
    # also the Japanese press's caption closing on its photographer after a comma, no bracket ("...＝3日、東京都江戸川区、
    # 小宮路勝撮影"), perhaps the outlet after a bar ("... 撮影 | 朝日新聞社"); not a place's, a time's or a vantage's
    # "...、上空から撮影", "、2019年撮影", "、都内で撮影" (where, when and from where, naming no one), nor how: "、ドローン撮影",
    # "、夜間撮影", "、長時間露光撮影", "、水中撮影" (by drone, at night, a long exposure, under water)
    r"(?<=[、，,])(?![^、，,。\s（）()|｜]*(ドローン|夜間|露光|連続|定点|水中|空中|航空|空撮|望遠|広角|魚眼|赤外線|速度|タイムラプス|コマ)撮影)"
    r"[^、，,。\s（）()|｜]{2,12}(?<![で年月日頃らりて中時際])撮影(\s*[|｜]\s*[^\s|｜]{1,20})?\W{0,2}$|"
    # the Chinese press's photographer closing a caption: "...发表重要讲话。新华社记者 谢环驰 摄" (its reporter, the name,
    # 摄: photographed), also two names ("记者 张三、李四 摄") and in brackets ("（张三 摄）", "（新华社发 张三摄）"); and who
    # provided the picture, "供图" ("视觉中国供图", "（受访者供图）"); not "拍摄" or "摄影" closing a sentence (no name)
    # (the two characters written as branches of two characters each, not a class, which the regex parser also makes
    # of one-character branches: the guard's analysis reads the strings of branches, so the rule is compiled only for
    # a line holding one of them)
    r"(记者|通讯员|通訊員|摄影|攝影)\s*[\u4e00-\u9fff·]{2,8}(\s*[、，,和]\s*[\u4e00-\u9fff·]{2,8}){0,3}\s*(?<![拍航])(摄|攝)\W{0,2}$|"
    r"[（(][^（）()]{0,24}[\u4e00-\u9fff·]{2,8}\s?(?<![拍航])(摄[）)]|攝[）)])\W{0,2}$|"
    # (the comma or space before the provider is not the credit's: "...现场，新华社供图" gives "新华社供图"; an opening
    # bracket is: "（受访者供图）")
    r"(^|(?<=[\s。，,])|[（(])[^\s（）()。，,]{2,20}供(图|圖)[）)]?\W{0,2}$",
    # (the three forms below are rules of their own, in the group of the one above, not its branches: a rule compiles
    # only for a line holding what its every match needs, and their English words compiled that ~1.6 KB rule, ~10 ms,
    # on English pages)
    # China Daily's and china.org.cn's bracketed credit closing a caption: "[Photo/Xinhua]", "[Photo/cfp.cn]",
    # "[Photo/VCG]", "[Photo/Agencies]" (the marker glued to the source by a slash, no space)
    r"\[\s*(photos?|images?|pictures?|video|graphics?)\s*/\s*[^\[\]\s][^\[\]]{0,60}\]\W{0,2}$",
    # the Indonesian press's "(Dok. Sekretariat Presiden)": from the archive (dokumentasi) of whom the picture came
    r"\(\s*(dok|dokumentasi)\.?\s+[^\W\d][^()]{1,60}\)\W{0,2}$",
    # a picture an AI tool made, credited to the tool: "Image generated with DALL-E", "Illustration created using
    # Midjourney", '"<the prompt>" by DALL-E 2', "Bild generiert mit Midjourney", "Image générée par DALL-E"; opening the
    # line or a sentence, or after a bracket, the tool closing it (a few words after it at most)
    r"(^\W{0,3}|(?<=[.!?]\s)|(?<=[(\[])\s*)((((this|the|das|dieses|cette|l['’]|esta|la|a|questa)\s*)?" + _AI_PICTURE + r"\s+"
    r"((was|is|were|are|wurde|a été|fue|foi|è stata)\s+)?)?(generated|created|made|produced|rendered|generiert|erstellt|"
    r"g[ée]n[ée]r[ée]e?s?|cr[ée]{2}e?s?|generad[oa]s?|cread[oa]s?|gerad[oa]s?|generat[oa]|creat[oa])\s+"
    r"(with|by|using|in|via|mit|von|durch|avec|par|con|por|com|da|tramite)\s+(the\s+|der\s+|la\s+|le\s+)?"
    r"|[\"“”„«»][^\"“”„«»]{3,200}[\"“”„«»]\s+by\s+)" + _AI_TOOL + r"(\W+\w+){0,4}\W{0,3}$",
    # also a line of names, each with its role in brackets, a picture's among them ("Quelle: Jane Doe (Text), John Roe
    # (Bild)", "Jane Doe (texte), John Roe (photo)"): the credits of the piece's text and pictures, set as one line
    r"\(?\b(credits?|crédits?|créditos?|crediti|credito|bildrechte|bildnachweise?|fotonachweise?)\s*:\s*\S.{1,100}$|"
    # the Icelandic press's picture and screenshot words glued to the credit by a slash ("Ljósmynd/Aðsend": photo,
    # submitted; "Skjáskot/Example": a screenshot of Example)
    r"^\W{0,3}" + _ICELANDIC_PICTURE + r"\s*/\s*[^\W\d_].{0,60}$|"
    r"^\W{0,3}((source|quelle|fuente|fonte|источник)\s*:\s*)?(?=.*\((bild|bilder|foto|fotos|photo|photos|фото)\))"
    r"([^():]{2,60}\((text|texte|texto|testo|текст|bild|bilder|foto|fotos|photo|photos|фото)\)\s*([,;/|–—-]|und|and|et|y|e|и)?\s*){2,3}$",
    # "Courtesy Louvre" opening a line or closing a caption after its sentence ("... (1761). Courtesy
    # Louvre"), and its forms in the other languages; also after the artist's "© <name>;" and naming a gallery's
    # several branches ("© Jane Doe; Courtesy Example Gallery, San Francisco, and Example Augustine, New York.",
    # notices-blind32's art magazine)
    r"(^\W{0,3}|(?<=[\w)][.!?;]\s)|(?<=[\w)][.!?]))(courtesy( of)?|cortesía de|cortesia (de|di|do|da)|"
    # Spanish and Portuguese "handed over by" / "kindness of" ("Cedida por ...", "Gentileza de ...")
    r"cedid[oa]s? por|gentileza (de|da|do|das|dos)|"
    # an elided article runs into the name ("dell'Associazione", "d'Example")
    r"per gentile concessione (d(i|el|ella|ello|ei|egli|elle)|dell['’](?=\w))|avec l['’]aimable autorisation (d(e|u|es)|d['’](?=\w)))"
    r"(\s+|(?<=['’]))[\w©].{1,160}$",
    r"\b(source|quelle|źródło|fuente|источник|autor|auteur)\s*:\s*(\S+/)?" + _PHOTO_LIBRARY + r"\b.{0,60}$",
    # (also the circled "ⓒ" the Korean press glues to a caption's last sentence: "... 업무보고를 하고 있다.ⓒ연합뉴스"; not a
    # portal's footer "... ⓒ NAVER Corp. ⓒ <outlet>", its signs set apart by spaces)
    r"(©|（\s*[cｃ]\s*）|\(\s*ｃ\s*\))\s*(?!(1[89]|20)\d{2}\b|\d{1,2}[./-]\d)[\w][^©]{1,80}$|"
    r"(?<=[^\W\d_][.!?])ⓒ\s?[^\W\d_][^©ⓒ.]{1,40}$",
    r"\(c\)\s*(?!\d)[^\W\d][\w.'’ /-]{1,40}$",
    # An agency alone or after a name's slash, with its kind word and the library that distributes
    # it: "Reuters", "AP", "AFP via Getty Images", "Jane Doe/Anadolu Agency via Getty Images".
    # A pool picture distributed by an agency after the photographer's slash: "Jane Doe/Pool via Reuters".
    # also after a bullet or a middle dot, as a caption sets its credit apart ("... joins the club • Getty Images")
    r"(^|[/|(]\s*|(?<=[•·])\s*)(pool\s+via\s+)?" + _AGENCY + r"(\s+(agency|agentur|agence|agencia|agenzia|photos?|images|pictures|press))?"
    # (and the agency's desk or imprint before a further slash: "Jane Doe/Getty Images Sport/Getty Images North America",
    # one or two capitalised words; notices-blind13's first run. Not before the line's end: "Reuters Staff" is a byline)
    r"(\s+(?-i:[A-Z][a-z]{1,12})(\s+(?-i:[A-Z][a-z]{1,12}))?(?=\s*/))?"
    r"(\.[a-z]{2,3})?\s*([/|]\s*[\w .-]{1,40})?(" + _VIA_LIBRARY + r"|" + _VIA_AGENCY + r")?" + _FILE_TAIL + r"?\)?$",
    # "dpa/Jane Doe", "picture alliance | Jane Doe": the agency, then the photographer after a slash or a bar
    r"^\W{0,3}" + _AGENCY + r"\s*[/|]\s*[\w .-]{1,40}$",
    # A line of names that ends with the library the picture came through ("Jane Doe via Wikimedia
    # Commons", "Jane Doe/Example Agency via Getty Images"): no marker word is needed. (Getty's collections may end
    # in a plus: "Jane Doe/E+ via Getty Images".) Names, not a clause: a lower-case auxiliary before "via" makes the
    # line a sentence saying what was done through the library ("The photos were sold via Getty Images", "Les photos
    # ont été vendues via Getty Images": noticeleft51), no one credited; so do a Romance reflexive and a trade's verb
    # with none ("Las fotos se vendieron via Getty Images", "Prints of the series sold via Getty Images": review rvn51).
    r"^\W{0,3}(?!via\b)(?![^/]*\b(?-i:was|were|is|are|been|being|has|have|had|ont|sont|été|était|fueron|fue|han|"
    r"sido|sono|stat[eio]|foram|foi|sido|se|si|sold|resold|distributed|marketed|auctioned)\b)[^\W\d][\w.'’ &/+-]{1,60}?"
    + _VIA_LIBRARY + r"\W{0,3}$",
    # An account credited for a picture or an embed: "reddit by u/janedoe", "Photo via @janedoe".
    # A handle, not a name, so no marker word is needed; "by" says it made the thing. A bare
    # pointer to an account ("Account: @janedoe", "IG: @janedoe") or a feed's heading ("Tweets by
    # @outlet") is not.
    r"^\W{0,3}((?!(tweets?|posts?|follow)\b)[^\W\d][\w.'’-]{0,20}\s+)?(by|via|von|par|por|di|от)\s+(u/|@)[\w.-]{2,40}\W{0,2}$",
    # A marker word straight before a capitalised name closing a caption ("... detenido. FOTO
    # Ángel Flecha."; not "FOTO ILUSTRATIVA"): read in a caption only (see credit_features). Also before
    # an account's handle ("Фото @janedoe", "Photo @janedoe") and, after a marker not set in capitals,
    # before a name in capitals of two to five letters, the line's end ("Фото РБК", "Foto NDR": a
    # broadcaster's or a paper's initials; "FOTO ARCHIVO" is a label in capitals, no name).
    r"(^|[.(\[|/:–—-]\s*)(" + _CREDIT_MARKER + r"\s+((?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-öø-ÿа-яё])[\w.'’-]*"
    r"(\s+[\w.'’-]+|\s*[/|]\s*[\w.'’-]+){0,4}|@[\w.]{2,40})|(?=(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ]?[a-zß-öø-ÿа-яё]))" + _CREDIT_MARKER
    + r"\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ]{2,5}))\W{0,2}$",
    # Weak forms, credits only where the page sets them as one (a caption): "Quelle: The Verge",
    # "... nach Open Interest. Quelle: Coinglass" (a caption's closing sentence), "Jane Doe /
    # Agency". The model weighs them with the DOM context; a source in a caption is its own
    # evidence (``rule_source_caption``: the picture's source, not the text's).
    r"(^|[(\[|–—-]\s*|(?<=[^\W\d_]{2}[.!?]\s))(source|quelle|fuente|fonte|источник|źródło|sumber|kaynak)\s*:\s*[^\s:].{1,80}$|"
    # the Japanese "出典：" (source) after a caption's words, its space or bracket before it ("猪肉 出典：Nameさん")
    r"(^|(?<=\s)|[（(\[])出典\s*[:：]\s*[^\s:：].{0,60}$",
    r"^\W{0,2}[^\W\d][\w.'’ -]{1,40}\s*/\s*[^\W\d][\w.'’ -]{1,40}\W{0,2}$",
    # "(Jane Doe/Reuters)", also of three or four parts ("(NASA/JPL-Caltech/ASU)", "(Jane Doe/Example
    # Times/Getty Images)")
    # also the source's "courtesy of" after the outlet's slash, a longer name ("(People's Daily Online/courtesy of the
    # National Forestry and Grassland Administration)")
    r"\(\s*[^\W\d][\w.'’ -]{1,40}(\s*/\s*[^\W\d][\w.'’ -]{1,40}){1,3}(,\s*[^\W\d][\w.'’ -]{1,20})?\)\W{0,2}$|"
    r"\(\s*[^\W\d][\w.'’ -]{1,40}\s*/\s*courtesy( of)?\s+[^\W\d][^()/]{1,80}\)\W{0,2}$",
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
    # "Jane Doe for The Example Times" (read in a credit element only)
    _FOR_OUTLET,
    # A picture taken from someone's account on a platform ("Photo from Jane Doe's Instagram",
    # "Фото из Инстаграма Иван Иванова", "Foto dal profilo Instagram di Mario Rossi", Ukrainian "Фото з фейсбуку ..."): the marker, a
    # word for "from" (after "taken" or its like), up to four words, the platform, up to four
    # words more that name the account (:data:`_ACCOUNT_WORD`); the credit ends there, at the line's end or a mark
    # (a date after it is the post's, not the credit's). A verb after the platform makes it a story's sentence
    # ("Photos on Instagram showed the damage to the bridge", "Fotos de Facebook mostraron la plaza"): no credit.
    r"(^|[.(\[|/:–—-]\s*)" + _CREDIT_MARKER + r"(\s+(taken|tirée?s?|issue?s?|tomad[oa]s?|sacad[oa]s?|"
    r"retirad[oa]s?|tratt[oa]|presa|взят[оаы]?))?\s+(from|off|aus|vom|von|de|du|des|da|do|di|del|dal|dalla|"
    r"из|со|с|з|із|via|on|auf|en|на|in|im)\s+([\w.'’@-]+\s+){0,4}?" + _PLATFORM + r"(?![^\W\d_])([-/@.][\w.'’@/-]*)?"
    r"(\s+(?!\d)" + _ACCOUNT_WORD + r"){0,4}" + _ACCOUNT_END,
    # A label naming the picture's author or rights holder: "Copyright: Jane Doe", "Urheber: von
    # Jane Doe (Own work) [CC-BY-3.0 (...)], via Wikimedia Commons", "Autor der Fotos: Jane Doe".
    r"(^|[.(\[|–—-]\s*)(copyright|urheber(in)?|urheberrecht|bildautor(in)?|auteur des (photos|images)|"
    r"autor(a)? de las (fotos|imágenes)|autore delle (foto|immagini)|автор (фото|снимков?))\s*:\s*\S.{1,200}$",
    # "Taken by Jane Doe in 2006, Wikimedia Commons": who took the picture, at a sentence's start.
    # Only read in a caption or beside a library or free licence (see credit_features): "the decision
    # taken by the board" is no credit.
    r"(^|(?<=[.!?|–—-])\s+|\(\s*)((photos?|pictures?|images?|fotos?|bild(er)?|aufnahmen?|imagen(es)?|imagem|immagin[ei]|фото|снимок|снимки)\s+)?"
    r"(taken|shot|photographed|aufgenommen|fotografiert|prises?|tomadas?|tirad[oa]s?|"
    r"scattat[oa]|fotografad[oa]|снят[оаы]?|сделан[оаы]?)\s+(by|von|par|por|da|pel[oa]|di|от)\s+"
    r"(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ]).{1,120}$",
    # A sentence saying who provided the pictures: "Das Bildmaterial wurde von Example GmbH zur
    # Verfügung gestellt.", "Images courtesy of Example", "Photos fournies par Example", "Fotos
    # cedidas por Example", "Immagini fornite da Example", "Фото предоставлены Example".
    _PROVIDED,
    # Turkish: the picture "served / provided / taken by" someone ("Fotoğraf, AA tarafından servis edilmiştir.",
    # "Görseller Jane Doe tarafından sağlanmıştır", "Fotoğraf: ... tarafından çekilmiştir")
    r"(^|(?<=[.!?])\s+|\(\s*)(fotoğraf(lar)?|görsel(ler)?|foto(lar)?)[,:]?\s+\S.{0,60}?\s+tarafından\s+"
    r"(servis edil|sağlan|çekil|paylaşıl|gönderil|veril)\w*\W{0,2}$",
    # A caption closing on the one word that says the picture was handed in, after its sentence ("... upon arrival.
    # Supplied", "... in 2019. Handout"), or that word alone as a caption's credit (read in a caption only)
    _SUPPLIED_CLOSING,
    # A screenshot of a platform as the picture's source: "Instagram (Screenshot)", "Screenshot: YouTube",
    # also with a word or two naming the platform's page between ("Tangkapan layar Kanal YouTube Harian
    # Kompas", "Screenshot YouTube-Kanal ...", "Captura de pantalla del canal de YouTube ...").
    # a rights line may open it ("Tous droits réservés Captures d'écran sur Truth Social ...": the picture's rights)
    r"^\W{0,3}" + _RIGHTS_RESERVED + r"?(" + _PLATFORM + r"(?![^\W\d_])[\w.@/ -]{0,40}?\s*[(/|:–—-]\s*" + _SCREENSHOT + r"\)?|"
    + _SCREENSHOT + r"\s*[(/|:–—-]?\s*(von |from |de |di |da |с |sur |on |en |auf |su |в )?([^\W\d_]{2,}\s+){0,2}?" + _PLATFORM
    + r"(?![^\W\d_]).{0,60}|"
    # or a channel or outlet named in capitals after it, the line's whole text ("Tangkapan layar TVRI",
    # "Screenshot: Example TV"): a screenshot's source
    + _SCREENSHOT + r"\s*[:(/|–—-]?\s*(?-i:[A-Z0-9À-ÖØ-Þ])[\w.&'’-]*(\s+(?-i:[A-Z0-9À-ÖØ-Þ])[\w.&'’-]*){0,4})\W{0,2}$",
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
# A © line that names a year is the site's copyright, not a photo credit. One that names a
# company form ("© Example Media GmbH") is the site's in a footer but a credit under a book cover
# or a press photo ("© dtv Verlag"): the model weighs it with its place on the page.
_SITE_COPYRIGHT = lazy_re.compile(r"\b(19|20)\d{2}\b|^\W*copyright\b(?!\s*:)", _F)
_COMPANY_FORM = lazy_re.compile(
    r"\b(gmbh|mbh|ag|kg|ltd|limited|inc|llc|plc|sa|s\.a|sp\. z o\.o|group|"
    r"verlag|corporation|corp|co\.|media|magazine|"
    # the legal forms of the other languages (ES PT IT FR NL RU)
    r"s\.l\.u?|s\.a\.u|slu|s\.p\.a|s\.r\.l|srl|sarl|b\.v|n\.v|ltda|e\.v|ооо|оао|зао|пао)\b",
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
# The marker's words alone, compiled once (~0.7 ms) and shared: the patterns that are "a marker, then
# something" ask it whether a span is a marker (:func:`marker_between`) instead of each compiling
# the ~500-character alternation into itself again (issue 13).
_MARKER = lazy_re.compile(_CREDIT_MARKER, _F)
_ANY_MARKER = Guarded(_MARKER)
#: The longest string the marker matches ("featured photo illustration(en) [m]"; tests check it).
MARKER_WIDTH = 35
_LEAD = lazy_re.compile(r"^\W{0,3}")
_TRAIL = lazy_re.compile(r"\W{0,3}$")


#: "Arte" (artwork) as a credit's marker: only before its colon ("Arte: Jane Doe") or "de" and two capitalised words
#: ("Arte de Jane Doe sobre foto ..."): "Arte" is also the word for art ("Arte de Rua em São Paulo", street art) and a
#: broadcaster's name ("ARTE Radio": the benchmark's one page it changed in a draft) (notices-blind24's first run).
_ARTE = lazy_re.compile(r"^\W{0,3}arte\b", _F)
_ARTE_CREDIT = lazy_re.compile(r"\s*:|\s+de\s+(?-i:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\s+(?-i:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)", _F)


def art_not_credit(text: str) -> bool:
    """Whether ``text``, a credit read by its marker, opens with "Arte" in any other form than :data:`_ARTE_CREDIT`'s:
    art's or a broadcaster's name, not artwork's credit."""
    m = _ARTE.match(text)
    return m is not None and _ARTE_CREDIT.match(text, m.end()) is None


def marker_between(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is wholly one of the marker's words (``_CREDIT_MARKER``)."""
    return 0 <= start < end <= start + MARKER_WIDTH and _MARKER.fullmatch(text, start, end) is not None


def marker_start(text: str) -> int:
    r"""Where a marker opening ``text`` must begin: after up to three non-word characters (``^\W{0,3}``;
    a marker's first character is a letter, so this is the only place it can)."""
    m = _LEAD.match(text)
    return m.end() if m else 0


def marker_before(text: str, start: int, stops: str) -> tuple[int, int] | None:
    r"""(end of the marker, the stop) when a marker begins at ``start`` and only white space
    separates it from the first of ``stops`` after it: the one way ``<marker>\s*[stops]`` can match
    there (a marker holds none of these characters and ends in no white space), else None."""
    found = [at for at in (text.find(ch, start) for ch in stops) if at != -1]
    if not found:
        return None
    stop = min(found)
    end = start + len(text[start:stop].rstrip())
    return (end, stop) if marker_between(text, start, end) else None


def bare_marker(line: str) -> bool:
    r"""``^\W{0,3}<marker>\W{0,3}$``: a marker alone on its line ("Foto(s)", "Bilder"), without
    compiling the marker into that pattern: the marker ends where the line's last (up to three)
    non-word characters begin, or inside them ("Abb." ends on its stop)."""
    if len(line) > MARKER_WIDTH + 7:  # three characters each side, and a newline that ``$`` allows
        return False
    start = marker_start(line)
    trail = _TRAIL.search(line)
    return trail is not None and any(marker_between(line, start, end) for end in range(trail.start(), len(line) + 1))


_MARKER_RULES = 4  # the first four image-credit rules need a marker word: test it once
_LABEL_ONLY = lazy_re.compile(r"^[^\W\d][\w’' .]{0,28}(\(s\))?:$")  # ("Disclaimer(s):" too: notices-blind36's shop)

# Each rule is tried only on lines holding a string its matches need (and compiled on the first
# such line): a page's credit lines call for a few of the 29 rules (issue 13).
_IMAGE_CREDIT = [Guarded(lazy_re.compile(p, _F)) for p in _IMAGE_CREDIT_PATTERNS]
# Characters one of which every match of a rule holds beside the words its guard needs, asked first,
# so that a line lacking all of them never compiles the rule (several rules carry the ~100 agencies;
# a line holding "epa" in "repairs" compiled five of them, ~5 ms): a rule's separator ("Foto: ...",
# "Foto | ...", "Foto – © ..."), an agency's slash or bar, "Name, Agency"'s comma.
_RULE_SEPARATORS = {
    _IMAGE_CREDIT_PATTERNS[1]: (":", "：", "©", "|", "/ ", "–", "—", " - "),
    _IMAGE_CREDIT_PATTERNS[14]: ("/", "|"),
    _NAME_AGENCY: (",", " via "),
    _FOR_OUTLET: (" for ", " für ", " pour ", " para ", " per ", " для "),
    _IMAGE_CREDIT_PATTERNS[-3]: ("/",),
}
_AGENCY_ALONE = 13  # "(^|[/|(]\s*)<agency>...$": at the line's start or after a slash, bar or bracket
#: The most characters other than white space a match of that rule holds from the line's start to its
#: end (its pattern without its ``\s``, measured by the regex parser; tests check it).
AGENCY_ALONE_WIDTH = 143
#: What of it the agency's desk before a further slash may take ("Getty Images Sport/...": two words of up to 13
#: letters): a line without a slash holds none, so it is measured against the width without it.
_AGENCY_DESK_WIDTH = 26
# "Submitted photo", "Foto cedida": the guard needs the verb ("supplied" in "previously supplied
# machines" let a line through); every branch names the picture too
_HANDED_IN_RULE = 22
_HANDED_IN_PICTURES = ("photo", "image", "picture", "foto", "фото")
_NAME_AGENCY_RULE_AT = 21  # "Jane Doe, AP": a name of up to five words before the comma
_NAME_WORDS = 6  # five words, and what up to three non-word characters opening the line may add
_NAME_PARTICLES = frozenset({"de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du", "dos", "das", "y", "e"})


@functools.cache
def _rules_needing() -> tuple[int, Any]:
    """(the rules needing no string, as a bit mask; an automaton over every string a rule of
    :data:`_IMAGE_CREDIT` needs, each string's value the mask of the rules needing it), built on first use."""
    always = 0
    masks: dict[str, int] = {}
    for index, rule in enumerate(_IMAGE_CREDIT):
        needs = rule.needs
        if needs is None:
            always |= 1 << index
            continue
        for x in needs:
            masks[x] = masks.get(x, 0) | 1 << index
    return always, automaton(masks.items())


def rules_holding(folded: str) -> int:
    """The rules of :data:`_IMAGE_CREDIT` whose guard lets the line whose
    :func:`~archiver.extract.cue_match.cue_fold` is ``folded`` through (it holds a string the rule's
    matches need, or the rule needs none), as a bit mask by rule index.

    Why: a credit candidate asked each of the 31 rules' guards in turn, ~25 us a line even where none
    let it through (a long paragraph holding "source" or "epa"; issue 13). One reading of the line
    reports every needed string it holds (overlapping ones too), so a rule left out could only have
    been turned away by its guard: the same rules are tried, in the same order
    (tests/test_extract_speed_credit_rules.py)."""
    mask, found = _rules_needing()
    if found is not None:
        for _, rules in found.iter(folded):
            mask |= rules
    return mask


def rule_may_match(index: int, line: str, folded: str) -> bool:
    """Whether ``line`` holds what every match of rule ``index`` holds besides its guard's words
    (a necessary condition: False means the rule finds nothing in the line); ``folded`` is
    :func:`~archiver.extract.cue_match.cue_fold` of ``line``. An agency alone opening the line
    makes it the whole line, a few words; "Name, Agency" opens the line with the name."""
    seps = _RULE_SEPARATORS_BY_INDEX[index]
    if seps is not None and not any(s in line for s in seps):
        return False
    if index == _HANDED_IN_RULE and not any(w in folded for w in _HANDED_IN_PICTURES):
        return False
    if index == _NAME_AGENCY_RULE_AT:
        cut = [at for at in (line.find(","), line.find(" via ")) if at != -1]
        words = line[:min(cut)].split() if cut else line.split()
        # the first two words may hold what opens the line ("- (Jane Doe, AP"); the others are the
        # name's: capitalised, or a particle ("Jane de la Doe")
        return len(words) <= _NAME_WORDS and all(w[0].isupper() or w in _NAME_PARTICLES for w in words[2:])
    if index == _AGENCY_ALONE and not any(ch in line for ch in "/|(•·"):
        return line[:1].isalnum() and len("".join(line.split())) <= AGENCY_ALONE_WIDTH - _AGENCY_DESK_WIDTH
    return True


_LIBRARY_URL_RULE = len(_IMAGE_CREDIT_PATTERNS) - 1  # a picture library's address alone
_TRUNCATED = lazy_re.compile(r"(\.\.\.|…)\W{0,2}$")
_CREDIT_RULE_GROUP = ("marker", "marker", "marker", "marker_agency", "credit_word", "credit_word", "credit_word",
                      "credit_word", "credit_word", "credit_word", "source", "copy_sign",
                      "copy_sign", "agency", "agency", "agency", "handle", "marker_name", "source_any", "slash", "paren_slash",
                      "agency", "marker_name", "marker_name", "agency", "platform",
                      "credit_word", "credit_word", "marker", "marker", "credit_word", "platform", "marker", "agency", "source_any", "source")
_LABELLED_MARKER_RULE = len(_IMAGE_CREDIT_PATTERNS) - 4  # "Foto und Styling:", "Image illustrative :"
_AGENCY_LEAD_RULE = len(_IMAGE_CREDIT_PATTERNS) - 3  # "dpa/Jane Doe Im Oktober ..." in a caption
_BARE_SOURCE_RULE = len(_IMAGE_CREDIT_PATTERNS) - 2  # "..., Quelle SLF Davos" closing a figure's caption
_NAME_AGENCY_RULE = _IMAGE_CREDIT_PATTERNS.index(_NAME_AGENCY)  # "Jane Doe, AP": in a caption or credit element
_FOR_OUTLET_RULE = _IMAGE_CREDIT_PATTERNS.index(_FOR_OUTLET)  # "Jane Doe for Example News": in a credit element
_SUPPLIED_RULE = _IMAGE_CREDIT_PATTERNS.index(_SUPPLIED_CLOSING)  # "... upon arrival. Supplied": in a caption
_RULE_SEPARATORS_BY_INDEX = tuple(_RULE_SEPARATORS.get(p) for p in _IMAGE_CREDIT_PATTERNS)
assert _IMAGE_CREDIT_PATTERNS[_NAME_AGENCY_RULE_AT] is _NAME_AGENCY
assert _IMAGE_CREDIT_PATTERNS[_HANDED_IN_RULE] is _HANDED_IN
assert len(_CREDIT_RULE_GROUP) == len(_IMAGE_CREDIT_PATTERNS)
