"""Notices whose whole line is a statement about the piece that no cue of the lexicon reads (round b16notice, from
notices-blind16's first run; bench/labels/README.md):

- the disclosure that the text was made with automation and checked by an editor ("This article was created using
  automation technology and thoroughly fact-checked and edited by <Editor>"): the piece named, made by automation or
  AI, then what a person did to it. A disclaimer, as the kinds table reads an AI disclosure ("This article was
  generated with the assistance of artificial intelligence and reviewed by an editor.", bench/notice_kinds.py);
  notices-blind16's label calls its one such line an editor's note (a kind miss there, kept for one convention);
- the note that what the piece says holds as of its publication date ("The information provided is based on the
  published date."): a disclaimer, as "accurate at the time of writing" is;
- the marker of the original text under an update set on top of it ("Below is the original announcement from
  12/16/25"): an editor's note, the piece's own history.

Each is read on a line that is that statement alone (a sentence or two, up to :data:`_MAX_LINE` characters), never in
a reader comment, in EN, DE, FR, ES, PT, IT and RU. Why a module of its own: the lines hold no stem of the cue lexicon
(:mod:`~archiver.extract.notice_cues`), so they are no candidates of the model; their forms are whole sentences, read
here by pattern only where a cheap word test lets them be (:data:`_WORDS`).
"""

from __future__ import annotations

import re

from archiver.core import lazy_re
from archiver.extract.model import Notice

_F = re.IGNORECASE

#: The piece, as the statements name it.
_PIECE = (r"(this|the) (article|story|post|piece|page|guide|content|report)|(dieser|der|dieses|das) (artikel|beitrag|text|"
          r"inhalt)|(cet|l['’]|cette|ce) ?(article|contenu|texte|page)|(este|el|esta|la) (artículo|texto|contenido|nota)|"
          r"(este|o|esta|a) (artigo|texto|conteúdo|matéria)|(questo|l['’]|questa) ?(articolo|testo|contenuto)|"
          r"эт(а|от|о|у) (стать\w*|материал\w*|текст\w*)")

#: The piece named, its auxiliary, a verb of making it and the automation or AI that made it (in either order: German
#: sets the verb last, "wurde mit Hilfe von KI erstellt"), then what a person did to it.
_AUTOMATION = lazy_re.compile(
    r"^\W{0,3}(" + _PIECE + r")\s+(was|has been|is|wurde|ist|a été|fue|ha sido|foi|è stato|è stata|был\w*)\s+"
    r"(?=[^.!?]{0,120}\b(created|generated|written|produced|erstellt|generiert|geschrieben|verfasst|créée?|générée?|"
    r"rédigée?|cread[oa]|generad[oa]|escrit[oa]|criad[oa]|gerad[oa]|creat[oa]|generat[oa]|scritt[oa]|создан\w*|"
    r"сгенерирован\w*|написан\w*)\b)"
    r"[^.!?]{0,80}\b(automation|automated|automatisierung|automatisiert\w*|automatisation|automatisée?|automatización|"
    r"automatizad[oa]|automação|automatizzat[oa]|automazione|автоматизац\w*|artificial intelligence|ai|ki|ia|ии|"
    r"künstliche[rn]? intelligenz|intelligence artificielle|inteligencia artificial|inteligência artificial|"
    r"intelligenza artificiale|искусственн\w+ интеллект\w*)\b[^.!?]{0,100}\b(edited|reviewed|fact-checked|checked|"
    r"verified|redigiert|geprüft|überprüft|bearbeitet|lektoriert|relue?|vérifiée?|éditée?|revisad[oa]|verificad[oa]|"
    r"editad[oa]|rivist[oa]|verificat[oa]|controllat[oa]|отредактирован\w*|проверен\w*)\b", _F)

_AS_OF_DATE = lazy_re.compile(
    r"^\W{0,3}(the )?(information|content|data|figures|prices)( provided| (in|on) this (article|page|post))?\s+"
    r"(is|are) (based on|accurate as of|current as of|valid as of|correct as of) the (published|publication|posted) date|"
    r"^\W{0,3}(die|alle) (angaben|informationen|inhalte)( in diesem (artikel|beitrag))? (beziehen sich auf|gelten zum|"
    r"entsprechen dem stand zum) (das |den )?(veröffentlichungsdatum|erscheinungsdatum|datum der veröffentlichung)|"
    r"^\W{0,3}les informations( fournies| de cet article)? (sont|reposent sur|se basent sur) (à jour à|valables à|"
    r"basées sur) la date de publication|"
    r"^\W{0,3}la información( proporcionada| de este artículo)? (se basa en|está actualizada a|es válida a) la fecha de "
    r"publicación|"
    r"^\W{0,3}as informações( fornecidas| deste artigo)? (se baseiam na|baseiam-se na|são válidas na) data de publicação|"
    r"^\W{0,3}le informazioni( fornite| di questo articolo)? (si basano sulla|sono aggiornate alla|sono valide alla) "
    r"data di pubblicazione|"
    r"^\W{0,3}информация( в (этой|данной) статье)? (актуальна|приведена) на (дату|момент) публикации", _F)

_ORIGINAL_BELOW = lazy_re.compile(
    r"^\W{0,3}(below is|below you will find|here is|what follows is|find below) the original "
    r"(announcement|post|article|story|piece|text|version|press release)\b|"
    r"^\W{0,3}(unten|nachfolgend|im folgenden) (finden sie |lesen sie |steht |folgt )?(die|der|den) "
    r"(ursprüngliche[n]?|originale?|originalen) (ankündigung|meldung|artikel|beitrag|text|fassung|pressemitteilung)\b|"
    r"^\W{0,3}(ci-dessous|voici),? (l['’]annonce|l['’]article|le texte|la version|le communiqué) (originale?|d['’]origine)\b|"
    r"^\W{0,3}(a continuación|debajo|abajo),? (se encuentra |está |puede leer )?(el anuncio|el artículo|el texto|la versión|"
    r"el comunicado) original\b|"
    r"^\W{0,3}(abaixo|a seguir),? (está |segue |encontra-se )?(o anúncio|o artigo|o texto|a versão|o comunicado) original\b|"
    r"^\W{0,3}(di seguito|qui sotto|sotto),? (trovate |si trova |è riportato |riportiamo )?(l['’]annuncio|l['’]articolo|"
    r"il testo|la versione|il comunicato) original[ei]\b|"
    r"^\W{0,3}ниже (приведен\w* |опубликован\w* )?(исходн\w+|первоначальн\w+|оригинальн\w+) (объявлени\w+|стать\w+|"
    r"текст\w*|верси\w+|сообщени\w+)", _F)

#: A line holding none of these words can match no pattern above: the patterns are tried only on a line holding one.
_WORDS = ("automat", "automação", "автоматизац", " ai ", " ki ", " ia ", "ии", "intelligen", "интеллект",
          "date", "datum", "fecha", "data", "дату", "момент",
          "original", "ursprüngl", "d'origine", "d’origine", "исходн", "первоначальн", "оригинальн")
#: The longest line read as one of these statements.
_MAX_LINE = 320


def statement_notice(line: str) -> Notice | None:
    """The notice ``line`` is by one of the statements of the module's docstring, the line whole, or None."""
    text = line.strip()
    if not text or len(text) > _MAX_LINE:
        return None
    low = f" {text.casefold()} "
    if not any(w in low for w in _WORDS):
        return None
    if _ORIGINAL_BELOW.search(text):
        return Notice("editors_note", text)
    if _AUTOMATION.search(text) or _AS_OF_DATE.search(text):
        return Notice("disclaimer", text)
    return None
