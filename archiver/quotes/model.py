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
#: included). Entries from before it was logged have none. 1: the rules of 2026-11-30 (second
#: red-team pass). 2: a left-out bound word before a span of time or length ("over a decade",
#: "within weeks") is a qualifier again; the page text's display order (both after 1 was logged).
#: 3: thousands grouped with spaces ("1 000") equal the digits ungrouped (``digit_grouping``), a
#: sign written with an en dash equals a hyphen-minus, and digits split into other numbers by a
#: space ("2019500" for "2019 500") are a number difference, not punctuation noise. 4: a browser
#: capture's match must be in the text its rendered page showed (``not_shown``: words a stylesheet
#: hid are ``altered``; :mod:`archiver.quotes.rendered`). 5: negations of Italian, Portuguese,
#: Spanish and Russian (and more German and French forms) count; an ellipsis that leaves out a
#: reporting verb or a word that disputes the quoted words, and a bracket that names someone
#: where the source names nobody or stands for the opposite word, are ``altered``.
#: 6: a match may not start or end inside
#: a token as a reader reads it ("5 million" for "1.5 million", "binding" for "non-binding":
#: :mod:`archiver.quotes.edges`); two quotations the source keeps apart are never one quote
#: (:mod:`archiver.quotes.quotations`); a question quoted without its "?" is ``altered``
#: (:mod:`archiver.quotes.final_mark`); a dropped possessive or contraction ("minister" for
#: "minister's") is a content word, not a typo. 7: a match in the page text that holds words the
#: page's markup hides (the extraction's ``page_text_hidden``) is ``altered`` (``not_shown``), no
#: longer "the page's other visible text"; markup forcing a display order (``<bdo dir="rtl">``, an
#: inline ``bidi-override``, written into the page text as controls) and a right-to-left mark beside
#: a digit are ``display_order``. 8: a quote of editor's marks alone ("[sic]") is refused as empty,
#: not looked for and answered ``not_found``. 10: a verdict that is not verified against a capture
#: holding only the beginning of its page (a body cut at ``--max-body``, a content coding that ends
#: early) is not conclusive: it exits 3, and the entry says why (``capture_incomplete``); the
#: verdicts themselves are those of 9. 12 (red-team review 21): a "." or "," between digits ends
#: no clause ("no 2.5-fold", "1,500" beside an ellipsis); an ellipsis leaving out an exception
#: ("except", "rather than") or "too" / "tens of" is ``altered``; a bracket may change a modal
#: only to its own other tense ("[would]" for "will", not "[can]" for "must"); number words of
#: every covered language are numbers, not typos; "a few" for "few" is a quantity and
#: "re-signed" for "resigned" another word. 13: a slip that makes another real word of the
#: passage's language ("condoned" for "condemned", "untied" for "united": the word lists of
#: :mod:`archiver.quotes.wordlist`) is a content word, not a typo, unless the two are forms of one
#: word; a few British and American spellings the lists know as two words ("grey"/"gray",
#: "judgement"/"judgment") are spelling variants; an ellipsis leaving out an aside opened by an
#: exception, condition or restriction ("except", "unless", "only") in the sentence of the quoted
#: words, or a modal ("would", "must") in their clause, is ``altered``. 15: two forms of one word
#: that are both words of the passage's language ("rose" for "rise", "agreed" for "agrees",
#: "zahlte" for "zahlt": another tense, mood, person or number) are a content word, not a typo;
#: a bracket may still change a word's form ("withdr[ew]", "[rose]"). 16: an ellipsis leaving out
#: "reported" in the clause of the quoted words ("The virus was ... in China" for "was reported in
#: China") hides that the words are a report, as "said" does; a bracketed aside "(reported by
#: ...)" left out whole stays an ordinary omission; a verbatim run that ends right before the
#: word ending its clause, when that word negates it ("but he did" of "but he did not.") or, in
#: German, is its verb's separable part ("lehnte den Plan am Montag" of "... am Montag ab."), is
#: ``altered`` (``trailing_word``: :mod:`archiver.quotes.trail_word`). 17: so is one that ends
#: right before a German or Dutch negation that only a short verb cluster follows in its clause
#: ("dass die Stadt das Geld" of "... das Geld nicht hat.": the verb stands last there); Dutch
#: negations ("niet", "nooit", "geen") are negations; so is one that ends right before a word that
#: limits its claim ("safe" of "safe only for adults", ", except", "unless", ", allegedly",
#: "bis auf": :mod:`archiver.quotes.trail_limit`); a quote's edge that cuts a number from the
#: word bounding it ("20 people" of "More than 20 people"), its scale or its range ("cost 1.5"
#: of "1.5 billion", "3" of "3 to 5") is a ``number`` difference (:mod:`archiver.quotes.number_edge`);
#: a "?" set off by a space ("impôts ? Non") is a question's; a capital after an ellipsis that
#: opens no sentence in the source is a name, and the ellipsis joins two sentences; a near match's
#: edges are held to these rules as a verbatim match's are; a quote starting right after the comma
#: closing a conditional clause that opens its sentence ("If the dam fails, ") is altered, as is
#: one right after an adverb hedging it ("reportedly", "Apparently, ", "angeblich"); an ellipsis
#: after "said" or "that" may not leave out the reported words' subject (``ellipsis_subject``);
#: nor may a quote start right after "Few", a negation and its adverb ("no longer"), a denial
#: ("denied that", "failed to"), or inside quotation marks right after a negation. Not judged by
#: these edges (faithful quotes, ``tests/test_quote_faithful_edges.py``): French "mais" (but)
#: after a negation; a hedge opening a phrase after a comma (", apparently by a protester");
#: ", at least" or "only" before a figure; ", but if", ", only because"; "bis auf weiteres"; "If
#: anything,", "If you look at", "egal ob"; a French quote holding its "ne ... que"; a noun phrase
#: ending before its clause's verb ("eine Überprüfung ..." before "ist nicht möglich", "a crewed
#: mission" after "whether" before "is") or quoted mid-clause after it ("baute die besten
#: Parzellen ... aus"); a figure after "188, a"; a quote reporting its words as
#: a claim, or opening a subordinate clause, before the rest of its sentence doubting. A French
#: quote keeping its "ne" may not end before the "plus", "jamais" or "guère" that completes it
#: (a "pas" it may); nor before a prepositional phrase that "only" closes ("safe for children"
#: of "... for children under supervision only."), nor, in German, French or Spanish, end with
#: its verb before the hedge after it ("Das Medikament ist" of "... ist angeblich sicher"); nor
#: may a German infinitive clause be quoted after "versäumte es, ", "weigerte sich, ". Not judged:
#: a figure with its scale a change starts from ("from $47 billion to"), a vote tally's first count,
#: a count that looks like a year after "by" ("by 1920 pixels"); doubt in another speaker's
#: words in quotation marks, or a "false" in a bracket, after a quote. 18: a quote may not end
#: right before a contrast and a negation ("works in mice" of "... but not in humans", ", yet
#: never", ", aber nicht", ", mais pas", ", pero no"; not "but not only", "but no one") nor before
#: "but only" and a verb (", but only has two loaves a day": 17 let a few verbs through); an
#: ellipsis after "said" or "that" may not leave out the subject of an English past verb either
#: ("The minister said ... fled the country"); a quote may not start right after a label of doubt
#: ("so-called", "self-styled", "sogenannte", "soi-disant", "the alleged"), quotation marks
#: between or not (``lead_word``); nor right after a modal of possibility ("could", "may",
#: "might", "pourrait", "podría"), a quantifier ("some", "most", "many", "several", "a few",
#: "einige", "plusieurs") or a word putting them in the past or another office ("formerly",
#: "former", "acting", "ehemalige", "l'ancien"; an ellipsis may not leave "formerly" or
#: "initially" out either), "nearly"/"almost" before a verb, a word of frequency ("sometimes causes"),
#: "likely", an expectation or aim and "to" ("expected to", "set to", "aims to"), a limit in time
#: ("initially"), or a multiplier at a comparison's "as" ("half as effective as");
#: nor end right before a word of frequency or time ending its clause ("sometimes", "parfois",
#: "initially", "at first"), a phrase
#: of cases ("in rare cases"), a hedging phrase ending it ("in theory."), or a condition or
#: concession of more than one word ("as long as", "provided that", ", albeit", "though not").
#: 19: a quote may not start right after "would" (but the future of reported speech: "said it
#: would rain") or "should" ("devrait", "debería"), a verb of hope, belief, fear or suspicion and
#: maybe its "that" ("hope the vaccine reduces", "believe that", "hoffen, dass", "espèrent que"),
#: a quantifier two or three words back before a claim or a superlative ("Half the", "Most of
#: the", "None of the", "la moitié des"); a quote opening with a negation is read for the word
#: before it too ("probably won't last", "could not spread"); nor end right before its
#: comparison's standard ("safer than nothing", "sicherer als", "plus sûrs que"), "until" after a
#: claim in the present ("is operating until May", "bis", "jusqu'à"), or an attribution ending
#: the sentence after a whole sentence's claim ("The treatment works, according to its maker.",
#: "laut", "selon", "según"; not ", he said", nor "according to plan" or "court records").
#: 20 (false alarms on faithful quotes of real texts): a "would" is reported speech after a
#: reporting verb up to eight words before its clause's "that" too ("told reporters on Monday that
#: she would resign") and after more verbs of saying ("explained", "admitted", "revealed",
#: "argued"), and so is one of a story's future in the past ("Years later, she would become", "would
#: later"); "might" after an article or a possessive is a noun ("with all his might"), "most"
#: there a superlative ("the most recent figures"); "as long as it takes", "as long as you like",
#: "solange es nötig ist" set no condition; "but not
#: by much", "but not the only one" ("aber nicht der einzige", "mais pas la seule") and "but not
#: the last." grant the claim before them and deny nothing; a modal, a verb of hope, an aim, a
#: quantifier, a frequency or a past word right before all the words a source itself puts in
#: quotation marks ('would "hold their hands up"') is the writer's frame, not the words quoted
#: (a negation or a label of doubt there stays material).
#: 21: a quote may not start right after a verb of opinion and maybe its "that" ("think",
#: "thought", "reckon", "pensent que", "denken, dass"; not a verb of saying: "Officials say the
#: vaccine works" stays exact) or of doubt ("doubt the vaccine works"; not "no doubt"), nor
#: after a share before an article it opens with ("the patients recovered" of "Half the
#: patients recovered"; not "the second half", "the upper half"), nor two words after one before
#: a plural verb in the present ("Half the patients wear masks"); nor end before "until" after
#: an English verb in the third person present ("The plant operates until May"), before ", than"
#: ("safer, than nothing"), nor before an attribution between commas and a limit after it
#: ("works, according to its maker, in most patients"). False alarms taken back: "might" before
#: a finite verb is a noun ("Military might alone cannot win"), a "would" after a frame in the
#: past tells a habit ("As a child, she would"), and a "but not" opening a clause with its own
#: subject and predicate denies nothing ("aber nicht alle waren draußen").
#: 22: the English words of :data:`archiver.quotes.lead_word.LEADING_QUALIFIERS` ("if", "only",
#: "unless", "hardly", ...) count before a quote in a passage whose language cannot be guessed
#: too (a source of one sentence: "the vaccine works" of "Nobody knows if the vaccine works" was
#: ``exact`` alone and ``altered`` inside an article); they are no word of another language read.
#: 23: a "would" of habit needs its frame to open its sentence or a clause after a comma ("Children
#: growing up today would benefit" is a condition) and no "have" of a counterfactual after it
#: ("As a child, she would have loved"); a past in "-ed" after a noun opens no clause of its own
#: after "but not all" ("but not all adults tested in the trial" denies; review s40).
#: 24: a share before the quoted subject counts before an English verb of the singular present or
#: a simple past too ("the budget goes to schools", "went" of "Half the budget ..."), and so do a
#: fraction or a percentage before "of" ("A third of", "60% of", "60 percent of"); a quote may not
#: start after a modal and the adverb before its verb ("might well help", "could potentially
#: reduce") nor after a modal's "have" before a participle ("would have loved", "could not have
#: been", "would've"; a story's "Years later" makes no counterfactual a fact), nor end before
#: "until" after a name, its verb in "-s" and an object ("Jones manages the fund until March"),
#: nor before a speaker's tag between commas and a limit after it ("works, its maker says, only
#: in mice"). False alarm taken back: a noun and a word in "-s" after a word of their clause are
#: an object ("closed the car parks until May"), no subject and its verb. Red team q24: a quote may
#: not start after a denied word of evidence ("no evidence (that)", "nothing to suggest", "Rien ne
#: prouve que", "have not confirmed"), a verb of saying called false ("falsely claimed"), French
#: "à peine", nor after a share before a French, Spanish, Italian or Portuguese subject and its
#: auxiliary ("la plantilla fue despedida" of "La mitad de la plantilla ..."), nor after "designed to", "meant to", "has the potential to", "in a bid to", "ought
#: to"; a clause after "whether" keeps its doubt when the main verb follows the quote ("Whether the
#: plan cuts emissions is unclear"); nor end before a bound on its cases ("in fewer than one in
#: ten patients", "in no more than 2%"), a recurring day ("on Sundays", "le dimanche", "los
#: domingos", "sonntags"), "subject to", "pending", "in the event of", a phrase with a figure a
#: closing "only" ends ("for adults over 65 only"), "kaum", "hardly" right after its verb, or an
#: age or bound with a figure after the people its claim is about ("everyone over 18", "for
#: children under five", "pour les enfants de moins de 12 ans"). 25: nor start right after a verb
#: that makes it an allegation or a claim ("Prosecutors allege", "claims that", "behauptet, dass",
#: "prétend que", "alega que"), a noun of report, rumour or claim before "that" ("There were
#: reports that", "rumours that", "speculation that"), or an agreement a negation or "few" limits
#: ("Not everyone agrees"); nor end before such a tag (", prosecutors allege.", ", scientists
#: believe.", ", behauptet die Firma."), a hedge or condition one word on (", if at all", ", at
#: best", ", supposedly" after "slowly"), or Spanish or Italian "solo" before "en", "per" where the
#: language cannot be guessed; a verb after a personal pronoun is no share's claim ("10 per cent
#: of the total they can get"). 26: nor start right after "A handful of", "A number of", "Hardly any
#: of", "One in three of", "9 out of 10 of" or a "Part of" opening its clause; after a Romance
#: share before a plural subject's full verb ("los médicos dicen", "se recuperaron"); after an
#: English share two words before its noun ("Half the new state budget goes"); nor end before
#: "but" and a limit after a dash or in a bracket, or a tag whose verb is one of finding
#: (", researchers found, only in mice"). 27: nor start right after a claim noun and its
#: "according to which" ("des rumeurs selon lesquelles", "l'hypothèse selon laquelle", "rumores
#: según los cuales", "voci secondo cui"), nor with the deed after an accusation ("paying
#: bribes" of "accused the firm of paying bribes", "charged with", "accusée de", "beschuldigt, ...
#: zu haben"). 28: nor end before a limit a dash or a bracket sets off, as a comma does ("It
#: works — only in mice", "-- unless", "– sauf", "— solo en"); nor start after a Romance share
#: before a singular subject and its full verb ("la plantilla trabaja desde casa"), nor after a
#: Portuguese claim noun and "segundo a qual" ("rumores segundo os quais", "de acordo com a qual"),
#: nor with an infinitive and its pronoun after an accusation ("acusada de apropiarse"). False
#: alarm taken back: a Romance noun that ends as an infinitive ("accusé de meurtre") is the
#: charge's name. A source of one sentence takes the one language its marker words read as ("Las
#: escuelas apenas tienen fondos": Spanish, so "apenas" is read; not "Las Vegas"). An ordinal
#: before "in" is no ratio ("finished first in two of the races"). Red team q28: nor end before a
#: French or Spanish "si" that opens a condition ("si aucun repreneur", "s'il", "si no se"), "à
#: condition que", "tant que", "pourvu qu'", "mientras", "con tal de que", "vorausgesetzt", "on
#: condition that"); nor start after a French perfect denial ("a nié que", "a démenti que") or a
#: claim noun a denying verb takes ("rejected claims that"), nor after "as many as" or a bound
#: before an amount's article ("presque la moitié", "Hasta el 40 %", "up to a $250,000 fine");
#: nor cut a counterfactual's condition ("would have won had it not rained", "Had it not
#: rained, ", "hätte gewonnen, wenn"); nor start after a past habit ("used to smoke", "solía
#: fumar") or a sentence-opening "Autrefois, ", "Antes, ", "Formerly, ", "Früher", nor end before
#: "initially" in two words ("au départ", "al principio"), nor before a scope narrowed to those
#: a clause picks out ("free for those who qualify", "pour ceux qui", "para quienes"), nor before
#: what makes its number a rate ("$5 per user", "10 Euro pro Monat", "10 euros par mois"); nor
#: start after a word of likelihood and its "that" ("It is likely that", "Il est probable que"),
#: nor at a participle after a negated auxiliary ("no ha aprobado"); nor end before
#: "semble-t-il", "paraît-il", "de momento". Rules 29 (review of rules 28): a rate is read in
#: Italian and Portuguese ("al mese", "por mês") and after a percentage sign ("5%" of "5% a
#: year"), not before a year's number or a word that dates the figure ("im Jahr 2019", "a day
#: later"); a Romance condition phrase opening the sentence ("Siempre que lo soliciten, ", "À
#: condition que"), "Si no se encuentra" in a short source; "se non", "se não", "a condizione
#: che", "siempre y cuando" after the end; "Antigamente", "Outrora", "Anticamente" before the
#: start. "Si, " (yes), "si" after "ignore" or "pregunto", "if anything" and "if you will" set
#: no condition. Rules 30: a limit in square brackets after the end ("It works [only in mice]"),
#: a hedge a dash or a bracket sets off ("It works \u2014 at least in mice", "\u2013 probably");
#: a German denial split by its object or before a claim after its comma ("wies ... zur\u00fcck, dass",
#: "stritt ab, dass", "bestritt, er habe"); Portuguese "desde que" before a subjunctive, Spanish
#: "de no haber" and a participle, "de no ser por" after the end; a sentence-opening "Antes" or "Un
#: tempo" before an imperfect ("Antes iba"), "back when" after a habit's "would"; a limit word and
#: a short phrase after a colon or semicolon ("It works: only in mice", "Es wirkt; nur bei M\u00e4usen").
#: Rules 31 (review of rules 30): after a colon, "only" and a phrase before an inverted English
#: auxiliary and its subject open a clause of their own, no limit ("The lesson is clear: only in
#: crises do we learn"); a hedge that is all a colon or semicolon opens, to its clause's end, is
#: read as after a dash ("It works: probably.", "It works: in theory."); a German denial keeps its
#: claim with one or two words, none a negation, before its comma ("bestritt energisch, dass").
#: Rules 32: a phrase of place, population or time after a dash ("It works — in mice"); a limit
#: after a colon opened by a contrast, a negation or a hedge, and none after a colon that
#: announces ("The lesson is clear:"); denials split by an aside or a relative clause; "charged
#: with" before a duty's gerund; a German main clause cut at ", wenn"; "Una volta", "back in
#: 1985" with a habit; short Romance verbs after a share.
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
QUOTE_RULES_VERSION = "43"

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
