"""A credential or a job line is no person's name ("Licensed Q Arabica Grader", "Certified Financial Planner",
"Registered Dietitian", "Zertifizierter Ernährungsberater", "Diététicienne nutritionniste").

authors-blind18's first run reported "Licensed Q Arabica Grader": the writer's credential line under her name
("Asser Christensen" / "Licensed Q Arabica Grader, M.A. Journalism"), taken by trafilatura's layout guess and let
through by the policy's rule 4a (two or more capitalised words shown as a name where a credit stands). Nothing in a
name's shape tells a credential from a name; its words do: a qualification's adjective opening it ("Licensed",
"Certified", "Zertifizierter", "Diplômé", "Certificado") or a profession's noun closing it ("... Dietitian",
"... Ernährungsberaterin", "... Nutricionista"), with no listed given name among its words. A listed given name
keeps the line a name with a title ("Licenciado Juan Pérez", "Jane Planner"): the other readers cut such titles.

Why word lists, not a general form (round auth59 asked whether a shape could replace them, and counted on the
1,151 labelled names of two words or more of ``../shared/bench/metadata`` and ``bench/labels/authors-*.jsonl``):
a qualification's adjective is a past participle, but a participle's ending opens names too ("-ed", "-ado", "-ato",
"-é": 8 of the 1,151 open so, "Ed", "Jared", "André", "Fred"; a surname printed first, "Delgado", "Estrada", "Amato",
has no given name to protect it), and a profession's noun is an agent noun, whose endings ("-er", "-or", "-ist",
"-ian", "-eur", "-ista", "-ero", "-ore", "-in") close 171 of the 1,151 labelled names ("Walker", "Taylor", "Weber",
"Amador", "Bozarjian"). No shape tells "Registered" from "Reed" or "Dietitian" from "Bozarjian"; the words do, so
the lists stay, each word one no person's family name commonly is. The degree letters after a name ("M.A.", "PhD",
"MD", "CPP") have a shape and are read by it elsewhere (:func:`archiver.extract.byline_lists.credential`).

Why a module of its own: the word lists are this one check's, in the six languages the person checks cover, and
signals.py (the name shapes) is being edited by another round.
"""

from __future__ import annotations

from archiver.extract.given_names import given_name

# A qualification's adjective opening a credential (EN, DE, FR, ES, IT, PT), folded to lower case.
_QUALIFIED = frozenset((
    "licensed", "certified", "registered", "chartered", "accredited", "board-certified", "credentialed", "qualified",
    "zertifiziert", "zertifizierter", "zertifizierte", "geprüfter", "geprüfte", "staatlich", "diplomierter",
    "diplomierte", "approbierter", "approbierte", "examinierter", "examinierte", "lizenzierter", "lizenzierte",
    "vereidigter", "vereidigte",
    "certifié", "certifiée", "diplômé", "diplômée", "agréé", "agréée",
    "certificado", "certificada", "titulado", "titulada", "diplomado", "diplomada", "colegiado", "colegiada",
    "acreditado", "acreditada", "registrado", "registrada", "licenciado", "licenciada",
    "certificato", "certificata", "abilitato", "abilitata", "diplomato", "diplomata", "qualificato", "qualificata",
    "credenciado", "credenciada", "habilitado", "habilitada"))

# A profession's noun closing a job line: trades a credential names, never a person's family name in these
# languages' common use (no "Nurse", "Trainer", "Coach", "Planner" alone: each is a surname too).
_PROFESSION = frozenset((
    "dietitian", "dietitians", "dietician", "nutritionist", "nutritionists", "grader", "therapist", "physiotherapist",
    "pharmacist", "physician", "practitioner", "hygienist", "counselor", "counsellor", "psychologist", "sommelier",
    "accountant", "adviser", "advisor", "consultant", "specialist", "instructor", "strategist", "analyst",
    "ernährungsberater", "ernährungsberaterin", "heilpraktiker", "heilpraktikerin", "steuerberater",
    "steuerberaterin", "physiotherapeut", "physiotherapeutin", "apotheker", "apothekerin", "berater", "beraterin",
    "diététicien", "diététicienne", "nutritionniste", "kinésithérapeute", "pharmacien", "pharmacienne",
    "conseiller", "conseillère", "psychologue",
    "nutricionista", "dietista", "fisioterapeuta", "farmacéutico", "farmacéutica", "asesor", "asesora",
    "psicólogo", "psicóloga", "nutrizionista", "fisioterapista", "farmacista", "consulente", "psicologo",
    "psicologa", "consultor", "consultora", "farmacêutico", "farmacêutica", "nutricionista"))


def credential_line(name: str) -> bool:
    """True when ``name`` is a credential or a job line rather than a person's name: it opens with a qualification's
    adjective (:data:`_QUALIFIED`) or, of two words or more, closes with a profession's noun (:data:`_PROFESSION`),
    and none of its words is a listed given name (:func:`~archiver.extract.given_names.given_name`)."""
    words = name.replace(",", " ").split()
    if not words:
        return False
    folded = [w.casefold().strip(".:;") for w in words]
    if folded[0] not in _QUALIFIED and not (len(words) >= 2 and folded[-1] in _PROFESSION):
        return False
    return not any(given_name(w) for w in words if w[:1].isupper())


__all__ = ["credential_line"]
