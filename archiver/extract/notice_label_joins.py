"""Label lines joined to the lines they introduce, before the notice detector reads the page (:func:`join_labels_at`).

A page often sets a notice's label in an element of its own: a bare label ("Фото:", "Editor's note:") over the line it
introduces, a credit sign alone ("©") over the names it labels, a bare picture marker ("Foto(s)") or a credit field's
label ("Image Credit") over the names or the value. Read line by line, the label says nothing and the names or the
value say nothing of a picture; joined, the pair is the notice the page prints. What is not joined: a label over page
furniture ("Bildquelle:" over a "Share" button), over a line that opens on a label of its own, a menu's or a link's
label, a section's kicker over a title or a byline (:func:`_label_pair`).

Why a module of its own: :mod:`archiver.extract.notices` (the detector, ~1,600 lines) held these pair readers among
its guards; they run once a page before any line is read, and nothing in them reads a notice's cues (session 63's
review moved them whole: every notices set and the 1,185 benchmark pages unchanged). ``notices`` keeps their old
names for its readers.
"""

from __future__ import annotations

from archiver.core import lazy_re
from archiver.extract.cue_match import cue_fold
from archiver.extract.given_names import given_name
from archiver.extract.notice_credit_forms import _LABEL_ONLY, MARKER_WIDTH, bare_marker
from archiver.extract.notice_credits import _NAME_TOKEN
from archiver.extract.notice_features import _F, _INVITE, _TERMINAL, dangling
from archiver.extract.notice_headings import BYLINE_OPENS, LINK_TITLE_WORDS, heading_key
from archiver.extract.notice_picture_lines import FIELD_LABEL_LINE, field_label
from archiver.extract.notice_piece_guards import GUEST_NOTE_LINE, option_list
from archiver.extract.page_lines import CTX_CAPTION, CTX_CREDIT, CTX_LINK, CTX_NAV

# A picture marker standing alone as a box's label, without a colon ("Foto(s)", "Bilder": :func:`bare_marker`), and
# the short line of names under it ("Peter Middel / FLVW"): the picture's credit, set as a pair.
_NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "y",
                             "e", "und", "and", "et", "of", "zu", "dos", "das"})


#: The longest line of names only (:func:`_names_line`).
_NAMES_LINE = 80


def _names_line(line: str) -> bool:
    """Whether a short line is names only ("Peter Middel / FLVW", "Jane Doe"): two to six words,
    each capitalised, a name particle or a domain; a phrase ("Die schönsten Bilder") is not.
    (The length first: it is asked of every line of the page, most of them longer.)"""
    if len(line) > _NAMES_LINE:
        return False
    tokens = _NAME_TOKEN.findall(line)
    if not 2 <= len(tokens) <= 6 or _TERMINAL.search(line.rstrip(".")) and "." not in line[-4:]:
        return False
    return all(t[0].isupper() or t.casefold() in _NAME_PARTICLES or "." in t for t in tokens)


def _label_pair(lines: list[str], contexts: list[int], i: int, headings: frozenset[str] = frozenset(),
                sections: frozenset[str] = frozenset()) -> bool:
    """Whether line ``i`` is a bare picture label and the next line the names (or the account's handle:
    "Фото" / "@janedoe") it introduces, outside menus and links (a menu's "Fotos" above "Alle Galerien"
    introduces no credit). The names may be a link (the photographer's page: "Photography" / "<a>Jane Roe</a>",
    notices-left47) when the label is none and the link opens on a given name (:func:`given_name`) and is shorter
    than a title (:data:`~archiver.extract.notice_headings.LINK_TITLE_WORDS`): a menu's link ("Alle Galerien") opens
    on none, a teaser's ("Annie Leibovitz Returns To Vogue") is a title. A heading under a label (one of ``headings``,
    :func:`~archiver.extract.notice_headings.heading_texts`) is no credit: the label is the section's kicker over a
    title ("Photography" / "Erwin Olaf: I Am", blind13's Vogue Italia). Nor is a byline under a label that names one of
    the site's sections, the text of one of its short links (one of ``sections``, :func:`~archiver.extract.notice_headings.heading_texts`):
    "Photography" (a menu's item too) / "By <a>Jane Roe</a>" or "<a>Jane Roe</a>" is the section's kicker over the
    writer's name (noticeleft49); under a label the page links nowhere a linked name stays the photographer's credit."""
    if i + 1 >= len(lines) or (contexts[i] | contexts[i + 1]) & CTX_NAV or contexts[i] & CTX_LINK:
        return False
    if not (contexts[i] | contexts[i + 1]) & (CTX_CAPTION | CTX_CREDIT) and option_list(lines, i):
        return False  # "Infographic" / "Lab Report" among a filter's formats (round lead62)
    after = lines[i + 1]
    words = after.split()
    if contexts[i + 1] & CTX_LINK and (not given_name(words[0].strip(".,") if words else "") or len(words) >= LINK_TITLE_WORDS):
        return False  # (a link of four words or more is a title: a teaser's "Annie Leibovitz Returns To Vogue", rvn47)
    if headings and heading_key(after) in headings:
        return False
    if (sections and not (contexts[i] | contexts[i + 1]) & (CTX_CAPTION | CTX_CREDIT)
            and (contexts[i + 1] & CTX_LINK or _BYLINE_OPENS.match(after)) and heading_key(lines[i]) in sections):
        return False  # a section's name the page links, over a byline: the section's kicker (noticeleft49); not in a
        # caption or a credit element, where the label is the picture's ("Photography" / "<a>Jane Roe</a>" in a
        # figcaption on a site whose menu links its "Photography" section: review rvx49)
    return ((_names_line(after) or bool(_HANDLE_LINE.match(after))) and bare_marker(lines[i])  # (names first: cheaper)
            and not field_label(after)  # "Image" / "Image Credit": two labels, no name
            and not _WRITER_FIELD.match(after))  # "Fotografía" / "Texto: Juan Pérez": the writer's credit, no picture's


# A byline's opening word before a name: the writer's credit, which a section's label may stand over (:func:`_label_pair`).
_BYLINE_OPENS = BYLINE_OPENS
# A writer's field label before a name ("Text: Anna Berg", "Texto: Juan Pérez", "Texte : Jeanne Roux", "Текст: Анна
# Иванова", "Words by Jane Roe"): the words' credit, never the names a picture's label above it introduces (review
# rvn51: "Fotografía" / "Texto: Juan Pérez" under a hero picture was the credit "Fotografía Texto: Juan Pérez").
_WRITER_FIELD = lazy_re.compile(r"^\W{0,2}(text|texte|texto|testo|tekst|текст|words|autor|autora|autore|author|автор)"
                                r"(\s*[:：]|\s+(by|von|de|par|por|di|da))\s", _F)


def _field_pair(lines: list[str], contexts: list[int], i: int) -> bool:
    """Whether line ``i`` is a picture's credit field label alone (:func:`~archiver.extract.notice_picture_lines.field_label`,
    "Image Credit") and the next line the short value it labels (a credit's sign in it, no prose), outside menus and
    links."""
    if i + 1 >= len(lines) or (contexts[i] | contexts[i + 1]) & (CTX_NAV | CTX_LINK):
        return False
    value = lines[i + 1]
    return (field_label(lines[i]) and 2 <= len(value) <= _FIELD_VALUE and not field_label(value)
            and bool(_CREDIT_SIGN.search(value)) and not _PROSE.search(value))


#: The longest line a credit field label labels (a credit of a few names and agencies).
_FIELD_VALUE = 160
#: What a field's value must hold to be read as a credit: a slash, a bar, a © or "via" between its names and an
#: agency ("Jane Roe / Contributor via Getty Images"); a bare title under "Photo credits" ("Welcome Back Graphic", a
#: page's list of its pictures) or a button ("Bildquelle:" / "teilen") is none.
_CREDIT_SIGN = lazy_re.compile(r"[/|©]|\bvia\b")
#: Four lower-case words in a row: a sentence of prose, not the names and agencies of a credit.
_PROSE = lazy_re.compile(r"(?-i:\b[a-zß-öø-ÿа-яё][\w'’-]*\s+){3}(?-i:[a-zß-öø-ÿа-яё])")


# An account's handle alone on its line ("@janedoe"), under a bare picture label ("Фото" / "@janedoe"): the
# picture's credit, as a line of names is.
_HANDLE_LINE = lazy_re.compile(r"^\s*@[\w.]{2,40}\s*$")


# A credit sign alone on its line ("©", "(c)", "Copyright"): the page set it in an element of its own, a
# label beside the names in the next ("©" / "Jane Doe - Example Stock"), as a picture's source field.
_SIGN_ONLY = lazy_re.compile(r"^\W{0,2}(©|\(c\)|copyright)\W{0,2}$", _F)


def _sign_pair(lines: list[str], contexts: list[int], i: int) -> bool:
    """Whether line ``i`` is a credit sign alone and the next line the short text it labels, outside
    menus and links."""
    if i + 1 >= len(lines) or (contexts[i] | contexts[i + 1]) & (CTX_NAV | CTX_LINK):
        return False
    return bool(_SIGN_ONLY.match(lines[i])) and 2 <= len(lines[i + 1]) <= _SIGN_LABELLED and not _SIGN_ONLY.match(lines[i + 1])


#: The longest line a lone credit sign labels (a name, an agency, a library: a line of names' length).
_SIGN_LABELLED = 80


#: The longest line that can open a joined pair (:func:`join_labels_at`): a bare label (``_LABEL_ONLY``,
#: 30 characters), a credit sign alone (:data:`_SIGN_ONLY`, 13), a guest note ending on "by" (longer ones are not
#: joined: :func:`_guest_pair` is asked only under this length) or a bare picture marker
#: (:func:`~archiver.extract.notice_credit_forms.bare_marker`, ``MARKER_WIDTH`` and three characters each
#: side), or a picture's credit field label (:func:`~archiver.extract.notice_picture_lines.field_label`,
#: ``FIELD_LABEL_LINE``), each with the newline ``$`` allows. Why: the three were asked of every line of the page (~0.15
#: ms of the batch page, issue 13), and most lines are longer; tests/test_extract_speed_join.py reads the
#: widths from the patterns and holds the joined lines to the unguarded reading.
_PAIR_OPENER = max(30 + 1, 13 + 1, MARKER_WIDTH + 7, FIELD_LABEL_LINE + 1)


def _guest_pair(lines: list[str], contexts: list[int], i: int) -> bool:
    """Whether line ``i`` is a guest note (:data:`~archiver.extract.notice_piece_guards.GUEST_NOTE_LINE`) that ends on
    its "by" (:func:`~archiver.extract.notice_features.dangling`: "A guest post by", "Gastbeitrag von") and the next
    line a name and nothing else (:func:`_names_line`), outside menus; the name may be a link (the guest's profile).
    The guest's name is the page's next element there (a newsletter platform's byline widget: "A guest post by" /
    "Manuela Zoninsein" / her bio, notices-blind31), and the note reported alone said "by" and no one (round
    lead65)."""
    if i + 1 >= len(lines) or (contexts[i] | contexts[i + 1]) & CTX_NAV or contexts[i] & CTX_LINK:
        return False
    line = lines[i]
    return dangling(line) and GUEST_NOTE_LINE.holds(line, cue_fold(line)) and _names_line(lines[i + 1])


#: A line opening on a label of its own ("Affiliate Disclaimer: Some of the links ..."): the bare label over it ("Share
#: this post:", a share bar's) labels something else, the buttons the page's text does not hold; joined, the two read as
#: one line opening on the share bar's words, and the disclaimer was lost (notices-blind34's coach's blog).
_OWN_LABEL = lazy_re.compile(r"^[^\W\d][\w’' .]{0,28}:\s+\S")


def join_labels(lines: list[str], contexts: list[int], headings: frozenset[str] = frozenset(),
                 sections: frozenset[str] = frozenset()) -> tuple[list[str], list[int]]:
    """Join a bare label line ("Фото:", "Editor's note:") to the line it introduces, unless that
    line is page furniture ("Bildquelle:" above a "Share" button introduces nothing) or opens on a label of its own
    (:data:`_OWN_LABEL`). A bare
    picture label without a colon and the names under it ("Foto(s)" / "Peter Middel / FLVW")
    are joined too, and read as the caption they are (not over one of the page's ``headings``, nor a section's name
    over a byline: :func:`_label_pair`)."""
    out, ctx, _ = join_labels_at(lines, contexts, headings, sections)
    return out, ctx


def join_labels_at(lines: list[str], contexts: list[int], headings: frozenset[str] = frozenset(),
                    sections: frozenset[str] = frozenset()) -> tuple[list[str], list[int], list[int]]:
    """:func:`join_labels`, and for each given line the index of the joined line holding it."""
    out: list[str] = []
    ctx: list[int] = []
    at: list[int] = []

    def pair(text: str, bits: int) -> None:  # two given lines read as one joined line
        out.append(text)
        ctx.append(bits)
        at.extend((len(out) - 1, len(out) - 1))

    i = 0
    while i < len(lines):
        line = lines[i]
        if len(line) <= _PAIR_OPENER:  # (most lines: none of the forms below opens so long a line)
            if (i + 1 < len(lines) and _LABEL_ONLY.match(line) and not _OWN_LABEL.match(lines[i + 1])
                    and not _INVITE.search(lines[i + 1], cue_fold(lines[i + 1]))):
                pair(f"{line} {lines[i + 1]}", contexts[i] | contexts[i + 1])
                i += 2
                continue
            if _sign_pair(lines, contexts, i):
                pair(f"{line.strip()} {lines[i + 1]}", contexts[i] | contexts[i + 1])
                i += 2
                continue
            if _guest_pair(lines, contexts, i):  # (the name's profile link is no link of the note's)
                pair(f"{line.strip()} {lines[i + 1].strip()}", contexts[i] | contexts[i + 1] & ~CTX_LINK)
                i += 2
                continue
            if _label_pair(lines, contexts, i, headings, sections) or _field_pair(lines, contexts, i):
                pair(f"{line} {lines[i + 1]}", contexts[i] | contexts[i + 1] | CTX_CAPTION)
                i += 2
                continue
        out.append(line)
        ctx.append(contexts[i])
        at.append(len(out) - 1)
        i += 1
    return out, ctx, at


