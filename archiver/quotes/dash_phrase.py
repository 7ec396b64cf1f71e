"""A phrase of place, population or time a dash sets off after a quote's end (quote rules 32).

Rules 28 read a word of restriction, exception or condition after a dash as after a comma ("It
works — only in mice", "— unless", "– sauf"); any other aside after a dash was left unread, so
"It works" of "It works — in mice", "Es wirkt – bei Mäusen", "It works — until the dose rises"
passed. A dash that sets off a preposition and its phrase narrows the claim to a place, a
population or a time as surely as "only" would: the claim the quote states holds there, not
everywhere. Read here:

* a preposition of place or population (:data:`_PREPOSITIONS`: "in", "among", "for", "bei",
  "für", "chez", "dans", "pour", "en", "nei", "sui", "nos"...) and its phrase ("— in children under
  ten", "— for first-time buyers", "– bei älteren Menschen", "— chez les enfants", "— nei topi");
* a preposition of time (:data:`_TIME_PREPOSITIONS`: "during", "after", "seit", "pendant"...)
  and "until" (:data:`archiver.quotes.trail_limit.UNTIL_WORDS`) only after a claim in the
  present ("The bridge stays open — until the repairs begin"): a past claim's date or end is no
  material change (the lead's standing decision);

and not: a phrase with a noun of time or a year, after a claim in the past ("resigned — on the
same day as the vote", "was sold — at the end of the year"); a word of all ("— in every
hospital"), an ordinal ("— for the third time"), "for" and a possessive (a reason: "— for its
people"); a set phrase that comments or links rather than places ("— in fact", "— for example",
"— in other words", "— en effet", "— por ejemplo", and "in a", "in an", a manner as often as
a place: "won — in a landslide", and the same in the other languages, "— dans un", "– in
einem", "— en un": :data:`_IDIOMS`), a year or a weekday or
month that dates the claim ("— in 2019", "— on Monday"), a relative pronoun ("— in which case"),
nor anything but a preposition: a noun phrase in apposition ("— a finding the authors
welcomed"), "— and fast" comment on the claim and leave it whole.

Rules 34: "against" and its kin (what a finding holds against: "effective — against the older
variant"; not "— against her will", "— against the odds"); Spanish "a" before "los", "las" and
Italian "per" before a plural article ("— a los estudiantes", "— per i giovani"; not "— a las
cinco", "— per un guasto"); "through" before a month or a time noun, as "until", after a present
claim. Not a place after a listed past event (:data:`_PAST_EVENTS`: "The film premiered — in
Cannes"), a circumstance like its date. :func:`limiting_phrase` reads a colon's bare phrase too.

Rules 35 extend the list of past events with the commonest events done once in each language
(signed, founded, built, closed, died, presented, "took place" and their kin: "Die Ausstellung
wurde eröffnet – in Berlin", "El acuerdo se firmó — en Lisboa"), rather than read any past
verb: a general test would also pass acts whose place is their reach ("was approved — in
Europe", "was banned — in France", "was released — in France": a market or a law's land) and
findings ("worked", "rose", "grew"), which stay read. Events of many (a bare plural, "many":
"Schools closed — in Texas") are still read: their place is their share. The place of one event
that goes on ("The talks continue — in Geneva", "Le procès se poursuit — à Paris") is where it
is held, no limit; a spread that goes on ("The fighting continues — in the north") is read.

Rules 37: French "à", Italian "a", "ai", "alle", Portuguese "no", "na" before a place's name
(:data:`_BEFORE_A_NAME`) are read as "in" ("Les écoles ont fermé — à Paris"); a capitalised
"-s" word over a rare stem is a name, not a plural ("James died — in Paris": one event done once).
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import CALENDAR_WORDS, TIME_SPAN_NOUNS, guess_language
from archiver.quotes.request_occasion import occasion
from archiver.quotes.wordlist import is_word, word_count

#: Below this count in the English list's corpus a word is rare (half the list's words stand at
#: its floor, 50): a capitalised "-s" word over a rare stem is a name ("James", quote rules 37).
_RARE = 100

#: Prepositions of place or population a dash may set off after a quote's end. Not English
#: "to", "with", "by" (a manner or an agent as often), Portuguese "no", "na" (English "no").
_PREPOSITIONS = frozenset([
    "in", "among", "amongst", "for", "at", "on", "within", "inside", "outside", "under", "across",
    "bei", "beim", "für", "im", "unter", "innerhalb", "außerhalb",
    "chez", "dans", "pour", "en", "parmi", "sous", "au", "aux",
    "sur",  # "— sur Mars", as "— on Mars", "— sul campo" (rules 43)
    "entre", "para",
    "nei", "nel", "negli", "nelle", "nella", "tra", "fra",
    # "— sui topi" (review of rules 32); not "per", a cause as often ("— per un guasto", "— per lavori")
    "sui", "sugli", "sulle", "sulla", "sul",
    "em", "nos", "nas",
    # what a finding holds against (rules 34: "effective — against the older variant", "— contre
    # l'ancien variant"); not "— against his will", "— against the odds"
    "against", "gegen", "contre", "contra", "contro",
])
#: Prepositions read only before the words that make them a population (rules 34): Spanish "a"
#: before "los", "las" ("— a los estudiantes"; not "— a las cinco", a time), Italian "per" before
#: a plural article ("— per i giovani"; not "— per un guasto", a cause, review of rules 32).
_BEFORE_ARTICLE = {"a": frozenset(["los", "las"]), "per": frozenset(["i", "gli", "le"])}
#: Prepositions of place read only before a name written with a capital, as "in" (quote rules 37:
#: "Les écoles ont fermé — à Paris", "Le scuole hanno chiuso — a Milano", "As escolas fecharam —
#: no Porto", as "The schools closed — in Texas"); not before a word in lower case, where French
#: "à" and Italian "a", "ai", "alle" open set phrases, a time, a manner or whom a thing is for
#: ("— à la fois", "— à midi", "— a lungo", "— ai miei figli"), nor Portuguese "no", "na" after
#: an English quote ("— no Exceptions"), Italian "a" after a Spanish, Portuguese or
#: English one (Spanish "a Madrid" is where someone went).
_BEFORE_A_NAME = frozenset(["à", "a", "ai", "agli", "alle", "alla", "allo", "no", "na"])
#: Holidays a capital names after "à", "a" ("— à Noël", "— a Natale"): a time, not a place.
_HOLIDAYS = frozenset(["noël", "pâques", "natale", "pasqua", "capodanno", "natal", "páscoa", "toussaint", "ferragosto"])
#: Number words after "a las", "a los" that make it a time ("— a las cinco").
_NUMBER_WORDS = frozenset(["una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once",
                           "doce"])
#: Past events whose place is a circumstance like their date (rules 34: "The film premiered — in
#: Cannes", "The minister spoke — in French", "The band toured — across Europe"), by the quote's
#: last word (or its last two: "was born"); not a finding or an effect ("worked", "reduced", "was
#: effective", "rose": the place it held in limits it), nor anything not listed ("was banned — in
#: France", "was sold — in Europe": where is the claim).
_PAST_EVENTS = frozenset([
    "premiered", "debuted", "opened", "spoke", "performed", "played", "toured", "sang", "met", "married", "born",
    "studied", "travelled", "traveled", "landed", "arrived", "testified", "lectured", "exhibited",
    "filmed", "gathered", "celebrated", "retired", "settled", "campaigned", "preached", "competed",
    "staged", "screened", "held",
    # the other languages' past events whose place is a circumstance ("Der Film lief – in Cannes",
    # "fand statt", "wurde geboren", "est née", "nació", "nasceu", "è nato")
    "lief", "statt", "sprach", "geboren", "heiratete", "né", "née", "nés", "nées", "projeté", "projetée",
    "nació", "nacieron", "estrenó", "nasceu", "nasceram", "estreou", "nato", "nata", "nati", "debuttò",
    # rules 35: the commonest events done once, whose place is where they were done (a signing, a
    # founding, a building, an opening or closing, a death, an arrest, a presentation), in each
    # language's past and participle ("The clinic closed — in Boston", "Le film a été présenté —
    # à Cannes", "Die Ausstellung wurde eröffnet – in Berlin", "El acuerdo se firmó — en Lisboa",
    # "O acordo foi assinado — em Lisboa"); not an act whose place is its reach, a market or a law's
    # land ("was approved", "was banned", "was released", "was sold", "was launched — in Europe")
    "signed", "founded", "built", "closed", "died", "arrested", "inaugurated", "presented", "unveiled",
    "convened", "crashed", "occurred", "happened", "buried",
    "unterzeichnet", "unterschrieben", "gegründet", "gebaut", "eröffnet", "gestorben", "verhaftet", "festgenommen",
    "vorgestellt", "eingeweiht", "starb", "gründete",
    "signé", "signée", "signés", "fondé", "fondée", "construit", "construite", "inauguré", "inaugurée", "présenté",
    "présentée", "présentés", "mort", "morte", "décédé", "décédée", "arrêté", "arrêtée", "ouvert", "ouverte",
    "fermé", "fermée",
    "firmó", "firmado", "firmada", "fundó", "fundado", "fundada", "construido", "construida", "inauguró",
    "inaugurado", "inaugurada", "murió", "celebró", "celebrada", "celebrado", "detenido", "detenida", "presentado",
    "presentada", "presentó", "abrió", "cerró",
    "assinado", "assinada", "assinou", "fundou", "construído", "construída", "inaugurou", "morreu", "realizado",
    "realizada", "realizou", "apresentado", "apresentada", "apresentou", "abriu", "fechou",
    "firmato", "firmata", "fondato", "fondata", "costruito", "costruita", "inaugurato", "inaugurata", "morto", "morta",
    "morì", "presentato", "presentata", "presentati", "arrestato", "arrestata", "tenuto", "tenuta", "aperto", "chiuso",
    # "happened", "occurred", "was held" in the other languages, as in English (review of rules 35)
    "aconteceu", "ocorreu", "ocurrió", "sucedió", "avvenne", "avvenuto", "avvenuta", "accadde", "accaduto",
    "accaduta", "svolto", "svolta", "tenu", "tenue", "produit", "produite", "geschah", "ereignete",
])
#: Pairs that end a quote with a past event of two words ("took place", "a eu lieu", "tuvo lugar").
_PAST_EVENT_PAIRS = frozenset([("took", "place"), ("eu", "lieu"), ("tuvo", "lugar"), ("teve", "lugar"),
                               ("ebbe", "luogo"), ("fand", "statt")])
#: Bare plural subjects and words of quantity that make the event many, its place their share
#: ("Schools closed — in Texas", "Many clinics closed — in rural areas"): still read.
_MANY = frozenset(["many", "most", "some", "several", "few", "all", "hundreds", "thousands", "dozens", "viele",
                   "einige", "mehrere", "beaucoup", "plusieurs", "certains", "certaines", "muchos", "muchas", "varios",
                   "varias", "molti", "molte", "alcuni", "alcune", "vários", "várias", "muitos", "muitas"])
#: Plural articles opening a Romance quote ("Les écoles", "Los bancos", "Gli ospedali", "Os bancos"):
#: events of many, as an English bare plural (review of rules 35; not "le", "i", "as": a singular
#: or an English word elsewhere).
_PLURAL_ARTICLES = frozenset(["les", "des", "los", "las", "gli", "os"])
#: Italian "le" and "i", plural only before a noun in "-e"/"-i" and an Italian plural verb ("Le
#: scuole hanno chiuso", "I negozi sono stati chiusi"; quote rules 38): French "le" is singular
#: ("Le film a été présenté") and English "I" a pronoun.
_ITALIAN_PLURAL_ARTICLES = frozenset(["le", "i"])
_ITALIAN_PLURAL_VERBS = frozenset(["hanno", "sono", "furono", "vennero", "erano", "avevano"])
_ITALIAN_PLURAL_PASTS = ("arono", "erono", "irono")
#: English determiners before a subject ("The schools closed", "Its two stores closed", "Both
#: plants closed"): its noun, if plural, makes the event many (review of rules 35).
_DETERMINERS = frozenset(["the", "its", "their", "his", "her", "our", "these", "those", "both", "two", "three",
                          "four", "five", "six", "seven", "eight", "nine", "ten"])
#: Ongoing events held in one place ("The talks continue — in Geneva": where they are held, no
#: share of them left out; rules 35), by their noun and their verb of going on; not a spread
#: ("The fighting continues — in the north", "The protests go on — in Leipzig": their place is
#: where it goes on and not elsewhere).
_ONE_PLACE_EVENTS = frozenset(["talks", "negotiations", "trial", "hearing", "hearings", "summit", "conference",
                               "meeting", "inquiry", "festival", "gespräche", "verhandlungen", "prozess", "gipfel",
                               "konferenz", "négociations", "pourparlers", "procès", "sommet", "conférence",
                               "negociaciones", "conversaciones", "juicio", "cumbre", "conferencia", "negoziati",
                               "trattative", "processo", "vertice", "conferenza", "negociações", "julgamento",
                               "cimeira", "cúpula", "conferência"])
_GOING_ON = frozenset(["continue", "continues", "resume", "resumes", "went", "weiter", "fort", "poursuivent",
                       "poursuit", "continuent", "continue", "reprennent", "reprend", "continúan", "continúa",
                       "prosiguen", "sigue", "siguen", "continuano", "continua", "proseguono", "prosegue",
                       "continuam", "prosseguem", "decorre", "decorrem"])
#: Prepositions of place whose phrase such an event's place is.
_PLACE_PREPOSITIONS = frozenset(["in", "at", "on", "across", "within", "inside", "outside", "against", "im", "dans", "à",
                                 "au", "en", "em", "nel", "nella", "a"])
#: Nouns of a part of a town or a land ("— in the 11th arrondissement", "— in the north").
_PARTS = frozenset(["district", "arrondissement", "quarter", "neighbourhood", "neighborhood", "suburb", "suburbs",
                    "borough", "centre", "center", "north", "south", "east", "west", "outskirts", "bezirk", "viertel",
                    "stadtteil", "norden", "süden", "osten", "westen", "quartier", "banlieue", "nord", "sud", "est",
                    "ouest", "barrio", "distrito", "norte", "sur", "bairro", "quartiere", "zona", "periferia"])
#: Prepositions of place that end a quote before a name ("She lives in Berlin"): a dash's place
#: after it names a part of that place ("— in Kreuzberg"), no limit of the claim (rules 34).
_NAMED_PLACE = re.compile(r"\b(?:in|at|à|au|dans|en|em|im|a)[ \t\u00a0\u202f]+(?:[A-ZÀ-Ý][^\W\d_]*[ \t\u00a0\u202f-]*){1,3}[^\w]*$")
#: Prepositions of time: read only after a claim in the present.
_TIME_PREPOSITIONS = frozenset(["during", "after", "before", "since", "während", "nach", "vor", "seit", "pendant",
                                "après", "avant", "depuis", "durante", "después", "antes", "desde", "dopo", "prima",
                                "depois", "fino"])  # "— fino all'inizio dei lavori" (review of rules 32)
#: Set phrases (a preposition and the word after it) that comment on the claim or link it to
#: what follows, no place, population or time it holds in.
_IDIOMS = frozenset([
    ("in", "fact"), ("in", "short"), ("in", "turn"), ("in", "other"), ("in", "particular"), ("in", "general"),
    ("in", "a"), ("in", "an"), ("on", "a"), ("on", "an"), ("in", "addition"), ("in", "contrast"), ("in", "response"), ("in", "return"), ("in", "sum"), ("in", "total"),
    ("in", "any"), ("in", "effect"), ("in", "brief"), ("in", "essence"), ("in", "vain"),
    ("in", "all"), ("at", "last"), ("at", "once"), ("at", "all"), ("at", "first"), ("for", "example"),
    ("for", "instance"), ("for", "good"), ("for", "sure"), ("for", "ever"), ("for", "once"), ("for", "what"), ("on", "top"), ("on", "purpose"), ("under", "pressure"),
    ("im", "gegenteil"), ("im", "übrigen"), ("im", "grunde"), ("für", "immer"), ("in", "wahrheit"),
    ("en", "effet"), ("en", "fait"), ("en", "revanche"), ("en", "outre"), ("en", "bref"), ("en", "somme"),
    ("en", "tout"), ("en", "particulier"), ("en", "plus"), ("en", "général"), ("pour", "autant"),
    ("pour", "sûr"), ("pour", "toujours"), ("en", "efecto"), ("en", "cambio"), ("en", "fin"), ("en", "realidad"),
    ("en", "resumen"), ("en", "todo"), ("para", "colmo"), ("para", "siempre"), ("entre", "otras"),
    ("entre", "otros"), ("entre", "autres"), ("in", "effetti"), ("in", "realtà"), ("in", "particolare"),
    ("in", "genere"), ("in", "fondo"), ("tra", "l'altro"), ("per", "esempio"), ("em", "suma"), ("em", "geral"),
    ("em", "particular"), ("em", "vez"),
    # "in a", "in an" in the other languages (review of rules 32: "— dans un nouveau bâtiment",
    # "– in einem kleinen Dorf", "— en un barrio humilde", "— in una nuova sede" as "— in a new building")
    ("in", "einem"), ("in", "einer"), ("dans", "un"), ("dans", "une"), ("en", "un"), ("en", "una"), ("en", "une"),
    ("in", "un"), ("in", "una"), ("in", "uno"), ("em", "um"), ("em", "uma"),
    ("per", "sempre"), ("per", "caso"), ("per", "fortuna"), ("per", "questo"), ("per", "niente"), ("per", "nulla"),
    ("per", "forza"), ("sul", "serio"),
])
#: Set phrases of three words ("— pour de bon", "— pour de vrai": "for good", "for real"; review of
#: rules 32).
_IDIOMS_OF_THREE = frozenset([("pour", "de", "bon"), ("pour", "de", "vrai"), ("against", "the", "odds"),
                              ("against", "the", "clock"), ("against", "the", "grain"), ("against", "the", "wind"),
                              ("against", "the", "tide"), ("gegen", "den", "strom"), ("contre", "toute", "attente"),
                              ("contra", "todo", "pronóstico"), ("contro", "ogni", "previsione")])
#: Words after the preposition that open a relative clause ("— in which case"), or that date
#: the claim ("— on Monday", "— in March": the month and weekday names of
#: :data:`archiver.quotes.lexicon.CALENDAR_WORDS`; a capitalised one only of
#: :data:`_CAPITALISED_CALENDAR`).
_NOT_A_PLACE = frozenset([
    "which", "whom", "whose", "what", "lequel", "laquelle", "lesquels", "lesquelles", "quoi", "qui", "que", "cui",
    "cual", "cuales", "quien", "quienes", "dem", "denen", "welchem", "welcher",
]) | CALENDAR_WORDS
#: Month and weekday names that English and German write with a capital. The other covered
#: languages write theirs in lowercase, so a capitalised "Mars", "Mayo", "Domingo" after a dash is
#: a name ("— on Mars", "— in Mayo", "— em Domingos Martins") and a lowercase one a date ("— en
#: mars", "— en mayo"); rules 41 left out "mars" and "mayo" by hand, which made "— en mars", "— en
#: mayo" places (review of rules 41).
_CAPITALISED_CALENDAR = frozenset([
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "montag", "dienstag", "mittwoch",
    "donnerstag", "freitag", "samstag", "sonntag",
])
#: How many words of the phrase are read for a time noun, a word of all, an ordinal.
_HEAD_WORDS = 4
#: Nouns of time that make a phrase a date ("— on the same day", "— at the end of the year", "— in
#: the middle of the night"): read only after a claim in the present.
#: The spans of :data:`archiver.quotes.lexicon.TIME_SPAN_NOUNS` are among them (one list, not two
#: that drift apart: review of rules 41), but for words that name other things after a preposition
#: too ("— in the second round", "— in minute amounts", "— in the Latin Quarter", "— in iron ore", Italian "ora", now).
_TIME_NOUNS = frozenset([
    "night", "nights", "morning", "evening", "afternoon", "end", "middle", "beginning", "start", "time", "moment",
    "season", "summer", "winter", "spring", "autumn", "weekend", "century", "noon", "midnight", "dawn", "dusk",
    "tag", "tage", "nacht", "jahr", "jahre", "jahren", "ende", "anfang", "woche", "wochen", "morgen", "abend",
    "monat", "zeit", "sommer", "winter",
    "nuit", "fin", "début", "matin", "soir", "été", "hiver",
    "noche", "final", "principio", "mañana", "tarde", "verano", "invierno", "notte", "fine", "inizio", "estate",
    "noite", "fim", "início", "verão",
]) | frozenset().union(*TIME_SPAN_NOUNS.values()) - frozenset(["second", "minute", "quarter", "quarters", "ora", "ore"])
#: Words of all that make a phrase no limit ("— in every hospital", "— bei allen Patienten").
_ALL = frozenset(["every", "all", "each", "any", "jeder", "jede", "jedem", "jeden", "alle", "allen", "tous", "toutes",
                  "chaque", "todos", "todas", "cada", "ogni", "tutti", "tutte"])
#: Words that join the phrase's times into the whole year ("— in summer and winter alike", rules 34).
_ALIKE = frozenset(["alike", "gleichermaßen", "pareillement", "igualmente", "ugualmente"])
#: Ordinals that make a phrase a count of times ("— for the third time").
_ORDINALS = frozenset(["first", "second", "third", "fourth", "fifth", "last", "next", "erste", "ersten", "zweiten",
                       "letzten", "première", "premier", "dernière", "primera", "primero", "última", "prima",
                       "ultima", "primeira",
                       # "— per i prossimi due anni": a span of time (rules 34)
                       "prossimi", "prossime", "ultimi", "ultime", "próximos", "últimos"])
#: "for" and a possessive give a reason ("I love this city — for its people"); "against" and a
#: possessive a will ("— against his will", rules 34).
_FOR = frozenset(["for", "für", "pour", "para", "per", "against", "gegen", "contre", "contra", "contro"])
_POSSESSIVES = frozenset(["its", "his", "her", "their", "our", "my", "your", "seine", "seinen", "ihre", "ihren",
                          "son", "sa", "ses", "leur", "leurs", "su", "sus", "suo", "sua", "seu", "sua"])
#: Nouns of reason after "for" ("— for lack of funds", "— for fear of reprisals", "— for safety
#: reasons", "— pour manque de", "— pour des raisons de", "— for repairs"; review of rules 32):
#: why, not for whom.
_REASONS = frozenset(["lack", "fear", "want", "reason", "reasons", "manque", "faute", "raison", "raisons", "crainte",
                      "peur", "mangel", "angst", "gründen", "mancanza", "paura", "motivi", "motivo", "falta",
                      "miedo", "motivos", "razones", "medo", "razões",
                      # a closure's cause: "closed — for repairs", "fermé — pour travaux"
                      "repairs", "repair", "maintenance", "renovation", "renovations", "works", "travaux", "rénovation",
                      "entretien", "obras", "reformas", "mantenimiento", "lavori", "manutenzione", "reforma",
                      "manutenção"])
#: Articles before an Italian or Portuguese possessive ("— per la sua gente", "— para a sua").
_ARTICLES = frozenset(["il", "la", "i", "le", "lo", "gli", "a", "o", "os", "as"])
_DASHES = frozenset(["\u2013", "\u2014", "-"])
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d(?:s|er)?$")


#: The nouns of a condition of access by their preposition, in each covered language: what a claim
#: holds "on request", "by appointment", "auf Anfrage", "nach Vereinbarung", "sur demande", "sur
#: rendez-vous", "a petición", "previa cita", "su richiesta", "a pedido", "по запросу" holds only
#: for who asks. Rules 43 read French "sur" and English "on" as prepositions of place, so "— sur
#: demande" and "— on request" were altered while "– auf Anfrage", "— su richiesta", "— a
#: petición", "— a pedido", "— by appointment" were exact (red team q44): now each is a limit.
_ON_REQUEST: dict[str, frozenset[str]] = {
    "on": frozenset(["request", "application", "appointment"]),  # not "demand": "rose on strong demand", a cause
    # "at the request of", "à la demande de" (review of rules 47): a request made by someone, whose
    # occasion or condition is read as "on request of" is (:func:`request_after`)
    "at": frozenset(["request", "behest", "instigation", "invitation"]),
    "à": frozenset(["demande", "requête"]),
    "upon": frozenset(["request", "application", "appointment"]),
    "by": frozenset(["request", "appointment", "arrangement", "reservation", "prescription"]),
    "auf": frozenset(["anfrage", "nachfrage", "wunsch", "antrag", "bestellung", "verlangen", "rezept"]),
    "nach": frozenset(["vereinbarung", "absprache", "anmeldung", "voranmeldung", "terminvereinbarung"]),
    "sur": frozenset(["demande", "rendez-vous", "réservation", "inscription", "commande", "ordonnance", "requête"]),
    "a": frozenset(["petición", "demanda", "pedido", "richiesta", "solicitud", "encomenda"]),
    "bajo": frozenset(["petición", "demanda", "pedido", "solicitud", "encargo", "reserva"]),
    "previa": frozenset(["cita", "solicitud", "petición", "reserva", "inscripción", "prenotazione", "richiesta",
                         "receta"]),
    "con": frozenset(["cita", "reserva", "receta"]),
    "por": frozenset(["encargo", "encomenda"]),
    "su": frozenset(["richiesta", "prenotazione", "appuntamento", "domanda", "ordinazione", "ricetta"]),
    "mediante": frozenset(["pedido", "agendamento", "marcação", "reserva", "solicitação", "receita"]),
    "sob": frozenset(["pedido", "consulta", "encomenda", "demanda", "marcação", "receita"]),
    "по": frozenset(["запросу", "заявке", "записи", "требованию", "рецепту", "предварительной"]),
}
#: How many words after the preposition are read for the noun ("on written request", "sur simple
#: demande", "auf schriftliche Anfrage"; "at the urgent request of", "at the express request of":
#: three, review of rules 48, red team rvq51, where "at" was read as a place's after a dash).
_REQUEST_REACH = 4


def request_after(phrase: list[str]) -> int | None:
    """Where the request's noun stands in ``phrase`` (folded words) when it opens with a phrase of
    :data:`_ON_REQUEST` ("on request", "at the request of", "à la demande de"), or None."""
    nouns = _ON_REQUEST.get(phrase[0]) if phrase else None
    return next((i for i, w in enumerate(phrase[1:_REQUEST_REACH], 1) if nouns is not None and w in nouns), None)


def on_request(phrase: list[str], quote_text: str) -> bool:
    """Whether ``phrase`` (folded words) opens with a condition of access (:data:`_ON_REQUEST`)
    that limits the claim of ``quote_text``, not the occasion of a deed ("bestätigte den Rücktritt
    auf Anfrage", "si è dimesso su richiesta del premier": :func:`archiver.quotes.request_occasion.occasion`)."""
    at = request_after(phrase)
    return at is not None and not occasion(quote_text, phrase[at + 1:])


#: A dash set off by spaces inside the quote: the dash after it closes that aside.
_DASH_INSIDE = re.compile(r"(?:^|\s)(?:[\u2013\u2014-]|--)(?:\s|$)")


def dash_phrase(quote_text: str, mark: str, phrase: list[str], present: bool, until: bool, named: bool = False) -> bool:
    """Whether ``phrase`` (the first words after the dash ``mark`` that sets off what follows a
    quote's end, folded; ``quote_text``, the quote's last part as written) opens a phrase of
    place, population or time that limits its claim: ``present`` says the quote states a claim
    in the present, ``until`` that the phrase's first word is one of "until", "bis", "jusqu'à",
    ``named`` that its second word is written with a capital (a name: "— in Kreuzberg").
    Not after a quote that holds a dash of its own: the dash after it closes that aside ("put
    ourselves out there – not knowing what we'd find – in an effort to", the edge bench)."""
    if not any(c in _DASHES for c in mark) or "(" in mark or "[" in mark or _DASH_INSIDE.search(quote_text):
        return False
    return limiting_phrase(phrase, present, until, quote_text, named)


def limiting_phrase(phrase: list[str], present: bool, until: bool, quote_text: str, named: bool = False) -> bool:
    """Whether ``phrase`` (folded words set off after a quote's end) is a phrase of place,
    population or time that limits the claim of ``quote_text`` (:func:`dash_phrase`; a colon's
    bare phrase, :func:`archiver.quotes.colon_limit.limit_after_colon`, rules 34)."""
    if len(phrase) < 2:
        return False
    if request_after(phrase) is not None:
        # "free: on request" after a colon (a dash's is read first: trail_limit._limiting_word); the
        # occasion of a deed is no place ("resigned — at the request of the president": "at" was
        # read as a place's preposition, review of rules 47)
        return on_request(phrase, quote_text)
    folded, next_word = phrase[0], phrase[1]
    if named and folded in _BEFORE_A_NAME and _reads_as(folded, quote_text):
        folded = "in"  # "Les écoles ont fermé — à Paris", "— a Milano", "— no Porto" (quote rules 37)
    if folded == "through" and any(w in _TIME_NOUNS or w in _NOT_A_PLACE or _YEAR.match(w) for w in phrase[1:3]):
        return present  # "The museum is closed — through March" (rules 34); not "— through the tunnel"
    if folded in _BEFORE_ARTICLE:
        if next_word not in _BEFORE_ARTICLE[folded] or phrase[2:3] and phrase[2] in _NUMBER_WORDS:
            return False  # "— per un guasto", "— a las cinco"
        folded = "para" if folded == "a" else "per"  # read on as a preposition of population
    elif folded in _PLACE_PREPOSITIONS and not present and _past_event(quote_text):
        return False  # "The film premiered — in Cannes": a past event's place, like its date
    elif folded in _PLACE_PREPOSITIONS and _ongoing_in_one_place(quote_text):
        return False  # "The talks continue — in Geneva": where the one event goes on (rules 35)
    if folded in _PLACE_PREPOSITIONS and (named or any(w in _PARTS for w in phrase[1:_HEAD_WORDS])) and (
            _NAMED_PLACE.search(quote_text) is not None):
        return False  # "She lives in Berlin — in Kreuzberg": a part of the place the quote names
    head = phrase[:_HEAD_WORDS]
    if until or folded in _TIME_PREPOSITIONS:
        return present  # "— until the dose rises"
    if any(w in _ALIKE for w in phrase) and any(w in _TIME_NOUNS for w in phrase):
        return False  # "open — in summer and winter alike": no season left out; not "in mice and rats alike"
    if (folded not in _PREPOSITIONS and folded != "per") or (folded, next_word) in _IDIOMS or _not_a_place(next_word, named) or (
            tuple(phrase[:3]) in _IDIOMS_OF_THREE):
        return False
    if any(w in _TIME_NOUNS or w in _HOLIDAYS or _YEAR.match(w) for w in head):
        return present  # not "resigned — on the same day as the vote"
    # not "— in every hospital", "— for the third time", "— for its people"
    if folded in _FOR and any(w in _REASONS for w in head):
        return False  # "— for lack of funds", "— pour des raisons de sécurité" (review of rules 32)
    possessive = next_word in _POSSESSIVES or (next_word in _ARTICLES and phrase[2:3] and phrase[2] in _POSSESSIVES)
    return not (any(w in _ALL or w in _ORDINALS for w in head) or (folded in _FOR and bool(possessive)))


def _not_a_place(word: str, capitalised: bool) -> bool:
    """Whether ``word`` (folded; ``capitalised``: written with a capital) after the preposition is
    of :data:`_NOT_A_PLACE`, a capitalised month or weekday name only if English or German
    capitalise it (:data:`_CAPITALISED_CALENDAR`)."""
    if capitalised and word in CALENDAR_WORDS and word not in _CAPITALISED_CALENDAR:
        return False  # "— on Mars", "— in Mayo": names; "— en mars", "— en mayo": dates
    return word in _NOT_A_PLACE


_LAST_WORDS = re.compile(r"([^\W\d_]+)[^\w]*$")


_QUOTE_WORDS = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


def _past_event(quote_text: str) -> bool:
    """Whether ``quote_text`` ends with a past event of :data:`_PAST_EVENTS` ("The film
    premiered", "He was born") or :data:`_PAST_EVENT_PAIRS` ("took place"), not one of many (a
    bare plural or a word of quantity opening it: :func:`_many`)."""
    raw = _QUOTE_WORDS.findall(quote_text)
    words = [w.casefold() for w in raw]
    if not words or _many(words, {w.casefold() for w in raw if w[:1].isupper()}):
        return False
    return words[-1] in _PAST_EVENTS or tuple(words[-2:]) in _PAST_EVENT_PAIRS


def _many(words: list[str], capitalised: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether the quote's words (folded) open with a word of quantity or an English bare plural
    ("Schools closed", "Many clinics closed"; a plural whose singular is an English word, not a
    name: "James died", "Paris hosted"; ``capitalised``: the words written with a capital,
    :func:`_plural`): events of many, whose place is their share."""
    first = words[0]
    if first in _MANY or (first in _PLURAL_ARTICLES and len(words) > 2):
        return True  # "Les écoles ont fermé", "Los bancos cerraron" (review of rules 35)
    if first in _ITALIAN_PLURAL_ARTICLES and len(words) > 2 and words[1].endswith(("e", "i")) and (
            words[2] in _ITALIAN_PLURAL_VERBS or words[2].endswith(_ITALIAN_PLURAL_PASTS)):
        return True  # "Le scuole hanno chiuso", "I negozi hanno chiuso" (quote rules 38)
    if first in _DETERMINERS and len(words) > 2:
        nouns = [w for w in words[1:-1] if not w.endswith(("'s", "\u2019s"))]  # "The company's stores closed"
        return bool(nouns) and _plural(nouns[0], nouns[0] in capitalised)  # "The schools closed", "Two clinics closed" (review of rules 35)
    return len(words) >= 2 and _plural(first, first in capitalised)


def _plural(word: str, capitalised: bool = False) -> bool:
    """Whether ``word`` (folded) is an English plural: its singular is an English word ("schools",
    "churches", "factories"), and no name ending in s ("James", "Paris"). Written with a capital
    (``capitalised``), a word whose stem the English list holds only as a rare word, less often
    than the word itself, is a name ("James", "jame"; "Wales", "wale"; quote rules 37), not a
    plural ("Apples", "Banks": their stems are common words)."""
    if not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return False
    stem = word_count(word[:-1], "en")
    if capitalised and 0 < stem < _RARE and stem < word_count(word, "en"):
        return False  # "James died — in Paris": a name (quote rules 37); not "Churches" (no "churche")
    return is_word(word[:-1], "en") or (word.endswith(("ches", "shes", "xes", "zes", "sses")) and is_word(
        word[:-2], "en")) or (word.endswith("ies") and is_word(word[:-3] + "y", "en"))  # "factories"


def _reads_as(folded: str, quote_text: str) -> bool:
    """Whether ``folded``, a word of :data:`_BEFORE_A_NAME` after a dash, is a preposition of place
    in the language of ``quote_text``: French "à" always; Italian "a", "ai"... and Portuguese
    "no", "na" only when the quote's last word is no English word and, for "a", the quote does
    not read as Spanish or Portuguese (quote rules 37)."""
    if folded == "à":
        return True
    words = [w.casefold() for w in _QUOTE_WORDS.findall(quote_text)]
    if not words or is_word(words[-1], "en"):
        return False
    return folded != "a" or guess_language(quote_text) not in ("es", "pt")


def _ongoing_in_one_place(quote_text: str) -> bool:
    """Whether ``quote_text`` states that one event held in one place goes on (:data:`_ONE_PLACE_EVENTS`
    before a verb of :data:`_GOING_ON` that ends the quote: "The talks continue", "Le procès se
    poursuit", "Die Verhandlungen gehen weiter")."""
    words = [w.casefold() for w in _QUOTE_WORDS.findall(quote_text)]
    return len(words) >= 2 and words[-1] in _GOING_ON and any(w in _ONE_PLACE_EVENTS for w in words[:-1])
