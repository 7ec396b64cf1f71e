"""Faithful quotes the edge rules of quote rules 17 must not refuse.

Quote rules 17 refuse a verbatim run cut right beside a word that negates, limits, hedges or
bounds it. Journalists and scholars quote whole clauses, a sentence's first half before "but",
a noun phrase: each quote here is cut where such a quote is cut, beside a word that only looks
like one of those (French "mais" is "but", not Portuguese "more"; a hedge after a comma that
opens a phrase of its own hedges that phrase; ", at least 35 years old" bounds a number, not
the words before it; "but if" opens a new clause). Each was ``altered`` on texts from the edge
bench and the metadata pages (bench/quote_edge_alarms.py and a scratch survey of clause-shaped
quotes); each is ``exact``.
"""

from __future__ import annotations

from quote_notes import assert_exact as _exact


def test_a_quote_starting_after_french_mais_after_a_negation_is_exact():
    # "pas cadrée mais contrée": "mais" is "but" in French, not the adverb "more" a negation governs
    _exact("contrée, elle offre un corner aux Bretons",
           "La frappe n'est pas cadrée mais contrée, elle offre un corner aux Bretons.")


def test_a_quote_ending_before_a_hedge_that_opens_a_phrase_after_a_comma_is_exact():
    # ", apparently by a protester": the hedge is on who did it, not on the fire
    _exact("a man was set on fire last week",
           "Many were repelled when a man was set on fire last week, apparently by a protester.")


def test_a_quote_ending_before_a_hedge_that_opens_a_reason_after_a_comma_is_exact():
    _exact("groups whose members were more socially perceptive were more collectively intelligent",
           "We found that groups whose members were more socially perceptive were more collectively "
           "intelligent, presumably because they were able to work together more effectively.")


def test_a_quote_ending_before_at_least_and_a_number_after_a_comma_is_exact():
    # ", at least 35 years old": the next item of a list, bounded; it limits nothing before it
    _exact("she has to be a natural-born citizen",
           "Sorensen said she has to be a natural-born citizen, at least 35 years old, and a resident for at least 14 years.")


def test_a_quote_ending_before_but_if_is_exact():
    # ", but if ...": the condition opens a new clause and governs what follows it
    _exact("WIRED protects the confidentiality of its sources",
           "WIRED protects the confidentiality of its sources, but if you wish to conceal your identity, "
           "here are the instructions.")


def test_a_quote_holding_ne_and_its_que_ending_before_another_que_is_exact():
    # the quote's "ne" has its "que" ("ne prendre que": only); the "que" after the comma opens a clause
    _exact("Pour ne prendre que l’exemple de la recherche",
           "Pour ne prendre que l’exemple de la recherche, que nous connaissons mieux, la loi change tout.")


def test_a_quote_ending_before_bis_auf_weiteres_is_exact():
    # "bis auf weiteres": until further notice, no exception
    _exact("Die Regel gilt", "Die Regel gilt bis auf weiteres für alle Schulen.")


def test_a_quote_starting_after_if_anything_is_exact():
    # "If anything, ...": "rather", no condition on the words after it
    _exact("I would say you downplayed the hurt",
           "“If anything, I would say you downplayed the hurt, rather than played it up,” he said.")


def test_a_german_noun_phrase_ending_before_the_verb_a_negation_follows_is_exact():
    # the quote is the clause's subject; "ist nicht möglich" negates a verb the quote does not hold
    _exact("eine unabhängige Überprüfung der Informationen",
           "Das Land schweigt, eine unabhängige Überprüfung der Informationen ist nicht möglich.")


def test_a_german_subordinate_clause_quoted_without_its_opener_and_verbs_is_exact():
    # the quote leaves out "weshalb" and "zu erwarten war": a noun phrase, no clause a negation turns
    _exact("eine rechtzeitige Lockerung der Verordnungen",
           "Die Lage bleibt ernst, weshalb eine rechtzeitige Lockerung der Verordnungen nicht zu erwarten war.")


def test_a_noun_phrase_quoted_after_whether_before_its_verb_is_exact():
    # the quote is the subject of the question, not the claim it doubts ("is even feasible")
    _exact("a crewed 2024 moon mission",
           "Lawmakers asked about the budget and whether a crewed 2024 moon mission is even feasible.")


def test_a_quote_ending_before_only_and_a_figure_is_exact():
    # "only 2 weeks ago" bounds the figure, as "only two weeks ago" does
    _exact("The council approved the plan", "The council approved the plan only 2 weeks ago.")


def test_a_figure_quoted_after_a_comma_a_number_and_a_is_exact():
    # "Nº 188, a 10 kilómetros": the comma parts the road number from the distance; no range "188 a 10"
    _exact("10 kilómetros de General Villegas",
           "El choque ocurrió en la Ruta Nacional Nº 188, a 10 kilómetros de General Villegas.")


def test_a_quote_starting_after_if_you_look_at_is_exact():
    # "If you look at ..., ": where to look, no condition on what is seen
    _exact("you’ve seen significant increases there",
           "“If you look at things like job satisfaction, you’ve seen significant increases there,” he said.")


def test_a_quote_that_reports_an_accusation_ending_before_its_denial_is_exact():
    # the quote itself says the words are an accusation; ", which its leaders deny" turns no fact round
    _exact("again accused Ukraine of having a corrupt government",
           "The candidate, a skeptic of aid, again accused Ukraine of having a corrupt government, which its "
           "leaders deny.")


def test_a_quote_ending_before_only_because_is_exact():
    # ", nur weil ...": just because, a reason of its own; it limits nothing the quote says
    _exact("Warum sollte ich mich schlecht fühlen",
           "Warum sollte ich mich schlecht fühlen, nur weil es keinen Mann in meinem Leben gibt?")


def test_a_subordinate_clause_quoted_before_its_main_clause_doubting_something_else_is_exact():
    # the rest of the sentence is the main clause: "I was still skeptical" doubts no words of the quote
    _exact("Even though it came as a recommendation",
           "Even though it came as a recommendation, I was still skeptical.")


def test_a_quote_starting_after_egal_ob_is_exact():
    # "egal ob", "no matter whether": either way, no doubt on the words after it
    _exact("der erste oder der letzte Wettkampf des Jahres ist",
           "„Ich habe viel Selbstvertrauen, egal ob es der erste oder der letzte Wettkampf des Jahres ist“, "
           "sagte er.")


def test_a_german_noun_phrase_quoted_mid_clause_before_its_verbs_particle_is_exact():
    # "baute ... aus": the verb stands before the quote; "die besten Parzellen dieses Weinbergs" is its object
    _exact("die besten Parzellen dieses Weinbergs",
           "Schon sein Vater baute die besten Parzellen dieses Weinbergs separat aus.")


def test_a_figure_with_its_own_scale_quoted_before_to_in_a_change_from_it_is_exact():
    # "from $47 billion to $8 billion" is a change, no range: the figure it fell from is whole
    _exact("$47 billion", "Its market value fell from $47 billion to $8 billion in a year.")


def test_the_first_count_of_a_vote_tally_quoted_before_its_second_is_exact():
    # "322 zu 306 Stimmen", "94 y 72 votos": two counts, no range; the first is a count of its own
    _exact("Der Antrag wurde mit 322", "Der Antrag wurde mit 322 zu 306 Stimmen angenommen.")


def test_a_count_that_looks_like_a_year_quoted_with_its_unit_after_by_is_exact():
    # "by 1920 pixels": an amount of pixels, no year the "by" bounds
    _exact("1920 pixels in width", "The new panel grows the canvas by 1920 pixels in width.")


def test_a_quote_ending_before_another_speakers_quoted_words_of_doubt_is_exact():
    # the doubt is in the words quoted from Walter, a claim of its own, not the source's
    _exact("The council approved the budget on Monday",
           'The council approved the budget on Monday, and Walter said, "That is very untrue."')


def test_a_quote_ending_before_a_parenthetical_with_a_word_of_doubt_is_exact():
    _exact("The council approved the budget on Monday",
           "The council approved the budget on Monday, after a debate (some of it false).")
