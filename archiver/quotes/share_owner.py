"""A claim a share of the people asked holds: a quote that starts after "40% of respondents said" states it as fact
(quote rules 88, red team q88).

"the economy is improving" is a verbatim part of "40% of respondents said the economy is improving.": a poll's share
said it, maybe the minority, and the source does not. A quote of reported speech is faithful to the report when one
speaker said it ("The central bank said the economy is improving": a quote of what the bank said, the standing
reading); a share of a group is a finding about the group, not a speaker whose words the quote gives. Read: the
quote starts right after a verb of saying or answering (:data:`_SAYING`), or after its "that", and the verb's subject
opens its sentence with a share (:data:`_SHARE`: a percentage, a fraction, "a majority", "most", "few") and at most four
more words ("of respondents", "der Befragten", "des sondés", "de los encuestados"). Verbs of belief are read already
(:data:`archiver.quotes.lead_word.HOPING_VERBS`).
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import WORD_COMMA_BEFORE, fold_word
from archiver.quotes.model import Difference

#: Verbs of saying or answering whose subject may be a share of those asked, in the seven languages.
_SAYING = frozenset([
    "said", "say", "says", "told", "answered", "responded", "replied", "agreed", "reported", "stated", "indicated",
    "sagten", "sagen", "sagte", "gaben", "antworteten", "erklärten", "meinten", "meinen",
    "disent", "ont", "déclarent", "répondent", "affirment", "estiment",
    "dijo", "dijeron", "dicen", "respondieron", "afirmaron", "afirman", "declararon",
    "dice", "dicono", "hanno", "risposto", "affermano", "dichiarato",
    "disse", "disseram", "dizem", "responderam", "afirmaram", "afirmam", "declararam",
    "сказали", "заявили", "ответили", "говорят", "сообщили"])
#: Words that may stand between such a verb and the quote: its "that", a German "an" ("gaben an, dass"), French "dit",
#: Italian "detto", Portuguese "que" (and the clause's comma before it).
_LINKS = frozenset(["that", "dass", "an", "que", "qu'", "che", "что", "dit", "déclaré", "répondu", "detto"])
#: A share opening the sentence before the verb's subject's other words.
_SHARE = re.compile(
    r"(?:^|[.!?]\s+|\n|,\s+)[\s\"'\u201c\u201e\u00ab(]*(?:(?:only|just|nearly|almost|about|around|roughly|nur|knapp|fast|"
    r"seulement|près de|environ|solo|casi|cerca del?|quase|cerca de|только|почти|около)\s+)?(?:(?:el|la|il|o|a)\s+)?"
    r"(?:\d+(?:[.,]\d+)?[\s\u00a0\u202f]?(?:%|per\s?cent|prozent|pour\s?cent|por\s?ciento|per\s?cento|por\s?cento|процент\w*)"
    r"|(?:a|one|ein|un|una|um|uma)\s+(?:third|quarter|fifth|drittel|viertel|tiers|quart|tercio|cuarto|terzo|quarto)"
    r"|half|two[- ]thirds|three[- ]quarters|a\s+majority|a\s+minority|most|many|few|die\s+hälfte|die\s+mehrheit|"
    r"la\s+moitié|la\s+majorité|la\s+mitad|la\s+mayoría|la\s+metà|la\s+maggioranza|a\s+metade|a\s+maioria|"
    r"половина|большинство)(?:\s+[^\s.!?]+){0,4}\s+$",
    re.IGNORECASE)
#: How far back the sentence's start is looked for (characters).
_REACH = 160


def share_said(original: str, start: int) -> Difference | None:
    """A material ``leading_qualifier`` difference when the match, starting at ``original[start]``, opens right after
    a verb of saying (or its "that") whose subject is a share of those asked (see the module's docstring)."""
    low = max(0, start - _REACH)
    verb = WORD_COMMA_BEFORE.search(original, low, start)
    if verb is not None and fold_word(verb.group(1)) in _LINKS:
        verb = WORD_COMMA_BEFORE.search(original, low, verb.start())
    if verb is not None and fold_word(verb.group(1)) not in _SAYING:
        verb = None
    if verb is None:
        return None
    share = _SHARE.search(original, low, verb.start())
    if share is None:
        return None
    at = share.start() + len(share.group()) - len(share.group().lstrip("\n.!?, \t\"'\u201c\u201e\u00ab("))
    words = original[at:verb.end(1)]
    return Difference("leading_qualifier", True, None, words, at, verb.end(1),
                      note=f"the quote starts right after {words!r}: a share of those asked said it in the source, "
                           "not the source")
