"""Quote rules 72 (red team q71): three classes the rules 71 passed as ``exact``/``normalized``.

A claim cut from "It is not impossible that" and its kin in seven languages (lead_word._EXCLUDED_THAT);
a judgment ("safe", "potável", "пригодна") cut before the phrase that says for whom or when it holds
(archiver/quotes/judgment_scope.py); an ellipsis that leaves out a second speaker's "sagte," after
the quote has named its own (gaps._speaker_before_gap_end). Each neighbour that must still pass is
beside its class.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote


@pytest.mark.parametrize("quote,source", [
    ("the dam will fail", "It is not impossible that the dam will fail."),
    ("the dam will fail", "It cannot be ruled out that the dam will fail."),
    ("the dam will fail", "It is impossible that the dam will fail."),
    ("der Damm bricht", "Es ist nicht ausgeschlossen, dass der Damm bricht."),
    ("le barrage cède", "Il n'est pas exclu que le barrage cède."),
    ("la presa cederá", "No se descarta que la presa cederá."),
    ("la diga crollerà", "Non è escluso che la diga crollerà."),
    ("a barragem vai ceder", "Não está excluído que a barragem vai ceder."),
    ("плотина рухнет", "Не исключено, что плотина рухнет."),
    ("плотина рухнет", "Возможно, что плотина рухнет."),
    ("the levee will hold", "We cannot exclude that the levee will hold."),
    ("der Deich hält", "Man kann nicht ausschließen, dass der Deich hält."),
    ("die Preise steigen", "Die Regierung schließt nicht aus, dass die Preise steigen."),
    ("la grève sera reconduite", "Le syndicat n'exclut pas que la grève sera reconduite."),
    ("переговоры сорвутся", "Не исключаю, что переговоры сорвутся."),
    ("i prezzi saliranno", "Gli analisti non escludono che i prezzi saliranno."),
])
def test_a_claim_a_source_only_does_not_rule_out_is_not_stated_as_a_fact(quote, source):
    assert verify_quote(quote, source).verdict == "altered"


@pytest.mark.parametrize("quote,source", [
    ("the dam will hold", "He ruled that the dam will hold."),
    ("the club closed", "The party was so exclusive that the club closed."),
])
def test_ruled_without_out_or_exclusive_is_no_exclusion(quote, source):
    assert verify_quote(quote, source).verdict == "exact"


@pytest.mark.parametrize("quote,source", [
    ("la grève continuera", "Le syndicat ne pense pas que la grève continuera."),
    ("la grève continuera", "Le syndicat n'espère pas que la grève continuera."),
])
def test_a_french_belief_negated_around_its_verb_is_still_a_belief(quote, source):
    """The "pas" between the verb and its "que" hid the verb of belief (rules 72)."""
    assert verify_quote(quote, source).verdict == "altered"


@pytest.mark.parametrize("quote,source", [
    ("the bridge is safe", "The bridge is safe at speeds below 30 km/h."),
    ("the water is safe to drink", "The water is safe to drink after boiling."),
    ("a água é potável", "A água é potável depois de fervida."),
    ("вода пригодна для питья", "Вода пригодна для питья после кипячения."),
    ("Das Medikament ist wirksam", "Das Medikament ist wirksam bei leichten Verläufen."),
    ("the bridge is not safe", "The engineer said the bridge is not safe for trucks."),
    ("лекарство безопасно", "Лекарство безопасно для детей."),
    ("Das Parken ist erlaubt", "Das Parken ist erlaubt bis 18 Uhr."),
    ("el baño está permitido", "El baño está permitido hasta las seis."),
    ("l'acqua è potabile", "L'acqua è potabile previa bollitura."),
])
def test_a_judgment_cut_before_its_scope_is_altered(quote, source):
    result = verify_quote(quote, source)
    assert result.verdict == "altered"
    assert any(d.kind == "trailing_word" for d in result.differences)


@pytest.mark.parametrize("quote,source,verdict", [
    ("a safe place", "It is a safe place for children.", "exact"),
    ("You may be required to register", "You may be required to register with us to use the service.", "exact"),
    ("the change would be more accurate", "So the change would be more accurate. In each case it helps.", "exact"),
    ("the bridge is safe", "The bridge is safe, engineers said.", "normalized"),
    ("the bridge is safe at speeds below 30 km/h", "The bridge is safe at speeds below 30 km/h.", "normalized"),
])
def test_an_attributive_judgment_a_speakers_tag_or_the_scope_kept_still_pass(quote, source, verdict):
    assert verify_quote(quote, source).verdict == verdict


def test_an_ellipsis_hiding_a_second_speakers_verb_and_comma_changes_the_speaker():
    source = "Müller sagte, die Steuern würden steigen, und Weber sagte, die Steuern werden sinken."
    result = verify_quote("Müller sagte … die Steuern werden sinken", source)
    assert result.verdict == "altered"
    assert any(d.kind == "ellipsis_attribution" for d in result.differences)


def test_an_ellipsis_leaving_out_the_one_speakers_aside_still_passes():
    """The quote names no speaker of its own: the aside left out is the sentence's only attribution."""
    assert verify_quote("The plan … would work", "The plan, the mayor said, would work.").verdict == "normalized"


@pytest.mark.parametrize("quote,source", [
    ("Pérez dijo … el puente es seguro", "Pérez dijo que el puente está cerrado, y Ruiz replicó: el puente es seguro."),
    ("Meier sagte … die Brücke ist sicher", "Meier sagte, die Brücke sei gesperrt, doch Roth entgegnete: die Brücke ist sicher."),
])
def test_a_verb_of_replying_is_a_second_speaker_too(quote, source):
    assert verify_quote(quote, source).verdict == "altered"
