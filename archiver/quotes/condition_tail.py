"""A claim that holds under a proposal, on a condition set absolutely, or with exceptions: a quote cut before the
phrase states it outright (quote rules 91, red team q91).

"Taxes will fall" is a verbatim part of "Taxes will fall under the plan.", "The bridge will reopen" of "The bridge will
reopen, weather permitting.", "The law bans smoking" of "The law bans smoking, with some exceptions.": a plan is not
yet law, a condition may fail, and exceptions are not the rule. Read right after the quote's end, after a comma or
with no mark (:data:`_PHRASE`), in six languages:

* a proposal the claim holds under: "under the plan / proposal / bill / scheme / deal / draft", "bajo el plan", "con
  el plan", "con il piano", "pelo plano"; not "under the river" (no proposal's noun), and not "according to the plan"
  in any language ("nach dem Plan", "laut Entwurf", "según el plan", "secondo il piano", "segundo o plano"): a plan
  named as the source of a schedule is the standing faithful reading (red team rvq39: "A ponte ficará pronta até 2030,
  segundo o plano.");
* an absolute condition: "weather permitting", "conditions permitting", "time permitting";
* exceptions: "with (some | few | a few | certain) exceptions", "mit (einigen | wenigen) Ausnahmen", "salvo
  excepciones", "con (algunas) excepciones", "avec (quelques) exceptions", "con (alcune) eccezioni", "salvo eccezioni",
  "com (algumas) exceções", "salvo exceções", "за (некоторыми) исключениями".
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import GAP

_S = GAP
#: The nouns of a proposal, a draft or an agreement not yet in force, in the six languages.
PROPOSALS = (r"(?:plans?|proposals?|bill|scheme|deal|draft|proposed" + _S + r"\w+|reform|planned" + _S + r"\w+|"
              r"plan|plänen|entwurf|vorschlag|gesetzentwurf|reform|"
              r"proyecto|propuesta|plan|reforma|borrador|"
              r"piano|proposta|progetto|riforma|bozza|"
              r"plano|proposta|projeto|reforma)")
_PHRASE = re.compile(
    r"(?:under" + _S + r"(?:the|a|this|that|their|its|his|her|our)" + _S + r"(?:[^\W\d_]+" + _S + r"){0,2}"
    + PROPOSALS
    + r"|(?:con|bajo)" + _S + r"(?:el|la|los|las|este|esta)" + _S + PROPOSALS
    + r"|con" + _S + r"(?:il|la|lo|questo|questa)" + _S + PROPOSALS
    + r"|(?:pelo|pela|com" + _S + r"o|com" + _S + r"a)" + _S + PROPOSALS
    + r"|(?:weather|conditions|time|circumstances|funding|health)" + _S + r"permitting"
    + r"|with" + _S + r"(?:(?:some|few|a" + _S + r"few|certain|several|limited|notable)" + _S + r")?exceptions"
    + r"|mit" + _S + r"(?:(?:einigen|wenigen|manchen)" + _S + r")?ausnahmen"
    + r"|avec" + _S + r"(?:(?:quelques|certaines|des)" + _S + r")?exceptions"
    + r"|(?:con|salvo)" + _S + r"(?:(?:algunas|pocas|ciertas|alcune|poche|certe)" + _S + r")?(?:excepciones|eccezioni)"
    + r"|(?:com|salvo)" + _S + r"(?:(?:algumas|poucas|certas)" + _S + r")?exceções"
    + r"|за" + _S + r"(?:(?:некоторыми|редкими|немногими)" + _S + r")?исключениями)(?![^\W\d_])",
    re.IGNORECASE)


def condition_tail(after: str, at: int) -> re.Match[str] | None:
    """The phrase of a proposal, an absolute condition or exceptions (:data:`_PHRASE`) starting at ``after[at]``, if
    any: the text right after a quote's end, past its comma or the space before it."""
    return _PHRASE.match(after, at)
