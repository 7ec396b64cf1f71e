"""Four notices of notices-blind17's first run that no cue of the lexicon reads on the line as the page sets it
(round b17notice; bench/labels/README.md, "notices-blind17"):

- a note that the page reproduces a press release ("This is a press release which we link to from ...", "The
  following is a press release issued by ...", "Dies ist eine Pressemitteilung ...", "Ceci est un communiqué de
  presse ...", "Este es un comunicado de prensa ...", "Questo è un comunicato stampa ...", "Este é um comunicado de
  imprensa ...", "Это пресс-релиз ..."): where the text comes from, a republication, as a syndication note is. The
  page must name itself ("this", "the following", "dies", "ceci", ...); a story's sentence about someone's press
  release ("The company issued a press release", "..., the spokesman said") names another text;
- a sponsorship line that ends on its agent's preposition, the sponsor's name alone on the next line ("This
  newsletter is sponsored by" / "AG1", a logo's link): read as one disclosure, the two lines joined. The line must
  point at the page ("This newsletter", "Today's episode", "Dieser Newsletter", "Cette newsletter", "Este boletín",
  ...): "The regatta was sponsored by" is a story's sentence the layout broke;
- an AI picture generator named after a dash or a bar closing a picture's caption ("“<prompt>” - ChatGPT Images",
  "... – DALL-E 3", "... — généré avec Midjourney", "... - generada con DALL·E", "... — сгенерировано Midjourney"):
  the picture's credit, as "Photo: Jane Doe" is. A caption naming the tool as what is pictured has no such closing.

- the writer's note that they updated the piece ("In addition to ..., I’ve recently updated the recommendations to
  discuss ...", "We have revised this guide ...", "Wir haben diesen Ratgeber aktualisiert", "J’ai mis à jour cet
  article", ...): an update notice about the article, a correction by the labels' convention (noticeleft51). The
  writer in the first person and the piece or its verdicts as what was updated: "We updated the app to fix the login
  bug" (a product), "We have updated our privacy policy" (the site's terms) name no piece. A verb of checking may
  come first ("I've rechecked and updated this guide for 2025", "J'ai vérifié et mis à jour ce guide", "He revisado y
  actualizado esta guía", "Я перепроверил и обновил это руководство": review rvn60, b19notice's words with the piece
  as their object); "I've rechecked and updated the tide tables in my logbook" still names no piece.

Why a module of its own: the press release and the sponsor's line hold no cue the model reads as a notice (the one a
dangling "by", which the model scores low), and the generator closing a caption is no marked credit form; each is read
here by pattern, behind a cheap test of the line (a few words, a dash, a line's last word), in EN DE FR ES IT PT RU.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from archiver.core import lazy_re
from archiver.extract.cue_match import Guarded, NeededStrings, cue_fold
from archiver.extract.model import Notice
from archiver.extract.notice_credit_forms import _AI_TOOL
from archiver.extract.page_lines import CTX_CAPTION, CTX_COMMENT, CTX_CREDIT, CTX_LINK, CTX_NAV

_F = re.IGNORECASE

# ----------------------------------------------------------------------------- a press release reproduced

#: The page naming itself a press release, at the line's start.
_PRESS_RELEASE = Guarded(lazy_re.compile(
    r"^\W{0,3}((this|the following|what follows|below) (is|was) (a|an|the)( official)? press release\b|"
    r"this (article|post|story|text|content|page|announcement) is (a|an)( official)? press release\b|"
    r"this press release (was|is|has been) (issued|provided|distributed|published|submitted|supplied)\b|"
    r"(dies|das|folgendes) ist eine (pressemitteilung|presseerklärung|presseinformation)\b|"
    r"bei (diesem|dem folgenden) (text|beitrag|artikel) handelt es sich um eine "
    r"(pressemitteilung|presseerklärung|presseinformation)\b|"
    r"(der folgende|dieser) (text|beitrag|artikel) ist eine (pressemitteilung|presseerklärung|presseinformation)\b|"
    r"(ceci|cet article|ce texte|le texte suivant|ce qui suit) est un communiqué( de presse)?\b|"
    r"(este|esta|el siguiente|la siguiente|este artículo|este texto) es (un|una) (comunicado de prensa|nota de prensa)\b|"
    r"(questo|questo articolo|questo testo|il seguente|quanto segue) è un comunicato( stampa)?\b|"
    r"(este|esta|este artigo|este texto|o seguinte|a seguinte) é (um|uma) (comunicado( de imprensa| à imprensa)?|"
    r"nota de imprensa|press release)\b|"
    r"(это|данный материал|этот материал|этот текст|данный текст)( является)? пресс-релиз\w*)", _F))
#: A sentence reported as someone's ("..., the spokesman said."): a story's sentence, no note of the page's own.
_REPORTED = lazy_re.compile(
    r",\s+([^\W\d_]+\s+){0,4}(said|says|told|wrote|added|sagte|sagt|erklärte|a (déclaré|dit|expliqué)|dijo|afirmó|"
    r"explicó|ha detto|ha spiegato|disse|afirmou|сказал\w*|заявил\w*)\b|\b(according to|laut|selon|según|segundo|"
    r"secondo|по словам)\b", _F)
_PRESS_WORDS = ("press release", "pressemitteilung", "presseerklärung", "presseinformation", "communiqué",
                "comunicado", "nota de prensa", "nota de imprensa", "comunicato", "пресс-релиз")
_FOUND: list[NeededStrings] = []
#: The shortest and longest line read as the note ("Это пресс-релиз.", 16; a note of three sentences).
_MIN_NOTE, _MAX_NOTE = 15, 400
#: The lengths of a stripped line read as either note (for a caller that reads the page's words for them).
NOTE_SPAN = (_MIN_NOTE, _MAX_NOTE)


def _press_words() -> NeededStrings:
    if not _FOUND:
        _FOUND.append(NeededStrings(_PRESS_WORDS))
    return _FOUND[0]


def press_release_note(line: str) -> Notice | None:
    """The line whole as a republication when it is the page's note that it is a press release, else None."""
    text = line.strip()
    if not _MIN_NOTE <= len(text) <= _MAX_NOTE or not _press_words().any_in(text.casefold()):
        return None
    # (the pattern opens with "^": its search is its match, tried only where the line holds what its matches need)
    if _PRESS_RELEASE.search(text, cue_fold(text)) and not _REPORTED.search(text):
        return Notice("republished_from", text)
    return None


# ----------------------------------------------------------------------------- a sponsor named on the next line

#: The line's last words: a sponsoring participle and its agent's preposition (EN DE FR ES IT PT; RU "при поддержке").
_SPONSORED_BY = lazy_re.compile(
    r"\b((sponsored|presented|brought to you|powered|supported|underwritten|made possible) by|"
    r"(gesponsert|präsentiert|unterstützt|ermöglicht) (von|durch)|"
    r"(sponsorisée?s?|présentée?s?|offerte?s?|soutenue?s?) par|(patrocinad[oa]s?|presentad[oa]s?|ofrecid[oa]s?) por|"
    r"(sponsorizzat[oaie]|offert[oaie]|presentat[oaie]) da|(patrocinad[oa]s?|apresentad[oa]s?|oferecid[oa]s?) (por|pel[oa])|"
    r"при поддержке)\s*:?\s*$", _F)
#: The line points at the page it is on ("This newsletter", "Today's episode", "Dieser Newsletter", "Cette newsletter").
_THIS_PIECE = lazy_re.compile(
    r"^\W{0,3}(this|today['’]s|this week['’]s|this month['’]s|dies(er|e|es)?|heutige[rsn]?|ce|cet|cette|este|esta|"
    r"questo|questa|quest['’]|этот|эта|это|данный|данная|сегодняшн\w+)\b", _F)
#: A preposition the line can end on (checked before the pattern: most lines end on another word).
_LAST_WORDS = frozenset(("by", "von", "durch", "par", "por", "da", "pelo", "pela", "поддержке"))
#: The most words of the sponsor's line and of the name under it.
_SPONSOR_LINE_WORDS, _NAME_WORDS, _NAME_CHARS = 12, 5, 60
_NAME_END = lazy_re.compile(r"[.!?:;,]\s*$")


def sponsor_over_name(lines: Sequence[str], contexts: Sequence[int], i: int) -> Notice | None:
    """The sponsor's line and the name under it as one disclosure, or None (see the module's docstring)."""
    line = lines[i].rstrip(" :")
    words = line.split()
    if not words or words[-1].casefold() not in _LAST_WORDS or len(words) > _SPONSOR_LINE_WORDS or i + 1 >= len(lines):
        return None
    name = lines[i + 1].strip()
    if (contexts[i] | contexts[i + 1]) & (CTX_NAV | CTX_COMMENT) or contexts[i] & CTX_LINK:
        return None
    if not name or len(name) > _NAME_CHARS or len(name.split()) > _NAME_WORDS or _NAME_END.search(name):
        return None
    if not (_SPONSORED_BY.search(line) and _THIS_PIECE.match(line)):
        return None
    return Notice("sponsored", f"{lines[i].strip()} {name}")


# ----------------------------------------------------------------------------- an AI generator closing a caption

#: A dash or a bar, then the generator, perhaps after "generated with" and its forms, closing the caption.
_AI_CLOSING = lazy_re.compile(
    r"\S\s+[-–—|]\s+(?P<credit>(((ai|ki|ia)[- ])?(generated|made|created|generiert|erstellt|générée?|créée?|"
    r"generad[oa]|cread[oa]|generat[oa]|creat[oa]|gerad[oa]|criad[oa]|сгенерирован\w*|создан\w*)"
    r"(\s+(with|by|in|using|mit|von|durch|avec|par|con|por|da|com|pel[oa]|в|с помощью|нейросетью))?\s+)?"
    + _AI_TOOL + r"(\s+(images?|image generator|ai|v?\d(\.\d)?))?)\W{0,2}$", _F)
_DASHES = ("-", "–", "—", "|")


def ai_caption_credit(line: str, ctx: int) -> Notice | None:
    """The AI generator closing a caption after a dash or a bar as the picture's credit, or None."""
    if not ctx & (CTX_CAPTION | CTX_CREDIT) or ctx & (CTX_NAV | CTX_COMMENT) or not any(d in line for d in _DASHES):
        return None
    m = _AI_CLOSING.search(line)
    return Notice("image_credit", m.group("credit").strip()) if m else None


# ----------------------------------------------------------------------------- the writer's update note

#: What a piece, or its verdicts, is called as the thing updated.
_PIECE_EN = r"(page|article|post|guide|review|list|ranking|rankings|recommendations|picks|comparison|piece|story)"
#: The writer in the first person, a verb of updating and the piece (EN DE FR ES IT PT RU).
_OWN_UPDATE = Guarded(lazy_re.compile(
    r"\b(i|we)\s*(['’]ve|have)?\s+(recently |just |since |now )?((re-?)?(checked|tested|verified|reviewed)\s+and\s+)?"
    r"(updated|revised|refreshed|reworked|expanded)\s+"
    r"(this|the|our|my)\s+" + _PIECE_EN + r"\b|"
    r"\b(ich|wir)\s+(habe|haben)\s+(diese[nsm]?|den|die|das|unsere[nmr]?|meine[nmr]?)\s+(seite|artikel|beitrag|ratgeber|"
    r"vergleich|empfehlungen|liste|text)\b[^.!?]{0,60}\b(aktualisiert|überarbeitet|ergänzt)\b|"
    r"\b(j['’]ai|nous avons)\s+(récemment\s+)?((vérifié|revu|relu|contrôlé|testé)\s+et\s+)?(mis à jour|actualisé|révisé)\s+"
    r"(cette|cet|ce|la|le|les|nos|mes)\s+"
    r"(page|article|guide|liste|recommandations|classement|comparatif)\b|"
    r"\b(he|hemos)\s+((revisado|comprobado|verificado|probado)\s+y\s+)?(actualizado|revisado)\s+(recientemente\s+)?"
    r"(esta|este|la|el|las|los|nuestras?|nuestros?|mis)\s+"
    r"(página|artículo|guía|lista|recomendaciones|clasificación|comparativa)\b|"
    r"\b(ho|abbiamo)\s+(recentemente\s+)?((ricontrollato|controllato|verificato|rivisto|testato)\s+e\s+)?"
    r"(aggiornato|rivisto)\s+(questa|questo|la|il|le|i|nostre?|nostri)\s+"
    r"(pagina|articolo|guida|lista|raccomandazioni|classifica|confronto)\b|"
    r"\b(atualizei|atualizamos|revisei|revisamos)\s+(recentemente\s+)?(esta|este|a|o|as|os|nossas?|nossos?)\s+"
    r"(página|artigo|guia|lista|recomendações|classificação|comparação)\b|"
    r"\b(я|мы)\s+(недавно\s+)?((пере)?провери\w*\s+и\s+)?(обновил\w*|переработал\w*|дополнил\w*)\s+"
    r"((эту|этот|это|данную|данный|данное|наш\w*|мо\w+)\s+)?"
    r"(страниц\w+|стать\w+|материал\w*|обзор\w*|рейтинг\w*|рекомендаци\w+|список|руководств\w*)", _F))
_UPDATE_WORDS = ("updated", "revised", "refreshed", "reworked", "expanded", "aktualisiert", "überarbeitet", "ergänzt",
                 "mis à jour", "actualisé", "révisé", "actualizado", "revisado", "aggiornato", "rivisto", "atualiz",
                 "revise", "обновил", "переработал", "дополнил")
_UPDATE_FOUND: list[NeededStrings] = []


def own_update_note(line: str) -> Notice | None:
    """The line whole as a correction when it is the writer's note that they updated the piece, else None."""
    text = line.strip()
    if not _MIN_NOTE <= len(text) <= _MAX_NOTE:
        return None
    if not _UPDATE_FOUND:
        _UPDATE_FOUND.append(NeededStrings(_UPDATE_WORDS))
    if not _UPDATE_FOUND[0].any_in(text.casefold()):
        return None
    return Notice("correction", text) if _OWN_UPDATE.search(text, cue_fold(text)) and not _REPORTED.search(text) else None


#: The two notes' words (a press release's, an update's): a line holding none is neither note.
NOTE_WORDS = (*_PRESS_WORDS, *_UPDATE_WORDS)
_ANY_FOUND: list[NeededStrings] = []


def page_note(lines: Sequence[str], contexts: Sequence[int], i: int, held: bool | None = None) -> Notice | None:
    """The notice line ``i`` is by one of the module's four forms, or None.

    Asked of every line of every page: a line is read once for the two notes' words together (one automaton, the
    line folded once), its last word looked at for the sponsor's line, its context for the caption's closing; the
    patterns run only where those let them. A first form, each form's own test on every line, cost 39.0 -> 41.1 ms a
    page of blind17's 44 (extraction, best of three, CPU); this one is level with the base (38.6 -> 37.9).

    ``held``: whether the line holds one of :data:`NOTE_WORDS`, where the caller read the page for them already
    (:class:`~archiver.extract.line_words.WordGroups`: ``find_notices`` reads them with the statements' words, the
    page's lines folded once); None: looked for here."""
    line = lines[i]
    ctx = contexts[i]
    if ctx & (CTX_CAPTION | CTX_CREDIT):
        credit = ai_caption_credit(line, ctx)
        if credit is not None:
            return credit
    end = line.rstrip(" :")
    if end[end.rfind(" ") + 1:].casefold() in _LAST_WORDS:
        sponsor = sponsor_over_name(lines, contexts, i)
        if sponsor is not None:
            return sponsor
    if len(line) < _MIN_NOTE or held is False:
        return None
    if held is None:
        if not _ANY_FOUND:
            _ANY_FOUND.append(NeededStrings(NOTE_WORDS))
        if not _ANY_FOUND[0].any_in(line.casefold()):
            return None
    return press_release_note(line) or own_update_note(line)
