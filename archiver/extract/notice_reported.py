"""A notice's words reported as someone's: a quotation its speaker is named after, or a sentence with its speaker set
between commas (review rvn60).

"“The views expressed on this blog are those of the author, not the harbour’s,” one reader wrote under last week’s
post, ..." holds a disclaimer's cue, and the model read it as one (before rounds credit57 and b19notice too): its
words are a reader's, quoted by the story, not the page's statement about itself. Two forms say so outright:

- the text opens with a quotation mark, the quotation closes and a verb of saying follows it within five words
  ("...,” one reader wrote", "...,” wrote one reader", "...“, sagte sie", "... », a écrit un lecteur");
- the speaker is set between commas inside the sentence ("..., one reader wrote, and that is ...").

A notice that names someone in its own words ("Editor's note: ..., the author said in March") has neither form.
Why a module of its own: both the lexicon's candidates (``notices.candidate``) and the page's own statements
(:mod:`~archiver.extract.notice_own_statements`) ask it, and each of them is imported by the other's readers.
"""

from __future__ import annotations

import re

from archiver.core import lazy_re

_F = re.IGNORECASE

#: A verb of saying or writing, past or present, as a story attributes a quotation (EN DE FR ES IT PT RU).
_SAYING = (r"(said|says|wrote|writes|told|tells|added|adds|commented|comments|replied|replies|posted|asked|argued|"
           r"sagte|sagt|schrieb|schreibt|meinte|meint|kommentierte|fügte [\w ]{0,20}hinzu|"
           r"a (dit|écrit|déclaré|ajouté|commenté|répondu)|écrit|dit|"
           r"dijo|dice|escribió|escribe|comentó|añadió|respondió|"
           r"ha (detto|scritto|commentato|aggiunto|risposto)|scrive|dice|"
           r"disse|diz|escreveu|escreve|comentou|acrescentou|respondeu|"
           r"сказал\w*|написал\w*|заявил\w*|добавил\w*|ответил\w*)")
#: A quotation opening the text, closed, and its speaker named after it.
_QUOTED_THEN_SAID = lazy_re.compile(
    r"^\W{0,2}[“\"„«‘][^”\"“»]{10,400}?[”\"“»’]\s*[,.]?\s+([^\W\d_]+\s+){0,4}?" + _SAYING + r"\b", _F)
#: The speaker set between commas: ", one reader wrote,".
_SAID_BETWEEN_COMMAS = lazy_re.compile(r",\s+([^\W\d_]+\s+){0,4}?" + _SAYING + r"\s*,", _F)
#: The characters that may open a quotation (tested before the pattern: most texts open with none).
_QUOTE_OPEN = ("\"", "“", "„", "«", "‘")


def reported_as_someones(text: str) -> bool:
    """Whether ``text`` is someone's words the page reports (see the module's docstring), not its own notice."""
    body = text.lstrip()
    if body.startswith(_QUOTE_OPEN) and _QUOTED_THEN_SAID.match(body):
        return True
    return "," in text and _SAID_BETWEEN_COMMAS.search(text) is not None
