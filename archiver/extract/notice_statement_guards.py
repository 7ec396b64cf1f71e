"""Sponsorship, republication and note candidates that are the story's own words or another party's, not this page's
notice: each told by the form of the statement (round 1 of moving the notice detector's guards out of
:mod:`archiver.extract.notices`, which asks them in :func:`~archiver.extract.notices.candidate`; the earlier rounds'
guards live in :mod:`archiver.extract.notice_piece_guards`).

- an event or a programme named as what was sponsored (:func:`event_sponsorship`), a piece funded by its readers
  (:func:`reader_funded`), a reader's offer in a programme (:func:`reader_offer`), a remark on the trade of paid links
  (:func:`trade_remark`), the site's own name brought by its owner (:func:`site_brought`);
- a request to republishers and a licence's citation clause (:func:`republish_request`, :func:`licence_citation`);
- a bare "Note:" on the text's subject (:func:`subject_note`), a slot's label before the story (:func:`slot_label_before_story`),
  a kind's word as a link's label (:func:`label_in_link`), a software changelog's entry (:data:`CHANGELOG_ENTRY`);
- a sentence of the story holding a cue in its middle (:func:`story_sentence`), another page's teaser or a widget's
  label (:func:`teaser_or_widget`), a label before another page's headline (:func:`labelled_headline`), and the
  player's ad message or the site's ad-free offer (:data:`AD_PLAYER`, :data:`AD_FREE`).

Moved whole, behaviour unchanged (the benchmark pages' fingerprint, every notices set and the test suite the same
before and after).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from archiver.core import lazy_re
from archiver.extract import notice_trade
from archiver.extract.cue_match import cue_fold
from archiver.extract.notice_credit_forms import _TRUNCATED
from archiver.extract.notice_features import (
    _CUES,
    _F,
    _LABELS,
    _SENTENCE_END,
    _SET_APART,
    _TERMINAL,
)
from archiver.extract.page_lines import (
    CTX_ASIDE,
    CTX_CAPTION,
    CTX_COMMENT,
    CTX_CREDIT,
    CTX_FOOTER,
    CTX_LINK,
    CTX_NAV,
)

#: A word, one letter too (Portuguese "O atleta, patrocinado por ...", Italian "I ciclisti").
WORD = lazy_re.compile(r"[^\W\d_]+")
#: A kind's word alone, or two ("Sponsored", "Anzeige", "Sponsored Content"): a label (also
#: :mod:`archiver.extract.notices`' reading of bare labels).
BARE_WORDS = 2


# An event named as what was sponsored ("The hackathon was sponsored by Microsoft, Siemens and car2go.", "Das Turnier
# wurde von Example gesponsert", "El torneo fue patrocinado por ..."): the story's news about the event's sponsors,
# no disclosure that this page is paid for (blind10: ReadWrite). A determiner that is no pointer at the page ("the",
# "a", "its"; not "this": "This event is sponsored by Example" may be the page's own), up to two words, the event's
# noun, the verb of sponsoring and its agent's preposition.
_EVENT_NOUN_EN = (r"hackathons?|conferences?|summits?|tournaments?|championships?|races?|marathons?|festivals?|galas?|"
                  r"concerts?|competitions?|contests?|awards?|prizes?|exhibitions?|expos?|fairs?|matche?s?|games?|"
                  r"events?|forums?|symposi(um|a)|workshops?|meetups?|ceremon(y|ies)|cups?|leagues?|tours?")
_EVENT_SPONSORED = lazy_re.compile(
    r"\b(the|a|an|its|their|his|her|last year['’]s|this year['’]s)\s+([\w'’-]+\s+){0,2}?(" + _EVENT_NOUN_EN + r")\s+"
    r"(was|were|is|are|will be|has been|have been|had been)\s+(co-?)?sponsored\s+by\b|"
    # ... or the sponsor set between commas after the event, its verb after ("The World's 50 Best Restaurants 2026
    # awards, sponsored by S.Pellegrino and Acqua Panna, will take place in November": notices-blind32's food blog)
    r"\b(" + _EVENT_NOUN_EN + r"),\s+(co-?)?sponsored\s+by\b([^,.;!?]|\.(?=\S)){1,80},\s+(will|would|was|were|is|are|has|have|had|"
    r"took|takes|take|opens?|opened|runs?|ran|returns?|returned)\b|"
    r"\b(die|der|das)\s+([\w-]+\s+){0,2}?(konferenz|tagung|gipfel|turnier|meisterschaft|rennen|marathon|festival|gala|"
    r"konzert|wettbewerb|preisverleihung|ausstellung|messe|veranstaltung|hackathon|spiel|pokal|liga|tour)\s+"
    r"(wurde|wird|war)\s+([\w-]+\s+){0,4}?gesponsert\b|"
    r"\b(la|le|l['’])\s*([\w-]+\s+){0,2}?(conférence|sommet|tournoi|championnat|course|marathon|festival|gala|concert|"
    r"compétition|concours|exposition|salon|événement|évènement|hackathon|match|coupe|tournée)\s+"
    r"(a été|était|est|sera|fut)\s+(sponsorisée?|parrainée?)\s+par\b|"
    r"\b(el|la)\s+([\w-]+\s+){0,2}?(conferencia|cumbre|torneo|campeonato|carrera|maratón|festival|gala|concierto|"
    r"competición|concurso|exposición|feria|evento|hackathon|partido|copa|gira)\s+"
    r"(fue|es|será|ha sido|estuvo)\s+patrocinad[oa]\s+por\b|"
    r"\b(o|a)\s+([\w-]+\s+){0,2}?(conferência|cúpula|torneio|campeonato|corrida|maratona|festival|gala|concerto|"
    r"competição|concurso|exposição|feira|evento|hackathon|partida|copa|turnê)\s+"
    r"(foi|é|será|tem sido)\s+patrocinad[oa]\s+(por|pel[oa]s?)\b|"
    r"\b(il|la|lo|l['’])\s*([\w-]+\s+){0,2}?(conferenza|vertice|torneo|campionato|gara|maratona|festival|gala|concerto|"
    r"competizione|concorso|mostra|fiera|evento|hackathon|partita|coppa|tour)\s+"
    r"(è stat[oa]|era|sarà|fu)\s+sponsorizzat[oa]\s+(da|dal|dalla|dallo|dagli|dalle)\b", _F)
#: The same with the participle first and the event the subject after its comma ("Sponsored by the council, the festival
#: draws ...", "Sponsorisé par la mairie, le festival attire ...", "Patrocinado por el ayuntamiento, el torneo ...":
#: review rvn51, reported as a disclosure by 108 and 109).
#: A programme named as the subject ("Sponsored by the Bureau of Educational and Cultural Affairs of the U.S. Department
#: of State, the Benjamin A. Gilman International Scholarship program offers grants ...": notices-blind34's list of
#: scholarships) is as much the story's subject as an event is; its name may run to six capitalised words, and the
#: sponsor's name may hold an abbreviation's full stops ("U.S.").
_EVENT_SPONSORED_FIRST = lazy_re.compile(
    r"^\W{0,3}(co-?)?(sponsored|gesponsert|sponsorisée?s?|parrainée?s?|patrocinad[oa]s?|sponsorizzat[oa])\s+"
    r"(by|von|vom|par|por|pel[oa]s?|da|dal|dalla|dallo|dagli|dalle)\b([^,.;!?]|\.(?=\S)|(?<=(?-i:\b[A-Z]))\.){1,100},\s+"
    r"(the|its|der|die|das|zieht\s+das|zieht\s+der|zieht\s+die|le|la|l['’]|les|el|los|las|o|a|os|as|il|lo|gli)\s*"
    r"(((?-i:[A-Z])[\w'’.-]*\s+){1,6}?(programs?|programmes?|scholarships?|fellowships?|grants?|initiatives?|prizes?|"
    r"awards?)\b|"
    r"([\w'’-]+\s+){0,2}?(" + _EVENT_NOUN_EN + r"|konferenz|tagung|turnier|meisterschaft|rennen|festival|konzert|"
    r"wettbewerb|ausstellung|messe|veranstaltung|conférence|tournoi|championnat|course|concert|concours|exposition|salon|"
    r"événement|évènement|conferencia|torneo|carrera|concierto|concurso|exposición|feria|evento|conferência|torneio|"
    r"corrida|concerto|exposição|feira|conferenza|gara|mostra|fiera)\b)", _F)


# The event after a preposition is no subject: "Her trip to the festival was sponsored by ..." (the writer's trip, paid:
# a disclosure). A line the page labels its disclosure ("Disclosure: the conference was sponsored by ...") is one.
_TO_THE_EVENT = lazy_re.compile(r"\b(to|at|for|of|from|in|on|into|zu|zum|zur|nach|à|au|aux|pour|a|al|para|ao|alla|allo|per)\s*$", _F)
_DISCLOSURE_LABEL = lazy_re.compile(r"^\W{0,3}(full )?(disclosures?|offenlegung|transparenzhinweis|divulgación|divulgação|"
                                    r"transparence|trasparenza)\s*:", _F)


# The piece paid for by its readers ("This story is funded by readers like you", "Our journalism is supported by members
# like you"): a newsroom's appeal for donations, no sponsor's tie (notices-blind35's climate newsroom).
_READER_FUNDED = lazy_re.compile(
    r"\b(funded|supported|paid for|made possible|powered) by (our |its )?(readers|members|subscribers|supporters|donors|"
    r"listeners|viewers|patrons|you|people)( like you)?\b", _F)


_ANOTHER_FUNDER = lazy_re.compile(r"\s*(,|&|\band\b|\bas well as\b|\bplus\b|\bwith\b)", _F)


def reader_funded(text: str) -> bool:
    """Whether every sponsorship cue of a statement sits in its readers' funding (:data:`_READER_FUNDED`): a donation
    appeal; a line that also names a sponsor or an affiliate's tie is left to the model."""
    spans = list(_READER_FUNDED.finditer(text))
    if not spans or any(_ANOTHER_FUNDER.match(text, m.end()) for m in spans):
        return False  # "... made possible by readers and the Example Trust.": a funder named beside them (a disclosure)
    rest = without(text, spans)
    return not _CUES["sponsored"].matches(rest, cue_fold(rest))


def event_sponsorship(text: str) -> bool:
    """Whether every sponsorship cue of a statement sits in an event's "<the event> was sponsored by"
    (:data:`_EVENT_SPONSORED`, or "Sponsored by X, the event ...": :data:`_EVENT_SPONSORED_FIRST`), the event the sentence's subject: the story's news, no disclosure. A line that also
    says the page is sponsored (a cue outside it: "This post is sponsored by Example."), one labelled a disclosure,
    or one whose event follows a preposition (:data:`_TO_THE_EVENT`: a trip to it) is left to the model."""
    if _DISCLOSURE_LABEL.match(text):
        return False
    events = [m for m in _EVENT_SPONSORED.finditer(text) if not _TO_THE_EVENT.search(text[:m.start()])]
    events = sorted((*events, *_EVENT_SPONSORED_FIRST.finditer(text)), key=lambda m: m.start())
    if not events:
        return False
    rest = without(text, events)
    return not _CUES["sponsored"].matches(rest, cue_fold(rest))


# The reader told what they can do with a programme or a feature ("Merchant and affiliate programs: You can connect your
# store catalog and earn a commission on each sale", "Mit dem Partnerprogramm können Sie Provisionen verdienen"): a
# product's feature or an offer to the reader, no disclosure of the page's own ties (notices-left46). The reader acts
# (earns, connects, joins, sells ...) and the line has no first person of the site ("we", "our", "I", "this site"):
# "You can support us through our affiliate links" is the site's disclosure still.
_READER_ACTS = lazy_re.compile(
    r"\byou(['’]ll| (can|could|will|may|might|get to)( also| easily| now)?) (connect|earn|make|get|join|sign up|apply|"
    r"become|promote|sell|set up|create|add|link|list|start|receive|generate|monetize|monetise|grow|build)\b|"
    r"\b(können|kannst) (sie|du)\b[^.!?]{0,60}\b(verdienen|verbinden|anmelden|teilnehmen|verkaufen|bewerben|erhalten)\b|"
    r"\b(vous pouvez|tu peux) (gagner|connecter|rejoindre|vendre|recevoir|promouvoir|créer)\b|"
    r"\b(puedes|usted puede|podrás) (ganar|conectar|unirte|vender|recibir|promocionar|crear)\b", _F)
_SITE_OWN = lazy_re.compile(
    r"\b(we|us|our|ours|i|me|my|this (site|website|blog|page|post|article|channel|podcast|newsletter)|wir|uns|unser\w*|ich|"
    r"mein\w*|nous|notre|nos|je|nosotros|nuestr[oa]s?|nos)\b", _F)


# A changelog's or a release note's entry, its version opening the line ("v2.1: fixed the login bug", "Version 3.0 -
# Updated the editor", "1.4.2: corrected the totals"): the software's history, not this piece corrected (notices-left46).
CHANGELOG_ENTRY = lazy_re.compile(
    r"^\W{0,3}((v|ver\.?\s?|version\s|release\s|build\s)\d{1,4}(\.\d{1,4}){0,3}[a-z]?(-?(beta|alpha|rc)\d*)?|"
    r"\[\d{1,4}(\.\d{1,4}){1,3}\])\s*(\(\d{4}[-./]\d{1,2}([-./]\d{1,2})?\)\s*)?[:：—–-]\s", _F)


# What an editor's note speaks of, when nothing but a bare "Note:" / "Hinweis:" opens it: the piece, its writer or
# its pictures and presentation ("Note: This article is intended for ...", "Note: I didn't edit this ...", "Hinweis:
# Für eine bessere Darstellung wurde die Schutzhaube entfernt!"). A "Note:" holding none of them explains the story's
# subject ("Note: React maintains its own Virtual DOM because it's faster ...", notices-left46: Smashing's technical
# note): the text's own, no editor's note.
_NOTE_SPEAKS = lazy_re.compile(
    r"\b(this|these|the following|the above|the below) (article|articles|post|posts|piece|story|page|guide|tutorial|"
    r"review|video|list|essay|interview|text|series|episode|newsletter|report|chapter|book|translation)\b|"
    r"\b(i|i['’]m|i['’]ve|i['’]d|my|me|we|we['’]re|we['’]ve|our|us|author|authors|editor|editors|editorial|readers?|"
    r"photos?|images?|pictures?|illustrations?|screenshots?|graphics?|charts?|examples?|shown|depicted|displayed|"
    r"above|below|updated|originally|published|translated|written|edited|review|reviewed|sponsor\w*|"
    r"dieser|diesem|diesen|dieses|ich|wir|uns|unser\w*|redaktion|autor\w*|darstellung|bild\w*|fotos?|abbildung\w*|"
    r"oben|unten|gezeigt|cet|cette|je|nous|notre|nos|rédaction|auteur\w*|illustration|este|esta|yo|nosotros|"
    r"nuestr[oa]s?|redacción|autor|imagen|imágenes|"
    # the piece, its writer or its pictures in Italian, Portuguese and Russian too ("Nota: Questo articolo fa parte
    # della nostra serie", "Примечание: Эта статья ...": noticeleft48)
    r"questo|questa|questi|queste|io|noi|nostr[oaie]|redazione|autore|autrice|immagin[ei]|eu|nós|noss[oa]s?|redação|"
    r"imagem|imagens|эт(а|от|о|у|ой|ом)|я|мы|наш\w*|редакци\w*|автор\w*|фото\w*|изображени\w*|"
    # the presentation's sake ("para una mejor visión se ha retirado la cubierta", "pour une meilleure lisibilité")
    r"view|display|clarity|readability|legibility|übersicht\w*|lesbarkeit|anschaulichkeit|sichtbarkeit|lisibilité|"
    r"visibilité|clarté|visión|visibilidad|legibilidad|claridad|visibilità|leggibilità|chiarezza|visão|legibilidade|"
    r"clareza)\b", _F)


def subject_note(text: str, f: Mapping[str, float]) -> bool:
    """Whether an editor's-note candidate read from a bare "Note:" alone (no cue phrase, no kind's label) speaks of
    nothing an editor's note speaks of (:data:`_NOTE_SPEAKS`): a note on the story's subject."""
    return bool(f.get("note_label")) and not f.get("cue1") and not f.get("label") and not _NOTE_SPEAKS.search(text)


def label_in_link(text: str, ctx: int) -> bool:
    """Whether a kind's bare label ("Advertorial", "Sponsored") is wholly a link: the label of a teaser that leads to
    another page (Kompas's "Advertorial" over a linked tile's headline, notices-left46), not of this page; the labels
    the sets hold of their own pages ("Advertorial" above a story, "Sponsored Post", "Anzeige") are no links."""
    return bool(ctx & CTX_LINK) and len(text.split()) <= BARE_WORDS and not _TERMINAL.search(text)


#: Words after an advertising slot's label, at least, for what follows to be the story's paragraph joined to it.
_STORY_AFTER_LABEL = 12


def slot_label_before_story(text: str, f: Mapping[str, float]) -> bool:
    """Whether a sponsored candidate is an advertising slot's label ("Реклама:", "Advertisement:", "Anzeige:") joined to
    the story's next paragraph: the label opens it and the first sentence after it, twelve words or more, holds no cue
    of the kind ("Реклама: Самого Вовка уволили только в 2025 году, но он имеет серьезные шансы вернуться на должность
    ... . ... получают немалое вознаграждение." on Ukrainska Pravda, notices-left46: a cue later in the story's
    paragraph). A disclosure says what its label announces in its first sentence ("Disclosure: Some of the links above
    are affiliate links ...")."""
    if not f.get("label"):
        return False
    label = _LABELS["sponsored"].match(text, cue_fold(text))
    if label is None or len(WORD.findall(text[:label.end()])) > BARE_WORDS:
        return False  # (a slot's label is its word or two: "Sponsored by Example Boats:" names the sponsor)
    end = _SENTENCE_END.search(text, label.end())
    first = text[label.end():end.start() + 1] if end else text[label.end():]
    # (nor a disclaimer's: "Disclosure: I only recommend products I would use myself and all opinions expressed here
    # are my own. This post may contain affiliate links ...", round b19notice)
    return (len(WORD.findall(first)) >= _STORY_AFTER_LABEL and bool(_TERMINAL.search(first))
            and not _CUES["sponsored"].matches(first, cue_fold(first))
            and not _CUES["disclaimer"].matches(first, cue_fold(first)))


#: The words of an affiliate or commission cue: the only cues a reader's offer may hold ("Sponsored by Example: you can
#: get a free trial ..." is the page's sponsor named, a disclosure whoever is addressed). Russian partner links and
#: programmes are affiliate ones ("партнёрские ссылки", review rvn51).
_COMMERCE_CUE = lazy_re.compile(r"affiliat|afiliad|affili|commission|comisi|commissione|provision|provvigion|referral|"
                                r"\bfees?\b|compensation|partnerprogramm|партн[её]рск\w* (ссылк|программ)", _F)


def reader_offer(text: str) -> bool:
    """Whether a sponsored candidate tells the reader what they can earn or do with a programme (:data:`_READER_ACTS`)
    and says nothing of the site's own (:data:`_SITE_OWN`), or says what others earn in it (:data:`_OTHERS_EARN`:
    "Readers who join our affiliate program earn ...") and discloses nothing of the site's or this page's
    (:data:`_SITE_EARNS`), every cue of it an affiliate's or a commission's (:data:`_COMMERCE_CUE`): a product's
    feature, an offer or a programme's terms, no disclosure."""
    if _READER_ACTS.search(text):
        if _SITE_OWN.search(text):
            return False
    elif not _OTHERS_EARN.search(text) or _SITE_EARNS.search(text):
        return False
    return _commerce_cues_only(text)


def _commerce_cues_only(text: str) -> bool:
    """Whether every sponsored cue of ``text`` is an affiliate's or a commission's word (:data:`_COMMERCE_CUE`)."""
    return all(_COMMERCE_CUE.search(m.group(0)) for m in _CUES["sponsored"].matches(text, cue_fold(text)))


def trade_remark(text: str) -> bool:
    """Whether a sponsored candidate speaks of the trade of paid links, not of this page's
    (:func:`~archiver.extract.notice_trade.trade_remark`: "Affiliate links are a common way for blogs to make money").
    A sponsorship's word counts as the trade's too ("sponsorships, and affiliate marketing", "sponsored content or
    affiliate links bring in income": notices-blind26), unless someone is named as the sponsor ("Sponsored by ...")."""
    cues = _CUES["sponsored"].matches(text, cue_fold(text))
    trade = all(_COMMERCE_CUE.search(m.group(0)) or _SPONSOR_WORD.search(m.group(0)) for m in cues)
    return notice_trade.trade_remark(text, trade and not _SPONSORED_BY.search(text))


#: A sponsorship's word, as a trade remark may hold it; and a sponsor named, which makes a line the page's own label.
_SPONSOR_WORD = lazy_re.compile(r"sponsor", _F)
_SPONSORED_BY = lazy_re.compile(r"\bsponsored by\b|\bsponsor(ed)?:", _F)


# Others than the site said to earn in a programme: the members, readers, partners or sellers who join it ("Readers who
# join our affiliate program earn a commission on every sale", "Members of the affiliate programme receive 10%",
# "Partner, die am Partnerprogramm teilnehmen, erhalten eine Provision"): the programme's terms for third parties
# (notices-left47), what the site pays, not what it is paid.
_OTHERS_WORDS = (r"readers|members|bloggers|partners|publishers|creators|affiliates|users|customers|participants|"
                 r"influencers|sellers|merchants|subscribers|mitglieder|partner|nutzer|leser|"
                 r"teilnehmer|membres|partenaires|lecteurs|utilisateurs|miembros|socios|lectores|usuarios|membri|"
                 r"lettori|utenti|membros|leitores|usuários|участники|партн[её]ры|читатели|пользователи")
_OTHERS_EARN = lazy_re.compile(
    r"\b(" + _OTHERS_WORDS + r")\b([^.!?]{0,80}?)\s(earn|receive|get|make|collect|verdienen|erhalten|bekommen|gagnent|"
    r"reçoivent|ganan|reciben|guadagnano|ricevono|ganham|recebem|получают|зарабатывают)\b", _F)
# The site or this page as the one paid ("we earn", "this post contains affiliate links", "links on this page"): a
# disclosure whoever else the line names.
_SITE_EARNS = lazy_re.compile(
    r"\b(we|i|us|wir|uns|nous|nosotros|noi|nós|мы)\b[^.!?]{0,60}\b(earn|receive|get|make|may earn|verdienen|erhalten|"
    r"gagnons|recevons|ganamos|recibimos|guadagniamo|riceviamo|ganhamos|recebemos|получаем)\b|"
    r"\b(earns?|makes?|gets?|pays?) (us|me)\b|\bour (site|website|blog|links?|pages?|readers)\b|"
    r"\b(this|these) (article|post|page|story|review|guide|site|website|blog|links?)\b|\bon this (page|site)\b|"
    r"\b(dieser|diese|diesem) (artikel|beitrag|seite|links?)\b|\b(cet|cette|ces) (article|page|liens?)\b|"
    r"\b(este|esta|estos) (artículo|página|enlaces?|artigo|links?)\b|\b(questo|questa|questi) (articolo|pagina|link)\b", _F)


#: A request to whoever republishes the site's stories ("please use", "bitte", "veuillez", "por favor", "per favore"):
#: a republication cue inside it, quoted, is the line a republisher is asked to print (a "republish our stories"
#: box: the other direction), not this page's own origin (blind14).
_REQUEST = lazy_re.compile(r"\b(please|kindly|bitte|veuillez|merci de|por favor|per favore|пожалуйста)\b", _F)
_QUOTED = lazy_re.compile(r"[“\"„«‘][^“”\"„«»‘’]{10,300}[”\"“»’]")


def republish_request(text: str) -> bool:
    """Whether a republication candidate asks the reader to print its cue (:data:`_REQUEST`), the cue inside
    quotation marks: a republisher's guidelines."""
    if not _REQUEST.search(text):
        return False
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    cues = _CUES["republished_from"].matches(text, cue_fold(text))
    return bool(cues) and all(any(a <= m.start() < b for a, b in quoted) for m in cues)


# A licence's condition that the original be cited ("..., provided the original work, first published in Example
# Journal, is properly cited": the Creative Commons line under an open-access paper, notices-blind31's JMIR page).
_CITATION_CLAUSE = lazy_re.compile(r"\bprovided (that )?the original (work|article|publication|paper)\b[^.!?]{0,160}?\b(is|are|be) "
                                   r"(properly|appropriately|correctly|duly|fully)? ?(cited|credited|attributed)\b", _F)


def licence_citation(text: str) -> bool:
    """Whether every republication cue of a candidate sits in a licence's condition that the original work be cited
    (:data:`_CITATION_CLAUSE`): the licence of the piece on its first publication, no note that it was republished
    ("This article is republished from Example under a Creative Commons licence" holds its cue outside one)."""
    clauses = list(_CITATION_CLAUSE.finditer(text))
    if not clauses:
        return False
    rest = without(text, clauses)
    return not _CUES["republished_from"].matches(rest, cue_fold(rest))


# The site's own name said to be "brought to you by" a company ("CleverTap is brought to you by WizRocket, Inc."): who
# owns and runs the site, no sponsor of the page (notices-blind31's footer).
_BROUGHT_TO_YOU = lazy_re.compile(r"(?P<subject>[^\W_][\w.&'’ -]{0,40}?)\s+(is|are)\s+brought to you by\b", _F)


def site_brought(text: str, site: frozenset[str]) -> bool:
    """Whether a sponsored candidate's only cue is "<the site's own name> is brought to you by <company>"
    (:data:`_BROUGHT_TO_YOU`, the name one of the page's own, :func:`site_keys`): the site's owner named."""
    if not site:
        return False
    spans = [m for m in _BROUGHT_TO_YOU.finditer(text)
             if "".join(ch for ch in m["subject"].split()[-1].casefold() if ch.isalnum()) in site]
    if not spans:
        return False
    rest = without(text, spans)
    return not _CUES["sponsored"].matches(rest, cue_fold(rest))


def without(text: str, spans: list[re.Match[str]]) -> str:
    """``text`` with each match of ``spans`` (in order, apart) replaced by a space."""
    out, at = [], 0
    for m in spans:
        out.append(text[at:m.start()])
        at = m.end()
    out.append(text[at:])
    return " ".join(out)


#: Where a line is set apart from the story's paragraphs (a box, a note, small print, italics, a caption, an aside, a
#: credit element, the footer, a menu, a link, reader comments): there a cue inside a sentence may still be a notice.
STORY_APART = _SET_APART | CTX_CAPTION | CTX_CREDIT | CTX_ASIDE | CTX_NAV | CTX_LINK | CTX_COMMENT | CTX_FOOTER
#: What says a statement speaks as a notice whatever its sentence: a label, a bare "Note:", the piece or the site
#: speaking of itself ("this article", "we"), an invitation, a quotation, a formula or an excerpt's cut.
_NOTICE_FORM = ("label", "label_only", "note_label", "self_ref", "voice", "invite", "quoted", "set_apart_in_main",
                "copyright", "generic_label", "timestamp")
#: Words of the cue's sentence before its cue and after it, at least, for the cue to sit inside a story's clause.
_STORY_BEFORE = 2
_STORY_AFTER = 5


def story_sentence(line: str, kind: str, ctx: int, position: str | None, f: Mapping[str, float]) -> bool:
    """Whether a statement candidate is a sentence of the story that holds a cue phrase in its middle ("A man who
    republished from a paywalled site was fined on Monday.", "She was sponsored by a local bakery when she ran her
    first marathon."), not a notice: a paragraph in the middle of the main text, set apart by nothing, one cue
    phrase, with a subject before it (two words at least of its sentence) and a clause going on after its object
    (five words at least), and nothing of a notice's form (a label, "this article", the site's "we", ...).
    A notice is formulaic: its cue opens it ("Sponsored by X", "Originally published on X"), closes it ("X
    contributed reporting") or speaks of the piece ("This article was originally published on X")."""
    if position != "main_middle" or ctx & STORY_APART or not f.get("terminal") or any(f.get(n) for n in _NOTICE_FORM):
        return False
    cues = sorted((m.start(), m.end()) for m in _CUES[kind].matches(line, cue_fold(line)))
    if not cues or any(b[0] >= a[1] for a, b in zip(cues, cues[1:], strict=False)):
        return False  # no cue phrase (a bare "Note:"), or two apart: two phrases of a notice
    start, end = cues[0][0], max(e for _, e in cues)
    # (to ``start + 1``: the end's look-ahead must see the capital opening the cue's sentence, or a cue opening it
    # counted the sentence before as its subject: review rvn59, as round b19notice fixed in :func:`_span`)
    begin = max([0, *(m.end() for m in _SENTENCE_END.finditer(line, 0, start + 1))])
    close = _SENTENCE_END.search(line, end)
    before = WORD.findall(line[begin:start])
    after = WORD.findall(line[end:close.start() if close else len(line)])
    return len(before) >= _STORY_BEFORE and len(after) >= _STORY_AFTER


# A kind's word alone, or two (:data:`~archiver.extract.notice_statement_guards.BARE_WORDS`): a label. Above the
# article it labels the page; after the main text it labels a widget of other pages' teasers.
_HEADING_WORDS = 3


# Reading without advertising offered ("Werbung: Du kannst Example jederzeit ohne Werbung lesen", "Read
# ad-free with a subscription"): the site's offer about its ads, not a disclosure that this page is paid.
AD_FREE = lazy_re.compile(
    r"\b(ad[- ]free|without (ads|advertising|adverts)|no ads\b|werbefrei|ohne (\w+ )?werbung|sans (\w+ )?publicité|"
    r"sin (\w+ )?(publicidad|anuncios)|sem (\w+ )?(publicidade|anúncios)|senza (\w+ )?pubblicità|без (\w+ )?рекламы)", _F)

LEGEND = lazy_re.compile(r"^\W{0,2}[*†]+\s*[=:)]?\s*[^\W\d_]")

# An audio or video player's ad message: the content "will begin in / within (N) seconds" after the ad ("Sponsored
# listening. Audio will begin within seconds...", "Anzeige: Das Video startet in 5 Sekunden"): the player's ad slot,
# no disclosure of this page's content (blind9: iVoox).
AD_PLAYER = lazy_re.compile(
    r"\b(will|to) (begin|start|play|resume) (in|within|after) (\d+ |a few |few )?seconds\b|"
    r"\b(beginnt|startet|folgt|läuft) (in|nach) (\d+ |wenigen )?sekunden\b|"
    r"\b(commence|commencera|démarre|démarrera|débutera|reprendra) dans (\d+ |quelques )?secondes\b|"
    r"\b(comienza|comenzará|empieza|empezará|se reproducirá|iniciará) en (\d+ |unos )?segundos\b|"
    r"\b(começa|começará|iniciará|será reproduzido) em (\d+ |alguns )?segundos\b|"
    r"\b(inizia|inizierà|partirà|riprenderà) tra (\d+ |pochi )?secondi\b|"
    r"\b(начн[её]тся|продолжится) через (\d+ |несколько )?секунд\w*", _F)


def teaser_or_widget(line: str, text: str, ctx: int, position: str | None) -> bool:
    """Whether a statement candidate is another page's teaser or a widget's label rather than a
    notice about this page: an excerpt cut short with an ellipsis in a sidebar, menu or link
    ("Advertorial – Offene Grundrisse liegen im Trend ...…"), or a bare label after the main text, also
    after a widget's short heading and a bar."""
    if _TRUNCATED.search(text) and (ctx & (CTX_ASIDE | CTX_NAV | CTX_LINK) or position == "after_main"):
        return True
    if position != "after_main" or _TERMINAL.search(line) or LEGEND.match(line):
        return False
    # a bare label, or a widget's heading of a few words and its label after a bar ("APPS WE LIKE |
    # SPONSORED", "Gesundheit • Werbung | Anzeige")
    segments = [seg.split() for seg in line.split("|")]
    return len(line.split()) <= BARE_WORDS or (
        len(segments) > 1 and len(segments[-1]) <= BARE_WORDS and all(len(seg) <= _HEADING_WORDS for seg in segments))


def labelled_headline(text: str, ctx: int, position: str | None, f: Mapping[str, float]) -> bool:
    """Whether a statement candidate is a kind's label before another page's headline, set as a link
    outside the main text ("Update: Example E-Bike 2023 im Test – mit neuem Motor", "Sponsored: Ten
    gadgets for your kitchen" in a sidebar's list of teasers): a link there leads away, and what follows
    the label is a title (no sentence's end), not a note about this page. A note in a link there says a
    sentence ("Correction: An earlier version of this story misstated the date.")."""
    return (bool(f.get("label")) and bool(ctx & CTX_LINK) and position in ("before_main", "after_main")
            and not _TERMINAL.search(text))
