"""A source line closing a republished story: "Fuente: <outlet>", "Fonte: <outlet>", "Source : <outlet>" as the
line right after the story's last paragraph (round b16notice, from notices-blind16's first run:
a Venezuelan magazine's "Fuente: Caraota digital"; bench/labels/README.md).

The same label is many other things: under a picture or in a caption, the picture's credit; under a table, the data's
source; after a story, a wire's name ("Quelle: sid/dpa", labelled no notice in dev19: the text's agency, as a
byline's is). What makes it a republication is the outlet it names standing where a story's end is: a plain line
(no caption, credit, small print, menu, footer, link, comment or aside), right after a paragraph of the story, naming
a publication, not a wire, an agency or a press release (:data:`_WIRE`), not a data source's office and not the site
itself. Read in the languages of the
cue lexicon: EN, DE, FR, ES, PT, IT, RU. Review rvn52 found the same line naming no publication at a story's end more
often than the round had read: an authority (a ministry in each language's spelling, a government, a city, the
police, a court), a statistics office or central bank by its short name ("Fuente: INE", "Quelle: Destatis"), the
newsroom's own work ("Fuente: Redacción", "Quelle: Eigene Recherche", "Fuente: Elaboración propia"), a kind of
source ("Source: Company filings", "Fuente: Redes sociales") and a quotation's source under its ``<blockquote>``:
none is a republication. Round b19notice: a story the layout sets whole in a ``<nav>`` or an ``<aside>`` (a
news item's page whose article stands in a menu's container) closes on such a line too ("Quelle: Spiceworks" after a
survey's methodology): the container both the line and the paragraph before it share, at the main text's edge, is the
story's place and no sign against the line.

Why a module of its own: the line's form is read by the image credit's rules as a source's credit and scored low
there (p .36 on the page): the decision needs the line's neighbours, which those rules never see.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from archiver.core import lazy_re
from archiver.extract.cue_match import Folding
from archiver.extract.model import Notice
from archiver.extract.notice_credit_forms import _AGENCY
from archiver.extract.notice_credits import _site_key
from archiver.extract.notice_wires import WIRE_NAMES
from archiver.extract.page_lines import (
    CTX_ASIDE,
    CTX_BOX,
    CTX_CAPTION,
    CTX_COMMENT,
    CTX_CREDIT,
    CTX_FOOTER,
    CTX_LINK,
    CTX_NAV,
    CTX_SMALL,
)

_F = re.IGNORECASE

#: "<label>: <outlet>": the outlet one to five words opening in a capital, no digit (a date, a figure), no
#: sentence's stop, no picture word after the label; perhaps a second such name after a comma, the writer and the
#: outlet ("Source: Ole Ritzau, Harbour Quarterly"; review rvn55: the comma was read as no outlet at all). Behind
#: `Folding`: tried only on a line holding one of its labels (its needed strings, shipped in cue_needs), so a page
#: with no such line never compiles it (0.6-0.7 ms of one `archive URL`, issue 13).
_SOURCE_LINE = Folding(lazy_re.compile(
    r"^\W{0,2}(fuente|fonte|source|quelle|источник)\s*[:：]\s*"
    r"(?!(photo|foto|bild|image|imagen|immagine|imagem|фото)\w*\b)"
    r"(?P<outlet>(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[^\W\d_][\w.&'’-]*(\s+[^\W\d][\w.&'’-]*){0,4}"
    r"(\s*,\s*(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[^\W\d_][\w.&'’-]*(\s+[^\W\d][\w.&'’-]*){0,4})?)\s*$", _F))
#: A wire, an agency or an office: the text's or the figures' source, no republication.
_WIRE = lazy_re.compile(
    r"\b(agencias?|agência|agenzia|agentur|agence|agency|агентств\w*|press|presse|prensa|imprensa|stampa|news agency|"
    r"institut\w*|instituto|istituto|ministeri\w*|ministère|ministry|bundesamt|office|oficina|ufficio|statisti\w*|"
    r"estadística|estatística|banco|bank|university|universidad|"
    # a press release: the text's source, as a wire's is ("Quelle: Pressemitteilung Example e.V.")
    r"press(e)?[- ]?(release|mitteilung|information)\w*|pressemeldung|communiqué|comunicado|comunicato|пресс-релиз\w*|"
    # an authority: a ministry in every language's spelling, a government, a city, the police, a court (review rvn52:
    # "Fonte: Ministério da Saúde", "Fonte: Ministero della Salute", "Quelle: Polizeipräsidium München")
    r"minist[eé]rio|ministero|министерств\w*|минздрав\w*|gobierno|governo|gouvernement|government|regierung|"
    r"правительств\w*|ayuntamiento|prefeitura|comune|mairie|préfecture|stadt|council|администрац\w*|"
    r"polic\w*|polizei\w*|polícia|policía|полици\w*|мвд|court|tribunal|gericht\w*|суд|"
    # a national statistics office or a central bank by its short name ("Fuente: INE", "Quelle: Destatis")
    r"(?-i:INE|INSEE|Insee|Destatis|Istat|ISTAT|IBGE|Eurostat|ONS|BLS|OECD|OCDE|OCSE|IMF|FMI|ECB|EZB|BCE)|росстат|"
    r"ОЭСР|МВФ|bundesbank|"
    # the newsroom's own work, or a kind of source rather than a publication ("Fuente: Redacción", "Fuente: Elaboración
    # propia", "Quelle: Eigene Recherche", "Source: Company filings", "Fuente: Redes sociales")
    r"redacción|redação|redaktion|redazione|rédaction|редакци\w*|staff|newsroom|own|eigene[rn]?|propi[ao]|própri[ao]|"
    r"собственн\w*|elaboración|elaboração|elaborazione|recherche|research|investigación|ricerca|pesquisa|"
    r"data|daten|datos|dados|dati|данны\w*|filings?|reports?|survey|umfrage|encuesta|sondage|sondaggio|опрос\w*|"
    r"estimates?|schätzung\w*|calculations?|berechnung\w*|cálculos?|calcoli|calculs?|расч[её]т\w*|"
    r"social media|soziale[n]? medien|réseaux sociaux|redes sociales|redes sociais|social network\w*|"
    r"социальн\w+ сет\w*|twitter|facebook|instagram|telegram|youtube|tiktok)\b", _F)
#: The wires a caption credits by name (one table: notice_wires; noticeleft54), and the agencies: a wire only as a
#: whole name of the outlet's (:func:`_names_wire`).
_NAMED_WIRE = lazy_re.compile(r"\b" + WIRE_NAMES + r"(?!\w)|" + _AGENCY, _F)
#: A newspaper named by an article and the press's word ("La Presse", "Die Presse", "La Stampa", "La Prensa", "The
#: Press"): a publication, though :data:`_WIRE` reads its word as a wire's ("Europa Press", "The Canadian Press",
#: "Press Association" stay wires; review rvn55).
_PAPER = lazy_re.compile(r"^(la|die|the|il|le|el|a|o)\s+(press|presse|prensa|imprensa|stampa)\b"
                         r"(?!\s*-?\s*(association|agency|agentur|agencia))", _F)
#: What separates an outlet's names, one from the next ("APA/dpa", "EFE, Europa Press", "dpa-AFX").
_PART_EDGE = ",/;|&+-"
#: A wire's service named after it, still the wire ("AP News", "Reuters Photos", "Europa Press TV").
_SERVICE = lazy_re.compile(r"^(news|newswire|wire|photos?|fotos?|images|pictures|video|tv|televisión|televisão|"
                           r"digital|online|\.com)\b", _F)
#: Where the closing line may not stand.
_NOT_HERE = CTX_CAPTION | CTX_CREDIT | CTX_SMALL | CTX_NAV | CTX_FOOTER | CTX_LINK | CTX_COMMENT | CTX_ASIDE
#: Containers a whole story is sometimes set in (a ``<nav>``, an ``<aside>``): shared by the main text's closing line
#: and the paragraph before it, they are the story's place, not the line's.
_CONTAINERS = CTX_NAV | CTX_ASIDE
#: The story's paragraph before it: at least this long.
_PARAGRAPH = 150


def _names_site(outlet: str, site: frozenset[str]) -> bool:
    """Whether the outlet's first words are one of the site's own names ("Al Jazeera News" on aljazeera.com)."""
    words = outlet.split()
    return any(_site_key("".join(words[:k])) in site for k in range(1, len(words) + 1))


def source_closing(lines: Sequence[str], contexts: Sequence[int], i: int, position: str | None,
                   pictures: frozenset[str], site: frozenset[str] = frozenset()) -> Notice | None:
    """A republication's closing source line at ``i`` (see the module's docstring), or None. ``position`` is the
    line's place against the main text (``notices._Positions``); ``pictures`` the texts set under a picture;
    ``site`` the page's own names (:func:`~archiver.extract.notice_credits.site_keys`): a site naming itself as the
    source ("Source: Example News" on example.com) republishes nothing."""
    line = lines[i].strip()
    if i == 0 or position not in ("main_edge", "after_main") or line in pictures:
        return None
    # a story set whole in a menu or an aside (the layout's container, round b19notice: a news item inside a <nav>):
    # the closing line of the main text shares that container with the paragraph before it, which is no sign against it
    story = contexts[i - 1] & contexts[i] & _CONTAINERS if position == "main_edge" else 0
    if contexts[i] & _NOT_HERE & ~story:
        return None
    m = _SOURCE_LINE.match(line)
    if m is None or _names_wire(_PAPER.sub("", m["outlet"])) or _names_site(m["outlet"], site):
        return None
    before = lines[i - 1]
    if len(before) < _PARAGRAPH or contexts[i - 1] & _NOT_HERE & ~story:
        return None
    if (contexts[i - 1] ^ contexts[i]) & CTX_BOX:  # a quotation's (or a box's) source under it, not the story's (a
        return None  # box holding the whole story holds both lines: review rvn52)
    if contexts[i] & CTX_BOX and _box_inside_story(lines, contexts, i):
        return None
    return Notice("republished_from", line)


def _names_wire(outlet: str) -> bool:
    """Whether the outlet names a wire, an agency or an office (:data:`_WIRE`), or is a wire by its name
    (:data:`_NAMED_WIRE`): the wire's name, perhaps its service's word after it, as a whole name of the outlet's,
    alone or between its separators ("Quelle: APA/dpa", "Fuente: EFE, Europa Press", "Source: AP News"). Inside a
    name a wire's name is that name's word: the start of a publication's title ("Source: APA Monitor on Psychology",
    the psychologists' magazine) or a person's surname ("Source: Ole Ritzau, Harbour Quarterly"): the outlet is
    republished (review rvn55: both were read as wires)."""
    if _WIRE.search(outlet):
        return True
    for w in _NAMED_WIRE.finditer(outlet):
        before, after = outlet[:w.start()].rstrip(), outlet[w.end():].lstrip()
        service = _SERVICE.match(after)
        if service is not None:
            after = after[service.end():].lstrip()
        if (not before or before[-1] in _PART_EDGE) and (not after or after[0] in _PART_EDGE):
            return True
    return False


def _box_inside_story(lines: Sequence[str], contexts: Sequence[int], i: int) -> bool:
    """Whether line ``i``, in a box (a ``<blockquote>`` or a box's class), stands in a box the story opened after its
    own paragraphs: a quotation of several paragraphs with its source line inside it ("<blockquote><p>...</p>
    <p>Fuente: El País</p></blockquote>", noticeleft54: read as the page's republication). The box is the story's own
    when it holds more of the paragraphs than stand outside it before it: a box holding the whole story holds its
    first paragraphs too, and a story in a box after a lede ("<p class='lead'>...</p><div class='panel-body'>
    ...</div>") or a post quoting a whole story after a line of its own is the story (review rvn55: both lost their
    republication under extractor 117); a box the story goes on after is a quotation, however long."""
    start = i
    while start > 0 and contexts[start - 1] & CTX_BOX:
        start -= 1
    end = i
    while end + 1 < len(lines) and contexts[end + 1] & CTX_BOX:
        end += 1
    if any(_story_paragraph(lines, contexts, j) for j in range(end + 1, len(lines))):
        return True  # the story goes on after the box: a quotation, however long
    inside = sum(len(lines[j]) for j in range(start, i) if len(lines[j]) >= _PARAGRAPH)
    outside = sum(len(lines[j]) for j in range(start) if _story_paragraph(lines, contexts, j))
    return outside > 0 and outside >= inside


def _story_paragraph(lines: Sequence[str], contexts: Sequence[int], j: int) -> bool:
    """Whether line ``j`` is a paragraph of the story outside any box."""
    return len(lines[j]) >= _PARAGRAPH and not contexts[j] & (CTX_BOX | _NOT_HERE)
