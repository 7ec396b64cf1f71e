"""One page in a running browser: load, wait, scroll, settle, photograph, read the DOM.

:mod:`archiver.capture.browser` owns Chromium, its recording proxy and the thread that drives
them; this module is what that thread does with one page, every wait bounded by the time left
(see :func:`visit_page`), plus the process-wide hooks the steps call: phase marks for the
benchmark (``ARCHIVER_BROWSER_PHASES``) and the work left for after the page has loaded.

Why one file of ~940 lines: the steps of a visit share one deadline and one set of native getters
taken before any page script runs (the DOM, its length, the rendered text, the document's type);
the steps read them in order, and a page can fake whatever is read outside that order.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from archiver.capture.fetch import Hop, same_url, wire_uri
from archiver.capture.proxy import PAGE_TOKEN_HEADER, RecordingProxy
from archiver.capture.redirects import redirect_target, refresh_target
from archiver.core import json_text
from archiver.core.option_values import check_count, check_seconds
from archiver.errors import CaptureError

logger = logging.getLogger(__name__)

#: Texts of buttons ``--dismiss-consent`` may click (the first visible one, per frame).
CONSENT_BUTTONS = ("Accept all", "Accept All", "Accept", "I agree", "Agree", "Allow all", "OK",
                   "Alle akzeptieren", "Akzeptieren", "Tout accepter", "J'accepte")


PHASES_ENV = "ARCHIVER_BROWSER_PHASES"
_PHASES: list[tuple[str, float]] = []


def mark(phase: str) -> None:
    """Note that ``phase`` ended now (only with ``ARCHIVER_BROWSER_PHASES`` set; for the benchmark)."""
    path = os.environ.get(PHASES_ENV)
    if not path:
        return
    if not _PHASES:
        atexit.register(_write_phases, path)
    _PHASES.append((phase, time.time()))


def _write_phases(path: str) -> None:
    _PHASES.append(("exit", time.time()))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json_text.dumps(_PHASES))


_AFTER_LOAD: list[Callable[[], None]] = []
_AFTER_LOAD_LOCK = threading.Lock()  # batch captures run in threads


def after_load(work: Callable[[], None]) -> None:
    """Run ``work`` once, on a side thread, when the next browser capture's page has loaded.

    From then on the browser mostly waits (network idle, scrolling), so this process's own
    slow first-use work (the CLI warms the extractor here) costs the capture little; done
    at start-up it competed with launching Chromium and slowed it more than it saved.
    """
    with _AFTER_LOAD_LOCK:
        _AFTER_LOAD.append(work)


def start_after_load_work() -> None:
    with _AFTER_LOAD_LOCK:
        work = list(_AFTER_LOAD)
        _AFTER_LOAD.clear()
    for item in work:
        threading.Thread(target=item, name="archiver-after-load").start()


@dataclass(frozen=True)
class BrowserOptions:
    """How a browser capture runs; the defaults are what ``archive --browser`` uses."""

    chromium: str | None = None
    max_resources: int = 500
    idle_timeout: float = 10.0
    max_scroll_steps: int = 40
    dismiss_consent: bool = False
    #: False: ``--no-browser-sandbox`` (Chromium's sandbox is also off as root: see ``browser.sandbox_off``).
    sandbox: bool = True
    viewport_width: int = 1280
    viewport_height: int = 900

    def __post_init__(self) -> None:
        """Refuse, from a library caller too, a number the capture cannot use or its warcinfo
        record (canonical JSON) cannot hold: NaN, the infinities, a negative wait, a count past
        2**53 - 1 (``core/option_values.py``, as ``FetchOptions``)."""
        check_seconds("idle_timeout", self.idle_timeout)
        for name in ("max_resources", "max_scroll_steps", "viewport_width", "viewport_height"):
            check_count(name, getattr(self, name))

    def to_dict(self) -> dict[str, Any]:
        return {"max_resources": self.max_resources, "idle_timeout": self.idle_timeout,
                "max_scroll_steps": self.max_scroll_steps, "dismiss_consent": self.dismiss_consent,
                "viewport": [self.viewport_width, self.viewport_height]}


@dataclass
class BrowserSession:
    """Everything one browser visit produced, before anything is written."""

    url: str
    started: dt.datetime
    #: ``url`` as the browser sends it (``/`` for an empty path, no fragment, no default port).
    page_url: str = ""
    hops: list[Hop] = field(default_factory=list)
    failures: list[dict[str, Any]] = field(default_factory=list)
    refused: int = 0
    screenshot: bytes | None = None
    dom: str | None = None
    #: The text the rendered page showed (the body's ``innerText``, read right after the DOM);
    #: None when not read (over ``--max-body``, the page stopped, no DOM read).
    rendered_text: str | None = None
    final_url: str | None = None
    incomplete: list[str] = field(default_factory=list)
    consent_clicked: list[str] = field(default_factory=list)
    browser_version: str | None = None
    #: Whether Chromium ran with its sandbox (None: not known), and if not, why (``root``,
    #: ``--no-browser-sandbox``, ``--no-sandbox``: its own flags): how the page was taken, recorded
    #: with the capture.
    sandbox: bool | None = None
    sandbox_off: str | None = None
    not_from_page: int = 0
    #: The page left the document of its recorded response before its DOM was read (a script or
    #: a meta refresh loaded another URL, or the same one again, or ``about:blank``): the
    #: screenshot and rendered DOM are of another document, so its text is never taken from them
    #: (``page_navigated_away`` in ``incomplete``).
    navigated: bool = False
    #: How many documents the page began in its main frame (not a redirect's next hop): the first, and any a
    #: refresh, a script or a reload loaded after it (:meth:`note_navigation`).
    documents: int = 0

    def is_page(self, url: str | None) -> bool:
        """Whether ``url`` names the page asked for (as typed or as Chromium requests it)."""
        return url is not None and (same_url(url, self.url) or same_url(url, self.page_url or self.url))

    def page_hops(self) -> list[Hop]:
        """The page's own chain: the requested URL, then each redirect's target, as recorded
        (URLs compared in their :func:`~archiver.capture.fetch.wire_uri` form: Chromium asks for
        the percent-encoded form of a page typed as an IRI, and of a ``Location`` in UTF-8)."""
        by_url: dict[str, Hop] = {}
        for hop in self.hops:
            by_url.setdefault(wire_uri(hop.url), hop)
        chain: list[Hop] = []
        url: str | None = self.page_url or self.url
        while url is not None and wire_uri(url) in by_url and len(chain) < 30:
            hop = by_url[wire_uri(url)]
            if hop in chain:
                break
            chain.append(hop)
            # (a refresh of no delay Chromium followed is a hop of the chain, as in the plain capture's: session 52)
            url = redirect_target(hop.status, hop.headers, url) or refresh_target(hop)
        return chain

    def note_navigation(self) -> None:
        """Mark the capture ``page_navigated_away`` when its page loaded more documents than its chain explains:
        the first, and one after each hop that forwarded by a refresh (:meth:`page_hops`). Decided once the
        proxy's hops are in (:meth:`archiver.capture.browser.BrowserPool.capture`), from the documents the page
        began (:attr:`documents`); a page that left for a non-HTTP URL was marked by :func:`visit_page`."""
        if self.navigated:
            return
        chain = self.page_hops()
        explained = 1 + sum(1 for hop in chain[:-1] if redirect_target(hop.status, hop.headers, hop.url) is None)
        if self.documents > explained:
            self.navigated = True
            self.incomplete.append("page_navigated_away")


def visit_page(browser: Any, session: BrowserSession, options: BrowserOptions, deadline: float, token: str,
               proxy: RecordingProxy, abort: threading.Event | None = None,
               stop_page: Callable[[], int] | None = None, max_dom: int | None = None,
               stop_browser: Callable[[], int] | None = None) -> None:
    """Load, wait, scroll, (dismiss consent), photograph and read the DOM, each within the time left.

    Some calls into the page have no time limit of Playwright's (an evaluation, reading the
    DOM: each waits for the renderer's main thread, which a script that never yields keeps
    forever); ``stop_page`` (kill the page's renderer) is called by a watchdog when the time is
    up or the capture is interrupted while this is still in the page, so every call fails at
    once and the capture ends, kept and marked ``page_stopped_at_time_limit``. ``stop_browser``
    (kill this Chromium's processes) bounds the one call to the browser itself the same way
    (:meth:`_Gone.refused`).

    A rendered DOM longer than ``max_dom`` bytes (the capture's ``--max-body``) is not read at
    all (``rendered_dom_over_max_body``): a few bytes of script can build a DOM of any size,
    which read whole would fill this process's memory and the store. Its length is measured in
    the page first (:data:`_DOM_LENGTH_INIT`).
    """
    from playwright.sync_api import Error as PlaywrightError

    reserve = min(10.0, max(2.0, (deadline - time.monotonic()) * 0.2))  # for screenshot + DOM

    def left(cap: float | None = None) -> float:
        if abort is not None and abort.is_set():
            return 0.1  # interrupted: every wait still to come is cut short
        remaining = max(0.1, deadline - reserve - time.monotonic())
        return min(remaining, cap) if cap is not None else remaining

    watchdog = _Watchdog(deadline, abort, stop_page, stop_browser)
    try:
        with watchdog.browser_call():
            context = _new_context(browser, options, proxy, token)
            context.add_init_script(_DOM_LENGTH_INIT)
    except BaseException:
        watchdog.stop()
        raise
    try:
        with watchdog.browser_call():
            page = context.new_page()
        requests = _RequestClock(page)  # the page's requests as the browser begins them
        page.on("request", requests.begun)
        gone = _Gone(browser, page, deadline=deadline, stop_browser=stop_browser)
        mark("context")
        try:
            response = page.goto(session.url, wait_until="domcontentloaded", timeout=ms(left()))
        except PlaywrightError as exc:
            if abort is not None and abort.is_set():  # (Chromium closed because the capture was interrupted)
                raise CaptureError(f"{session.url}: interrupted", url=session.url, kind="interrupted") from exc
            gone.refused(exc)
            died = _death(gone, watchdog)
            if died is None:
                raise CaptureError(f"{session.url}: the browser could not load the page ({first_line(exc)})",
                                   url=session.url, kind=_kind(exc)) from exc
            # Chromium, or the page's renderer, died under the page before its load was reported:
            # the exchanges the proxy recorded stand, as when it dies later; the commit refuses
            # when the page's own document is not among them. Whether a death lands before or
            # after Playwright hears of the load is a matter of timing, never a reason to drop a record.
            logger.warning("the page died while loading: %s", first_line(exc))
            session.incomplete.extend([died, "no_screenshot", "no_rendered_dom", "no_rendered_text"])
            return
        mark("goto_domcontentloaded")
        if response is None:
            session.incomplete.append("no_document_response")
        _wait_state(page, "load", left(options.idle_timeout), session, abort, gone)
        mark("load")
        start_after_load_work()
        _wait_state(page, "networkidle", left(options.idle_timeout), session, abort, gone)
        mark("networkidle")
        if options.dismiss_consent:
            session.consent_clicked = _dismiss_consent(page, left(5.0))
        before_scroll = requests.count
        _scroll_to_end(page, options, left, session)
        mark("scroll")
        if requests.count != before_scroll:  # lazy content asked for: let it arrive
            _settle(page, proxy, requests, left(min(options.idle_timeout, 5.0)), session, gone)
        mark("settle_after_scroll")
        if abort is not None and abort.is_set():
            raise CaptureError(f"{session.url}: interrupted", url=session.url, kind="interrupted")
        # (the rendered DOM keeps the last DOM_RESERVE seconds: at the deadline the page is stopped)
        shot_timeout = ms(max(1.0, deadline - time.monotonic() - DOM_RESERVE))
        try:
            session.screenshot = page.screenshot(full_page=True, type="png", timeout=shot_timeout,
                                                 animations="disabled")
        except PlaywrightError as exc:
            gone.refused(exc)
            session.incomplete.append("no_screenshot")
            logger.warning("screenshot failed: %s", first_line(exc))
        mark("screenshot")
        try:
            if max_dom is not None and (_dom_length(page) or 0) > max_dom + _DOCTYPE_SLACK:
                session.incomplete.append("rendered_dom_over_max_body")
            else:
                dom = page.content()
                if max_dom is not None and len(dom.encode("utf-8")) > max_dom:  # (counted in characters above)
                    session.incomplete.append("rendered_dom_over_max_body")
                else:
                    session.dom = dom
        except PlaywrightError as exc:
            gone.refused(exc)
            session.incomplete.append("no_rendered_dom")
            logger.warning("reading the rendered DOM failed: %s", first_line(exc))
        _read_rendered_text(page, session, max_dom)
        session.final_url = page.url
        session.documents = requests.documents  # (more than its chain explains: note_navigation, once hops are in)
        if not page.url.startswith(("http://", "https://")):
            session.navigated = True
            session.incomplete.append("page_navigated_away")
        if watchdog.fired:
            session.incomplete.append("page_stopped_at_time_limit")
        died = _death(gone, watchdog)
        if died is not None:
            session.incomplete.append(died)
        mark("dom")
    finally:
        try:
            with watchdog.browser_call():
                context.close()
        except PlaywrightError as exc:  # (the browser is gone: what was read stands; the pool replaces it)
            # after a Ctrl-C the browser is being closed under the page on purpose: no second line
            interrupted = abort is not None and abort.is_set()
            (logger.debug if interrupted else logger.warning)(
                "closing the page's browser context failed: %s", first_line(exc))
        finally:
            watchdog.stop()
        mark("context_close")


#: Defines, before any script of the page runs, a function that gives the length of the page's
#: markup (``outerHTML`` of the root element) through the browser's own getter, taken before the
#: page could replace it, held by a property of ``window`` the page can neither replace nor
#: delete: the page's scripts cannot make the DOM look short. A second one gives the text the
#: rendered page shows (the body's ``innerText``, through the browser's own getter taken the same
#: way: a page cannot make it say words it hides), or only its length when that is over a bound.
#: ``innerText`` leaves out what layout does not show (``display:none`` and ``visibility:hidden``,
#: whether from markup, an inline style or a stylesheet), but keeps words laid out at no size
#: (``font-size:0``): "the wall is <span class=tiny>not </span>safe" shows "the wall is safe".
#: So, before it is read, each text node whose element ``checkVisibility({visibilityProperty})``
#: calls not visible, or whose every box is zero-sized, is emptied, and given back its words right
#: after (all found first, then emptied: no layout between). Text off-screen, clipped, coloured as
#: its background or transparent is still laid out, and kept: carousels and collapsed "read more"
#: panels move real article text out of view, and "reveal on scroll" designs hold paragraphs at
#: ``opacity:0`` until they come into view (a transparent paragraph counted as hidden turned real
#: quotes of such pages ``altered``, and a forger's ``opacity:0.01`` passed all the same). The words a
#: ``::before`` / ``::after`` shows (CSS generated content, from any stylesheet, linked ones too), which ``innerText``
#: leaves out, are written in as text nodes for the read and taken out after (lead53: "the new drug is
#: <span class=neg></span>safe" with ``.neg::before{content:"not "}`` read "safe"), filtered as
#: :mod:`archiver.extract.generated_content` filters them (a letter or a digit; no icon font's glyph, no loading
#: placeholder); the DOM is recorded before, without them. Words struck through (a computed ``text-decoration-line``
#: with ``line-through`` on their element or an ancestor, holding a letter or a digit) are emptied for the read as
#: hidden ones are: shown, but withdrawn, as :mod:`archiver.extract.struck` reads them (lead54). The words a text
#: field shows (an ``<input>``'s value or placeholder, a ``<textarea>``'s), which ``innerText`` leaves out, are written
#: after it for the read, as :mod:`archiver.extract.control_values` writes them (lead55). Every function used is the browser's own, taken before the
#: page's scripts ran (a raw string: the regular expressions' backslashes are JavaScript's).
_DOM_LENGTH_INIT = r"""(() => {
  const outer = Object.getOwnPropertyDescriptor(Element.prototype, 'outerHTML').get;
  const root = Object.getOwnPropertyDescriptor(Document.prototype, 'documentElement').get;
  const apply = Reflect.apply;
  const length = () => { const el = apply(root, document, []); return el ? apply(outer, el, []).length : 0; };
  Object.defineProperty(window, '__archiverDomLength', {value: length, writable: false, configurable: false});
  const inner = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'innerText').get;
  const body = Object.getOwnPropertyDescriptor(Document.prototype, 'body').get;
  const type = Object.getOwnPropertyDescriptor(Document.prototype, 'contentType').get;
  const walkerOf = Document.prototype.createTreeWalker, nextNode = TreeWalker.prototype.nextNode;
  const parentOf = Object.getOwnPropertyDescriptor(Node.prototype, 'parentElement').get;
  const data = Object.getOwnPropertyDescriptor(CharacterData.prototype, 'data');
  const visible = Element.prototype.checkVisibility;
  const localName = Object.getOwnPropertyDescriptor(Element.prototype, 'localName').get;
  const rangeOf = Document.prototype.createRange, select = Range.prototype.selectNodeContents;
  const rectsOf = Range.prototype.getClientRects;
  const count = Object.getOwnPropertyDescriptor(DOMRectList.prototype, 'length').get, item = DOMRectList.prototype.item;
  const width = Object.getOwnPropertyDescriptor(DOMRectReadOnly.prototype, 'width').get;
  const height = Object.getOwnPropertyDescriptor(DOMRectReadOnly.prototype, 'height').get;
  const trim = String.prototype.trim;
  const NodeMap = Map, put = Map.prototype.set, each = Map.prototype.forEach, blank = Object.create;
  const lookUp = Map.prototype.get;
  // Whether a line is drawn through an element's words: its own computed text-decoration-line, or an ancestor's (a
  // decoration is drawn through the descendants, never inherited as a value), each element's answer kept once found.
  const struck = (el, known) => {
    const chain = [];
    let answer = false;
    for (let at = el; at !== null; at = apply(parentOf, at, [])) {
      const seen = apply(lookUp, known, [at]);
      if (seen !== undefined) { answer = seen; break; }
      apply(push, chain, [at]);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const line = apply(valueOf, apply(styleOf, window, [chain[i]]), ['text-decoration-line']);
      answer = answer || apply(exec, /line-through/, [line || '']) !== null;
      apply(put, known, [chain[i], answer]);
    }
    return answer;
  };
  const unshown = (el) => {  // text node -> its words, for each text node no reader is shown
    const out = new NodeMap();
    const asked = blank(null);
    asked.visibilityProperty = true;  // (not opacity: see above)
    const walk = apply(walkerOf, document, [el, 4]);  // NodeFilter.SHOW_TEXT
    const range = apply(rangeOf, document, []);
    const lined = new NodeMap();  // element -> whether its words are struck through
    for (let node = apply(nextNode, walk, []); node !== null; node = apply(nextNode, walk, [])) {
      const parent = apply(parentOf, node, []);
      const tag = parent === null ? '' : apply(localName, parent, []);
      // (a script's or a form field's own text is never innerText; changing it may run or edit it)
      if (tag === 'script' || tag === 'style' || tag === 'textarea' || tag === 'option') continue;
      const words = apply(data.get, node, []);
      if (apply(trim, words, []) === '') continue;  // (blank: innerText collapses or keeps it as it lies)
      let shown = parent === null || typeof visible !== 'function' || apply(visible, parent, [asked]);
      if (shown) {
        apply(select, range, [node]);
        const rects = apply(rectsOf, range, []);
        shown = false;
        for (let i = 0, n = apply(count, rects, []); i < n && !shown; i++) {
          const r = apply(item, rects, [i]);
          shown = apply(width, r, []) > 0 && apply(height, r, []) > 0;
        }
      }
      // words struck through are shown, but withdrawn: not the page's words (archiver/extract/struck.py; a struck
      // "@" or "#", no letter or digit, stays)
      if (shown && parent !== null && apply(exec, /[\p{L}\p{N}]/u, [words]) !== null && struck(parent, lined)) shown = false;
      if (!shown) apply(put, out, [node, words]);
    }
    return out;
  };
  // The words a ::before / ::after shows (CSS generated content), which innerText leaves out: written in as text
  // nodes while innerText is read, as the extractor writes them into the page (archiver/extract/generated_content.py,
  // whose filters these mirror), then taken out.
  const styleOf = window.getComputedStyle, valueOf = CSSStyleDeclaration.prototype.getPropertyValue;
  const exec = RegExp.prototype.exec, textOf = Document.prototype.createTextNode;
  const insert = Node.prototype.insertBefore, remove = Node.prototype.removeChild;
  const firstChild = Object.getOwnPropertyDescriptor(Node.prototype, 'firstChild').get;
  const attribute = Element.prototype.getAttribute, push = Array.prototype.push;
  const fromCode = String.fromCodePoint, parse = Number.parseInt, slice = String.prototype.slice;
  const sides = ['::before', '::after', '::marker'];  // (read by index at read time: a page may replace Array's iterator)
  const noPseudo = blank(null);
  for (const tag of ['img', 'input', 'br', 'hr', 'wbr', 'iframe', 'video', 'audio', 'canvas', 'object', 'select',
                     'textarea', 'svg', 'math', 'script', 'style', 'template', 'noscript', 'embed', 'picture']) {
    noPseudo[tag] = true;
  }
  const words = (value, el) => {  // the computed content's strings and attr()s, escapes decoded; null: none
    const piece = /"((?:[^"\\]|\\.)*)"|attr\(\s*([^)\s]+)\s*\)|(\/)/g;
    const escape = /\\([0-9a-fA-F]{1,6} ?|[^])/g;
    let out = '', found;
    while ((found = apply(exec, piece, [value])) !== null) {
      if (found[3] !== undefined) break;  // (the alternative text after "/" is for speech only)
      if (found[2] !== undefined) { out += apply(attribute, el, [found[2]]) || ''; continue; }
      let inside = found[1], decoded = '', part, last = 0;
      while ((part = apply(exec, escape, [inside])) !== null) {
        decoded += apply(slice, inside, [last, part.index]);
        const code = apply(exec, /^[0-9a-fA-F]/, [part[1]]) !== null ? parse(part[1], 16) : -1;
        decoded += code < 0 ? part[1] : code > 0 && code <= 0x10FFFF ? apply(fromCode, String, [code]) : '\ufffd';
        last = part.index + part[0].length;
      }
      out += decoded + apply(slice, inside, [last]);
    }
    return out;
  };
  const iconFont = /icon|awesome|glyph|fontello|entypo|icomoon|symbol|dashicons|genericons|etmodules|material|elegant|ionic|feather|social/i;
  const generated = (root) => {
    const added = [];
    try {
      const walk = apply(walkerOf, document, [root, 1]);  // NodeFilter.SHOW_ELEMENT
      for (let el = root; el !== null; el = apply(nextNode, walk, [])) {
        const tag = apply(localName, el, []);
        if (noPseudo[tag]) continue;
        for (let side = 0; side < 3; side++) {
          if (side === 2 && tag !== 'li' && tag !== 'summary') continue;  // (only those show a marker)
          const style = apply(styleOf, window, [el, sides[side]]);
          const value = apply(valueOf, style, ['content']);
          if (!value || value === 'none' || value === 'normal' || apply(valueOf, style, ['display']) === 'none') continue;
          const shown = words(value, el);
          // a letter or a digit (an icon font's private-use glyph is neither); no CSS a string swallowed, no
          // placeholder ending in an ellipsis, no icon font, no one or two letters in an icon-classed element
          if (!shown || apply(exec, /[\p{L}\p{N}]/u, [shown]) === null) continue;
          if (apply(exec, /[{};]|(?:\u2026|\.\.\.)\s*$/, [shown]) !== null) continue;
          if (apply(exec, iconFont, [apply(valueOf, style, ['font-family'])]) !== null) continue;
          if (apply(trim, shown, []).length <= 2 && apply(exec, /icon/i, [apply(attribute, el, ['class']) || '']) !== null) continue;
          const node = apply(textOf, document, [shown]);
          apply(insert, el, [node, side === 1 ? null : apply(firstChild, el, [])]);
          apply(push, added, [node]);
        }
      }
    } catch (e) {
      // (what was written stays listed, and is taken out after the read)
    }
    return added;
  };
  // The words a text field shows (its value, or its placeholder when empty), which innerText leaves out: written
  // after the field as text nodes while innerText is read, as the extractor writes them into the page
  // (archiver/extract/control_values.py), then taken out. Only a field checkVisibility shows.
  const inputValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').get;
  const inputType = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'type').get;
  const areaValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').get;
  const nextSibling = Object.getOwnPropertyDescriptor(Node.prototype, 'nextSibling').get;
  const parentNode = Object.getOwnPropertyDescriptor(Node.prototype, 'parentNode').get;
  const textInputs = blank(null);
  for (const kind of ['text', 'search', 'email', 'url', 'tel', 'number', 'button', 'submit', 'reset']) textInputs[kind] = true;
  const fieldsShown = blank(null);
  fieldsShown.visibilityProperty = true;
  const fields = (root) => {
    const added = [];
    try {
      const walk = apply(walkerOf, document, [root, 1]);  // NodeFilter.SHOW_ELEMENT
      for (let el = root; el !== null; el = apply(nextNode, walk, [])) {
        const tag = apply(localName, el, []);
        let shown = null;
        if (tag === 'input' && textInputs[apply(inputType, el, [])]) shown = apply(inputValue, el, []) || apply(attribute, el, ['placeholder']);
        else if (tag === 'textarea') shown = apply(areaValue, el, []) || apply(attribute, el, ['placeholder']);
        if (!shown || apply(exec, /[\p{L}\p{N}]/u, [shown]) === null) continue;
        if (typeof visible === 'function' && !apply(visible, el, [fieldsShown])) continue;
        const parent = apply(parentNode, el, []);
        if (parent === null) continue;
        const node = apply(textOf, document, [shown]);
        apply(insert, parent, [node, apply(nextSibling, el, [])]);
        apply(push, added, [node]);
      }
    } catch (e) {
      // (what was written stays listed, and is taken out after the read)
    }
    return added;
  };
  const rendered = (max) => {
    const kind = apply(type, document, []);  // (compared with ===: no method the page could replace)
    if (kind !== 'text/html' && kind !== 'application/xhtml+xml') return {text: null, length: -1};
    const el = apply(body, document, []);
    if (!el) return {text: null, length: 0};
    const hidden = unshown(el);
    let text, added = [];
    try {
      added = generated(el);
      const written = fields(el);
      for (let i = 0; i < written.length; i++) apply(push, added, [written[i]]);
      apply(each, hidden, [(words, node) => apply(data.set, node, [''])]);
      text = apply(inner, el, []);
    } finally {
      apply(each, hidden, [(words, node) => apply(data.set, node, [words])]);
      for (let i = 0; i < added.length; i++) apply(remove, apply(parentOf, added[i], []), [added[i]]);
    }
    return text.length > max ? {text: null, length: text.length} : {text: text, length: text.length};
  };
  Object.defineProperty(window, '__archiverRenderedText', {value: rendered, writable: false, configurable: false});
})();"""
#: Slack for the doctype, which the measure leaves out (``page.content()`` includes it).
_DOCTYPE_SLACK = 1024


def _dom_length(page: Any) -> int | None:
    """How long the page's markup is (UTF-16 code units: at most its UTF-8 bytes' count),
    measured in the browser without bringing it here; None when the page gives no number (the
    markup is then measured once read)."""
    found = page.evaluate("() => typeof window.__archiverDomLength === 'function' ? window.__archiverDomLength() : null")
    return found if isinstance(found, int) else None


def _read_rendered_text(page: Any, session: BrowserSession, max_text: int | None) -> None:
    """Keep the text the rendered page shows (``session.rendered_text``), read right after the
    DOM, bounded by ``max_text`` bytes like the DOM (over it: not kept,
    ``rendered_text_over_max_body``; unreadable: ``no_rendered_text``). Only of an HTML document:
    what a browser shows of a PDF or an image is no text of the page's."""
    from playwright.sync_api import Error as PlaywrightError

    bound = max_text if max_text is not None else 2**31
    try:
        found = page.evaluate("(max) => typeof window.__archiverRenderedText === 'function' "
                              "? window.__archiverRenderedText(max) : null", bound)
    except PlaywrightError as exc:
        session.incomplete.append("no_rendered_text")
        logger.warning("reading the rendered text failed: %s", first_line(exc))
        return
    if not isinstance(found, dict):
        session.incomplete.append("no_rendered_text")
        return
    text = found.get("text")
    if found.get("length") == -1:
        return  # not an HTML document (a PDF, an image shown by the browser): no rendered text to keep
    if isinstance(text, str) and len(text.encode("utf-8")) <= bound:  # (counted in characters in the page)
        session.rendered_text = text
    elif isinstance(found.get("length"), int) and found["length"] > 0:
        session.incomplete.append("rendered_text_over_max_body")
    elif text is None and found.get("length") == 0:
        session.rendered_text = ""  # (no body: the page shows no text)
    else:
        session.incomplete.append("no_rendered_text")


class _Watchdog:
    """The one watchdog of a page's visit (see :func:`visit_page`).

    Calls ``stop_page`` once when ``deadline`` passes or ``abort`` is set before :meth:`stop`
    (``fired`` says whether it did). And, with ``stop_browser``, bounds the visit's calls to the
    browser itself (a new context, a new page, closing the context: see :meth:`browser_call`),
    which have no time limit of Playwright's: a Chromium hung but still connected (stopped,
    starved, wedged) never answers them, and the browser's thread waited for good after the
    capture had given up. One still unanswered at the deadline (or :data:`PROBE_GRACE` after it
    began, when that is later) has this Chromium killed, so it fails at once
    (``browser_stopped``), as :func:`browser_answers` bounds its probe."""

    def __init__(self, deadline: float, abort: threading.Event | None,
                 stop_page: Callable[[], int] | None, stop_browser: Callable[[], int] | None = None) -> None:
        self.fired = False
        self.browser_stopped = False
        self._deadline, self._abort, self._stop_page = deadline, abort, stop_page
        self._stop_browser = stop_browser
        self._call_began: float | None = None  # (when the browser call in flight began)
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        if stop_page is not None or stop_browser is not None:
            self._thread = threading.Thread(target=self._run, name="archiver-page-watchdog", daemon=True)
            self._thread.start()

    @contextlib.contextmanager
    def browser_call(self) -> Iterator[None]:
        """Bound the call to the browser itself made inside (see the class)."""
        self._call_began = time.monotonic()
        try:
            yield
        finally:
            self._call_began = None

    def _run(self) -> None:
        past = False  # (the deadline passed or the capture was interrupted: the page is stopped)
        while not self._done.wait(WAIT_SLICE if past else min(WAIT_SLICE, max(0.0, self._deadline - time.monotonic()))):
            now = time.monotonic()
            if not past and (now >= self._deadline or (self._abort is not None and self._abort.is_set())):
                past = True
                if self._stop_page is not None:
                    self.fired = True
                    self._stop_page_now()
            began = self._call_began
            if began is not None and now >= max(self._deadline, began + PROBE_GRACE) and self._stop_browser:
                self.browser_stopped = True
                killed = self._stop_browser()
                logger.warning("Chromium did not answer by the time limit: it was stopped (%d process%s)",
                               killed, "" if killed == 1 else "es")
                return

    def _stop_page_now(self) -> None:
        assert self._stop_page is not None
        interrupted = self._abort is not None and self._abort.is_set()
        killed = self._stop_page()
        logger.log(logging.DEBUG if interrupted else logging.WARNING,
                   "the page was still running %s: its renderer was stopped (%d process%s)",
                   "when the capture was interrupted" if interrupted else "at the time limit",
                   killed, "" if killed == 1 else "es")

    def stop(self) -> None:
        self._done.set()
        if self._thread is not None:
            self._thread.join()


def _new_context(browser: Any, options: BrowserOptions, proxy: RecordingProxy, token: str) -> Any:
    """The page's browser context, its traffic marked as the page's for the proxy.

    Where the proxy can tell this user's connections from others' (Linux), the context alone
    is given the recording proxy's address: no request is intercepted, so none waits for a
    round trip through Playwright and Python, and the browser's cache works as a reader's does
    (interception turns it off). Elsewhere every request gets the run's token at interception,
    after the browser's CORS checks: as an extra header of every request it made cross-origin
    fonts and CORS fetches non-simple, so they needed a preflight that no real origin allows.
    """
    viewport = {"width": options.viewport_width, "height": options.viewport_height}
    if proxy.own_user_only:
        return browser.new_context(viewport=viewport, service_workers="block", accept_downloads=False,
                                   proxy={"server": proxy.address, "bypass": "<-loopback>"})
    context = browser.new_context(viewport=viewport, service_workers="block", accept_downloads=False)
    context.route("**/*", lambda route: route.continue_(headers={**route.request.headers, PAGE_TOKEN_HEADER: token}))
    return context


#: Of the time kept for the screenshot and the DOM, the DOM's share (seconds): a screenshot that
#: takes all the rest (a very long page) still leaves the DOM time to be read before the deadline.
DOM_RESERVE = 1.0

#: Long waits are made of slices this long, so an interrupted capture stops waiting soon.
WAIT_SLICE = 0.5

#: The least time Chromium is given to answer :meth:`_Gone.refused`'s call (seconds), even at or
#: past the capture's deadline: a browser that is alive answers in milliseconds, and one called
#: just after the watchdog stopped the page must not be taken for hung.
PROBE_GRACE = 2.0


def browser_answers(browser: Any, *, within: float, stop_browser: Callable[[], int] | None) -> bool:
    """Whether Chromium answers a call to the browser itself (a CDP session opened and closed):
    False when the call fails (no connection) or no answer came ``within`` seconds.

    The call has no time limit of Playwright's, and a Chromium hung but still connected (stopped,
    starved, wedged) never answers it: the thread that asked waited for good, past the capture's
    deadline. So it is bounded as the calls into the page are (:class:`_Watchdog`): when no answer
    has come in time, ``stop_browser`` kills this Chromium, and the call fails at once. (Without
    ``stop_browser`` the call is not bounded.)"""
    from playwright.sync_api import Error as PlaywrightError

    hung = threading.Event()

    def stop() -> None:
        assert stop_browser is not None
        hung.set()
        killed = stop_browser()
        logger.warning("Chromium did not answer within %.0f s: it was stopped (%d process%s)", within,
                       killed, "" if killed == 1 else "es")

    timer = None
    if stop_browser is not None:
        timer = threading.Timer(within, stop)
        timer.daemon = True
        timer.start()
    try:
        browser.new_browser_cdp_session().detach()
    except PlaywrightError:
        return False
    finally:
        if timer is not None:
            timer.cancel()
            timer.join()
    return not hung.is_set()


class _Gone:
    """Whether the page can no longer reach any state a capture waits for: its renderer died
    (``crashed``: a crash, the out-of-memory killer, our watchdog), it was closed, or Playwright
    no longer holds Chromium (its main process died, or Playwright's driver did: ``lost``).

    Told by Playwright's ``crash`` and ``close`` events of the page and its ``is_connected`` of
    the browser (set as it emits ``disconnected``, with no listener left on a pooled browser),
    each heard whenever this thread is in a Playwright call; and by a wait that Playwright
    refused as its target is closed (:meth:`refused`): with its driver gone (killed with
    Chromium by :func:`archiver.capture.browser_procs.kill_all`, or by the out-of-memory killer)
    no event comes any more, and every call fails at once. Every wait of the capture asks
    between its slices, and ends."""

    def __init__(self, browser: Any, page: Any, *, deadline: float | None = None,
                 stop_browser: Callable[[], int] | None = None) -> None:
        self.crashed = False
        self.closed = False
        self.lost = False
        self._browser, self._page = browser, page
        self._deadline, self._stop_browser = deadline, stop_browser
        page.on("crash", self._crash)
        page.on("close", self._close)

    def _crash(self, _page: Any) -> None:
        self.crashed = True

    def _close(self, _page: Any) -> None:
        self.closed = True

    def refused(self, exc: BaseException) -> None:
        """Note a call that failed. One refused as its target is closed (Playwright's
        ``TargetClosedError``, which its ``sync_api`` does not export) while the page was never
        closed nor known crashed is either a renderer's crash whose event has not come yet (a
        ``goto`` says "Page crashed" so) or Playwright's connection gone: a call to the browser
        itself tells them apart (it fails at once without a connection).

        That call has no time limit of Playwright's, and a Chromium that is hung but still
        connected (stopped, or starved) never answers it: it kept the browser's thread past the
        capture's deadline, for good. So it is bounded as the calls into the page are
        (:class:`_Watchdog`): if no answer has come by the capture's deadline (or within
        :data:`PROBE_GRACE`, when less is left), ``stop_browser`` kills this Chromium, the call
        fails at once, and the browser counts as lost (``browser_died``)."""
        if self.lost or type(exc).__name__ != "TargetClosedError" or self._page.is_closed() or self.crashed:
            return
        left = PROBE_GRACE if self._deadline is None else self._deadline - time.monotonic()
        if not browser_answers(self._browser, within=max(PROBE_GRACE, left), stop_browser=self._stop_browser):
            self.lost = True

    def browser_died(self) -> bool:
        return self.lost or not self._browser.is_connected()

    def __call__(self) -> bool:
        return self.crashed or self.closed or self.browser_died()


def _wait_state(page: Any, state: str, timeout: float, session: BrowserSession,
                abort: threading.Event | None = None, gone: _Gone | None = None) -> None:
    """Wait for the page's load ``state`` up to ``timeout`` (else mark the capture incomplete).

    A page that is ``gone`` (see :class:`_Gone`) ends the wait, marked as one that ran out, once
    Playwright was asked whether the state had come before (one wait of a millisecond): no state
    can come now. (Before, the wait went on to ``timeout``: after a renderer's crash slice after
    slice; after Chromium's death, its page closed, or its driver's, each slice refused at once by
    Playwright, in a loop that spun a CPU and starved the thread killing the browser of the GIL.)"""
    from playwright.sync_api import Error as PlaywrightError

    def dead() -> bool:
        return gone is not None and gone()

    end = time.monotonic() + timeout
    while True:
        slice_ = 0.0 if dead() else min(WAIT_SLICE, max(0.0, end - time.monotonic()))
        try:
            page.wait_for_load_state(state, timeout=ms(slice_))
            return
        except PlaywrightError as exc:
            if gone is not None:
                gone.refused(exc)
            if time.monotonic() >= end or (abort is not None and abort.is_set()) or dead():
                break
    reason = f"{state}_not_reached"
    if reason not in session.incomplete:
        session.incomplete.append(reason)


#: A quiet spell this long with no exchange in flight (counted by the proxy) and no request
#: begun by the page ends the wait for what scrolling asked for.
SETTLE_QUIET = 0.3
#: After the last scroll step, the page gets this long to react (a throttled scroll handler,
#: an observer's callback) before we look at whether it asked for anything.
SCROLL_GRACE_MS = 100


class _RequestClock:
    """How many requests the page has begun, and when the last one began (the browser's view);
    and how many documents its main frame began to load (``documents``: the first, with its
    redirects, is one; a script's ``location`` change, a reload, a form sent or a meta refresh
    each add one)."""

    def __init__(self, page: Any = None) -> None:
        self.count = 0
        self.documents = 0
        self.last = time.monotonic()
        self._page = page

    def begun(self, request: Any = None) -> None:
        self.count += 1
        self.last = time.monotonic()
        if request is not None and self._page is not None and _new_document(request, self._page):
            self.documents += 1


def _new_document(request: Any, page: Any) -> bool:
    """Whether ``request`` begins a new document in ``page``'s main frame (not a redirect's next hop)."""
    from playwright.sync_api import Error as PlaywrightError

    try:
        return bool(request.is_navigation_request() and request.redirected_from is None
                    and request.frame == page.main_frame)
    except PlaywrightError:  # (a service worker's request has no frame)
        return False


#: One screen per step, each step after the page has painted twice (so intersection observers,
#: which drive lazy loading, have seen that position), until the end, a step limit or a time
#: budget; all inside the page, so a step costs a frame or two and no round trip.
_SCROLL_JS = """async ([maxSteps, budgetMs]) => {
  const painted = () => new Promise(done => {
    const timer = setTimeout(done, 100);  // no frames (a hidden page): do not hang
    requestAnimationFrame(() => requestAnimationFrame(() => { clearTimeout(timer); done(); }));
  });
  const started = performance.now();
  for (let step = 1; ; step++) {
    window.scrollBy(0, window.innerHeight);
    await painted();
    const doc = document.scrollingElement || document.documentElement;
    if (window.scrollY + window.innerHeight >= doc.scrollHeight) return "end";
    if (step >= maxSteps) return "steps";
    if (performance.now() - started >= budgetMs) return "time";
  }
}"""


def _scroll_to_end(page: Any, options: BrowserOptions, left: Any, session: BrowserSession) -> None:
    """Scroll one screen at a time to the end (lazy content loads), bounded in steps and time."""
    from playwright.sync_api import Error as PlaywrightError

    try:
        if left() <= 0.2:
            session.incomplete.append("scroll_stopped_by_time_limit")
            return
        ended = page.evaluate(_SCROLL_JS, [options.max_scroll_steps, ms(left() - 0.2)])
        if ended == "steps":
            session.incomplete.append("scroll_stopped_at_step_limit")
        elif ended == "time":
            session.incomplete.append("scroll_stopped_by_time_limit")
        page.wait_for_timeout(SCROLL_GRACE_MS)
        page.evaluate("() => window.scrollTo(0, 0)")
    except PlaywrightError as exc:
        session.incomplete.append("scroll_failed")
        logger.warning("scrolling failed: %s", first_line(exc))


def _settle(page: Any, proxy: RecordingProxy, requests: _RequestClock, timeout: float,
            session: BrowserSession, gone: _Gone | None = None) -> None:
    """Wait until what scrolling asked for has arrived: no exchange in flight at the proxy and
    none begun by the page for :data:`SETTLE_QUIET` seconds, within ``timeout`` (else the capture
    is marked ``networkidle_not_reached_after_scroll``). Playwright's own network-idle state
    cannot serve here: once reached it stays reached, so a second wait for it returns at once.

    A page gone meanwhile (Chromium died, or its renderer: ``gone``, or a failed wait) ends the
    wait: what the proxy recorded stands, and the steps after this one name what could not be
    read, as they do when the page dies during any other wait (before, the error ended the
    capture and dropped the record; and a crashed renderer, whose page stays open, was waited
    on to ``timeout``)."""
    from playwright.sync_api import Error as PlaywrightError

    end = time.monotonic() + timeout
    while min(proxy.quiet_for(), time.monotonic() - requests.last) < SETTLE_QUIET:
        if gone is not None and gone():
            return
        if time.monotonic() >= end:
            session.incomplete.append("networkidle_not_reached_after_scroll")
            return
        try:
            page.wait_for_timeout(50)  # (keeps Playwright's loop running: the page's requests are routed here)
        except PlaywrightError as exc:
            logger.warning("waiting for what scrolling asked for failed: %s", first_line(exc))
            return


def _dismiss_consent(page: Any, timeout: float) -> list[str]:
    """Click the first visible consent button per frame (only with ``--dismiss-consent``)."""
    from playwright.sync_api import Error as PlaywrightError

    clicked: list[str] = []
    for frame in page.frames:
        for text in CONSENT_BUTTONS:
            try:
                button = frame.get_by_role("button", name=text, exact=True).first
                if button.count() and button.is_visible():
                    button.click(timeout=ms(min(timeout, 2.0)))
                    clicked.append(f"{frame.url}: {text}")
                    break
            except PlaywrightError:
                continue
    return clicked


def _death(gone: _Gone, watchdog: _Watchdog) -> str | None:
    """How the page died under the capture, as ``incomplete`` names it: ``browser_died`` (Playwright
    no longer holds Chromium: its main process, or Playwright's driver, crashed or was killed; the
    browser is then not given back to the pool), ``page_crashed`` (the page's
    renderer died, the browser lives on); None when neither, or when the renderer was stopped by
    the capture's own watchdog (``page_stopped_at_time_limit`` says that)."""
    if gone.browser_died():
        return "browser_died"
    if gone.crashed and not watchdog.fired:
        return "page_crashed"
    return None


def _kind(exc: BaseException) -> str:
    return "timeout" if "Timeout" in type(exc).__name__ or "timeout" in str(exc).lower() else "browser"


def first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]


def ms(seconds: float) -> float:
    return max(1.0, seconds * 1000.0)


__all__ = ["CONSENT_BUTTONS", "BrowserOptions", "BrowserSession", "after_load", "browser_answers", "first_line", "mark", "ms",
           "start_after_load_work", "visit_page"]
