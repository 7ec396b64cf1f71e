"""Words before a quote that say its act was held back, only tried, pretended or cleared, or bound how much it
happened (quote rules 96, 100, 105, 112).

"calling it a genocide" is a verbatim part of "The president stopped short of calling it a genocide.", of "He fell
short of calling it ..." and of "He refrained from calling it ...": the source says he did NOT call it that. "doubled"
is a verbatim part of "Sales more than doubled.", "verdoppelt" of "Der Umsatz hat sich mehr als verdoppelt.": the
source bounds the change from below, the quote states it exactly. "faire faillite" of "L'entreprise a failli faire
faillite" (nearly went bankrupt) says it did. Red team q96 found each ``exact``; "failed to", "refused to", "denied",
"nearly" and "almost" right before a quote were read already (:data:`archiver.quotes.lexicon.NEGATING_VERBS`,
:data:`archiver.quotes.lead_word.NEARLY_WORDS`).

Read here, on the word right before the match and the one or two before it:

* "having" or "being" after a verb that denies or fails ("denied having taken bribes", "denies ever having met him",
  "refused being questioned"; "denied taking" was read already);
* "short of" after a verb of stopping or falling ("stopped short of", "fell short of", "came up short of"), "from"
  after a verb of refraining ("refrained from", "abstained from", "desisted from"), before a quote opening with an
  act ("calling", "naming"; not a noun: "her policies would often fall short of the grand vision" says nothing was
  held back);
* French "failli" (of "a failli", nearly did), Spanish "por poco", Italian "per poco (non)", Portuguese "por pouco
  (não)";
* "more than" / "less than" / "mehr als" / "plus que" / "más que" / "più che" / "mais do que" / "более чем" before a
  verb of multiplying or halving ("doubled", "verdoppelt", "doublé", "duplicó", "raddoppiato", "dobrou",
  "удвоилась"), the quote opening with that verb;
* (quote rules 112) a verb of trying with no "to" ("a tenté de", "intentó", "trató de", "ha cercato di", "tentou",
  "пыталось", "versuchte, ... zu"), an acquittal ("acquitted of", "cleared of", "found not guilty of", "absuelto de",
  "freigesprochen, ... zu haben") and a pretence ("pretended (that)", "pretended to be", "posed as", "fingió"):
  :func:`_tried_or_cleared`;
* (quote rules 120) a conjunction of comparison with what is not so ("as if", "als ob", "comme si", "como si", "как
  будто"): :data:`_AS_IF`.
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import GAP, NEGATING_VERBS, WORD, fold_word

#: The words before a match, last first, as far back as three words reach.
_LOOK_BACK = 60
#: Verbs before "short of": "stopped short of", "fell short of", "came (up) short of".
_SHORT_VERBS = frozenset(["stop", "stops", "stopped", "stopping", "fall", "falls", "fell", "falling", "fallen", "come",
                          "comes", "came", "coming", "up"])
#: Verbs before "from": "refrained from", "abstained from".
_REFRAIN_VERBS = frozenset(["refrain", "refrains", "refrained", "refraining", "abstain", "abstains", "abstained",
                            "abstaining", "desist", "desisted", "desists"])
#: Words of a nearly-done act standing right before the quote (French "a failli faire").
_NEARLY_VERBS = frozenset(["failli", "faillit", "faillirent", "faillira"])
#: Two-word "nearly" phrases, (before, last): "por poco", "per poco", "por pouco".
_NEARLY_PAIRS = frozenset([("por", "poco"), ("per", "poco"), ("por", "pouco")])
#: The "than" of a comparison after "more"/"less", by its word before it.
_MORE_THAN = frozenset([("more", "than"), ("less", "than"), ("mehr", "als"), ("weniger", "als"), ("plus", "que"),
                        ("moins", "que"), ("más", "que"), ("menos", "que"), ("più", "che"), ("meno", "che"),
                        ("do", "que"), ("более", "чем"), ("менее", "чем"), ("больше", "чем")])
#: Stems of verbs of multiplying or halving a quantity.
_MULTIPLYING = ("doubl", "tripl", "quadrupl", "halv", "verdoppel", "verdreifach", "vervierfach", "halbier", "dupl",
                "tripli", "cuadrupl", "raddopp", "tripl", "dimezz", "dobr", "dupli", "quadrupli", "удво", "утро",
                "сократил", "вдвое")


#: Phrases right before a quote that say it did not happen, or holds for everyone but it (quote rules 100): "Rather
#: than cutting taxes", "Instead of closing", "Au lieu de baisser", "En lugar de bajar", "Statt", "Invece di",
#: "Far from being", "Loin d'être", "except the mayor voted", "All but the mayor signed"; and what held until a while ago
#: ("Bis vor kurzem", "Jusqu'à récemment", "Hasta hace poco"; English "Until recently" is read as a time's bound).
_NOT_DONE = re.compile(
    r"(?:(?<![^\W\d_])(?:rather" + GAP + r"than|instead" + GAP + r"of|in" + GAP + r"place" + GAP + r"of|far" + GAP
    + r"from|au" + GAP + r"lieu" + GAP + r"d(?:e|['\u2019])|loin" + GAP + r"d(?:e|['\u2019])|en" + GAP
    + r"(?:lugar|vez)" + GAP + r"de|lejos" + GAP + r"de|(?:an)?statt|anstelle|invece" + GAP + r"di|anziché|lungi" + GAP
    + r"da|em" + GAP + r"vez" + GAP + r"de|ao" + GAP + r"invés" + GAP + r"de|longe" + GAP + r"de|вместо(?:" + GAP
    + r"того,?" + GAP + r"чтобы)?|далеко" + GAP + r"не"
    + r"|except(?:" + GAP + r"for)?|all" + GAP + r"but|excepto|salvo|sauf|außer|tranne|eccetto|exceto|кроме)"
    + r"(?:" + GAP + r"|(?<=['\u2019]))"  # no comma: "findet statt, [bei allem ...]" is a verb's particle (the survey)
    + r"|(?<![^\W\d_])(?:bis" + GAP + r"vor" + GAP + r"kurzem|jusqu['\u2019]à" + GAP + r"récemment|hasta" + GAP
    + r"hace" + GAP + r"poco|fino" + GAP + r"a" + GAP + r"poco" + GAP + r"tempo" + GAP + r"fa|até" + GAP
    + r"recentemente|до" + GAP + r"недавнего" + GAP + r"времени),?" + GAP + r")$", re.IGNORECASE)
_EXCEPTING = ("except", "all", "excepto", "salvo", "sauf", "außer", "tranne", "eccetto", "exceto", "кроме")
_UNTIL_LATELY = ("bis", "jusqu", "hasta", "fino", "até", "до")


#: Verbs of stopping right before a quote opening with an act ("stopped paying", "ceased publishing", "quit smoking").
_STOPPING = frozenset(["stopped", "stop", "stops", "ceased", "cease", "ceases", "quit", "quits", "halted",
                       "discontinued", "abandoned"])
#: A verb of preventing or forbidding, its object, and "from" right before a quote opening with an act ("prevented the
#: protesters from storming", "banned him from leaving", "barred from running").
_KEPT_FROM = re.compile(r"(?<![^\W\d_])(prevent\w*|ban|bans|banned|banning|bar|bars|barred|barring|block\w*|keep|keeps"
                        r"|kept|prohibit\w*|forbid\w*|forbade|restrain\w*|stop|stops|stopped|deter\w*)(?![^\W\d_])"
                        r"[^.;:!?\n]{0,40}?(?<![^\W\d_])from" + GAP + r"$", re.IGNORECASE)
#: A noun of lacking and its preposition right before a quote ("a lack of evidence that", "the absence of any link").
_LACK_OF = frozenset([("lack", "of"), ("absence", "of"), ("dearth", "of"), ("mangel", "an"), ("fehlen", "von"),
                      ("manque", "de"), ("absence", "de"), ("falta", "de"), ("ausencia", "de"), ("mancanza", "di"),
                      ("assenza", "di"), ("ausência", "de")])


#: Verbs of trying right before a quote in the languages whose infinitive follows them with no "to" or after "de",
#: "di", "a" (English "tried to" is lead_word's EXPECTING_WORDS; quote rules 112): "a tenté de", "intentó", "trató
#: de", "ha cercato di", "tentou", and Russian "пытался", "попыталось" by their stems; German "versuchte, ... zu" has its comma (:data:`_TRIED_COMMA`).
_TRYING = frozenset(["intentó", "intentaron", "intenta", "intentan", "intentaba", "intentaban", "tentou", "tentaram",
                     "tenta", "tentam", "tentava", "tentavam", "procurou", "procuraram"])
_TRYING_BEFORE = frozenset([("tenté", "de"), ("tenté", "d'"), ("essayé", "de"), ("essayé", "d'"), ("tente", "de"),
                            ("tentait", "de"), ("tentent", "de"), ("essaie", "de"), ("essaye", "de"), ("cherché", "à"),
                            ("cherche", "à"), ("trató", "de"), ("trataron", "de"), ("trata", "de"), ("tratan", "de"),
                            ("cercato", "di"), ("cercò", "di"), ("cerca", "di"), ("tentato", "di"), ("tentò", "di"),
                            ("tenta", "di"), ("provato", "a"), ("provò", "a"), ("tentativa", "de"), ("tentative", "de")])
_TRIED_COMMA = re.compile(r"(?<![^\W\d_])(versucht\w*|bemüht\w*|probiert\w*)," + GAP + r"$", re.IGNORECASE)
#: Words of an acquittal right before a quote (quote rules 112): "acquitted of", "cleared of", "found not guilty of",
#: "absuelto de", "assolto da", "absolvido de", "acquitté de"; German "freigesprochen, ... zu haben" has its comma.
_CLEARED = frozenset([("acquitted", "of"), ("cleared", "of"), ("exonerated", "of"), ("absolved", "of"),
                      ("acquitté", "de"), ("acquittée", "de"), ("acquitté", "du"), ("blanchi", "de"),
                      ("absuelto", "de"), ("absuelta", "de"), ("absuelto", "del"), ("assolto", "da"), ("assolta", "da"),
                      ("assolto", "dall'accusa"), ("absolvido", "de"), ("absolvida", "de"), ("absolvido", "do")])
_CLEARED_COMMA = re.compile(r"(?<![^\W\d_])(freigesprochen|entlastet)," + GAP + r"$", re.IGNORECASE)
#: Words of pretending right before a quote (quote rules 112): "pretended (that) he was", "pretended to be", "posed
#: as", "masqueraded as", "fingió", "finse di", "fingiu", "fait semblant de".
_PRETENDING = frozenset(["pretended", "pretends", "pretending", "pretend", "fingió", "fingía", "fingiu", "fingia",
                         "feigned"])
_PRETENDING_BEFORE = frozenset([("posed", "as"), ("poses", "as"), ("posing", "as"), ("masqueraded", "as"),
                                ("masquerading", "as"), ("semblant", "de"), ("semblant", "d'"), ("finse", "di"),
                                ("finge", "di"), ("fingió", "ser"), ("fingiu", "ser")])


#: A conjunction of comparison with what is not so right before the quote (quote rules 120): "as if [nothing had
#: happened]", "as though", "als ob", "comme si", "como si", "come se", "как будто". (Purpose, "so that", "para que",
#: "damit", is not read: a draft refused 27 more of the faithful survey's cuts, German "und damit" (and thus) and
#: fragments among them; left for a round of its own.)
_AS_IF = re.compile(r"(?<![^\W\d_])(as" + GAP + r"(?:if|though)|als" + GAP + r"(?:ob|wenn)|comme" + GAP + r"si"
                    + r"|como" + GAP + r"se|como" + GAP + r"si|come" + GAP + r"se|как" + GAP + r"будто|как" + GAP
                    + r"если" + GAP + r"бы|словно)" + GAP + r"$", re.IGNORECASE)


def _tried_or_cleared(original: str, start: int, first: str, second: str, last: str,
                      m: re.Match[str]) -> tuple[int, int, str] | None:
    """An attempt, an acquittal or a pretence right before ``original[start]`` (rules 112), or None."""
    if last in _TRYING or last.startswith(("пыта", "попыта")) or (second, last) in _TRYING_BEFORE:
        return (m.start(2) if (second, last) in _TRYING_BEFORE else m.start(3)), m.end(3), "says it was only tried"
    if (second, last) in _CLEARED or (first, second, last) == ("not", "guilty", "of"):
        at = m.start(1) if (first, second) == ("not", "guilty") else m.start(2)
        return at, m.end(3), "says a court or an inquiry cleared its subject of it"
    if last in _PRETENDING or (second in _PRETENDING and last in ("that", "to")) or (
            first in _PRETENDING and (second, last) == ("to", "be")) or (second, last) in _PRETENDING_BEFORE:
        at = m.start(3) if last in _PRETENDING else (m.start(2) if second in _PRETENDING or (
            second, last) in _PRETENDING_BEFORE else m.start(1))
        return at, m.end(3), "says it was pretended, not so"
    return None


def _not_done(original: str, start: int) -> tuple[int, int, str] | None:
    """The phrase of :data:`_NOT_DONE` right before ``original[start]``, and what it says, or None."""
    m = _NOT_DONE.search(original, max(0, start - _LOOK_BACK), start)
    if m is None:
        return None
    phrase = m.group().strip().rstrip(",")
    first = fold_word(phrase.split()[0].split("'")[0].split("\u2019")[0])
    if first in _EXCEPTING:
        what = "excepts it from what the rest did or are"
    elif first in _UNTIL_LATELY:
        what = "says it held until lately, and no longer"
    else:
        what = "says it was not done or is not so"
    return m.start(), m.start() + len(phrase), what


def held_back(quote_text: str, original: str, start: int, m: re.Match[str] | None) -> tuple[int, int, str] | None:
    """(start, end, what it says) of the words before ``original[start]`` that say the quote's act was held back,
    nearly happened or happened by more or less than the quote states (module docstring), or None. ``m``: the words
    right before it (:data:`archiver.quotes.lexicon.WORDS_BEFORE`), searched once for this reader and
    :func:`archiver.quotes.hearsay_lead.hearsay_lead`."""
    if (not_done := _not_done(original, start)) is not None:
        return not_done
    if (as_if := _AS_IF.search(original, max(0, start - _LOOK_BACK), start)) is not None:
        return as_if.start(1), as_if.end(1), "compares with what is not so"  # "as if nothing had happened" (120)
    if (comma := _TRIED_COMMA.search(original, max(0, start - _LOOK_BACK), start)) is not None:
        return comma.start(1), comma.end(1), "says it was only tried"  # "versuchte, den Richter zu bestechen"
    if (comma := _CLEARED_COMMA.search(original, max(0, start - _LOOK_BACK), start)) is not None:
        return comma.start(1), comma.end(1), "says a court or an inquiry cleared its subject of it"
    if m is None:
        return None
    first, second, last = (fold_word(w) if w else "" for w in m.groups())
    if (tried := _tried_or_cleared(original, start, first, second, last, m)) is not None:
        return tried
    head = fold_word(next(iter(re.findall(WORD, quote_text)), ""))
    acting = head.endswith("ing")  # an act held back, not "fall short of [the grand vision]" (the faithful survey)
    if last == "of" and second == "short" and (first in _SHORT_VERBS or not first) and acting:
        return m.start(2), m.end(3), "says the act was held back and not done"
    if acting and (last in _STOPPING or (second, last) in (("ruled", "out"), ("rules", "out"), ("rule", "out"),
                                                            ("ruling", "out"))):
        at = m.start(3) if last in _STOPPING else m.start(2)
        return at, m.end(3), "says it stopped, or was ruled out"  # "stopped paying", "ruled out raising" (rules 105)
    if last == "from" and acting and (kept := _KEPT_FROM.search(original, max(0, start - _LOOK_BACK), start)):
        return kept.start(1), m.end(3), "says it was prevented or forbidden"  # "prevented the protesters from"
    if (second, last) in _LACK_OF or last in ("отсутствие", "отсутствии"):
        at = m.start(2) if (second, last) in _LACK_OF else m.start(3)
        return at, m.end(3), "says it is lacking"  # "a lack of evidence that", "l'absence de" (rules 105)
    if last in ("having", "being") and (second in NEGATING_VERBS or (second == "ever" and first in NEGATING_VERBS)):
        at = m.start(2) if second in NEGATING_VERBS else m.start(1)  # "denied having taken", "denies ever having"
        return at, m.end(3), "denies it in the source"
    if last == "from" and second in _REFRAIN_VERBS and acting:
        return m.start(2), m.end(3), "says the act was held back and not done"
    if last in _NEARLY_VERBS or (second, last) in _NEARLY_PAIRS or (
            last == "non" and (first, second) in _NEARLY_PAIRS) or (last in ("não", "no") and (first, second) in
                                                                     _NEARLY_PAIRS):
        at = m.start(3) if last in _NEARLY_VERBS else (m.start(2) if (second, last) in _NEARLY_PAIRS else m.start(1))
        return at, m.end(3), "says it nearly happened, and so did not"
    if (second, last) in _MORE_THAN and head.startswith(_MULTIPLYING):
        return m.start(2), m.end(3), "bounds how much it changed: by more or less than the quote states"
    return None
