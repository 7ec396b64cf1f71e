"""A figure cut from the words that say over what period or in what measure it is given (quote rules 98).

"Prices rose 2%" is a verbatim part of "Prices rose 2% month on month.", "Prices rose 50%" of "... 50% over a decade.",
"Crime fell 30%" of "... 30% since 2010.", "Wages rose 5%" of "... 5% in nominal terms.": the number stands, but what it
measures does not. A month's 2% is an annual 27%; a nominal rise may
be a real fall. Its scale, its bound and its rate were read since rules 21-28 (:mod:`archiver.quotes.number_edge`);
these frames were not. Red team q98 found 10 of its 16 pairs wrong, each such a cut passing ``exact``.

Read right after the quote's last figure (a number, a percent, or a number and its scale), with only spaces between,
in the seven languages:

* a period the change spans or is measured over (:data:`_PERIOD`: "month on month", "quarter on quarter", "over a decade",
  "over five years", "since 2010", "in ten years", "seit 2010", "in zehn Jahren", "sur un mois", "depuis 2010", "en un
  año", "desde 2010", "in dieci anni", "dal 2010", "em dez anos", "desde 2010", "за год", "с 2010 года");
* a measure (:data:`_MEASURE`: "in nominal terms", "in real terms", "after inflation", "adjusted for inflation",
  "nominal", "preisbereinigt", "en termes réels", "en términos nominales", "in termini reali", "em termos reais",
  "в реальном выражении").

A comma closes the figure (", the agency said"). Not a change on the year before ("year on year", "gegenüber dem
Vorjahr"): the reading a yearly figure has without it (the faithful survey's "sank der Absatz um 9 Prozent gegenüber
dem Vorjahr"). Not a currency after a figure ("5 million [pesos]"): the standing decision of the case file's faithful
"spend 1.5 million [euros]" (cut-ellipsis-short-part-whole), which a draft of these rules broke, and of the faithful
survey's "um ein Fünftel auf 1,2 Milliarden [Euro]". Not a share's base ("The deficit is 3% [of GDP]"): the standing
decision of the review of rules 28 ("The party won 5%" of "... 5% of the vote." is faithful: a percentage before
other words), which the draft of these rules broke (the final make test found it).
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import GAP, fold_word
from archiver.quotes.number_edge import NUMBER_SCALES

_S = GAP
#: The quote's last figure: a number (digits with separators, an amount sign), a percent sign glued to it or not.
_FIGURE = re.compile(r"(?:[$€£¥]?[0-9](?:[0-9.,'\u2019]*[0-9])?[ \u00a0\u202f]?[%‰]?)$")
_YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2})"
_SPAN = (r"(?:[0-9]+|a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|zwei|drei|vier|fünf|zehn|zwanzig|un|une"
         r"|deux|trois|cinq|dix|uno|una|dos|tres|cinco|diez|due|tre|cinque|dieci|um|uma|dois|duas|três|dez)")
#: A period a change spans or is measured over.
_PERIOD = re.compile(
    r"(?:(?:month|quarter|week)[- \u00a0]on[- \u00a0](?:month|quarter|week)|on" + _S + r"the" + _S
    + r"(?:month|quarter)|over" + _S + r"(?:the" + _S + r"(?:past|last)" + _S + r")?(?:a" + _S + r")?(?:" + _SPAN
    + _S + r")?(?:decade|decades|years|months|year|month)|since" + _S + _YEAR + r"|in" + _S + _SPAN + _S
    + r"(?:years|months|decades)"
    + r"|seit" + _S + _YEAR + r"|in" + _S + _SPAN + _S + r"(?:Jahren|Monaten|Jahrzehnten)|binnen" + _S + _SPAN + _S
    + r"(?:Jahren|Monaten)|gegenüber" + _S + r"dem" + _S + r"Vor(?:monat|quartal)"
    + r"|sur" + _S + r"(?:un|une|" + _SPAN + r")" + _S + r"(?:an|ans|mois|année|années|décennie)|depuis" + _S + _YEAR
    + r"|en" + _S + _SPAN + _S + r"(?:ans|années|años|meses|mois)|desde" + _S + _YEAR
    + r"|in" + _S + _SPAN + _S + r"(?:anni|mesi)|dal" + _S + _YEAR + r"|em" + _S + _SPAN + _S + r"(?:anos|meses)"
    + r"|за" + _S + r"(?:год|месяц|десятилетие|[0-9]+" + _S + r"(?:лет|года|месяцев))|с" + _S + _YEAR + _S + r"года"
    + r")(?![^\W\d_])", re.IGNORECASE)
#: A measure of the figure: nominal or real, before or after inflation.
_MEASURE = re.compile(
    r"(?:in" + _S + r"(?:nominal|real|cash)" + _S + r"terms|nominal(?:ly)?|(?:after|before)" + _S
    + r"(?:adjusting" + _S + r"for" + _S + r")?inflation|adjusted" + _S + r"for" + _S + r"inflation"
    + r"|inflation-adjusted|preisbereinigt|inflationsbereinigt|real" + _S + r"betrachtet"
    + r"|en" + _S + r"termes" + _S + r"(?:réels|nominaux)|en" + _S + r"(?:valeur|euros)" + _S + r"(?:réelle|constants)"
    + r"|en" + _S + r"términos" + _S + r"(?:nominales|reales)|in" + _S + r"termini" + _S + r"(?:reali|nominali)"
    + r"|em" + _S + r"termos" + _S + r"(?:reais|nominais)|в" + _S + r"(?:реальном|номинальном)" + _S + r"выражении"
    + r")(?![^\W\d_])", re.IGNORECASE)


def dropped_frame(quote_text: str, original: str, end: int) -> tuple[int, int, str] | None:
    """(start, end, what it gives) of the frame right after ``original[end]`` that a figure the quote (``quote_text``,
    its last part as written) ends with needs (module docstring), or None."""
    words = quote_text.split()
    if not words:
        return None
    last = fold_word(words[-1].rstrip(".,;:!?"))
    figure = _FIGURE.search(quote_text.rstrip()) is not None
    scaled = not figure and len(words) > 1 and last in NUMBER_SCALES and _FIGURE.search(words[-2]) is not None
    if not (figure or scaled):
        return None
    at = end
    while at < len(original) and original[at] in " \t\u00a0\u202f":
        at += 1
    if at == end or at >= len(original):
        return None  # a mark or the text's end right after the figure: a comma closes it
    if (m := _PERIOD.match(original, at)) is not None:
        return at, m.end(), "says the period it spans or is measured over"
    if (m := _MEASURE.match(original, at)) is not None:
        return at, m.end(), "says the measure it is given in (nominal or real, before or after inflation)"
    return None
