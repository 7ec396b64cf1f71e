"""Which kind of word a token is: the closed word lists and the checks built on them.

Numbers, negations, quantity words, dates, names and articles decide whether a changed word
changes what a quote says; :mod:`archiver.quotes.classify` asks this module what each word
is, and whether two words are one word spelled twice (spelling variant, typo, accents).

Why one file of ~1,010 lines: it is data more than code (each closed word list in seven languages,
the opposite pairs, the reporting and doubt words) with the small lookups built on them; split by
list, every check would import half a dozen modules for what is one vocabulary.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from rapidfuzz.distance import OSA

from archiver.quotes.tokens import Token

#: Negating words of each covered language (EN DE FR IT PT ES RU, and Dutch): a word that negates the
#: clause it stands in, in every form a news text writes it (no stemming: the inflected forms are
#: listed). Left out by an ellipsis, dropped with a bracketed aside or changed by a bracket, one
#: of them flips what the quote says, so each language needs its own, not only English.
NEGATIONS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "en": frozenset([
        "not", "no", "never", "nothing", "none", "nobody", "nowhere", "neither", "nor", "without",
        "non", "cannot", "cant", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont",
        "wouldnt", "shouldnt", "couldnt", "hasnt", "havent", "hadnt", "mustnt",
    ]),
    "de": frozenset([
        "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "nichts",
        "niemand", "niemanden", "niemandem", "ohne", "weder", "keineswegs", "nirgends", "nirgendwo",
    ]),
    "fr": frozenset([
        "ne", "pas", "jamais", "rien", "aucun", "aucune", "personne", "sans", "ni", "non", "guère",
        "nullement", "aucunement",
    ]),
    "it": frozenset([
        "non", "mai", "niente", "nulla", "nessuno", "nessuna", "nessun", "senza", "né", "nè", "neanche",
        "nemmeno", "neppure",
    ]),
    "pt": frozenset([
        "não", "nunca", "jamais", "ninguém", "nenhum", "nenhuma", "nenhuns", "nenhumas", "nada", "sem",
        "nem", "tampouco",
    ]),
    "es": frozenset([
        "no", "nunca", "jamás", "nadie", "nada", "ningún", "ninguno", "ninguna", "ningunos", "ningunas",
        "tampoco", "sin", "ni",
    ]),
    "ru": frozenset([
        "не", "нет", "ни", "никогда", "ничего", "ничто", "ничем", "ничему", "никто", "никого", "никому",
        "никем", "нигде", "никуда", "ниоткуда", "никак", "никакой", "никакая", "никакое", "никакие",
        "никакого", "никаких", "нисколько", "нельзя", "без",
    ]),    # Dutch: no language :func:`guess_language` tells, but its negations are no word of another
    # ("noch", "nor", is German "still", and left out).
    "nl": frozenset([
        "niet", "nooit", "geen", "niets", "niemand", "nergens", "zonder", "nimmer", "geenszins",
    ]),
}
#: Every language's negations together: a text's language is not always known (a manuscript's
#: quote, a passage of one language inside a page of another), and the rules err towards
#: "material", so a word that negates in any covered language counts, except as below.
NEGATIONS = frozenset().union(*NEGATIONS_BY_LANGUAGE.values())
#: Negations of one language that are ordinary words of another: "mai" is Italian "never" and
#: French and German "May", "né" Italian "nor" and French "born", "ne" French "not" and Italian
#: "of it", "sin" Spanish "without" and English "sin", "no" Portuguese "in the". Each is a
#: negation unless the passage reads as one of the languages listed (:func:`guess_language`);
#: in a passage of unknown language it counts.
NOT_A_NEGATION_IN: dict[str, frozenset[str]] = {
    "mai": frozenset({"fr", "de"}),
    "né": frozenset({"fr"}),
    "ne": frozenset({"it"}),
    "sin": frozenset({"en"}),
    "no": frozenset({"pt"}),
}
#: The commonest short words of each covered language that use the Latin script, to tell which
#: one a passage is written in (Cyrillic letters say Russian on their own). Only words frequent
#: in every text and rare as a word of the others.
_LANGUAGE_MARKERS: dict[str, frozenset[str]] = {
    "en": frozenset(["the", "and", "of", "to", "is", "was", "that", "with", "for", "it", "he", "she", "said",
                     "are", "have", "has", "this", "by", "be", "were", "would", "will"]),
    "de": frozenset(["der", "die", "das", "und", "ist", "nicht", "den", "mit", "sich", "auf", "für", "ein",
                     "eine", "dem", "zu", "von", "sagte", "wird", "werde", "im", "auch", "sind", "hat"]),
    "fr": frozenset(["le", "les", "et", "est", "une", "du", "qui", "dans", "pour", "pas", "au", "il", "sur",
                     "aux", "ce", "elle", "ont", "été", "sont", "avec", "mais", "déclaré"]),
    "it": frozenset(["il", "lo", "gli", "è", "che", "di", "della", "del", "per", "non", "sono", "ha", "nel",
                     "alla", "con", "una", "detto", "anche", "più", "questo"]),
    "es": frozenset(["el", "los", "las", "y", "es", "del", "por", "para", "con", "se", "al", "una", "dijo",
                     "pero", "más", "su", "fue", "como", "este", "esta"]),
    "pt": frozenset(["o", "os", "e", "é", "do", "da", "dos", "das", "em", "na", "um", "uma", "para", "com",
                     "não", "disse", "ao", "mais", "foi", "seu", "sua", "pelo", "pela"]),
}
#: How many more marker words the likeliest language must have than the next, and how many at
#: least, before a passage is said to be in it (fewer: unknown, and every negation counts).
_LANGUAGE_MARGIN = 2
#: How much of the source on either side of a passage (an omission, a changed word) is read to
#: tell its language.
LANGUAGE_WINDOW = 400
#: A text of at most this many words is read by :func:`_short_language` when the margin cannot tell.
_SHORT_WORDS = 25
#: Marker words that are common words of another covered language too (English "do", "die",
#: "a", "son"; German "es", "da"; Italian "e", "o", "se"): not read by :func:`_short_language`.
_SHORT_SHARED = frozenset(["do", "die", "es", "e", "o", "se", "con", "al", "ha", "son", "a", "in", "da", "em", "na",
                           "um", "it", "be", "to", "for", "has", "del", "per"])
#: Words :func:`_short_language` reads as one language's marker that are too short or too rare
#: for the counting of :func:`guess_language`: Italian "i" (the plural article, "i prezzi"; an
#: English "I" is written in capitals). Review of rules 47: "Dopo le elezioni, i prezzi saliranno"
#: read as French by its "le" alone, and the Italian future "saliranno" went unread.
_SHORT_ONLY: dict[str, frozenset[str]] = {"it": frozenset(["i"])}
#: A word and the word after it (:func:`_short_language`).
_MARKER_READ = re.compile(r"(\w+)(?=[ \t\u00a0]+(\w+)|)")
#: Where a text's sentence opens: its start, or after a sentence mark and spaces (and quotation marks).
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:][\"'\u201d\u2019\u00bb)]*\s+)[\"'\u201c\u2018\u00ab(]*$")


QUANTITY = frozenset(
    [
        "all",
        "most",
        "many",
        "much",
        "some",
        "few",
        "fewer",
        "several",
        "every",
        "each",
        "any",
        "more",
        "less",
        "least",
        "none",
        "half",
        "majority", "maximum", "minimum", "maximal", "minimal", "max", "min", "highest", "lowest",
        "minority",
        "dozens",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "numerous",
        "countless",
        "always",
        "often",
        "usually",
        "sometimes",
        "rarely",
        "seldom",
        "occasionally",
        "frequently",
        "mostly",
        "only",
        "entire",
        "whole",
        "both",
        "either",
        "tous",
        "toutes",
        "tout",
        "plupart",
        "quelques",
        "beaucoup",
        "peu",
        "plusieurs",
        "certains",
        "alle",
        "meisten",
        "viele",
        "einige",
        "wenige",
        "mehrere",
        "manche",
        "jeder",
        "jede",
        # the comparatives of "more" and "less" ("au plus", "au moins": at most, at least)
        "mehr", "weniger", "plus", "moins", "più", "meno", "más",
        "immer",
        "oft",
        "selten",
        # round numbers counted in tens, scores, dozens, hundreds... ("tens of thousands" is not
        # "thousands"), in each covered language
        "tens", "scores", "dutzende", "hunderte", "tausende", "zehntausende", "dizaines", "centaines",
        "milliers", "decenas", "cientos", "centenares", "millares", "decine", "centinaia", "migliaia",
        "dezenas", "centenas", "milhares", "десятки", "десятков", "сотни", "сотен", "тысячи", "тысяч",
    ]
)
#: Words that make what follows an exception or an alternative to the quoted words ("at all times,
#: except on duty", "cut taxes rather than raise fees"), in each covered language. Left out by an
#: ellipsis beside the quoted words, the exception reads as the rule: "wear cameras at all times
#: ... on duty". A word of :data:`EXCEPTION_PARTNERS` counts only before its partner ("other
#: than", "apart from", "instead of", "rather than", "save for"): alone it is an ordinary word.
EXCEPTION_WORDS = frozenset(
    ["except", "excepting", "excluding", "exception", "unlike",
     "außer", "ausser", "ausgenommen", "ausnahme", "abgesehen", "anstatt", "statt",
     "sauf", "excepté", "exceptée", "exceptés", "hormis", "exception", "plutôt",
     "excepto", "salvo", "menos", "excepción",
     "tranne", "eccetto", "eccezione", "invece", "anziché", "piuttosto",
     "exceto", "exceção", "invés",
     "кроме", "исключением", "исключения", "вместо", "отличие"]
)
#: The second word an exception word of two needs ("other than"; "с ... за исключением" is one).
EXCEPTION_PARTNERS: dict[str, str] = {"other": "than", "apart": "from", "instead": "of", "rather": "than",
                                      "save": "for"}
#: Words of :data:`EXCEPTION_WORDS` and :data:`EXCEPTION_PARTNERS` that set a contrast or an
#: alternative, not an exception: "The new rule, unlike the old one, applies to all staff" says
#: all staff, with or without the aside.
CONTRAST_WORDS = frozenset(["unlike", "instead", "rather", "anstatt", "statt", "plutôt", "invece", "anziché",
                            "piuttosto", "invés", "вместо", "отличие"])
#: Words that, opening an aside, limit the claim of the words around it to some cases: an
#: exception (:data:`EXCEPTION_WORDS` but :data:`CONTRAST_WORDS`: "The officers, except those on
#: night shifts, wear cameras"), a condition ("unless they hold a permit", "if approved") or a
#: restriction ("only on weekends"), in each covered language. An ellipsis that leaves such an
#: aside out makes a rule of what the source limits. ("si", "se" and "wenn" are left out: they
#: open as many clauses of another kind.)
RESTRICTING_WORDS = (EXCEPTION_WORDS - CONTRAST_WORDS) | frozenset(
    ["unless", "if", "provided", "only", "solely", "exclusively",
     "nur", "lediglich", "ausschließlich", "falls", "sofern",
     "seulement", "uniquement", "moins",
     "solo", "sólo", "solamente", "únicamente", "menos",
     "soltanto", "unicamente", "purché",
     "só", "somente", "apenas",
     "только", "лишь", "если"]
)
#: Words that, opening an aside, limit how often or in how many cases the words around it hold
#: ("The drug, occasionally, causes ...", "sometimes", "in part"), in each covered language; and
#: the words that do so before a word of :data:`CASE_WORDS` ("in rare cases", "in some cases",
#: "in seltenen Fällen", "dans certains cas"). Left out by an ellipsis, the aside's limit goes and
#: the quote makes a rule of what the source says happens in some cases.
FREQUENCY_WORDS = frozenset(
    ["sometimes", "occasionally", "rarely", "seldom", "often", "usually", "mostly", "partly", "partially",
     "generally", "typically", "normally", "manchmal", "gelegentlich", "selten", "teilweise", "meist",
     "meistens", "oft", "häufig", "parfois", "rarement", "souvent", "généralement", "quelquefois",
     "raramente", "talvolta", "spesso", "frequentemente", "иногда", "редко", "часто"]
)
#: Words that limit the words around them in time ("denied the report initially", "briefly
#: closed", "zunächst", "temporairement"): read as :data:`FREQUENCY_WORDS` are at a quote's edges.
TIME_LIMIT_WORDS = frozenset(
    ["initially", "temporarily", "briefly", "originally", "zunächst", "vorübergehend", "anfangs", "ursprünglich",
     "d'abord", "temporairement", "provisoirement", "initialement", "inicialmente", "temporalmente",
     "provisionalmente", "inizialmente", "temporaneamente", "provisoriamente"]
)
#: Adverbs that put the words after them in the past ("formerly the largest bank", "ehemals",
#: "autrefois"): left out beside the quoted words, a past fact reads as a present one.
PAST_ADVERBS = frozenset(["formerly", "previously", "ehemals", "einst", "einstmals", "autrefois", "jadis",
                          "anteriormente", "antiguamente", "precedentemente",
                          "antigamente", "outrora", "anticamente"])  # Portuguese, Italian (review of rules 28)
CASE_QUALIFIERS = frozenset(
    ["rare", "some", "most", "many", "certain", "few", "isolated", "exceptional", "several", "seltenen",
     "einigen", "manchen", "vielen", "meisten", "wenigen", "bestimmten", "rares", "certains", "certaines",
     "quelques", "plusieurs", "algunos", "algunas", "ciertos", "raros", "alcuni", "certi", "rari", "alguns",
     "algumas", "certos", "некоторых", "редких", "отдельных"]
)
CASE_WORDS = frozenset(
    ["case", "cases", "instance", "instances", "circumstances", "situations", "patients", "fällen", "fall",
     "cas", "casos", "casi", "случаях"]
)
#: Words of degree that turn what follows into its opposite ("too weak to be effective" says it
#: is not effective): left out beside the quoted words, or changed by a bracket, the claim flips.
#: (German "zu" is also "to", everywhere: not listed.)
DEGREE_WORDS = frozenset(["too", "overly", "excessively", "insufficiently", "trop", "troppo", "demasiado",
                          "demasiada", "demasiados", "demasiadas", "demais", "слишком", "allzu"])
#: Words that set a bound in time, order or degree ("before"/"after", "above"/"below", "up to"):
#: swapping one for another, or leaving one out beside the quoted words, moves the bound.
BOUND_WORDS = frozenset(
    ["before", "after", "until", "till", "since", "prior", "earlier", "later", "previously", "afterwards",
     "above", "below", "over", "under", "beyond", "within", "exceeding", "up", "down", "vor", "nach",
     "avant", "après", "apres", "depuis", "jusqu", "höchstens", "mindestens", "wenigstens",
     # "has yet to win": has not won
     "yet"]
)
#: Words naming a span or a point of time relative to now ("last year", "next month"): a
#: bracket standing for one must not name another ("last [month]" for "last year").
TIME_WORDS = frozenset(
    ["year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
     "decade", "decades", "century", "centuries", "quarter", "quarters", "last", "next", "previous", "past",
     "coming", "ago", "annual", "annually", "monthly", "weekly", "daily", "tonight", "morning", "evening",
     "night", "jahr", "jahren", "monat", "woche", "tag", "tage", "année", "ans", "mois", "semaine"]
)
#: Offices and roles that name a person ("the minister", "the mayor"): a bracket standing for
#: one role must not name another ("[the president]" for "the minister" names someone else).
ROLE_WORDS = frozenset(
    ["president", "minister", "chancellor", "mayor", "governor", "senator", "congressman", "congresswoman",
     "representative", "secretary", "premier", "king", "queen", "prince", "princess", "pope", "judge", "prosecutor",
     "general", "admiral", "commissioner", "ambassador", "chairman", "chairwoman", "chair", "ceo", "director",
     "spokesman", "spokeswoman", "spokesperson", "chief", "leader", "speaker", "sheriff", "councillor",
     "councilor", "attorney", "coach", "captain", "bishop", "kanzler", "kanzlerin",
     "ministerin", "bürgermeister", "präsident", "präsidentin", "ministre", "maire", "président", "présidente"]
)
#: Words that say an office is held no longer, for now or in second place, or that its holder is
#: dead ("the former CEO", "the Vice President", "the acting director", "the late singer"), in
#: each covered language: left out beside the quoted words, the quote gives the office to someone
#: who does not hold it, or names another person.
ROLE_QUALIFIERS = frozenset(
    ["former", "ex", "acting", "interim", "outgoing", "deputy", "vice", "late",
     "ehemalige", "ehemaligen", "ehemaliger", "frühere", "früheren", "früherer", "stellvertretende",
     "stellvertretenden", "stellvertretender", "amtierende", "amtierenden", "amtierender", "kommissarische",
     "kommissarischen", "kommissarischer", "scheidende", "scheidenden", "scheidender", "verstorbene",
     "verstorbenen", "verstorbener", "vize",
     "ancien", "ancienne", "anciens", "anciennes", "adjoint", "adjointe", "adjoints", "intérimaire",
     "sortant", "sortante", "défunt", "défunte",
     "antiguo", "antigua", "interino", "interina", "difunto", "difunta", "fallecido", "fallecida",
     "vicepresidente", "exministro", "exministra", "expresidente", "expresidenta",
     "vice", "defunto", "defunta", "scomparso", "scomparsa", "uscente",
     "antigo", "antiga", "falecido", "falecida",
     "бывший", "бывшего", "бывшая", "бывшие", "покойный", "исполняющий"]
)
#: Words that weaken or source a claim ("reportedly", "allegedly", "about", "expected to"):
#: leaving one out beside the quoted words turns a hedged claim into a flat one.
HEDGES = frozenset(
    ["reportedly", "allegedly", "apparently", "supposedly", "purportedly", "possibly", "probably", "perhaps",
     "maybe", "likely", "unlikely", "may", "might", "could", "about", "around", "approximately", "roughly",
     "nearly", "almost", "estimated", "if", "unless", "hardly", "barely", "scarcely", "merely", "partly",
     "partially", "largely", "claims", "claimed", "suspected", "unconfirmed", "angeblich", "vermutlich", "etwa", "rund",
     "environ", "presque",
     # the hedging adverbs of the other covered languages, and English ones the list lacked
     "seemingly", "presumably", "ostensibly", "arguably", "conceivably",
     "wahrscheinlich", "vielleicht", "möglicherweise", "eventuell", "offenbar",
     "anscheinend", "scheinbar", "womöglich", "probablement", "peut-être", "apparemment",
     "vraisemblablement", "éventuellement", "soi-disant", "probablemente", "quizás", "quizá", "posiblemente",
     "aparentemente", "supuestamente", "presuntamente", "forse", "probabilmente", "possibilmente",
     "apparentemente", "presumibilmente", "talvez", "provavelmente", "possivelmente", "supostamente",
     "возможно", "вероятно", "видимо", "якобы", "по-видимому",
     # verbs that make what follows a forecast ("expected to rise", "projected to double")
     "expected", "forecast", "forecasted", "projected", "predicted", "anticipated", "supposed",
     "erwartet", "voraussichtlich", "prognostiziert", "prévu", "prévue", "prévus", "prévues", "censé", "censée",
     "censés", "censées",
     # words that make a thing possible, planned or so called ("a potential source", "the planned
     # bridge"; "reported" is no hedge: it is a reporting word, material only in the clause of the
     # quoted words, so "(reported by the WSJ)", an aside, may be left out)
     "potential", "planned", "proposed", "prospective", "would-be", "so-called", "purported",
     "geplant", "geplante", "geplanten", "geplanter", "mögliche", "möglichen", "möglicher", "potenzielle",
     "potenziellen", "potenzieller", "sogenannte", "sogenannten", "sogenannter", "éventuel", "éventuelle",
     "éventuels", "éventuelles", "potentiel", "potentielle", "potentiels", "potentielles", "projeté", "projetée",
     "projetés", "projetées",
     # words that make someone or something a suspect ("the alleged killer", "le meurtrier présumé")
     "mutmaßlich", "mutmaßliche", "mutmaßlichen", "mutmaßlicher", "mutmaßliches", "vermeintlich",
     "vermeintliche", "vermeintlichen", "vermeintlicher", "angebliche", "angeblichen", "angeblicher",
     "présumé", "présumée", "présumés", "présumées", "prétendu", "prétendue", "prétendus", "prétendues",
     "supposé", "supposée", "supposés", "supposées", "presunto", "presunta", "presuntos", "presuntas",
     "presunti", "presunte", "suposto", "suposta", "supostos", "supostas", "предполагаемый", "предполагаемого",
     "предполагаемая", "предполагаемые"]
)
#: Verbs that negate what follows ("failed to", "refused to", "oublié de", "versäumt"), in each
#: covered language: a bracket inserting one flips the quote as "[not]" does, and an ellipsis
#: leaving one out beside the quoted words says the opposite ("had ... warn residents" for "had
#: neglected to warn residents").
NEGATING_VERBS = frozenset(
    # EN
    ["fail", "fails", "failed", "failing", "refuse", "refuses", "refused", "refusing", "deny", "denies",
     "denied", "denying", "reject", "rejects", "rejected", "rejecting", "declined", "declines", "decline",
     "neglect", "neglects", "neglected", "neglecting", "omit", "omits", "omitted", "omitting", "forget",
     "forgets", "forgot", "forgotten", "forgetting",
     # DE
     "versäumt", "versäumte", "versäumten", "versäumen", "unterlassen", "unterließ", "unterließen",
     "vergessen", "vergaß", "vergaßen", "verweigert", "verweigerte", "verweigerten", "weigert", "weigerte",
     "weigerten",
     # FR
     "oublié", "oubliée", "oublie", "oublient", "omis", "omise", "omet", "omettent", "refusé", "refusée",
     "refusent", "négligé", "négligée", "néglige", "échoué",
     # IT
     "omesso", "dimenticato", "rifiutato", "rifiuta", "trascurato",
     # ES
     "omitió", "olvidó", "olvidado", "rechazó", "negó", "omitido",
     # PT
     "omitiu", "esqueceu", "recusou", "negou",
     # RU
     "забыл", "забыла", "забыли", "отказался", "отказалась", "отказались"]
)
#: Verbs and phrases that give words to a speaker ("said", "told", "according to"), in each
#: covered language: an ellipsis that leaves one out right before or after the quoted words
#: may hand those words to another speaker ("Critics said the plan was ... a success" for "...
#: a disaster, while the mayor said it was a success") or hide who stands behind them.
REPORTING_WORDS = frozenset(
    # EN
    ["said", "says", "say", "saying", "told", "tells", "tell", "assured", "assures", "replied", "replies", "reply", "added", "adds",
     "stated", "according", "argued", "argues", "insisted", "insists", "wrote", "writes", "asked",
     "asks", "answered", "explained", "explains", "noted", "warned", "warns", "claimed",
     "announced", "announces", "declared", "declares", "admitted", "admits", "conceded", "concedes",
     "suggested", "suggests", "responded", "responds", "countered", "counters", "retorted", "alleged",
     "alleges", "maintained", "maintains", "believe", "believes", "believed", "thinks", "thought", "reckons",
     "insist", "acknowledged", "acknowledges", "testified", "recalled", "quipped", "tweeted", "posted", "reported",
     # DE
     "sagte", "sagt", "sagten", "sagen", "gesagt", "erklärte", "erklärt", "erklärten", "betonte", "betont",
     "fügte", "antwortete", "antwortet", "meinte", "meint", "behauptete", "behauptet", "schrieb", "schreibt",
     "laut", "zufolge", "sprach", "räumte", "warnte", "glaubt", "glaubte",
     # FR
     "dit", "disait", "disent", "déclaré", "déclare", "affirmé", "affirme", "ajouté", "ajoute", "répondu",
     "répond", "selon", "estime", "estimé", "expliqué", "explique", "assuré", "assure", "écrit", "indiqué",
     "souligné", "précisé", "raconté", "avoué", "prétend", "prétendu",
     # IT
     "detto", "dice", "dicono", "disse", "dichiarato", "dichiara", "affermato", "afferma", "aggiunto",
     "aggiunge", "risposto", "risponde", "secondo", "spiegato", "spiega", "sostiene", "sostenuto", "scritto",
     "ribadito", "sottolineato", "assicurato",
     # ES
     "dijo", "dicen", "afirmó", "afirma", "declaró", "añadió", "agregó", "respondió", "responde",
     "según", "explicó", "aseguró", "asegura", "sostuvo", "escribió", "señaló", "indicó", "advirtió",
     # PT
     "diz", "dizem", "disseram", "afirmou", "declarou", "acrescentou", "respondeu", "segundo", "explicou",
     "garantiu", "escreveu", "alertou", "contou",
     # RU
     "сказал", "сказала", "сказали", "заявил", "заявила", "заявили", "ответил", "ответила", "ответили",
     "добавил", "добавила", "добавили", "словам", "сообщил", "сообщила", "сообщили", "отметил", "отметила",
     "подчеркнул", "подчеркнула", "написал", "написала", "считает", "считают", "говорит", "говорят",
     "утверждает", "утверждал", "утверждала", "по-словам",
     # verbs of replying in each language (rules 72, red team q71's held-out "López replicó: ...")
     "rejoined", "entgegnete", "erwiderte", "erwidert", "répliqué", "rétorqué", "rétorque", "replicó",
     "replica", "contestó", "replicato", "ribattuto", "ribatte", "replicou", "retrucou",
     "возразил", "возразила", "возразили", "парировал", "парировала"]
)
#: Words that deny, doubt or call false what follows ("It is false that", "questioned whether",
#: "dismissed as nonsense the claim that"), in each covered language: left out by an ellipsis
#: right beside the quoted words, the claim they disputed reads as asserted.
#: Words that say "true" or "so": a negation near them calls what they are said of false ("not true", "nicht
#: wahr", "не так"; quote rules 74).
TRUTH_WORDS = frozenset(["true", "correct", "accurate", "wahr", "richtig", "zutreffend", "stimmt", "stimmte",
                    "vrai", "vraie", "exact", "exacte", "cierto", "cierta", "verdad", "correcto", "vero", "vera",
                    "corretto", "verdade", "verdadeiro", "correto", "certo", "правда", "так", "верно",
                    # "not the case", "nicht der Fall", "pas le cas", "no es el caso" (q74b-held): after their article
                    # only (:func:`denies_truth`: "in diesem Fall nicht" is "in this case not")
                    "case", "fall", "cas", "caso"])
_TRUTH_CASES = frozenset(["case", "fall", "cas", "caso"])
_CASE_ARTICLES = frozenset(["the", "der", "le", "el", "il", "o"])
#: Words after a denied truth that move it to another thing or time ("not true of the tunnel", "not the case in 2019",
#: "war nicht der Fall im Jahr 2019"): a scope of its own, no denial of the claim before.
_TRUTH_SCOPES = frozenset(["of", "in", "during", "before", "until", "back", "im", "vor", "bis", "en", "avant", "durant",
                           "nel", "prima", "em", "antes", "в", "до",
                           # another thing's case in the other languages ("Ce n'est pas le cas du tunnel", "no es el
                           # caso del túnel", "non è il caso della galleria", "não é o caso do túnel": red team
                           # q82-held); not "de"/"di" ("pas vrai de dire que ..." denies), "per" ("non è vero per
                           # niente"), "para", "pour", "da" (German "nicht wahr, da ...")
                           "du", "des", "chez", "del", "della", "dello", "dei", "do", "dos", "для"])
DOUBT_WORDS = frozenset(
    # EN
    ["false", "falsely", "untrue", "wrong", "wrongly", "incorrect", "inaccurate", "misleading", "questioned",
     "questioning", "doubted", "doubts", "doubt", "doubting", "doubtful", "denied", "denies",
     "deny", "denying", "dismissed", "dismisses", "dismiss", "disputed", "disputes", "dispute", "contested",
     "contests", "refuted", "refutes", "rebutted", "debunked", "lie", "myth", "nonsense", "absurd", "baseless",
     "unfounded", "fake", "whether", "unclear", "uncertain", "unproven", "rumour", "rumor", "rumours",
     "rumors", "skeptical", "sceptical",
     # DE
     "falsch", "unwahr", "bezweifelt", "bezweifelte", "bezweifeln", "bestritten", "bestritt", "bestreitet",
     "dementiert", "dementierte", "zurückgewiesen", "wies", "lüge", "ob", "unklar", "fraglich", "zweifel",
     # FR
     "faux", "fausse", "erroné", "erronée", "mensonge", "contesté", "contestée", "conteste", "démenti", "dément",
     "nié", "nie", "doute", "douté", "doutent", "rejeté", "réfute", "réfuté", "infondé", "incertain",
     # IT
     "falso", "falsa", "sbagliato", "errato", "smentito", "smentisce", "negato", "nega", "contestato",
     "dubita", "dubitato", "dubbio", "respinto", "bugia", "infondato",
     # ES
     "erróneo", "incorrecto", "mentira", "desmintió", "desmiente", "negó", "niega", "cuestionó", "cuestiona",
     "dudó", "duda", "rechazó", "rechaza", "infundado",
     # PT
     "errado", "incorreto", "desmentiu", "negou", "questionou", "duvidou", "duvida", "rejeitou",
     "contestou", "infundado",
     # RU
     "ложь", "неправда", "ложно", "ложное", "неверно", "опроверг", "опровергла", "опровергли", "опровергает",
     "отрицал", "отрицала", "отрицали", "отрицает", "усомнился", "сомневается", "сомневаются", "оспорил",
     "оспорила", "отверг", "отвергла", "отвергли"]
)
NUMBER_WORDS = frozenset(
    [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "thousand",
        "million",
        "billion",
        "trillion",
        "dozen",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "tenth",
        "once",
        "twice",
        "thrice",
        "percent",
        "cent",
        "un",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "six",
        "sept",
        "huit",
        "neuf",
        "dix",
        "cent",
        "cents",
        "mille",
        "million",
        "milliard",
        "eins",
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "sieben",
        "acht",
        "neun",
        "zehn",
        "hundert",
        "tausend",
        "millionen",
        "milliarden",
        # the cardinals 0-20, the tens, hundred, thousand, million, billion of the other covered
        # languages, so "десять" for "девять" or "sessanta" for "settanta" is a number changed, not
        # a slip of the pen. Left out: the words that are also an article ("un", "une", "una",
        # "uno", "um", "uma", "ein", "eine") or a common word of another covered language (Italian
        # "due", German "sei", Portuguese "dos"): read as numbers, every article change and every
        # ellipsis beside one would be a number change.
        # FR
        "zéro", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts", "trente",
        "quarante", "cinquante", "soixante", "millions", "milliards",
        # DE
        "null", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn",
        "neunzehn", "zwanzig", "dreißig", "dreissig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig",
        "neunzig", "milliarde", "billionen",
        # ES
        "cero", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "doce", "trece",
        "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "treinta",
        "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa", "cien", "ciento", "mil",
        "millón", "millones", "billón", "billones",
        # IT
        "tre", "quattro", "cinque", "sette", "otto", "nove", "dieci", "undici", "dodici", "tredici",
        "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove", "venti", "trenta",
        "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta", "cento", "mille", "mila",
        "milione", "milioni", "miliardo", "miliardi",
        # PT
        "dois", "duas", "três", "quatro", "sete", "oito", "dez", "doze", "treze", "catorze", "quatorze",
        "dezesseis", "dezasseis", "dezessete", "dezassete", "dezoito", "dezenove", "dezanove", "vinte",
        "trinta", "quarenta", "cinquenta", "sessenta", "oitenta", "cem", "milhão", "milhões", "bilhão",
        "bilhões", "bilião", "biliões",
        # RU
        "ноль", "один", "одна", "одно", "два", "две", "три", "четыре", "пять", "шесть", "семь", "восемь",
        "девять", "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
        "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать", "двадцать", "тридцать", "сорок",
        "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто", "сто", "тысяча", "миллион",
        "миллиона", "миллионов", "миллиард", "миллиарда", "миллиардов",
    ]
)
DATE_WORDS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "yesterday",
        "today",
        "tomorrow",
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "januar",
        "februar",
        "märz",
        "juni",
        "juli",
        "oktober",
        "dezember",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
    ]
)
#: Month and weekday names written out, in the covered languages (:data:`DATE_WORDS`' full
#: names, and Spanish, Italian, Portuguese and Russian ones: Russian in the genitive, as after
#: "до"): a deadline's date ("by Friday", "avant lundi", "prima di lunedì", "до понедельника";
#: :mod:`archiver.quotes.time_bound`). No abbreviation: "by Jan" may be Jan, the agent.
#: One or more spaces between two words of a phrase a pattern spells out (tabs and the no-break spaces too).
GAP = r"[ \t\u00a0\u202f]+"
CALENDAR_WORDS = frozenset(
    [w for w in DATE_WORDS
     if len(w) > 4 or w in ("may", "june", "july", "mai", "mars", "juin", "août", "juni", "juli", "märz")]
    + ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre",
       "octubre", "noviembre", "diciembre"]
    + ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
    + ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
       "ottobre", "novembre", "dicembre"]
    + ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
    + ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
       "novembro", "dezembro"]
    + ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"]
    + ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
       "ноября", "декабря"]
    + ["понедельника", "вторника", "среды", "четверга", "пятницы", "субботы", "воскресенья"]
) - {"yesterday", "today", "tomorrow"}
#: Nouns of a span of time, by language, singular and plural (and the Russian forms after a
#: number: "года", "лет"): "within ten years", "in two years", "dans deux ans", "dentro de dos
#: años", "tra due anni", "через два года" (:mod:`archiver.quotes.time_bound`).
TIME_SPAN_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset(["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
                     "fortnight", "fortnights", "month", "months", "year", "years", "decade", "decades", "quarter",
                     "quarters"]),
    "fr": frozenset(["seconde", "secondes", "minute", "minutes", "heure", "heures", "jour", "jours", "semaine",
                     "semaines", "mois", "an", "ans", "année", "années", "décennie", "décennies"]),
    "es": frozenset(["segundos", "minutos", "hora", "horas", "día", "días", "semana", "semanas", "mes", "meses",
                     "año", "años", "década", "décadas"]),
    "it": frozenset(["secondi", "minuti", "ora", "ore", "giorno", "giorni", "settimana", "settimane", "mese", "mesi",
                     "anno", "anni", "decennio", "decenni"]),
    "pt": frozenset(["segundos", "minutos", "hora", "horas", "dia", "dias", "semana", "semanas", "mês", "meses",
                     "ano", "anos", "década", "décadas"]),
    "ru": frozenset(["минуту", "минуты", "минут", "час", "часа", "часов", "день", "дня", "дней", "неделю",
                     "недели", "недель", "месяц", "месяца", "месяцев", "год", "года", "лет"]),
}
#: Weekdays in the plural, and weekends, as a recurring day's phrase names them ("on Sundays",
#: "le dimanche", "les lundis", "los domingos"), by the words that open the phrase
#: (:mod:`archiver.quotes.trail_limit`).
RECURRING_DAYS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("on", "at"): ("weekends", "weekdays", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays",
                   "saturdays", "sundays"),
    ("le", "les"): ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lundis", "mardis",
                    "mercredis", "jeudis", "vendredis", "samedis", "dimanches", "week-end", "week-ends"),
    ("los",): ("lunes", "martes", "miércoles", "jueves", "viernes", "sábados", "domingos", "fines"),
}
#: Negations that before a participle of confirming or naming doubt a source ("non confirmées",
#: "no confirmadas", "não confirmadas", "nicht bestätigten", "not authorised":
#: :mod:`archiver.quotes.lead_attribution`).
PARTICIPLE_NEGATIONS = frozenset(["non", "no", "não", "nicht", "не", "not"])
ARTICLES = frozenset(
    [
        "a",
        "an",
        "the",
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "des",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
    ]
)
#: An article that turns the quantity word after it into another: "few officers" (hardly any)
#: and "a few officers" (some), "little evidence" and "a little evidence"; "peu"/"un peu", "poco"/"un
#: poco", "pouco"/"um pouco". Adding or dropping the article is a changed quantity, not an article.
ARTICLE_QUANTITIES = frozenset([("a", "few"), ("a", "little"), ("un", "peu"), ("un", "poco"), ("una", "poca"),
                                ("unos", "pocos"), ("unas", "pocas"), ("um", "pouco")])
#: Words that a hyphen after their first letters makes into another word: "re-signed" (signed
#: again) is not "resigned", "re-cover" not "recover", "co-op" not "coop" (stems, inflected as
#: :func:`word_forms` reads them). Other hyphens ("flood-protection", "e-mail") are spelling.
HYPHEN_STEMS = frozenset(["resign", "recover", "resent", "reform", "coop", "recreation", "recollect", "repress",
                          "resort", "release", "remark", "retreat", "reserve", "react", "represent", "redress",
                          "refuse", "resolve", "reprove", "restrain", "unionize", "unionise"])


def hyphen_makes_another_word(a: str, b: str) -> bool:
    """Whether folded ``a`` and ``b`` differ only by a hyphen that makes another word of
    :data:`HYPHEN_STEMS` ("re-signed" and "resigned")."""
    joined = a.replace("-", "")
    if a.count("-") == b.count("-") or joined != b.replace("-", ""):
        return False
    return any(word_forms(joined, stem) for stem in _prefixes_in(joined, HYPHEN_STEMS))


def _prefixes_in(word: str, stems: frozenset[str]) -> list[str]:
    """The stems of ``stems`` that ``word`` begins with (or with all but a final "e": "reserving")."""
    return [word[:k] + e for k in range(1, len(word) + 1) for e in ("", "e") if word[:k] + e in stems]


FUNCTION_WORDS = frozenset({"that"})
AMOUNT_SYMBOLS = frozenset("%$€£¥‰")
NEGATING_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non", "a", "anti", "de", "mis")
# British / American (and other) spelling variants: pairs of endings or infixes.
_SPELLING_RULES = (
    ("our", "or"),
    ("ise", "ize"),
    ("ised", "ized"),
    ("ising", "izing"),
    ("isation", "ization"),
    ("yse", "yze"),
    ("tre", "ter"),
    ("ogue", "og"),
    ("ence", "ense"),
    ("lled", "led"),
    ("lling", "ling"),
    ("ller", "ler"),
    ("ae", "e"),
    ("oe", "e"),
    ("ph", "f"),
    ("mme", "m"),
)


#: A word as the edge rules read one (a pattern): a letter, then letters, digits and apostrophes
#: ("won't", "minister’s"); no hyphen.
WORD = r"[^\W\d_][\w'\u2019]*"
#: The word right before a position, a comma after it allowed ("denied, that", "said, "), only spaces between: one
#: pattern for the readers that look one word back (lead_word, accusation, unproven_lead, share_owner).
WORD_COMMA_BEFORE = re.compile(rf"({WORD}),?[ \t\u00a0\u202f]+$")
#: Up to three words right before a position, only spaces between them and it (the last one always there): what the
#: readers of a quote's lead that look at a phrase, not a word, read once per quote (held_back, hearsay_lead), searched
#: within :data:`WORDS_BEFORE_REACH` characters.
WORDS_BEFORE = re.compile(rf"(?:({WORD})[ \t\u00a0\u202f]+)?(?:({WORD})[ \t\u00a0\u202f]+)?({WORD})[ \t\u00a0\u202f]+$")
WORDS_BEFORE_REACH = 60
#: The last word of a text, whatever marks follow it (a quote's last word).
LAST_WORD = re.compile(rf"({WORD})\W*$")
#: "only" in the covered languages: what a quote's edge may cut off ("safe only for adults",
#: "Only three schools") or a negation before it governs ("not only").
ONLY_WORDS = frozenset(["only", "nur", "seulement", "solo", "sólo", "soltanto", "só"])
#: The English auxiliaries and modals that open a predicate, never a subject ("was", "had",
#: "would"): after them a clause's subject has ended.
ENGLISH_AUXILIARIES = frozenset(["is", "are", "was", "were", "has", "have", "had", "will", "would", "could",
                                 "should", "can", "may", "might", "must", "did", "does", "do"])


def bare_word(w: str) -> str:
    return w.replace("'", "").replace("’", "")


def fold_word(word: str) -> str:
    """A word as the word lists here spell it: lower case, a typographic apostrophe (’) plain."""
    return word.lower().replace("\u2019", "'")


def guess_language(text: str) -> str | None:
    """Which covered language ``text`` reads as (``"en"``, ``"de"``, ... ``"ru"``), or None.

    Only to tell the few words that negate in one language and mean something else in another
    (:data:`NOT_A_NEGATION_IN`) apart, so it is a plain count of each language's commonest
    words, with a margin; a passage too short or too mixed to tell is None (the word counts).
    """
    words = [w.lower() for w in re.findall(r"\w+", text)]
    cyrillic = sum(1 for w in words if any("\u0400" <= c <= "\u04ff" for c in w))
    if cyrillic * 2 > len(words) > 0:
        return "ru"
    scores = sorted(((sum(1 for w in words if w in marks), lang) for lang, marks in _LANGUAGE_MARKERS.items()),
                    reverse=True)
    (best, lang), (second, _) = scores[0], scores[1]
    if best >= _LANGUAGE_MARGIN and best - second >= _LANGUAGE_MARGIN:
        return lang
    return _short_language(text) if len(words) <= _SHORT_WORDS else None


def _short_language(text: str) -> str | None:
    """The language of a text too short for the margin (a source of one sentence: "Las escuelas
    apenas tienen fondos"): the one language one of whose marker words it holds when no other
    language's marker stands in it, a marker counted only as a reader reads it as one, written in
    lower case or opening a sentence and before a word in lower case ("Las escuelas"; not "Las
    Vegas", "El Paso", "Vitamin E": a name's part), or a German one before a noun ("Die Preise";
    rules 28)."""
    found: set[str] = set()
    for m in _MARKER_READ.finditer(text):
        word, after = m.group(1), m.group(2)
        if after is None or not (word.islower() or _SENTENCE_OPEN.search(text, 0, m.start())):
            continue
        if word.lower() in _SHORT_SHARED:
            continue
        langs = {lang for lang, marks in _LANGUAGE_MARKERS.items() if word.lower() in marks} | {
            lang for lang, marks in _SHORT_ONLY.items() if word in marks}  # "i" as written: not "I"
        found |= langs if after[:1].islower() else langs & {"de"}  # German writes its nouns with a capital
    return found.pop() if len(found) == 1 else None


def language_around(text: str, start: int, end: int | None = None) -> str | None:
    """The language of the passage ``text[start:end]`` (``end``: ``start``), read with
    :data:`LANGUAGE_WINDOW` characters of the source on either side (:func:`guess_language`)."""
    end = start if end is None else end
    return guess_language(text[max(0, start - LANGUAGE_WINDOW):end + LANGUAGE_WINDOW])


def is_negation(folded: str, language: str | None = None) -> bool:
    """Whether ``folded`` negates, in a passage of ``language`` (None: unknown, any language).

    Also an English contraction ("didn't") and a French elided "ne" ("n'a", "n’est").
    """
    bare = bare_word(folded)
    if bare in NEGATIONS:
        return language is None or language not in NOT_A_NEGATION_IN.get(bare, frozenset())
    return folded.endswith(("n't", "n’t")) or (
        folded[:2] in ("n'", "n’") and folded[2:3].isalpha() and language in (None, "fr"))


def denies_truth(words: Sequence[str], i: int, reach: int = 4) -> bool:
    """Whether ``words[i]`` (folded words) is a word of :data:`TRUTH_WORDS` a negation among the ``reach`` words before
    it (or the one after) denies: "not true", "nicht wahr", "No es cierto", "not the case" (a noun of a case only after
    its article: "in diesem Fall nicht" is no denial; "not true of the tunnel" speaks of another thing)."""
    w = words[i]
    if w not in TRUTH_WORDS or (w in _TRUTH_CASES and (i == 0 or words[i - 1] not in _CASE_ARTICLES)):
        return False
    if words[i + 1:i + 2] and words[i + 1] in _TRUTH_SCOPES:
        return False  # "not true of the tunnel", "not the case in 2019": said of another thing or time, no denial
    return any(is_negation(n) for n in words[max(0, i - reach):i + 2] if n != w)


def negation_count(tokens: Sequence[Token], language: str | None = None) -> int:
    return sum(1 for t in tokens if is_negation(t.folded, language))


def is_number(folded: str) -> bool:
    return any(c.isdigit() for c in folded) or folded in NUMBER_WORDS or folded in AMOUNT_SYMBOLS


#: British and American spellings of one word that no rule of :data:`_SPELLING_RULES` spells
#: (stems: an ending both share may follow, "tyres"/"tires", "enrolment"/"enrollment"). Each form
#: is a word of its own in the English word list (:mod:`archiver.quotes.wordlist`), so without
#: this list "grey" quoted as "gray" would read as one word put for another.
SPELLING_PAIRS: tuple[tuple[str, str], ...] = (
    ("grey", "gray"), ("tyre", "tire"), ("storey", "story"), ("whisky", "whiskey"), ("practis", "practic"),
    ("enrol", "enroll"), ("fulfil", "fulfill"), ("instal", "install"), ("skilful", "skillful"),
    ("wilful", "willful"), ("judgement", "judgment"), ("acknowledgement", "acknowledgment"),
    ("ageing", "aging"), ("plough", "plow"), ("mould", "mold"), ("smoulder", "smolder"),
    ("sceptic", "skeptic"), ("pyjama", "pajama"), ("aluminium", "aluminum"), ("draught", "draft"),
    ("cheque", "check"), ("kerb", "curb"), ("gaol", "jail"), ("artefact", "artifact"),
)


def is_spelling_variant(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are the same word in two spelling conventions."""
    for x, y in SPELLING_PAIRS:
        for p, q in ((x, y), (y, x)):
            if a.startswith(p) and b.startswith(q) and a[len(p):] == b[len(q):]:
                return True
    for x, y in _SPELLING_RULES:
        for p, q in ((x, y), (y, x)):
            i = a.find(p)
            while i >= 0:
                if a[:i] + q + a[i + len(p) :] == b:
                    return True
                i = a.find(p, i + 1)
    return False


def is_typo(q: str, s: str) -> bool:
    """A small in-word slip that cannot flip the meaning (no digits, same first letter)."""
    if min(len(q), len(s)) < 4 or q[0] != s[0]:
        return False
    for p in NEGATING_PREFIXES:  # "lawful"/"unlawful", "legal"/"illegal"
        if q == p + s or s == p + q:
            return False
    limit = 1 if max(len(q), len(s)) <= 6 else 2
    return OSA.distance(q, s) <= limit


def strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def capitalised(t: Token) -> bool:
    return t.text[:1].isupper()


def kind_of_word(t: Token, *, initial: bool) -> str:
    f = t.folded
    if not t.is_word:
        return "number" if f in AMOUNT_SYMBOLS else "punctuation"
    if is_number(f):
        return "number"
    if f in DATE_WORDS and (f != "may" or capitalised(t)):
        return "date"
    if f in QUANTITY:
        return "quantity"
    if f in ARTICLES:
        return "article"
    if f in FUNCTION_WORDS:
        return "function_word"
    if capitalised(t) and not initial:
        return "name"
    return "content_word"


#: Words of opposite meaning, by pairs, in the covered languages: a bracket may clarify ("[the
#: firm]" for "the company") but not stand for the opposite of what it replaces ("too [cheap]"
#: for "too expensive", "keep the harbour [closed]" for "open", "[cut]" for "spend"). No list of
#: synonyms can tell every legitimate bracket from a substitution, so this list is the check:
#: written by hand from the opposites news reports turn on (money, direction, verdict, safety,
#: support, opening), each entry a stem that its inflected forms extend (see :func:`word_forms`).
ANTONYM_PAIRS: tuple[tuple[str, str], ...] = (
    # EN
    ("open", "close"), ("open", "shut"), ("cheap", "expensive"), ("cheap", "costly"), ("spend", "cut"),
    ("spend", "save"), ("raise", "cut"), ("raise", "lower"), ("increase", "decrease"), ("increase", "cut"),
    ("increase", "reduce"), ("rise", "fall"), ("rise", "drop"), ("rise", "decline"), ("rose", "fell"),
    ("grow", "shrink"), ("gain", "lose"), ("gain", "loss"), ("win", "lose"), ("won", "lost"), ("accept", "reject"),
    ("approve", "reject"), ("approve", "oppose"), ("support", "oppose"), ("for", "against"), ("allow", "ban"),
    ("allow", "forbid"), ("allow", "prohibit"), ("permit", "ban"), ("legal", "illegal"), ("guilty", "innocent"),
    ("true", "false"), ("safe", "dangerous"), ("safe", "unsafe"), ("success", "failure"), ("succeed", "fail"),
    ("strong", "weak"), ("high", "low"), ("large", "small"), ("big", "small"), ("good", "bad"),
    ("better", "worse"), ("best", "worst"), ("right", "wrong"), ("rich", "poor"), ("early", "late"),
    ("start", "end"), ("begin", "end"), ("start", "stop"), ("start", "finish"), ("buy", "sell"), ("bought", "sold"),
    ("borrow", "lend"), ("import", "export"), ("include", "exclude"), ("agree", "disagree"), ("love", "hate"),
    ("friend", "enemy"), ("ally", "enemy"), ("peace", "war"), ("victory", "defeat"), ("profit", "loss"),
    ("surplus", "deficit"), ("strengthen", "weaken"), ("expand", "shrink"), ("expand", "reduce"), ("hire", "fire"),
    ("add", "remove"), ("build", "demolish"), ("build", "destroy"), ("attack", "defend"), ("admit", "deny"),
    ("confirm", "deny"), ("remember", "forget"), ("possible", "impossible"), ("likely", "unlikely"),
    ("easy", "difficult"), ("easy", "hard"), ("fast", "slow"), ("hot", "cold"), ("young", "old"),
    ("public", "private"), ("inside", "outside"), ("positive", "negative"), ("optimistic", "pessimistic"),
    ("praise", "criticise"), ("praise", "criticize"), ("praise", "condemn"), ("welcome", "condemn"),
    ("impose", "lift"), ("tighten", "loosen"), ("tighten", "ease"), ("north", "south"), ("east", "west"),
    ("he", "she"), ("him", "her"), ("man", "woman"), ("men", "women"), ("male", "female"), ("yes", "no"),
    ("legal", "unlawful"), ("lawful", "unlawful"), ("win", "defeat"), ("pass", "fail"), ("enter", "leave"),
    ("arrive", "leave"), ("arrive", "depart"), ("present", "absent"), ("alive", "dead"), ("survive", "die"),
    # DE
    ("offen", "geschlossen"), ("öffnen", "schließen"), ("billig", "teuer"), ("steigen", "sinken"),
    ("gestiegen", "gesunken"), ("erhöhen", "senken"), ("erhöht", "gesenkt"), ("gut", "schlecht"),
    ("sicher", "gefährlich"), ("erfolg", "misserfolg"), ("für", "gegen"), ("gewinn", "verlust"), ("ja", "nein"),
    # FR
    ("ouvert", "fermé"), ("ouvrir", "fermer"), ("hausse", "baisse"), ("augmenter", "baisser"),
    ("augmenté", "baissé"), ("augmenter", "réduire"), ("augmenté", "réduit"), ("pour", "contre"),
    ("succès", "échec"), ("sûr", "dangereux"), ("sûre", "dangereuse"), ("bon", "mauvais"), ("cher", "abordable"),
    # IT
    ("apert", "chius"), ("aprire", "chiudere"), ("caro", "economico"), ("aumentare", "ridurre"),
    ("aumentato", "ridotto"), ("aumentare", "diminuire"), ("aumentato", "diminuito"), ("successo", "fallimento"),
    ("sicur", "pericolos"), ("favore", "contro"),
    # ES
    ("abiert", "cerrad"), ("abrir", "cerrar"), ("caro", "barato"), ("subir", "bajar"), ("subió", "bajó"),
    ("aumentar", "reducir"), ("aumentó", "redujo"), ("éxito", "fracaso"), ("segur", "peligros"),
    ("favor", "contra"),
    # PT
    ("abert", "fechad"), ("abrir", "fechar"), ("subir", "descer"), ("aumentar", "reduzir"),
    ("aumentou", "reduziu"), ("sucesso", "fracasso"), ("perigos", "segur"),
    # RU
    ("открыт", "закрыт"), ("открыть", "закрыть"), ("дорог", "дешев"), ("дорог", "дешёв"),
    ("повысить", "понизить"), ("повышать", "снижать"), ("повысил", "снизил"), ("рост", "падени"),
    ("успех", "провал"), ("безопасн", "опасн"), ("за", "против"),
)
#: Endings that inflect a stem of :data:`ANTONYM_PAIRS` ("closed", "cuts", "opening"; "chiusa",
#: "abiertos"; "закрыта"); a stem ending in "e" may drop it ("closing").
_INFLECTIONS = frozenset(["", "s", "es", "d", "ed", "ing", "er", "est", "ers", "ly", "n", "en", "e", "a", "o", "i",
                          "as", "os", "ta", "to", "ti", "te", "ndo", "ó", "ou", "ado", "ada", "ido", "ida", "ire",
                          "ere", "are", "ar", "ir", "t", "ten", "st", "ов", "а", "о", "ы", "ой", "ая",
                          "ое", "ые", "ый", "ий", "ие", "ить", "ать", "ает", "ил", "ила", "или", "ен", "ена", "ено"])


#: Endings a stem of three letters or fewer may take ("cuts", "cutting"): longer
#: endings on a short stem make other words ("her" + "o", "for" + "t").
_SHORT_STEM_INFLECTIONS = frozenset(["", "s", "es", "d", "ed", "ing", "er", "est"])


def word_forms(word: str, stem: str) -> bool:
    """Whether ``word`` (folded) is ``stem`` or an inflection of it (see :data:`_INFLECTIONS`)."""
    endings = _SHORT_STEM_INFLECTIONS if len(stem) <= 3 else _INFLECTIONS
    if word.startswith(stem) and word[len(stem):] in endings:
        return True
    rest = word[len(stem) + 1:]
    if len(word) > len(stem) and word[len(stem)] == stem[-1] and rest in ("ed", "ing", "er", "est"):
        return True  # a doubled consonant: "cutting", "stopped", "bigger"
    return stem.endswith("e") and word.startswith(stem[:-1]) and word[len(stem) - 1:] in ("ing", "ed", "er")


#: Each stem of :data:`ANTONYM_PAIRS` with the stems of its opposites, to look a word up by its
#: prefixes rather than try every pair (a bracket is checked in microseconds, not milliseconds).
_OPPOSITES: dict[str, tuple[str, ...]] = {}
for _a, _b in ANTONYM_PAIRS:
    _OPPOSITES[_a] = (*_OPPOSITES.get(_a, ()), _b)
    _OPPOSITES[_b] = (*_OPPOSITES.get(_b, ()), _a)


def _stems_of(word: str) -> list[str]:
    """The stems of :data:`ANTONYM_PAIRS` that ``word`` is a form of (prefixes, or a prefix
    whose final "e" the form dropped: "closing")."""
    found = []
    for k in range(1, len(word) + 1):
        for stem in (word[:k], word[:k] + "e"):
            if stem in _OPPOSITES and word_forms(word, stem) and stem not in found:
                found.append(stem)
    return found


def opposites(quote_words: Sequence[str], source_words: Sequence[str]) -> tuple[str, str] | None:
    """A word of ``quote_words`` whose opposite ``source_words`` holds in its place, or None.

    Both must be one-sided: a bracket that holds both words of a pair, or a source that does,
    swapped nothing.
    """
    in_quote = {stem: w for w in reversed(quote_words) for stem in _stems_of(w)}
    in_source = {stem: w for w in reversed(source_words) for stem in _stems_of(w)}
    for x, q in in_quote.items():
        for y in _OPPOSITES[x]:
            if y in in_source and y not in in_quote and x not in in_source:
                return q, in_source[y]
    return None
