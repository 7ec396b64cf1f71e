"""Who takes part in an affiliate programme: the page's own disclosure, or a story's sentence about someone else.

"We participate in the Amazon Services LLC Associates Program" and "The author participates in Amazon's affiliate
programme" disclose the page's own tie to the links it prints; "The firm participates in Amazon's affiliate
programme, its filings show" reports a third party's. The cue lexicon reads the first person only
(:data:`~archiver.extract.notice_cues._OWN_PROGRAMME`) and the word "affiliate" wherever it stands, so the sentence's
subject was never asked (noticeleft54: the firm's sentence was sponsored; "Harbour Notes participa en programas de
afiliados, una forma de financiar el sitio ..." was nothing). The subject decides, read before the participation verb:

- the page's own: the first person, "this site/blog", the page's roles ("the author", "the site", "the blog", "the
  writer", "the editors", "the publisher", "the owner"), the site's own name, or a name whose sentence names the site
  as what the programme pays for ("... to fund the site", "una forma de financiar el sitio");
- another: a common noun for a third party ("the firm", "the company", "the retailer", "many bloggers", "rivals"), or
  any subject in a sentence reported as someone's ("..., its filings show", "according to ..."): no notice;
- a proper name alone: undecided, left as the cues read it (a site's disclosure often opens on its own name, "Harbour
  Notes is a participant in the Amazon Services LLC Associates Program ...": review rvn51).

EN DE FR ES PT IT RU.
"""

from __future__ import annotations

import re

from archiver.core import lazy_re
from archiver.extract.notice_credits import _site_key

_F = re.IGNORECASE

#: "<subject> participates in / is a participant in / is a member of ... <programme>", per language; the subject is
#: the words before the verb, back to the sentence's start.
_PARTICIPATES = lazy_re.compile(
    r"(?P<subject>(^|(?<=[.!?:;]\s))[^.!?:;]{1,60}?)\s+("
    r"(participates?|participating|(am|is|are)( also| proud)? (an? )?(proud )?(participants?|members?)|takes? part)\s+(in|of)|"
    r"(nimmt|nehmen)\s+([^\W\d_]+\s+){0,3}(am|an|an der|an einem)|(ist|sind)\s+(teilnehmer\w*|mitglied\w*)\s+(am|des|im|von|an)|"
    r"(participe|participent|est (membre|participant)|sont (membres|participants))\s+(à|au|aux|du|de|des)|"
    r"(participa|participan|es (miembro|participante)|son (miembros|participantes))\s+(en|de|del)|"
    r"(participa|participam|é (membro|participante))\s+(de|do|da|em|no|na|dos|das)|"
    r"(partecipa|partecipano|è (membro|partecipante))\s+(a|al|ai|alla|del|di)|"
    r"(участвует|участвуют|является участником)\s+(в|во))"
    r"\b(?P<rest>[^.!?]{0,80}\b(affiliat|afiliad|affili|associates|partnerprogramm|партн[её]рск|"
    r"amazon['’]s? (programme|program))[^.!?]*)", _F)
#: The page's own subject: the first person, this site, the page's roles (EN DE FR ES PT IT RU).
_OWN_SUBJECT = lazy_re.compile(
    r"^\W{0,3}(we|i|this (site|website|blog|channel|podcast|newsletter|page)|the (author|authors|site|website|blog|"
    r"writer|editors?|publisher|owner|team)|our (site|blog|team|website)|wir|ich|der (autor|blog)|die (autorin|seite|"
    r"redaktion|website)|dieser blog|diese (seite|website)|nous|je|l['’](auteur|autrice|éditeur)|le (site|blog)|"
    r"ce (site|blog)|el (autor|sitio|blog)|la autora|este (sitio|blog)|nosotros|o (autor|site|blog)|a autora|"
    r"este (site|blog)|l['’]autore|il (sito|blog)|questo (sito|blog)|мы|я|автор|сайт|блог|этот (сайт|блог))\W{0,3}$",
    _F)
#: A third party by a common noun: a firm, a company, a shop, a class of sites or people.
_OTHER_SUBJECT = lazy_re.compile(
    r"\b(firm|company|companies|retailer|retailers|shop|store|brand|brands|rival|rivals|competitor|competitors|"
    r"startup|bank|group|publishers|bloggers|creators|influencers|sites|websites|many|unternehmen|firma|konzern|"
    r"händler|marke|entreprise|société|enseigne|marque|empresa|compañía|tienda|marca|empresas|azienda|società|negozio|"
    r"компания|фирма|магазин|бренд)\b", _F)
#: The site named as what the programme pays for ("to fund the site", "financiar el sitio").
_FOR_THE_SITE = lazy_re.compile(
    r"\b(the|this|our) (site|website|blog)\b|\b(die|diese|unsere) (seite|website)\b|\b(den|diesen|unseren) blog\b|"
    r"\b(le|ce|notre) (site|blog)\b|\b(el|este|nuestro) (sitio|blog)\b|\b(o|este|nosso) (site|blog)\b|"
    r"\b(il|questo|nostro) (sito|blog)\b|\b(сайт|блог)\w*\b", _F)
#: Words said by someone else ("..., its filings show", "according to", "said"; after a quotation's closing mark too,
#: "“We participate in ...,” the company said": review rvn55).
_REPORTED = lazy_re.compile(
    r"[,”\"»]{1,2}\s+([^\W\d_]+\s+){0,4}(show|shows|showed|said|says|reported|reports|found|finds|revealed|sagte|zeigen|"
    r"berichtete|a (dit|déclaré)|montrent|dijo|muestran|disse|mostram|ha detto|mostrano|сообщил\w*|показыва\w*)\b|"
    r"\b(according to|laut|selon|según|segundo|secondo|по (данным|словам))\b", _F)


def participation(text: str, site: frozenset[str] = frozenset()) -> str | None:
    """Who takes part in the affiliate programme ``text`` names: ``"own"`` (the page's), ``"other"`` (a third party's,
    or reported), or None (no participation said, or a proper name left undecided). ``site``: the page's own names
    (:func:`~archiver.extract.notice_credits.site_keys`)."""
    m = _PARTICIPATES.search(text)
    if m is None:
        return None
    subject = m["subject"].strip()
    if _REPORTED.search(text):
        return "other"
    if _OWN_SUBJECT.match(subject) or (site and _site_key(subject) in site):
        return "own"
    if _OTHER_SUBJECT.search(subject):
        return "other"
    if subject[:1].isupper() and _FOR_THE_SITE.search(m["rest"]):
        return "own"
    return None


#: Strings one of which a line must hold to be read at all (cheap: most lines hold none).
_NEEDS = ("affiliat", "afiliad", "affili", "associates", "partnerprogramm", "партнёрск", "партнерск", "amazon")
#: The shortest line that can say who takes part in a programme ("We are members of the Amazon Associates").
_MIN_CHARS = 30


def takes_part(line: str, site: frozenset[str] = frozenset()) -> bool:
    """Whether ``line`` says the page's own takes part in an affiliate programme (:func:`participation`); a word test
    first: most lines hold none of :data:`_NEEDS`."""
    if len(line) <= _MIN_CHARS:
        return False
    low = line.casefold()
    return any(w in low for w in _NEEDS) and participation(line, site) == "own"
