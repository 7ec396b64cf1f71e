"""An English verb in the present a reader can tell without a list of verbs (quote rules 21).

Rules 19 read a quote's claim as one in the present only by a list of verbs ("is", "remains",
"runs": :data:`archiver.quotes.trail_limit.PRESENT_VERBS`), and a claim after "Half the" only by
an auxiliary or a past in "-ed" (:func:`archiver.quotes.lead_word._claims_or_ranks`): "The plant
operates until May" and "Half the patients wear masks" passed. English marks its present by
where a word stands, not by a list:

* the third person singular: a lowercase word in "-s" right after a subject pronoun ("It
  offers", "she runs", "which runs") or after a singular noun that a determiner opening the
  quote opens, maybe with one word between ("The plant operates", "The new museum closes"):
  :func:`third_person_present` (a determiner inside the quote opens an object as often: "kept
  the old rules"; and one opening it an adjective and a plural as often: "the other
  tutorials", so this reads a claim's verb only where its sentence's shape asks for one:
  before "until", and after a share cut from before the quote, rules 24: "the budget goes to
  schools" of "Half the budget goes ..."; a word that stands only before a noun, "other",
  "first", is none: :data:`_BEFORE_A_NOUN`);
* the plural: a lowercase word right after a plural noun in "-s" that a determiner opens or the
  quote opens with, when it is no word that may follow a noun in its phrase (a preposition, a
  conjunction, a pronoun, an adverb: "the other tutorials of my homepage", "the patients who",
  "-ing": "the children playing"): :func:`plural_present`.

A name and a word in "-s" with an object after it ("Jones manages the fund", "Maria Lopez chairs
the board") are a subject and its verb too (rules 24). An English simple past that is no past
participle ("went", "rose", "took": :data:`SIMPLE_PASTS`) right after a subject is its verb
(:func:`simple_past`; rules 24), where "spent" or a form in "-ed" may open a noun's phrase
("the money spent on schools").

A subject stands at the start of its clause: a quote whose first noun phrase follows a word of
its clause in the source ("closed the car parks until May", "use the car parks") holds the
object of a verb the quote leaves out, and a word in "-s" after its noun is a plural of a
compound ("car parks"), no verb (:func:`opens_clause`; rules 24). "until" after such a quote is
read so (:mod:`archiver.quotes.trail_limit`).

Limits: a compound noun whose last part is a plural ("The car parks", "the sales figures"), or
an adjective and a plural ("The old rules"), at a clause's start reads as a noun and a verb; a
name and a plural with no object ("Tesla cars") are not read.
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import ARTICLES, REPORTING_WORDS, WORD, fold_word

#: Words that open a noun phrase (its subject): articles, possessives, demonstratives.
_DETERMINERS = ARTICLES | frozenset(["this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
                                     "your", "every", "each"])
#: The same, for the readers of a clause's subject elsewhere (:mod:`archiver.quotes.time_clause`).
DETERMINERS = _DETERMINERS
#: Subject pronouns a verb in "-s" follows ("It offers", "she runs"; not "this", "that": also
#: determiners, "that rules").
_PRONOUNS = frozenset(["he", "she", "it", "who", "which"])
#: Words in "-s" that are no verb of the third person ("always", "perhaps", "news", "was").
_NOT_VERBS = frozenset(["always", "perhaps", "sometimes", "besides", "afterwards", "towards", "nevertheless",
                        "whereas", "unless", "across", "news", "series", "species", "means", "its", "his", "hers",
                        "ours", "yours", "theirs", "was", "thus", "less", "plus", "minus", "various", "numerous",
                        "previous", "serious", "famous", "bus", "gas", "yes", "this", "us", "as", "is"])
#: Words that may follow a noun inside its phrase, or open no predicate: prepositions,
#: conjunctions, pronouns, relatives, adverbs of place and time.
_IN_PHRASE = _DETERMINERS | frozenset([
    "of", "in", "on", "at", "for", "with", "to", "by", "from", "about", "into", "over", "under", "during", "after",
    "before", "against", "among", "between", "through", "without", "within", "since", "until", "per", "like", "as",
    "than", "and", "or", "but", "nor", "who", "whom", "whose", "which", "that", "where", "when", "while", "if",
    "themselves", "itself", "alone", "together", "too", "also", "here", "there", "now", "then", "today", "still",
    "both", "all", "each", "only", "even", "just", "again", "so", "not", "such", "else", "abroad", "overseas",
])


def _third_form(word: str) -> bool:
    """Whether ``word`` (as written) may be an English verb of the third person singular: lowercase
    letters ending in "-s", not "-ss", "-us", "-is", "-ous" (a noun or an adjective: "class",
    "virus", "analysis", "famous"), nor one of :data:`_NOT_VERBS`."""
    return (len(word) >= 4 and word.isalpha() and word.islower() and word.endswith("s")
            and not word.endswith(("ss", "us", "is")) and word not in _NOT_VERBS)


#: Words that stand only before a noun, never as one (ordinals, "other", "same", "own", "whole"):
#: a word in "-s" after one is that noun's plural ("the other tutorials", "the first results").
_BEFORE_A_NOUN = frozenset(["other", "same", "own", "whole", "entire", "very", "next", "last", "first", "second",
                            "third", "former", "latter", "main", "such", "certain", "various", "new", "old"])


def _singular_noun(word: str) -> bool:
    """Whether ``word`` may be a singular noun: letters, no "-s" but "-ss", "-us", "-is" ("class",
    "campus", "crisis"), no word of :data:`_IN_PHRASE` nor :data:`_BEFORE_A_NOUN`."""
    folded = fold_word(word)
    return word.isalpha() and folded not in _IN_PHRASE | _BEFORE_A_NOUN and (
        not folded.endswith("s") or folded.endswith(("ss", "us", "is")))


def third_person_present(words: list[str]) -> bool:
    """Whether ``words`` (a quote's words as written, in order) hold an English verb of the third
    person singular present where English puts it: right after a subject pronoun, after a
    singular noun that the determiner opening the quote opens, maybe one or two words between ("The
    plant operates", "The new museum closes", "the new state budget goes", "It offers"), or after the name the quote opens
    with, before a determiner opening its object ("Jones manages the fund")."""
    folded = [fold_word(w) for w in words]
    for i in range(1, len(words)):
        if not _third_form(words[i]):
            continue
        if folded[i - 1] in _PRONOUNS:
            return True
        if _singular_noun(words[i - 1]) and folded[0] in _DETERMINERS and _modifiers_only(folded, i):
            return True
        if i <= _NAME_WORDS and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words[:i]) and (
                folded[0] not in _DETERMINERS and folded[i + 1:i + 2] and folded[i + 1] in _DETERMINERS):
            return True  # "Jones manages the fund", "Maria Lopez chairs the board"
    return False


#: How many words may stand between a determiner and its noun ("The new museum", "the new state
#: budget", "the U.S. budget"; rules 26: rules 21 to 25 took one).
_MODIFIERS = 2


def _modifiers_only(folded: list[str], i: int) -> bool:
    """Whether the words between the determiner opening ``folded`` and its noun right before
    ``folded[i]`` are at most :data:`_MODIFIERS` words, none of :data:`_IN_PHRASE`."""
    return 2 <= i <= _MODIFIERS + 2 and all(w not in _IN_PHRASE for w in folded[1:i - 1])


#: How many capitalised words a name before its verb may have ("Maria Lopez", "Ms Jones").
_NAME_WORDS = 3
#: English simple pasts that no past participle is: right after a subject they are its verb ("the
#: budget went", "the patients took"), where "spent", "paid" or a form in "-ed" may open a noun's
#: phrase ("the money spent on schools").
SIMPLE_PASTS = frozenset(["went", "came", "rose", "fell", "grew", "took", "gave", "became", "began", "ran", "saw",
                          "knew", "drove", "ate", "drank", "wrote", "spoke", "broke", "chose", "flew", "threw",
                          "drew", "wore", "stole", "rode", "sang", "swam", "shook", "hid", "forgot", "froze",
                          "woke", "sank", "shrank"])


def simple_past(words: list[str]) -> bool:
    """Whether ``words`` (as written) hold an English simple past of :data:`SIMPLE_PASTS` or in
    "-ed" right after a subject pronoun, or after a noun that the determiner opening the quote
    opens, maybe one or two words between ("the budget went to schools", "the new drug took", "the plan
    worked"; not "a crewed moon mission": no noun before "crewed")."""
    folded = [fold_word(w) for w in words]
    for i in range(1, len(words)):
        if not (folded[i] in SIMPLE_PASTS or (len(folded[i]) > 4 and folded[i].endswith("ed"))) or not words[i].islower():
            continue
        if folded[i - 1] in _PRONOUNS | {"they", "we", "i", "you"}:
            return True
        if words[i - 1].isalpha() and folded[i - 1] not in _IN_PHRASE and folded[0] in _DETERMINERS and (
                _modifiers_only(folded, i)):
            return True
    return False


def plural_present(words: list[str]) -> bool:
    """Whether ``words`` (as written) hold an English verb of the plural present right after its
    subject: a plural noun in "-s" that the quote opens with or a determiner opens, then a
    lowercase word of letters that is no word of :data:`_IN_PHRASE` nor in "-ing", "-ly" ("the
    patients wear masks", "patients wear masks"), nor a participle before its agent ("bugs found
    by you")."""
    folded = [fold_word(w) for w in words]
    for i in range(len(words) - 1):
        noun, verb = words[i], words[i + 1]
        if not (noun.isalpha() and folded[i].endswith("s") and not folded[i].endswith(("ss", "us", "is"))):
            continue
        if not (i == 0 or folded[i - 1] in _DETERMINERS):
            continue
        if (verb.isalpha() and verb.islower() and folded[i + 1] not in _IN_PHRASE
                and not folded[i + 1].endswith(("ing", "ly")) and folded[i + 2:i + 3] != ["by"]):
            return True
    return False


#: English finite verbs that a modal never takes after it (a modal takes a bare verb: "might be",
#: "might have", "might do"), and so, right after a word that is a modal too, make that word a
#: noun, their subject ("Military might alone cannot win", "economic might is growing").
_FINITE = frozenset(["is", "are", "was", "were", "has", "had", "will", "would", "can", "could", "cannot", "may",
                     "might", "must", "should", "shall", "did", "does", "isn't", "aren't", "wasn't", "weren't",
                     "hasn't", "hadn't", "won't", "wouldn't", "can't", "couldn't", "mustn't", "shouldn't", "didn't",
                     "doesn't"])


def opens_with_finite_verb(words: list[str]) -> bool:
    """Whether the first or second of ``words`` (as written) is an English finite verb no modal
    takes after it (:data:`_FINITE`; or the first a verb of the third person: "grows"): "alone
    cannot win", "is growing", "has limits", "grows"; not "reduce deaths", "not have worked",
    "also be safe"."""
    folded = [fold_word(w).replace("\u2019", "'") for w in words[:2]]
    return any(w in _FINITE for w in folded) or (bool(folded) and _third_form(folded[0]))


#: Words after which a clause, and its subject, opens: conjunctions, relatives, "that" (a verb of
#: saying within :data:`_SAYING_REACH` words before the quote counts too: "said the plant",
#: "told reporters the plant").
_CLAUSE_OPENERS = frozenset(["that", "and", "but", "or", "nor", "so", "yet", "because", "while", "whereas",
                             "although", "though", "when", "whenever", "where", "which", "who", "if", "unless",
                             "once", "as", "now", "than", "whether", "how", "why"])
_SAYING_REACH = 3
#: English verbs that take a clause without "that" as the verbs of saying do ("stressed the plant
#: operates", "We know the plant operates", "means the offer runs"): within
#: :data:`_SAYING_REACH` words before the quote they open its clause too (review s41: rules 24
#: read "the plant operates" of "Officials stressed the plant operates until May." as an object).
_CLAUSE_VERBS = frozenset(
    form
    for stem, forms in {
        "stress": ("stressed", "stresses"), "confirm": ("confirmed", "confirms"),
        "emphasise": ("emphasised", "emphasises"), "emphasize": ("emphasized", "emphasizes"),
        "reiterate": ("reiterated", "reiterates"), "know": ("knew", "knows", "known"),
        "learn": ("learned", "learnt", "learns"), "realise": ("realised", "realises"),
        "realize": ("realized", "realizes"), "understand": ("understood", "understands"),
        "agree": ("agreed", "agrees"), "assure": ("assured", "assures"), "mean": ("meant", "means"),
        "ensure": ("ensured", "ensures"), "show": ("showed", "shown", "shows"),
        "guarantee": ("guaranteed", "guarantees"), "promise": ("promised", "promises"), "hint": ("hinted", "hints"),
        "signal": ("signalled", "signaled", "signals"), "indicate": ("indicated", "indicates"),
        "clarify": ("clarified", "clarifies"), "estimate": ("estimated", "estimates"),
        "predict": ("predicted", "predicts"), "think": ("thinks", "thought"), "expect": ("expected", "expects"),
        "hope": ("hoped", "hopes"), "fear": ("feared", "fears"), "assume": ("assumed", "assumes"),
        "suppose": ("supposed", "supposes"), "suspect": ("suspected", "suspects"), "reckon": ("reckoned", "reckons"),
        "claim": ("claimed", "claims"), "note": ("noted", "notes"), "warn": ("warned", "warns"),
        "reveal": ("revealed", "reveals"), "prove": ("proved", "proven", "proves"),
        "conclude": ("concluded", "concludes"), "recognise": ("recognised", "recognises"),
        "recognize": ("recognized", "recognizes"), "imply": ("implied", "implies"),
    }.items()
    for form in (stem, *forms))
#: The words of the clause right before a position: back to a clause mark, a bracket, a
#: quotation mark or a line's start.
_CLAUSE_BEFORE = re.compile(r"[^.!?;:,()\[\]\"\u201c\u201d\u201e\u00ab\u00bb\u2013\u2014\n]*$")
_WORDS = re.compile(WORD)


def opens_clause(original: str, start: int) -> bool:
    """Whether the quote starting at ``original[start]`` starts where a clause's subject stands:
    at a sentence's or a clause's start (nothing of its clause before it), after a word that
    opens a clause (:data:`_CLAUSE_OPENERS`), or within :data:`_SAYING_REACH` words after a verb
    of saying or another verb that takes a clause without "that" (:data:`_CLAUSE_VERBS`: "said the
    plant operates", "told reporters the plant", "stressed the plant"), capitalised words before a
    capitalised start read as one name with it ("Ms Jones manages"); not after another word of
    its clause ("closed the car parks", "use the car parks": an object)."""
    clause = _CLAUSE_BEFORE.search(original, max(0, start - 120), start)
    written = _WORDS.findall(clause.group() if clause is not None else "")
    if original[start:start + 1].isupper():
        while written and written[-1][:1].isupper():
            written.pop()  # the rest of a name ("Ms Jones", "Maria Lopez") opens the subject with it
    words = [fold_word(w) for w in written]
    return not words or words[-1] in _CLAUSE_OPENERS or any(
        w in REPORTING_WORDS or w in _CLAUSE_VERBS for w in words[-_SAYING_REACH:])


#: French, Spanish, Italian and Portuguese singular articles before a subject (rules 28); those
#: English spells too ("a", "o", "un") only where the passage is not English.
_ROMANCE_SINGULAR_ARTICLES = frozenset(["la", "le", "el", "il", "lo"])
_SHARED_SINGULAR_ARTICLES = frozenset(["a", "o", "um", "uma", "un", "une", "una"])
#: A singular verb's endings (third person, present or past) and the endings its infinitive takes
#: in their place, by language: "trabaja" -> "trabajar", "trabajó", "travaille" -> "travailler",
#: "finit" -> "finir", "lavora" -> "lavorare", "lavorò", "trabalha" -> "trabalhar", "trabalhou".
_SINGULAR_TO_INFINITIVE: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "es": (("ió", ("er", "ir")), ("ó", ("ar",)), ("a", ("ar",)), ("e", ("er", "ir"))),
    "pt": (("ou", ("ar",)), ("eu", ("er",)), ("iu", ("ir",)), ("a", ("ar",)), ("e", ("er", "ir"))),
    "it": (("ò", ("are",)), ("ì", ("ire",)), ("a", ("are",)), ("e", ("ere", "ire"))),
    "fr": (("e", ("er",)), ("it", ("ir",)), ("a", ("er",))),
}
#: Words in a verb's ending that are none (adverbs, prepositions, pronouns, determiners).
_NOT_SINGULAR_VERBS = frozenset(["sobre", "entre", "contra", "desde", "donde", "siempre", "mientras", "como",
                                 "cada", "toda", "nada", "pendant", "comme", "contre", "notre", "votre", "cette",
                                 "chaque", "quasi", "sempre", "ancora", "anche", "ogni", "nossa", "nosso", "essa",
                                 "esta", "aquela", "toute", "tutta", "ninguna", "alguna", "nuestra", "vuestra",
                                 "misma", "mismo", "propia", "sola", "seule", "ante", "otra", "otre", "outra"])
#: Words after which the word before is a noun's adjective as often as a verb ("la población
#: activa de España"): "of" and its contractions.
_OF_WORDS = frozenset(["de", "del", "du", "des", "di", "della", "dello", "dei", "delle", "da", "do", "dos", "das",
                       "d'"])


#: Short or irregular Romance verbs of the third person singular whose infinitive no ending
#: gives back ("vit" of "vivre", "dort", "doit", "va", "fa", "vai"; rules 32: rules 28 read
#: verbs of four letters or more only). None is also a noun or an article after a noun ("lit",
#: "fait", "part", "sort" are left out).
SHORT_SINGULAR_VERBS = frozenset(["vit", "dort", "doit", "peut", "veut", "sait", "voit", "meurt", "vient", "tient",
                                  "prend", "suit", "vaut", "croit", "boit", "va", "muere", "duerme",
                                  "puede", "quiere", "sabe", "vuelve", "vive", "dorme", "muore", "vuole",
                                  "può", "vai", "faz", "diz", "pode", "quer", "morre"])


def romance_singular_verb(written: list[str], english: bool) -> bool:
    """Whether ``written`` (a quote's words as written) opens with a French, Spanish, Italian or
    Portuguese singular subject and its full verb, with more words after it: a singular article,
    a noun, then a lowercase word whose infinitive (its singular ending put back: "trabaja" ->
    "trabajar", "travaille" -> "travailler", "lavora" -> "lavorare", "trabalhou" -> "trabalhar")
    is a word of that language's list (:mod:`archiver.quotes.wordlist`), and a word after it
    that is no "de" ("la plantilla trabaja desde casa" of "La mitad de la plantilla trabaja
    desde casa"; rules 28; rules 26 read the plural only). A noun phrase that ends the quote ("la
    plantilla completa") or goes on with "de" ("la población activa de España") is not read: a
    verb's form and an adjective are one word there. ``english``: the passage may be English
    ("a", "o", "un" are no article to read then)."""
    from archiver.quotes.wordlist import is_word  # the lists load only when a quote needs them

    words = [fold_word(w) for w in written[:4]]
    articles = _ROMANCE_SINGULAR_ARTICLES if english else _ROMANCE_SINGULAR_ARTICLES | _SHARED_SINGULAR_ARTICLES
    if len(words) >= 4 and words[0] in articles and written[2].islower() and words[2] in SHORT_SINGULAR_VERBS:
        return True  # "la population vit dans la pauvreté", "la ville vit du tourisme" (rules 32)
    if len(words) < 4 or words[0] not in articles or not written[2].islower() or words[3] in _OF_WORDS:
        return False
    verb = words[2]
    if len(verb) < 4 or verb in _NOT_SINGULAR_VERBS or verb.endswith(("mente", "ment")):
        return False
    for language, endings in _SINGULAR_TO_INFINITIVE.items():
        for ending, infinitives in endings:
            if verb.endswith(ending) and any(
                    is_word(verb[: -len(ending)] + infinitive, language) for infinitive in infinitives):
                return True
    return False
