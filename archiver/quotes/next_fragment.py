"""A claim the source restricts or hedges in a short fragment right after its sentence (quote rules 97).

"The drug works" is a verbatim sentence of "The drug works. But only in mice.", of "The drug works. Not in humans,
though." and of "The drug works. In theory.": the fragment after the full stop takes back what the sentence seems to
say, as ", but only in mice" would in the same sentence (read since rules 26). Red team q97 found each ``exact``.

Read narrowly: the match ends its sentence (a full stop or an exclamation mark, the same paragraph), and the next
"sentence" is a fragment of at most :data:`_FRAGMENT_WORDS` words that, after an optional contrast ("But", "Aber",
"Mais", "Pero", "Ma", "Mas", "Но"), opens with

* a word of "only" or a negation right before a preposition ("Only in mice.", "Nur bei Mäusen.", "Not in humans.",
  "Pas chez l'homme.", "No en humanos.", "Не у людей."): the preposition keeps it from being a new clause's subject
  ("Only 5 people came." is a sentence of its own, a new claim);
* a phrase that scopes a finding (:func:`archiver.quotes.tail_phrases.tail_phrase`: "In mice.", "On average.", "In
  children.", "Under the plan."); or
* a hedge that is all the fragment says ("In theory.", "At least in theory.", "Allegedly.", "Angeblich.", "In theory,
  anyway.").

Rules 111 (red team q111) read a fragment that takes the claim back whole (:data:`_TAKING_BACK`), a question mark
allowed: a question that reopens it ("Or is it?", "Oder doch nicht?", "¿O no?"), a denial or mockery ("Not so.",
"Not exactly.", "Yeah, right.", "Von wegen.", "Pas vraiment.", "Far from it."), an end in time ("Not anymore.", "Until
now.", "Nicht mehr.", "Ya no."), or hearsay ("Or so we were told.", "O eso dicen.", "O almeno così dicono.", "Enfin,
c'est ce qu'on dit.", "That's what the company wants you to believe."); the "or so" and "or at least that is what"
forms after a dash in the same sentence too ("— or at least that is what the company claims":
:func:`taken_back_after_dash`).
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import ONLY_WORDS, WORD, fold_word, is_negation
from archiver.quotes.model import Difference
from archiver.quotes.refuted_around import before_its_stop
from archiver.quotes.tail_phrases import tail_phrase
from archiver.quotes.trail_limit import HEDGING_ADVERBS, HEDGING_PAIRS

#: How many words a fragment may hold: more, and it says something of its own.
_FRAGMENT_WORDS = 6
#: Contrasts a fragment may open with.
_CONTRASTS = frozenset(["but", "yet", "aber", "doch", "mais", "pero", "ma", "mas", "но", "and", "und", "et"])
#: Prepositions after "only" or a negation that make the fragment a restriction, not a new clause.
_PREPOSITIONS = frozenset(["in", "on", "at", "for", "among", "with", "under", "within", "bei", "im", "für", "unter",
                           "an", "chez", "dans", "en", "pour", "sur", "parmi", "con", "entre", "para", "nei", "negli",
                           "nelle", "nel", "per", "tra", "fra", "su", "sui", "em", "nos", "nas", "no", "na", "у", "в",
                           "на", "для", "среди", "при"])
#: Words a fragment may close with after its restriction ("Not in humans, though.").
_TAGS = frozenset(["though", "however", "allerdings", "jedoch", "cependant", "toutefois", "sin", "embargo", "però",
                   "porém", "однако", "правда", "anyway", "anyhow"])
_SP = r"[ \t\u00a0\u202f]+"
#: Hearsay after "or so" / "or at least that is what" (quote rules 111).
_OR_SO = (r"(?:(?:well|enfin|bueno|beh|bem)," + _SP + r")?(?:or" + _SP + r"so(?:" + _SP + r"[^\s.!?;]+){0,6}"
          r"|or" + _SP + r"at" + _SP + r"least" + _SP + r"(?:that['\u2019]s|that" + _SP + r"is|so)" + _SP
          + r"(?:what" + _SP + r")?(?:[^\s.!?;]+" + _SP + r"){0,4}(?:say|says|said|claim|claims|claimed|tell|tells|told"
          r"|believe|believes|insist|insists)"
          r"|that['\u2019]s" + _SP + r"what" + _SP + r"(?:[^\s.!?;]+" + _SP + r"){1,4}wants?" + _SP
          + r"(?:you|us|people|everyone|voters)" + _SP + r"to" + _SP + r"(?:believe|think)"
          r"|o" + _SP + r"(?:(?:al" + _SP + r"menos|almeno)" + _SP + r")?(?:eso|così)" + _SP
          + r"(?:(?:es" + _SP + r"lo" + _SP + r"que" + _SP + r")?(?:dicen|dicono|afirman|sostienen|si" + _SP
          + r"dice|sembra|parece))"
          r"|(?:ou" + _SP + r"(?:du" + _SP + r"moins" + _SP + r")?)?c['\u2019]est" + _SP + r"ce" + _SP + r"qu['\u2019]"
          + r"(?:on|ils|elles)" + _SP + r"(?:dit|disent|prétend|prétendent|raconte|racontent)"
          r"|(?:ou" + _SP + r"(?:pelo" + _SP + r"menos" + _SP + r")?)?é" + _SP + r"o" + _SP + r"que" + _SP
          + r"(?:dizem|afirmam|se" + _SP + r"diz)"
          r"|(?:oder" + _SP + r"(?:zumindest" + _SP + r")?)?(?:so" + _SP + r"heißt" + _SP + r"es|das" + _SP
          + r"(?:sagen|behaupten)" + _SP + r"(?:sie|zumindest" + _SP + r"[^\s.!?;]+)|so" + _SP + r"sagt" + _SP
          + r"man)"
          r"|или" + _SP + r"так" + _SP + r"говорят|так" + _SP + r"говорят)")
#: A whole fragment that takes the claim before it back (quote rules 111; module docstring).
_TAKING_BACK = re.compile(
    r"(?:(?:but|aber|mais|pero|ma|mas)" + _SP + r")?(?:"
    + _OR_SO
    + r"|or" + _SP + r"(?:is|was|does|did|will|can|has|have|are|were)" + _SP + r"(?:it|he|she|they|there|that)"
    r"|or" + _SP + r"(?:maybe" + _SP + r")?not|oder" + _SP + r"(?:(?:doch|etwa)" + _SP + r")?nicht|ou" + _SP
    + r"(?:pas|non)|o" + _SP + r"(?:forse" + _SP + r")?no|ou" + _SP + r"não|или" + _SP + r"нет"
    r"|(?:well," + _SP + r")?not" + _SP + r"(?:exactly|really|quite|so|entirely|at" + _SP + r"all|true|any"
    + _SP + r"more|anymore|for" + _SP + r"long)|yeah," + _SP + r"right|as" + _SP + r"if|far" + _SP + r"from" + _SP
    + r"it|no" + _SP + r"longer|until" + _SP + r"now|till" + _SP + r"now"
    r"|von" + _SP + r"wegen|nicht" + _SP + r"(?:wirklich|ganz|mehr|so" + _SP + r"ganz)|stimmt" + _SP + r"nicht"
    r"|weit" + _SP + r"gefehlt|bis" + _SP + r"jetzt"
    r"|pas" + _SP + r"(?:vraiment|tout" + _SP + r"à" + _SP + r"fait|du" + _SP + r"tout|si" + _SP + r"vite"
    r"|exactement)|loin" + _SP + r"de" + _SP + r"là|plus" + _SP + r"maintenant|jusqu['\u2019]ici"
    r"|no" + _SP + r"(?:exactamente|realmente|del" + _SP + r"todo|es" + _SP + r"así)|ni" + _SP + r"mucho" + _SP
    + r"menos|ya" + _SP + r"no|hasta" + _SP + r"ahora"
    r"|non" + _SP + r"(?:proprio|esattamente|del" + _SP + r"tutto|davvero|è" + _SP + r"così|più)|tutt['\u2019]altro"
    r"|finora"
    r"|não" + _SP + r"(?:exatamente|bem" + _SP + r"assim|realmente|mais)|longe" + _SP + r"disso|até" + _SP
    + r"agora"
    r"|не" + _SP + r"(?:совсем|вполне|так)|уже" + _SP + r"нет)"
    # a hedge of the writer's own may close it ("So heißt es jedenfalls.", "Or so it seems, anyway.")
    r"(?:,?" + _SP + r"(?:jedenfalls|zumindest|anyway|at" + _SP + r"least|du" + _SP + r"moins|al" + _SP + r"menos"
    r"|almeno|pelo" + _SP + r"menos|по" + _SP + r"крайней" + _SP + r"мере))?"
    r"[ \t\u00a0\u202f]*[.!?\u2026]*[\"'\u201d\u00bb\u2019)]*",
    re.IGNORECASE)
#: A fragment up to its end, a question mark allowed (the "taking back" fragments may ask).
_ANY_FRAGMENT = re.compile(r"[^.!?;\n]*[.!?\u2026]*")
#: "or so" / "or at least that is what" after a dash or a comma in the claim's own sentence, to its end.
_OR_SO_AFTER = re.compile(r"[ \t\u00a0\u202f]*(?:,|[\u2013\u2014]|--)[ \t\u00a0\u202f]*(" + _OR_SO
                          + r")[ \t\u00a0\u202f]*(?:[.!?;]|$)", re.IGNORECASE)
_END = re.compile(r"[\"'\u201d\u00bb\u2019)\]]*[.!]+[\"'\u201d\u00bb\u2019)\]]*[ \t\u00a0\u202f]+")
_FRAGMENT = re.compile(r"[^.!?;\n]*[.!]")
_WORDS = re.compile(WORD)


def _all_hedges(rest: list[str]) -> bool:
    """Whether the words ``rest`` (at most four) are hedges and nothing else: "In theory", "Allegedly", "Zumindest
    theoretisch", "At least for now" (:data:`HEDGING_ADVERBS`, :data:`HEDGING_PAIRS`)."""
    if not rest or len(rest) > 4:
        return False
    i = 0
    while i < len(rest):
        if i + 1 < len(rest) and (rest[i], rest[i + 1]) in HEDGING_PAIRS:
            i += 2
        elif rest[i] in HEDGING_ADVERBS or (rest[i], "") in HEDGING_PAIRS:
            i += 1
        else:
            return False
    return True


def taken_back_after_dash(original: str, end: int) -> Difference | None:
    """A material ``trailing_word`` difference when the match ending at ``original[end]`` is followed, after a dash or a
    comma, by "or so ..." or "or at least that is what ... claims" to its sentence's end (rules 111)."""
    m = _OR_SO_AFTER.match(original, end)
    if m is None:
        return None
    shown = m.group(1)
    return Difference("trailing_word", True, None, shown, m.start(1), m.end(1),
                      note=f"the quote ends right before {shown!r}, which makes its claim hearsay in the source")


def restricted_next(original: str, end: int) -> Difference | None:
    """A material ``trailing_word`` difference when the match ending at ``original[end]`` (its stop left out or taken
    in) ends its sentence and a short fragment after it restricts, hedges or takes it back (module docstring); else
    None."""
    closing = _END.match(original, before_its_stop(original, end))  # (a ";" it leaves opens no fragment: _END)
    if closing is None:
        return taken_back_after_dash(original, end)
    whole = _ANY_FRAGMENT.match(original, closing.end())
    if whole is not None and (back := _TAKING_BACK.fullmatch(original, whole.start(), whole.end())) is not None:
        shown = back.group().rstrip(" .!\"'\u201d\u00bb\u2019)")
        return Difference("trailing_word", True, None, shown, back.start(), back.start() + len(shown),
                          note=(f"the quote ends its sentence, and the fragment after it ({shown!r}) doubts, denies, "
                                "limits or takes back its claim in the source"))
    fragment = _FRAGMENT.match(original, closing.end())
    if fragment is None:
        return None
    found = list(_WORDS.finditer(fragment.group()))
    words = [fold_word(w.group()) for w in found]
    if not words or len(words) > _FRAGMENT_WORDS:
        return None
    first = 1 if words[0] in _CONTRASTS and len(words) > 1 else 0
    lead = words[first]
    shown_at = fragment.start() + found[first].start()
    restricted = (lead in ONLY_WORDS or is_negation(lead)) and first + 1 < len(words) and (
        words[first + 1] in _PREPOSITIONS)
    hedged = _all_hedges([w for w in words[first:] if w not in _TAGS])
    # (the quote's own words are not passed: a superlative's bound or an evidence's scope is read inside a sentence only,
    # not "die höchste im Test. Da muss Amazon nachbessern.", the faithful survey)
    scoped = None if restricted or hedged else tail_phrase("", original, shown_at, "")
    if scoped is not None and scoped[1] < fragment.end() - 1 and original[scoped[1]:fragment.end()].strip(" .!,") and (
            not {fold_word(w) for w in _WORDS.findall(original[scoped[1]:fragment.end()])} <= _TAGS):
        scoped = None  # the phrase opens a sentence that goes on ("In mice, the drug failed.")
    if not (restricted or hedged or scoped):
        return None
    shown = fragment.group()[found[first].start():].rstrip(" .!")
    return Difference("trailing_word", True, None, shown, shown_at, shown_at + len(shown),
                      note=(f"the quote ends its sentence, and the fragment after it ({shown!r}) restricts or hedges "
                            "its claim in the source"))
