"""A quote cut right before the phrase that says for whom, when or how a judgment holds (quote rules 72).

"the bridge is safe" is a verbatim part of "The bridge is safe at speeds below 30 km/h", "a água é
potável" of "A água é potável depois de fervida", "вода пригодна для питья" of "Вода пригодна для
питья после кипячения": the source judges a thing safe, effective, lawful or fit under a
condition or for some, the quote the same thing without one. A reader takes the quote for a verdict
that holds always and for all, which is what a safety, efficacy or legality claim most needs to
keep (red team q71: three such cuts were ``normalized`` under rules 71). "useful", "available" and
"free" are not read: what a thing is useful for, where it is to be had, are as often its purpose
as a limit ("will be useful for following up on sources": the faithful survey's cut).

So a quote whose last words are such a judgment used as a predicate (:data:`JUDGMENTS`, after a
copula within a few words: :data:`COPULAS`; a Russian short form is a predicate by its form), maybe
with the purpose it names after it ("safe to drink", "пригодна для питья": :data:`PURPOSE_WORDS`),
is ``trailing_word`` material when a preposition or conjunction that opens a scope follows right
after the match, with nothing but spaces between (:data:`SCOPE_OPENERS`: "for", "at", "after",
"bei", "chez", "después", "dopo", "após", "после", ...; after a purpose, only one of a condition
or a time: :data:`CONDITION_OPENERS`). A comma before it sets off an aside, which
:mod:`archiver.quotes.trail_limit` reads; the words of limit it reads ("only", "except", "unless")
are not repeated here. A judgment used as an attribute ("a safe place for children") has no copula
before it and is not read: it names a thing, it claims nothing of it.
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import WORD, fold_word
from archiver.quotes.model import Difference

#: Words that judge a thing safe, harmful, effective, lawful, fit, valid or required, by language
#: (one set: a word of one language is no other word of another after a copula). Not "available"
#: or "free": where or how a thing is to be had ("available on our website") is seldom a limit of
#: the claim, and "free" is as often "not held".
JUDGMENTS = frozenset([
    # EN
    "safe", "unsafe", "effective", "ineffective", "harmless", "harmful", "dangerous", "legal", "illegal", "lawful",
    "unlawful", "allowed", "permitted", "banned", "forbidden", "prohibited", "drinkable", "potable", "edible",
    "suitable", "unsuitable", "fit", "unfit", "healthy", "toxic", "appropriate",
    "reliable", "accurate", "valid", "invalid", "necessary", "mandatory", "compulsory",
    "required", "recommended",
    # DE
    "sicher", "unsicher", "wirksam", "unwirksam", "unbedenklich", "bedenklich", "harmlos", "gefährlich", "schädlich",
    "giftig", "erlaubt", "verboten", "zulässig", "unzulässig", "trinkbar", "genießbar", "essbar", "geeignet",
    "ungeeignet", "gesund", "gültig", "ungültig", "zuverlässig", "nötig", "notwendig",
    "vorgeschrieben", "empfohlen",
    # FR
    "sûr", "sûre", "sûrs", "sûres", "efficace", "efficaces", "inefficace", "inefficaces", "dangereux", "dangereuse",
    "dangereuses", "inoffensif", "inoffensive", "nocif", "nocive", "nocifs", "toxique", "toxiques", "légal", "légale",
    "légaux", "légales", "illégal", "illégale", "illégaux", "autorisé", "autorisée", "autorisés", "autorisées",
    "interdit", "interdite", "interdits", "interdites", "potables", "comestible", "comestibles", "adapté",
    "adaptée", "adaptés", "adaptées", "sain", "saine",
    "valable", "valables", "fiable", "fiables", "obligatoire", "obligatoires", "recommandé",
    "recommandée", "nécessaire", "nécessaires",
    # ES
    "seguro", "segura", "seguros", "seguras", "eficaz", "eficaces", "inofensivo", "inofensiva", "peligroso",
    "peligrosa", "peligrosos", "nocivo", "nociva", "tóxico", "tóxica", "legales", "ilegales", "permitido", "permitida",
    "permitidos", "prohibido", "prohibida", "prohibidos", "apto", "apta", "aptos", "aptas", "adecuado",
    "adecuada", "sano", "sana", "válido", "válida", "obligatorio", "obligatoria",
    "recomendado", "recomendada", "necesario", "necesaria",
    # IT
    "sicuro", "sicura", "sicuri", "sicure", "efficaci", "innocuo", "innocua", "pericoloso", "pericolosa",
    "pericolosi", "tossico", "tossica", "legale", "legali", "illegale", "illegali", "consentito", "consentita",
    "vietato", "vietata", "vietati", "potabile", "potabili", "commestibile", "adatto", "adatta",
    "valido", "valida", "affidabile", "obbligatorio", "obbligatoria", "raccomandato", "necessario",
    "necessaria",
    # PT
    "eficazes", "inofensiva", "perigoso", "perigosa", "legais", "ilegais", "proibido", "proibida", "potável",
    "potáveis", "comestível", "adequado", "adequada", "saudável", "confiável",
    "obrigatório", "obrigatória", "necessário", "necessária",
    # RU (short forms: predicates by their form)
    "безопасен", "безопасна", "безопасно", "безопасны", "эффективен", "эффективна", "эффективны", "опасен", "опасна",
    "опасны", "вреден", "вредна", "вредны", "безвреден", "безвредна", "безвредны", "токсичен", "токсична", "законен",
    "законна", "законны", "разрешён", "разрешен", "разрешена", "разрешено", "разрешены", "запрещён", "запрещен",
    "запрещена", "запрещено", "запрещены", "пригоден", "пригодна", "пригодно", "пригодны", "съедобен", "съедобна",
    "действителен", "действительна",
    "обязателен", "обязательна", "необходим", "необходима", "необходимы",
])
#: Russian predicates need no copula: their short form says they are one.
_RUSSIAN_LETTERS = re.compile(r"[а-яё]")
#: Copulas (and verbs that hold a state as one: "remains", "gilt als") a predicate judgment
#: follows, by language, in one set.
COPULAS = frozenset([
    "is", "are", "was", "were", "be", "been", "being", "remains", "remain", "remained", "seems", "seem", "seemed",
    "stays", "stay", "stayed", "proved", "proves", "proven", "become", "becomes", "became",
    "ist", "sind", "war", "waren", "sei", "seien", "bleibt", "bleiben", "blieb", "gilt", "gelten", "galt", "wäre",
    "wird", "werden",
    "est", "sont", "était", "étaient", "reste", "restent", "restait", "sera", "seront", "serait", "demeure", "semble",
    "es", "son", "era", "eran", "fue", "fueron", "está", "están", "estaba", "estaban", "sigue", "siguen", "resulta",
    "resultan", "será", "serán", "parece",
    "è", "sono", "erano", "resta", "restano", "risulta", "risultano", "sarà", "saranno", "rimane", "rimangono",
    "sembra", "é", "são", "eram", "foi", "foram", "estão", "continua", "continuam", "fica", "ficam", "parece",
])
#: Words a judgment's purpose opens inside the quote ("safe to drink", "fit for use", "пригодна
#: для питья", "apta para el consumo"): the judgment need not be the quote's last word.
PURPOSE_WORDS = frozenset(["to", "for", "zum", "zur", "à", "pour", "para", "per", "для"])
#: How many of the quote's last words may follow the judgment (its purpose), and how many words
#: before it the copula may stand ("is considered safe", "ist nicht mehr sicher").
PURPOSE_REACH = 3
COPULA_REACH = 3
#: Prepositions and conjunctions that open the scope a judgment holds in (for whom, when, where,
#: under which condition), by language, in one set. Not "to" (a purpose: "safe to drink"), nor
#: "of"/"de" (a complement: "seguro de que").
SCOPE_OPENERS = frozenset([
    "for", "at", "in", "with", "after", "below", "under", "above", "over", "during", "within", "once", "when",
    "while", "on", "among", "from", "between", "until", "up",
    "für", "bei", "beim", "nach", "im", "mit", "unter", "über", "ab", "während", "erst", "zwischen", "bis",
    "pour", "chez", "à", "au", "aux", "après", "en", "avec", "sous", "dans", "pendant", "dès", "quand", "jusqu'à",
    "jusqu'au", "jusqu'aux",
    "para", "con", "tras", "después", "bajo", "durante", "a", "al", "desde", "entre", "cuando", "hasta",
    "per", "nei", "nel", "negli", "nella", "nelle", "dopo", "sotto", "ai", "agli", "alle", "fino", "tra", "fra",
    "entro", "quando", "em", "no", "na", "nos", "nas", "com", "após", "depois", "sob", "ao", "aos", "às", "até",
    "previa", "previo", "prévia", "prévio",
    "после", "при", "в", "во", "на", "с", "со", "у", "до", "под", "среди", "для", "между",
])
#: The openers of a condition or a time, the only scope read after a judgment's purpose: after
#: "safe to drink" a condition ("after boiling") limits the judgment, while "with", "in" or "for"
#: are as often the purpose verb's own ("required to register with us", "used to test in").
CONDITION_OPENERS = frozenset([
    "after", "once", "when", "while", "during", "below", "under", "above", "over", "within", "until", "between",
    "nach", "bei", "beim", "während", "bis", "zwischen", "après", "dès", "pendant", "quand", "jusqu'à", "tras",
    "después", "durante", "cuando", "hasta", "dopo", "quando", "entro", "após", "depois", "até", "после", "при", "до",
    "previa", "previo", "prévia", "prévio",
])
_QUOTE_WORD = re.compile(rf"{WORD}")
#: How many words past a purpose word left off after the quote's judgment a condition may open ("safe [to eat after]").
_PURPOSE_WORDS_PAST = 3
_NEXT_WORD = re.compile(rf"[ \t\u00a0\u202f]+({WORD})")


def _predicate_judgment(words: list[str]) -> bool | None:
    """Whether the quote's words (folded) end with a judgment used as a predicate: True when it is
    their last word, False when its purpose follows it, None when they end with none."""
    for back in range(1, min(PURPOSE_REACH, len(words)) + 1):
        at = len(words) - back
        if words[at] not in JUDGMENTS:
            continue
        if back > 1 and words[at + 1] not in PURPOSE_WORDS:
            continue
        if _RUSSIAN_LETTERS.match(words[at]) or any(w in COPULAS for w in words[max(0, at - COPULA_REACH):at]):
            return back == 1
    return None


def scoped_judgment(quote_text: str, original: str, end: int) -> Difference | None:
    """A material ``trailing_word`` difference when the quote (``quote_text``, its last part as
    written; its match ends at ``original[end]``) ends with a predicate judgment and a word that
    opens its scope follows right after the match ("safe" of "safe at speeds below 30 km/h"), a
    condition or a time after its purpose ("safe to drink" of "... after boiling"). Not across a
    mark the match ends with ("... more accurate. In each ...")."""
    after = _NEXT_WORD.match(original, end)
    if after is None or end == 0 or not original[end - 1].isalnum():
        return None
    last = _predicate_judgment([fold_word(w) for w in _QUOTE_WORD.findall(quote_text)])
    if last and fold_word(after.group(1)) in PURPOSE_WORDS - SCOPE_OPENERS:
        # "safe" of "safe to eat after cooking": a condition after the purpose the quote leaves off (rules 113)
        for _ in range(_PURPOSE_WORDS_PAST):
            after = _NEXT_WORD.match(original, after.end())
            if after is None:
                return None
            if fold_word(after.group(1)) in CONDITION_OPENERS:
                return _scope_difference(after)
        return None
    if last is None or fold_word(after.group(1)) not in (SCOPE_OPENERS if last else CONDITION_OPENERS):
        return None
    return _scope_difference(after)


def _scope_difference(after: re.Match[str]) -> Difference:
    """The ``trailing_word`` difference of the scope's opening word ``after`` (its group 1)."""
    word = after.group(1)
    return Difference("trailing_word", True, None, word, after.start(1), after.end(1),
                      note=(f"the quote ends right before {word!r}, which opens the phrase that says for whom, when "
                            "or how its judgment holds in the source"))
