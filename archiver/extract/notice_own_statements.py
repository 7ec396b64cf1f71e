"""What a site says of its own business and stance, in forms the cue lexicon does not read (round b19notice, from
notices-blind19's first run; bench/labels/README.md, "notices-blind19", "Where the misses came from"):

- a first-person affiliate tie said inside a longer paragraph ("..., and while we will participate in affiliate
  programs, if available, we do not accept payment ...", "While I do have affiliate relationships with some
  platforms, I only recommend tools I trust."): the sentence alone, a sponsorship disclosure. The model scores such a
  sentence low inside a methodology paragraph of the story's middle (no label, no place apart); the first person
  and the programme or relationship named are what makes it the page's own (a third party's, "the firm participates
  in ...", is :mod:`~archiver.extract.notice_participation`'s); so is a commission on what the reader buys through the
  page's links, the reader's act, "our links" and our earning in one sentence ("If you book through one of our links,
  we earn a small commission.", "Wenn du über einen unserer Links buchst, erhalten wir ...": review rvn60);
- the writer saying they rechecked and updated what the piece lists ("I’ve rechecked and updated the pricing &
  features of all platforms in this article for 2026"): an update note, a correction by the labels' convention
  (noticeleft51). :mod:`~archiver.extract.notice_page_notes` reads the piece as the verb's object ("I've updated this
  guide"); here the piece is where the updated things stand ("... in this article");
- the site's revenue model said beside the byline ("<Site> is able to offer our services for free because some
  vendors may pay us for web traffic ...") and a featured box's "This is a paid placement.": sponsored; without a
  modal the payment's purpose must be said ("... pay us to be featured"; "The vendors pay us a visit" is a story's);
- a vendor's disclosure that what it compares includes its own product ("Full disclosure: Mailercloud is our
  product."): a disclaimer, as the labels class "Full Disclaimer: We are an office furniture dealer and sell some of
  the products we review" (round b18notice): a conflict of interest stated, no payment received;
- an editor's introduction over a guest piece, set apart (italics, a note box) at the story's top and signed after a
  dash ("... this one’s for you.—Kate Lee"): an editor's note. An epigraph is signed so too: the introduction is
  told apart by presenting the piece ("<writer> describes how ...", "... explains", "erklärt", "explique") and by
  not being a quotation; or by a signature naming an editor's role ("—Jane Roe, Editor", "—Marie Roy, rédactrice en
  chef"), where a letter's signature names a place ("—John Smith, Portland") and an epigraph's a work (review rvn60);
- "The views expressed on this blog are those of the author(s) ... does not imply that <org> endorses ...": a
  disclaimer, its sentences up to where the line turns to the reader ("We invite you to ...", "If you have ...,
  please contact ..."). Written when the line's "comments or suggestions" hid the lexicon's cue (the reader comments'
  guard read the whole line); since review rvmod59 the guard reads the cue's sentence, the lexicon reads such a line
  and :func:`before_reader_turn` cuts its reading where this form cuts, so this form reads what the lexicon's cues
  do not word.

Each is read in EN, DE, FR, ES, IT and PT where the form exists, never in a menu, a link or a reader comment, and
never in a sentence reported as someone's (every form also asks :mod:`~archiver.extract.notice_reported`). Why a module of its own: notices.py is the candidates' one pass; these are
whole statements read by pattern where the words each needs are on the line (the cue stems' prefilter), as
:mod:`~archiver.extract.notice_statements` and :mod:`~archiver.extract.notice_page_notes` read theirs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from archiver.core import lazy_re
from archiver.extract.cue_match import automaton, cue_fold
from archiver.extract.model import Notice
from archiver.extract.notice_piece_cues import (
    AFFILIATE_WORDS,
    PAID_WORDS,
    PAYS_WORDS,
    PRODUCT_WORDS,
    UPDATE_WORDS,
    VIEWS_WORDS,
)
from archiver.extract.notice_reported import reported_as_someones
from archiver.extract.page_lines import (
    CTX_ASIDE,
    CTX_BOX,
    CTX_COMMENT,
    CTX_ITALIC,
    CTX_LINK,
    CTX_NAV,
    CTX_NOTE,
    CTX_SMALL,
)
from archiver.extract.sentence_marks import SENTENCE_END as _SENTENCE_END
from archiver.extract.sentence_marks import sentence_at as _sentence_at

_F = re.IGNORECASE

#: A sentence reported as someone's ("..., the company said", "according to ..."): no statement of the page's own.
_REPORTED = lazy_re.compile(
    r"[,”\"»]{1,2}\s+([^\W\d_]+\s+){0,4}(said|says|told|wrote|added|sagte|sagt|erklärte|a (déclaré|dit|expliqué)|dijo|"
    r"afirmó|explicó|ha detto|ha spiegato|disse|afirmou)\b|\b(according to|laut|selon|según|segundo|secondo)\b", _F)
_QUOTE_OPEN = ("\"", "“", "„", "«", "‘", "'")

# ----------------------------------------------------------------------------- a first-person affiliate tie

#: "we/I participate in / have / maintain affiliate programs / relationships / links / partnerships" (EN DE FR ES IT
#: PT): the page's own tie to what it recommends.
_OWN_AFFILIATE = lazy_re.compile(
    r"\b(we|i)( (will|may|also|do|sometimes|often))? (participate|take part|engage) in (various |some |several )?"
    r"affiliate (programs?|programmes?|marketing|partnerships?)\b|"
    r"\b(we|i)( (will|may|also|do|sometimes))? (have|maintain|hold) (an? )?(affiliate|affiliation) (relationships?|"
    r"partnerships?|agreements?|arrangements?|links?|ties)\b|"
    r"\b(wir|ich) (nehmen|nehme) (auch )?an ([\w-]+ ){0,2}(affiliate|partner)-?programm\w* teil\b|"
    r"\b(wir|ich) (haben|habe) ([\w-]+ ){0,2}(affiliate|partner)-?(partnerschaften|beziehungen|links|programme)\b|"
    r"\b(nous participons|je participe) à (des|certains|plusieurs) programmes d['’]affiliation\b|"
    r"\b(nous avons|j['’]ai) des (partenariats|relations|liens) d['’]affiliation\b|"
    r"\b(participamos|participo) en (algunos |varios )?programas de afiliad[oa]s\b|"
    r"\b(tenemos|tengo) (relaciones|acuerdos|enlaces) de afiliad[oa]s?\b|"
    r"\b(partecipiamo|partecipo) a (alcuni |diversi )?programmi di affiliazione\b|"
    r"\b(abbiamo|ho) (rapporti|accordi|link) di affiliazione\b|"
    r"\b(participamos|participo) (de|em) (alguns |vários )?programas de afiliad[oa]s\b|"
    r"\b(temos|tenho) (relações|parcerias|acordos|links) de afiliad[oa]s?\b|"
    # a commission on what the reader buys through our links (review rvn60): "If you book through one of our links, we
    # earn a small commission.", "Wenn du über einen unserer Links buchst, erhalten wir ...", "Si vous réservez via nos
    # liens, nous touchons ..."; the reader's act, our links, our earning and what is earned, in one sentence ("If you
    # click on our links to the minutes, we get a lot of email" earns nothing)
    r"\bif you (buy|book|purchase|order|shop|sign up|subscribe|click)\b[^.!?]{0,60}?\b(through|via|using|from|on) "
    r"(one of |any of )?(our|my) (affiliate )?links?\b[^.!?]{0,30}?,? (we|i) (may |might |could |will |sometimes )?"
    r"((earn|receive|get|make|collect)\b[^.!?]{0,40}?\b(commissions?|fees?|compensation|money|cut|share|percentage|"
    r"payments?|revenue|income)|(be|get) paid)\b|"
    r"\bwenn (du|sie|ihr)\b[^.!?]{0,60}?\b(über|via|durch) (einen |einem |einen der |einem der )?(unsere[rnm]?|meine[rnm]?) "
    r"(affiliate-|partner-)?links?\b[^.!?]{0,40}?,? (erhalten|bekommen|verdienen|kassieren) (wir|ich)\b"
    r"[^.!?]{0,40}?\b(provision|vergütung|prämie|geld|anteil|beteiligung)|"
    r"\bsi (vous|tu)\b[^.!?]{0,60}?\b(via|par|grâce à|à travers) (l['’]un de |un de )?(nos|mes) liens\b[^.!?]{0,30}?,? "
    r"(nous|je) (pouvons |pourrions |pourrons |pouvez )?(touch|recev|reçoi|perçoi|percev|gagn)\w*\b"
    r"[^.!?]{0,40}?\b(commissions?|rémunérations?|pourcentage|argent|part)\b|"
    r"\bsi (\w+ )?(compras|reservas|haces clic|adquieres|compra|reserva|contratas)\b[^.!?]{0,60}?\b(a través de|mediante|"
    r"desde|con|por) (uno de )?(nuestros|mis) enlaces\b[^.!?]{0,30}?,? (podemos |podríamos )?(recib|gana|cobra|obten)\w*\b"
    r"[^.!?]{0,40}?\b(comisi[oó]n|comisiones|compensaci[oó]n|dinero|porcentaje)\b|"
    r"\bse (acquisti|prenoti|compri|clicchi|acquistate|prenotate|comprate)\b[^.!?]{0,60}?\b(tramite|attraverso|con|da) "
    r"(uno dei |i )?(nostri|miei) link\b[^.!?]{0,30}?,? (potremmo |possiamo )?(ricev|guadagn|percep|ottien|otten)\w*\b"
    r"[^.!?]{0,40}?\b(commission[ei]|compens[oi]|percentuale|denaro)\b|"
    r"\bse (\w+ )?(comprar|reservar|clicar|adquirir|comprares|reservares)\b[^.!?]{0,60}?\b(através|por meio|por via|via) "
    r"(de |d[oa]s )?(um dos )?(nossos|meus) links\b[^.!?]{0,30}?,? (podemos |poderemos |poderíamos )?(receb|ganh|obt)\w*\b"
    r"[^.!?]{0,40}?\b(comiss(ão|ões)|compensaç(ão|ões)|dinheiro|percentagem|porcentagem)\b", _F)

# ----------------------------------------------------------------------------- the writer's update of what the piece lists

#: The writer in the first person, a verb of checking or updating, and the piece as where the things stand
#: ("I’ve rechecked and updated the pricing of all platforms in this article for 2026").
_UPDATED_IN_PIECE = lazy_re.compile(
    r"\b(i|we)\s*(['’]ve|have)?\s+([\w-]+ and )?(updated|re-?checked|refreshed|revised|re-?verified)\b[^.!?]{1,100}?"
    r"\b(in|throughout|across) (this|the|our|my) (article|post|guide|review|list|ranking|comparison|page|roundup)\b|"
    r"\b(ich|wir) (habe|haben)\b[^.!?]{1,100}?\b(in|auf) (diesem|unserem|meinem) (artikel|beitrag|ratgeber|vergleich|"
    r"test)\b[^.!?]{0,60}\b(aktualisiert|überprüft|überarbeitet)\b|"
    r"\b(j['’]ai|nous avons) ([\w-]+ et )?(mis à jour|vérifié|actualisé|révisé)\b[^.!?]{1,100}?\b(dans) (cet|ce|notre) "
    r"(article|guide|comparatif|classement)\b|"
    r"\b(he|hemos) ([\w-]+ y )?(actualizado|revisado|verificado)\b[^.!?]{1,100}?\b(en) (este|esta|nuestro|nuestra) "
    r"(artículo|guía|comparativa|clasificación)\b|"
    r"\b(ho|abbiamo) ([\w-]+ e )?(aggiornato|ricontrollato|verificato|rivisto)\b[^.!?]{1,100}?\b(in) (questo|questa|"
    r"nostro|nostra) (articolo|guida|confronto|classifica)\b|"
    r"\b(atualizei|atualizamos|verifiquei|verificamos|revisei|revisamos)\b[^.!?]{1,100}?\b(neste|nesta|no nosso|na nossa) "
    r"(artigo|guia|comparativo|ranking)\b", _F)

# ----------------------------------------------------------------------------- the site's revenue model

#: "vendors may pay us", "we are able to offer our services for free because ..." (anywhere in the line).
_PAYS_US = lazy_re.compile(
    r"\b(some |the )?(vendors|companies|partners|advertisers|brands|providers|merchants)( (listed|featured|mentioned))?"
    r"( (on|in) (this|our) (page|site|website|list))? (may|might|can) (pay|compensate) us\b|"
    # without a modal, the purpose said (review rvn60): "... pay us to be featured", not "pay us a visit"
    r"\b(some |the )?(vendors|companies|partners|advertisers|brands|providers|merchants)( (listed|featured|mentioned))?"
    r"( (on|in) (this|our) (page|site|website|list))?( (also|sometimes|often|do))? (pay|compensate) us (to (be )?"
    r"(feature|list|include|rank|promote|place|appear)\w*|for (placement|traffic|referrals?|leads|listings?|clicks|"
    r"inclusion|featur\w+|being (featured|listed|included)))\b|"
    r"\b(able to|can) offer (our|this|these) (services?|content|site|comparisons?|reviews?) (for free|free of charge|at no "
    r"cost)( to you)? because\b", _F)
#: "This is a paid placement." and its forms, opening the line.
_PAID_PLACEMENT = lazy_re.compile(
    r"\W{0,3}((this|the following) is a paid (placement|listing|promotion|partnership|advertisement|inclusion)\b|"
    r"(dies|das) ist eine (bezahlte (platzierung|anzeige|partnerschaft|einbindung)|kostenpflichtige platzierung)\b|"
    r"(ceci|il s['’]agit d['’]un) (est un )?(placement|emplacement|partenariat) (payant|rémunéré|sponsorisé)\b|"
    r"(esta|este) es (una|un) (colocación|ubicación|posicionamiento|inserción) (pagad[oa]|patrocinad[oa])\b|"
    r"questo è un (posizionamento|inserimento|annuncio) (a pagamento|sponsorizzato)\b|"
    r"(este|esta) é (um|uma) (posicionamento|inserção|colocação) (pag[oa]|patrocinad[oa])\b)", _F)

# ----------------------------------------------------------------------------- a vendor's own product disclosed

#: "(Full) disclosure: <product> is our product" and its forms: the label, then the product called the page's own.
_OUR_PRODUCT = lazy_re.compile(
    r"^\W{0,3}((full|fair|quick) )?(disclosure|disclaimer|transparency)\s*[:：]\s*[^.!?]{1,60}?\b(is|are) (our|my) "
    r"(own )?(products?|company|tools?|apps?|software|services?|platforms?|brand)\b|"
    r"^\W{0,3}((full|fair|quick) )?(disclosure|disclaimer|transparency)\s*[:：]\s*(we|i) (make|built|build|develop|"
    r"created|own|sell|run) (it|this (product|tool|app|platform|software)|[^.!?,]{1,40}, (one|two|some) of the)\b|"
    r"^\W{0,3}(offenlegung|transparenzhinweis|transparenz)\s*:\s*[^.!?]{1,60}?\bist (unser|mein) (eigenes )?(produkt|"
    r"tool|unternehmen|dienst)\b|"
    r"^\W{0,3}(transparence|divulgation)\s*:\s*[^.!?]{1,60}?\best (notre|mon) (propre )?(produit|outil|entreprise|"
    r"service|logiciel)\b|"
    r"^\W{0,3}(divulgación|transparencia|aviso)\s*:\s*[^.!?]{1,60}?\bes (nuestro|mi) (propio )?(producto|herramienta|"
    r"empresa|servicio)\b|"
    r"^\W{0,3}(trasparenza|divulgazione)\s*:\s*[^.!?]{1,60}?\bè il (nostro|mio) (prodotto|strumento|servizio)\b|"
    r"^\W{0,3}(divulgação|transparência|aviso)\s*:\s*[^.!?]{1,60}?\bé (o )?(nosso|meu) (próprio )?(produto|ferramenta|"
    r"serviço)\b", _F)

# ----------------------------------------------------------------------------- the views expressed on the blog

#: "The views expressed on this blog are those of the author(s)" and its forms.
_VIEWS_ON_BLOG = lazy_re.compile(
    r"^\W{0,3}(the )?(views|opinions)( and opinions)? expressed (on|in) this (blog|site|website|podcast|column|forum)\b"
    r"[^.!?]{0,40}\b(are|is) (solely )?(those|that) of\b|"
    r"^\W{0,3}(die )?in diesem (blog|podcast) (geäußerten|vertretenen) (meinungen|ansichten)\b|"
    r"^\W{0,3}les (opinions|points de vue) (exprimée?s|émises) (sur|dans) ce (blog|site|podcast)\b|"
    r"^\W{0,3}las (opiniones|puntos de vista) (expresad[oa]s|vertid[oa]s) en este (blog|sitio|podcast)\b|"
    r"^\W{0,3}le (opinioni|idee) espresse (su|in) questo (blog|sito|podcast)\b|"
    r"^\W{0,3}as (opiniões|visões) expressas neste (blog|site|podcast)\b", _F)
#: A sentence turning to the reader: the disclaimer ends before it.
_TO_THE_READER = lazy_re.compile(
    r"^\W{0,3}(we invite you|if you (have|would|want|need)|please|for (more|questions)|learn more|read more|contact|"
    r"wenn sie|bei fragen|si vous|pour (plus|toute)|si tiene|si usted|para (más|cualquier)|se (hai|avete|ha|você|tiver)|"
    r"per (ulteriori|domande))\b", _F)

# ----------------------------------------------------------------------------- an editor's signed introduction

#: The paragraph's end: a dash and the signing name, one to three capitalised words or initials, perhaps a role after a
#: comma ("—Jane Roe, Editor"; review rvn60).
_SIGNED = lazy_re.compile(r"\S\s?[—–]\s?(?P<name>(?-i:[A-ZÀ-Þ])[\w'’.-]+( (?-i:[A-ZÀ-Þ])[\w'’.-]+){0,2})"
                          r"(,\s?(?P<role>[^\W\d_][\w'’ -]{1,50}?))?\s*$", _F)
#: A role that makes the signer the publication's editor (EN DE FR ES IT PT RU): the introduction is the editors' whether
#: or not it presents the piece in :data:`_PRESENTS`' words. A letter's place ("—John Smith, Portland") and an epigraph's
#: source ("—Thomas Mann, Der Zauberberg") are no such role.
_EDITOR_ROLE = lazy_re.compile(
    r"^((deputy|managing|executive|senior|features?|opinion|section|guest|contributing|commissioning) )?"
    r"(editor|editors|editor-in-chief|editor in chief|editor-at-large)( of [\w'’ -]{1,30})?$|"
    r"^(stellvertretende[r]? )?(chefredakteur(in)?|redakteur(in)?|herausgeber(in)?|redaktionsleiter(in)?|"
    r"chefin vom dienst|chef vom dienst)$|"
    r"^(rédact(eur|rice)( en chef)?( adjointe?)?|directeur de la rédaction|directrice de la rédaction|éditeur|éditrice)$|"
    r"^((editor|editora|redactor|redactora)( jefe| en jefe)?|director|directora|jefe de redacción|jefa de redacción)$|"
    r"^(direttore|direttrice|caporedattore|caporedattrice|redattore|redattrice|vicedirettore|vicedirettrice)"
    r"( responsabile)?$|"
    r"^(editor|editora|editor-chefe|editora-chefe|diretor|diretora|redator|redatora|redator-chefe|redatora-chefe)$|"
    r"^(главный редактор|редактор|шеф-редактор|выпускающий редактор)$", _F)
#: The introduction presenting the piece and its writer (EN DE FR ES IT PT).
_PRESENTS = lazy_re.compile(
    r"\b(describes|explains|writes|shares|argues|outlines|shows|walks (you|us|readers) through|lays out|makes the case|"
    r"beschreibt|erklärt|schreibt|zeigt|erzählt|décrit|explique|écrit|montre|raconte|partage|describe|explica|escribe|"
    r"muestra|cuenta|comparte|descrive|spiega|scrive|mostra|racconta|condivide|descreve|escreve|conta|compartilha)\b", _F)
#: Where the introduction is set apart from the story.
_SET_APART = CTX_ITALIC | CTX_NOTE | CTX_BOX | CTX_SMALL | CTX_ASIDE
#: The shortest introduction read (an epigraph is mostly shorter), also the shortest line counted as a paragraph.
_MIN_INTRO = 120
#: Where the introduction stands: before the main text or in it; and the main text's places.
_TOP = ("before_main", "main_edge", "main_middle")
_MAIN = ("main_edge", "main_middle")

#: How far into the line the forms read at its start look for their words.
_OPENING = 80


#: Each form's words, and whether it reads them in the line's opening only.
_FORM_WORDS = (("product", PRODUCT_WORDS, True), ("paid", PAID_WORDS, True), ("views", VIEWS_WORDS, True),
               ("pays", PAYS_WORDS, False), ("affiliate", AFFILIATE_WORDS, False), ("update", UPDATE_WORDS, False))
_FORMS: list[Any] = []


def _forms(low: str) -> set[str]:
    """The forms whose words the lower-cased line holds (where each reads them): one automaton's reading of the line
    (a test of every word with ``in`` cost 0.13 ms of the batch page's 22 candidate lines)."""
    if not _FORMS:
        _FORMS.append(automaton((w, (form, opening)) for form, words, opening in _FORM_WORDS for w in words))
    return {form for end, (form, opening) in _FORMS[0].iter(low) if not opening or end < _OPENING}


#: The shortest line read, and the longest read whole.
_MIN_LINE, _MAX_WHOLE = 20, 600
#: Where none of these statements stands.
_NOT_HERE = CTX_NAV | CTX_LINK | CTX_COMMENT


def _whole_or_sentence(line: str, m: re.Match[str]) -> str:
    """The line whole when it is short enough to be the statement alone, else the sentence of the match."""
    text = line.strip()
    return text if len(text) <= _MAX_WHOLE else _sentence_at(line, m.start(), m.end())


def _up_to_reader(line: str, after: int = 0) -> str:
    """The line's sentences up to the first after ``after`` that turns to the reader (:data:`_TO_THE_READER`)."""
    for m in _SENTENCE_END.finditer(line, after):
        if _TO_THE_READER.match(line[m.end():]):
            return line[:m.start() + 1].strip()
    return line.strip()


def before_reader_turn(line: str, kind: str) -> str:
    """A disclaimer's line up to the first sentence after its last cue that turns to the reader, when what follows
    names the reader comments ("... We cannot diagnose conditions through this website. We invite you to ... If you
    have concerns, comments or suggestions ..., please contact ..."): the site's invitation, no part of the disclaimer.
    Review rvmod59: the reader comments' guard no longer hides such a line's cue (it reads the cue's sentence, and the
    comments stand in the invitation), so the cue's reading cuts where the own statement's "views expressed" form cut
    (:func:`_up_to_reader`). An invitation naming no comments stays the disclaimer's, as the labels have it ("... It
    might contain mistakes. If you have any doubts, please read the original in German.": dev8). Other kinds: whole."""
    if kind != "disclaimer":
        return line
    from archiver.extract.notice_features import _COMMENT_RULES, _CUES  # noqa: PLC0415 - it reads notice_cues, which reads our words

    folded = cue_fold(line)
    if not _COMMENT_RULES.search(line, folded):
        return line
    ends = [m.end() for m in _CUES[kind].matches(line, folded)]
    cut = _up_to_reader(line, max(ends)) if ends else line
    rest = line.strip()[len(cut):]
    return cut if rest and _COMMENT_RULES.search(rest, cue_fold(rest)) else line


def own_statement(lines: Sequence[str], contexts: Sequence[int], i: int,
                  place: Callable[[int, str], str | None] | None = None, stemmed: bool = True) -> Notice | None:
    """The notice line ``i`` is by one of the module's forms, or None. ``place`` gives a line's place against the main
    text (``notices._Positions.of``), asked by the editor's introduction only (None: not known); ``stemmed`` whether
    the line holds a cue stem (``notices.lines_with_stems``): a line holding none holds none of the words the forms
    need but the introduction's (:mod:`~archiver.extract.notice_piece_cues` makes them stems), and is read for the
    introduction only. Asked of every line: a first form read every line's words with an automaton of its own (0.2 ms
    of the batch page's 130 lines, +0.4 ms an extraction); the stems' one reading of the page tells which lines may
    hold them, and one automaton of the forms' words reads those (22 lines there)."""
    line = lines[i]
    if len(line) < _MIN_LINE or contexts[i] & _NOT_HERE:
        return None
    if contexts[i] & _SET_APART and len(line) >= _MIN_INTRO and ("—" in line or "–" in line):
        intro = _signed_introduction(lines, contexts, i, place)
        if intro is not None:
            return intro
    if not stemmed:
        return None
    forms = _forms(line.lower())  # (as the stems are read: casefold makes "geäußert" "geäussert")
    if not forms:
        return None
    text = line.strip()
    if text.startswith(_QUOTE_OPEN):
        return None
    found = _read_forms(text, forms)
    # someone's words the story reports ("The views expressed on this blog ..., one reader wrote, ..."): every form
    # alike (the views', the product's and the paid placement's asked no such question; review rvn60)
    return None if found is None or reported_as_someones(found.text) else found


def _read_forms(text: str, forms: set[str]) -> Notice | None:
    """The notice the forms whose words ``text`` holds read in it, or None."""
    if "product" in forms and (m := _OUR_PRODUCT.match(text)) is not None:
        return Notice("disclaimer", _whole_or_sentence(text, m))
    if "paid" in forms and (m := _PAID_PLACEMENT.match(text)) is not None:
        return Notice("sponsored", _whole_or_sentence(text, m))
    if ("pays" in forms and (m := _PAYS_US.search(text)) is not None
            and not _REPORTED.search(_sentence_at(text, m.start(), m.end()))):
        return Notice("sponsored", _whole_or_sentence(text, m))
    if "views" in forms and _VIEWS_ON_BLOG.match(text) is not None:
        return Notice("disclaimer", _up_to_reader(text))
    if "affiliate" in forms and (m := _OWN_AFFILIATE.search(text)) is not None:
        sentence = _sentence_at(text, m.start(), m.end())
        return None if _REPORTED.search(sentence) or sentence.startswith(_QUOTE_OPEN) else Notice("sponsored", sentence)
    if "update" in forms and (m := _UPDATED_IN_PIECE.search(text)) is not None:
        sentence = _sentence_at(text, m.start(), m.end())
        return None if _REPORTED.search(sentence) else Notice("correction", sentence)
    return None


def _signed_introduction(lines: Sequence[str], contexts: Sequence[int], i: int,
                         place: Callable[[int, str], str | None] | None) -> Notice | None:
    """An editor's introduction set apart at the story's top and signed after a dash, or None: no paragraph of the
    main text stands before it (a headline, a byline, a caption may)."""
    text = lines[i].strip()
    if text.startswith(_QUOTE_OPEN):  # an epigraph's quotation
        return None
    m = _SIGNED.search(text)
    if m is None or place is None:
        return None
    role = m.group("role")
    if role is not None and not _EDITOR_ROLE.match(role.strip()):  # a letter's place, an epigraph's source
        return None
    if role is None and not _PRESENTS.search(text[:m.start()]):
        return None
    if place(i, lines[i]) not in _TOP or any(len(lines[j]) >= _MIN_INTRO and not contexts[j] & _SET_APART
                                             and place(j, lines[j]) in _MAIN for j in range(i)):
        return None
    return Notice("editors_note", text)


def opens_at_edge(line: str, kind: str, position: str | None) -> bool:
    """Whether a long disclaimer or disclosure is its paragraph whole: at the main text's edge or outside it, its first
    sentence holding the kind's cue ("The information included here is designed for informational purposes only. It
    is not legal, tax, financial or any other sort of advice, ..." closing an insurer's guide, ~700 characters). Such a
    paragraph is reported whole, as one set apart from the story is (up to ``notices._MAX_APART``); a long paragraph
    in the story's middle still gives the cue's sentence alone. Round b19notice: the insurer's was cut to its first
    sentence."""
    if kind not in ("disclaimer", "sponsored") or position not in ("main_edge", "before_main", "after_main"):
        return False
    from archiver.extract.notice_features import _CUES  # noqa: PLC0415 - it reads notice_cues, which reads our words

    first = _SENTENCE_END.search(line)
    end = first.start() if first else len(line)
    return any(m.start() < end for m in _CUES[kind].matches(line, cue_fold(line)))
