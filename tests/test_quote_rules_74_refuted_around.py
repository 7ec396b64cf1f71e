"""Quote rules 74 (red team q74): a claim the source refutes just outside the quoted sentence is not vouched for.

Each was ``exact`` on rules 73: the source said the claim is false in the next sentence, in the predicate whose
subject clause it is, or in a fact-check's label before it (archiver/quotes/refuted_around.py); a German doubting
verb's comma with no "dass" (split_denial); a refuting tail the lists missed (trail_limit); a clause whose subject
opens with a figure (lead_word._figure_subject). Each neighbour that must still pass is beside its class.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote


def _verdict(quote: str, source: str) -> str:
    return verify_quote(quote, source).verdict


@pytest.mark.parametrize("quote,source", [
    ("The vaccine causes autism", "The vaccine causes autism. This claim has been debunked by dozens of studies."),
    ("The drug cures cancer", "The drug cures cancer. That is false."),
    ("The election was rigged", "The election was rigged. None of this is true."),
    ("The moon landing was staged", "The moon landing was staged. There is no truth to this."),
    ("Die Impfung verursacht Autismus", "Die Impfung verursacht Autismus. Diese Behauptung ist längst widerlegt."),
    ("Das Trinkwasser ist verseucht", "Das Trinkwasser ist verseucht. Das stimmt nicht, sagt das Gesundheitsamt."),
    ("Le vaccin provoque l'autisme", "Le vaccin provoque l'autisme. Cette affirmation est fausse."),
    ("La vacuna causa autismo", "La vacuna causa autismo. Esta afirmación es falsa."),
    ("L'acqua del rubinetto è contaminata", "L'acqua del rubinetto è contaminata. Non è vero."),
    ("A vacina causa autismo", "A vacina causa autismo. Essa afirmação é falsa."),
    ("Вода из-под крана заражена", "Вода из-под крана заражена. Это неправда."),
])
def test_a_claim_the_next_sentence_calls_false_is_altered(quote, source):
    assert _verdict(quote, source) == "altered"


@pytest.mark.parametrize("quote,source", [
    ("The vaccine is safe", "The vaccine is safe. This finding has been confirmed by three studies."),
    ("The bridge will reopen in May", "The bridge will reopen in May. That is good news for commuters."),
    ("Vaccines do not cause autism", "Vaccines do not cause autism. The myth persists nonetheless."),
    ("Die Brücke wurde 1932 gebaut", "Die Brücke wurde 1932 gebaut. Das belegen alte Pläne."),
    ("Bioenergieanlagen verlieren den Anreiz",
     "Bioenergieanlagen verlieren den Anreiz. Dies erhöht den Erdgasbedarf und ist energiewirtschaftlich falsch."),
    ("Im ersten Camp war ich allein", "Im ersten Camp war ich allein. Es war nicht so groß, aber sauber."),
    ("The drug cures cancer", "The drug cures cancer. Is that true?"),
])
def test_a_next_sentence_that_goes_on_judges_after_a_verb_of_its_own_or_asks_refutes_nothing(quote, source):
    assert _verdict(quote, source) == "exact"


@pytest.mark.parametrize("quote,source", [
    ("the vaccine causes autism", "That the vaccine causes autism is false, the study found."),
    ("the mayor took the money", "That the mayor took the money has never been proven."),
    ("the bridge was built by prisoners", "That the bridge was built by prisoners is pure legend."),
    ("die Impfung Autismus verursacht", "Dass die Impfung Autismus verursacht, ist falsch."),
    ("le vaccin provoque l'autisme", "Que le vaccin provoque l'autisme est faux."),
    ("la vacuna cause autismo", "Que la vacuna cause autismo es falso."),
    ("l'acqua sia contaminata", "Che l'acqua sia contaminata è una bufala."),
    ("вакцина вызывает аутизм", "То, что вакцина вызывает аутизм, — ложь."),
])
def test_a_subject_clause_its_predicate_calls_false_is_altered(quote, source):
    assert _verdict(quote, source) == "altered"


@pytest.mark.parametrize("quote,source", [
    ("the bridge reopened on time", "That the bridge reopened on time surprised no one in the town."),
    ("the vaccine is safe", "That the vaccine is safe is now beyond doubt, the agency said."),
    ("the bridge was built in 1932", "That the bridge was built in 1932 is well documented."),
])
def test_a_subject_clause_its_predicate_grants_is_exact(quote, source):
    assert _verdict(quote, source) == "exact"


@pytest.mark.parametrize("quote,source", [
    ("Vaccines cause autism", "Myth: Vaccines cause autism. Fact: They do not."),
    ("The drug cures cancer", "Claim: The drug cures cancer. Verdict: False."),
    ("5G masts spread the virus", "FALSE: 5G masts spread the virus."),
    ("Die Impfung verändert das Erbgut", "Falsch: Die Impfung verändert das Erbgut."),
    ("le vaccin modifie l'ADN", "Intox : le vaccin modifie l'ADN."),
    ("La vacuna modifica el ADN", "Bulo: La vacuna modifica el ADN."),
    ("вакцина меняет ДНК", "Миф: вакцина меняет ДНК."),
])
def test_a_claim_after_a_fact_checks_label_of_falsehood_is_altered(quote, source):
    assert _verdict(quote, source) == "altered"


@pytest.mark.parametrize("quote,source", [
    ("Vaccines are safe", "Fact: Vaccines are safe."),
    ("The bridge has reopened", "Update: The bridge has reopened."),
    ("The bridge is safe for traffic", "Verdict: The bridge is safe for traffic."),
])
def test_a_claim_after_the_writers_own_label_is_exact(quote, source):
    assert _verdict(quote, source) == "exact"


@pytest.mark.parametrize("quote,source", [
    ("die Impfung schütze vor einer Ansteckung", "Experten bezweifeln, die Impfung schütze vor einer Ansteckung."),
    ("die Impfung schützt vor einer Ansteckung", "Viele Experten bezweifeln, die Impfung schützt vor einer Ansteckung."),
    ("das Medikament heile die Krankheit", "Die Behörde bestreitet, das Medikament heile die Krankheit."),
])
def test_a_german_claim_after_a_doubting_verbs_comma_without_dass_is_altered(quote, source):
    assert _verdict(quote, source) == "altered"


def test_a_german_claim_after_a_verb_of_sayings_comma_is_exact():
    assert _verdict("die Brücke sei sicher", "Der Bürgermeister sagte, die Brücke sei sicher.") == "exact"


@pytest.mark.parametrize("quote,source", [
    ("The drug cures cancer", "The drug cures cancer, a claim that was later retracted by its authors."),
    ("The drug cures cancer", "The drug cures cancer, which is not true."),
])
def test_a_claim_its_sentences_tail_calls_untrue_or_retracted_is_altered(quote, source):
    assert _verdict(quote, source) == "altered"


def test_a_tag_question_after_a_claim_refutes_nothing():
    source = "Man möchte nach dem Abendessen das Gefühl haben, etwas gegessen zu haben, nicht wahr?"
    assert _verdict("Man möchte nach dem Abendessen das Gefühl haben, etwas gegessen zu haben", source) == "exact"


@pytest.mark.parametrize("quote,source", [
    ("5G spreads the virus", "Claims that 5G spreads the virus are false."),
    ("5G masts cause cancer", "The theory that 5G masts cause cancer has been debunked."),
    ("3 of 4 doctors smoke", "The idea that 3 of 4 doctors smoke is a myth."),
])
def test_a_held_claim_whose_subject_opens_with_a_figure_is_altered(quote, source):
    assert _verdict(quote, source) == "altered"


def test_a_figure_led_claim_after_a_verb_of_saying_is_exact():
    assert _verdict("5G phones meet all safety limits", "Officials said 5G phones meet all safety limits.") == "exact"


# Quote rules 76 (red team q74b): refutations the first round did not read.

@pytest.mark.parametrize("quote,source", [
    ("the dam was safe", "Officials said the dam was safe. They were wrong."),
    ("the dam was safe", "Officials said the dam was safe; they were wrong."),
    ("The dam was safe", "Officials insisted the dam was safe. It was not."),
    ("der Damm sei sicher", "Die Behörden sagten, der Damm sei sicher. Sie irrten sich."),
    ("la presa era segura", "Las autoridades dijeron que la presa era segura. Se equivocaban."),
    ("the mayor resigned", "This article previously reported that the mayor resigned. She did not resign."),
])
def test_a_claim_a_short_next_sentence_says_was_mistaken_or_did_not_happen_is_altered(quote, source):
    assert _verdict(quote, source) == "altered"


@pytest.mark.parametrize("quote,source", [
    ("the dam was safe", "Officials said the dam was safe. They were right."),
    ("The minister resigned on Friday", "The minister resigned on Friday. He did not comment."),
    ("Officials said the dam was safe", "Officials said the dam was safe. They were wrong."),
    ("They thought the dam was safe", "They thought the dam was safe. They were wrong."),
    ("The company promised the water was clean", "The company promised the water was clean. It wasn't."),
    ("ist ein Hängelid die Folge", "Bei Verletzung ist ein Hängelid die Folge. Das Lid kann in diesem Fall nicht schließen."),
])
def test_a_next_sentence_about_something_else_or_a_quote_that_names_the_claimant_stays_exact(quote, source):
    assert _verdict(quote, source) == "exact"


@pytest.mark.parametrize("quote,source", [
    ("The drug cures cancer", "The drug cures cancer. That turned out to be false."),
    ("Die Brücke ist sicher", "Die Brücke ist sicher. Das erwies sich als falsch."),
    ("Le chiffre était exact", "Le chiffre était exact. Ce n'était pas le cas."),
    ("The bridge is safe", "The bridge is safe. Or so it seemed."),
    ("The bridge is safe", "The bridge is safe, or so the council claims."),
    ("The mayor took bribes", "The mayor took bribes. There is no evidence for this."),
    ("Der Bürgermeister nahm Bestechungsgeld", "Der Bürgermeister nahm Bestechungsgeld. Dafür gibt es keine Belege."),
    ("El alcalde cobró sobornos", "El alcalde cobró sobornos. No hay pruebas de ello."),
    ("The vaccine causes autism", "The vaccine causes autism. The study making this claim was retracted."),
])
def test_a_claim_shown_false_only_apparent_unevidenced_or_retracted_next_is_altered(quote, source):
    assert _verdict(quote, source) == "altered"


@pytest.mark.parametrize("quote,source", [
    ("the bridge would close in May",
     "Correction: An earlier version of this article said the bridge would close in May. It will close in June."),
    ("die Brücke werde im Mai geschlossen",
     "In einer früheren Version dieses Artikels hieß es, die Brücke werde im Mai geschlossen."),
    ("le pont fermerait en mai", "Une version précédente de cet article indiquait que le pont fermerait en mai."),
    ("el puente cerraría en mayo", "Una versión anterior de este artículo decía que el puente cerraría en mayo."),
])
def test_what_a_correction_says_an_earlier_version_of_the_article_said_is_altered(quote, source):
    assert _verdict(quote, source) == "altered"


def test_the_corrected_statement_itself_is_exact():
    assert _verdict("The bridge will close in June",
                    "Correction: The bridge will close in June, not May as reported earlier.") == "exact"


def test_a_correction_of_a_figure_after_its_claim_is_no_bare_denial():
    source = ("Correction: An earlier version of this article misstated the number of vehicles using the bridge each "
              "day. It is 40,000, not 60,000.")
    assert _verdict("the number of vehicles using the bridge each day", source) == "exact"


def test_what_an_earlier_version_misstated_as_an_object_is_no_claim_it_said():
    source = "An earlier version of this article misstated the name of the architect."
    assert _verdict("the name of the architect", source) == "exact"


# Quote rules 78: a fact-check's layout, the claim on a line of its own between its label and its rating.

@pytest.mark.parametrize("quote,source", [
    ("The vaccine causes autism", "Claim:\n\nThe vaccine causes autism.\n\nVerdict: False"),
    ("The vaccine causes autism", "Myth\nThe vaccine causes autism."),
    ("The vaccine causes autism", "The vaccine causes autism.\nRating: Pants on Fire"),
    ("Die Impfung verursacht Autismus", "Die Impfung verursacht Autismus.\n\nBewertung: Falsch. Es gibt keine Belege."),
    ("La vacuna causa autismo", "La vacuna causa autismo. Veredicto: Falso."),
])
def test_a_claim_between_a_fact_checks_label_and_its_false_rating_is_altered(quote, source):
    assert _verdict(quote, source) == "altered"


@pytest.mark.parametrize("quote,source", [
    ("The vaccine is safe", "Fact\n\nThe vaccine is safe.\n\nVerdict: True"),
    ("A device comprising a lever", "Claims\nA device comprising a lever."),
    ("The bridge reopened on Monday", "Summary\n\nThe bridge reopened on Monday."),
    ("The vaccine is safe", "The vaccine is safe. Note: false alarms were left out of the count."),
])
def test_a_heading_or_a_rating_that_calls_nothing_false_leaves_the_claim_exact(quote, source):
    assert _verdict(quote, source) == "exact"


# Quote rules 79 (red team rvq39's two German leftovers): a bound set off by a comma after the claim.

@pytest.mark.parametrize("quote,source", [
    ("Die Schulen bleiben geschlossen", "Die Schulen bleiben geschlossen, mindestens bis Ostern."),
    ("Die Brücke wird gesperrt", "Die Brücke wird gesperrt, bis Ende März."),
    ("The bridge stays closed", "The bridge stays closed, until the end of March."),
])
def test_a_claim_cut_before_a_bound_in_time_after_its_comma_is_altered(quote, source):
    assert _verdict(quote, source) == "altered"


@pytest.mark.parametrize("quote,source", [
    ("The plant was operating normally", "The plant was operating normally, until the storm hit."),
    ("die aufgrund der Folgen des Klimawandels auf Hilfe angewiesen sind",
     "Die Zahl der Menschen, die aufgrund der Folgen des Klimawandels auf Hilfe angewiesen sind, bis 2050 auf 200 "
     "Millionen Menschen pro Jahr steigen könnte."),
])
def test_an_until_opening_a_new_event_or_another_clauses_bound_after_a_comma_bounds_nothing(quote, source):
    assert _verdict(quote, source) == "exact"


def test_a_next_sentence_saying_the_claim_does_not_hold_of_another_thing_refutes_nothing():
    assert _verdict("The bridge is closed", "The bridge is closed. That is not true of the tunnel.") == "exact"


def test_a_next_sentence_saying_it_was_not_so_at_another_time_refutes_nothing():
    assert _verdict("Unemployment is falling", "Unemployment is falling. This was not the case in 2019.") == "exact"


# Quote rules 81 (red team q74d): other wordings of a correction.

@pytest.mark.parametrize("quote,source", [
    ("the bridge would close in May",
     "This article has been corrected. It previously said that the bridge would close in May."),
    ("der Bürgermeister sei zurückgetreten", "Wir hatten fälschlicherweise berichtet, der Bürgermeister sei zurückgetreten."),
    ("die Brücke werde im Mai geschlossen",
     "Korrektur: Zuvor hieß es in diesem Artikel, die Brücke werde im Mai geschlossen."),
])
def test_what_a_correction_says_the_article_said_before_is_altered_in_other_wordings(quote, source):
    assert _verdict(quote, source) == "altered"


def test_a_companys_earlier_statement_is_no_correction_of_the_article():
    assert _verdict("profits would rise", "The company was fined. It previously said that profits would rise.") == "exact"
