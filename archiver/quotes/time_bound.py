"""A claim in the present or the future cut right before the words that bound it in time.

"Emissions will fall by half" is a verbatim part of "Emissions will fall by half by 2050", "Les
prix resteront stables" of "... jusqu'en mars", "I prezzi resteranno stabili" of "... fino a
marzo", "Цены останутся стабильными" of "... до конца марта": the quote makes a lasting state, or
an undated promise, of what the source bounds by a date or a deadline. Rules 28 read "until",
"bis", "jusqu'à", "hasta", "até" after a claim in the present
(:data:`archiver.quotes.trail_limit.UNTIL_WORDS`, ``PRESENT_VERBS``); red team q39 (rules 39)
found the same cut passing ``exact`` wherever the bound is a deadline ("by 2050", "within ten
years", "d'ici 2030", "entro il 2030", "binnen zwei Jahren", "к 2030 году") or an "until" of
Italian ("fino a") or Russian ("до"), and wherever the claim is in a Romance future ("resteront",
"seguirán", "resteranno", "ficarão", "vão ficar") or a Russian present or future, which the
present-verb lists do not hold (French "sera" only).

A past claim's date stays no bound ("The plant closed by 2019" says when it closed), so the
caller asks for a claim in the present or the future (:func:`future_claim` here, its own lists
for the present), as for "until".
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import WORD, fold_word

_MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december"
)
#: Russian months in the genitive, as after "до" ("до марта"); "до сих пор" (still) is no bound.
_MONTHS_RU = r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
_TIME_NOUNS_EN = r"seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|quarters?"
#: A deadline or an "until" opening the words after a match (matched at the bound's first word,
#: case folded). English "by" and "through" only before a date: "by half", "by the council",
#: "through the city" bound nothing in time; "within" only before a span of time ("within the
#: city" is a place).
_BOUND = re.compile(
    r"(?:by|through)\s+(?:\d{4}\b|(?:" + _MONTHS + r")\b|(?:the\s+)?(?:end|middle|start|beginning|close)\s+of\b"
    r"|(?:early|mid|late)[-\s]|(?:next|this)\s+(?:year|month|week|spring|summer|autumn|fall|winter)\b"
    r"|then\b|tomorrow\b|tonight\b|(?:spring|summer|autumn|fall|winter)\b)"
    r"|within\s+(?:[\w-]+\s+){0,2}(?:" + _TIME_NOUNS_EN + r")\b"
    # German: "bis" is an "until" of the lists; "binnen", "innerhalb" before a span of time
    r"|(?:binnen|innerhalb)\s+(?:[\w-]+\s+){0,2}(?:sekunden|minuten|stunden|tagen|wochen|monaten|jahren"
    r"|jahresfrist|monatsfrist|des\s+jahres|der\s+nächsten)\b"
    # French "d'ici 2030", "d'ici la fin", "d'ici à"
    r"|d['\u2019]ici\b"
    # Spanish "para 2030", "para finales de", "en un plazo de"
    r"|para\s+(?:el\s+(?:año\s+)?)?(?:\d{4}\b|finales\b|fin\b|mediados\b)|en\s+un\s+plazo\s+de\b"
    # Italian "fino a/al/alla/all'/ai/agli" (until), "entro" (by, within)
    r"|fino\s+(?:a|al|alla|alle|ai|agli|all['\u2019])\b|entro\b"
    # Portuguese "dentro de" before a span of time
    r"|dentro\s+de\s+(?:[\w-]+\s+){0,2}(?:segundos|minutos|horas|dias|semanas|meses|anos|décadas)\b"
    # Russian "до" (until), "к 2030 году", "к концу", "в течение" (within)
    r"|до\s+(?:конца|начала|середины|\d|" + _MONTHS_RU + r"|весны|лета|осени|зимы|следующего|будущего)"
    r"|к\s+(?:\d{4}|концу|началу|середине)\b|в\s+течение\b",
    re.IGNORECASE,
)

#: Verbs of the future (or the near future's auxiliary) by language: French "-ront", "-ra",
#: "va", "vont"; Spanish "-rá", "-rán", "va", "van"; Italian "-rà", "-ranno"; Portuguese "-rá",
#: "-rão", "vai", "vão". Read only in a passage of that language (or of none told).
_FUTURE_ENDINGS: dict[str, tuple[str, ...]] = {
    "fr": ("eront", "iront", "ront", "era", "ira"),
    "es": ("rá", "rán"),
    "it": ("rà", "ranno"),
    "pt": ("rá", "rão"),
}
_FUTURE_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(["va", "vont"]),
    "es": frozenset(["va", "van"]),
    "it": frozenset(),
    "pt": frozenset(["vai", "vão"]),
    "ru": frozenset(["будет", "будут", "останется", "останутся", "остаётся", "остается", "остаются", "продлится",
                     "продлятся", "сохранится", "сохранятся", "продолжится", "продолжатся", "действует",
                     "действуют", "работает", "работают", "закрыт", "закрыта", "закрыто", "закрыты", "открыт",
                     "открыта", "открыто", "открыты"]),
}
#: Russian third-person verbs in "-тся" are a present or a future ("сохраняется", "продлится"),
#: never a past (which ends in "-лся", "-лась").
_RU_REFLEXIVE = "тся"
#: The shortest word read by its ending ("sera", "ira"), so no short word ("era") is a future.
_MIN_FUTURE = 4
#: The shortest plain-letter ending read in a passage of no language told ("-eront", "-ranno":
#: no English word ends so; "-ront", "-era" do: "front", "camera").
_LONG_ENDING = 5
_SENTENCE_END = re.compile(r"[.!?;]\s")


def time_bound_after(after: str, at: int) -> bool:
    """Whether the words from ``after[at]`` open a deadline or an "until" of the kinds
    :data:`_BOUND` holds ("by 2050", "within ten years", "fino a marzo", "до конца марта")."""
    return _BOUND.match(after, at) is not None


def future_claim(quote_text: str, language: str | None) -> bool:
    """Whether the quote's last sentence holds a verb of the future, or a Russian present or
    future, in ``language`` (None: any covered language). Only the last sentence: a quote running
    over a sentence's end ("... не повернется. Полина" before "до сих пор") bounds only the claim
    of the sentence the bound stands in."""
    words = [fold_word(w) for w in re.findall(WORD, _SENTENCE_END.split(quote_text)[-1])]
    languages = [language] if language is not None else list(_FUTURE_WORDS)
    for lang in languages:
        endings = _FUTURE_ENDINGS.get(lang, ())
        if language is None:  # English "front", "camera" end as short French futures do
            endings = tuple(e for e in endings if not e.isascii() or len(e) >= _LONG_ENDING)
        listed = _FUTURE_WORDS.get(lang, frozenset())
        for w in words:
            if w in listed or (endings and len(w) >= _MIN_FUTURE and w.endswith(endings)):
                return True
            if lang == "ru" and len(w) > len(_RU_REFLEXIVE) + 2 and w.endswith(_RU_REFLEXIVE):
                return True
    return False
