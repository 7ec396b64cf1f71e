"""What quote rules 44 change in conditions of access after a quote (red team q44, item 5).

"Le service est gratuit" of "... gratuit — sur demande" was altered (French "sur" read as a
place), while "Der Dienst ist kostenlos" of "... – auf Anfrage", and the Spanish, Italian and
Portuguese forms, were exact: a claim that holds "on request", "by appointment", "auf Anfrage",
"sur demande", "a petición", "su richiesta", "a pedido", "по запросу" holds only for who asks, in
every language and after any mark.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact
from quote_notes import material_notes


@pytest.mark.parametrize(("quote", "source"), [
    ("The service is free", "The service is free — on request."),
    ("The service is free", "The service is free — by appointment."),
    ("Der Dienst ist kostenlos", "Der Dienst ist kostenlos – auf Anfrage."),
    ("Der Dienst ist kostenlos", "Der Dienst ist kostenlos – nach Vereinbarung."),
    ("Le service est gratuit", "Le service est gratuit — sur demande."),
    ("El servicio es gratuito", "El servicio es gratuito — a petición."),
    ("El servicio es gratuito", "El servicio es gratuito — previa cita."),
    ("Il servizio è gratuito", "Il servizio è gratuito — su richiesta."),
    ("O serviço é gratuito", "O serviço é gratuito — a pedido."),
    ("Услуга бесплатна", "Услуга бесплатна — по запросу."),
])
def test_a_condition_of_access_after_a_dash_is_altered_in_every_language(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("The documents are available", "The documents are available on written request."),
    ("Der Dienst ist kostenlos", "Der Dienst ist kostenlos, auf Anfrage."),
    ("Le service est gratuit", "Le service est gratuit sur simple demande."),
    ("Il servizio è gratuito", "Il servizio è gratuito (su prenotazione)."),
])
def test_a_condition_of_access_after_a_comma_a_bracket_or_no_mark_is_altered(quote, source):
    from archiver.quotes import verify_quote

    result = verify_quote(quote, source)
    assert result.verdict == "altered"
    assert any("condition" in n for n in material_notes(result, "trailing_word"))


@pytest.mark.parametrize(("quote", "source"), [
    ("Der Dienst ist kostenlos", "Der Dienst ist kostenlos – auf jeden Fall."),
    ("Shares rose", "Shares rose on strong demand for chips."),
    ("The service is free", "The service is free. On request, staff help."),
])
def test_a_phrase_of_no_condition_after_the_quote_stays_exact(quote, source):
    _exact(quote, source)
