"""A finding the source says holds in animals, in cells or in the laboratory: a quote that ends before that phrase
states it of people (quote rules 87).

"The drug cures cancer" is a verbatim part of "The drug cures cancer in mice." and of "The drug cures cancer, in
mice."; only a dash ("— in mice", :mod:`archiver.quotes.dash_phrase`) or a word of restriction ("only in mice",
"at least in mice") was read before. Leaving off where a finding was made is the commonest way a study's result is
overstated in the press, so the phrase is read after a comma and with no mark at all, but narrowly: a preposition
(:data:`_PHRASE`), at most three words of a determiner or an adjective ("in genetically modified mice", "in a mouse
model", "bei jungen Mäusen"; not German "bei den Tieren", with the animals), and a noun of a laboratory animal, of cells grown or taken for study, or of the
laboratory's tests ("in vitro", "in test tubes", "in lab tests", "im Reagenzglas", "in provetta"). Not "in cells"
alone (a prison's, a battery's), nor "in the lab" alone (where a person works). A human group ("in older patients") is
read by :mod:`archiver.quotes.group_scope` since rules 95, by a closed list of groups: the reverted rules-83 draft,
which read any place, population or time after a comma, refused 12 faithful cuts.
"""

from __future__ import annotations

import re

#: A preposition, up to three words of determiner or adjective, and a noun of laboratory animals, cells under study
#: or the laboratory, ending the phrase (a word boundary after it), in the seven languages.
_PHRASE = re.compile(
    r"(?P<phrase>(?:(?:in|among|on|using)[ \t\u00a0\u202f]+(?:[a-z][a-z'-]*[ \t\u00a0\u202f]+){0,3}"
    r"(?:mice|mouse[ \t\u00a0\u202f]+models?|rats|rodents|animals|animal[ \t\u00a0\u202f]+(?:models?|studies|experiments"
    r"|tests|trials)|monkeys|primates|macaques|dogs|pigs|zebrafish|fruit[ \t\u00a0\u202f]+flies|worms|yeast"
    r"|cell[ \t\u00a0\u202f]+(?:cultures?|lines?)|cells[ \t\u00a0\u202f]+in[ \t\u00a0\u202f]+(?:a|the)[ \t\u00a0\u202f]+"
    r"(?:dish|lab)|petri[ \t\u00a0\u202f]+dish(?:es)?|test[ \t\u00a0\u202f]+tubes?|(?:lab|laboratory)"
    r"[ \t\u00a0\u202f]+(?:tests|studies|experiments|settings?|conditions)|organoids|vitro)"
    r"|in[ \t\u00a0\u202f]+(?:cancer|tumou?r|human|stem|cultured|isolated)[ \t\u00a0\u202f]+cells)"
    r"|(?:bei|an|in|im)[ \t\u00a0\u202f]+(?:(?:jungen|alten|gentechnisch|veränderten|weiblichen|männlichen)"
    r"[ \t\u00a0\u202f]+){0,2}(?:Mäusen|Ratten|Tieren|Nagetieren|Affen|Zellkulturen|Zelllinien|Tierversuchen"
    r"|Tiermodellen|Tiermodell|Mausmodell|Reagenzglas|Laborversuchen)"
    r"|(?:chez|sur|dans|en|in)[ \t\u00a0\u202f]+(?:(?:la|les|le|l'|des|de|jeunes)[ \t\u00a0\u202f]*){0,2}"
    r"(?:souris|rats|animaux|rongeurs|singes|cultures[ \t\u00a0\u202f]+cellulaires|éprouvettes?"
    r"|modèles?[ \t\u00a0\u202f]+animaux|vitro)"
    r"|(?:en|con)[ \t\u00a0\u202f]+(?:(?:los|las|el|unos|unas)[ \t\u00a0\u202f]+){0,1}(?:ratones|ratas|animales"
    r"|roedores|monos|cultivos[ \t\u00a0\u202f]+celulares|probetas?|modelos[ \t\u00a0\u202f]+animales)"
    r"|(?:nei|sui|negli|sugli|in|su)[ \t\u00a0\u202f]+(?:(?:i|gli|le|dei|degli)[ \t\u00a0\u202f]+){0,1}(?:topi|ratti"
    r"|animali|roditori|scimmie|colture[ \t\u00a0\u202f]+cellulari|provetta|modelli[ \t\u00a0\u202f]+animali)"
    r"|(?:em|nos|nas)[ \t\u00a0\u202f]+(?:(?:os|as)[ \t\u00a0\u202f]+){0,1}(?:ratos|camundongos|animais|roedores"
    r"|macacos|culturas[ \t\u00a0\u202f]+celulares|tubos?[ \t\u00a0\u202f]+de[ \t\u00a0\u202f]+ensaio"
    r"|modelos[ \t\u00a0\u202f]+animais)"
    r"|(?:у|на|в)[ \t\u00a0\u202f]+(?:мышей|крыс|животных|грызунов|обезьян|мышах|крысах|животных|клеточных"
    r"[ \t\u00a0\u202f]+культурах|пробирке|лабораторных[ \t\u00a0\u202f]+условиях))(?![^\W\d_])",
    re.IGNORECASE)


def lab_scope(after: str, at: int) -> re.Match[str] | None:
    """The phrase of laboratory animals, cells or the laboratory (:data:`_PHRASE`) that starts at ``after[at]``, if
    any: the text right after a quote's end, past its comma or the space before it."""
    return _PHRASE.match(after, at)
