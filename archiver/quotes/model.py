"""The values a quote verification returns: plain frozen dataclasses with a stable dict form.

The CLI (``archiver verify-quote``), the provenance log entry and the receipt are all built
from :meth:`QuoteResult.to_dict`, so its keys are stable, snake_case, and never missing
(absent values are ``None`` or ``[]``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

EXACT = "exact"
NORMALIZED = "normalized"
APPROXIMATE = "approximate"
ALTERED = "altered"
NOT_FOUND = "not_found"

#: Best first. A verdict earlier in this tuple is a better answer for the quote.
VERDICTS: tuple[str, ...] = (EXACT, NORMALIZED, APPROXIMATE, ALTERED, NOT_FOUND)

#: The version of the rules that decide a verdict (normalisations, what is material, bracket and
#: ellipsis policy), logged with every ``quote_verification`` entry (``quote_rules``). A verdict
#: is re-derived later (``verify-bundle``) and a re-run that disagrees fails, unless the rules
#: differ: then the check is not concluded, since a stricter rule is no sign of tampering. Bump it
#: with every change that can turn one verdict into another (NORMALIZER_VERSION's changes
#: included). Entries from before it was logged have none. Rules 1-32: the README's "History of
#: quote rules 1-32" (under ``verify-quote``: verdicts), moved there word for word at rules 44.
#: Rules 33-38 (", wenn auch", "— dans un", "— sui", duties after "charged with", phrases a
#: closing "only" ends, "against" and "through" after a dash, a colon's bare phrase, past openers,
#: past events, "à"/"a"/"no" before a place after a dash, Italian "Le"/"I" plurals): the README's
#: quote-rules entries.
#: Rules 39 (red team q39): a claim in the present or future cut before a deadline ("by 2050",
#: "within ten years", "d'ici", "entro", "binnen") or an "until" after a Romance future
#: ("resteront ... jusqu'en mars") or in Italian ("fino a") and Russian ("до") is altered
#: (archiver/quotes/time_bound.py); "falsely claim (that)", any verb between "wrongly"/"à tort"/
#: "fälschlicherweise" and its "that" calls the quote false; an opening attribution to an
#: unconfirmed source ("According to unconfirmed reports, ") is cut off as a rumour stated as
#: fact (lead_attribution.py); a capitalised pronoun of any covered language ("Él", "Er") is no
#: name a bracketed subject replaces ("[El ministro] dimitió": normalized), and a bracket whose
#: article has the other gender than the pronoun names someone else ("[El ministro]" for "Ella").
#: Rules 40 (red team rvq39): deadlines in more words ("no later than", "before 2028", "by Friday",
#: "spätestens", "au plus tard", "a más tardar", "не позднее") and after a comma are altered; more
#: doubted sources ("unofficial", "anónimas", "Stando a"), not "No Labels" or "Alcoholics Anonymous";
#: "incorrectly", "a torto", "zu Unrecht" call a clause false; "[Le ministre]" for "Elle" is altered;
#: "Ella", "Lei" in an English passage are names (time_bound.py, lead_attribution.py, brackets.py).
#: Rules 41 (the rules-40 review): a limit after a quote ending in a negation ("n'ouvrira pas" of
#: "... avant lundi"); a German present ("sinkt", "schließt") and a Russian non-past ("откроют")
#: before a deadline; a span from now ("in two years", "dans deux ans", "через два года"); "para
#: 2000 familias" no year; a doubted source without its comma ("Unconfirmed reports say", "Rumour
#: has it that", "Berichten zufolge"); "falsely" a few words from its verb or its "that"; "Lui",
#: Portuguese "o"/"a", German "die" in a bracket against the other gender; "-ront" only in French.
#: Rules 42 (the rules-41 review): a capitalised month of a language writing months in lowercase
#: is a name after a dash ("— on Mars", "— in Mayo"), a lowercase one a date ("— en mars", "— en
#: mayo"); a German present after an adjective, no present in a prefixed strong past ("verließen",
#: "beriet", "verbot"); a Russian subject noun ending as a past ("Правила") hides no future; spans
#: rounded, ranged, "the next few", "dans les prochains"; a year before a preposition; doubted
#: sources before "state", "told", "indiquent", "señalan"; "According to (media) reports, " as
#: "Berichten zufolge"; "falsely told X" with no "that", "falsely assured" (REPORTING_WORDS).
#: Rules 43 (the rules-42 review): a bracket's article gender is read against a pronoun's only
#: for a person ("[El ministro]" for "Ella"), not a thing ("[Die Firma]" for "Er", "[Le groupe]"
#: for "Elle": brackets.PERSON_NOUNS); "— sur Mars"; German "vor Montag", a present in "-et", one
#: past a place phrase ("Die Mieten in Berlin steigen"); "falsely told" eight words of hearer; a
#: Russian short participle ("принят") is no present.
#: Rules 44 (red team q44): an ellipsis may not leave out an "until" or a starting point of any
#: covered language ("до конца марта", "bis Ende März", "ab 2027"), read past a word of manner; a
#: state is held to its "until" (a Russian short participle, an English passive, Romance verbs of
#: lasting, a German verb second after an opening phrase); "nach langer Debatte" left out is no
#: bound; a bracket naming a person of the other sex than its pronoun ("[Tom Hanks]" for "She",
#: "[The actress]" for "He": person_sex.py); a condition of access after the end ("on request",
#: "auf Anfrage", "sur demande"); an attribution cut from either end of a whole claim
#: ("Selon l'AFP, ", ", secondo l'ANSA"). The README's quote-rules 44 entry.
#: Rules 45 (the rules-44 review, red team rvq44): "on request" of a past deed is its occasion
#: (request_occasion.py); names of both sexes, surnames ("[Martin]" of "Sophie Martin"),
#: "chairman" and "actor" say no sex; "[She]" for the name before the match and "[L'actrice]" are
#: read; the page's own finding ("Selon nos informations, ") is no attribution, German "Laut
#: Polizei" without a comma is; "according to" a criterion after "vary" is none; "until further
#: repairs in June" sets an end; an article "un" left out is no number. The README's rules-45 entry.
#: Rules 46 (the rules-45 review): a bound in time opening the quote's clause cut off ("Bis Ende
#: März [bleibt ...]", "Until March, [the bridge ...]": lead_bound.py); an event a future holds
#: after ("after the elections", "nach der Wahl") left out at either end or in a gap
#: (event_bound.py); German "Sie" before a third person singular verb is a woman's; a French
#: feminine made by adding "-e" after an elided article ("[L'avocate]"), Italian "-ante"/"-ente"
#: of either sex. The README's rules-46 entry.
#: Rules 47 (the rules-46 review): a German "[Sie]" opening a quote before a third person singular
#: verb for a man the source names ("[Sie] sagte" of "Klaus Weber sagte"); a bound in time cut off
#: across a speaker's tag (", the mayor said,": lead_bound.py). The README's rules-47 entry.
#: Rules 48 (the rules-47 review): a short source's Italian "i" (lexicon._SHORT_ONLY); "sagte [sie]"
#: read by the verb before it; "[She]" for the named subject of a reported clause; a tag after the
#: bound's subject ("Until March, the bridge, the mayor said, "); a paper's own sourcing formula
#: ("este diario") no attribution; "on Sundays too" no limit; "est parti", "è partito" on someone's
#: request a deed; "at the request of", "à la demande de" read as requests. The rules-48 entry.
#: Rules 49 (the rules 45-47 review, red team rvq48): an event a verb of saying follows dates the
#: saying, not the claim ("After the vote, the mayor said"); an "until" running to now ("Bis
#: heute", "Until now") opening the sentence and Italian "fino a nuovo avviso" bound nothing;
#: German modals ("soll", "muss") are presents; a pronoun bracket is read against a subject the
#: source names by a noun ("[Sie] sagte" of "Der Bürgermeister sagte", "[Ella]" of "El ministro
#: Carlos Ruiz": lead_subject.py), and "[Der Minister]" against a woman's "Sie". The README's
#: rules-49 entry.
#: Rules 50 (the rules-48 review, red team rvq51): "this newspaper" is the page's own only after a
#: word of finding out and with no paper named before; "too"/"also" add a day only closing its
#: phrase; a past passive at someone's request a deed; "said on Monday", "told reporters", more
#: verbs before a reported clause's name; "Der Minister lobt sie" an object; an unmistakable
#: future ending read in any language; "at the urgent request of". The README's rules-50 entry.
#: Rules 51 (the rules 49-50 review, red team rvq52): "until today" with an hour a deadline; an
#: event dates a saying done, not one to come nor "the announced cuts"; a condition or a four-word
#: aside set off after an opening phrase; an object "sie" never one man; a subject with "of", a
#: title before a surname, two people joined by "and" read against a pronoun bracket; a past
#: passive at anyone's request or in an imperfect a standing rule. The README's rules-51 entry.
#: Rules 52 (task q53, the rules 49-50 reviews' leftovers): a given name that is a month or a
#: quantity word ("[Jan Becker]", "[Max Huber]") for a pronoun or a name is a name
#: (bracket_name.py); "Sie"/"Er" before a German verb is German in a short source ("Sie will
#: sparen"); French feminine person nouns of listed masculines ("[L'assistante]",
#: "[L'ambassadrice]": person_sex.person_noun); an unlisted event read by its article or capital
#: ("after the World Cup", "nach dem Umzug") and a clause of time ("Once the elections are over, ")
#: bound a future claim (event_bound.py); a bound after "said" without "that" (lead_bound.py).
#: The README's rules-52 entry.
#: Rules 53 (the rules 51-52 review, red team rvq54): names with a particle and a lone given name
#: for a pronoun are names; "June"/"May"/"April"/"August" and "une"/"una" tell a sex; a
#: participle's, a "when" and an "Assim que" clause of time, and "Após", bound; set phrases of
#: "once" and a model after "after" ("Une fois de plus", "After the Dutch model") do not.
#: The README's rules-53 entry.
#: Rules 54 (task q54, what rules 51-52 left): a word ending as a Romance future is no verb when
#: capitalised inside its sentence, after an article that is never a clitic, or beside a past of
#: the clause ("Irán aumentó", "o ladrão fugiu": time_bound.py); a saying still to come ("will
#: tell residents"), an "until today" the next sentence's starting point ends, Russian "сказал"
#: (lead_bound.py); no aside before a conjunction; a given name in "-a" a woman's
#: (person_sex.py); "after the others", "après la lecture" and "named ... " no events
#: (event_bound.py, gaps.py); "[the spokesman Max]" a name (bracket_name.py). The rules-54 entry.
#: Rules 55 (task q55, the red team rvq54's leftovers): a bracket for a name names the same person
#: (its surname, no other given name; initials, titles, offices allowed: bracket_name.py); a given
#: name of both sexes is read by a title or a noun of one sex the page writes before the surname;
#: a pronoun's bracket of capitalised words is a name ("[Jean Mars]"), a name for a month after
#: "in" a date replaced; a clause of time after a future claim and the clause quoted without its
#: conjunction (time_clause.py), "When in doubt, " and Russian "после" before a genitive noun bound
#: it (event_bound.py). The README's rules-55 entry.
#: Rules 56 (review rvq56 of rules 53-55): a given name another begins is its short form only when
#: the rest is no other name ("Paul"/"Paula", "Anna"/"Anna-Lena" two people), a familiar form
#: written out is the same person ("[William Becker]" for "Bill Becker": given_names.py); a title
#: before a possessive tells no sex; Cyrillic women's names, "Gianluca"; "il", "dos", Spanish "o"
#: and a Portuguese clitic after a subject leave a future a verb (time_bound.py); "when" after a
#: future claim bounds it unless after a verb of asking or deciding, "une fois" before an article
#: (time_clause.py); "Hasta hoy", "Fino a oggi" ended by a starting point, "Da gennaio" a starting
#: point (lead_bound.py); "после" past a possessive. The README's rules-56 entry.
#: Rules 57 (task q57, what red team rvq56 left): a hyphenated given name compared whole, a listed
#: given name no person noun ("[Marie-Claire Petit]" for "Marie Petit": bracket_name.py); a man's
#: name in "-a" of men only tells a man ("Borja", "Илья": person_sex.py); a bracket repeating the
#: source's given name before its gap the same person ("[Tom]" of "Tom Becker"); a possessive glued
#: after a bracket the bracket's ("[April Ross]'s office" for "her office": parse.py); Italian
#: "una volta" before "-ato"/"-uto" (time_clause.py); a saying still to come in every covered
#: language and before "that"/"que" ("le maire annoncera ... que", "wird ... sagen": lead_bound.py);
#: "After the others left, " a clause of time (event_bound.py); a French reflexive present
#: ("s'applique") a present a bound limits. The README's rules-57 entry.
#: Rules 58 (red team rvq58): a vulgar fraction reads as typed ("1\u00bd" is "1 1/2",
#: NORMALIZER_VERSION 5); a verb that fails or refuses, a present of showing, a verb of pointing to
#: and a French elided "n'" deny a word of evidence (unproven_lead.py); a suspect's label that is
#: no verb's form needs no article ("Предполагаемый", "Mutmaßliche", "putative"; "suspected",
#: "presumed" after one: lead_word.py). The README's rules-58 entry.
#: Rules 59 (task q58, what rules 57 and rvq56 left): a colon opens a clause of its own (a future
#: after it read past a capital and a past before it: time_bound.py) and sets a bound standing alone
#: before it off as a comma ("Ab Montag: ..."); a past clause before "but"/"mas" leaves the claim
#: after it bounded (lead_bound.py); a clause of time after a speaker's tag, English "after" before
#: a clause, "a" after a conjunction other than "once" (time_clause.py); "dès", "à compter de",
#: "tomorrow", "1er mars" starting points; a Romance future decided by its own language's past
#: only, Spanish "-yeron" a past; the first part of a hyphenated given name the same person unless
#: the page names another so (bracket_name.py). The README's rules-59 entry.
#: Rules 60 (review rvq59 of rules 58-59): an infinitive of showing after a failing word or a
#: negated "could" is denied ("konnten nicht belegen, dass", "n'ont pas pu prouver que", "unable to
#: prove that", "отказалась подтвердить"), "Nothing suggests", "deutet darauf hin", "указывает на
#: то" (unproven_lead.py; accusations moved to accusation.py); a verb-form label opening a sentence
#: ("Alleged Thief Arrested", "Presunto ladrón"), German "angeblicher" with no article (lead_word.py);
#: "wenn" after a speaker's tag, "when asked" after one no bound (time_clause.py); "с завтрашнего
#: дня", "ab 10:30 Uhr" starting points (time_bound.py); "[Anne Martin]" where the page names
#: another Anne-... Martin too (bracket_name.py). The README's rules-60 entry.
#: Rules 61 (task q61, what rules 58-60 left, at their class): a clause after "after", "before",
#: "until" read by its form ("the storm passes", "the talks end": time_clause.py); a pronoun's
#: bracket naming one of two people the page names with that surname (bracket_name.alike_named);
#: "when questioned" after a claim asks the speaker (trail_limit.py); being able said in a phrase
#: ("in grado di", "en mesure de": unproven_lead.py); "desde" + a date before a future
#: (time_bound.since_or_from); a German article before a capitalised noun tells a short source's
#: German (german_present.py). The README's rules-61 entry.
#: Rules 62 (red team rvq61): more conjunctions of time opening a clause before a claim ("By the
#: time", "Jusqu'à ce que", "Hasta que", "Finché", "Пока не": event_bound.py; up to ten words
#: before its comma: lead_bound.py) and after one (English "before"/"until" + a clause, "avant
#: que", "после того, как"; "whenever" whatever the tense: time_clause.py); one name for "They" on
#: a page naming others (bracket_name.one_of_several); "contestée", "cuestionada", "оспаривают"
#: after a claim (trail_limit.py); ability denied by "incapable(s) of/de", "außerstande", "had no
#: way of", "lacked the evidence to" (unproven_lead.py). The README's rules-62 entry.
#: Rules 63 (task q63, what red team rvq61 left): a German present claim opening with its verb after
#: "Sobald"/"Nachdem"/"Bevor" waits for the clause (time_clause.py); Italian "appena" without
#: "non" before its clause's subject, "en cuanto a" no clause (time_clause.py); knowing after a
#: denied way or means ("no way of knowing that", "aucun moyen de savoir que": unproven_lead.py).
#: Rules 64 (task q64, what rules 63 left): a unit sign spaced otherwise ("50 %" for "50%", "50 €",
#: "€ 50", "10 km") is the same number and unit (normaliser 7, ``unit_spacing``:
#: unit_spacing.py); a match's edge reads the page's grouping as the normaliser does
#: (grouping.groups_at: a plain "3 100" on a page grouping by "," is two numbers). The README's
#: rules-64 entry.
#: Rules 65 (task q65, what rules 64 left): a French, Spanish, Portuguese or Italian present claim
#: read by its regular ending after a subject waits for a clause of "as soon as" ("la ligne ouvre"
#: of "Dès que la ligne ouvre, les loyers baissent": romance_present.py, time_clause.py); a short
#: quote's near passage is aligned at the quote's own length too (align.find_fuzzy: "rose 12
#: percent" of "rose 15 percent last year" is altered, was not_found). The README's rules-65 entry.
#: Rules 66 (normaliser 8): a run of two or three spaces between a number and its unit sign ("50  %",
#: "50\u00a0 %", "€  50") is the unit's space, as one is (was approximate); a longer run, "5 0%" and
#: "500%" stay as they were. The README's rules-66 entry.
#: Rules 67 (task q66, normaliser 9): a lone SI letter after a number is a unit, its space
#: typography ("10m" for "10 m", "5g", "3h": unit_spacing.py; was approximate); "10 km" for "10 m"
#: and "5 0%" stay altered, "2020 l'Italia" is no litre; a Romance claim's subject with an "of"
#: phrase is read to its verb ("la majorité des habitants approuve": romance_present.py); Italian
#: "appena" before an auxiliary and a participle opens a clause of "as soon as", not "barely"
#: ("Appena è arrivato, ...": time_clause.appena_before_perfect, lead_word.py). The README's
#: rules-67 entry.
#: Rules 68 (lead, session 51): a German main clause opening with a perfect's or past passive's auxiliary ("hat der
#: Rat entschieden") tells a past (german_present._DE_PAST_AUXILIARIES): the clause of time before it, quoted alone,
#: is exact (rules 67: altered, "entschieden" read as a present). The README's rules-68 entry.
#: Rules 69 (lead, session 52): a sentence-opening Italian or Portuguese "se" / "caso" opens a condition in a source
#: whose language is not guessed (one sentence) when the word after it is an article, a negation or a subject
#: pronoun (lead_word._opens_italian_or_portuguese_clause): the claim after it quoted alone is altered (was exact).
#: A German "ist"/"sind" opening the claim after a clause of time whose verb is a present tells a state or a perfect
#: still to come, not a past (time_clause._clause_verb_in_present); a Romance present is read past a reflexive pronoun
#: or a negation ("ils se plaignent": romance_present._REFLEXIVES). The clause quoted alone is altered (was exact).
#: A negated guarantee before a claim ("Nothing guarantees that", "Rien ne garantit que": lead_word.GUARANTEE_WORDS)
#: and Russian verbs of belief ("считают, что") make it no fact: altered (was exact). So does a negated verb of saying
#: ("never said that", "n'a jamais dit que", "sagte nicht, dass") or a statement called wrong ("Es stimmt nicht,
#: dass", "faux de dire que"): lead_word._unsaid_before; an indirect question or an addressee after it is no claim.
#: Every red-team file's verdicts unchanged. The README's rules-69 entry.
#: Rules 70 (task q69, session 52): a Romance present is read through elided articles and object clitics ("l'entreprise
#: embauche", "ils la ferment", "la empresa lo vende": romance_present._CLITICS, _split_elided); Italian "Appena" before
#: a subject and a perfect opens a clause of time, not "barely" (time_clause.appena_subject_perfect). The README's
#: rules-70 entry.
#: Rules 71 (lead, session 52): a claim after a present prediction or warning ("Experts predict", "Critics warn":
#: lead_word.HOPING_VERBS), after "doubtful"/"questionable", or after French/Spanish "si" meaning "whether" ("On ne sait
#: pas si": lead_word._WHETHER_HOSTS), or after Russian "вряд ли" (hardly likely), is altered (was exact); so is one
#: after a population with a limit of its own ("In adults under 50, ": lead_word._POPULATION_OPENER). The README's
#: rules-71 entry.
#: Rules 72 (lead, session 53): a claim after a noun of something held, not shown ("the claim that", "the idea that",
#: "the belief that", "l'idée que", "la afirmación de que", "l'affermazione che", "die Annahme, dass":
#: unproven_lead.HELD_NOUNS; in English only before a clause with its verb, "beliefs that drive" being a relative
#: clause; not before the speaker's own words the source opens a quotation for), after the missing persons and
#: tenses of the disputing verbs ("Scientists contest that", "contestent que", "niegan que": lead_word.DENYING_WORDS)
#: or before a comma and a participle showing it false (", ist widerlegt", ", has been disproven":
#: trail_limit.TAIL_DOUBT_VERBS) is altered (was exact). The README's rules-72 entry.
#: Rules 73 (red team q71, session 53; 72 on its branch): a claim after a word that rules it out or keeps it open
#: ("It is not impossible that", "It cannot be ruled out that", "nicht ausgeschlossen, dass", "n'est pas exclu que", "No se descarta que", "Не
#: исключено, что": lead_word._EXCLUDED_THAT), a judgment ("safe", "wirksam", "potável", "пригодна") cut before
#: the phrase saying for whom or when it holds ("at speeds below 30 km/h", "depois de fervida": judgment_scope.py),
#: and an ellipsis leaving out a second speaker's verb and comma after the quote named its own ("Müller sagte …"
#: of "..., und Weber sagte, ...": gaps._speaker_before_gap_end; verbs of replying, "replicó", "entgegnete", are
#: verbs of saying: lexicon.REPORTING_WORDS) are altered (each was exact/normalized). Verbs of excluding are read by
#: their stems, and past a French "pas" to the verb before "que" ("n'exclut pas que", "ne pense pas que":
#: lead_word._verb_before_that). The README's rules-73 entry.
#: Rules 74 (red team q74, session 55): a claim the source refutes just outside its sentence is altered (each was
#: exact): in the next sentence pointing back at it ("This claim has been debunked.", "That is false.", "Das stimmt
#: nicht.", "Non è vero.": refuted_around.refuted_next), in the predicate whose subject clause it is ("That X is
#: false", "Dass X, ist falsch", "Que X est faux": refuted_subject), after a fact-check's label ("Myth:", "FALSE:",
#: "Bulo:", "Миф:": labelled_false); a German claim after a doubting verb's comma with no "dass", its verb in the
#: indicative or any subjunctive ("Experten bezweifeln, die Impfung schützt": split_denial); ", which is not true"
#: and ", a claim later retracted" in the tail (trail_limit); a clause whose subject opens with a figure ("Claims
#: that 5G spreads the virus", "the idea that 3 of 4 doctors smoke": lead_word._figure_subject). The README's
#: rules-74 entry.
#: Rules 75 (lead, session 55): a verified match in the article text that crosses a line break inside a sentence is
#: held to the page text: where the page shows at most three words holding a negation or a number between the two
#: sides ("The old wooden pier is <aside>not</aside> safe": the box left out of the article text), it is altered
#: (read_across.py; was normalized). The README's rules-75 entry.
#: Rules 76 (red team q74b, session 55): more refutations just outside the quote are read (each was exact): a short
#: next sentence saying someone was mistaken or denying by a pronoun ("They were wrong.", "It was not.", "Sie irrten
#: sich.", "She did not resign." repeating the claim's verb; not "He did not comment."), a next clause after ";",
#: "That turned out to be false", "Das erwies sich als falsch", "Ce n'était pas le cas" (lexicon.denies_truth: a case
#: noun only after its article), "Or so it seemed." and ", or so the council claims", "There is no evidence for this",
#: "Dafür gibt es keine Belege", a pointed-back retraction ("The journal retracted it"), and what a correction says an
#: earlier version of the article said (refuted_around.corrected_before). A quote that itself names the claim's
#: speaker or believer ("Officials said ...", "They thought ...", "promised") is left exact
#: (refuted_around.frames_claim). The README's rules-76 entry.
#: Rules 77-80: "Myth", "Verdict: False", ", bis Ende März."; 81: a correction's wordings; 82-83: a quote taking its
#: stop is held to what follows; 84: "erst"; 85: "This is a myth:"; 86: "Imagine a world where", "Not all"; 87: "in
#: mice" (lab_scope); 88: "on average", "per 100,000", "40% said" (scope_tail, share_owner); 89: "the largest [in
#: Europe]" (superlative_scope); 90: "effective [against X]", "[in
#: some studies]" (evidence_scope); 91: "[under the plan]" (condition_tail); 92: "[to some extent]" (part_tail); 93:
#: "Le mythe selon lequel" (unproven_lead.ACCORDING_NOUNS); 94: "Schätzungsweise 500" (number_edge); 95: "se il piano
#: passa", "[in children]" (group_scope), ". That, at least, was the claim" (claimed_next); 96: "stopped short of",
#: "denied having", "a failli", "more than doubled" (held_back); 97: "works (in mice)" (trail_limit), ". But only in
#: mice." (next_fragment); 98: "3% [of GDP]", "[month on month]", "[in nominal terms]" (figure_frame); 99: "[aurait]
#: reçu", "[soll] ... haben", "[may have been]" (hearsay_lead); 100: "[Rather than] cutting", "[except] the mayor
#: voted", "[Bis vor kurzem]" (held_back); 101: "The mayor, [according to media reports,] knew" (lead_attribution);
#: 102: "[in excess of] $5 billion", "[Gut] 500" (number_edge); 103: "The wife of [the mayor was arrested]" (lead_word);
#: 104: "closed [at night]", "free [for residents]" (holds_when); 105: "[stopped] paying", "[ruled out] raising",
#: "[prevented the protesters from]", "[a lack of]" (held_back), "hörte auf, ... zu" (lead_word); 106: ", he joked",
#: ", he lied" (hedge_tag); 107: "The threat to [sue]"; 108-120 (session 59; the README's entries): frames, exceptions,
#: hedges and claimed "as" clauses (claim_frame), "It is rumoured that", "is said to have" (hearsay_lead), a split
#: quotation's tag (split_tag), ". Yeah, right." (next_fragment), "a tenté de", "acquitted of", "posed as"
#: (held_back), "on Monday [or Tuesday]" (alternative_tail), "works [poorly]", "(false)", "The hoax that"; 116:
#: ", so to speak.", "In a sense, ", ", more or less." (claim_frame._FIGURATIVE); 117: "Under the proposal, ", "At the
#: current rate, "; 118: "In an ideal world, ", "Worst case, " (claim_frame); 119: "if you will" no longer read (116);
#: 120: "as if [nothing had happened]" (held_back._AS_IF).
QUOTE_RULES_VERSION = "120"

#: Where the passage was found: the article body, or only in the page's other visible text.
WHERE_TEXT = "text"
WHERE_PAGE_TEXT = "page_text"

#: Difference kinds that change what the quote says. Any of them makes the verdict ``altered``.
MATERIAL_KINDS: frozenset[str] = frozenset(
    {
        "number",
        "date",
        "negation",
        "quantity",
        "name",
        "content_word",
        "stitched",
        "order",
        "ellipsis_negation",
        "bracket_alteration",
        "many_differences",
        "missing_part",
        "question",
        "display_order",
        "ellipsis_qualifier",
        "ellipsis_attribution",
        "ellipsis_join",
        "ellipsis_reach",
        "ellipsis_subject",
        "aside_qualifier",
        "leading_qualifier",
        "trailing_word",
        "not_shown",
    }
)
#: Non-material noise: allowed (in small numbers) in an ``approximate`` verdict.
NOISE_KINDS: frozenset[str] = frozenset(
    {
        "typo",
        "spelling",
        "article",
        "punctuation",
        "case",
        "function_word",
        "spacing",
        "hyphenation",
    }
)


def verdict_rank(verdict: str) -> int:
    """0 for ``exact`` up to 4 for ``not_found``: lower is better."""
    return VERDICTS.index(verdict)


@dataclass(frozen=True, slots=True)
class Span:
    """A ``[start, end)`` range of code points in the verified (original) text."""

    start: int
    end: int

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Span:
        return cls(int(d["start"]), int(d["end"]))


@dataclass(frozen=True, slots=True)
class Difference:
    """One word-level difference between the quote and the source passage.

    ``quote``/``source`` hold the words on each side (``None`` when a side has nothing, e.g.
    a dropped article); ``start``/``end`` locate the source side in the verified text when
    there is one. ``material`` is what the verdict was decided on; ``note`` says why in words.
    """

    kind: str
    material: bool
    quote: str | None
    source: str | None
    start: int | None = None
    end: int | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "material": self.material,
            "quote": self.quote,
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Difference:
        return cls(
            kind=d["kind"],
            material=bool(d["material"]),
            quote=d.get("quote"),
            source=d.get("source"),
            start=d.get("start"),
            end=d.get("end"),
            note=d.get("note"),
        )


@dataclass(frozen=True, slots=True)
class QuoteResult:
    """The verdict on one quote against one text, with everything needed to show and prove it.

    Offsets (``start``, ``end``, ``parts``, ``context_start``, difference offsets) are code
    point offsets into the *original* text that was searched (``where`` says which one).
    ``start``/``end`` cover the whole passage, also for a quote with ellipses; ``parts`` has
    one span per ellipsis part (one span for a plain quote).
    """

    verdict: str
    quote: str
    where: str | None = None
    paragraph: int | None = None
    start: int | None = None
    end: int | None = None
    parts: tuple[Span, ...] = ()
    context: str | None = None
    context_start: int | None = None
    source_passage: str | None = None
    prefix: str | None = None
    suffix: str | None = None
    differences: tuple[Difference, ...] = ()
    normalizations: tuple[str, ...] = ()
    text_sha256: str | None = None
    explanation: str = ""

    @property
    def verified(self) -> bool:
        """True for ``exact`` and ``normalized``: the quote is what the source says."""
        return self.verdict in (EXACT, NORMALIZED)

    @property
    def exit_code(self) -> int:
        """The CLI's exit code for this verdict: 0 verified, 1 anything else."""
        return 0 if self.verified else 1

    @property
    def selectors(self) -> list[dict[str, Any]]:
        """W3C Web Annotation selectors anchoring the passage (empty when nothing was found)."""
        if self.start is None or self.end is None or self.source_passage is None:
            return []
        return [
            {
                "type": "TextQuoteSelector",
                "exact": self.source_passage,
                "prefix": self.prefix or "",
                "suffix": self.suffix or "",
            },
            {"type": "TextPositionSelector", "start": self.start, "end": self.end},
        ]

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape (stable snake_case keys, absent values ``None`` or ``[]``)."""
        return {
            "verdict": self.verdict,
            "quote": self.quote,
            "where": self.where,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "parts": [p.to_dict() for p in self.parts],
            "context": self.context,
            "context_start": self.context_start,
            "source_passage": self.source_passage,
            "differences": [d.to_dict() for d in self.differences],
            "normalizations": list(self.normalizations),
            "text_sha256": self.text_sha256,
            "explanation": self.explanation,
            "selectors": self.selectors,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> QuoteResult:
        prefix = suffix = None
        for sel in d.get("selectors") or []:
            if sel.get("type") == "TextQuoteSelector":
                prefix, suffix = sel.get("prefix"), sel.get("suffix")
        return cls(
            verdict=d["verdict"],
            quote=d["quote"],
            where=d.get("where"),
            paragraph=d.get("paragraph"),
            start=d.get("start"),
            end=d.get("end"),
            parts=tuple(Span.from_dict(p) for p in d.get("parts") or []),
            context=d.get("context"),
            context_start=d.get("context_start"),
            source_passage=d.get("source_passage"),
            prefix=prefix,
            suffix=suffix,
            differences=tuple(Difference.from_dict(x) for x in d.get("differences") or []),
            normalizations=tuple(d.get("normalizations") or []),
            text_sha256=d.get("text_sha256"),
            explanation=d.get("explanation") or "",
        )
