"""A quote cut right after a word that negates, restricts or sets a condition on it misleads.

Why one file of ~1,660 lines: every word a quote's start may cut off is read from the same look at
the word right before the match, in one chain of questions whose order matters (a negation and
its adverb before a denial, a denial before "few", a bound on a figure last); half of it is the
word lists each question reads.

"everyone will succeed" is a verbatim part of "Not everyone will succeed", "definitive evidence
that steroids will help" of "there is no definitive evidence that steroids will help", "the dam
fails, the town will flood" of "If the dam fails, the town will flood". The token-edge rule
(:mod:`archiver.quotes.edges`) refuses a quote that starts inside "non-binding" or "won't"; a
quote that starts right after a whole word that negates the words it keeps ("not", "no",
"doesn't", "nicht", "jamais": every negation of :mod:`archiver.quotes.lexicon`), restricts them
("only", "nur", "seulement", in a passage of that language) or makes them a condition ("if",
"unless", "wenn") says the opposite, or a fact, in the same way. So such a word right before the matched passage, with
nothing but spaces between (and maybe an opening quotation mark: 'not “a disaster”'; no clause
mark or bracket: a quote may start a clause), is a material ``leading_qualifier`` difference.

A quote that itself opens with a negation keeps it, and is not judged where the word before it
is a negation too, or one of its adverbs ("pas sûr" after "n'était": the partner of the quote's
"pas"), or a restriction or condition ("if not", "only not"); every other word before it is read
as before any quote ("won't last" after "probably", "not spread" after "could": quote rules 18
let such a quote skip every check). A quote that starts right after the comma closing a conditional clause that opens
its sentence ("the town will flood" of "If the dam fails, the town will flood"; "Unless",
"Wenn", "Falls", "Si": :data:`CONDITION_OPENERS`; not "If anything, ...": rather, nor "If you look at ...") makes a fact
of a condition in the same way,
and one right after an adverb that hedges it ("took bribes" of "reportedly took bribes", "the
plan failed" of "Apparently, the plan failed", "angeblich": :data:`HEDGING_ADVERBS`) a flat claim
of what the source only reports or supposes; one right after a label of doubt ("peaceful
transition of power" of "the so-called “peaceful transition of power”", "the alleged
killer", "sogenannte", "soi-disant": :data:`DOUBT_LABELS`) presents another's name for a thing
as the writer's; one right after a modal of possibility ("reduce deaths by half" of "could reduce
...", "pourrait": :data:`archiver.quotes.modal_lead.POSSIBILITY_MODALS`; past an adverb or a "have" too: "might well
help", "would have loved", rules 24) a certainty, one right after a word saying how many
("patients recovered" of "Some patients recovered", "a few", "plusieurs": :data:`QUANTIFIERS`) a
rule, and one right after a word putting them in the past ("formerly", "the former", "ehemalige",
"l'ancien": :data:`PAST_MARKERS`) a present fact; one right after "nearly" or "almost"
(:data:`NEARLY_WORDS`) says what did not happen did, and one right after a word of frequency
("sometimes causes", "often", "partly": :data:`archiver.quotes.lexicon.FREQUENCY_WORDS`) or in
time ("initially denied": :data:`archiver.quotes.lexicon.TIME_LIMIT_WORDS`) makes a rule of it,
as one at the "as" of a multiplied comparison ("half as effective as": :data:`MULTIPLIERS`) makes
an equality of it; one right after a word of expectation, plan or aim and "to" ("create 5,000 jobs" of
"expected to create ...", "set to", "aims to", "promised to": :data:`EXPECTING_WORDS`) or after
"likely" makes a fact of it; so does one right after "would" or "should" (:data:`archiver.quotes.modal_lead.CONDITIONAL_MODALS`;
not a "would" of reported speech: "said it would rain", nor one of habit after a frame in the
past: "As a child, she would"), after a verb of hope, belief, opinion or fear and maybe its
"that" ("hope the vaccine reduces deaths", "believe that", "think", "espèrent que":
:data:`HOPING_VERBS`, :mod:`archiver.quotes.opinion`), and one one to three words after a word
saying how many ("Half the patients", "the patients" of "Half the patients", "Most of the",
"None of the": :data:`SHARE_WORDS`) that claims or ranks something.
So do a quote that starts right after a negation
and the adverb it governs ("operates" of "no longer operates": :data:`NEGATED_ADVERBS`), right
after a word that says hardly any ("people believe" of "Few people believe": :data:`FEW_WORDS`),
and right after a verb that denies, doubts or fails the words after it, alone or before its link
("it paid bribes" of "denied that it paid bribes", "warn residents" of "failed to warn", "doubt
the vaccine works" but "no doubt": :data:`DENYING_WORDS`, :data:`DENIAL_LINKS`; a German infinitive clause after the comma closing
"versäumte es", "weigerte sich", "lehnte es ab": :func:`_refused_infinitive`), unless the quote ends right before its clause's
auxiliary or copula: then it is that clause's subject ("a crewed moon mission" of "whether a
crewed moon mission is feasible"), no claim denied (:data:`CLAUSE_VERBS`); "no matter whether",
"egal ob" ask nothing either way. A number a word right before bounds or rounds is
:mod:`archiver.quotes.number_edge`'s. A quote that is all the words the source itself puts in
quotation marks is read for a negation, a restriction, a condition, a denial, a hedge and a label
of doubt before them only: a modal, a verb of hope, an aim, a quantifier, a frequency or a past
word there is the writer's frame ('asked if the government would "hold their hands up"'), not
part of the words quoted (:func:`_source_quoted`).
"""

from __future__ import annotations

import re

from archiver.quotes.accusation import accused_before
from archiver.quotes.claim_frame import leading_frame
from archiver.quotes.doubted_aside import doubted_aside
from archiver.quotes.gaps import abbreviation_stop
from archiver.quotes.hearsay_lead import hearsay_lead
from archiver.quotes.held_back import held_back
from archiver.quotes.imagined import imagined
from archiver.quotes.lead_attribution import aside_attribution, attribution_before
from archiver.quotes.lead_bound import dropped_time_bound
from archiver.quotes.lexicon import (
    ARTICLES,
    ENGLISH_AUXILIARIES,
    FREQUENCY_WORDS,
    NEGATING_VERBS,
    NUMBER_WORDS,
    ONLY_WORDS,
    PAST_ADVERBS,
    REPORTING_WORDS,
    ROLE_QUALIFIERS,
    TIME_LIMIT_WORDS,
    WORD,
    WORD_COMMA_BEFORE,
    WORDS_BEFORE,
    WORDS_BEFORE_REACH,
    fold_word,
    is_negation,
    language_around,
)
from archiver.quotes.modal_lead import modal_before
from archiver.quotes.model import Difference
from archiver.quotes.mood_condition import back_then_opener
from archiver.quotes.number_edge import dropped_bound
from archiver.quotes.opinion import DOUBTING_VERBS, OPINION_VERBS, THAT_ONLY, doubt_denied
from archiver.quotes.past_tense import first_tense, present_after_then, reads_past
from archiver.quotes.present_verb import (
    SHORT_SINGULAR_VERBS,
    plural_present,
    romance_singular_verb,
    simple_past,
    third_person_present,
)
from archiver.quotes.refuted_around import announced_false, corrected_before, labelled_false
from archiver.quotes.share_owner import share_said
from archiver.quotes.split_denial import (
    GERMAN_DENYING,
    denied_after_comma,
    split_denial,
    word_before_aside,
)
from archiver.quotes.time_clause import appena_subject_perfect, conjunction_dropped
from archiver.quotes.trail_limit import HEDGING_ADVERBS, SI_OPENERS
from archiver.quotes.trail_word import FINITE_AUXILIARIES
from archiver.quotes.unproven_lead import (
    CLAIMING_TO,
    alleged_before,
    unproven_before,
)

#: Words that restrict the words after them or make them a condition, by language ("Only three
#: schools", "If the dam fails", "Nur wenige", "Seulement deux"): each counts only in a passage
#: that reads as its language (:func:`archiver.quotes.lexicon.guess_language`; the English ones
#: in one of unknown language as well: :data:`_QUALIFIERS_ANYWHERE`), since several
#: are plain words of another ("kaum" is Indonesian "people"). French and Spanish "si", Italian
#: and Portuguese "se" are left out: they are as often "so", "yes" or a pronoun.
LEADING_QUALIFIERS: dict[str, frozenset[str]] = {
    "en": frozenset(["only", "if", "unless", "rarely", "seldom", "hardly", "barely", "scarcely"]),
    "de": frozenset(["nur", "wenn", "falls", "sofern", "kaum", "selten"]),
    "fr": frozenset(["seulement", "uniquement", "rarement", "guère"]),
    "es": frozenset(["solo", "sólo", "solamente", "únicamente", "apenas"]),
    "it": frozenset(["solo", "soltanto", "solamente", "appena"]),
    "pt": frozenset(["só", "somente", "apenas"]),
    "ru": frozenset(["только", "лишь", "если", "едва"]),
}
#: The English ones are no word of another language read here, so they count in a passage of
#: unknown language too: a source of one sentence ("Nobody knows if the vaccine works", "Only
#: three schools closed") has too few common words to be guessed, and the same cut was ``exact``
#: from the sentence alone and ``altered`` from the article around it (quote rules 22).
_QUALIFIERS_ANYWHERE = LEADING_QUALIFIERS["en"]
#: Words that open a sentence's conditional clause ("If the dam fails, the town will flood"), by
#: language; in a passage of unknown language those that are no other word of another ("si",
#: "se", "caso" are also "so", "yes", a pronoun, "case") count.
CONDITION_OPENERS: dict[str, frozenset[str]] = {
    "en": frozenset(["if", "unless", "should", "provided", "assuming"]),
    "de": frozenset(["wenn", "falls", "sofern", "sollte", "sollten"]),
    "fr": frozenset(["si", "s'il", "s'ils"]),
    "es": frozenset(["si"]),
    "it": frozenset(["se", "qualora"]),
    "pt": frozenset(["se", "caso"]),
    "ru": frozenset(["если"]),
}
#: An opener and the word after it that set no condition: "If anything, ..." (rather), "If
#: nothing else, ..." (at least).
_NO_CONDITION = frozenset([("if", "anything"), ("if", "nothing")])
#: Two words that open a sentence's conditional clause in any passage ("À condition que les
#: autorités l'approuvent, ", "Siempre que lo soliciten, ", "Pourvu qu'ils", "A condizione che";
#: the phrases rules 28 read after a quote's end; review of rules 28).
_CONDITION_OPENING_PAIRS = frozenset([("à", "condition"), ("pourvu", "que"), ("tant", "que"), ("sous", "réserve"),
                                      ("siempre", "que"), ("a", "condición"), ("con", "tal"), ("a", "condizione"),
                                      ("on", "condition")])
#: What after "if" says where to look, not on what condition ("If you look at the figures, ",
#: "If we compare", "If one considers"): the clause after it holds whatever is looked at.
_LOOKING = re.compile(r"[ \t\u00a0\u202f]+(?:you|we|one)[ \t\u00a0\u202f]+(?:look|compare|consider)\b",
                      re.IGNORECASE)
_ANY_CONDITION = frozenset().union(*CONDITION_OPENERS.values()) - {"si", "se", "caso"}
#: A comma right before a match (the end of the clause before it), and the sentence that clause
#: opens: from the last sentence end, colon (speech: "sagte: Wenn") or line start before it.
_AFTER_COMMA = re.compile(r",[ \t\u00a0\u202f]*$")
_SENTENCE_START = re.compile(r"(?:[.!?:]\s+|\n)[\s\"'\u201c\u201e\u00ab(]*")
_CLAUSE_LOOK_BACK = 300
#: Words that deny or doubt the words after them, right before them or before a link
#: (:data:`DENIAL_LINKS`): "denied that it paid", "dismissed claims the water was poisoned",
#: "unclear whether", "bestritt, dass"; the verbs and "whether" of
#: :data:`archiver.quotes.lexicon.DOUBT_WORDS`, not its nouns and adjectives ("lie", "doubt",
#: "false": "no doubt the plan will work" affirms it).
DENYING_WORDS = frozenset([
    "denied", "denies", "deny", "denying", "dismissed", "dismisses", "dismiss", "disputed", "disputes",
    "contested", "contests", "refuted", "refutes", "rebutted", "debunked", "questioned", "doubted",
    "whether", "unclear", "uncertain", "doubtful", "questionable",  # (the last two: rules 70, "It is doubtful the")
    "douteux", "douteuse", "dudoso", "dudosa", "dubbio", "duvidoso", "duvidosa", "сомнительно",  # (rules 110)
    "bezweifelt", "bezweifelte", "bezweifeln", "bestritten", "bestritt", "bestreitet", "dementiert",
    "dementierte", "ob", "unklar",
    "démenti", "dément", "nié", "contesté", "contestée", "réfute", "réfuté",
    "smentito", "smentisce", "negato", "nega", "contestato",
    "desmintió", "desmiente", "negó", "niega", "cuestionó", "cuestiona",
    "desmentiu", "negou", "questionou", "contestou",
    "опроверг", "опровергла", "опровергли", "опровергает", "отрицал", "отрицала", "отрицали", "отрицает",
    "оспорил", "оспорила", "отверг", "отвергла", "отвергли",
    # the persons and tenses the lists above left out (red team lead53: "Scientists contest that", "Les critiques
    # contestent que", "Los críticos niegan que"); not "question" or "doubt", nouns as often ("the question that")
    "dispute", "contest", "refute", "rebut", "rebuts", "debunk", "debunks", "disputing", "contesting", "refuting",
    "bestreiten", "dementieren", "leugnet", "leugnen", "leugnete", "leugneten", "bezweifelten",
    "nient", "niaient", "niait", "démentent", "démentait", "contestent", "contestait", "contestaient", "réfutent",
    "réfutait", "negano", "negarono", "negò", "smentiscono", "smentì", "contestano", "contestò",
    "niegan", "negaron", "negaba", "negaban", "desmienten", "desmintieron", "cuestionan", "cuestionaron",
    "negam", "negaram", "negava", "desmente", "desmentem", "desmentiram", "contesta", "contestam", "contestaram",
    "questiona", "questionam", "questionaram",
    "отрицают", "отрицали", "оспаривает", "оспаривают", "оспаривали", "опровергают", "отвергает", "отвергают",
])
#: Words between a denying word and what it denies ("denied that", "failed to", "dismissed
#: claims", "bestritt, dass", "versäumte es, ... zu").
DENIAL_LINKS = frozenset(["that", "to", "claims", "claim", "reports", "allegations", "suggestions", "es", "dass",
                          "zu", "que", "qu'", "de", "d'", "di", "a", "che", "что"])
#: Words of knowing, asking or certainty after which French and Spanish "si" is "whether" ("On ne sait pas si", "No
#: está claro si", "se demandent si", "preguntó si"): what follows is asked, not told (rules 70).
_WHETHER_HOSTS = frozenset([
    "sait", "sais", "savoir", "savons", "savent", "demande", "demandent", "demandé", "demander", "clair", "sûr",
    "certain", "sabe", "saben", "sé", "saber", "sabemos", "claro", "seguro", "pregunta", "preguntan", "preguntó",
    "preguntaron", "preguntar"])
#: Words that, before a "that", call what follows false ("It is false that", "Es ist falsch,
#: dass", "Il est faux que"), and those that do so with a negation before them ("It is not true
#: that").
FALSE_WORDS = frozenset(["false", "untrue", "wrong", "incorrect", "inaccurate", "myth", "lie", "nonsense",
                         "unlikely", "falsch", "unwahr", "faux", "fausse", "falso", "falsa", "errado", "erróneo",
                         "неправда", "ложь"])
TRUE_WORDS = frozenset(["true", "correct", "so", "wahr", "richtig", "vrai", "verdad", "cierto", "vero",
                        "verdade", "правда"])
#: What before "whether" or "ob" makes it "either way" ("no matter whether", "regardless of
#: whether", "egal ob", "gleich ob", "unabhängig davon, ob").
_EITHER_WAY = re.compile(r"(?:\b(?:no[ \t]+matter|regardless[ \t]+of|irrespective[ \t]+of|egal|gleich|unabhängig"
                         r"[ \t]+davon,?))[ \t\u00a0\u202f]+$", re.IGNORECASE)
_THAT = frozenset(["that", "dass", "que", "qu'", "che", "что"])
#: Nouns of a claim between a denying word and its "that" ("rejected claims that", "dismissed
#: reports that"; rules 28, red team q28).
_CLAIM_LINKS = frozenset(["claims", "claim", "reports", "allegations", "suggestions", "suggestion", "allegation",
                          "report", "rumours", "rumors", "accusations"])
#: Words that say hardly any of what follows them ("Few people believe", "Little evidence",
#: "Wenige", "Peu de gens", "Pocos"): a quote starting right after one says the opposite, as one
#: starting right after a negation does.
FEW_WORDS = frozenset(["few", "fewer", "little", "wenige", "wenig", "peu", "pocos", "pocas",
                       "poco", "poca", "pochi", "poche", "poucos", "poucas", "pouco", "pouca", "мало",
                       "немногие", "немногих"])
#: Adverbs that make "any" after them "hardly any" ("Hardly any patients recovered").
_HARDLY = frozenset(["hardly", "barely", "scarcely"])
#: Words that make a word of :data:`FEW_WORDS` after them "some" ("a few", "un peu") or a size
#: ("the little town", "his little brother").
_SOME_BEFORE = frozenset(["a", "an", "the", "un", "una", "um", "uma", "ein", "eine", "einige", "this", "that",
                          "these", "those", "his", "her", "its", "their", "my", "our", "your", "le", "la",
                          "les", "der", "die", "das", "den", "dem", "el", "il", "lo", "o", "os", "past", "last",
                          "next", "first", "every", "quite"])
#: Adverbs of time or degree a negation right before them governs ("no longer", "not always",
#: "not yet", "nicht mehr", "ne fonctionne plus", "non più", "nem sempre"): a quote starting right
#: after one leaves the negation out as one starting right after the negation does ("only": "not
#: only cheap" says it is cheap, and is not judged).
NEGATED_ADVERBS = frozenset([
    "longer", "more", "anymore", "yet", "even", "always", "quite", "entirely", "fully", "necessarily", "really",
    "very", "too", "only", "ever",
    "mehr", "länger", "immer", "ganz", "unbedingt", "sehr", "einmal", "nur",
    "plus", "toujours", "encore", "vraiment", "très", "tout", "seulement",
    "más", "siempre", "todavía", "tan", "muy", "solo", "sólo",
    "più", "sempre", "ancora", "molto", "tanto",
    "mais", "sempre", "ainda", "muito", "tão", "só",
])
#: ("soltanto", which it adds, is no adverb of :data:`NEGATED_ADVERBS` and never reaches it.)
_ONLY = ONLY_WORDS
#: Adverbs of :data:`NEGATED_ADVERBS` that are another word in another language, by the one
#: language they count in: Portuguese "mais" (more) is French "mais" (but: "pas cadrée mais
#: contrée" negates nothing after it).
_ADVERB_LANGUAGE = {"mais": "pt"}
#: How many words before the adverb the negation may stand ("ne fonctionne plus").
_NEGATION_REACH = 2
_SENTENCE_END_BEFORE = re.compile(r"(?:^|[.!?:]\s*|\n)[\s\"'\u201c\u201e\u00ab(]*$")
_WORD_BEFORE = re.compile(rf"({WORD})")
#: The word right before a match, with only spaces (or none: a match may follow a line break
#: only through a space) between it and the match, and maybe the opening quotation mark the
#: match starts inside ('not “a disaster”': the words quoted are what the negation denies).
_LAST_WORD = re.compile(rf"({WORD})[ \t\u00a0\u202f]+[\"\u201c\u201e\u00ab\u2018]?[\u00a0\u202f]?$")
_FIRST_WORD = re.compile(rf"{WORD}")
#: The finite auxiliaries and copulas that follow a clause's subject ("whether a crewed mission
#: is even feasible", "ob die Stadt ... hat"): a quote that a denying word precedes and one of
#: these follows is that subject, a noun phrase, not the words denied or doubted.
CLAUSE_VERBS = FINITE_AUXILIARIES | ENGLISH_AUXILIARIES | frozenset(["shall"])
_NEXT_WORD = re.compile(rf"[ \t\u00a0\u202f]+({WORD})")
#: How much text before a match is read for the word.
_LOOK_BACK = 40
#: Labels by which a writer calls the words after them another's name for a thing, not the
#: writer's own ("the so-called “peaceful transition of power”", "der selbsternannte
#: Kalif", "la soi-disant réforme"): a quote that starts right after one presents the words as
#: the writer's claim.
DOUBT_LABELS = frozenset([
    "so-called", "self-styled", "self-proclaimed", "self-described", "would-be",
    "sogenannte", "sogenannten", "sogenannter", "sogenanntes", "sogenanntem", "selbsternannte",
    "selbsternannten", "selbsternannter", "selbsternanntes", "soi-disant", "autoproclamé", "autoproclamée",
    "autoproclamés", "autoproclamées", "autoproclamado", "autoproclamada", "autoproclamados", "autoproclamadas",
    "cosiddetto", "cosiddetta", "cosiddetti", "cosiddette", "sedicente", "sedicenti", "называемый",
    "называемая", "называемое", "называемые", "называемого", "называемой", "называемых",
    # labels of a suspect that are no verb's form, so need no article before them: Russian has
    # none ("Предполагаемый убийца задержан"), a German plural may go without ("Mutmaßliche Täter
    # flohen"; red team rvq58)
    "putative", "mutmaßliche", "mutmaßlichen", "mutmaßlicher", "mutmaßliches", "mutmaßlichem",
    "предполагаемый", "предполагаемая", "предполагаемое", "предполагаемые", "предполагаемого",
    "предполагаемой", "предполагаемых", "предполагаемому", "предполагаемым", "предполагаемую",
    "предполагаемыми", "мнимый", "мнимая", "мнимое", "мнимые", "мнимого", "мнимой", "мнимых",
    # German "angeblich" and "vermeintlich" declined are no verb's form either ("Angeblicher Dieb
    # festgenommen"; red team rvq59)
    "angebliche", "angeblichen", "angeblicher", "angebliches", "angeblichem", "vermeintliche", "vermeintlichen",
    "vermeintlicher", "vermeintliches", "vermeintlichem",
])
#: Labels of doubt that are a verb's form too ("He alleged the firm paid", "a prétendu que"):
#: labels only after an article or a possessive ("the alleged killer", "la prétendue réforme"), or
#: opening a sentence, where no verb stands without its subject ("Alleged Thief Arrested", "Presunto
#: ladrón detenido", "Présumé tueur arrêté"; red team rvq59).
DOUBT_LABELS_AFTER_ARTICLE = frozenset([
    "alleged", "supposed", "purported", "suspected", "presumed", "reputed", "prétendu", "prétendue", "prétendus",
    "prétendues", "présumé", "présumée", "présumés", "présumées", "supuesto", "supuesta", "supuestos", "supuestas", "presunto", "presunta", "presuntos",
    "presuntas", "presunti", "presunte", "suposto", "suposta", "supostos", "supostas", "pretenso", "pretensa",
])
#: Words that say how many of the words after them hold ("Some patients recovered", "Most",
#: "Several", "Einige", "Plusieurs"): a quote starting right after one makes a rule of it, as one
#: starting after "Few" says the opposite (:data:`FEW_WORDS`); so does one after "a few". Not
#: "most" after an article or a possessive ("the most recent figures": a superlative).
QUANTIFIERS = frozenset([
    "some", "most", "many", "several", "einige", "einigen", "manche", "manchen", "viele", "vielen", "mehrere",
    "meisten", "quelques", "plusieurs", "certains", "certaines", "algunos", "algunas", "muchos", "muchas", "varios",
    "varias", "alcuni", "alcune", "molti", "molte", "diversi", "diverse", "alguns", "algumas", "muitos", "muitas",
    "vários", "várias", "некоторые", "многие",
])
#: Words that put the words after them in the past or change the office they name ("formerly the
#: largest bank", "the former mayor", "der ehemalige Bürgermeister", "l'ancien président", "the
#: acting mayor"): the adverbs of :data:`archiver.quotes.lexicon.PAST_ADVERBS` and the role
#: qualifiers of :data:`archiver.quotes.lexicon.ROLE_QUALIFIERS` but "late" ("late Monday"). A
#: quote starting right after one states as a present fact, or of another office, what the
#: source does not.
PAST_MARKERS = PAST_ADVERBS | (ROLE_QUALIFIERS - {"late"})
#: Words that before "to" make the verb after it an expectation, a plan, an aim, a promise or a
#: duty, not a fact ("expected to create 5,000 jobs", "set to announce", "aims to put", "promised
#: to protect", "designed to cut", "ought to"); "likely" and "unlikely" do so before "to" and alone ("It is likely the Capitals
#: won't have Hathaway"): :data:`LIKELY_WORDS`.
EXPECTING_WORDS = frozenset([
    "expected", "expects", "expect", "projected", "predicted", "forecast", "anticipated", "likely", "unlikely",
    "set", "poised", "scheduled", "slated", "aims", "aim", "aimed", "aiming", "plans", "plan", "planned",
    "planning", "hopes", "hope", "hoped", "hoping", "promised", "promises", "promise", "vowed", "vows", "vow",
    "pledged", "pledges", "threatened", "threatens", "wants", "want", "wanted", "intends", "intend", "intended",
    "seeks", "seek", "sought", "tries", "try", "tried", "trying", "attempts", "attempted", "supposed", "going",
    # a design, a purpose, a potential or a duty (rules 24: "designed to cut", "meant to", "in a bid to",
    # "has the potential to", "ought to"; not "need to": "we needed to win this game" is no claim either way)
    "designed", "meant", "potential", "bid", "effort", "efforts", "attempt", "ought",
    # a threat, a proposal, an offer, a call or a demand before its "to" (quote rules 107: "The threat to sue the
    # newspaper was dropped", "A proposal to ban the book was rejected"; "plan", "promise", "bid" were read already)
    "threat", "threats", "proposal", "proposals", "offer", "offers", "offered", "calls", "demand", "demands", "pledge",
    "vote", "motion", "push", "drive", "campaign", "scheme",
    # an act that was imminent, not done ("The minister was about to resign": quote rules 112)
    "about",
])
LIKELY_WORDS = frozenset(["likely", "unlikely"])
#: Verbs of hope, belief, expectation, fear or suspicion whose clause, right after them or after
#: "that" ("hope the vaccine reduces deaths", "believe that", "hoffen, dass", "espèrent que",
#: "esperan que"), is what someone hopes, believes or fears, not a fact: a quote starting there
#: states it as one. Not after an article or a possessive ("the hope", "their fear": a noun).
HOPING_VERBS = frozenset([
    "hope", "hopes", "hoped", "hoping", "believe", "believes", "believed", "believing", "expect", "expects",
    "fear", "fears", "feared", "fearing", "suspect", "suspects", "suspected", "wish", "wishes", "wished", "assume",
    "assumes", "assumed", "suppose", "supposes", "supposed", "speculate", "speculated",
    "imagine", "imagines", "imagined",  # "I imagine the mayor lied" (rules 86; "Imagine ...": archiver.quotes.imagined)
    "hoffe", "hofft", "hoffen", "hoffte", "hofften", "glaube", "glaubt", "glauben", "glaubte", "glaubten",
    "befürchtet", "befürchten", "befürchtete", "fürchtet", "fürchten", "vermutet", "vermuten", "vermutete",
    "erwartet", "erwarten", "erwartete",
    "espère", "espèrent", "espérait", "espéraient", "crois", "croit", "croient", "croyait", "craint", "craignent",
    "soupçonne", "soupçonnent", "suppose", "supposent",
    "espera", "esperan", "esperaba", "esperaban", "cree", "creen", "creía", "teme", "temen", "temía", "sospecha",
    "sospechan", "supone", "suponen",
    "spera", "sperano", "crede", "credono", "teme", "temono", "sospetta", "sospettano",
    "espero", "esperam", "acredita", "acreditam", "receia", "receiam", "suspeita", "suspeitam",
    # predictions and warnings in the present (rules 70: "Experts predict the tax will rise", "Critics warn the ..."
    # were exact); not the past's ("the mayor predicted taxes would rise": the quote's "would" keeps it a prediction)
    "predict", "predicts", "predicting", "forecast", "forecasts", "warn", "warns",
    "prognostiziert", "prognostizieren", "warnt", "warnen",
    "prévoit", "prévoient", "prédit", "prédisent", "avertit", "avertissent",
    "prevé", "prevén", "predice", "predicen", "pronostica", "pronostican", "advierte", "advierten",
    "prevede", "prevedono", "avverte", "avvertono", "prevê", "preveem", "alerta", "alertam",
    "прогнозирует", "прогнозируют", "предсказывает", "предсказывают", "предупреждает", "предупреждают",
    # Russian (rules 69: "Эксперты считают, что план сократит выбросы" gave the belief as a fact, exact)
    "считает", "считают", "считал", "считала", "считали", "полагает", "полагают", "полагал", "полагала", "полагали",
    "думает", "думают", "думал", "думала", "думали", "верит", "верят", "верил", "верила", "верили", "надеется",
    "надеются", "надеялся", "надеялась", "надеялись", "боится", "боятся", "боялся", "боялась", "боялись",
    "опасается", "опасаются", "опасался", "опасалась", "опасались", "ожидает", "ожидают", "ожидал", "ожидала",
    "ожидали", "подозревает", "подозревают", "подозревал", "предполагает", "предполагают", "предполагал",
]) | OPINION_VERBS
#: Words of a guarantee: with a negation before them ("Nothing guarantees that", "There is no guarantee that", "Rien
#: ne garantit que", "Es gibt keine Garantie, dass", "Нет гарантии, что") what follows is not assured, and a quote
#: starting there states it as a fact (rules 69: such quotes were exact in every language read).
GUARANTEE_WORDS = frozenset([
    "guarantee", "guarantees", "guaranteed", "garantiert", "garantieren", "gewährleistet", "gewährleisten", "garantie",
    "garantit", "garantissent", "garantiza", "garantizan", "garantía", "garantías", "garantisce", "garantiscono",
    "garanzia", "garanzie", "garante", "garantem", "garantia", "garantias", "гарантирует", "гарантируют",
    "гарантии", "гарантия", "гарантий"])
#: How many words before a guarantee word its negation may stand ("Il n'y a aucune garantie": "aucune";
#: "Non c'è garanzia": "non").
_GUARANTEE_NEGATION_REACH = 3
#: Prepositions that open no clause: a quote opening with one after a word of
#: :data:`HOPING_VERBS` holds its object or names a noun's ("playoff hopes in the conference",
#: "hope for enough tips"), not what someone hopes is so.
_NO_CLAUSE_OPENERS = frozenset(["in", "on", "at", "for", "of", "with", "from", "by", "about", "into", "over", "under",
                                "during", "after", "against", "among", "auf", "für", "von", "mit", "über", "pour",
                                "dans", "sur", "avec", "para", "por", "con", "per", "em"])
#: Words that say how many of what follows hold two or three words before a quote, an article (and
#: "of") between: "Half the patients", "Most of the", "None of the", "Few of the", "one of the best", "die Hälfte
#: der", "la moitié des" (:func:`_quantifier_two_back`), where the quote claims or ranks something
#: (:func:`_claims_or_ranks`). "All the" is all of them, and not judged; "part of" only where it
#: opens its clause ("Part of the patients recovered"; "as part of a trade deal" names what a
#: thing belongs to), "number" only after "a" ("A number of the"; not "the number of the dead";
#: rules 26: :func:`_share`).
SHARE_WORDS = QUANTIFIERS | FEW_WORDS | frozenset([
    "half", "none", "neither", "majority", "minority", "hälfte", "mehrheit", "minderheit", "keiner",
    "keine", "moitié", "majorité", "minorité", "aucun", "aucune", "mitad", "mayoría", "minoría", "ninguno",
    "ninguna", "metà", "maggioranza", "nessuno", "metade", "maioria", "nenhum", "nenhuma",
    "one",
    # rules 26: "A handful of", "Hardly any of"; "part" and "number" only where :func:`_share` says
    "handful", "any", "part", "number",
])
#: Fractions and percentages that before "of" say how many of what follows hold, as
#: :data:`SHARE_WORDS` do ("A third of the patients", "Two-thirds of", "60 percent of", "Sixty
#: per cent of"; "60% of": :data:`_PERCENT_BEFORE`; rules 24); not after an ordinal or an article
#: ("the first quarter of the year": a time, :data:`_HALF_OF_TIME`), nor "cent" without its "per".
FRACTION_WORDS = frozenset(["third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "sixths", "tenth",
                            "tenths", "percent", "cent", "fraction", "proportion", "tiers", "quart", "drittel",
                            "viertel", "prozent", "tercio", "cuarto", "terzo", "quarto"])
#: "of" after a percentage in English and the Romance languages ("60% of", "el 40 % de", "40 % des",
#: "il 30% dei", "40% dos"; the Romance ones: review of rules 32).
_PERCENT_OF = frozenset(["of", "de", "des", "du", "del", "dei", "degli", "delle", "della", "dello", "dos", "das",
                         "do", "da"])
_PERCENT_BEFORE = re.compile(r"(\d[\d.,]*[ \u00a0\u202f]?%)[ \t\u00a0\u202f]+$")
#: A ratio before "of" ("One in three of the patients", "9 out of 10 of"; rules 26; "One in every
#: three of": review s41b): a share as a fraction is.
_RATIO_BEFORE = re.compile(r"((?:\d+|[^\W\d_]+)[ \t\u00a0\u202f]+(?:in|out[ \t\u00a0\u202f]+of)[ \t\u00a0\u202f]+"
                           r"(?:every[ \t\u00a0\u202f]+)?(?:\d+|[^\W\d_]+))[ \t\u00a0\u202f]+$", re.IGNORECASE)
#: French, Spanish, Italian and Portuguese finite auxiliaries and copulas (:func:`_claims_or_ranks`:
#: "la plantilla fue despedida" of "La mitad de la plantilla fue despedida"; rules 24), not right
#: after a relative pronoun (:data:`_RELATIVES`). Not "a": a preposition in three of them.
_ROMANCE_FINITE = frozenset(["est", "sont", "était", "étaient", "ont", "avait", "avaient", "sera", "seront", "fut",
                             "es", "son", "era", "eran", "fue", "fueron", "está", "están", "ha", "han", "había",
                             "habían", "será", "serán", "è", "sono", "erano", "hanno", "fu", "furono", "é", "são",
                             "eram", "foi", "foram", "estão", "tem", "têm"])
#: Plural articles of French, Spanish, Italian and Portuguese, and the endings of their verbs'
#: third person plural ("dicen", "recuperaron", "disent", "dicono", "dizem"; rules 26): after a
#: plural subject such a word is its verb, where a plural adjective ends in "-s", "-i" or "-e"
#: (:func:`_romance_plural_verb`); and their reflexive clitics ("se recuperaron", "si sono").
_ROMANCE_PLURAL_ARTICLES = frozenset(["los", "las", "les", "des", "i", "gli", "le", "os", "as"])
_ROMANCE_PLURAL_VERB = ("an", "en", "aron", "ieron", "ent", "ano", "ono", "am", "em")
_ROMANCE_CLITICS = frozenset(["se", "si"])
#: Adverbs and prepositions in such an ending ("souvent", "también", "bien", "quien").
_NOT_ROMANCE_VERBS = frozenset(["souvent", "également", "también", "tampoco", "bien", "quien", "quienes", "según",
                                "entre", "sobre", "durante", "mediante", "parmi", "avant", "pendant", "mentre"])
#: Relative pronouns after which such a verb is a relative clause's, naming a thing ("las cartas
#: diarias que serán publicadas").
_RELATIVES = frozenset(["que", "qui", "che", "quem", "cui"])
#: Where a quote's first sentence ends: a verb of the next one is no claim a share before the
#: quote limits ("of shares at the offering price. An Alibaba spokesperson declined"; rules 24).
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s")
#: Superlatives without "-est" (:func:`_claims_or_ranks`).
_SUPERLATIVES = frozenset(["best", "worst", "most", "least", "meilleurs", "meilleures", "mejores", "peores",
                           "besten", "schlechtesten", "meisten", "migliori", "peggiori", "melhores", "piores"])
#: Words between a word of :data:`SHARE_WORDS` and a quote: articles, possessives and "of"
#: ("Half the", "Most of their", "la moitié des", "die Hälfte der").
_SHARE_LINKS = frozenset(["the", "these", "those", "its", "their", "his", "her", "our", "my", "your", "of", "der",
                          "die", "das", "den", "des", "seiner", "ihrer", "les", "des", "de", "du", "la", "le", "los",
                          "las", "del", "el", "dei", "degli", "delle", "gli", "i", "dos", "das", "do", "da", "os",
                          "as"])
#: Words that multiply a comparison of equality after them ("half as effective as", "twice as
#: much", "doppelt so", "deux fois plus"): a quote starting at its "as" says "as much".
MULTIPLIERS = frozenset(["half", "twice", "thrice", "times", "doppelt", "halb", "fois", "veces", "volte", "vezes"])
_EQUALITY = frozenset(["as", "so", "aussi", "plus", "moins", "tan", "tanto", "más", "menos", "più", "meno", "mais"])
#: Words that say the words after them nearly happened, and so did not ("nearly collapsed",
#: "almost", "presque", "casi", "beinahe"): a quote starting right after one says they did.
NEARLY_WORDS = frozenset(["nearly", "almost", "beinahe", "presque", "quasiment", "casi", "quasi", "quase", "почти"])
_DETERMINERS = ARTICLES | frozenset(["his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
                                     "sein", "seine", "seinen", "ihr", "ihre", "ihren", "diese", "dieser", "diesen",
                                     "sa", "son", "ses", "leur", "leurs", "ce", "cette", "ces", "el", "los", "las",
                                     "una", "su", "sus", "il", "lo", "gli", "o", "os", "as", "um", "uma"])
#: The quotation marks that open and close the words a source quotes (:func:`_source_quoted`).
_OPENS_QUOTED = re.compile("[\"\u201c\u201e\u00ab\u2018\u201a\u2039][\u00a0\u202f ]?$")
#: (a sentence mark the quote leaves off may stand inside the closing mark: '"cure cancer."')
_CLOSES_QUOTED = re.compile("[.,;:!?\u2026]?[\u00a0\u202f ]?[\"\u201c\u201d\u00bb\u2019\u2018\u203a]")
#: The word right before a match as :data:`_LAST_WORD` reads it, hyphens kept ("so-called",
#: "soi-disant"), and the word before it.
_LABEL_BEFORE = re.compile(rf"(?:({WORD})[ \t\u00a0\u202f]+)?([^\W\d_][\w'\u2019-]*)"
                           r"[ \t\u00a0\u202f]+[\"\u201c\u201e\u00ab\u2018]?[\u00a0\u202f]?$")


#: A German infinitive with "zu" inside ("einzuhalten", "abzuschalten").
_ZU_INFINITIVE = re.compile(r"(?:ab|an|auf|aus|bei|ein|fest|her|hin|mit|nach|teil|vor|weg|zurück|zu)zu[a-zäöüß]+en")
#: The words of a clause right before a comma and a match ("Die Stadt versäumte es, ").
_CLAUSE_BEFORE_COMMA = re.compile(r"([^\W\d_][\w'\u2019 \t]*?)[ \t]*,[ \t\u00a0\u202f]*$")
#: What may follow a verb failing or refusing an infinitive clause before its comma.
_AFTER_REFUSING_VERB = frozenset(["es", "sich", "ab", "auf", "damit"])
_LEHNEN = frozenset(["lehnte", "lehnt", "lehnten", "lehnen"])
#: German "aufhören" (to stop doing): "hörte auf, ... zu zahlen", "hat aufgehört, ... zu" (quote rules 105).
_HOEREN = frozenset(["hörte", "hört", "hörten", "hören"])


def _negation_before(original: str, at: int, language: str | None) -> re.Match[str] | None:
    """The negation among the :data:`_NEGATION_REACH` words right before ``original[at]`` (only
    spaces between them), if any."""
    run = _spaced_run_before(original, at, _NEGATION_REACH, None)  # nearest first, while only white space parts them
    return next((w for w in run if is_negation(fold_word(w.group(1)), language)), None)


#: Words for all of a kind or every one of it: negated right before them ("Not all vaccines are safe", "Nicht alle",
#: "Pas tous les", "No todas las", "Non tutti i", "Nem todos os", "Не все") they say some are not (rules 86, red team
#: q86b: "vaccines are safe for everyone" of "Not all vaccines are safe for everyone." was exact).
_UNIVERSALS = frozenset(["all", "every", "alle", "allen", "jeder", "jede", "jedes", "tous", "toutes", "todos", "todas",
                         "tutti", "tutte", "ogni", "все", "всё", "каждый", "каждая", "каждое"])


def _negated_universal(original: str, m: re.Match[str], folded: str, language: str | None) -> re.Match[str] | None:
    """The negation right before a word of :data:`_UNIVERSALS` that ``m`` (the word right before a match) is, or that
    stands one or two words of :data:`_SHARE_LINKS` before it ("Not all of the", "No todas las"), if any."""
    word = m
    for _ in range(2):
        if folded in _UNIVERSALS:
            break
        if folded not in _SHARE_LINKS:
            return None
        before = _LAST_WORD.search(original, max(0, word.start() - _LOOK_BACK), word.start())
        if before is None:
            return None
        word, folded = before, fold_word(before.group(1))
    if folded not in _UNIVERSALS:
        return None
    negation = _LAST_WORD.search(original, max(0, word.start() - _LOOK_BACK), word.start())
    return negation if negation is not None and is_negation(fold_word(negation.group(1)), language) else None


#: Verbs by which a premise means, shows or proves what follows ("the report means the mayor lied"): what they say
#: holds only as far as the premise does (:func:`_meaning_in_hypothesis`).
_MEANING_VERBS = frozenset(["means", "mean", "meant", "shows", "show", "suggests", "suggest", "implies", "imply",
                            "indicates", "indicate", "proves", "prove", "confirms", "confirm",
                            "bedeutet", "bedeuten", "heißt", "zeigt", "beweist", "belegt",
                            "signifie", "montre", "prouve", "implique", "significa", "muestra", "demuestra", "implica",
                            "mostra", "dimostra", "demonstra", "prova", "означает", "значит", "показывает",
                            "доказывает"])
#: Such verbs in a conditional mood of their own ("signifierait", "bedeuten würde" is read by its "würde").
_MEANING_CONDITIONAL = frozenset(["signifierait", "montrerait", "prouverait", "significaría", "demostraría",
                                  "significherebbe", "dimostrerebbe", "significaria", "demonstraria"])
#: Pronouns put after such a verb before its "that" ("bedeutet das, dass", "heißt es, dass", "significa esto que").
_MEANING_SUBJECTS = frozenset(["das", "dies", "es", "cela", "ça", "esto", "eso", "ciò", "questo", "isso", "isto", "это"])
#: Modals before such a verb that make its premise a hypothesis ("That would mean", "could show", "würde bedeuten").
_HYPOTHESIS_MODALS = frozenset(["would", "could", "might", "würde", "würden", "könnte", "könnten"])


def _meaning_in_hypothesis(quote_text: str, original: str, m: re.Match[str], folded: str) -> Difference | None:
    """A material ``leading_qualifier`` difference when the match starts right after a verb by which a premise means,
    shows or proves it (:data:`_MEANING_VERBS`; or after its "that"), and the premise is a hypothesis: a modal before
    the verb ("That would mean the mayor lied"), the verb's conditional mood ("signifierait"), or a condition opening
    the sentence before the verb's clause ("If true, the report means the mayor lied", "In mice, the study shows ...":
    :func:`_after_condition` read where that clause starts). Rules 86, red team q86b."""
    verb: re.Match[str] | None = m
    if folded in _THAT:  # "means that", "bedeutet das, dass", "cela signifie que"
        verb = WORD_COMMA_BEFORE.search(original, max(0, m.start() - _LOOK_BACK), m.start())
        if verb is not None and fold_word(verb.group(1)) in _MEANING_SUBJECTS:
            verb = _LAST_WORD.search(original, max(0, verb.start() - _LOOK_BACK), verb.start())
    if verb is None:
        return None
    said = fold_word(verb.group(1))
    if said in _MEANING_CONDITIONAL:
        words = original[verb.start(1):m.end(1)]
        return Difference("leading_qualifier", True, None, words, verb.start(1), m.end(1),
                          note=f"the quote starts right after {words!r}, which make them what a hypothesis would "
                               "mean in the source, not a fact")
    if said not in _MEANING_VERBS:
        return None
    modal = _spaced_run_before(original, verb.start(1), 2, None)  # ("would mean", "would also mean")
    hypothesis = next((w for w in modal if fold_word(w.group(1)) in _HYPOTHESIS_MODALS), None)
    if hypothesis is not None:
        words = original[hypothesis.start(1):m.end(1)]
        return Difference("leading_qualifier", True, None, words, hypothesis.start(1), m.end(1),
                          note=f"the quote starts right after {words!r}, which make them what a hypothesis would "
                               "mean in the source, not a fact")
    clause = original.rfind(",", max(0, verb.start(1) - _LOOK_BACK), verb.start(1))
    if clause < 0 or any(c in original[clause:verb.start(1)] for c in ".!?;:\n"):
        return None
    clause += 1
    while clause < verb.start(1) and original[clause] in " \t\u00a0\u202f":
        clause += 1
    opening = _after_condition(quote_text, original, clause)  # ("If true, ", "In mice, ", "Apparently, ")
    if opening is None:
        return None
    return Difference("leading_qualifier", True, None, opening.source, opening.start, opening.end,
                      note=f"the quote is what a premise {verb.group(1)!r} in a sentence the source opens with "
                           f"{opening.source!r}, which conditions or limits it: it holds only as far as that does")


def _denial_before(original: str, m: re.Match[str], folded: str) -> re.Match[str] | None:
    """The word denying or doubting the quoted words (:data:`DENYING_WORDS`) that ``m`` (the word
    right before a match) is, or that stands right before it when it is a link ("denied that",
    "failed to", "dismissed claims"): a verb that fails its object (:data:`NEGATING_VERBS`)
    counts only before its link ("failed to warn"; "the bridge failed in the storm" fails no
    words after it). After an article it names a thing ("the disputed city"), and is not one."""
    word = m
    if folded == "si":  # French, Spanish "whether" after a word of knowing or asking ("On ne sait pas si": rules 70)
        host = _LAST_WORD.search(original, max(0, m.start() - _LOOK_BACK), m.start())
        if host is not None and fold_word(host.group(1)) in ("pas", "plus", "jamais"):  # "ne sait pas si"
            host = _LAST_WORD.search(original, max(0, host.start() - _LOOK_BACK), host.start())
        return m if host is not None and fold_word(host.group(1)) in _WHETHER_HOSTS else None
    if folded in DENIAL_LINKS:
        linked = WORD_COMMA_BEFORE.search(original, max(0, m.start() - _LOOK_BACK), m.start())  # "bestritt, dass"
        if linked is None and folded in _THAT:  # "denied — in court and outside it — that" (review of rules 32)
            linked = word_before_aside(original, m.start(1))
        if linked is None:
            return None
        before = fold_word(linked.group(1))
        if folded in _THAT and before in _CLAIM_LINKS:  # "rejected claims that", "dismissed reports that" (rules 28)
            noun = WORD_COMMA_BEFORE.search(original, max(0, linked.start() - _LOOK_BACK), linked.start())
            if noun is None or fold_word(noun.group(1)) not in DENYING_WORDS | NEGATING_VERBS:
                noun = word_before_aside(original, linked.start(1))  # "rejected, in an interview, claims that"
            if noun is not None and fold_word(noun.group(1)) in DENYING_WORDS | NEGATING_VERBS:
                linked, before = noun, fold_word(noun.group(1))
        if folded in _THAT and before not in DENYING_WORDS | NEGATING_VERBS and (
                aside := word_before_aside(original, m.start(1))) is not None and fold_word(
                aside.group(1)) in DENYING_WORDS | NEGATING_VERBS:
            linked, before = aside, fold_word(aside.group(1))  # "denied, in a statement on Monday, that" (rules 32)
        if before in FALSE_WORDS and folded in _THAT:  # "It is false that", "Es ist falsch, dass"
            return linked
        if before in TRUE_WORDS and folded in _THAT:  # "It is not true that"
            return _negation_before(original, linked.start(1), None)
        if folded in _THAT and (split := split_denial(original, linked)) is not None:
            return split  # "wies die Vorwürfe zurück, dass", "stritt ab, dass" (rules 30)
        if before not in DENYING_WORDS | NEGATING_VERBS | DOUBTING_VERBS | GERMAN_DENYING:
            return None
        word = linked
    elif folded not in DENYING_WORDS | DOUBTING_VERBS:
        return None
    if fold_word(word.group(1)) in DOUBTING_VERBS and doubt_denied(
            [fold_word(w) for w in _WORD_BEFORE.findall(original, max(0, word.start() - _LOOK_BACK), word.start())]):
        return None  # "no doubt the plan will work", "I do not doubt that": affirmed
    article = _LAST_WORD.search(original, max(0, word.start() - _LOOK_BACK), word.start())
    if article is not None and fold_word(article.group(1)) in _SOME_BEFORE and not (
            fold_word(article.group(1)) == "a" and not word.group(1).isascii()):  # French "a nié que": "has"
        return None  # "the disputed city": a word of the thing, no denial of the words after it
    if fold_word(word.group(1)) in ("whether", "ob") and _EITHER_WAY.search(original, max(0, word.start() - _LOOK_BACK),
                                                                         word.start()):
        return None  # "egal ob", "no matter whether": either way, no doubt
    return word


def _few_before(original: str, m: re.Match[str], folded: str) -> re.Match[str] | None:
    """The word saying hardly any (:data:`FEW_WORDS`) that ``m`` (the word right before a match)
    is, or that stands right before it when it is a "de" ("Peu de gens"), or "hardly" or "barely"
    before an "any" ``m`` is ("Hardly any patients"), or the "à" of a French "à peine" (hardly;
    rules 24), unless an article or another determiner before it makes it "some" or a size ("a
    few", "the little town", "the past few days"), or a capital in mid-sentence a name ("Little
    Rock")."""
    word: re.Match[str] | None = m
    if folded in ("de", "d'", "di"):
        word = _LAST_WORD.search(original, max(0, m.start() - _LOOK_BACK), m.start())
    if folded == "any":  # "Hardly any patients", "barely any": hardly any, as "few" says
        hardly = _LAST_WORD.search(original, max(0, m.start() - _LOOK_BACK), m.start())
        return hardly if hardly is not None and fold_word(hardly.group(1)) in _HARDLY else None
    if folded == "peine":  # "à peine tenu ses promesses": hardly (rules 24)
        before_peine = _LAST_WORD.search(original, max(0, m.start() - _LOOK_BACK), m.start())
        return before_peine if before_peine is not None and fold_word(before_peine.group(1)) == "à" else None
    if word is None or fold_word(word.group(1)) not in FEW_WORDS:
        return None
    if word.group(1)[:1].isupper() and not _SENTENCE_END_BEFORE.search(original[max(0, word.start() - 8):word.start()]):
        return None  # a capital in mid-sentence: a name ("Little Rock")
    before = _LAST_WORD.search(original, max(0, word.start() - _LOOK_BACK), word.start())
    if before is not None and fold_word(before.group(1)) in _SOME_BEFORE:
        return None
    return word


def _source_quoted(original: str, start: int, end: int | None) -> bool:
    """Whether the match ``original[start:end]`` is all the words the source itself puts in
    quotation marks (:data:`_OPENS_QUOTED` right before it, :data:`_CLOSES_QUOTED` right after)."""
    return end is not None and _OPENS_QUOTED.search(original, max(0, start - 2), start) is not None and (
        _CLOSES_QUOTED.match(original, end) is not None)


def _spaces(text: str) -> int:
    """How many spaces open ``text``."""
    return len(text) - len(text.lstrip(" \t\u00a0\u202f"))


#: Words that, opening a sentence before a comma, put its claim in a past now over, with
#: :data:`archiver.quotes.lexicon.PAST_ADVERBS` ("Antes, el alcalde apoyaba el plan", "Früher,
#: ", "Damals, "; rules 28).
_PAST_OPENERS = frozenset(["antes", "früher", "damals", "antaño", "dantan"])
#: An instruction after a sentence-opening "Antes, ", where it means "first" (before doing this, do
#: that), not "formerly" (quote rules 37): an obligation in its first words ("hay que lavar las
#: verduras", "é preciso lavar as mãos", "es necesario", "tem de", "el paciente debe ayunar") or
#: an infinitive opening it ("lavar las manos"); not "la gente va a pie", a present read as a
#: past habit (rules 35), nor "hay mucho tráfico". An imperative spelt as a present ("lava las
#: verduras") cannot be told from one and stays read.
_INSTRUCTION = re.compile(
    r"[ \t]*(?:[^\W\d_]+[ \t]+){0,2}?(?:(?:hay|há)[ \t]+que|hace[ \t]+falta|conviene|(?:es|é|será)[ \t]+(?:necesario"
    r"|necessário|preciso|imprescindible|imprescindível|conveniente|recomendable|aconselhável|obligatorio"
    r"|obrigatório)|(?:tem|tens|temos|têm|tiene|tienes|tenemos|tienen)[ \t]+(?:de|que)|(?:debe|debes|debemos|deben"
    r"|deve|deves|devemos|devem)(?:-se)?[ \t]+[^\W\d_]+(?:ar|er|ir|ír|ôr|or)\b)(?![^\W\d_])"
    r"|[ \t]*[^\W\d_]+(?:ar|er|ir|ír)(?:se|lo|la|los|las|le|les)?[ \t]+(?!que\b)[^\W\d_]", re.IGNORECASE)
#: "Initially" in more than one word, opening a sentence before its comma ("At first, the drug
#: worked": it held at first, not throughout; a limit in time, no date; review of rules 35), as
#: "Initially, " (:data:`archiver.quotes.lexicon.TIME_LIMIT_WORDS`) and German "Zunächst wirkte".
_AT_FIRST = re.compile(
    r"((?:at[ \t]+first|in[ \t]+the[ \t]+beginning|at[ \t]+the[ \t]+(?:start|outset)|au[ \t]+(?:début|départ)"
    r"|dans[ \t]+un[ \t]+premier[ \t]+temps|al[ \t]+(?:principio|comienzo)|en[ \t]+un[ \t]+(?:principio|primer[ \t]+momento)"
    r"|all['\u2019]inizio|in[ \t]+un[ \t]+primo[ \t]+momento|n[oa][ \t]+(?:início|começo|princípio)|de[ \t]+início"
    r"|num[ \t]+primeiro[ \t]+momento|zu[ \t]+beginn|am[ \t]+anfang))[ \t]*,[ \t\u00a0\u202f]*$", re.IGNORECASE)
#: A sentence-opening phrase of a population before its comma ("In mice, ", "In older patients, ",
#: "Chez la souris, ", "En ratones, ", "Nei bambini, ", "Em crianças, "): the claim after it holds
#: in them, as after a dash or a colon ("It works — in mice"; review of rules 35). A population
#: noun is needed: a place ("In Paris, the mayor said") is not read here.
_POPULATION_OPENER = re.compile(
    r"((?:in|among|for|chez|parmi|pour|en|entre|para|nei|negli|nelle|tra|fra|per|em|nos|nas|bei|unter)[ \t]+"
    r"(?:(?:the|la|les|los|las|el|i|gli|le|os|as|o|a|den)[ \t]+)?(?:[^\W\d_]+[ \t]+)?"
    r"(?:mice|mouse|rats|animals|patients|children|adults|women|men|humans|monkeys|primates|cells|infants|babies"
    r"|teenagers|adolescents|smokers|volunteers|participants|subjects|souris|animaux|enfants|adultes|femmes|hommes"
    r"|humains|singes|cellules|ratones|ratas|animales|pacientes|niños|adultos|mujeres|hombres|humanos|células|topi"
    r"|ratti|animali|pazienti|bambini|adulti|donne|uomini|cellule|ratos|camundongos|animais|crianças|mulheres"
    r"|homens|mäusen|ratten|tieren|patienten|kindern|erwachsenen|frauen|männern|zellen)"
    r"(?:[ \t]+(?:under|over|aged|with|without|unter|über|mit|ohne|de|moins|plus|sans|avec|menores|mayores|con|sin"
    r"|sotto|sopra|senza|com|sem|acima|abaixo)(?:[ \t]+[^\s,]+){1,4})?)[ \t]*,[ \t\u00a0\u202f]*$",
    re.IGNORECASE)
#: A sentence-opening phrase of a first or early trial or stage before its comma ("In the first
#: trial, ", "In early tests, ", "Dans le premier essai, ", "En el primer ensayo, ", "Nel primo
#: studio, ", "No primeiro ensaio, "): a limit to part of the evidence, no date (the lead's
#: standing decision; review of rules 35).
_FIRST_TRIAL_OPENER = re.compile(
    r"((?:in|during|dans|lors[ \t]+de|en|nel|nella|nei|nelle|no|na|nos|nas)[ \t]+(?:(?:the|its|their|le|la|les|l['\u2019]"
    r"|el|los|las|o|a|os|as|seu|sua|son|sa|ses|su|sus)[ \t]*)?"
    r"(?:first|early|earlier|initial|preliminary|premier|première|premiers|premières|primer|primera|primeros"
    r"|primeras|primo|prima|primi|prime|primeiro|primeira|primeiros|primeiras|iniciales|inicial|iniziale|iniziali"
    r"|préliminaire|préliminaires|preliminar|preliminares|preliminare|preliminari)[ \t]+"
    r"(?:trials?|tests?|stud(?:y|ies)|phase|round|experiments?|essais?|études?|tests?|ensayos?|estudios?|pruebas?"
    r"|fase|studio|studi|prove|prova|sperimentazione|ensaios?|estudos?|testes?|rodada))[ \t]*,[ \t\u00a0\u202f]*$",
    re.IGNORECASE)
#: Past adverbs only German has: a weak past after them is read as German's in a short source too
#: ("Einst lebten hier 300 Menschen", as "Damals lebten"; review of rules 35).
_GERMAN_PAST_ADVERBS = frozenset(["einst", "einstmals", "ehemals"])
#: An English condition's verb put first ("Had it not rained, ", "Were they to win, ", "Should the
#: talks fail, "), before the subject it opens (:data:`_INVERTED_SUBJECTS`).
_INVERTED_IF = frozenset(["had", "were", "should"])
_INVERTED_SUBJECTS = frozenset(["it", "they", "he", "she", "we", "i", "you", "the", "a", "an", "there", "this",
                                "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"])


def _after_condition(quote_text: str, original: str, start: int) -> Difference | None:
    """A material ``leading_qualifier`` difference when the match starts right after the comma
    closing a clause that opens its sentence with a condition ("If the dam fails, ")."""
    before = original[max(0, start - _CLAUSE_LOOK_BACK):start]
    if _AFTER_COMMA.search(before) is None:
        return None
    starts = list(_SENTENCE_START.finditer(before))
    if not starts and start > _CLAUSE_LOOK_BACK:
        return None  # the sentence opens further back than is read
    opening = before[starts[-1].end():] if starts else before.lstrip(" \"'\u201c\u201e\u00ab(")
    first = _FIRST_WORD.match(opening)
    if first is not None and fold_word(first.group()) in _ONLY:  # "Only if the dam holds, "
        first = _FIRST_WORD.match(opening, first.end() + _spaces(opening[first.end():]))
    if first is None:
        return None
    language = language_around(original, start)
    openers = CONDITION_OPENERS.get(language, frozenset()) if language is not None else _ANY_CONDITION
    folded = fold_word(first.group())
    at = start - len(opening) + first.start()  # where the opening word stands in the source
    if folded in HEDGING_ADVERBS and _AFTER_COMMA.match(opening, first.end()):  # "Apparently, "
        return Difference("leading_qualifier", True, None, first.group(), at, at + len(first.group()),
                          note=f"the quote starts right after {first.group()!r}, which hedges them in the source")
    if folded in PAST_ADVERBS | _PAST_OPENERS and _AFTER_COMMA.match(opening, first.end()):  # "Autrefois, " (rules 28)
        if reads_past(quote_text, "de" if folded in _GERMAN_PAST_ADVERBS else language):
            return None  # "Autrefois, on écrivait des lettres": the past tense keeps the past (rules 35)
        if folded == "antes" and _INSTRUCTION.match(quote_text):
            return None  # "Antes, hay que lavar las verduras": "first", no past (quote rules 37)
        return Difference("leading_qualifier", True, None, first.group(), at, at + len(first.group()),
                          note=f"the quote starts right after {first.group()!r}, which puts them in the past in the "
                               "source")
    at_first = _AT_FIRST.match(opening)
    if at_first is not None or (folded in TIME_LIMIT_WORDS and _AFTER_COMMA.match(opening, first.end())):
        words = at_first.group(1) if at_first is not None else first.group()  # "At first, ", "Initially, " (rules 35)
        return Difference("leading_qualifier", True, None, words, at, at + len(words),
                          note=f"the quote starts right after {words!r}, which limits them in time in the source "
                               "(they held at first, not throughout)")
    population = _POPULATION_OPENER.match(opening)
    if population is not None:  # "In mice, " (review of rules 35; as "It works — in mice")
        words = population.group(1)
        return Difference("leading_qualifier", True, None, words, at, at + len(words),
                          note=f"the quote starts right after {words!r}, which limits them to a population in the "
                               "source")
    trial = _FIRST_TRIAL_OPENER.match(opening)
    if trial is not None:  # "In the first trial, " (review of rules 35)
        words = trial.group(1)
        return Difference("leading_qualifier", True, None, words, at, at + len(words),
                          note=f"the quote starts right after {words!r}, which limits them to one trial or stage of "
                               "the evidence in the source")
    second = _FIRST_WORD.match(opening, first.end() + _spaces(opening[first.end():]))
    if folded in _INVERTED_IF and language in ("en", None) and second is not None and opening.count(",") == 1 and (
            fold_word(second.group()) in _INVERTED_SUBJECTS):  # "Had it not rained, " (rules 28, red team q28)
        return Difference("leading_qualifier", True, None, first.group(), at, at + len(first.group()),
                          note=(f"the quote starts right after a clause opened by {first.group()!r}, which makes "
                                "its words a condition in the source"))
    pair = (folded, fold_word(second.group()) if second is not None else "")
    if pair[1].startswith(("qu'", "qu\u2019")):
        pair = (folded, "que")  # "Pourvu qu'ils"
    if _AFTER_COMMA.match(opening, first.end()):
        return None  # "Si, c'est vrai": "yes", no clause
    if folded == "si" and language is None and second is not None and (
            fold_word(second.group()).replace("\u2019", "'") in SI_OPENERS):
        openers = openers | {"si"}  # "Si no se encuentra un comprador, " of a short source (review of rules 28)
    if folded in ("se", "caso") and language is None and second is not None and (
            _opens_italian_or_portuguese_clause(folded, fold_word(second.group()))):
        openers = openers | {folded}  # "Se il consiglio accetta, " of a short source (rules 69)
    if folded not in openers and pair not in _CONDITION_OPENING_PAIRS and opening.count(",") == 2:
        return _aside_condition(quote_text, opening, openers, start - len(opening))  # "In March, if funded, "
    if (folded not in openers and pair not in _CONDITION_OPENING_PAIRS) or opening.count(",") > 1:
        return None  # no condition, or the comma closes another clause than the condition's
    if second is not None and (folded, fold_word(second.group())) in _NO_CONDITION:
        return None  # "If anything, I would say": rather
    if _LOOKING.match(opening, first.end()):
        return None  # "If you look at the figures, crime fell": where to look, no condition
    return Difference("leading_qualifier", True, None, first.group(), at, at + len(first.group()),
                      note=(f"the quote starts right after a clause opened by {first.group()!r}, which makes "
                            "its words a condition in the source"))


#: Words after a sentence-opening "se" (Italian, Portuguese "if") that Spanish, French or Catalan "se" (a pronoun) is
#: not followed by: an article, a negation, a subject pronoun ("Se il consiglio accetta", "Se o conselho aceitar",
#: "Se non arriva"); "la", "le", "lo", "las", "los" are left out ("Se la llevó", "Se lo dije": Spanish pronouns).
_SE_OPENERS = frozenset(["non", "não", "il", "i", "gli", "un", "uno", "una", "um", "uma", "o", "os", "nessuno",
                         "ninguém", "tu", "lei", "lui", "noi", "voi", "loro", "ele", "ela", "eles", "elas", "você",
                         "vocês", "eu", "nós", "questo", "questa", "este", "esta", "isso", "tutto", "tutti"])
#: ... and after Portuguese "caso" ("in case", "if": "Caso o conselho aceite"), which Spanish "caso" ("case") is not.
_CASO_OPENERS = frozenset(["o", "os", "não", "um", "uma", "haja", "seja", "ele", "ela", "eles", "elas", "você"])


def _opens_italian_or_portuguese_clause(opener: str, second: str) -> bool:
    """Whether "se" or "caso" opening a sentence of a source whose language is not known (too short to guess, one
    sentence) opens a condition, by the word after it (:data:`_SE_OPENERS`, :data:`_CASO_OPENERS`). Until rules 69
    neither counted there ("se" is also a pronoun, "caso" a noun), and "la città aumenterà le tasse" of "Se il consiglio
    accetta, la città aumenterà le tasse." was ``exact``; in an article, whose language is guessed, it was ``altered``."""
    second = second.replace("\u2019", "'")
    if opener == "caso":
        return second in _CASO_OPENERS
    return second in _SE_OPENERS or second.startswith(("l'", "un'", "c'"))


#: The most words of a condition set off between a sentence's opening phrase and its claim ("In
#: March, if funded, ", "Im Mai, falls nötig, ", "En mars, si les fonds arrivent, ").
_ASIDE_CONDITION_WORDS = 5


#: Words opening a clause that is the object of the condition's own verb ("wenn man bedenkt, [dass
#: ...]", "when I see [how long it has been]"), not the claim the condition holds for (the
#: faithful survey, two false alarms of a first draft).
_COMPLEMENT_OPENERS = frozenset([
    "that", "how", "whether", "what", "why", "who", "where", "dass", "wie", "ob", "was", "wer", "wo", "warum",
    "que", "qu", "comment", "pourquoi", "qué", "cómo", "cuánto", "che", "come", "perché", "quanto", "что",
    "как"])


def _aside_condition(quote_text: str, opening: str, openers: frozenset[str], at: int) -> Difference | None:
    """A material ``leading_qualifier`` difference when ``opening`` (the sentence before the quote,
    from ``original[at]``, two commas in it) sets off a short condition between its first comma and
    its last, and the quote does not open the object clause of the condition's verb: "In March, if
    funded, [the project starts]" (red team rvq52: the condition was read only opening the
    sentence, and such quotes passed ``exact``), not "wenn man bedenkt, [dass ...]"."""
    head = _FIRST_WORD.match(quote_text, _spaces(quote_text))
    if head is not None and fold_word(head.group()) in _COMPLEMENT_OPENERS:
        return None
    inner_at = opening.index(",") + 1
    inner = opening[inner_at:opening.rindex(",")]
    first = _FIRST_WORD.match(opening, inner_at + _spaces(inner))
    if first is None or fold_word(first.group()) not in openers or len(re.findall(WORD, inner)) > _ASIDE_CONDITION_WORDS:
        return None
    second = _FIRST_WORD.match(opening, first.end() + _spaces(opening[first.end():]))
    if second is not None and (fold_word(first.group()), fold_word(second.group())) in _NO_CONDITION or (
            _LOOKING.match(opening, first.end())):
        return None  # "In March, if anything, ", "if you look at the figures"
    return Difference("leading_qualifier", True, None, first.group(), at + first.start(), at + first.end(),
                      note=(f"the quote starts right after a clause opened by {first.group()!r}, which makes "
                            "its words a condition in the source"))


def _refused_infinitive(quote_text: str, original: str, start: int) -> Difference | None:
    """A material ``leading_qualifier`` difference when the quote is a German infinitive clause
    (it holds "zu" or a verb with "zu" inside: "die Anwohner zu warnen", "einzuhalten") that
    starts right after the comma closing a clause ending with a verb that fails or refuses it
    (:data:`archiver.quotes.lexicon.NEGATING_VERBS`, "lehnte ... ab") and only "es", "sich" or
    its particle after that verb ("versäumte es, ", "weigerte sich, ", "lehnte es ab, ", "hat
    es unterlassen, "), unless a negation in that clause turns the verb round ("hat es nicht
    vergessen, ")."""
    if not any(w == "zu" or _ZU_INFINITIVE.fullmatch(w) for w in quote_text.split()):
        return None
    before = _CLAUSE_BEFORE_COMMA.search(original, max(0, start - _LOOK_BACK), start)
    if before is None:
        return None
    words = list(_WORD_BEFORE.finditer(before.group(1)))
    while words and fold_word(words[-1].group(1)) in _AFTER_REFUSING_VERB:
        words.pop()
    if not words:
        return None
    verb = words[-1]
    folded = fold_word(verb.group(1))
    particle = fold_word(before.group(1).rstrip()).endswith(" ab")
    stopping = folded in ("aufgehört", "aufhören") or (fold_word(before.group(1).rstrip()).endswith((" auf", " auf damit"))
                                                      and folded in _HOEREN)
    if not (folded in NEGATING_VERBS or (particle and folded in _LEHNEN) or folded == "abgelehnt" or stopping):
        return None
    if any(is_negation(fold_word(w.group(1)), "de") for w in words[:-1]):
        return None  # "hat nicht vergessen, ... zu warnen": it did warn
    at = before.start(1) + verb.start(1)
    return Difference("leading_qualifier", True, None, verb.group(1), at, at + len(verb.group(1)),
                      note=f"the quote starts right after {verb.group(1)!r}, which denies or doubts them in the source")


def _subject_only(original: str, end: int | None) -> bool:
    """Whether the passage ending at ``original[end]`` ends right before a finite auxiliary or
    copula (:data:`CLAUSE_VERBS`): it is the subject of its clause, not the claim the clause makes."""
    if end is None:
        return False
    m = _NEXT_WORD.match(original, end)
    return m is not None and fold_word(m.group(1)) in CLAUSE_VERBS


#: English prepositions that tie a noun phrase to the person or group before it ("The wife of", "A spokesman for", "An
#: aide to", "Supporters of", "A man who looks like").
_RELATING = frozenset(["of", "for", "to", "like"])
#: Words before "like" that make it "resembling", not "as" ("Like the mayor said, ..."): "looks like", "resembled".
_RESEMBLING = frozenset(["looks", "look", "looked", "looking", "resembles", "resembled", "resembling", "seems",
                         "sounds", "sounded", "dressed"])


def _object_of_relation(quote_text: str, original: str, m: re.Match[str], folded: str,
                        language: str | None) -> re.Match[str] | None:
    """The noun before ``m`` (an English "of", "for", "to" or "like" right before the match) when the quote opens with
    a determiner and holds a clause's verb: the quote's first noun phrase is that preposition's object, and the verb's
    subject is the noun phrase before it ("The wife of [the mayor was arrested]", "A spokesman for [the mayor denied
    the report]", "Supporters of [the senator attacked]", "A man who looks like [the senator was seen]"; quote rules
    103, red team q103): the quote gives the act to another person. Not "like" as "as" ("Like the mayor said"), not
    after a verb ("belongs to [the mayor]" holds no verb of the quote's own)."""
    if folded not in _RELATING and not folded.startswith(("resembl", "impersonat")) or language not in ("en", None):
        return None
    first = _FIRST_WORD.search(quote_text)
    later = [fold_word(w) for w in _FIRST_WORD.findall(quote_text)[1:4]]
    if first is None or fold_word(first.group()) not in _DETERMINERS or not (
            _holds_verb(quote_text) or any(len(w) >= 4 and w.endswith("ed") for w in later[1:])):  # "the CEO lied"
        return None
    if folded not in _RELATING:
        return m  # "A man who resembled [the prime minister was filmed]": the verb's object, not its subject
    noun = _LAST_WORD.search(original, max(0, m.start() - _LOOK_BACK), m.start())
    if noun is None:
        return None
    if folded == "like" and fold_word(noun.group(1)) not in _RESEMBLING:
        return None
    if folded != "like" and (not noun.group(1)[:1].isalpha() or fold_word(noun.group(1)) in CLAUSE_VERBS
                             or not _RELATION_NOUN.search(fold_word(noun.group(1)))):
        return None
    return noun


#: Nouns of a person or group standing for or beside another: family, staff, counsel, followers, look-alikes (read
#: before "of", "for", "to").
_RELATION_NOUN = re.compile(
    r"^(?:wife|husband|son|daughter|brother|sister|mother|father|parents|children|family|relatives?|cousin|nephew"
    r"|niece|widow|spokes(?:man|woman|person)|spokesmen|aides?|advisers?|advisors?|assistants?|deputy|deputies"
    r"|secretary|staff(?:er|ers)?|lawyers?|attorneys?|counsel|supporters?|followers?|allies|ally|friends?|associates?"
    r"|partners?|members?|officials?|representatives?|agents?|employees?|bodyguards?|driver|chief|head|critics?"
    r"|opponents?|rivals?|fans|backers|donors|envoy|campaign)$")


def _holds_verb(quote_text: str) -> bool:
    """Whether ``quote_text`` holds a verb after its subject where English puts one (an auxiliary
    or copula of :data:`CLAUSE_VERBS` after its first word, a verb in "-s", a plural's verb, a
    simple past): a clause, not the noun phrase a clause's verb after the quote is the verb of
    ("the plan cuts emissions" of "Whether the plan cuts emissions is unclear"; rules 24)."""
    written = _TOKEN.findall(quote_text)  # a figure is a word here: "5G spreads the virus", "3 of 4 doctors smoke" (q74)
    return any(any(fold_word(w) in CLAUSE_VERBS for w in words[1:]) or third_person_present(words) or plural_present(
        words) or simple_past(words) for words in [written, *_figure_subject(written)])


#: A word or a figure-led token ("5G", "3"): the subject of a clause may open with one.
_TOKEN = re.compile(r"[^\W_][\w'\u2019]*")


def _figure_subject(written: list[str]) -> list[list[str]]:
    """The quote's words read with a subject that opens with a figure ("5G spreads", "5G masts cause",
    "3 of 4 doctors smoke") put as the word lists read a subject: a pronoun ("It spreads"), a determiner
    before its noun ("The masts cause"), a share ("Most of the doctors smoke"). Nothing if it opens with
    a word (red team q74: "Claims that 5G spreads the virus are false" was read as no clause)."""
    if not written or not written[0][:1].isdigit():
        return []
    rest = written[1:]
    variants = [["It", *rest], ["The", *rest]]
    if rest[:1] == ["of"] and rest[1:2] and rest[1][:1].isdigit():
        variants.append(["Most", "of", "the", *rest[2:]])
    return variants


def _opens_predicate(quote_text: str) -> bool:
    """Whether ``quote_text`` opens with a word that may open a predicate: not a figure, an article
    or another determiner (after "almost" or "often" those open an amount or a noun phrase: "almost
    a tenth", "often the only ones", "meist eine Distanz")."""
    first = _FIRST_WORD.match(quote_text.lstrip())
    return first is not None and fold_word(first.group()) not in _DETERMINERS


#: Words of likelihood or possibility before their "that" ("It is likely that", "Es ist
#: wahrscheinlich, dass", "Il est probable que", "Es probable que"; rules 28, red team q28).
_CHANCE_NOUNS = frozenset([
    # nouns of a chance or a risk ("There is a 10% chance that", "Es besteht die Gefahr, dass", "Il existe un risque
    # que", "el riesgo de que": quote rules 109)
    "chance", "chances", "risk", "possibility", "probability", "likelihood", "odds", "danger", "gefahr", "risiko",
    "möglichkeit", "wahrscheinlichkeit", "risque", "possibilité", "probabilité", "riesgo", "posibilidad",
    "probabilidad", "peligro", "rischio", "possibilità", "probabilità", "pericolo", "risco", "possibilidade",
    "probabilidade", "perigo", "риск", "вероятность", "возможность", "опасность"])
_LIKELY_THAT = _CHANCE_NOUNS | frozenset([
                          "likely", "unlikely", "possible", "probable", "improbable", "conceivable", "plausible",
                          "wahrscheinlich", "unwahrscheinlich", "möglich", "denkbar", "vraisemblable", "peu",
                          "posible", "imposible", "probable", "possibile", "probabile", "possível", "provável",
                          "improbabile", "improvável", "возможно", "вероятно", "маловероятно", "невероятно"])
#: Words that rule a clause out, or with a negation before them keep it open ("It is not
#: impossible that", "It cannot be ruled out that", "Es ist nicht ausgeschlossen, dass", "Il n'est
#: pas exclu que", "No se descarta que", "Non è escluso che", "Não está excluído que", "Не
#: исключено, что"; rules 72, red team q71). Negated or not, the clause after their "that" is a
#: possibility the source weighs or one it denies, never a fact it states, so the negation before
#: them need not be read. ("out" counts after "ruled" only: :func:`_likely_that`.) Verbs of excluding are
#: read by their stems (:data:`_EXCLUDING_STEMS`: "n'exclut pas que", "Не исключаю, что", "escludono che"),
#: since every person and tense of them frames the clause alike (red team q71's second held-out batch).
_EXCLUDED_THAT = frozenset(["impossible", "unmöglich", "impossibile", "impossível", "невозможно"])
#: Stems of the verbs (and participles) of excluding, ruling out, by language ("exclud", "ausschließ",
#: "exclu", "descart", "esclu", "исключ"); "descartes" (the philosopher) is no verb.
_EXCLUDING_STEMS = ("exclud", "ausgeschlossen", "ausschließ", "ausschliess", "auszuschließ", "auszuschliess", "exclu",
                    "descart", "esclu", "исключ")
_NOT_EXCLUDING = frozenset(["descartes", "exclusive", "exclusively", "exclusivement", "exclusivamente", "esclusivamente",
                            "исключительно"])
_RULED = frozenset(["ruled", "rule"])


def _likely_that(original: str, m: re.Match[str]) -> re.Match[str] | None:
    """The word of likelihood (:data:`_LIKELY_THAT`) or of exclusion (:data:`_EXCLUDED_THAT`, the
    "ruled" of "ruled out") right before ``m`` (a "that", "dass", "que" right before a match), a
    comma maybe between ("wahrscheinlich, dass")."""
    word = _verb_before_that(original, m)
    if word is None:
        return None
    folded = _ELIDED_NE.sub("", fold_word(word.group(1)))
    if folded == "out":
        ruled = WORD_COMMA_BEFORE.search(original, max(0, word.start(1) - _LOOK_BACK), word.start(1))
        return ruled if ruled is not None and fold_word(ruled.group(1)) in _RULED else None
    if folded == "aus":  # "schließt (nicht) aus, dass": the German separable verb around its negation
        return _AUSSCHLIESSEN.search(original, max(0, word.start(1) - _LOOK_BACK), word.start(1))
    if folded == "de":  # "el riesgo de que", "o risco de que": the noun before a Romance "de que" (rules 109)
        noun = WORD_COMMA_BEFORE.search(original, max(0, word.start(1) - _LOOK_BACK), word.start(1))
        return noun if noun is not None and fold_word(noun.group(1)) in _CHANCE_NOUNS else None
    return word if folded in (_LIKELY_THAT - {"peu"}) or _excludes(folded) else None


#: The French negation's partners a verb stands before, its "que" after them ("n'exclut pas que",
#: "ne pense pas que").
_FRENCH_NE_PARTNERS = frozenset(["pas", "plus", "jamais", "guère", "point"])
#: The elided "n'" a French verb opens with ("n'exclut", "n'espère").
_ELIDED_NE = re.compile(r"^n['’]")


def _verb_before_that(original: str, m: re.Match[str]) -> re.Match[str] | None:
    """The word right before ``m`` (a "that", "dass", "que"), a comma maybe between; past a French
    negation's partner to its verb ("ne pense pas que", "n'exclut pas que": rules 72, red team q71),
    whose elided "n'" :data:`_ELIDED_NE` strips when it is read."""
    word = WORD_COMMA_BEFORE.search(original, max(0, m.start() - _LOOK_BACK), m.start())
    if word is not None and fold_word(word.group(1)) in _FRENCH_NE_PARTNERS:
        verb = WORD_COMMA_BEFORE.search(original, max(0, word.start(1) - _LOOK_BACK), word.start(1))
        if verb is not None and (_ELIDED_NE.match(fold_word(verb.group(1))) is not None
                                 or _NE_BEFORE.search(original, max(0, verb.start(1) - 4), verb.start(1)) is not None):
            return verb  # ("n'exclut", "ne pense": the negation's "ne" opens the verb or stands before it)
    return word


#: A French "ne" right before a verb ("ne pense").
_NE_BEFORE = re.compile(r"\bne\s+$", re.IGNORECASE)
#: A German "schließen" of a split "ausschließen", at most two words before its "aus" ("schließt nicht aus").
_SCHLIESSEN_STEMS = ("schließ", "schliess", "schloss", "schloß", "schlöss")
_AUSSCHLIESSEN = re.compile(rf"\b((?:{'|'.join(_SCHLIESSEN_STEMS)})\w*)(?:\s+\S+){{0,2}}\s+$", re.IGNORECASE)


def _excludes(folded: str) -> bool:
    """Whether ``folded`` (a word before its "that") rules a clause out or in: :data:`_EXCLUDED_THAT`,
    or a form of a verb of excluding (:data:`_EXCLUDING_STEMS`)."""
    return folded in _EXCLUDED_THAT or (folded.startswith(_EXCLUDING_STEMS) and folded not in _NOT_EXCLUDING)


#: Spanish, Italian and Portuguese auxiliaries a negation stands before, the participle after them
#: ("no ha aprobado", "non ha approvato", "não tinha aprovado"; rules 28, red team q28): a quote
#: starting at the participle drops the negation two words back.
_AUXILIARY_AFTER_NEGATION = frozenset(["ha", "han", "había", "habían", "habrá", "habrán", "hemos", "haya", "hayan",
                                       "hubiera", "hubieran", "hanno", "aveva", "avevano", "abbia", "tem", "têm",
                                       "tinha", "tinham", "terá", "tenha"])
_ROMANCE_NO = frozenset(["no", "non", "não", "nunca", "jamás", "mai"])
#: How a Spanish, Italian or Portuguese past participle ends ("aprobado", "approvato", "dicho", "messo").
_PARTICIPLE_ENDINGS = ("do", "da", "dos", "das", "to", "ta", "ti", "te", "so", "sa", "cho", "cha")


#: Spanish verbs of a past habit before an infinitive ("solía fumar"; rules 28, red team q28).
_HABIT_PAST = frozenset(["solía", "solían", "solíamos", "solías", "solíais"])
#: Words before "used to" that make it a passive's purpose ("is used to treat cancer"), no past habit.
_USED_PASSIVE = frozenset(["is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "getting",
                           "commonly", "widely", "often", "also", "mainly", "primarily", "sometimes", "still",
                           "frequently", "typically", "generally", "now", "currently", "not", "only", "then"])


def _used_to(original: str, m: re.Match[str]) -> re.Match[str] | None:
    """The "used" of "used to" right before ``m`` (a "to" right before a match) when it tells a
    past habit ("People used to smoke in public places", "we used to"), not a passive's purpose
    ("is used to treat cancer", "commonly used to": :data:`_USED_PASSIVE`) nor a custom ("got
    used to"; rules 28, red team q28)."""
    used = _LAST_WORD.search(original, max(0, m.start() - _LOOK_BACK), m.start())
    if used is None or fold_word(used.group(1)) != "used":
        return None
    before = _LAST_WORD.search(original, max(0, used.start() - _LOOK_BACK), used.start())
    return used if before is None or fold_word(before.group(1)) not in _USED_PASSIVE else None


def _expecting_before(original: str, m: re.Match[str]) -> re.Match[str] | None:
    """The word of :data:`EXPECTING_WORDS` right before ``m`` (a "to" right before a match), only
    spaces between: "expected to", "set to", "aims to"."""
    before = _LAST_WORD.search(original, max(0, m.start() - _LOOK_BACK), m.start())
    return before if before is not None and fold_word(before.group(1)) in EXPECTING_WORDS | CLAIMING_TO else None


def _determiner_before(original: str, m: re.Match[str]) -> bool:
    """Whether the word right before ``m`` is an article or a possessive (:data:`_DETERMINERS`)."""
    before = _LAST_WORD.search(original, max(0, m.start() - _LOOK_BACK), m.start())
    return before is not None and fold_word(before.group(1)) in _DETERMINERS


def _a_before(original: str, m: re.Match[str]) -> bool:
    """Whether the word right before ``m`` (a word before a match) is "a" ("a few patients")."""
    before = _LAST_WORD.search(original, max(0, m.start() - _LOOK_BACK), m.start())
    return before is not None and fold_word(before.group(1)) == "a"


def _hoping_before(quote_text: str, original: str, m: re.Match[str], folded: str) -> re.Match[str] | None:
    """The verb of hope, belief or fear (:data:`HOPING_VERBS`) that ``m`` (the word right before
    a match) is, or that stands right before it (a comma may part them: "hoffen, dass") when it
    is a "that": "hope the vaccine works", "believe that", "espèrent que". Not after an article
    or a possessive ("the hope", "their fear": a noun), nor before a quote opening with a
    preposition (:data:`_NO_CLAUSE_OPENERS`), nor a capital one (an imperative: "Expect ...")."""
    word: re.Match[str] | None = m
    if folded in _THAT:
        word = _verb_before_that(original, m)  # (past a French "pas": "ne pense pas que", rules 72)
    if word is None or _ELIDED_NE.sub("", fold_word(word.group(1))) not in HOPING_VERBS or word.group(1)[:1].isupper():
        return None  # ("Expect the senator to ...": an imperative, its object a noun phrase)
    if word is m and fold_word(word.group(1)) in THAT_ONLY:
        return None  # "Man denke an ein Wort": German "denken" only before its "dass"
    if word is m and fold_word(word.group(1)).startswith("imagin") and _noun_phrase(quote_text, "en"):
        return None  # "You can imagine [the comments about my age]": a thing pictured, no claim (rules 86)
    first = _FIRST_WORD.match(quote_text.lstrip())
    if first is not None and fold_word(first.group()) in _NO_CLAUSE_OPENERS:
        return None  # "playoff hopes in the conference", "hope for enough tips": a noun, an object
    article = _LAST_WORD.search(original, max(0, word.start() - _LOOK_BACK), word.start())
    if article is not None and fold_word(article.group(1)) in _SOME_BEFORE:
        return None
    return word


def _unguaranteed_before(original: str, m: re.Match[str], folded: str) -> re.Match[str] | None:
    """The negation of a guarantee (:data:`GUARANTEE_WORDS`) that stands before the words a match starts with: the
    guarantee word is ``m`` (the word right before the match: "Nothing guarantees the plan") or stands before its
    "that" ("no guarantee that", "garantit que", "Garantie, dass", "garantía de que"), and a negation is among the
    :data:`_GUARANTEE_NEGATION_REACH` words before it. None when no such negation is there ("The law guarantees
    that": a claim of the source's, judged as any other)."""
    word: re.Match[str] | None = m
    if folded in _THAT:
        word = WORD_COMMA_BEFORE.search(original, max(0, m.start() - _LOOK_BACK), m.start())
        if word is not None and fold_word(word.group(1)) == "de":  # "garantía de que", "garantia de que"
            word = _LAST_WORD.search(original, max(0, word.start() - _LOOK_BACK), word.start())
    if word is None or fold_word(word.group(1)) not in GUARANTEE_WORDS:
        return None
    before = list(_WORD_BEFORE.finditer(original, max(0, word.start() - _LOOK_BACK), word.start()))
    return next((w for w in reversed(before[-_GUARANTEE_NEGATION_REACH:]) if is_negation(fold_word(w.group(1)), None)),
                None)


#: Verbs of saying or claiming (:data:`archiver.quotes.lexicon.REPORTING_WORDS` but its prepositions of "according
#: to"), and infinitives of saying ("wrong to say", "faux de dire"): negated, or called false, what follows them is
#: what nobody said (:func:`_unsaid_before`).
_SAYING = (REPORTING_WORDS - frozenset(["according", "laut", "zufolge", "selon", "secondo", "según", "segundo",
                                        "словам", "по-словам"])) | frozenset([
    "говорил", "говорила", "говорили", "утверждали", "заявлял", "заявляла", "заявляли", "сообщал", "сообщала",
    "dire", "affirmer", "prétendre", "decir", "afirmar", "dizer", "affermare", "sagen", "behaupten", "claim"])
#: Words saying a statement is right, which a negation after them denies ("Es stimmt nicht, dass").
_RIGHT_WORDS = frozenset(["stimmt", "stimmte", "zutreffend"])
#: How many words may stand between a verb of saying and the negation or false-word before it, all parted by spaces
#: ("did not say", "n'a jamais dit", "hat nie gesagt", "wrong to say", "faux de dire").
_UNSAID_REACH = 3


#: Words opening an indirect question ("never explained where the money will come from"): what follows is asked, not
#: said or denied.
_QUESTION_OPENERS = frozenset([
    "where", "how", "what", "why", "whether", "who", "when", "which", "if", "wo", "wie", "was", "warum", "ob", "wer",
    "wann", "où", "comment", "pourquoi", "quand", "si", "dónde", "cómo", "cuándo", "qué", "quién", "dove", "come",
    "perché", "quando", "chi", "onde", "como", "quem", "где", "как", "почему", "когда", "кто", "ли"])
#: Verbs of saying whose object right after them is whom they address ("never told a farmer how"), not a clause.
_ADDRESSED = frozenset(["told", "tells", "tell", "asked", "asks", "warned", "warns", "assured", "assures", "informed"])


def _unsaid_before(quote_text: str, original: str, m: re.Match[str], folded: str) -> re.Match[str] | None:
    """The negation, or the word calling it false, of a verb of saying right before the words a match starts with:
    the verb is ``m`` ("never said the rate") or stands before its "that" ("did not say that", "n'a jamais dit que",
    "никогда не говорил, что"), or a negation after the verb stands before the "that" ("sagte nicht, dass", "Es
    stimmt nicht, dass"). What follows is what nobody said or what is called false, not a claim of the source's;
    rules 69: such quotes were ``exact`` in every language read. None otherwise."""
    first = _FIRST_WORD.match(quote_text.lstrip())
    if first is not None and fold_word(first.group()) in _QUESTION_OPENERS:
        return None  # "has never explained where the money ... will come from": a question, not a claim
    word: re.Match[str] | None = m
    if folded in _THAT:
        word = WORD_COMMA_BEFORE.search(original, max(0, m.start() - _LOOK_BACK), m.start())
    elif folded in _ADDRESSED or not _holds_verb(quote_text):
        return None  # "never told a farmer how": whom; "never mentioned the scandal": a thing, no claim
    if word is None:
        return None
    run = _spaced_run_before(original, word.start(1), _UNSAID_REACH, " \t\u00a0\u202f'\u2019")  # ("n'a jamais dit")
    verb = fold_word(word.group(1))
    if is_negation(verb, None) and folded in _THAT:  # "sagte nicht, dass", "Es stimmt nicht, dass"
        return word if run and fold_word(run[0].group(1)) in _SAYING | _RIGHT_WORDS else None
    if verb not in _SAYING:
        return None
    return next((w for w in run if is_negation(fold_word(w.group(1)), None) or fold_word(w.group(1)) in FALSE_WORDS),
                None)


def _spaced_run_before(original: str, at: int, reach: int, gaps: str | None) -> list[re.Match[str]]:
    """The up to ``reach`` words right before ``original[at]``, nearest first, while only ``gaps`` characters part them
    (None: any white space; the negation's reading and the unsaid reading's, which also passes an elision's "n'a")."""
    words = list(_WORD_BEFORE.finditer(original, max(0, at - _LOOK_BACK), at))
    run: list[re.Match[str]] = []
    edge = at  # where the run of words met so far starts
    for w in reversed(words[-reach:]):
        if original[w.end():edge].strip(gaps):
            break
        run.append(w)
        edge = w.start()
    return run


#: Pronouns that, inside a quote after a share, are the subject of a clause of their own: the verb
#: after one is that clause's, not the share's noun's ("the total they can get", "the money we
#: raised"; rules 25).
_PRONOUN_SUBJECTS = frozenset(["i", "we", "you", "they", "he", "she"])


def _claims_or_ranks(quote_text: str, ranks_only: bool = False, english: bool = False) -> bool:
    """Whether ``quote_text``, after its first word, holds a verb a reader can tell (an auxiliary
    or copula of :data:`CLAUSE_VERBS` or :data:`_ROMANCE_FINITE`, an English past form in "-ed": "the patients recovered",
    "the games can be") or a superlative ("the best deals", "the most important"), and opens with
    no figure: it claims or ranks something "Half the", "Some of the" before it makes a rule of.
    A noun phrase that only names things ("the other tutorials" of "read some of the other
    tutorials", "the new additions") claims nothing the share could limit; a figure is a
    number's (:mod:`archiver.quotes.number_edge`: "the first half of 2020", "as many as 200").
    ``ranks_only``: only a superlative counts (after "one of the": "the guests invited", "the
    wounded demonstrators" are noun phrases whose participle the "-ed" test reads as a verb).
    Only the quote's first sentence is read (:func:`_first_sentence`).
    ``english``: an English verb of the plural present counts too, right after its plural noun
    ("the patients wear masks": :func:`archiver.quotes.present_verb.plural_present`; rules 21),
    and one of the singular present or a simple past right after its subject ("the budget goes
    to schools", "went": :func:`archiver.quotes.present_verb.third_person_present`,
    :func:`archiver.quotes.present_verb.simple_past`; rules 24). An auxiliary or a past in "-ed"
    right after a personal pronoun is the verb of a clause of its own ("the total they can get",
    "the money we raised": :data:`_PRONOUN_SUBJECTS`; rules 25)."""
    if quote_text.lstrip()[:1].isdigit():
        return False
    written = _FIRST_WORD.findall(_first_sentence(quote_text))  # a share limits its own sentence
    words = [fold_word(w) for w in written][1:]
    ranks = any(w in _SUPERLATIVES or (w.endswith("est") and len(w) > 5) for w in words)
    romance = any(w in _ROMANCE_FINITE and (i == 0 or words[i - 1] not in _RELATIVES) for i, w in enumerate(words)) or (
        _romance_plural_verb(written)) or romance_singular_verb(written, english) or (
        len(written) > 2 and any(w in SHORT_SINGULAR_VERBS and written[i + 1].islower() for i, w in enumerate(
            words[:2])))  # "habitants vit dans", "los vecinos va a votar" (rules 32)
    own = [w for i, w in enumerate(words) if i == 0 or words[i - 1] not in _PRONOUN_SUBJECTS]  # "the total they can get"
    return ranks or (not ranks_only and (romance or any(w in CLAUSE_VERBS or (w.endswith("ed") and len(w) > 4)
                                                        for w in own)
                                         or (english and (plural_present(written) or third_person_present(written)
                                                          or simple_past(written)))))


def _romance_plural_verb(written: list[str]) -> bool:
    """Whether ``written`` (a quote's words as written) opens with a French, Spanish, Italian or
    Portuguese plural subject and its verb: a plural article, a noun in "-s" or "-i", maybe an
    adjective in "-s", then a word in a verb's plural ending (not "-ment": an adverb) or a
    reflexive clitic ("los médicos dicen", "los pacientes se recuperaron", "les salariés
    partent", "i medici dicono"; rules 26)."""
    words = [fold_word(w) for w in written[:4]]
    if len(words) < 3 or written[0] == "I" or words[0] not in _ROMANCE_PLURAL_ARTICLES or not words[1].endswith(("s", "i")):
        return False
    at = 3 if len(words) > 3 and words[2].endswith("s") and words[2] not in _ROMANCE_CLITICS else 2
    verb = words[at] if at < len(words) else ""
    return verb.islower() and written[at].islower() and (verb in _ROMANCE_CLITICS or (
        len(verb) > 3 and verb.endswith(_ROMANCE_PLURAL_VERB) and not verb.endswith("ment")
        and verb not in _NOT_ROMANCE_VERBS))


def _first_sentence(text: str) -> str:
    """``text`` up to its first sentence's end (:data:`_SENTENCE_END`), read past an abbreviation's
    or an initial's full stop ("the U.S. patients recovered", "Dr. Smith's patients":
    :func:`archiver.quotes.gaps.abbreviation_stop`; review s41: rules 24 ended the sentence there
    and read no verb after "Most of")."""
    for m in _SENTENCE_END.finditer(text):
        if m.group()[0] == "." and abbreviation_stop(text, m.start()):
            continue
        return text[:m.start()]
    return text


def _quantifier_two_back(quote_text: str, original: str, m: re.Match[str]) -> re.Match[str] | None:
    """The word of :data:`SHARE_WORDS` before ``m`` (the word right before a match) when ``m`` and
    at most one more word between are articles, possessives or "of" (:data:`_SHARE_LINKS`): "Half
    the patients", "Most of the patients", "la moitié des patients"; or ``m`` itself when the quote
    opens with such a word ("the patients recovered" of "Half the patients recovered"; rules 21).
    Not "half" after a determiner or an ordinal ("In the second half the Lakers pulled away": a
    time of a game, :data:`_HALF_OF_TIME`)."""
    first = _FIRST_WORD.match(quote_text.lstrip())
    word = m
    for step in range(2):
        if step == 0 and first is not None and fold_word(first.group()) in _SHARE_LINKS and _share(original, m):
            return m
        if fold_word(word.group(1)) not in _SHARE_LINKS:
            return None
        before = _LAST_WORD.search(original, max(0, word.start() - _LOOK_BACK), word.start())
        if fold_word(word.group(1)) == "of" and (ratio := _ratio_before(original, word.start())) is not None:
            return ratio  # "One in three of the patients", "9 out of 10 of"
        if before is None:  # "60% of the patients", "el 40 % de los jóvenes" (review of rules 32)
            return _PERCENT_BEFORE.search(original, max(0, word.start() - _LOOK_BACK), word.start()) if (
                fold_word(word.group(1)) in _PERCENT_OF) else None
        if _share(original, before):
            return before
        word = before
    return None


#: Words before "half" that make it a noun, a time of a game or a year or a part of a thing ("the
#: second half", "the first half", "the upper half of the laptop"), not a share of what follows.
_HALF_OF_TIME = _DETERMINERS | frozenset(["first", "second", "other", "each", "every", "opening", "final", "latter",
                                          "former", "upper", "lower", "top", "bottom", "front", "back", "left",
                                          "right", "northern", "southern", "eastern", "western"])


def _ratio_before(original: str, at: int) -> re.Match[str] | None:
    """The ratio right before ``original[at]`` ("One in three", "9 out of 10"), both ends a figure
    or a cardinal's word (:data:`archiver.quotes.lexicon.NUMBER_WORDS` but an ordinal, "once",
    "per": "finished first in two of the races" holds no ratio; rules 28), if any."""
    m = _RATIO_BEFORE.search(original, max(0, at - _LOOK_BACK), at)
    if m is None:
        return None
    ends = m.group(1).split()
    return m if all(e.isdigit() or fold_word(e) in NUMBER_WORDS - _NO_CARDINALS for e in (ends[0], ends[-1])) else None


#: Words of :data:`archiver.quotes.lexicon.NUMBER_WORDS` that are no cardinal (:func:`_ratio_before`).
_NO_CARDINALS = frozenset(["first", "second", "third", "fourth", "fifth", "tenth", "once", "twice", "thrice",
                           "percent", "per", "cent"])


#: Words of size between "a" and "number" or before "part" that keep them a share ("A small
#: number of", "A large part of", "the greater part of"; review s41b of rules 26).
_SIZE_WORDS = frozenset(["small", "large", "great", "greater", "growing", "increasing", "significant", "substantial",
                         "considerable", "sizeable", "sizable", "big", "bigger", "huge", "tiny", "good", "major",
                         "better", "record", "rising", "limited", "certain"])
#: Words after which a "part" still opens its clause ("But part of the money was lost", "He said
#: that part of"; review s41b of rules 26: rules 26 took only a "Part" with no word before it).
_PART_CLAUSE_OPENERS = frozenset(["but", "and", "yet", "so", "or", "that", "while", "although", "though",
                                  "because", "since", "if", "when", "whereas", "only"])


def _share(original: str, m: re.Match[str]) -> bool:
    """Whether ``m`` (a word before a match) is a word of :data:`SHARE_WORDS` or
    :data:`FRACTION_WORDS`, and no "half" or fraction after a word of :data:`_HALF_OF_TIME` ("the
    second half", "the first quarter"), nor a "cent" without its "per"."""
    folded = fold_word(m.group(1))
    if folded not in SHARE_WORDS | FRACTION_WORDS:
        return False
    before = _LAST_WORD.search(original, max(0, m.start() - _LOOK_BACK), m.start())
    said_before = fold_word(before.group(1)) if before is not None else ""
    if folded == "cent":
        return said_before == "per"
    if folded in ("number", "part") and said_before in _SIZE_WORDS and before is not None:
        # "A small number of", "A large part of", "The greater part of" (review s41b)
        two_back = _LAST_WORD.search(original, max(0, before.start() - _LOOK_BACK), before.start())
        said_before = fold_word(two_back.group(1)) if two_back is not None else ""
        if folded == "part" and said_before in ("the", "a", "an"):
            return True
    if folded == "number":
        return said_before == "a"  # "A number of the patients" (not "the number of the dead")
    if folded == "part":  # "Part of the patients" opening its clause (not "as part of a deal")
        return not said_before or said_before in _PART_CLAUSE_OPENERS
    if folded in FRACTION_WORDS:
        return said_before not in _HALF_OF_TIME - {"a", "an", "un", "una", "um", "uma", "ein", "eine"}
    return not (folded == "half" and said_before in _HALF_OF_TIME)


def _label_before(original: str, start: int) -> re.Match[str] | None:
    """The label of doubt right before ``original[start]`` (:data:`DOUBT_LABELS`, or one of
    :data:`DOUBT_LABELS_AFTER_ARTICLE` after an article or a possessive), maybe with an opening
    quotation mark between: "the so-called “peaceful transition”", "the alleged killer"."""
    m = _LABEL_BEFORE.search(original, max(0, start - _LOOK_BACK), start)
    if m is None:
        return None
    label = fold_word(m.group(2))
    if label in DOUBT_LABELS:
        return m
    if label in DOUBT_LABELS_AFTER_ARTICLE and m.group(1) is not None and fold_word(m.group(1)) in _DETERMINERS:
        return m
    if label in DOUBT_LABELS_AFTER_ARTICLE and m.group(1) is None and m.group(2)[:1].isupper() and (
            original[:m.start(2)].rstrip(" \t\u00a0")[-1:] in ("", ".", "!", "?", ":", "\n")):
        return m  # "Alleged Thief Arrested", "Presunto ladrón detenido": a label opening a sentence
    return None


def _accused(quote_text: str, original: str, start: int) -> Difference | None:
    """"accused the firm of [paying bribes]", "beschuldigt, [... zu haben]": the deed only alleged
    (:func:`archiver.quotes.accusation.accused_before`, rules 27)."""
    accused = accused_before(original, start, quote_text)
    if accused is None:
        return None
    words = original[accused[0]:accused[1]]
    return Difference("leading_qualifier", True, None, words, accused[0], accused[1],
                      note=f"the quote starts right after {words!r}, which make it an accusation in the source, not "
                           "a deed done")


def _denied_past_aside(quote_text: str, original: str, start: int) -> Difference | None:
    """"He denied, in a statement on Monday, [that he had lied]": a denying verb, an aside set off
    by commas, then the match (from ``original[start]``) opening with "that" or a claim noun
    (rules 32; rules 14 read the denying word right before the match only)."""
    first = _FIRST_WORD.search(quote_text)
    folded = fold_word(first.group()) if first is not None else ""
    if folded.startswith("qu'"):
        folded = "qu'"  # "qu'il avait vu la note" (review of rules 32)
    if folded not in _THAT | _CLAIM_LINKS:
        return None
    denial = word_before_aside(original, start)
    if denial is None or fold_word(denial.group(1)) not in DENYING_WORDS | NEGATING_VERBS:
        return None
    return Difference("leading_qualifier", True, None, denial.group(1), denial.start(1), denial.end(1),
                      note=f"the quote starts right after {denial.group(1)!r} and an aside, which deny or doubt "
                           "them in the source")


def dropped_lead(quote_text: str, original: str, start: int, end: int | None = None) -> Difference | None:
    """:func:`_dropped_lead`, or a bound in time opening the quote's clause cut off
    (:func:`archiver.quotes.lead_bound.dropped_time_bound`: "Bis Ende März [bleibt ...]"), or the
    conjunction of a clause of time the quote is (:func:`archiver.quotes.time_clause.conjunction_dropped`)."""
    return (_dropped_lead(quote_text, original, start, end) or dropped_time_bound(quote_text, original, start)
            or conjunction_dropped(quote_text, original, start) or doubted_aside(original, start)
            or labelled_false(original, start) or corrected_before(original, start) or announced_false(original, start)
            or _imagined_claim(quote_text, original, start) or share_said(original, start))


def _imagined_claim(quote_text: str, original: str, start: int) -> Difference | None:
    """:func:`archiver.quotes.imagined.imagined`, unless the quote is a noun phrase (:func:`_noun_phrase`): the cheap
    look for the imperative first, the language's guess and the quote's tense only where one opens the sentence."""
    found = imagined(original, start)
    return None if found is None or _noun_phrase(quote_text, language_around(original, start)) else found


def _noun_phrase(quote_text: str, language: str | None) -> bool:
    """Whether ``quote_text`` opens with a determiner and holds no verb (:func:`_holds_verb`,
    :func:`archiver.quotes.past_tense.first_tense`): a noun phrase, which claims nothing a frame of imagining could
    make a fact of ("You can imagine [the comments about my age]")."""
    first = _FIRST_WORD.match(quote_text.lstrip())
    return first is not None and fold_word(first.group()) in _DETERMINERS and not _holds_verb(quote_text) and (
        first_tense(quote_text, language) is None)


def _dropped_lead(quote_text: str, original: str, start: int, end: int | None = None) -> Difference | None:
    """A material ``leading_qualifier`` difference when the source word right before the match
    (which starts at ``original[start]``; its first part ends at ``original[end]``, if given)
    negates, restricts or conditions it and the quote (``quote_text``, its first part as
    written) does not open with a negation of its own."""
    if (attributed := attribution_before(quote_text, original, start, end) or aside_attribution(original, start)) is not None:
        return attributed  # "According to unconfirmed reports, " (rules 39); "The mayor, according to reports, " (101)
    m = _LAST_WORD.search(original, max(0, start - _LOOK_BACK), start)
    if (back := back_then_opener([fold_word(w) for w in _FIRST_WORD.findall(quote_text)],
                                 original[max(0, start - _LOOK_BACK):start])) is not None:
        words = back.group().strip(" \t\n.!?,\"'\u201c\u201e\u00ab")  # "Back in 1985, we would walk" (rules 32)
        at = original.rindex(words, max(0, start - _LOOK_BACK), start)
        return Difference("leading_qualifier", True, None, words, at, at + len(words),
                          note=f"the quote starts right after {words!r}, which makes its \"would\" a past habit in "
                               "the source (without it, a condition or a wish)")
    before = WORDS_BEFORE.search(original, max(0, start - WORDS_BEFORE_REACH), start)  # read once for the two
    if (held := held_back(quote_text, original, start, before) or hearsay_lead(quote_text, original, start, before)):
        words = original[held[0]:held[1]]  # "stopped short of", "more than doubled" (rules 96); "aurait" (rules 99)
        return Difference("leading_qualifier", True, None, words, held[0], held[1],
                          note=f"the quote starts right after {words!r}, which {held[2]} in the source")
    if (framed := leading_frame(original, start)) is not None:
        words = original[framed[0]:framed[1]]  # "Adjusted for inflation, ", "On paper, " (108), "Apart from X, " (109)
        return Difference("leading_qualifier", True, None, words, framed[0], framed[1],
                          note=f"the quote starts right after {words!r}, which {framed[2]} in the source")
    if m is None:
        return (_refused_infinitive(quote_text, original, start) or denied_after_comma(quote_text, original, start)
                or present_after_then(quote_text, original, start, language_around(original, start))
                or _denied_past_aside(quote_text, original, start)
                or _after_condition(quote_text, original, start)
                or _accused(quote_text, original, start) or dropped_bound(quote_text, original, start))
    word = m.group(1)
    folded = fold_word(word)
    first = _FIRST_WORD.search(quote_text)
    language = language_around(original, start)
    qualifying = language or ("en" if folded in _QUALIFIERS_ANYWHERE else None)
    negation_before = _negation_before(original, m.start(1), language)
    if first is not None and is_negation(fold_word(first.group())) and (
            is_negation(folded, language) or negation_before is not None or folded in LEADING_QUALIFIERS.get(
                qualifying or "", frozenset())):
        return None  # "pas sûr" after "n'était", "not" after "if" or "only": the quote keeps the negation
    if (then := present_after_then(quote_text, original, start, language)) is not None:
        return then  # "Un tempo la città ha due cinema" (rules 35)
    if folded in NEGATED_ADVERBS and negation_before is not None and _ADVERB_LANGUAGE.get(folded, language) == language:
        if folded in _ONLY:
            return None  # "not only cheap but also effective" says it is cheap
        neg = negation_before
        return Difference("leading_qualifier", True, None, neg.group(1), neg.start(1), neg.end(1),
                          note=(f"the quote starts right after {neg.group(1)!r} and the word it governs, which "
                                "negate them in the source"))
    if (related := _object_of_relation(quote_text, original, m, folded, language)) is not None:
        words = original[related.start(1):m.end(1)]  # "The wife of [the mayor was arrested]" (rules 103)
        return Difference("leading_qualifier", True, None, words, related.start(1), m.end(1),
                          note=f"the quote starts right after {words!r}: in the source its verb's subject is that "
                               "person or group, not the one the quote opens with")
    if (universal := _negated_universal(original, m, folded, language)) is not None:
        words = original[universal.start(1):m.end(1)]  # "Not all vaccines are safe" (rules 86)
        return Difference("leading_qualifier", True, None, words, universal.start(1), m.end(1),
                          note=f"the quote starts right after {words!r}, which say it does not hold for all of them "
                               "in the source")
    if (meaning := _meaning_in_hypothesis(quote_text, original, m, folded)) is not None:
        return meaning  # "If true, the report means [the mayor lied]", "That would mean [...]" (rules 86)
    denial = _denial_before(original, m, folded)
    opens_with_doubt = first is not None and fold_word(first.group()) in DENYING_WORDS | {"if"}
    subject_only = _subject_only(original, end) and not _holds_verb(quote_text)
    if denial is not None and not opens_with_doubt and not subject_only:
        # ("whether Hawley's film is" keeps its doubt; "whether a crewed mission" before "is
        # even feasible" is the question's subject, no claim it doubts; "Whether the plan cuts
        # emissions is unclear": a clause, its verb inside the quote)
        return Difference("leading_qualifier", True, None, denial.group(1), denial.start(1), denial.end(1),
                          note=f"the quote starts right after {denial.group(1)!r}, which denies or doubts them in "
                               "the source")
    opens_phrase = first is not None and fold_word(first.group()) in _NO_CLAUSE_OPENERS and not (
        quote_text.lstrip()[:1].isdigit())  # "no sign [of her]"; not "3 of 4 doctors smoke" (q74)
    if not (opens_with_doubt or subject_only or opens_phrase) and (unproven := unproven_before(original, m, language)):
        words = original[unproven[0]:unproven[1]]  # "no evidence (that)", "Rien ne prouve que"
        return Difference("leading_qualifier", True, None, words, unproven[0], unproven[1],
                          note=f"the quote starts right after {words!r}, which say it is not shown in the source")
    if not (opens_with_doubt or subject_only or opens_phrase) and (alleged := alleged_before(original, m)) and (
            alleged[2] or _holds_verb(quote_text)) and not (first is not None and fold_word(first.group()) in CLAUSE_VERBS):
        # "allege the firm paid", "reports that" (not "claimed the title"; not "claims had topped": its subject)
        words = original[alleged[0]:alleged[1]]
        return Difference("leading_qualifier", True, None, words, alleged[0], alleged[1],
                          note=f"the quote starts right after {words!r}, which make it an allegation, a claim or a report in "
                               "the source, not a fact")
    if not (opens_with_doubt or opens_phrase) and (accused := _accused(quote_text, original, start)):
        return accused
    if folded == "ли" and (hardly := _LAST_WORD.search(original, max(0, m.start() - _LOOK_BACK), m.start())) is not None and (
            fold_word(hardly.group(1)) == "вряд"):  # "Вряд ли правительство одобрило закон": hardly likely (rules 71)
        words = original[hardly.start(1):m.end(1)]
        return Difference("leading_qualifier", True, None, words, hardly.start(1), m.end(1),
                          note=f"the quote starts right after {words!r}, which doubts them in the source")
    few = _few_before(original, m, folded)
    if few is not None:
        return Difference("leading_qualifier", True, None, few.group(1), few.start(1), few.end(1),
                          note=f"the quote starts right after {few.group(1)!r}, which says hardly any of them in the source")
    if qualifying is not None and folded in LEADING_QUALIFIERS.get(qualifying, frozenset()) and not (
            folded == "appena" and appena_subject_perfect(quote_text)):
        # ("Appena è arrivato, ...": "as soon as" opening a clause, which time_clause.py reads)
        what = "restricts them or makes them a condition"
    elif is_negation(folded, language):
        what = "negates them"
    elif folded in _AUXILIARY_AFTER_NEGATION and (no_word := _LAST_WORD.search(original, max(0, m.start() - _LOOK_BACK),
                                                                            m.start())) is not None and (
            fold_word(no_word.group(1)) in _ROMANCE_NO) and first is not None and fold_word(first.group()).endswith(
            _PARTICIPLE_ENDINGS):  # "no ha aprobado", "non ha approvato" (rules 28; not "não tem a palavra")
        words = original[no_word.start(1):m.end(1)]
        return Difference("leading_qualifier", True, None, words, no_word.start(1), m.end(1),
                          note=f"the quote starts right after {words!r}, which negate them in the source")
    elif folded in HEDGING_ADVERBS:
        what = "hedges them"
    elif _source_quoted(original, start, end) and _label_before(original, start) is None:
        # ('asked if the government would "hold their hands up"': the writer's frame, not the words)
        return dropped_bound(quote_text, original, start)
    elif (modal := modal_before(quote_text, original, m)) is not None:
        # ("could reduce", "might well help", "would have loved": archiver.quotes.modal_lead)
        lead, what = modal
        words = original[lead.start(1):m.end(1)]
        return Difference("leading_qualifier", True, None, words, lead.start(1), m.end(1),
                          note=f"the quote starts right after {words!r}, which {what} in the source")
    elif (hoping := _hoping_before(quote_text, original, m, folded)) is not None:
        words = original[hoping.start(1):m.end(1)]
        return Difference("leading_qualifier", True, None, words, hoping.start(1), m.end(1),
                          note=(f"the quote starts right after {words!r}, which make them a hope, a belief or a fear "
                                "in the source, not a fact"))
    elif (unsaid := _unsaid_before(quote_text, original, m, folded)) is not None:
        words = original[unsaid.start(1):m.end(1)]
        return Difference("leading_qualifier", True, None, words, unsaid.start(1), m.end(1),
                          note=f"the quote starts right after {words!r}, which say nobody said them, or that they are "
                               "false, in the source")
    elif (unsure := _unguaranteed_before(original, m, folded)) is not None:
        words = original[unsure.start(1):m.end(1)]
        return Difference("leading_qualifier", True, None, words, unsure.start(1), m.end(1),
                          note=f"the quote starts right after {words!r}, which say nothing assures them in the source")
    elif (share := _quantifier_two_back(quote_text, original, m)) is not None and _claims_or_ranks(
            quote_text, ranks_only=fold_word(share.group(1)) == "one", english=language in ("en", None)):
        words = original[share.start(1):m.end(1)]
        return Difference("leading_qualifier", True, None, words, share.start(1), m.end(1),
                          note=f"the quote starts right after {words!r}, which say how many of them hold in the source")
    elif folded == "to" and _opens_predicate(quote_text) and (used := _used_to(original, m)) is not None:
        words = original[used.start(1):m.end(1)]  # "People used to smoke in public places" (rules 28)
        return Difference("leading_qualifier", True, None, words, used.start(1), m.end(1),
                          note=f"the quote starts right after {words!r}, which says they held once and no longer "
                               "in the source")
    elif folded in _HABIT_PAST:  # "La gente solía fumar" (rules 28)
        what = "says they held once and no longer"
    elif folded in ("früher", "damals") and word[:1].isupper() and (
            m.start(1) == 0 or _SENTENCE_END_BEFORE.search(original[max(0, m.start(1) - 8):m.start(1)])):
        if reads_past(quote_text, "de"):
            return None  # "Früher schrieb man Briefe": the past tense keeps the past (rules 35)
        what = "puts them in the past"  # "Früher ist alles anders" (German V2; rules 28)
    elif folded in LIKELY_WORDS:
        what = "says they are only likely"
    elif folded in _THAT and (likely := _likely_that(original, m)) is not None:
        words = original[likely.start(1):m.end(1)]  # "It is likely that", "Il est probable que" (rules 28)
        excluding = _excludes(_ELIDED_NE.sub("", fold_word(likely.group(1)))) or fold_word(likely.group(1)).startswith(
            _SCHLIESSEN_STEMS) or fold_word(likely.group(1)) in _RULED
        what = ("rules them out, or only keeps them open," if excluding
                else "says they are only likely or possible")  # "not impossible that" (rules 72)
        return Difference("leading_qualifier", True, None, words, likely.start(1), m.end(1),
                          note=f"the quote starts right after {words!r}, which {what} in the source")
    elif folded == "to" and _opens_predicate(quote_text) and (expecting := _expecting_before(original, m)) is not None:
        # (not "going to the Moon": "to" before an article is a preposition)
        words = original[expecting.start(1):m.end(1)]
        frame = ("an allegation or a claim" if fold_word(expecting.group(1)) in CLAIMING_TO
                 else "an expectation, a plan or an aim")
        return Difference("leading_qualifier", True, None, words, expecting.start(1), m.end(1),
                          note=f"the quote starts right after {words!r}, which make them {frame} in the source, not a fact")
    elif folded in NEARLY_WORDS and _opens_predicate(quote_text) and dropped_bound(quote_text, original, start) is None:
        # (not "almost 300", "nearly a quarter century", "Nearly half of": an amount's bound)
        what = "says they nearly happened, and so did not"
    elif folded in FREQUENCY_WORDS and _opens_predicate(quote_text):  # not "often a loud sound cue"
        what = "says how often they hold"
    elif folded in TIME_LIMIT_WORDS and _opens_predicate(quote_text):
        what = "limits them in time"
    elif folded in MULTIPLIERS and fold_word(first.group() if first is not None else "") in _EQUALITY:
        what = "says how many times as much they hold"  # "half as effective as"
    elif not quote_text.lstrip()[:1].isdigit() and (folded in QUANTIFIERS or (folded == "few" and _a_before(original, m))) and not (
            folded == "most" and _determiner_before(original, m)):  # ("the most recent figures": a superlative)
        what = "says how many of them hold"
    elif (folded[2:] if folded[:2] in ("l'", "d'") else folded) in PAST_MARKERS and not (
            folded in ROLE_QUALIFIERS and fold_word(first.group() if first is not None else "") in CLAUSE_VERBS):
        if folded in PAST_ADVERBS and reads_past(quote_text, "de" if folded in _GERMAN_PAST_ADVERBS else language):
            return None  # "Antigamente ia ao trabalho a pé", "formerly employed 300": a past tense (rules 35)
        what = "puts them in the past or in another office"  # ("The acting is amazing": a noun, its verb)
    elif (label := _label_before(original, start)) is not None:
        return Difference("leading_qualifier", True, None, label.group(2), label.start(2), label.end(2),
                          note=(f"the quote starts right after {label.group(2)!r}, which calls them another's "
                                "name for a thing in the source, not the writer's"))
    else:
        return dropped_bound(quote_text, original, start)
    return Difference("leading_qualifier", True, None, word, m.start(1), m.end(1),
                      note=(f"the quote starts right after {word!r}, which {what} in the source"))
