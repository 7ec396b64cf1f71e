"""Whether a quote cut from after a past opener still reads as a past claim (quote rules 35).

Rules 28 to 32 read a sentence-opening "Autrefois, ", "Antes, ", "Formerly, ", "Früher", "Damals",
"Antigamente", "Un tempo", "Una volta" before the quote as a past now over and refused every quote
that dropped it; rules 34 left "À l'époque, ", "En aquellos tiempos, ", "Naquela época, " before a
Romance imperfect unread, the imperfect already saying the past. One reading for both (rules 35):
the opener dates the claim, as "in 2019" or "until last year" does, and a past claim's date or end
is no material change when the words quoted keep the past tense (the lead's standing decision):
"on écrivait des lettres" of "Autrefois, on écrivait des lettres", "people wrote letters" of "Back
then, people wrote letters", "schrieb man Briefe" of "Früher schrieb man Briefe" are ``exact``.
Without the past tense the quote states as present what the source says held once: a present
("Autrefois, les gens vivent à la campagne"), a habit's "would", an infinitive after "used to" or
"solía" stay ``altered``. So does a quote whose tense these words cannot tell: what is read as past
is a finite past verb of the quote's first clause, among its first words, before any present,
future or modal verb of it (:func:`reads_past`). The openers of a time rules 34 left unread ("À
l'époque, ", "En aquellos tiempos, ", "Naquela época, ", "In those days, ", "Back then, ")
are read the same way, narrower: only a quote whose first verb is a present is ``altered`` after
them (:func:`present_after_then`), since they were never read before a verb these lists cannot
tell ("Back then, it cost $5").
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import WORD, fold_word
from archiver.quotes.model import Difference
from archiver.quotes.wordlist import is_word

_WORDS = re.compile(rf"{WORD}|[,;:!?.\u2013\u2014()]")
#: How many of the quote's first words the verb is looked for in (a subject of a few words first).
_REACH = 7
#: Words a relative or subordinate clause opens with: a past verb after one is not the claim's.
_OPENS_CLAUSE = frozenset(["who", "which", "that", "whose", "when", "while", "if", "because", "qui", "que", "qu'",
                           "quand", "lorsque", "si", "parce", "quien", "quienes", "cuando", "porque", "che", "cui",
                           "quando", "perché", "quem", "onde", "porque", "der", "die", "das", "wenn", "als", "weil",
                           "dass", "ob"])
#: Determiners after which a word ending like a verb is a noun or an adjective ("la policía",
#: "le portrait", "the aged", "o museu").
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
                          "my", "your", "le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cette", "ces",
                          "son", "sa", "ses", "leur", "leurs", "el", "los", "las", "una", "su", "sus", "esta",
                          "este", "esa", "ese", "il", "lo", "gli", "uno", "i", "o", "os", "as", "um", "uma", "seu",
                          "sua", "der", "die", "das", "ein", "eine", "einen", "dem", "den", "des", "very", "most"])

#: English: irregular pasts (with :data:`archiver.quotes.present_verb.SIMPLE_PASTS`'s kind), and
#: finite verbs of the present, the future or a mood, which the claim's verb then is.
_EN_PAST = frozenset([
    "was", "were", "had", "did", "went", "came", "rose", "fell", "grew", "took", "gave", "became", "began", "ran",
    "saw", "knew", "drove", "ate", "drank", "wrote", "spoke", "broke", "chose", "flew", "threw", "drew", "wore",
    "stole", "rode", "sang", "swam", "shook", "hid", "forgot", "froze", "woke", "sank", "shrank", "made", "said",
    "got", "kept", "left", "lost", "found", "won", "held", "stood", "sent", "spent", "built", "bought", "brought",
    "paid", "sold", "met", "told", "thought", "felt", "meant", "led", "sat", "lay", "taught", "caught", "fought",
    "heard", "understood", "lived", "slept", "fed", "dealt", "sought", "struck", "wept", "lent", "dug",
    "wasn't", "weren't", "didn't", "hadn't",
    # review of rules 35: pasts no present is spelt as, and "used" ("used to walk" keeps the past)
    "fled", "bred", "sped", "bled", "bent", "slid", "spun", "stuck", "swung", "hung", "clung", "flung", "stung",
    "sprang", "stank", "swore", "tore", "wove", "arose", "awoke", "forgave", "forbade", "withdrew", "overcame",
    "underwent", "overtook", "undertook", "mistook", "upheld", "withheld", "oversaw", "foresaw", "shot", "blew",
    "slew", "dwelt", "knelt", "leapt", "crept", "swept", "rang", "strode", "strove", "shone", "used",
])
#: English pasts in "-eed" (other words so spelt are presents: "breed", "exceed", "succeed").
_EN_EED_PASTS = frozenset(["agreed", "disagreed", "freed", "guaranteed", "decreed", "refereed", "emceed"])
_EN_NOT_PAST = frozenset(["is", "are", "am", "has", "have", "does", "do", "will", "can", "may", "must", "shall",
                          "isn't", "aren't", "doesn't", "don't", "won't", "can't", "cannot"])
_EN_MOOD = frozenset(["would", "could", "might", "should", "wouldn't", "couldn't", "shouldn't"])
#: German: the commonest pasts of strong and mixed verbs and modals; a weak one ("lebte",
#: "unterstützten") is told by its infinitive in the word list. A present auxiliary before a
#: participle ("hat ... geschrieben", "ist ... gegangen") is the perfect, a past too.
_DE_PAST = frozenset([
    "war", "waren", "warst", "hatte", "hatten", "wurde", "wurden", "gab", "gaben", "ging", "gingen", "kam", "kamen",
    "schrieb", "schrieben", "stand", "standen", "lag", "lagen", "saß", "saßen", "sah", "sahen", "blieb", "blieben",
    "hieß", "hießen", "fuhr", "fuhren", "trug", "trugen", "las", "lasen", "sprach", "sprachen", "nahm", "nahmen",
    "lief", "liefen", "trank", "tranken", "aß", "aßen", "fand", "fanden", "wusste", "wussten", "dachte", "dachten",
    "brachte", "brachten", "kannte", "kannten", "konnte", "konnten", "musste", "mussten", "sollte", "sollten",
    "wollte", "wollten", "durfte", "durften", "mochte", "mochten", "galt", "galten", "zog", "zogen", "flog",
    "flogen", "hielt", "hielten", "ließ", "ließen", "rief", "riefen", "schlief", "schliefen", "trat", "traten",
    "wuchs", "wuchsen", "fiel", "fielen", "stieg", "stiegen", "sank", "sanken", "tat", "taten", "aß",
    # review of rules 35
    "schloss", "schlossen", "beschloss", "bekam", "bekamen", "begann", "begannen", "verlor", "gewann", "gewannen",
    "half", "halfen", "starb", "starben", "traf", "trafen", "warf", "warfen", "bot", "boten", "bat", "baten",
    "erhielt", "erhielten", "entstand", "bestand", "verstand", "verließ", "verließen", "erschien", "schien",
    "schienen", "schwieg", "floss", "flossen", "gelang", "sang", "sangen", "sprang", "litt", "litten", "griff",
    "griffen", "trieb", "trieben", "wies", "bewies", "fror", "zwang", "vergaß", "hing", "hingen", "fing", "fingen",
    "empfing", "geschah", "brach", "brachen", "stahl", "schuf", "schufen", "verschwand", "verschwanden", "floh",
    "flohen", "nannte", "nannten", "rannte", "rannten", "brannte", "brannten", "sandte", "wandte",
])
_DE_PERFECT_AUXILIARIES = frozenset(["hat", "haben", "hast", "habe", "ist", "sind", "bin", "bist"])
_DE_NOT_PAST = frozenset(["ist", "sind", "bin", "bist", "hat", "haben", "hast", "habe", "wird", "werden", "kann",
                          "können", "muss", "müssen", "soll", "sollen", "will", "wollen", "darf", "dürfen", "mag",
                          "gibt", "geht"])
_DE_MOOD = frozenset(["würde", "würden", "wäre", "wären", "hätte", "hätten", "könnte", "könnten"])
#: Romance pasts read by their whole form (an imperfect or a preterite of "to be", "to have", "to
#: go", "to do", "to say"), then by their ending (:data:`_ROMANCE_PAST_ENDINGS`).
_ROMANCE_PAST = frozenset([
    "était", "étaient", "avait", "avaient", "fut", "furent", "eut", "eurent", "fit", "firent", "allait", "allaient",
    "era", "eran", "fue", "fueron", "iba", "iban", "había", "habían", "hubo", "tuvo", "tuvieron", "hizo", "hicieron",
    "dijo", "dijeron", "estuvo", "estuvieron", "pudo", "puso", "vino", "quiso", "estaba", "estaban",
    "erano", "fu", "furono", "ebbe", "ebbero", "fece", "fecero", "disse", "dissero", "nacque", "aveva", "avevano",
    "andava", "andavano", "eram", "foi", "foram", "tinha", "tinham", "teve", "tiveram", "houve", "fez", "fizeram",
    "disse", "disseram", "esteve", "estiveram", "estava", "estavam", "ia", "iam",
    "c'era", "c'erano",
])
#: (Spanish "-yeron" is "-ieron" after a stem's vowel: "cayeron", "leyeron", "construyeron"; task
#: q58's held-out pairs found "los beneficios cayeron" read as no tense.)
_ROMANCE_PAST_ENDINGS = {
    "fr": ("ait", "aient", "ais", "èrent"),
    "es": ("aba", "aban", "ábamos", "ía", "ían", "íamos", "ó", "aron", "ieron", "yeron"),
    "it": ("ava", "avano", "avamo", "eva", "evano", "evamo", "iva", "ivano", "ivamo", "avo", "evo", "ivo", "ò",
           "arono", "erono", "irono"),
    "pt": ("ava", "avam", "ávamos", "ia", "iam", "íamos", "ou", "aram", "eram", "iram", "eu", "iu"),
}
#: Words with a past's ending that are none ("fait" is a present or a participle).
_NOT_ROMANCE_PAST = frozenset(["fait", "lait", "trait", "souhait", "portrait", "extrait", "parfait", "retrait",
                               "attrait", "abstrait", "distrait", "satisfait", "bienfait", "forfait", "méfait",
                               "mais", "jamais", "frais", "anglais", "français", "palais", "relais", "marais",
                               "délais", "désormais", "épais", "niais", "dais", "biais",
                               "também", "meu", "seu", "teu", "eu", "europeu", "museu", "chapéu", "céu", "ou",
                               "sou", "vou", "dou", "estou", "però", "perciò", "ciò", "può", "però", "sarò", "farò",
                               "avrò", "andrò", "tía", "día", "vía", "mía", "tuya", "cada", "nada", "toda", "pra"])
#: Present auxiliaries of a compound past before a participle ("a écrit", "ha votado", "ha votato",
#: "è stato"; Portuguese "tem votado" is a present perfect: not read).
_ROMANCE_AUXILIARIES = frozenset(["a", "ont", "as", "avons", "avez", "ha", "han", "he", "hemos", "habéis", "hanno",
                                  "ho", "abbiamo", "avete", "è", "sono", "siamo"])
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "is", "it", "u", "us", "ert", "ado", "ada", "ados", "adas",
                       "ido", "ida", "idos", "idas", "cho", "to", "ato", "ata", "ati", "ate", "uto", "uta", "uti",
                       "ito", "ita", "iti", "so", "sto")
_ROMANCE_NOT_PAST = frozenset(["est", "sont", "va", "vont", "peut", "peuvent", "doit", "doivent", "es", "son", "va",
                               "van", "puede", "pueden", "debe", "está", "están", "vive", "viven", "è", "sono", "può",
                               "possono", "deve", "vive", "vivono", "é", "são", "pode", "podem", "deve", "vai", "vão",
                               "tem", "têm", "está", "estão", "vit", "vivent", "a", "ont", "ha", "han", "hanno"])


def reads_past(quote_text: str, language: str | None) -> bool:
    """Whether the quote (``quote_text``, its first part as written) reads as a past claim: its
    first clause holds, among its first :data:`_REACH` words and before a relative or subordinate
    clause opens, a finite past verb of ``language`` (any covered Latin-script one when None),
    before any verb of the present, the future or a mood."""
    return first_tense(quote_text, language) == "past"


def first_tense(quote_text: str, language: str | None) -> str | None:
    """The tense of the first finite verb of the quote's first clause (:func:`reads_past`):
    ``"past"``, ``"present"`` (a present or a future: "is", "wird", "vivent"), ``"mood"`` (a
    conditional, a past modal or "used": "would", "could", "würde"), or None when these lists
    tell none, or a relative or subordinate clause opens first."""
    written = []
    for token in _WORDS.findall(quote_text):
        if not token[:1].isalnum():
            break  # the first clause ends at its first mark
        written.append(token)
    folded = [fold_word(w) for w in written[:_REACH]]
    languages = (language,) if language in ("en", "de", "fr", "es", "it", "pt") else ("en", "de", "fr", "es", "it", "pt")
    for i, word in enumerate(folded):
        if i > 0 and word in _OPENS_CLAUSE and (word not in ("der", "die", "das", "que", "che") or folded[i - 1]
                                                 not in _DETERMINERS):
            return None  # "the people who lived there are gone": the past is the relative clause's
        after_determiner = i > 0 and folded[i - 1] in _DETERMINERS
        rest = folded[i + 1:]
        for lang in languages:
            if lang == "en" and word in _EN_UNCHANGED_PASTS and _singular_subject(folded[:i]) and not any(
                    w in _EN_NOT_PAST or w in _EN_MOOD for w in rest[:3]):  # (not "a tax cut is": a noun)
                return "past"  # "the council cut the budget" (a present would be "cuts"; review of rules 35)
            tense = _verb(lang, word, written[i], rest, after_determiner, known=language == lang)
            if tense is not None:
                return tense
    return None


#: English verbs whose past is spelt as their present: after a singular subject only a past
#: ("the council cut", "a ticket cost", "it spread"), a present taking an "-s" (review of rules 35).
_EN_UNCHANGED_PASTS = frozenset(["cut", "cost", "put", "set", "shut", "let", "hit", "hurt", "spread", "quit", "split",
                                 "cast", "burst", "bet", "upset", "broadcast", "forecast", "read"])
_EN_SINGULAR_PRONOUNS = frozenset(["he", "she", "it", "this", "that", "everyone", "nobody", "someone", "one"])
_EN_SINGULAR_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "my",
                                      "your", "each", "every"])


def _singular_subject(before: list[str]) -> bool:
    """Whether the words before a verb (folded) are a singular English subject: "he", "it", or a
    determiner and a noun not ending in s ("the council", "a ticket", "the town's mayor")."""
    if len(before) == 1:
        return before[0] in _EN_SINGULAR_PRONOUNS
    return len(before) == 2 and before[0] in _EN_SINGULAR_DETERMINERS and not before[1].endswith(("s", "'s")) and (
        before[1].isalpha())


def _verb(language: str, word: str, written: str, rest: list[str], after_determiner: bool,
          known: bool = True) -> str | None:
    """The tense of ``word`` as a finite verb of ``language`` (:func:`first_tense`), None for no
    verb as far as these lists tell; a German weak past ("lebte") only when the text is ``known``
    to be German ("gente" is no "genen")."""
    if language == "en":
        if word in _EN_MOOD:
            return "mood"
        if word in _EN_NOT_PAST:
            return "present"
        if word.endswith("eed") and word not in _EN_EED_PASTS:
            return "present"  # "breed", "exceed", "succeed" (review of rules 35: read as "-ed" pasts)
        return "past" if not after_determiner and (word in _EN_PAST or (
            len(word) > 4 and word.endswith("ed") and written.islower())) else None
    if language == "de":
        if word in _DE_PERFECT_AUXILIARIES and any(w.startswith("ge") and w.endswith(("t", "en")) and len(w) > 4
                                                   for w in rest):
            return "past"  # "hat man Briefe geschrieben", "ist er gegangen"
        if word in _DE_MOOD:
            return "mood"
        if word in _DE_NOT_PAST:
            return "present"
        if not written.islower():
            return None  # a noun (German nouns are capitalised)
        if word in _DE_PAST:
            return "past"
        if word.endswith("ten") and is_word(word[:-2] + "ete", "de") or word.endswith("te") and is_word(
                word + "te", "de"):
            return "present"  # "warten", "warte" ("wartete"), no weak pasts of "waren" (review of rules 35)
        weak = word.endswith(("te", "ten")) and len(word) > 4
        stem = word[:-2] if word.endswith("te") else word[:-3]
        return "past" if known and weak and (is_word(stem + "en", "de") or is_word(stem + "n", "de")) else None
    if after_determiner or not written.islower():
        return None
    if word in _ROMANCE_AUXILIARIES and rest[:1] and rest[0].endswith(_PARTICIPLE_ENDINGS) and len(rest[0]) > 3 and (
            word != "a" or language == "fr"):  # (Portuguese "a entrada": an article; review of rules 35)
        return "past"  # "a écrit", "ha votado", "è stato", "hanno votato"
    if word in _ROMANCE_PAST:
        return "past"
    if word in _ROMANCE_NOT_PAST and (word != "a" or (known and language == "fr")):
        return "present"  # (a lone "a" is French "has" only in French: an article or "to" elsewhere)
    if word in _NOT_ROMANCE_PAST or len(word) < 4:
        return None
    if not word.endswith(_ROMANCE_PAST_ENDINGS[language]):
        return None
    return "present" if _present_spelt_as_past(language, word) else "past"


def _present_spelt_as_past(language: str, word: str) -> bool:
    """Whether ``word``, which ends as a past of ``language`` does (:data:`_ROMANCE_PAST_ENDINGS`),
    is a present of another verb (review of rules 35): a verb in "-iar" ("financia", "envía",
    "anunciam"; not "fazia", "medía": "fazer", "medir"), an Italian present whose stem is a verb's
    ("arriva", "lavano", "scrivo": "arrivare", "lavare", "scrivere"), a French "-aître" or
    "-aire" verb spelt without its circumflex ("connait", "disparait", "plait"; not "comparait":
    "comparer")."""
    if language in ("es", "pt") and word.endswith(("ia", "ía", "iam", "ían")):
        stem = word[:-2] if word.endswith(("ia", "ía")) else word[:-3]
        return is_word(stem + "iar", language) and not (is_word(stem + "er", language)
                                                        or is_word(stem + "ir", language))
    if language == "it" and word.endswith(("ava", "eva", "iva", "avo", "evo", "ivo", "avano", "evano", "ivano")):
        stem = word[:-3] if word.endswith("ano") else word[:-1]
        return any(is_word(stem + ending, "it") for ending in ("are", "ere", "ire"))
    if language == "fr" and word.endswith("ait"):
        return (is_word(word[:-3] + "aître", "fr") and not is_word(word[:-3] + "er", "fr")) or (
            is_word(word[:-1] + "re", "fr"))
    return False


#: Sentence-opening phrases of a past time before a comma, unread before rules 35 ("À l'époque, ").
_THEN_OPENER = re.compile(
    r"(?:^|[.!?]\s+|\n)[\s\"'\u201c\u201e\u00ab]*(?:((?:à|a)[ \t]+l['\u2019]époque|en[ \t]+aquellos[ \t]+"
    r"(?:tiempos|años|días)|en[ \t]+(?:aquella|esa)[ \t]+época|por[ \t]+aquel[ \t]+entonces|naquel[ae][ \t]+"
    r"(?:época|tempo|altura)|all['\u2019]epoca|a[ \t]+quel(?:[ \t]+|l['\u2019])(?:tempo|epoca)|in[ \t]+those[ \t]+days"
    r"|back[ \t]+then|zu[ \t]+jener[ \t]+zeit|seinerzeit|in[ \t]+jenen[ \t]+jahren)[ \t]*,"
    # "Un tempo", "Una volta" with or without their comma (rules 30 and 32 read them before an imperfect)
    r"|(un[ \t]+tempo|una[ \t]+volta)[ \t]*,?)[ \t]*$", re.IGNORECASE)
_THEN_LOOK_BACK = 60


def present_after_then(quote_text: str, original: str, start: int, language: str | None) -> Difference | None:
    """A material ``leading_qualifier`` difference when the match (which starts at
    ``original[start]``) follows a sentence-opening phrase of a past time and its comma
    (:data:`_THEN_OPENER`: "À l'époque, ", "Back then, ") and the quote's first verb is a present
    ("les gens vivent à la campagne"): it states as now what the source puts then (rules 35)."""
    m = _THEN_OPENER.search(original, max(0, start - _THEN_LOOK_BACK), start)
    if m is None or first_tense(quote_text, language) != "present":
        return None
    group = 1 if m.group(1) is not None else 2
    words = m.group(group)
    return Difference("leading_qualifier", True, None, words, m.start(group), m.end(group),
                      note=f"the quote starts right after {words!r}, which puts them in the past in the source")
