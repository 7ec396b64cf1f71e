"""A quote cut right after a denied word of evidence: what no one has shown, stated as shown (quote rules 24).

"the new law has reduced crime" is a verbatim part of "There is no evidence the new law has
reduced crime", "the vaccine is safe" of "Nobody has shown the vaccine is safe", "le vaccin est
sûr" of "Rien ne prouve que le vaccin est sûr", "la vacuna es segura" of "Nadie ha demostrado que
la vacuna es segura": the source says the claim is not shown; the quote states it. A word of
evidence, proof or certainty (:data:`EVIDENCE_WORDS`: "evidence", "proof", "sign", "shown",
"suggest", "clear", "Beleg", "erwiesen", "preuve", "prouve", "pruebas", "demostrado") right
before the match, or before its "that" ("dass", "que", "de que", "dafür, dass"), counts when
a negation or a word saying hardly any stands among the :data:`_REACH` words before it in its
clause ("no evidence", "no clear evidence", "nothing to suggest", "has not been shown", "little
evidence", "far from certain", "peu probable que"): :func:`unproven_before`. A quote that ends
right before its clause's verb is that clause's subject and claims nothing (as after a denial:
:func:`archiver.quotes.lead_word.dropped_lead`). A word of evidence with no negation before it
("evidence that the plan works", "studies show the plan works") says the claim is shown, and is
not read. A verb of saying after an adverb that calls what is said false ("falsely claimed the
suspect was armed", "wrongly said that", :data:`FALSELY`) counts in the same way: the source says
the claim is false.

Rules 25 read two more frames of the same kind. A verb that presents the clause after it as an
allegation ("Prosecutors allege the firm paid bribes", "purports", "alega que": :data:`ALLEGING_VERBS`;
not "claim", a verb of saying by issue 14's own case),
or a noun that makes it a report, a rumour or a claim before its "that" ("There were reports
that the suspect was armed", "rumours that", "speculation that", "allegations that":
:data:`CLAIM_NOUNS`), says no more than that someone alleges it: a quote starting there states it
as fact (:func:`alleged_before`). A verb of saying ("Officials say the vaccine works", "said
that") is not one: quoting what someone says without "officials say" is how speech is quoted.
Without a "that", the quote must hold a clause's verb (the caller's test: "alleged the
payments" names a thing). An
agreement a negation or "few" limits ("Not everyone agrees the vaccine works", "Few scientists
agree that") says the clause is disputed, as a denied word of evidence says it is not shown
(:data:`EVIDENCE_WORDS`: "agree").
Rules 27 read "according to which" after a claim noun as its "that" ("des rumeurs selon
lesquelles", "des informations selon lesquelles", "l'hypothèse selon laquelle", "rumores según
los cuales", "voci secondo cui", and rules 28 Portuguese "rumores segundo os quais", "a versão
segundo a qual", "de acordo com a qual": :data:`ACCORDING_NOUNS`); not after a noun that claims
nothing ("le principe selon lequel", "o princípio segundo o qual"). A deed quoted alone after an accusation ("paying bribes" of "accused the firm
of paying bribes") is :mod:`archiver.quotes.accusation`'s (moved out, review rvq59).
Review rvq59: an infinitive of showing after a failing word or a negated "could" ("konnten nicht
belegen, dass", "n'ont pas pu prouver que", "no lograron demostrar que", "unable to prove that",
"has yet to prove that", "отказалась подтвердить, что") is denied as "failed to show" is, and
German and Russian verbs of pointing to are read past their links ("Nichts deutet darauf hin,
dass", "Ничто не указывает на то, что").
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import (
    NEGATING_VERBS,
    REPORTING_WORDS,
    WORD,
    WORD_COMMA_BEFORE,
    fold_word,
    is_negation,
)

#: Words of evidence, proof, showing or certainty, whose clause after them a negation before them
#: says is not shown ("no evidence the", "not been proven that", "Rien ne prouve que").
EVIDENCE_WORDS = frozenset([
    "evidence", "proof", "sign", "signs", "indication", "indications", "suggest", "suggests", "show", "shows",
    "shown", "showed", "prove", "proves", "proven", "proved", "demonstrate", "demonstrated", "establish",
    "established", "clear", "certain", "sure", "known", "data", "confirm", "confirmed", "verify", "verified",
    "bestätigt", "bestätigen", "confirmé", "confirmado",
    "beweis", "beweise", "beleg", "belege", "hinweis", "hinweise", "anzeichen", "erwiesen", "belegt", "bewiesen",
    "nachgewiesen", "gezeigt", "klar", "sicher", "bekannt",
    "preuve", "preuves", "prouve", "prouvé", "prouvée", "démontré", "montré", "signe", "indice", "indices", "établi",
    "sûr", "clair", "probable",
    "prueba", "pruebas", "evidencia", "evidencias", "demostrado", "probado", "indicios", "claro", "seguro", "cierto",
    "prova", "prove", "dimostrato", "provato", "comprovado", "provas",
    # verbs of pointing to ("Nada indica que el alcalde mintió", "Rien n'indique que"; red team rvq58)
    "indicate", "indicates", "indicated", "indique", "indiquent", "indica", "indican", "indicam", "indicano",
    "sugiere", "sugieren", "suggère", "suggèrent", "sugere", "sugerem", "suggerisce", "suggeriscono",
    # present tenses of showing and proving ("Rien ne montre que", "Nada demuestra que", "Nichts
    # beweist, dass", "Ничто не доказывает, что"; red team rvq58)
    "montre", "montrent", "prouvent", "démontre", "démontrent", "établit", "confirme", "confirment",
    "demuestra", "demuestran", "muestra", "muestran", "confirma", "confirman", "dimostra", "dimostrano",
    "mostra", "mostrano", "conferma", "confermano", "mostram", "comprova", "demonstra", "demonstram",
    "zeigt", "zeigen", "beweist", "beweisen", "доказывает", "доказано", "доказательств", "доказательства",
    "подтверждает", "подтверждено",
    # infinitives of showing and proving after a verb of failing or a negated "could" ("konnten nicht
    # belegen, dass", "n'ont pas pu prouver que", "no lograron demostrar que", "не смогло доказать";
    # red teams rvq58-held and rvq59)
    "belegen", "nachweisen", "prouver", "démontrer", "montrer", "établir", "confirmer", "demostrar", "probar",
    "mostrar", "confirmar", "comprobar", "dimostrare", "provare", "confermare", "provar", "comprovar", "demonstrar",
    "доказать", "подтвердить", "показать",
    # gerunds and zu-infinitives of showing after a negated way or a word of failing ("had no way of
    # proving that", "incapable of showing that", "außerstande nachzuweisen, dass"; red team rvq61)
    "proving", "showing", "demonstrating", "establishing", "confirming", "verifying", "nachzuweisen",
    # verbs of pointing to in German and Russian ("Nichts deutet darauf hin, dass", "Ничто не указывает
    # на то, что"; red team rvq59), read past their links (:data:`_LINKS`)
    "deutet", "deuten", "deutete", "hindeutet", "weist", "weisen", "wies", "hinweist", "указывает", "указывают", "указывало", "свидетельствует",
    "свидетельствуют",
    # knowing after a denied way or means of it ("had no way of knowing that", "n'avaient aucun moyen
    # de savoir que", "no tenían forma de saber que": task q63, red team rvq61 left it); not "know"
    # ("did not know that the mayor lied" says he lied)
    "knowing", "savoir", "saber", "sapere",
    # an agreement a negation or "few" limits: "Not everyone agrees the vaccine works" (rules 25)
    "agree", "agrees", "agreed",
])
#: Verbs that present the clause after them (or after their "that") as an allegation, not a
#: fact: "allege", "purport", Spanish and Portuguese "alegar". Not "claim" (nor "behaupten",
#: "prétendre"): issue 14 holds ``Rostec "believe(s) the fight is being lost"``, cut from "an
#: unnamed source ... claimed Rostec “believe(s) the fight is being lost,”", a faithful quote
#: (tests/data/quotes/cases.jsonl), so "claim" is a verb of saying, as "say" is.
#: Not "insist", "contend", "argue", "maintain": a speaker's firm assertion, quoted as speech is
#: (the faithful-quote survey's texts hold "he insisted his approach has been", speech, and no
#: "contend" before a clause; rules 25).
ALLEGING_VERBS = frozenset([
    "allege", "alleges", "alleged", "alleging", "purport", "purports", "purported", "purporting",
    "alega", "alegan", "alegó", "alegaron", "alegaba", "alegaban", "alegam", "alegou", "alegaram",
])
#: Verbs of allegation before "to" ("purports to show", "is alleged to have paid", "claims to have
#: cured": :func:`archiver.quotes.lead_word.dropped_lead` reads them as it reads "expected to");
#: not "claims to", read as "is said to" is (a verb of saying, :data:`ALLEGING_VERBS`).
CLAIMING_TO = frozenset(["purport", "purports", "purported", "purporting", "alleged"])
#: Nouns that before their "that" make the clause a report, a rumour or a claim, not a fact
#: ("reports that the suspect was armed", "rumours that", "speculation that", "allegations
#: that", "Gerüchte, dass", "rumores de que"). Not "news", "evidence" or "fact": they say it is so.
CLAIM_NOUNS = frozenset([
    "report", "reports", "rumour", "rumours", "rumor", "rumors", "speculation", "allegation", "allegations",
    "accusation", "accusations", "assertion", "assertions", "suggestion", "suggestions",
    "gerücht", "gerüchte", "spekulation", "spekulationen", "vorwurf", "vorwürfe", "behauptung", "behauptungen",
    "rumores", "rumor", "especulaciones", "acusaciones", "denuncias",
    "hoax", "hoaxes", "canard", "falsehood", "fabrication", "meme", "memes"])  # (rules 115: "The hoax that ...")
#: Nouns of something held, not shown, before their "that" (quote rules 72, red team lead53: "The claim that the drug
#: cures the infection has been debunked", "refuted the idea that", "La afirmación de que ... es falsa", "contradicts
#: the assumption that"): the clause is what someone claims, believes or assumes, as after "believes that"
#: (:mod:`archiver.quotes.opinion`); stated as fact by a quote starting after them. Not "fact", "finding" or "news":
#: they say it is so. Words the source itself opens a quotation for right after them are a speaker's own ("es de la
#: idea de que “toda iniciativa ...”"), quoted as speech is.
HELD_NOUNS = frozenset([
    "claim", "claims", "idea", "notion", "belief", "beliefs", "theory", "theories", "hypothesis", "assumption",
    "misconception", "narrative", "premise",
    "annahme", "vorstellung", "glaube", "theorie", "mythos", "idee",
    "idée", "croyance", "théorie", "mythe", "affirmation", "affirmations",
    "afirmación", "afirmaciones", "creencia", "teoría", "mito", "idea",
    "affermazione", "affermazioni", "convinzione", "teoria",
    "afirmação", "afirmações", "ideia", "crença",
])
#: The English ones of :data:`HELD_NOUNS`, whose "that" opens a relative clause as often ("beliefs that drive
#: self-worth"): read only before a quote holding a clause's verb after its subject.
_ENGLISH_HELD = frozenset(w for w in HELD_NOUNS if w in ("claim", "claims", "idea", "notion", "belief", "beliefs",
                                                          "theory", "theories", "hypothesis", "assumption",
                                                          "misconception", "narrative", "premise"))
#: A quotation the source opens right after a word (a speaker's own words follow).
_OPENS_QUOTATION = re.compile("[ \t\u00a0\u202f]*[\"\u201c\u201e\u00ab\u2018\u201a\u2039]")
#: Nouns that before "selon lesquelles", "según los cuales", "secondo cui" (:data:`_ACCORDING_TO_WHICH`)
#: make the clause after them a report, a rumour or a claim, with :data:`CLAIM_NOUNS` ("des
#: rumeurs selon lesquelles", "des informations selon lesquelles", "l'hypothèse selon laquelle",
#: "voci secondo cui"; rules 27). Only there: "les informations que" is a relative clause, and
#: "le principe selon lequel" states a rule, no claim.
ACCORDING_NOUNS = frozenset([
    "rumeur", "rumeurs", "information", "informations", "hypothèse", "hypothèses", "allégation", "allégations",
    "affirmation", "affirmations", "spéculation", "spéculations", "thèse", "version", "soupçons",
    "informaciones", "hipótesis", "versión", "versiones", "especulación",
    "voce", "voci", "notizia", "notizie", "ipotesi", "accusa", "accuse", "indiscrezioni", "tesi", "versione",
    # Portuguese, before "segundo a qual", "de acordo com as quais" (rules 28)
    "boato", "boatos", "informação", "informações", "notícia", "notícias", "hipótese", "hipóteses", "versão",
    "versões", "alegação", "alegações", "acusação", "acusações", "especulação", "especulações", "suspeita",
    "suspeitas", "tese", "denúncia", "denúncias", "relato", "relatos", "afirmação", "afirmações",
    # a myth's, a legend's, an idea's, a belief's or a theory's "according to which" (quote rules 93, red team q93:
    # "Le mythe selon lequel ...", "El mito según el cual ..." were exact)
    "mythe", "mythes", "légende", "idée", "idées", "croyance", "croyances", "théorie", "théories",
    "mito", "mitos", "leyenda", "idea", "ideas", "creencia", "creencias", "teoría", "teorías",
    "miti", "leggenda", "idee", "credenza", "credenze", "teoria", "teorie",
    "lenda", "ideia", "ideias", "crença", "crenças", "teorias",
])
#: "according to which" after a noun, ending right before the clause it opens (rules 27).
_ACCORDING_TO_WHICH = re.compile(
    r"(?:\b(?:selon|d'après)[ \t\u00a0]+(?:lequel|laquelle|lesquels|lesquelles)"
    r"|\bsegún[ \t\u00a0]+(?:el|la|lo|los|las)[ \t\u00a0]+cual(?:es)?"
    r"|\bsecondo[ \t\u00a0]+(?:cui|(?:il|la|i|le)[ \t\u00a0]+qual[ei])"
    r"|\b(?:segundo|de[ \t\u00a0]+acordo[ \t\u00a0]+com|conforme)[ \t\u00a0]+(?:o|a|os|as)[ \t\u00a0]+qua(?:l|is))$",
    re.IGNORECASE)
#: Claim nouns that are verbs of saying as often ("The Associated Press reports that"): a noun
#: only at its sentence's start ("Reports that ...") or after a word of :data:`_BEFORE_A_NOUN` (a
#: copula: "There were reports that"; a preposition: "amid reports that"; a determiner or an
#: adjective: "unconfirmed reports that"; a verb taking it as object: "denied reports that").
_VERB_TOO = frozenset(["report", "reports", "claim", "claims"])
_BEFORE_A_NOUN = frozenset([
    "were", "are", "was", "is", "be", "been", "amid", "amidst", "despite", "after", "following", "of", "on", "about",
    "over", "with", "by", "to", "the", "a", "these", "those", "some", "many", "several", "numerous", "no", "any",
    "unconfirmed", "conflicting", "early", "initial", "earlier", "recent", "denied",
    "dismissed", "rejected", "confirmed", "cited", "citing",
])
#: The English verbs of :data:`ALLEGING_VERBS`: the only ones read without their "that" (German
#: puts a comma before a clause without "dass", and French and Spanish always write "que").
_ENGLISH_ALLEGING = frozenset(w for w in ALLEGING_VERBS if w.isascii() and not w.startswith(("behaupt", "aleg")))
#: "that" and its partners between a verb of allegation or a claim noun and its clause.
_THAT_LINKS = frozenset(["that", "dass", "que", "qu'", "de", "che"])
#: Adverbs that before a verb of saying call what is said false ("falsely claimed the suspect was
#: armed", "wrongly said", "fälschlicherweise behauptet", "faussement affirmé").
FALSELY = frozenset(["falsely", "wrongly", "baselessly", "erroneously", "mistakenly", "untruthfully", "fälschlich",
                     "fälschlicherweise", "faussement", "falsamente", "erróneamente", "erroneamente",
                     "equivocadamente", "ложно", "ошибочно", "неверно",
                     # red team rvq39
                     "incorrectly", "dishonestly", "misleadingly", "wahrheitswidrig", "mensongèrement",
                     "erradamente", "incorrectamente", "голословно", "лживо"])
#: Two-word adverbs of :data:`FALSELY`, by their second word and the word before it: French "à
#: tort", Italian "a torto", German "zu Unrecht" (red team rvq39).
FALSELY_PAIRS: dict[str, frozenset[str]] = {"tort": frozenset(["à"]), "torto": frozenset(["a"]),
                                            "unrecht": frozenset(["zu"])}
#: Verbs of claiming, in the present, that :data:`archiver.quotes.lexicon.REPORTING_WORDS` (a
#: list for ellipses) leaves out: after an adverb of :data:`FALSELY` they call the clause after
#: them false as "falsely claimed" does ("Critics falsely claim the vaccine causes autism": red
#: team q39). Before a "that" (:data:`_LINKS`) any verb after such an adverb does ("wrongly
#: assume that", "affirment à tort que").
CLAIMING_VERBS = frozenset(["claim", "claims", "assert", "asserts", "asserted", "suggest", "state", "states",
                            "affirment", "prétendent", "afirman", "afirmam", "affermano", "sostengono",
                            "утверждают", "утверждает", "утверждал", "утверждали"])
#: Words between a word of evidence and its clause ("no evidence that", "keine Belege dafür,
#: dass", "no hay pruebas de que").
_LINKS = frozenset(["that", "dass", "dafür", "darauf", "hin", "que", "qu'", "de", "d'", "che", "di", "что", "того", "на",
                    "то"])
#: Links that open a clause of what is said ("that", "dass", "que", "che", "что"), after which
#: any verb an adverb of :data:`FALSELY` stands before is a verb of saying or believing.
_SAID_LINKS = frozenset(["that", "dass", "que", "qu'", "che", "что"])
#: Words that say hardly any before a word of evidence ("little evidence", "scant proof", "peu
#: probable", "poco probable", "wenig Hinweise").
_HARDLY_ANY = frozenset(["little", "scant", "few", "peu", "poco", "pocas", "pocos", "wenig", "wenige", "kaum"])
#: Links after a verb that fails or refuses what follows (:data:`~archiver.quotes.lexicon.NEGATING_VERBS`),
#: which before a word of evidence deny it as a negation does ("failed to show the drug was safe",
#: "refused to confirm that", "a refusé de confirmer que"; red team rvq58).
_VERB_LINKS = frozenset(["to", "zu", "de", "d'", "di", "a", "à", "of"])
#: Words that fail what follows as :data:`~archiver.quotes.lexicon.NEGATING_VERBS` do, before the
#: same links ("unable to prove", "has yet to prove"), and the forms those leave out ("si è rifiutata
#: di", "se negaron a", "recusaram-se a"; red team rvq59).
_FAILING = NEGATING_VERBS | frozenset([
    "unable", "yet", "incapable", "impossible", "rifiutata", "rifiutati", "rifiutate", "rifiutò", "rifiutano",
    "rifiutarono", "negaron", "recusaram", "recusa", "recusam", "échoue", "échouent",
    "weigert", "weigern", "lehnte", "lehnten", "abgelehnt", "отказывается", "отказываются", "отказалось",
    # being unable said by an adjective or a noun of impossibility before its link ("incapables de
    # prouver", "incapaces de demostrar", "dans l'impossibilité de prouver"; red team rvq61)
    "incapables", "incapaces", "incapaz", "incapace", "incapaci", "incapazes", "außerstande", "ausserstande",
    "impossibilité", "l'impossibilité", "imposibilidad", "impossibilità", "impossibilidade", "powerless",
])
#: Failing words a word of evidence follows with no link (Russian "отказалась подтвердить",
#: "невозможно доказать"; Spanish, Italian and Portuguese "imposible demostrar").
_FAILING_BARE = frozenset(["отказался", "отказалась", "отказались", "отказалось", "отказывается", "отказываются",
                           "невозможно", "imposible", "impossibile", "impossível",
                           # Spanish "rehusar" takes its infinitive bare ("rehusó confirmar que"; rvq59 held-out)
                           "rehusó", "rehusaron", "rehúsa", "rehúsan",
                           # German "außerstande" takes its zu-infinitive in one word ("außerstande
                           # nachzuweisen"; red team rvq61)
                           "außerstande", "ausserstande"])
#: A reflexive pronoun that may stand between a failing verb and its link ("weigerte sich zu", "recusou-se a").
_REFLEXIVE = frozenset(["sich", "se", "si"])
#: Verbs of being able or managing, and the auxiliaries before them, a negation may stand before
#: (not counted in :data:`_REACH`): "non sono riusciti a dimostrare", "não conseguiram provar",
#: "n'ont pas pu prouver", "were not able to show" (red team rvq59).
_ABLE = frozenset([
    "able", "managed", "succeeded", "could", "can", "pu", "pourra", "pouvait", "peut", "peuvent", "pouvaient",
    "réussi", "parvenu", "parvenus", "lograron", "logró", "logra", "logran", "pudo", "pudieron", "puede", "pueden",
    "conseguido", "consiguió", "consiguieron", "riuscito", "riuscita", "riusciti", "riuscite", "riuscì",
    "riuscirono", "potuto", "può", "possono", "conseguiu", "conseguiram", "conseguem", "consegue", "pôde",
    "puderam", "pode", "podem", "konnte", "konnten", "kann", "können", "gelang", "gelungen", "смог", "смогла",
    "смогло", "смогли", "может", "могут", "удалось",
    "sono", "è", "siamo", "ha", "hanno", "han", "ont", "has", "have", "had", "were", "was", "is", "are", "been",
    # being able said by an adjective, and the participles of being before one (task q61)
    "capable", "capables", "capaz", "capaces", "capace", "capaci", "capazes", "été", "stati", "stato", "state",
    "sido", "estado", "sein", "gewesen", "waren", "war", "были", "был", "была", "было",
])
#: Being able said in a phrase ("were not in a position to prove that", "n'ont pas été en mesure de
#: prouver", "non sono stati in grado di dimostrare", "waren nicht in der Lage zu beweisen", "не
#: были в состоянии доказать": task q61, a negation so far off passed as no denial): read as one
#: word of :data:`_ABLE`, the words folded.
_ABLE_PHRASES = (("in", "a", "position"), ("in", "the", "position"), ("en", "mesure"), ("en", "état"),
                 ("in", "grado"), ("in", "condizione"), ("in", "der", "lage"), ("en", "condiciones"),
                 ("em", "condições"), ("в", "состоянии"),
                 # the way or the means of showing, which a negation or a lack before them denies
                 # ("had no way of proving that", "lacked the evidence to show that"; red team rvq61)
                 ("way",), ("the", "means"), ("the", "evidence"), ("the", "proof"), ("enough", "evidence"),
                 # the same in French, Spanish, Italian ("aucun moyen de", "forma de", "modo di"; task q63)
                 ("moyen",), ("forma",), ("manera",), ("modo",))
#: Verbs of lacking, which before the means of showing (:data:`_ABLE_PHRASES`) deny it as a negation
#: does ("Police lacked the evidence to show that he was at the scene"; red team rvq61).
_LACKING = frozenset(["lacked", "lack", "lacks", "lacking"])
#: Words of difficulty a negation before them turns into ease ("had no difficulty proving that",
#: "had no trouble showing that"): the showing is affirmed (red team rvq61).
_DIFFICULTY = frozenset(["difficulty", "difficulties", "trouble", "problem", "problems", "hesitation"])
#: Negations that right before "to"/"zu" and a word of evidence make the showing what someone aims
#: not to do ("I tried not to show that I was gay", "versucht, nicht zu zeigen, dass"): the clause after it is what
#: they hid, no claim denied (the faithful survey's one new alarm of rules 58). Not "nothing to suggest", a denial.
_NOT_TO = frozenset(["not", "never", "nicht", "nie", "niemals"])
#: How many words before the word of evidence the negation may stand ("no clear scientific evidence").
_REACH = 3
_LOOK_BACK = 60
_WORD = re.compile(rf"({WORD})")
#: What parts a negation from the word of evidence: a clause or sentence mark.
_MARK = re.compile(r"[.!?;:,()\u2013\u2014]")
_SENTENCE_MARK = re.compile(r"[.!?:;]")


def unproven_before(original: str, m: re.Match[str], language: str | None) -> tuple[int, int] | None:
    """Where the words "no evidence (that)", "nothing to suggest", "Rien ne prouve que" stand (start,
    end in ``original``), when ``m`` (the word right before a match) is a word of
    :data:`EVIDENCE_WORDS`, or a link (:data:`_LINKS`, at most two: "de que") after one, and a
    negation or a word saying hardly any stands among the :data:`_REACH` words before it in its
    clause."""
    word: re.Match[str] | None = m
    said = fold_word(m.group(1)) in _SAID_LINKS  # "falsely claim that", "affirment à tort que"
    for _ in range(3):  # "darauf hin, dass", "на то, что"
        if word is None or fold_word(word.group(1)) not in _LINKS:
            break
        word = WORD_COMMA_BEFORE.search(original, max(0, word.start() - _LOOK_BACK), word.start())
    if word is None:
        return None
    if said and (fold_word(word.group(1)) in FALSELY or _falsely_pair(original, word)):
        return word.start(1), m.end(1)  # "behaupten fälschlicherweise, dass", "affirment à tort que"
    if (falsely := _falsely_before(original, word)) is not None and (
            said or fold_word(word.group(1)) in REPORTING_WORDS | CLAIMING_VERBS):
        return falsely.start(1), m.end(1)  # "falsely claimed (that)", "fälschlicherweise behauptet"
    if (apart := _falsely_apart(original, word, bare=not said)) is not None:
        # "falsely and repeatedly claimed that", "falsely told reporters that"; with no "that",
        # "falsely told reporters the vote was rigged" (review of rules 41)
        return apart, m.end(1)
    if fold_word(word.group(1)) in REPORTING_WORDS - EVIDENCE_WORDS:
        return None  # ("Nothing suggests that": a word of evidence before it is one of saying)
    evidence = fold_word(word.group(1))
    if evidence[:2] in ("n'", "n\u2019") and evidence[2:] in EVIDENCE_WORDS:
        return word.start(1), m.end(1)  # "Rien n'indique que", "ne prouve": the elided "ne" denies it
    if evidence not in EVIDENCE_WORDS:
        return None
    lo = max(0, word.start() - _LOOK_BACK)
    marks = [x.end() for x in _MARK.finditer(original, lo, word.start())]
    clause = list(_WORD.finditer(original, marks[-1] if marks else lo, word.start()))
    kept = _without_ability(clause)
    before = kept[-_REACH:]
    for i, w in enumerate(before):
        folded = fold_word(w.group(1))
        far_from = folded == "far" and i + 1 < len(before) and fold_word(before[i + 1].group(1)) == "from"
        if folded in _NOT_TO and i + 2 == len(before) and fold_word(before[i + 1].group(1)) in ("to", "zu") and (
                _an_aim(clause, w)):
            continue  # "tried not to show that", "versucht, nicht zu zeigen, dass": an aim, no denial
        if i + 1 < len(before) and fold_word(before[i + 1].group(1)) in _DIFFICULTY:
            continue  # "had no difficulty proving that": ease, the showing affirmed
        if (folded in _HARDLY_ANY or far_from or _failed(before, i) or is_negation(folded, language)
                or folded in _LACKING and i + 1 == len(before) and len(kept) < len(clause)):
            return w.start(1), m.end(1)
    return None


#: Verbs of trying or choosing before "not to" (:func:`_an_aim`).
_AIMING = frozenset(["tried", "try", "tries", "trying", "chose", "choose", "decided", "wanted", "want", "sought",
                     "attempted", "careful", "versucht", "versuchte", "versuchten", "bemüht", "beschloss"])


def _an_aim(clause: list[re.Match[str]], negation: re.Match[str]) -> bool:
    """Whether the "not" of "not to show" is what someone aims at: it opens its clause ("versucht,
    nicht zu zeigen, dass") or follows a verb of trying ("tried not to show that"); "Es gelang den
    Ermittlern nicht zu beweisen, dass" is a denial (red team rvq59)."""
    at = next(i for i, w in enumerate(clause) if w.start() == negation.start())
    return at == 0 or fold_word(clause[at - 1].group(1)) in _AIMING


def _without_ability(clause: list[re.Match[str]]) -> list[re.Match[str]]:
    """The clause's words but the verbs of being able or managing, their auxiliaries and the link
    after them (:data:`_ABLE`) and the phrases of being able (:data:`_ABLE_PHRASES`: "in grado",
    "en mesure"), from the end back to the first other word: a negation before "sono riusciti a"
    or "sono stati in grado di" denies the showing after it as one right before it does."""
    folded = [fold_word(w.group(1)) for w in clause]
    end = len(clause)
    while end:
        phrase = next((p for p in _ABLE_PHRASES if tuple(folded[max(0, end - len(p)):end]) == p), None)
        if phrase is not None:
            end -= len(phrase)  # "in a position", "en mesure", "in der Lage"
        elif folded[end - 1] in _ABLE or folded[end - 1] in _VERB_LINKS and end > 1 and (
                folded[end - 2] in _ABLE or any(tuple(folded[max(0, end - 1 - len(p)):end - 1]) == p
                                                for p in _ABLE_PHRASES)):
            end -= 1
        else:
            break
    return clause[:end] if end < len(clause) and end else clause


def _failed(before: list[re.Match[str]], i: int) -> bool:
    """Whether ``before[i]`` fails or refuses the word of evidence after ``before``: a word of
    :data:`_FAILING` before a link (maybe past a reflexive pronoun: "weigerte sich zu bestätigen"),
    or one of :data:`_FAILING_BARE` right before it ("отказалась подтвердить")."""
    folded = fold_word(before[i].group(1))
    rest = [fold_word(w.group(1)) for w in before[i + 1:]]
    if rest and rest[0] in _REFLEXIVE and folded in _FAILING:
        rest = rest[1:]
    if not rest:
        return folded in _FAILING_BARE
    return folded in _FAILING and rest[0] in _VERB_LINKS


def _falsely_before(original: str, verb: re.Match[str]) -> re.Match[str] | None:
    """The adverb of :data:`FALSELY` right before ``verb`` ("falsely claim"), or the second word of
    one of :data:`FALSELY_PAIRS` ("à tort", "a torto", "zu Unrecht"), or None."""
    adverb = WORD_COMMA_BEFORE.search(original, max(0, verb.start() - _LOOK_BACK), verb.start())
    if adverb is not None and fold_word(adverb.group(1)) in FALSELY:
        return adverb
    return adverb if adverb is not None and _falsely_pair(original, adverb) else None


#: How many words before a "that" an adverb of :data:`FALSELY` may stand when words part it from
#: its verb ("falsely and repeatedly claimed") or its verb from the "that" ("falsely told
#: reporters that", "falsely claimed on Monday that"; rules 41), and how many words may stand
#: between the verb and the "that" (10 since rules 43, for a hearer of :data:`_AFTER_A_HEARER`).
_FALSELY_REACH = 10
_AFTER_THE_VERB = 3
#: Verbs of telling someone, after which the hearer may stand before the "that" or before the
#: clause with no "that" at all ("falsely told a packed rally in Ohio that", "falsely assured
#: investors the drug was safe"; review of rules 41), up to :data:`_AFTER_A_HEARER` words (8 since
#: rules 43: "falsely told a crowd of thousands in Georgia that", 5 rules 42's).
_HEARER_VERBS = frozenset(["told", "tell", "tells", "assured", "assure", "assures", "reassured", "informed",
                           "reminded", "convinced", "persuaded", "warned", "promised"])
_AFTER_A_HEARER = 8
#: Words that part an adverb of :data:`FALSELY` from its verb ("falsely and repeatedly").
_ADVERB_LINKS = frozenset(["and", "or", "und", "et", "y", "e", "и"])
#: Relative pronouns: an adverb after one stands in a relative clause ("Critics who falsely
#: claimed fraud now admit that"), whose verb the "that" after it is not the clause of.
_RELATIVES = frozenset(["who", "which", "that", "whom", "qui", "que", "quien", "quienes", "che", "cui", "der", "die",
                        "das", "welche", "welcher", "который", "которые", "которая"])


def _falsely_apart(original: str, that_word: re.Match[str], bare: bool = False) -> int | None:
    """Where an adverb of :data:`FALSELY` starts when it stands a few words before the word ahead
    of a "that" (``that_word``) in its clause, before a verb of saying (maybe after "and" and
    another adverb in "-ly") that at most :data:`_AFTER_THE_VERB` words part from the "that"
    (:data:`_AFTER_A_HEARER` after a verb of :data:`_HEARER_VERBS`), none of them another verb of
    saying, and not in a relative clause (:data:`_RELATIVES`); or None. ``bare``: no "that"
    follows ``that_word``, which is then the last word of the hearer of a verb of
    :data:`_HEARER_VERBS` ("falsely told reporters the vote was rigged")."""
    lo = max(0, that_word.start() - _LOOK_BACK * 2)
    marks = [x.end() for x in _MARK.finditer(original, lo, that_word.start())]
    clause = list(_WORD.finditer(original, marks[-1] if marks else lo, that_word.end()))[-_FALSELY_REACH:]
    folded = [fold_word(w.group(1)) for w in clause]
    saying = REPORTING_WORDS | CLAIMING_VERBS | _HEARER_VERBS
    for i, w in enumerate(folded[:-1]):
        if w not in FALSELY or (i > 0 and folded[i - 1] in _RELATIVES):
            continue
        j = i + 1
        while j < len(folded) - 1 and (folded[j] in _ADVERB_LINKS or (folded[j].endswith("ly") and folded[j] not in saying)):
            j += 1
        between = folded[j + 1:]
        reach = _AFTER_A_HEARER if folded[j] in _HEARER_VERBS else _AFTER_THE_VERB
        if bare and (folded[j] not in _HEARER_VERBS or not between):
            continue
        if folded[j] in saying and len(between) <= reach and not any(b in saying for b in between):
            return clause[i].start(1)
    return None


def _falsely_pair(original: str, word: re.Match[str]) -> bool:
    """Whether ``word`` ends a two-word adverb of :data:`FALSELY_PAIRS` ("à tort", "a torto", "zu
    Unrecht": wrongly)."""
    firsts = FALSELY_PAIRS.get(fold_word(word.group(1)))
    if firsts is None:
        return False
    before = re.search(r"(\w+)\s+$", original[max(0, word.start(1) - 8):word.start(1)])
    return before is not None and fold_word(before.group(1)) in firsts


def alleged_before(original: str, m: re.Match[str]) -> tuple[int, int, bool] | None:
    """Where the verb of allegation (:data:`ALLEGING_VERBS`) or the claim noun before its "that"
    (:data:`CLAIM_NOUNS`) stands, up to the end of ``m`` (the word right before a match), and
    whether a "that" (or "dass", "que", "de que", or "selon lesquelles" after a claim noun) parts
    it from the match: "allege the", "claims that", "reports that", "rumores de que", "des rumeurs
    selon lesquelles". The caller asks for a clause's verb in the quote
    when there is no "that" ("claimed the title" is no allegation)."""
    according = _ACCORDING_TO_WHICH.search(original, max(0, m.end(1) - _LOOK_BACK), m.end(1))
    if according is not None:  # "des rumeurs selon lesquelles", "voci secondo cui"
        noun = WORD_COMMA_BEFORE.search(original, max(0, according.start() - _LOOK_BACK), according.start())
        if noun is not None and fold_word(noun.group(1)).rsplit("'", 1)[-1] in CLAIM_NOUNS | ACCORDING_NOUNS:
            return noun.start(1), m.end(1), True
        return None
    word: re.Match[str] | None = m
    links = 0
    while word is not None and fold_word(word.group(1)) in _THAT_LINKS and links < 2:
        word = WORD_COMMA_BEFORE.search(original, max(0, word.start() - _LOOK_BACK), word.start())
        links += 1
    if word is None:
        return None
    folded = fold_word(word.group(1)).rsplit("'", 1)[-1]  # "L'affermazione che", "l'idée que"
    if folded in _VERB_TOO and not _a_noun_here(original, word):
        return None  # "The Associated Press reports that": a verb of saying
    if links and folded in HELD_NOUNS:
        if _OPENS_QUOTATION.match(original, m.end(1)):
            return None  # "es de la idea de que “toda iniciativa ...”": the speaker's own words
        english = folded in _ENGLISH_HELD and fold_word(m.group(1)) == "that"  # not "L'idea che", "la idea de que"
        return word.start(1), m.end(1), not english  # "beliefs that drive": asks for a verb
    if links and (folded in ALLEGING_VERBS or folded in CLAIM_NOUNS):
        return word.start(1), m.end(1), True
    if not links and folded in _ENGLISH_ALLEGING and not word.group(1)[:1].isupper():
        return word.start(1), m.end(1), False
    return None


def _a_noun_here(original: str, word: re.Match[str]) -> bool:
    """Whether ``word`` (a claim noun of :data:`_VERB_TOO`) is a noun: at its sentence's start, or
    after a word of :data:`_BEFORE_A_NOUN`."""
    before = WORD_COMMA_BEFORE.search(original, max(0, word.start() - _LOOK_BACK), word.start())
    if before is None or _SENTENCE_MARK.search(original, before.end(), word.start()):
        return True
    return fold_word(before.group(1)) in _BEFORE_A_NOUN
