"""A site's account and session interface: whoever it names is signed in, not the page's writer.

A page captured by a signed-in reader names that reader in words every reader of the capture is
shown: "Logged in as Max Mustermann · Log out" in the header, a user menu with the account's name
and "Sign out", a comment form's "Commenting as ...", a profile box "Written by you". Author readers
that go by the layout took that name for the byline: trafilatura's guess (the user menu's name sat
in a ``<span class="author">``), a microdata ``itemprop="author"`` inside the account link (issue
15: "a navigation or account widget's text taken as the byline"). The hidden such widgets were
settled by extractor 61 (:mod:`archiver.extract.shown_lines`); these are the shown ones.

An element sits in such a block (:func:`account_block`) when a small block holding it (at most
:data:`_SMALL` characters of text, no headline, not the page's ``<body>``, ``<main>`` or
``<article>``, and no writer's box above the element: a byline's box that also holds the site's
"Subscriptions · Sign out" links is still the byline) says so on general evidence:

* its class or id names account or session UI (:func:`_account_name`: ``login``, ``logout``,
  ``sign-in``, ``account``, ``user-menu``, ``profile-menu``, ``my-account``, ``session``, a leading
  ``member`` naming an interface (``members-area``)..., as whole words of the name, and the name does not also name an author or a byline);
* it holds a control offered to a signed-in reader only (:data:`_SIGN_OUT_TEXT`: a link or button
  "Log out", "Abmelden", "Se déconnecter", "Cerrar sesión", "Выйти", "Esci", "Sair"..., "Edit
  profile" and its kin; or a link or a form whose address signs out, ``/logout``,
  ``?action=logout``). A "Log in" link is not evidence: every anonymous reader is offered that;
* one of its texts opens with a session phrase (:data:`_SESSION_CUE`: "Logged in as", "Angemeldet
  als", "Connecté en tant que", "Conectado como", "Вы вошли как", "Sei connesso come", "Sessão
  iniciada como", a comment form's "Commenting as", a profile box's "Written by you"...), in EN,
  DE, FR, ES, RU, IT, PT.

A link to a profile page is NOT evidence: many bylines link their writer's ``/author/`` or
``/profile/`` page. The test is asked of the few elements an author reader takes a name from
(trafilatura's guess, :func:`archiver.extract.text.layout_author`; a microdata author,
:mod:`archiver.extract.head`), never of the whole page: a page-wide search for these forms (XPath
over every class, link and text node) cost 13.8 ms a page on the bench pages, a third of an extraction. What the page declares in JSON-LD or ``<meta>`` is not read from such a
block and is unaffected. :func:`account_line` asks the same of a printed credit's line.

The sign-out and session patterns sit behind :class:`~archiver.extract.cue_match.Folding`: compiled
only for a text that holds a string their matches need, which most pages' texts never do (the four
cost ~1.3 ms to compile in each ``archive URL``, issue 13).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import unquote

from lxml import etree
from lxml.html import HtmlElement

from archiver.core import lazy_re
from archiver.extract.cue_match import Folding

#: The most text (characters) an account block holds: a user menu lists the account's name and a
#: handful of links ("Max Mustermann Mein Profil Meine Artikel Einstellungen Abmelden", ~70).
_SMALL = 240
#: Blocks an account block never is (nor holds): the page, its head, its article, a headline.
_NEVER = frozenset(("html", "head", "body", "main", "article"))
_HEADLINE = etree.XPath("boolean(descendant-or-self::h1 | descendant-or-self::h2)")
#: Elements whose class names no interface: code ("language-shell-session"), scripts and styles.
_NOT_UI = frozenset(("code", "pre", "script", "style", "kbd", "samp"))

#: A class or id word (one item of a class list) that names account or session UI, as whole words
#: (split at "-", "_" and a lower-to-upper case change: "user-menu", "userMenu", "my_account"). "member"
#: only first and followed by a word naming an interface ("members-area", "member-nav", "member-login"):
#: a "team-member" or "staff-member" card is a person's, often the writer's, and a forum's
#: "member-info" or "member-card" is the poster's, the post's author.
_ACCOUNT_WORDS = lazy_re.compile(
    r"(?:^|_)(?:log_?in|log_?out|logged_?in|sign_?in|sign_?out|signed_?in|log_?on|log_?off|"
    r"(?:my_?|user_?)?account|account_?menu|user_?menu|user_?nav|profile_?menu|my_?profile|"
    r"session)(?:_|$)|^members?_(?:menu|nav|navigation|area|bar|panel|zone|links|tools|login|only|account)(?:_|$)")
#: A word that makes the name an author's or a byline's (an author box's "author-account" link).
_WRITER_WORDS = lazy_re.compile(r"(?:^|_)(?:author|authors|byline|writer|autor|auteur|autore|journalist)(?:_|$)")
_CAMEL = lazy_re.compile(r"(?<=[a-z])(?=[A-Z])")
_SEPARATORS = lazy_re.compile(r"[^A-Za-z0-9]+")

#: A control offered to a signed-in reader only, its whole text, per language (EN, DE, FR, ES, RU, IT, PT):
#: signing out, editing one's own profile.
_SIGN_OUT_TEXT = Folding(lazy_re.compile(
    r"(?:log ?out|log ?off|sign ?out|abmelden|ausloggen|se d[ée]connecter|d[ée]connexion|cerrar sesi[óo]n|salir|"
    r"выйти|выход|esci|disconnetti|sair|terminar sess[ãa]o|encerrar sess[ãa]o|desconectar|"
    r"edit (?:your |my )?profile|profil bearbeiten|modifier (?:mon |votre |le )?profil|editar (?:mi |tu |el )?perfil|"
    r"редактировать профиль|modifica (?:il )?(?:tuo |mio )?profilo)[?!.]?", re.IGNORECASE))
#: An address that signs out: a path word or a query's action.
_SIGN_OUT_HREF = Folding(lazy_re.compile(
    r"(?:^|[/?&=._-])(?:log[-_]?out|log[-_]?off|sign[-_]?out|abmelden|ausloggen|deconnexion|cerrar[-_]sesion)"
    r"(?:$|[/?&=.#_-])", re.IGNORECASE))

#: A session phrase, at the start of a short text (after a greeting or "you are": "Sie sind angemeldet
#: als", "Vous êtes connecté en tant que", "Você está conectado como").
_SESSION_CUE = Folding(lazy_re.compile(
    r"^\W*(?:[\w'’]+[,!]?\s+){0,3}?(?:"
    r"(?:logged|signed) in as|(?:commenting|posting) as|"
    r"angemeldet als|eingeloggt als|kommentieren als|"
    r"connect[ée]e?(?:\(e\))? en tant que|commenter en tant que|"
    r"conectad[oa] como|sesi[óo]n iniciada como|iniciado sesi[óo]n como|comentar como|comentando como|"
    r"(?:вы )?вошли как|авторизованы как|комментировать как|"
    r"conness[oa] come|collegat[oa] come|accesso effettuato come|commenta come|"
    r"sess[ãa]o iniciada como|logad[oa] como|"
    r"written by you|geschrieben von (?:dir|ihnen)|[ée]crit par vous|escrito por (?:ti|usted|você)|написано вами|"
    r"scritto da te)(?!\w)", re.IGNORECASE))
#: The longest text a session phrase opens (a sentence of an article that says "logged in as" is longer).
_CUE_TEXT = 120
#: A line that is or ends with a signed-in reader's control ("Max Mustermann · Log out").
_SIGN_OUT_END = Folding(lazy_re.compile(
    r"(?:^|[\s·|•/–—-])(?:log ?out|sign ?out|abmelden|ausloggen|se d[ée]connecter|d[ée]connexion|cerrar sesi[óo]n|"
    r"выйти|disconnetti|terminar sess[ãa]o|encerrar sess[ãa]o)\W*$", re.IGNORECASE))


def account_block(el: HtmlElement) -> HtmlElement | None:
    """The account or session block that holds ``el`` (or is it), or None (see the module's doc).

    Read on the words a reader is shown where the caller blanked the hidden ones
    (:func:`archiver.extract.unrendered.blank`)."""
    block = None
    node: HtmlElement | None = el
    while node is not None and node.tag not in _NEVER:
        if node is not el and _writer_named(node):
            break
        if len(" ".join(node.text_content().split())) > _SMALL or _HEADLINE(node):
            break
        if (node.tag not in _NOT_UI and not (node is el and _writer_named(el))
                and _account_name(f"{node.get('class') or ''} {node.get('id') or ''}")):
            return node
        block = node
        node = node.getparent()
    if block is not None and (_holds_sign_out(block) or _holds_session_cue(block)):
        return block
    return None


def account_line(lines: Sequence[str], i: int) -> bool:
    """Whether line ``i`` reads as an account block's: it opens with a session phrase ("Logged in as
    Max Mustermann"), or it or the line after it is or ends with a signed-in reader's control ("Max
    Mustermann · Log out"). For the readers of printed credits, which read lines, not elements."""
    line = lines[i]
    if len(line) > _CUE_TEXT:
        return False
    if _SESSION_CUE.search(line):
        return True
    for text in (line, lines[i + 1] if i + 1 < len(lines) else ""):
        if text and len(text) <= _CUE_TEXT and _SIGN_OUT_END.search(text):
            return True
    return False


def _account_name(value: str) -> bool:
    """Whether one of a class list's words (or an id) names account or session UI, and none names a writer."""
    for item in value.split():
        word = _words(item)
        if _ACCOUNT_WORDS.search(word) and not _WRITER_WORDS.search(word):
            return True
    return False


def _words(item: str) -> str:
    return "_".join(_SEPARATORS.split(_CAMEL.sub("_", item))).lower()


def _writer_named(el: HtmlElement) -> bool:
    """Whether an element says it is a writer's: its class or id names an author or a byline, or it
    links the author (``rel="author"``: a byline's "account-link" to the writer's page)."""
    if "author" in (el.get("rel") or "").lower().split():
        return True
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    return any(_WRITER_WORDS.search(_words(item)) for item in names.split())


def _holds_sign_out(block: HtmlElement) -> bool:
    """Whether a link, a button or a form in ``block`` signs the reader out (by its whole text, or its
    address) or opens their own profile for editing."""
    for el in block.iter("a", "button", "form"):
        if el.tag == "form":
            if _SIGN_OUT_HREF.search(unquote(el.get("action") or "")):
                return True
            continue
        if _SIGN_OUT_TEXT.fullmatch(" ".join(el.text_content().split())):
            return True
        if el.tag == "a" and _SIGN_OUT_HREF.search(unquote(el.get("href") or "")):
            return True
    return False


def _holds_session_cue(block: HtmlElement) -> bool:
    """Whether one of ``block``'s texts (each element's own, or a tail) opens with a session phrase."""
    for text in block.itertext():
        stripped = text.strip()
        if stripped and len(stripped) <= _CUE_TEXT and _SESSION_CUE.search(stripped):
            return True
    return False
