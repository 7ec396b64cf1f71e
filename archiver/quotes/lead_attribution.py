"""A quote that starts right after an attribution opening its sentence: to an unconfirmed source
(rules 39), or, when the quote is the rest of that sentence, to any source (rules 44).

"the minister lied" is a verbatim part of "According to unconfirmed reports, the minister
lied.", "le ministre a menti" of "Selon des sources non confirmées, le ministre a menti.": the
quote states as a fact what the source only reports as a rumour (red team q39, rules 39: it
passed ``exact``). Only an attribution that itself doubts its source is read (a word of
:data:`_UNCONFIRMED`, or a negation before a participle: "non confirmées", "no confirmadas"):
"According to police, two people died" quoted as "two people died" is how reporting is quoted
(red team q39's own faithful neighbour "Selon la mairie, le pont sera fermé"). (The same
attribution after the claim, "..., according to its maker.", is a ``trailing_word`` difference
whatever it names, since rules 21: :data:`archiver.quotes.trail_limit.ATTRIBUTIONS`.) As at the
end, "according to plan", "court records", "city data" name a plan or the evidence
(:data:`archiver.quotes.trail_limit.ACCORDING_TO_WHAT`), and a quote that itself reports an act
or a claim ("has pledged to", "warned that": :data:`archiver.quotes.trail_limit.SPEECH_ACTS`,
:data:`archiver.quotes.trail_limit.REPORTED_AS_CLAIM`) already says whose words they are.

Only an attribution at the very start of the sentence is read, set off by its comma, or (rules
41) a doubted source before its verb of saying ("Unconfirmed reports say"), a rumour's set phrase
("Rumour has it that") or a source before German "zufolge" ("Berichten zufolge", reportedly):
:data:`_SAYING`. An attribution in mid-sentence is the trailing rules'
(:mod:`archiver.quotes.trail_aside`).

Rules 44 (red team q44) made the two ends one rule: "Selon l'AFP, le pont sera fermé" quoted as
"le pont sera fermé" was ``exact`` while "Le pont sera fermé, selon l'AFP." quoted as "Le pont
sera fermé" was ``altered``. An attribution cut from either end makes the source's report its own
claim (design quotes.md: attribution changes are material), so a named source opening the
sentence is read too when the quote runs to the sentence's end (a whole claim, as a quote must
open the sentence for the trailing rule); "According to police, two people died" quoted as "two
people died" is now ``altered`` ("the claim of 'police'"). A noun phrase ("the bridge" of
"According to Reuters, the bridge will close"), a plan or a record, a speaker's tag ("Police say
...") and Russian "по" before anything but a source ("По сути, ") stay unread.
"""

from __future__ import annotations

import re
import unicodedata

from archiver.quotes.gaps import abbreviation_stop
from archiver.quotes.lexicon import PARTICIPLE_NEGATIONS, WORD, fold_word
from archiver.quotes.model import Difference
from archiver.quotes.trail_limit import ACCORDING_TO_WHAT, REPORTED_AS_CLAIM, SPEECH_ACTS

#: How far back the sentence's start is looked for.
_LOOK_BACK = 120
#: The attribution opening a sentence, up to the comma right before the quote; a relative clause
#: set off by commas may follow its source ("According to unconfirmed reports, which circulated
#: on Monday, ...": red team rvq39).
_OPENING = re.compile(
    r"^[\s\"'\u201c\u201e\u00ab(]*(?P<word>according\s+to|selon|d['\u2019]apr[eè]s|de\s+sources?|seg[uú]n|secondo"
    r"|segundo|de\s+acuerdo\s+con|de\s+acordo\s+com|stando\s+a|laut|zufolge|по|как\s+сообща[ею]т)"
    r"\s+(?P<source>(?:[^,.;:!?\n]|(?<=\b[A-Z])\.){1,80}?)"  # an initial's stop: "U.S. officials"
    r"(?:\s*,\s*(?:which|that|who|qui|que|quien|quienes|die|der|das|che|cui|который|которые|которая)\b[^,.;:!?\n]{0,80})?"
    r"\s*,\s*$",
    re.IGNORECASE,
)
#: The same without a comma (rules 41): a doubted source before a verb of saying opening its
#: sentence ("Unconfirmed reports say (that)", "Anonymous sources claimed that", "Des rumeurs
#: disent que"), a rumour's set phrase ("Rumour has it that", "Se rumorea que", "Il se murmure
#: que"), or a German source before "zufolge" and maybe the verb after it ("Berichten zufolge
#: soll", "Unbestätigten Berichten zufolge:").
_SOURCE_WORDS_RE = r"(?:[^\W\d_][\w'\u2019-]*\s+){0,3}?[^\W\d_][\w'\u2019-]*"
_SAYING = re.compile(
    r"^[\s\"'\u201c\u201e\u00ab(]*(?:"
    r"(?P<rumour>rumou?rs?\s+(?:has|have)\s+it|word\s+has\s+it|(?:il\s+)?se\s+murmure|se\s+rumorea|si\s+(?:vocifera|mormora)"
    r"|corre\s+o\s+boato(?:\s+de)?|ходят\s+слухи)"
    r"|(?P<source>" + _SOURCE_WORDS_RE + r")\s+(?P<verb>say|says|said|claim|claims|claimed|suggest|suggests|suggested"
    r"|allege|alleges|alleged|indicate|indicates|indicated|disent|affirment|prétendent|dicen|afirman|aseguran|dicono"
    r"|affermano|dizem|afirmam|sagen|behaupten|говорят|утверждают|сообщают"
    # review of rules 41: other verbs of reporting, and "told" with its hearer ("Unnamed sources
    # told the BBC that")
    r"|state|states|stated|report|reports|reported|(?:told|tell|tells)(?:\s+[^\W\d_][\w'\u2019.-]*){0,3}?"
    r"|indiquent|rapportent|assurent|expliquent|soutiennent|señalan|indican|sostienen|informan|apuntan"
    r"|riferiscono|sostengono|indicano|riportano|indicam|relatam|informam|apontam|berichten|erklären"
    r"|заявляют|пишут)"
    r"|(?P<zsource>" + _SOURCE_WORDS_RE + r")\s+(?P<zufolge>zufolge)(?:\s*:|\s+[^\W\d_]+)?"
    r")(?:\s*,?\s+(?:that|que|qu['\u2019]|dass|che|что|de\s+que))?\s*[,:]?\s*$",
    re.IGNORECASE,
)
#: German reports of no one named ("Berichten zufolge", "Medienberichten zufolge": reportedly).
_UNNAMED_REPORTS = frozenset(["berichten", "medienberichten", "presseberichten", "zeitungsberichten"])
#: Beginnings of :data:`_UNCONFIRMED` that name a rumour on their own; the others describe a
#: source and need its noun ("Anonymous said" names the group, "Anonymous sources said" doubts).
_RUMOUR_NOUNS = ("rumo", "gerücht", "rumeur", "indiscrezion", "speculat", "spekul", "specul", "слух")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")  # a line's end ends its sentence, a space after it or not
_WORDS = re.compile(WORD)
#: Beginnings of words that make an attribution a rumour: "unconfirmed reports", "unverified
#: claims", "rumours", "anonymous sources", "unbestätigten Berichten", "rumeurs", "rumores",
#: "indiscrezioni", "слухам", "неподтверждённым данным".
_UNCONFIRMED = ("unconfirm", "unverif", "unsubstant", "uncorroborat", "unofficial", "rumo", "anonym", "unnamed",
                "unidentif", "speculat", "unbestätig", "gerücht", "spekul", "inoffiziell", "rumeur", "officieu",
                "rumor", "anonim", "extraoficial", "specul", "indiscrezion", "ufficios", "слух", "неподтвержд",
                "непроверен", "аноним", "неофициальн", "неназванн")
#: Beginnings of the participles a negation (:data:`_NOT`) doubts a source with: "non
#: confirmées", "not authorised to speak", "could not be verified", "non officielle", "nicht
#: genannt". After anything else a negation is a name's ("No Labels", "Non Una Di Meno") or a
#: prefix's ("non-profit").
_DOUBTED = ("confirm", "verif", "corrobor", "bestätig", "conferm", "подтвержд", "провер", "named", "nomm", "nombr",
            "identif", "author", "autoris", "autoriz", "official", "officiel", "oficial", "ufficial", "genannt",
            "назван")
#: Words a negation's participle may stand after ("could not be verified", "pas encore confirmées").
_BETWEEN = frozenset(["be", "been", "yet", "independently", "officially", "encore", "été", "aún", "todavía", "ancora",
                      "ainda", "sido", "offiziell", "unabhängig", "ещё", "еще", "официально"])
#: Negations that before a participle doubt a source ("non confirmées", "no confirmadas", "não
#: confirmadas", "nicht bestätigten").
_NOT = PARTICIPLE_NEGATIONS
#: How many of the source's first words may name a plan or a record (:data:`ACCORDING_TO_WHAT`).
_SOURCE_WORDS = 3


def _bare(word: str) -> str:
    """``word`` folded and without accents, as :data:`_UNCONFIRMED` spells its beginnings
    ("anónimas" is "anonimas")."""
    return "".join(c for c in unicodedata.normalize("NFD", fold_word(word)) if not unicodedata.combining(c))


_UNCONFIRMED_BARE = tuple(_bare(w) for w in _UNCONFIRMED)
_DOUBTED_BARE = tuple(_bare(w) for w in _DOUBTED)


def _doubts(written: list[str], i: int) -> bool:
    """Whether the source's word ``written[i]`` doubts it: a word of :data:`_UNCONFIRMED` not
    written with a capital after the source's first word ("Alcoholics Anonymous" is a name), or
    a negation (:data:`_NOT`) before a participle of :data:`_DOUBTED`, maybe after a word of
    :data:`_BETWEEN` or two ("non confirmées", "could not be verified")."""
    word = _bare(written[i])
    if word.startswith(_UNCONFIRMED_BARE):
        return i == 0 or not written[i][:1].isupper()
    if fold_word(written[i]) not in _NOT:
        return False
    for after in written[i + 1:i + 4]:
        if _bare(after).startswith(_DOUBTED_BARE):
            return True
        if fold_word(after) not in _BETWEEN:
            return False
    return False


#: Nouns of reports and the words that may qualify them with no one named ("According to
#: reports,", "According to media reports,", "Selon des informations de presse,"): read as
#: "Berichten zufolge" (rules 41) is, an attribution to no one (review of rules 41).
_REPORT_NOUNS = frozenset(["reports", "berichten", "medienberichten", "presseberichten", "zeitungsberichten",
                           "informations", "rapports", "informes", "informaciones", "notizie", "relatos", "notícias",
                           "informações", "сообщениям", "данным"])
_REPORT_QUALIFIERS = frozenset(["media", "press", "news", "local", "several", "some", "various", "multiple", "recent",
                                "initial", "early", "jüngsten", "ersten", "mehreren", "des", "de", "presse", "la",
                                "plusieurs", "premières", "medios", "prensa", "unos", "varios", "primeros", "alcune",
                                "stampa", "di", "varie", "da", "imprensa", "alguns", "algumas", "vários",
                                "некоторым", "первым", "сми", "по"])


def _unnamed_reports(written: list[str]) -> bool:
    """Whether the source's words (``written``) are reports of no one named: a noun of
    :data:`_REPORT_NOUNS` last, words of :data:`_REPORT_QUALIFIERS` before it."""
    folded = [fold_word(w) for w in written]
    return bool(folded) and folded[-1] in _REPORT_NOUNS and all(w in _REPORT_QUALIFIERS for w in folded[:-1])


#: Russian "по" opens an attribution only before these ("по данным", "по словам"; not "по сути",
#: "по итогам").
_PO_SOURCES = frozenset(["данным", "словам", "сведениям", "информации", "мнению", "сообщениям", "оценкам"])
_CLOSING = "\"'\u201d\u2019\u00bb)]"


def _ends_its_sentence(original: str, end: int) -> bool:
    """Whether the text right after ``original[end]`` (closing marks aside) ends a sentence."""
    rest = original[end:end + 8].lstrip(_CLOSING + " \t")
    return not rest or rest[0] in ".!?\n\u2026"


#: German opens a sentence with its attribution and no comma, the verb right after it ("Laut
#: Polizei starben zwei Menschen", "Nach Angaben der Feuerwehr brannte ..."); English with "As
#: reported by": review of rules 44 (red team rvq44: both passed ``exact``; "Laut Polizei, ..."
#: with a comma was read). The source is at most :data:`_DE_SOURCE_WORDS` words, each capitalised or an
#: article or preposition of a German noun phrase, so "Laut und deutlich forderten ..." (loud) and
#: a quote starting later in the clause ("Laut Polizei starben gestern [zwei Menschen]") are not read.
_OPENING_DE = re.compile(
    r"^[\s\"'\u201c\u201e\u00ab(]*(?P<word>laut|nach\s+angaben|nach\s+informationen|as\s+reported\s+by)"
    r"\s+(?P<source>[^,.;:!?\n]{1,80}?),?\s*$", re.IGNORECASE)
_DE_SOURCE_WORDS = 4
_DE_PHRASE_WORDS = frozenset(["der", "die", "das", "des", "dem", "den", "einer", "einem", "eines", "von", "vom", "aus",
                              "unserer", "unseres", "eigenen", "the", "of"])


def _german_opening(before: str) -> re.Match[str] | None:
    """:data:`_OPENING_DE`'s match of ``before`` (a sentence up to the quote), or None when its
    source is no noun phrase of :data:`_DE_SOURCE_WORDS` words."""
    m = _OPENING_DE.match(before)
    if m is None:
        return None
    written = _WORDS.findall(m.group("source"))
    if not written or len(written) > _DE_SOURCE_WORDS or not written[0][:1].isupper() and (
            fold_word(written[0]) not in _DE_PHRASE_WORDS):
        return None
    return m if all(w[:1].isupper() or fold_word(w) in _DE_PHRASE_WORDS for w in written) else None


#: First-person possessives opening a source: the page's own information, analysis or reporting
#: ("Selon nos informations", "According to our analysis", "Nach unseren Recherchen" is no
#: attribution form here), whose claim the quote stays when the words are cut (review of rules 44,
#: red team rvq44), unless the noun is the page's sources (:data:`_SOURCE_NOUNS`: still someone
#: else's word).
_OWN = frozenset(["our", "nos", "notre", "nuestro", "nuestra", "nuestros", "nuestras", "unseren", "unserer", "unseres",
                  "nostro", "nostra", "nostri", "nostre", "nosso", "nossa", "nossos", "nossas", "нашим", "нашей",
                  "наших", "нашему", "нашим"])
#: A newspaper naming itself ("Según ha podido saber este diario, ", "According to information
#: obtained by this newspaper, ", "Selon les informations de ce journal, "): a demonstrative before
#: a noun of the press, the page's own sourcing formula, no third party's word (design quotes.md:
#: an attribution change is material, and this attributes the claim to no one else; review of
#: rules 47, red team rvq44's left pair).
_THIS = frozenset(["this", "ce", "cet", "cette", "este", "esta", "questo", "questa", "diese", "dieser", "dieses",
                   "diesem", "deste", "desta", "эта", "этой", "этот", "этого", "этому"])
_PRESS_NOUNS = frozenset(["newspaper", "paper", "daily", "magazine", "publication", "reporter", "journal", "quotidien",
                          "hebdomadaire", "diario", "periódico", "rotativo", "medio", "revista", "zeitung", "blatt",
                          "redaktion", "magazin", "giornale", "quotidiano", "testata", "jornal", "газета", "газеты",
                          "газете", "издание", "издания", "редакция", "редакции"])
_SOURCE_NOUNS = frozenset(["source", "sources", "fuente", "fuentes", "fonte", "fonti", "fontes", "quelle", "quellen",
                           "informant", "informants", "источникам", "источника", "источников"])


#: Words of the paper's own finding out before "this newspaper" in its sourcing formula ("ha podido
#: saber este diario", "information obtained by this newspaper", "les informations de ce journal",
#: "quanto appreso da questo giornale", "apurou este jornal"). Without one the demonstrative is as
#: often anaphoric, another outlet named before ("El Mundo adelantó la noticia. Según este diario,
#: "), or the paper only the holder of a third party ("a rival of this newspaper", "un lector de
#: este diario"): review of rules 48, red team rvq51, where those passed ``exact``.
_FINDING_OUT = frozenset([
    "saber", "sabido", "conocer", "conocido", "confirmar", "confirmado", "averiguar", "averiguado", "constatar",
    "información", "informaciones", "investigación", "learned", "learnt", "obtained", "confirmed", "established",
    "information", "investigation", "informations", "enquête", "appris", "confirmé", "établi", "informationen",
    "recherchen", "erfuhr", "erfahren", "appreso", "risulta", "risultato", "informazioni", "inchiesta", "apurou",
    "apurado", "apurar", "informações", "investigação", "confirmou", "известно", "узнала", "узнало", "выяснила",
    "выяснило"])


#: How far before an attribution's sentence :func:`_names_itself` looks for a paper named earlier.
_ANAPHORA_REACH = 300


def _paragraph_before(original: str, at: int) -> str:
    """The source's text before ``original[at]`` within :data:`_ANAPHORA_REACH` characters and its
    paragraph (no blank line crossed)."""
    text = original[max(0, at - _ANAPHORA_REACH):at]
    return text[text.rfind("\n\n") + 1:]


def _names_itself(words: list[str], before: str) -> bool:
    """Whether ``words`` (a source's folded words) name the page's own paper: a word of
    :data:`_FINDING_OUT`, then a demonstrative of :data:`_THIS` right before a noun of
    :data:`_PRESS_NOUNS` ("ha podido saber este diario", "information obtained by this
    newspaper"), and ``before`` (the source's text before the sentence) names no paper the
    demonstrative could point back to ("... sagte die Zeitung «Ведомости». По данным этого издания")."""
    at = next((i for i, (a, b) in enumerate(zip(words, words[1:], strict=False)) if a in _THIS and b in _PRESS_NOUNS),
              None)
    if at is None or not set(words[:at]) & _FINDING_OUT:
        return False
    if at >= 2 and words[at - 1] in _OF and words[at - 2] not in _FINDING_OUT | _STAFF:
        return False  # "a former editor of this newspaper", "un antiguo director de este diario": a third party
    return not {fold_word(w) for w in _WORDS.findall(before)} & _PRESS_NOUNS


#: Prepositions that make "this newspaper" a holder of what comes before it ("a former editor of
#: this newspaper"), where a finding-out word before it ("les informations de ce journal") or one
#: of the paper's own staff (:data:`_STAFF`: "un periodista de este diario") keeps it the page's
#: own; anyone else holding it is a third party the claim is attributed to (red team rvq52: "According
#: to documents obtained by a former editor of this newspaper, " passed ``exact`` under rules 50).
_OF = frozenset(["of", "de", "del", "des", "du", "di", "della", "dello", "do", "da", "von", "vom", "из"])
_STAFF = frozenset(["reporter", "reporters", "journalist", "journalists", "correspondent", "correspondents",
                    "journaliste", "journalistes", "periodista", "periodistas", "corresponsal", "giornalista",
                    "giornalisti", "jornalista", "jornalistas", "redakteur", "redakteurin", "reporterin",
                    "redaction", "rédaction", "redacción", "redazione", "redação", "корреспондент", "журналист"])


#: The aside of an attribution between a sentence's subject and the quote: ", according to media reports, ", ", по
#: слухам, " (quote rules 101).
_ASIDE = re.compile(r",([^,.;:!?\n]{3,90}),[ \t\u00a0\u202f]*$")


def aside_attribution(original: str, start: int) -> Difference | None:
    """A material ``leading_qualifier`` difference when the match starts right after an attribution set off by commas
    inside its sentence whose source is doubted or unnamed ("The mayor, according to media reports, [knew about the
    payments]", "Мэр, по слухам, [знал о платежах]", "El alcalde, según rumores, [sabía ...]"; quote rules 101, red
    team q101): the quote states as fact what the source only reports. A named source in the aside ("The mayor,
    according to police, knew") is left as at a sentence's start: a quote that does not run to the sentence's end
    makes no claim the attribution could make another's."""
    m = _ASIDE.search(original, max(0, start - _LOOK_BACK - 40), start)
    if m is None:
        return None
    opening = _OPENING.match(m.group(1) + ",") or _SO_SOURCE.match(m.group(1))
    if opening is None:
        return None
    written = _WORDS.findall(opening.group("source"))
    if not written or not (any(_doubts(written, i) for i in range(len(written))) or _unnamed_reports(written)
                           or fold_word(written[0]) in _RUMOUR_WORDS):
        return None
    at = m.start(1) + len(m.group(1)) - len(m.group(1).lstrip())
    words = m.group(1).strip()
    return Difference("leading_qualifier", True, None, words, at, at + len(words),
                      note=f"the quote starts right after {words!r}, which make it a report or a rumour in the source, "
                           "not a fact")


#: German "so" before a source in an aside (", so Gerüchte, ", ", so unbestätigte Berichte, ").
_SO_SOURCE = re.compile(r"^\s*so\s+(?P<source>[^,.;:!?\n]{1,80})$", re.IGNORECASE)
#: Words of rumour after Russian "по" ("по слухам", "по неподтвержденным данным" is read by :func:`_doubts`).
_RUMOUR_WORDS = frozenset(["слухам", "rumours", "rumors", "rumores", "rumeurs", "voci", "boatos", "gerüchten"])


def attribution_before(quote_text: str, original: str, start: int, end: int | None = None) -> Difference | None:
    """A material ``leading_qualifier`` difference when the match (at ``original[start]``) starts
    right after an attribution opening its sentence (:data:`_OPENING`), or None. A doubted or
    unnamed source counts whatever the quote's extent; a named one ("Selon l'AFP, ", "According to
    Reuters, ") when the quote's first part (ending at ``original[end]``) runs to the sentence's
    end, a whole claim, as :data:`archiver.quotes.trail_limit.ATTRIBUTIONS` read after it (rules
    44: an attribution cut from either end makes the source's report its own claim)."""
    lo = max(0, start - _LOOK_BACK)
    ends = [m.end() for m in _SENTENCE_END.finditer(original, lo, start)
            if not (original[m.start()] == "." and abbreviation_stop(original, m.start()))]  # "U.S. officials"
    sentence_start = ends[-1] if ends else (0 if lo == 0 else None)
    if sentence_start is None:
        return None  # no sentence start in reach: no opening attribution read
    m = _OPENING.match(original[sentence_start:start]) or _german_opening(original[sentence_start:start])
    if m is None:
        return _saying_before(quote_text, original[sentence_start:start], sentence_start)
    written = _WORDS.findall(m.group("source"))
    words = [fold_word(w) for w in written]
    if not words or any(w in ACCORDING_TO_WHAT for w in words[:_SOURCE_WORDS]):
        return None  # "According to plan, the bridge opened"
    doubted = any(_doubts(written, i) for i in range(len(written))) or _unnamed_reports(written)
    named = end is not None and _ends_its_sentence(original, end) and (
        fold_word(m.group("word")) != "по" or words[0] in _PO_SOURCES)
    if not doubted and not named:
        return None  # "According to police, the bridge" (a noun phrase), "По сути, ": no claim made another's
    if not doubted and (words[0] in _OWN or _names_itself(words, _paragraph_before(original, sentence_start))) and not set(
            words) & _SOURCE_NOUNS:
        return None  # "Selon nos informations, ", "Según ha podido saber este diario, ": the page's own finding
    quoted = {fold_word(w) for w in _WORDS.findall(quote_text)}
    if quoted & (REPORTED_AS_CLAIM | SPEECH_ACTS):
        return None  # "According to a letter, the firm pledged to pay": the quote reports the act
    at = sentence_start + m.start("word")
    word = m.group("word")
    cut = " ".join(original[at:start].split())
    what = ("reports it as unconfirmed in the source" if doubted
            else f"makes it the claim of {m.group('source').strip()!r} in the source, not the page's own")
    return Difference("leading_qualifier", True, None, word, at, at + len(word),
                      note=f"the quote starts right after {cut!r}, which {what}")  # what was cut, word for word


def _saying_before(quote_text: str, before: str, offset: int) -> Difference | None:
    """A material ``leading_qualifier`` difference when ``before`` (the sentence up to the match,
    which starts at ``original[offset]``) is a doubted source and its verb of saying, a rumour's
    set phrase or a doubted or unnamed source before "zufolge" (:data:`_SAYING`), with no comma."""
    m = _SAYING.match(before)
    if m is None:
        return None
    group = "rumour" if m.group("rumour") else "source" if m.group("source") else "zsource"
    if group != "rumour":
        written = _WORDS.findall(m.group(group))
        folded = [fold_word(w) for w in written]
        unnamed = group == "zsource" and bool(folded) and folded[-1] in _UNNAMED_REPORTS and not any(
            w[:1].isupper() for w in written[:-1] if fold_word(w) not in ("unbestätigten", "anonymen"))
        alone = len(written) == 1 and not _bare(written[0]).startswith(tuple(_bare(w) for w in _RUMOUR_NOUNS))
        if not unnamed and (alone or not any(_doubts(written, i) for i in range(len(written)))):
            return None  # "Police say", "Anonymous said", "Berichten der BBC zufolge"
    quoted = {fold_word(w) for w in _WORDS.findall(quote_text)}
    if quoted & (REPORTED_AS_CLAIM | SPEECH_ACTS):
        return None
    at = offset + m.start(group)
    word = m.group(group)
    return Difference("leading_qualifier", True, None, word, at, at + len(word),
                      note=f"the quote starts right after {word!r}, which reports it as unconfirmed in the source")
