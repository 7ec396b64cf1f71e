"""A condition cut from a quote's end in French, Spanish, German and English (quote rules 28, red team q28).

Rules 18-25 read "if", "unless", "provided that", "as long as", "sofern", "solange", "pourvu
que", "siempre que" after a quote's end. The red team's pairs found the condition's other
wordings passing: French and Spanish "si" before the words that open its clause ("si aucun
repreneur n'est trouvé", "si no se encuentra", "s'il n'avait pas plu"), "à condition que",
"tant que", "pourvu qu'ils", "sous réserve que", "mientras" (not "mientras que": whereas), "con
tal de que", "a condición de que", "vorausgesetzt", "on condition that". Each was ``exact``; each
is ``altered``, and so is a scope narrowed to those a clause picks out ("free for those who
qualify", "pour ceux qui", "para quienes", "für diejenigen, die"). "si" as "so" ("si grand") and
after asking ("se demande si") is no condition.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("L'usine fermera", "L'usine fermera si aucun repreneur n'est trouvé."),
    ("L'équipe aurait gagné", "L'équipe aurait gagné s'il n'avait pas plu."),
    ("La planta cerrará", "La planta cerrará si no se encuentra un comprador."),
    ("El equipo habría ganado", "El equipo habría ganado si no hubiera llovido."),
    ("La fusion aura lieu", "La fusion aura lieu à condition que les autorités l'approuvent."),
    ("Le pont reste ouvert", "Le pont reste ouvert tant que le vent reste faible."),
    ("Les locataires seront remboursés", "Les locataires seront remboursés pourvu qu'ils le demandent avant mai."),
    ("El puente sigue abierto", "El puente sigue abierto mientras el viento sea débil."),
    ("Los inquilinos recibirán un reembolso", "Los inquilinos recibirán un reembolso con tal de que lo soliciten."),
    ("Die Mieter erhalten eine Erstattung", "Die Mieter erhalten eine Erstattung, vorausgesetzt sie beantragen sie."),
    ("The vaccine is free", "The vaccine is free on condition that patients register."),
])
def test_a_condition_after_the_quotes_end_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Le pont est", "Le pont est si grand qu'on le voit de loin."),
    ("Il se demande", "Il se demande si la dose est trop forte."),
    ("El puente sigue abierto", "El puente sigue abierto, mientras que el túnel cerró."),
])
def test_si_as_so_or_after_asking_and_mientras_que_are_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("The vaccine is free", "The vaccine is free for those who qualify."),
    ("Le vaccin est gratuit", "Le vaccin est gratuit pour ceux qui remplissent les conditions."),
    ("La vacuna es gratuita", "La vacuna es gratuita para quienes cumplan los requisitos."),
    ("Die Impfung ist kostenlos", "Die Impfung ist kostenlos für diejenigen, die sich anmelden."),
])
def test_a_scope_narrowed_to_those_who_after_the_quotes_end_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


def test_for_those_before_a_noun_is_no_scope():
    _exact("The prize is", "The prize is for those of us who stayed.")
