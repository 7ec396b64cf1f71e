"""The news wires a caption or a story credits by name alone: one table for the caption's closing credit
(:func:`~archiver.extract.notice_caption_closings.wire_closing`) and the story's closing source line, where a wire
is the text's source, no republication (:func:`~archiver.extract.notice_source_closing.source_closing`; noticeleft54:
each carried its own list, and "Fuente: Servimedia" closing a story was read as a republication).

A wire whose name is also a common word ("Atlas": a book of maps, a mountain range, a titan) or a short name another
abbreviation shares ("AAP", "CP", "PA", "ATS", "RIA") is read only in the wire's own form, in capitals ("ATLAS",
"AAP") or with its kind ("Agencia Atlas"): "Map of the coast | Atlas" credits a book, no wire (noticeleft54), and "Aap"
is a Dutch word. The others as listed, in capitals or capitalised ("ACN", "Efe"), never in mixed case. A name is a
wire's only where a credit or a source stands (a caption's closing credit, a source line's whole outlet): inside a
longer name it is that name's word ("Source: APA Monitor on Psychology", "Source: Kyodo Gardening Quarterly").
"""

from __future__ import annotations

import re

#: The national and regional news wires, beyond the agencies and libraries of
#: :data:`~archiver.extract.notice_credit_forms._AGENCY` (which are read too): Catalan, Spanish, Italian, Portuguese,
#: Brazilian, Mexican, Argentinian, Dutch, Austrian, Swiss, German church, Nordic, Central and Eastern European,
#: Russian and Asian wires (round credit57: Japan's, Russia's in Latin letters, Malaysia's, Indonesia's, India's).
WIRES = ("ACN", "Colpisa", "Servimedia", "AGI", "Adnkronos", "LaPresse", "Lusa", "Notimex", "Télam", "ANP",
         "APA", "SDA", "Keystone-SDA", "Keystone-ATS", "KNA", "epd", "TT", "NTB", "Ritzau", "STT", "ČTK", "MTI", "TASR",
         "BTA", "HINA", "STA", "Tanjug", "Interfax", "ТАСС", "РИА Новости", "Интерфакс", "TASS", "RIA Novosti",
         "Kyodo News", "Kyodo", "Jiji Press", "Bernama", "Antara", "PTI")
#: Wires whose name is a common word or another abbreviation's letters: only in capitals or after their kind's word
#: (Spanish "Agencia Atlas"): Australia's AAP, the Canadian Press, the British PA, Switzerland's French ATS, RIA.
WORD_WIRES = ("Atlas", "AAP", "CP", "PA", "ATS", "RIA")


def _wire(name: str) -> str:
    """One wire's name as captions write it: as listed, in capitals, or capitalised, never in mixed case."""
    forms = dict.fromkeys((re.escape(name), re.escape(name.upper()), re.escape(name.capitalize())))
    return "(?-i:" + "|".join(forms) + ")"


def _word_wire(name: str) -> str:
    """A common word's wire in the wire's form only: in capitals, or after "Agencia"/"Agência"/"Agenzia"."""
    return "(?-i:" + re.escape(name.upper()) + r"|(Agencia|Agência|Agenzia|Agence|Agentur) " + re.escape(name) + ")"


#: Any wire's name in its form (a regular expression's alternation, no flags of its own to set).
WIRE_NAMES = "(" + "|".join([*(_wire(w) for w in WIRES), *(_word_wire(w) for w in WORD_WIRES)]) + ")"
