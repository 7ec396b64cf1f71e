"""Sponsorship disclosures set inside a story's paragraph or across two lines, and labelled list items that only
look like one (notices-blind15's round b15notice, bench/labels/README.md).

A disclosure is usually a line of its own; three forms are not, and a fourth only looks like one:

- an inline marker after a product's link, in brackets ("Rinder-Fond aus dem Glas (Affiliate-Link), den ...",
  "(Anzeige)", "(Werbung)", "(affiliate link)", "(lien affilié)", "(enlace de afiliado)", "(link di affiliazione)",
  "(link de afiliado)", "(партнёрская ссылка)"): the marker is the notice, the paragraph the story's;
- a disclosure in brackets inside a paragraph ("We use SafetyWing (and now we're an ambassador, which means we will
  earn a small affiliate commission if you choose to purchase through one of our links) on our trips."): the
  bracket's words say the site earns from its links, the sentence around it is the story's;
- a disclosure whose cue words stand alone in one element and its sentence goes on, in lower case, in the next
  ("Sponsored results" / "from our partners appear among these rankings and are indicated as such."): read joined;
- a list of labelled items ("Event App: Deploy ...", "Branded Content: Design photo stations ...", "Networking: ..."):
  a label naming a kind of content is the item's topic, not a disclosure of the page, when a neighbour in the same
  place is an item of the same form whose label is no notice's word and the item's own sentence holds none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from archiver.core import lazy_re
from archiver.extract.cue_match import Folding
from archiver.extract.model import Notice

_F = re.IGNORECASE

#: What may stand before the marker's words in its bracket, saying which links it marks (review rvn49: blind14's "(both
#: are affiliate links)"): "both are", "all are", "these are", "this is an", "the links are", "beides", "alle sind".
_LEAD = (r"((both|all|these|those|this|that|each|the links?( above| below)?|beide[s]?|alle|dies|das)\s+"
         r"((are|is|sind|ist)\s+)?((an?|ein)\s+)?|(both|these|this)\s+)")
#: A marker for a paid or affiliate link, alone in brackets (EN DE FR ES PT IT RU), an asterisk perhaps: the link's
#: word with its kind ("Affiliate-Link", "sponsored link", "lien affilié", "enlace de afiliado", "партнёрская
#: ссылка"), or the German labels the law asks for ("Anzeige", "Werbung"). Not a kind's word alone in the other
#: languages ("(affiliate)" is an organisation's tie, "(publicidad)", "(реклама)" gloss a word in running text).
#: Behind `Folding`: tried only on a line holding a marker's words (its needed strings, shipped in cue_needs), so a
#: page with none never compiles it (0.6 ms of one `archive URL`, issue 13).
_MARKER = Folding(lazy_re.compile(
    r"(?<=\S)\s*\(\s*\*?\s*" + _LEAD + r"?(affiliate[- ]?links?|anzeige|werbung|werbelink|partnerlink|provisionslink|"
    r"sponsored links?|paid links?|lien(s)? affilié(s)?|liens? sponsorisés?|enlaces? (de )?afiliad[oa]s?|"
    r"enlaces? patrocinados?|link (di )?affiliazione|link affiliat[oi]|links? de afiliad[oa]s?|links? patrocinados?|"
    r"партн[её]рская ссылка)\s*\*?\s*\)", _F))

#: The marker named rather than used (review rvn49): after a word for a label or a note ("mit dem Hinweis (Werbung)",
#: "der Zusatz (Anzeige)", "the label (Anzeige)"), a sentence about the labelling the law asks for, not a link marked.
_NAMED_AFTER = lazy_re.compile(
    r"\b(hinweis(es)?|zusatz(es)?|vermerk|kennzeichnung|kennzeichen|label|etikett|begriff|wort(es)?|schriftzug|aufschrift|"
    r"kürzel|tags?|markers?|notes?|words?|mentions?|terms?|mention|étiquette|etiqueta|dicitura|scritta|"
    r"menção|пометк\w*|надпис\w*)\W{0,3}$", _F)
#: Quotation marks around a stretch of a line: an opener before the marker with no closer after it, and a closer after.
_QUOTES = (("„", "“”\""), ("«", "»"), ("»", "«"), ("“", "”"), ("‚", "‘’"), ("‹", "›"))

#: A bracket's words (a sentence's aside: 20 to 400 characters, no nested bracket).
_BRACKET = lazy_re.compile(r"\(([^()]{20,400})\)")
#: The site earning from what a reader buys through its links (EN DE FR ES PT IT RU): a commission or an affiliate's
#: word, and the site as the one paid or its links.
_COMMERCE = lazy_re.compile(r"\b(affiliate (commissions?|links?|programs?|programmes?|fees?|income|marketing)|commission|"
                            r"provision|partnerprogramm|affilié|comisión|(enlaces?|programa|comisión) de afiliad[oa]s?|"
                            r"commissione|affiliazione|comissão|партн[её]рск\w*|комисси\w*)", _F)
#: (An organisation's "affiliate" is no commission: "(an affiliate of the university, from which we receive grants)";
#: review rvn49.) The site as the one paid, or its links as the way to buy: "through one of our links", "our affiliate
#: links" (not "our links with local industry", ties).
_SITE_PAID = lazy_re.compile(
    r"\b(we|i|us|wir|ich|uns|nous|je|nosotros|noi|nós|eu|мы|я)\b[^.!?]{0,60}\b(earn|receive|get|make|verdienen|erhalten|"
    r"bekommen|gagnons|gagne|touchons|recevons|ganamos|recibimos|guadagniamo|riceviamo|ganhamos|recebemos|получаем|"
    r"зарабатываем)\b|\b(through|via|using|from|on|clicking|click|über|durch|par|via|por|a través de|tramite|"
    r"attraverso|através de|по|через)\s+((one of|any of|einen? unserer|l['’]un de|uno de|uno dei|um dos|одн\w+ из)\s+)?"
    r"(our|unsere[nm]?|nos|nuestros|nostri|nossos|наши[хм]?) (affiliate )?(links?|liens|enlaces|collegamenti|ссылк\w*)\b|"
    r"\bour affiliate links\b", _F)
#: Someone else's words in the bracket: a verb of saying makes its "we" theirs ("(Amazon said we earn less commission
#: now)"; review rvn49).
_SAID = lazy_re.compile(r"\b(said|says|told|explained|according to|sagte|sagt|erklärte|laut|a déclaré|a dit|selon|dijo|"
                        r"según|disse|ha detto|secondo|segundo|сказал\w*|заявил\w*|по словам)\b", _F)

#: A short line of words with no stop (a disclosure's cue words set apart), and the next line going on in lower case
#: and ending its sentence.
_SHORT_WORDS = lazy_re.compile(r"^\W{0,3}[^\W\d_][\w'’-]*(\s+[^\W\d_][\w'’-]*){0,3}\s*$")
_GOES_ON = lazy_re.compile(r"^(?-i:[a-zß-öø-ÿа-яё])[^.!?]*\b\w+.*[.!?]\W{0,2}$")
_GOES_ON_WORDS = 5

#: A labelled list item: one to four words, a colon, a sentence of five words or more opening with a capital.
_ITEM = lazy_re.compile(r"^\W{0,3}(?P<label>[^\W\d_][\w'’&-]*(\s+[\w'’&-]+){0,3})\s?:\s+(?P<rest>(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])\S*"
                        r"(\s+\S+){4,})$")


def inline_disclosure(line: str) -> str | None:
    """A paid or affiliate link's bracketed marker inside a line of other words, or a bracketed aside saying the site
    earns from its links (see the module's docstring), as the notice's text; None otherwise. A line that is the
    marker alone (an ad slot's label) is none."""
    m = _MARKER.search(line)
    if m and m.start() > 0 and not _named(line, m.start(), m.end()):
        return m.group().strip()
    for b in _BRACKET.finditer(line):
        words = b.group(1)
        if (_COMMERCE.search(words) and _SITE_PAID.search(words) and not _SAID.search(words)
                and len(b.group()) < len(line.strip())):
            return words.strip()
    return None


def _named(line: str, start: int, end: int) -> bool:
    """Whether the marker at ``line[start:end]`` is named rather than used: in quotation marks (a quoted title, "the
    label „(Anzeige)“") or after a word for a label (:data:`_NAMED_AFTER`)."""
    before, after = line[:start], line[end:]
    if _NAMED_AFTER.search(before) or (before.count('"') % 2 == 1 and '"' in after):
        return True
    for opener, closers in _QUOTES:
        k = before.rfind(opener)
        if k >= 0 and not any(c in before[k + 1:] for c in closers) and any(c in after for c in closers):
            return True
    return False


def continued_sentence(lines: Sequence[str], contexts: Sequence[int], i: int) -> str | None:
    """Line ``i`` and the next joined, when ``i`` is a few words with no stop and the next, set in the same place,
    goes on in lower case to its sentence's end ("Sponsored results" / "from our partners appear among ..."); None
    otherwise."""
    if i + 1 >= len(lines) or contexts[i] != contexts[i + 1] or not _SHORT_WORDS.match(lines[i]):
        return None
    nxt = lines[i + 1].strip()
    if len(nxt.split()) < _GOES_ON_WORDS or not _GOES_ON.match(nxt):
        return None
    return f"{lines[i].strip()} {nxt}"


#: A note's own label ("Note:", "Please note:", "Disclaimer:", "Important:"): an item so labelled in a list of plans
#: ("Plus: ...", "Advanced: ...", "Note: Plans and pricing for each platform can vary by location.": notices-blind35)
#: is the note on the list, not one more item of it.
_NOTE_LABEL = lazy_re.compile(r"^(please )?(note|n\.b\.|nb|nota|hinweis|remarque|disclaimer|disclosure|important|"
                              r"editor['’]?s note)$", re.IGNORECASE)


def labelled_list_item(lines: Sequence[str], contexts: Sequence[int], i: int, text: str,
                       cued: Callable[[str], bool], any_cue: Callable[[str], bool]) -> bool:
    """Whether notice ``text`` of line ``i`` is a labelled list item's (see the module's docstring): the line is
    "<label>: <sentence>", the notice runs from its label, its sentence reads as no notice of its kind (``cued``),
    and the line before or after it, set in the same place, is an item of that form whose label holds no notice
    word of any kind (``any_cue``: "Update 2:", "Advertising disclosure:" under a note are notices' labels).

    The sentence is read for its kind's notice (a whole candidate's reading) only where a neighbour is such an item:
    asked first, it cost ~0.15 ms of each extraction of the batch bench's page, whose notices' lines are "<label>:
    <sentence>" with no such item beside them (issue 13)."""
    m = _ITEM.match(lines[i])
    if m is None or not lines[i].strip().startswith(text.strip()[:len(m["label"])]) or _NOTE_LABEL.match(m["label"]):
        return False
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines) and contexts[j] == contexts[i]:
            other = _ITEM.match(lines[j])
            if other is not None and not any_cue(other["label"]):
                return not cued(m["rest"])
    return False


def lone_label(line: str, text: str) -> bool:
    """Whether a statement's notice ``text`` is its whole line ``line`` and that line a label of a few words with no
    stop ("Sponsored", "Paid partnership", "Anzeige")."""
    return text.strip() == line.strip() and bool(_SHORT_WORDS.match(line))


def label_over(lines: Sequence[str], contexts: Sequence[int], i: int, notice: Notice,
               labels: Mapping[int, Notice]) -> bool:
    """Whether line ``i``'s ``notice`` is the sentence a lone label reported on the line before stands over
    (``labels``, by line: :func:`lone_label`): the same kind, set in the same place, the sentence more than the label
    ("Sponsored" / "This article was produced in partnership with Example Bank."). One notice, the sentence's: the
    label read alone was reported as a second one (review rvn51's left item, every extractor before 117)."""
    label = labels.get(i - 1)
    return (label is not None and label.kind == notice.kind and contexts[i - 1] == contexts[i]
            and not lone_label(lines[i], notice.text) and label.text.strip() != notice.text.strip())
