"""Page notices: disclaimers, editor's notes, corrections, republication lines, sponsored labels
and image credits, found anywhere in the visible page and reported apart from the article text.

Main-text extraction drops footers and asides, which is exactly where these notices live, so we
read the page's visible lines instead. Rules are general phrasings in English, German, French,
Spanish and Russian (plus a few Portuguese and Polish ones that cost nothing), never rules for
one site. Each line gets at most one kind, checked in an order that follows what the text
*says*: an "Editor's note" announcing an update is a correction, one that limits responsibility
is a disclaimer. Bare footer links ("Disclaimer", "Corrections"), timestamps ("Updated: 18 Nov"),
ad-slot labels and site copyright lines are deliberately not matched.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from archiver.extract.model import Notice

_F = re.IGNORECASE | re.UNICODE
_A = "['’`]"  # apostrophes as they appear on real pages
_NS = r"(?:[^.!?]|(?<=\d)\.|[.!?](?=\S))"

# {NS} = any character that does not end a sentence: dots inside "Politics.co.uk", "25. März"
# or "U.S." do not stop a phrase, a full stop followed by a space does.
_CORRECTION = [
    r"^\W{0,3}(correction|clarification|korrektur|richtigstellung|rectificatif|erratum|corrección|fe de erratas|исправление|уточнение)\b[^:]{0,60}:\s*\S",
    r"\b(this|the) (article|story|post|piece|report|column|interview) (has been|was|had been) (updated|corrected|amended|revised|changed|edited)\b",
    r"\b(an earlier|a previous|the original|an older) version of this (article|story|post|piece|report)\b",
    r"\b(this|the) (article|story) (originally|previously|incorrectly) (misidentified|misstated|said|reported|stated|described|referred)\b",
    r"^\W{0,3}update[ds]?\b[^:]{0,50}:\s*.*?\b[^\W\d_]{2,}\s+[^\W\d_]{2,}\s+[^\W\d_]{2,}\b",
    r"\b(dieser|der|unser) (artikel|beitrag|text|bericht){NS}{0,80}\bwurde{NS}{0,80}\b(aktualisiert|korrigiert|berichtigt|geändert|ergänzt|überarbeitet)\b",
    r"\bin einer (früheren|ersten|vorherigen|älteren) (version|fassung) (dieses|des) (artikels|beitrags|textes)\b",
    r"\b(erstmals|zuerst) veröffentlicht und{NS}{0,60}\baktualisiert\b",
    r"\b(cet|lAPOS) article{NS}{0,120}\b(a été|a fait lAPOSobjet dAPOSune) (mis à jour|mise à jour|corrigé|modifié|actualisé)",
    r"\bune (précédente|première|ancienne) version de cet article\b",
    r"\b(este|el) (artículo|texto|reportaje) (ha sido|fue) (actualizado|corregido|modificado)\b",
    r"\buna versión anterior de (este|esta) (artículo|nota|texto)\b",
    r"\b(статья|материал|текст) (был[ао]? )?(обновл[её]н[ао]?|исправлен[ао]?|дополнен[ао]?)\b",
    r"^\W{0,3}(rettifica|correzione|errata corrige|correção|errata)\b[^:]{0,60}:\s*\S",
    r"\b(questo|l|quest) ?APOS?(articolo|pezzo|testo) (è|e APOS) stat[oa] (aggiornat|corrett|modificat|rettificat)[oa]\b",
    r"\buna (versione precedente|prima versione) di questo (articolo|pezzo|testo)\b",
    r"\b(este|o|esta|a) (artigo|texto|reportagem|matéria|notícia) foi (atualizad|corrigid|modificad)[oa]\b",
    r"\buma versão anterior dest[ea] (artigo|texto|reportagem|matéria)\b",
]

_DISCLAIMER = [
    r"^\W{0,3}([\w’']+ )?(disclaimer|haftungsausschluss|avertissement|descargo de responsabilidad|aviso legal|отказ от ответственности)\b[^:]{0,80}[:：—–-]\s*\S.{20,}",
    r"\b(views|opinions|views and opinions|statements|contents?)\b{NS}{0,120}\b(do|does) not (necessarily )?(reflect|represent|constitute)\b",
    r"\b(views|opinions|contents?)\b{NS}{0,80}\b(are|is) (solely |entirely |strictly )?(those|that) of the (author|writer|contributor)s?\b",
    r"\b(views|opinions)\b{NS}{0,80}\b(are|is) (the )?(author|writer|contributor)s?APOS?s? (own|alone)\b",
    r"\b(views|opinions) expressed by\b{NS}{0,80}\b(are|is) (their|his|her) own\b",
    r"\b(views|opinions) expressed\b{NS}{0,60}\b(are|is) (personal|their own|his own|her own|my own)\b",
    r"\b(of|the) sole responsibility of the author",
    r"\b(is|are) (provided |published )?(for|of a) (general )?(information(al)?|educational) (purposes|nature) only\b",
    r"\b(does not|do not|should not be|is not|are not) (constitute|intended as|considered|construed as|meant as|to be taken as){NS}{0,20}\b(financial|investment|legal|medical|tax|professional) advice\b",
    r"\b(accurate|correct|current) (as of|at) the (time|date) of (publication|writing)\b",
    r"\b(gibt|geben)\b{NS}{0,30}\b(die|ausschließlich die|allein die|nur die) (persönliche )?(meinung|ansicht|auffassung) de[rs] (autor|autorin|autoren|verfasser|gastautor)",
    r"\b(meinung|ansicht|auffassung){NS}{0,80}\bnicht (notwendigerweise|unbedingt|zwingend|immer) (die|der|mit der) (meinung|ansicht|haltung|position) (der|unserer) redaktion",
    r"\bfür den inhalt (der|dieser|des){NS}{0,80}\b(ist|sind) (allein |ausschließlich |der |die )?{NS}{0,60}\bverantwortlich\b",
    r"\b(stellt|stellen|ist|sind) keine (anlageberatung|rechtsberatung|steuerberatung|kaufempfehlung|anlageempfehlung)\b",
    r"\b(am|zum) (tag|zeitpunkt) der veröffentlichung\b",
    r"\bnAPOSengage(nt)? que (leurs?|son|ses|lAPOS|les) (auteurs?|signataires?)\b",
    r"\bne (reflète|reflètent|représente|représentent|traduit|traduisent) pas (nécessairement |forcément )?(lAPOSopinion|les opinions|la position|le point de vue|les vues)",
    r"\b(no|ni) (refleja|reflejan|representa|representan) (necesariamente )?(la|las|el|los) (opinión|opiniones|posición|postura|punto de vista)",
    r"\b(es|son) (de )?(exclusiva |entera )?responsabilidad (exclusiva )?de (su|sus|los|las) (autor|autora|autores|firmantes)",
    r"\b(são|é) de (inteira|exclusiva) responsabilidade d[oa]s? (autor|autora|autores)",
    r"\bмнение (автора|авторов|редакции){NS}{0,40}\b(может не совпадать|не обязательно совпадает)",
    r"\bредакция (не несет|не несёт) ответственност",
    r"\b(opinioni|opinione|contenuti|contenuto|testi|testo|articoli|articolo|autori|autore)\b{NS}{0,120}\bnon (riflettono|riflette|rappresentano|rappresenta) (necessariamente )?(lAPOSopinione|le opinioni|la posizione|il punto di vista|la linea)",
    r"\b(è|sono) (di )?(esclusiva|sola|piena) responsabilità (dellAPOS?|degli|della|del) ?(autore|autrice|autori)",
    r"\b(a|per) (scopo|fini) (puramente |esclusivamente )?(informativ[oi]|divulgativ[oi])\b",
    r"\bnon (costituisce|costituiscono|rappresenta) (in alcun modo )?(una )?(consulenza|sollecitazione|raccomandazione)\b",
    r"\b(opiniões|opinião|conteúdos?|textos?|artigos?|colunas?|autor(es)?)\b{NS}{0,120}\bnão (refletem|reflete|representam|representa) (necessariamente )?(a opinião|as opiniões|a posição|o ponto de vista|a linha)",
    r"\b(para )?fins (meramente |exclusivamente )?informativos\b",
    r"\bnão (constitui|constituem|representa) (uma )?(recomendação|aconselhamento|consultoria)\b",
]

_SPONSORED = [
    r"^\W{0,3}(sponsored|paid|promoted|partner) (post|content|article|story|feature)\W{0,3}$",
    r"^\W{0,3}(sponsored|presented|brought to you|paid for) by\b\s*\S",
    r"\b(this|the following|our) (post|article|content|story|deal|review|page|video|feature|guide){NS}{0,40}\b(is|was|has been){NS}{0,20}\b(sponsored|brought to you by|paid for by|produced in partnership with|created in partnership with)",
    r"\b(is|are|was|were) (sponsored|brought to you|paid for|underwritten) by\b",
    r"\b(may|might|could|will|can|we) (earn|receive|get|make|be paid) (an? )?(small |modest )?(affiliate )?(commission|share of (the )?(sales|revenue)|compensation|referral fee)",
    r"\b(contains?|includes?|may contain|uses?) (affiliate|referral|sponsored) (links?|and/or referral links)",
    r"\baffiliate (disclosure|links? (help|support))",
    r"\b(amazon services llc associates program|as an amazon associate|amazon associates? program)",
    r"\b(has been|was|were|is|are) (compensated|paid) by\b",
    r"\b(in )?paid partnership with\b",
    r"^\W{0,3}(anzeige|werbung)\s*[:|–-]\s*\w.{10,}",
    r"\b(beitrag|artikel|text|video){NS}{0,60}\b(in zusammenarbeit|in kooperation|in freundlicher kooperation|mit freundlicher unterstützung|im auftrag) (mit|von)\b",
    r"\b(entstand|entstanden|erstellt) in (freundlicher )?(zusammenarbeit|kooperation) mit\b",
    r"\baffiliate[- ]link",
    r"\b(provision|vergütung|kommission)\b{NS}{0,60}\b(erhalten|bekommen|verdienen)\b",
    r"^\W{0,3}(gesponsert|gesponserter beitrag|sponsored post|sponsoredpost)\W{0,3}$",
    r"\b(unbezahlte |bezahlte )?werbung (wegen|durch) (markennennung|verlinkung)",
    r"\bbezahlte partnerschaft\b",
    r"\b(contenu|article|publication) (sponsorisé|sponsorisée|partenaire|commandité)\b",
    r"\bliens? (dAPOSaffiliation|affiliés?|sponsorisés?)\b",
    r"\b(nous )?(pouvons |pourrions )?(percevoir|toucher|recevoir) une commission\b",
    r"\bpubli-?rédactionnel\b",
    r"\bcontenido (patrocinado|promocionado|pagado)\b",
    r"\benlaces? de afiliad[oa]s?\b",
    r"\b(podemos|podríamos|puede que) (recibir|ganar|obtener|cobrar) una comisión\b",
    r"\bна правах рекламы\b",
    r"\bпартн[её]рский материал\b",
    r"\bматериал (подготовлен|создан|опубликован) (при поддержке|совместно с|в партн[её]рстве)",
    r"\bcontenuto (sponsorizzato|promosso|pubblicitario|a pagamento|offerto da)\b",
    r"\blink (di affiliazione|affiliati|sponsorizzati)\b",
    r"\b(potremmo|possiamo|potrebbe) (ricevere|guadagnare|percepire) una (piccola )?commissione\b",
    r"\bconteúdo (patrocinado|pago|publicitário|de marca)\b",
    r"\blinks? (de afiliad[oa]s?|afiliad[oa]s?)\b",
    r"\b(podemos|poderemos|pode) (receber|ganhar) (uma )?(pequena )?comissão\b",
]

_REPUBLISHED = [
    r"\b(article|post|story|piece|essay|column|interview|commentary|op-ed|text|excerpt|review|report)\b{NS}{0,80}\b(was |is |were )?(originally|first|initially) (published|appeared|posted|ran|printed)\b",
    r"^\W{0,3}(originally|first) (published|appeared|posted) (on|in|at|by)\s+(?!\d|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d)",
    r"\b(republished|reprinted|reproduced|cross-?posted|syndicated) (here )?(with|by) (the )?(kind )?permission\b",
    r"\b(is|was) (republished|reprinted|reproduced|cross-?posted) from\b",
    r"^\W{0,3}(excerpted|adapted|reprinted) from\b",
    r"\bused (here )?(with|by) permission (of|from)\b",
    r"\bappeared (first|originally) (on|in|at)\b",
    r"\b(erschien|erschienen) (zuerst|erstmals|ursprünglich|bereits)\b",
    r"\b(zuerst|erstmals|ursprünglich) (erschienen|veröffentlicht|publiziert) (in|im|auf|bei|am)\b",
    r"\b(wurde|ist) (zuerst|erstmals|ursprünglich)\b{NS}{0,80}\b(veröffentlicht|erschienen|publiziert)\b",
    r"\b(mit freundlicher genehmigung|abdruck mit genehmigung) (von|des|der)\b",
    r"\b(stammen|stammt){NS}{0,60}\baus der freien enzyklopädie wikipedia\b",
    r"\b(initialement|originellement|dAPOSabord|originalement) (publié|paru|parue|publiée)s? (dans|sur|par|le|en|chez)\b",
    r"\b(publié|reproduit|republié)e?s? avec (lAPOSaimable )?(autorisation|permission)\b",
    r"\b(publicado|publicada|publicados) (originalmente|originariamente|inicialmente|primero) (en|por)\b",
    r"\b(originalmente|originariamente) (publicado|publicada) (en|por)\b",
    r"\breproducid[oa] con (permiso|autorización)\b",
    r"\b(впервые|первоначально|изначально) (опубликован[ао]?|вышла?|вышел|напечатан[ао]?)\b",
    r"\bпубликуется с (разрешения|согласия)\b",
    r"\bперепечатк[аи] с разрешения\b",
    r"\b(pubblicat|appars)[oa] (originariamente|originalmente|per la prima volta|inizialmente|in origine) (su|in|sul|sulla|da|nel|nella)\b",
    r"\b(ripubblicat|riprodott|tradott)[oa] (con il |con |su )?(gentile )?(permesso|autorizzazione|concessione)\b",
    r"\b(publicad|divulgad)[oa] (originalmente|originariamente|inicialmente|pela primeira vez) (em|no|na|por|pelo|pela)\b",
    r"\breproduzid[oa] com (a )?(permissão|autorização)\b",
]

_EDITORS_NOTE = [
    r"^\W{0,3}(editorAPOS?sAPOS? note|editorsAPOS note|editorial note|note from the editors?|ed\. note|authorAPOSs note)\s*[:—–-]\s*\S",
    r"^\W{0,3}note\s*:\s*{NS}{0,80}\b(this|the following) (article|story|post|piece|interview|text)\b",
    r"^\W{0,3}(anmerkung der redaktion|hinweis der redaktion|redaktioneller hinweis|anm\. d\. red\.)\s*:",
    r"^\W{0,3}hinweis\s*:\s*(der|dieser|dieses|das|die) (nachfolgende |folgende |vorliegende )?(artikel|beitrag|text|interview|gespräch)\b",
    r"^\W{0,3}(note de la rédaction|note de lAPOSéditeur|n\.?d\.?l\.?r\.?)\s*:",
    r"^\W{0,3}nota (del editor|de la redacción|del autor|de los editores)\s*:",
    r"^\W{0,3}(примечание редакции|от редакции|прим\. ред\.)\s*:?",
    r"^\W{0,3}(nota (della redazione|dellAPOSeditore|del direttore|dellAPOSautore)|n\.d\.r\.?)\s*:",
    r"^\W{0,3}nota (da redação|do editor|do autor|dos editores)\s*:",
]

# Image credits: a marker word, then the credit. "Photoshop", "Video: <title>" and "Credit
# Cards" do not match: the marker must be followed by a separator, "by", "courtesy" or an
# agency, and "credit" needs its colon.
_CREDIT_MARKER = (
    r"(featured |header |top |cover |lead |main |title |hero )?"
    r"(photo(graph)?s?|images?|pictures?|illustrations?|photo illustration|graphics?|"
    r"fotos?|fotografie|bild(er)?|bildquelle|bildnachweis|abbildung|titelbild|beitragsbild|"
    r"imagen(es)?|fotografía|ilustración|immagin[ei]|imagens?|fotografia|"
    r"фото(графия)?|иллюстрация|изображение|кадр|"
    r"zdjęcie|fot\.)"
)
_AGENCY = (
    r"(getty images|getty|reuters|afp|ap photo|associated press|shutterstock|istock(photo)?|"
    r"dpa|picture[- ]alliance|imago|epa(-efe)?|alamy|unsplash|pixabay|pexels|flickr|"
    r"wikimedia commons|wikimedia|wikipedia|sputnik|тасс|риа новости|xinhua|agencja gazeta|"
    r"east news|pap|nasa|keystone|anadolu|efe|europa press|belga|ansa)"
)
# Picture libraries: "Quelle: Pixabay" is a picture credit, "Quelle: dpa" may be the text's.
_PHOTO_LIBRARY = (
    r"(getty images|shutterstock|istock(photo)?|alamy|unsplash|pixabay|pexels|flickr|"
    r"wikimedia commons|wikimedia|wikipedia|imago|picture[- ]alliance)"
)
_IMAGE_CREDIT = [
    _CREDIT_MARKER + r"\s*(credits?|courtesy|source|quelle|crédit|crédito|автор)?\s*(:|：|©|\||/ )\s*\S.{1,150}$",
    r"(^|[.(|/:–—-]\s*)" + _CREDIT_MARKER + r"\s+(credits?\s*:?|by|von|de|par|por|courtesy( of)?|is from|is by|is courtesy of|via|mit freundlicher genehmigung)\s+[\w©(].{1,150}$",
    _CREDIT_MARKER + r"\s+" + _AGENCY + r"\b",
    r"\(?\b(credits?|crédit|crédito|bildrechte)\s*:\s*\S.{1,100}$",
    r"^\W{0,3}courtesy( of)?\s+[\w©].{1,100}$",
    r"\b(source|quelle|źródło|fuente|источник|autor|auteur)\s*:\s*(\S+/)?" + _PHOTO_LIBRARY + r"\b.{0,60}$",
    r"©\s*(?!\d)[\w][^©]{1,80}$",
    r"(^|[/|(]\s*)" + _AGENCY + r"\s*(/\s*[\w .-]{1,40})?\)?$",
    r"^\W{0,3}" + _AGENCY + r"\s*/\s*[\w .-]{1,40}$",
]
_COPYRIGHT_LINE = re.compile(
    r"all rights reserved|alle rechte|tous droits|todos los derechos|все права|wszelkie prawa|"
    r"^\W*(©|\(c\)|copyright)\s*(\d{4}|by )|\b(19|20)\d{2}\s*[-–]\s*(19|20)\d{2}\b|privacy|datenschutz|impressum",
    _F,
)
# A © line that names a year or a company form is the site's copyright, not a photo credit.
_SITE_COPYRIGHT = re.compile(
    r"\b(19|20)\d{2}\b|\b(gmbh|mbh|ag|kg|ltd|limited|inc|llc|plc|sa|s\.a|sp\. z o\.o|group|"
    r"verlag|corporation|corp|co\.|media|magazine)\b|^\W*copyright\b(?!\s*:)",
    _F,
)
_LEADING_MARKER = re.compile(r"^\W{0,3}" + _CREDIT_MARKER + r"\b", _F)
_ANY_MARKER = re.compile(_CREDIT_MARKER, _F)
_MARKER_RULES = 3  # the first three image-credit rules need a marker word: test it once
_LABEL_ONLY = re.compile(r"^[^\W\d][\w’' .]{0,28}:$")

_RULES: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...] = tuple(
    (kind, tuple(re.compile(p.replace("APOS", _A).replace("{NS}", _NS), _F) for p in pats))
    for kind, pats in (
        ("correction", _CORRECTION),
        ("disclaimer", _DISCLAIMER),
        ("sponsored", _SPONSORED),
        ("republished_from", _REPUBLISHED),
        ("editors_note", _EDITORS_NOTE),
        ("image_credit", _IMAGE_CREDIT),
    )
)
# Cheap prefilter: a rule of a kind can only match a line holding one of that kind's stems, so
# we find the stems with str.find over the whole page and try only those (line, kind) pairs.
_STEMS = {
    "correction": "correct clarif korrektur richtigstell rectificatif erratum erratas исправл "
    "уточн update version originally previously incorrectly aktualisiert korrigiert berichtigt "
    "geändert ergänzt überarbeitet fassung à jour corrigé modifié actualisé actualizado "
    "corregido modificado versión обновл дополн",
    "disclaimer": "disclaim haftungsaus avertissement descargo aviso отказ views opinion "
    "statement content responsib information educational advice meinung ansicht auffassung "
    "verantwortlich beratung empfehlung engage reflète reflet représente traduis refleja "
    "representa responsabilidad responsabilidade мнение редакци",
    "sponsored": "sponsor paid promoted partner brought commission compensation referral "
    "affiliate amazon compensated anzeige werbung zusammenarbeit kooperation unterstützung "
    "auftrag provision vergütung kommission gesponsert commandité affili publi patrocinado "
    "promocionado pagado afiliad comisión реклам партн материал",
    "republished_from": "published appeared posted printed ran republish reprint reproduc "
    "cross syndicated excerpted adapted permission erschien veröffentlicht publiziert "
    "genehmigung wikipedia publié paru autorisation permission publicad originalmente "
    "reproducid опубликован вышл вышел напечатан разрешени",
    "editors_note": "note anmerkung hinweis anm. ndlr n.d.l.r nota примечание от редакции прим.",
    "image_credit": "photo image picture pic illustration graphic video foto bild abbildung "
    "imagen ilustración фото иллюстрац изображен кадр zdjęcie fot. źródło credit crédit "
    "crédito courtesy quelle source © (c) copyright getty reuters afp associated press "
    "shutterstock istock dpa alliance imago epa alamy unsplash pixabay wikimedia sputnik тасс "
    "риа xinhua agencja east news pap",
}
# Italian and Portuguese cues (the rules above carry them since extractor version 3).
_STEMS_IT_PT = {
    "correction": "rettific correzion corrett aggiornat atualizad corrigid correção versione versão",
    "disclaimer": "riflett rappresent opinion responsabilità informativ consulenza refletem reflete "
    "informativos recomendação aconselhamento",
    "sponsored": "sponsorizz pubblicitario affiliat commission patrocinado publicitário afiliad comissão",
    "republished_from": "pubblicat appars ripubblic riprodott tradott divulgad reproduzid permesso "
    "autorizzazione permissão autorização",
    "editors_note": "n.d.r redazione redação",
    "image_credit": "immagin imagem imagens fotografia",
}
_KIND_STEMS = {kind: tuple(stems.split()) + tuple(_STEMS_IT_PT[kind].split()) for kind, stems in _STEMS.items()}


def _candidates(lines: list[str]) -> dict[int, set[str]]:
    """For each line index that may hold a notice, the kinds worth trying on it."""
    lowered = [line.lower() for line in lines]
    text = "\n".join(lowered)
    starts: list[int] = []
    pos = 0
    for low in lowered:
        starts.append(pos)
        pos += len(low) + 1
    out: dict[int, set[str]] = {}
    for kind, stems in _KIND_STEMS.items():
        max_len = _MAX_CREDIT_LINE if kind == "image_credit" else _MAX_LINE
        for stem in stems:
            at = text.find(stem)
            while at != -1:
                i = bisect_right(starts, at) - 1
                if 4 <= len(lowered[i]) <= max_len:
                    out.setdefault(i, set()).add(kind)
                nxt = starts[i + 1] if i + 1 < len(starts) else len(text)
                at = text.find(stem, nxt)
    return out


_SENTENCE_END = re.compile(r"[.!?…]\s+(?=[\"“«(]?[A-ZÀ-ÞА-ЯЁ])")
_MAX_LINE = 5000
_MAX_NOTICE = 600
_MAX_CREDIT_LINE = 300


def _span(line: str, start: int) -> str:
    """The notice text: from the start of the sentence holding the match to the line's end."""
    begin = 0
    for m in _SENTENCE_END.finditer(line, 0, start):
        begin = m.end()
    text = line[begin:].strip()
    if len(text) > _MAX_NOTICE:
        end = _SENTENCE_END.search(text, start - begin)
        text = text[: end.start() + 1] if end else text[:_MAX_NOTICE]
    return text


# Rules for reader comments ("Os comentários não representam a opinião do portal", "Die Kommentare
# der User geben nicht ... wieder") speak about the comments, not about the article: not a notice.
_COMMENT_RULES = re.compile(
    r"\b(comments|commenters|kommentare|leserkommentare|commentaires|comentarios|comentários|"
    r"commenti|комментарии|комментариев)\b",
    _F,
)


def classify_line(line: str, kinds: set[str] | None = None) -> Notice | None:
    """The notice a visible line carries, or None (``kinds`` limits the kinds tried)."""
    if len(line) > _MAX_LINE or len(line) < 4:
        return None
    if kinds is not None and "disclaimer" in kinds and _COMMENT_RULES.search(line):
        kinds = kinds - {"disclaimer"}
    rules = _RULES
    if _LEADING_MARKER.match(line):  # "Fotos: ... mit freundlicher Genehmigung" is a credit
        rules = _RULES[-1:] + _RULES[:-1]
    for kind, patterns in rules:
        if kinds is not None and kind not in kinds:
            continue
        if kind == "image_credit" and (len(line) > _MAX_CREDIT_LINE or _COPYRIGHT_LINE.search(line)):
            continue
        skip = _MARKER_RULES if kind == "image_credit" and not _ANY_MARKER.search(line) else 0
        for pattern in patterns[skip:]:
            m = pattern.search(line)
            if not m:
                continue
            if kind == "image_credit":
                text = line[m.start():].strip(" ()[]|/") or line
                copyright_line = text[:1] in "©(" or text[:9].lower() == "copyright"
                if copyright_line and _SITE_COPYRIGHT.search(text):
                    continue
                return Notice(kind, text)
            return Notice(kind, line if len(line) <= _MAX_NOTICE else _span(line, m.start()))
    return None


def _join_labels(lines: list[str]) -> list[str]:
    """Join a bare label line ("Фото:", "Editor's note:") to the line it introduces."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if i + 1 < len(lines) and _LABEL_ONLY.match(line):
            out.append(f"{line} {lines[i + 1]}")
            i += 2
            continue
        out.append(line)
        i += 1
    return out


def find_notices(lines: Iterable[str]) -> tuple[Notice, ...]:
    """Every notice in the page's visible lines, in page order, each distinct text once."""
    lines = _join_labels(list(lines))
    seen: set[str] = set()
    out: list[Notice] = []
    for i, kinds in sorted(_candidates(lines).items()):
        notice = classify_line(lines[i], kinds)
        if notice is not None and notice.text.casefold() not in seen:
            seen.add(notice.text.casefold())
            out.append(notice)
    return tuple(out)
