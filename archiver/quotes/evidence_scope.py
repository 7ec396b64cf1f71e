"""A finding cut before what it works against, what it works with, or how much of the evidence shows it (quote rules
90, red team q90).

"The vaccine is effective" is a verbatim part of "The vaccine is effective against the original strain.", "The drug
works" of "... in combination with chemotherapy.", "Coffee reduces the risk" of "... in some studies.": effective
against one strain is not effective, working with another drug is not working alone, and some studies are not the
evidence. Read right after the quote's end, after a comma or with no mark, in six languages:

* "against" (:data:`_AGAINST`) after a word of efficacy or protection ending the quote (:data:`_EFFICACY`: "effective",
  "protects", "wirksam", "efficace", "eficaz", "эффективен"); "voted [against the bill]" ends with no such word;
* a combination (:data:`_COMBINED`: "in combination with", "when combined with", "in Kombination mit", "en association
  avec", "en combinación con", "in combinazione con", "em combinação com", "в сочетании с");
* a part of the evidence (:data:`_SOME_EVIDENCE`: "in some studies", "in a small trial", "in einigen Studien", "dans
  certaines études", "en algunos estudios", "in alcuni studi", "em alguns estudos", "в некоторых исследованиях").
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import GAP, WORD, fold_word

_S = GAP
_EFFICACY = frozenset([
    "effective", "ineffective", "efficacious", "works", "worked", "work", "protects", "protect", "protected",
    "protective", "immune", "resistant",
    "wirksam", "unwirksam", "wirkt", "wirken", "wirkte", "schützt", "schützen", "immun", "resistent",
    "efficace", "efficaces", "inefficace", "protège", "protègent", "immunisé", "immunisés", "résistant",
    "eficaz", "eficaces", "ineficaz", "funciona", "funcionan", "protege", "protegen", "inmune", "resistente",
    "efficaci", "funziona", "funzionano", "protegge", "proteggono", "immune", "resistenti",
    "eficazes", "funcionam", "protegem", "imune",
    "эффективен", "эффективна", "эффективно", "эффективны", "защищает", "защищают"])
_AGAINST = re.compile(r"(?:against|gegen|contre|contra|contro|против)(?![^\W\d_])", re.IGNORECASE)
_COMBINED = re.compile(
    r"(?:in" + _S + r"combination" + _S + r"with|(?:when" + _S + r")?combined" + _S + r"with|in" + _S + r"kombination"
    + _S + r"mit|kombiniert" + _S + r"mit|en" + _S + r"(?:association|combinaison)" + _S + r"avec|associée?s?" + _S
    + r"à|en" + _S + r"combinación" + _S + r"con|combinad[oa]s?" + _S + r"(?:con|com)|in" + _S + r"combinazione" + _S
    + r"con|combinat[oa]" + _S + r"con|em" + _S + r"combinação" + _S + r"com|в" + _S + r"(?:сочетании|комбинации)"
    + _S + r"с)(?![^\W\d_])",
    re.IGNORECASE)
#: (Not a bare "a", "einer", "une", "un", "um": "fanden in einer Studie heraus" is "found in a study"; one study is said
#: by "one", "a single", "a small", "a pilot".)
_SOME_EVIDENCE = re.compile(
    r"(?:(?:in|among)" + _S + r"(?:some|a" + _S + r"few|several|certain|one|a" + _S + r"(?:single|small|pilot|"
    r"preliminary)|two|three)" + _S + r"(?:[^\W\d_]+" + _S + r"){0,2}(?:studies|study|trials?|analys[ie]s|"
    r"experiments?|surveys?)"
    r"|in" + _S + r"(?:einigen|manchen|wenigen|einer" + _S + r"kleinen|zwei|drei)" + _S + r"(?:[^\W\d_]+" + _S
    + r"){0,2}(?:studien|studie|untersuchungen|untersuchung|versuchen)"
    r"|dans" + _S + r"(?:certaines|quelques|une" + _S + r"petite|deux|trois)" + _S + r"(?:[^\W\d_]+" + _S
    + r"){0,2}(?:études?|essais?)"
    r"|en" + _S + r"(?:algunos|ciertos|unos" + _S + r"pocos|un" + _S + r"pequeño|dos|tres)" + _S + r"(?:[^\W\d_]+"
    + _S + r"){0,2}(?:estudios?|ensayos?)"
    r"|in" + _S + r"(?:alcuni|pochi|certi|un" + _S + r"piccolo|due|tre)" + _S + r"(?:[^\W\d_]+" + _S
    + r"){0,2}(?:studi|studio|prove)"
    r"|(?:em|num|numa)" + _S + r"(?:alguns|poucos|certos|um" + _S + r"pequeno|pequeno|dois|três)" + _S
    + r"(?:[^\W\d_]+" + _S + r"){0,2}(?:estudos?|ensaios?)"
    r"|в" + _S + r"(?:некоторых|ряде|нескольких|небольшом)" + _S + r"(?:[^\W\d_]+" + _S
    + r"){0,2}(?:исследованиях|исследовании|испытаниях|испытании))(?![^\W\d_])",
    re.IGNORECASE)
_LAST_WORD = re.compile(rf"({WORD})\W*$")


#: Words after which the phrase singles out a case of a claim that holds anyway ("Mir gefällt dieser Trend besonders
#: in Kombination mit ...", "effective, especially against ..."; the faithful survey).
_ESPECIALLY = frozenset(["especially", "particularly", "notably", "besonders", "vor", "insbesondere", "surtout",
                         "notamment", "especialmente", "sobre", "specialmente", "soprattutto", "особенно"])
#: "against all variants", "gegen alle", "contre tous": the widest scope there is, nothing left off.
_AGAINST_ALL = re.compile(r"[^\W\d_]+" + _S + r"(?:all|every|any|alle|allen|jede[nr]?|tous|toutes|todas|todos|tutti|"
                          r"tutte|всех)(?![^\W\d_])", re.IGNORECASE)


def evidence_scope(quote_text: str, after: str, at: int) -> tuple[re.Match[str], str] | None:
    """(the phrase starting at ``after[at]``, what it does to the claim) for a finding the quote cut before its
    "against", its combination or its part of the evidence (see the module's docstring), or None; not after a word
    that singles out a case (:data:`_ESPECIALLY`)."""
    last = _LAST_WORD.search(quote_text)
    folded = fold_word(last.group(1)) if last is not None else ""
    if folded in _ESPECIALLY:
        return None
    if folded in _EFFICACY and (m := _AGAINST.match(after, at)) is not None and not _AGAINST_ALL.match(after, at):
        return m, "says what it works or protects against"
    if (m := _COMBINED.match(after, at)) is not None:
        return m, "says it works only in combination with something else"
    if (m := _SOME_EVIDENCE.match(after, at)) is not None:
        return m, "says only part of the evidence shows it"
    return None
