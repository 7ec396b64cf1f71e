"""Browser capture: what the reader saw, with every byte on the wire recorded as a native fetch.

Debian's ``chromium`` (never a downloaded build) is driven by Playwright with
``executable_path``; all its traffic goes through :class:`~archiver.capture.proxy.RecordingProxy`,
so each exchange is recorded exactly as ``archive URL`` records one. The page is loaded,
given time to reach network-idle, scrolled to the end (lazy-loaded images and text) and
photographed; the screenshot (PNG, full page) and the rendered DOM (HTML after scripts) are
kept as ``resource`` records named like browsertrix-crawler's (``urn:screenshot:<url>``;
``urn:rendered-dom:<url>``), linked to the page's response with ``WARC-Refers-To``.

Consent layers are left as the reader met them: only ``--dismiss-consent`` clicks them away,
and the capture says which buttons it clicked.

Where the time goes: with ``ARCHIVER_BROWSER_PHASES=FILE`` in the environment, the process
writes the wall-clock time of each step (``[[phase, unix time], ...]``, JSON) to FILE when it
exits; ``bench/bench_browser.py --phases`` prints them. Without it nothing is recorded.

Every wait has a limit: the whole session ends by ``--total-timeout`` (a small reserve is kept
for the screenshot), ``--max-resources`` bounds the exchanges, ``--max-body`` each response.
What did not finish (network never idle, a limit reached) is listed in ``incomplete``; the
capture is kept and marked, not dropped.
"""

from __future__ import annotations

import atexit
import datetime as dt
import json
import logging
import os
import queue
import secrets
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from archiver.capture.fetch import Fetcher, Hop
from archiver.capture.proxy import PAGE_TOKEN_HEADER, RecordingProxy, can_check_peers
from archiver.errors import CaptureError, UsageError

logger = logging.getLogger(__name__)

SCREENSHOT_URN = "urn:screenshot:"
RENDERED_DOM_URN = "urn:rendered-dom:"
CHROMIUM_NAMES = ("chromium", "chromium-browser")
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
        json.dump(_PHASES, fh)


_AFTER_LOAD: list[Callable[[], None]] = []
_SHARED = threading.Lock()  # guards _AFTER_LOAD and _PRELAUNCHED (batch captures run in threads)


def after_load(work: Callable[[], None]) -> None:
    """Run ``work`` once, on a side thread, when the next browser capture's page has loaded.

    From then on the browser mostly waits (network idle, scrolling), so this process's own
    slow first-use work (the CLI warms the extractor here) costs the capture little; done
    at start-up it competed with launching Chromium and slowed it more than it saved.
    """
    with _SHARED:
        _AFTER_LOAD.append(work)


def _start_after_load_work() -> None:
    with _SHARED:
        work = list(_AFTER_LOAD)
        _AFTER_LOAD.clear()
    for item in work:
        threading.Thread(target=item, name="archiver-after-load").start()


class BrowserMissingError(UsageError):
    """``--browser`` was asked for but no Chromium is installed (nothing was done)."""


@dataclass(frozen=True)
class BrowserOptions:
    """How a browser capture runs; the defaults are what ``archive --browser`` uses."""

    chromium: str | None = None
    max_resources: int = 500
    idle_timeout: float = 10.0
    max_scroll_steps: int = 40
    dismiss_consent: bool = False
    viewport_width: int = 1280
    viewport_height: int = 900

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
    final_url: str | None = None
    incomplete: list[str] = field(default_factory=list)
    consent_clicked: list[str] = field(default_factory=list)
    browser_version: str | None = None
    not_from_page: int = 0

    def page_hops(self) -> list[Hop]:
        """The page's own chain: the requested URL, then each redirect's target, as recorded."""
        from urllib.parse import urljoin

        by_url: dict[str, Hop] = {}
        for hop in self.hops:
            by_url.setdefault(hop.url, hop)
        chain: list[Hop] = []
        url: str | None = self.page_url or self.url
        while url is not None and url in by_url and len(chain) < 30:
            hop = by_url[url]
            if hop in chain:
                break
            chain.append(hop)
            location = hop.header("Location")
            url = urljoin(url, location.strip()) if 300 <= hop.status < 400 and location else None
        return chain


def find_chromium(path: str | None = None) -> str:
    """The Chromium to run: ``path`` if given, else the first of ``chromium``/``chromium-browser`` on PATH.

    Raises:
        BrowserMissingError: none found (exit 2 at the CLI, nothing done).
    """
    if path:
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path
        raise BrowserMissingError(f"--chromium {path}: not an executable file")
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    raise BrowserMissingError("--browser needs Chromium: install Debian's 'chromium' package "
                              "or give its path with --chromium PATH")


def browser_form(url: str) -> str:
    """``url`` as Chromium puts it on the wire: lower-case scheme and host, no default port, ``/``
    for an empty path, no fragment (so the proxy knows the page's own request when it comes)."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    netloc = host if port is None or port == {"http": 80, "https": 443}.get(scheme) else f"{host}:{port}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def launch_args(proxy: RecordingProxy) -> list[str]:
    """Chromium flags: all traffic (loopback too) through the proxy, trust only this run's key.

    With a proxy that serves only this user's connections, the browser as a whole is sent to
    the proxy's refusing port (its background traffic goes nowhere) and only the page's own
    browser context to the recording one (:func:`_new_context`).
    """
    server = proxy.refusing_address if proxy.own_user_only else proxy.address
    return [f"--proxy-server={server}", "--proxy-bypass-list=<-loopback>",
            f"--ignore-certificate-errors-spki-list={proxy.ca.spki_sha256_b64}",
            "--disable-quic", "--disable-background-networking", "--disable-component-update",
            "--disable-domain-reliability", "--no-first-run", "--disable-sync"]


#: A browser started ahead (:func:`prelaunch`) that no capture claims within this many seconds
#: is closed (the command failed before capturing, e.g. an invalid URL).
UNCLAIMED_AFTER = 30.0
#: The time limit of starting Chromium ahead of its capture (the capture's own limit is not known yet).
PRELAUNCH_TIMEOUT = 60.0
#: How long past its deadline a capture waits for the browser's thread before giving up on it.
FINISH_GRACE = 30.0

_PRELAUNCHED: list[_BrowserRun] = []


def prelaunch(options: BrowserOptions) -> None:
    """Start Chromium and its proxy now, for the next :func:`browse` with these ``options``.

    ``archive --browser`` calls this as soon as its options are read, so starting Playwright's
    driver and Chromium (about a second) overlaps opening the store and the rest of the
    command's own start-up instead of following it. Nothing goes upstream before the capture
    claims the browser (the proxy is not armed); unclaimed, it is closed after
    :data:`UNCLAIMED_AFTER` seconds or when the process exits.

    Raises:
        BrowserMissingError: no Chromium.
    """
    mark("cli_ready")
    run = _BrowserRun(options, launch_timeout=PRELAUNCH_TIMEOUT, claimed=False)
    with _SHARED:
        _PRELAUNCHED.append(run)


def browse(url: str, fetcher: Fetcher, options: BrowserOptions, *, total_timeout: float) -> BrowserSession:
    """Visit ``url`` in a fresh headless Chromium through a recording proxy (see module docstring).

    The browser runs on its own thread (Playwright's synchronous API belongs to the thread that
    starts it); this returns as soon as the page is read and the proxy stopped, while that thread
    closes Chromium, so the capture's extraction and commit overlap the browser's shutdown.

    Raises:
        BrowserMissingError: no Chromium.
        CaptureError: the browser could not be started or the page not reached at all.
    """
    mark("capture_start")
    run = _claim_prelaunched(options) or _BrowserRun(options, launch_timeout=max(5.0, total_timeout), claimed=True)
    return run.visit(url, fetcher, total_timeout)


def _claim_prelaunched(options: BrowserOptions) -> _BrowserRun | None:
    with _SHARED:
        waiting = list(_PRELAUNCHED)
        _PRELAUNCHED.clear()
    found = None
    for run in waiting:
        if found is None and run.options == options and run.claim():
            found = run
        else:
            run.cancel(wait=False)
    return found


class _LaunchError(CaptureError):
    """Chromium could not be started (turned into a :class:`CaptureError` naming the URL)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, kind="browser")


@dataclass
class _Job:
    """One page for a browser thread: what it needs, and what it hands back."""

    session: BrowserSession
    deadline: float
    token: str
    done: threading.Event = field(default_factory=threading.Event)
    abort: threading.Event = field(default_factory=threading.Event)  # the capture was interrupted
    error: BaseException | None = None


class _BrowserRun:
    """One Chromium, its recording proxy and the thread that drives them, for one capture."""

    def __init__(self, options: BrowserOptions, *, launch_timeout: float, claimed: bool) -> None:
        self.options = options
        self.executable = find_chromium(options.chromium)
        self._launch_timeout = launch_timeout
        self._lock = threading.Lock()
        self._claimed = claimed
        self._closed = False
        self._taken = False  # the thread has taken its page
        self._abandoned = False  # the capture was interrupted (Ctrl-C): exit without waiting for the thread
        self._jobs: queue.Queue[_Job | None] = queue.Queue(maxsize=1)
        self._proxy_ready = threading.Event()  # (made here while the thread starts Playwright's driver)
        self._thread = threading.Thread(target=self._run, name="archiver-browser", daemon=True)
        atexit.register(self.cancel)  # the process never ends with this browser still open
        self._thread.start()
        try:
            self.proxy = RecordingProxy(None, max_resources=options.max_resources,
                                        own_user_only=can_check_peers()).__enter__()
        except BaseException:
            with self._lock:
                self._closed = True
            self._jobs.put(None)
            raise
        finally:
            self._proxy_ready.set()
        mark("proxy_start")

    def claim(self) -> bool:
        """Take this (prelaunched) browser for a capture, unless it was already closed."""
        with self._lock:
            if self._closed or self._claimed:
                return False
            self._claimed = True
            return True

    def cancel(self, wait: bool = True) -> None:
        """Close the browser if no capture claimed it; with ``wait``, until its thread has ended."""
        with self._lock:
            if not self._claimed and not self._closed:
                self._closed = True
                self._jobs.put(None)
        if wait and not self._abandoned and self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout=FINISH_GRACE)

    def visit(self, url: str, fetcher: Fetcher, total_timeout: float) -> BrowserSession:
        """Hand the browser thread the page and wait until it has read it (see :func:`browse`)."""
        try:
            deadline = time.monotonic() + total_timeout
            session = BrowserSession(url=url, started=fetcher.clock.now(), page_url=browser_form(url))
            job = _Job(session, deadline, secrets.token_hex(16))
            self.proxy.arm(fetcher, deadline=deadline, page_url=session.page_url,
                           page_token=None if self.proxy.own_user_only else job.token)
        except BaseException:
            self._jobs.put(None)  # the thread closes the browser
            raise
        self._jobs.put(job)
        try:
            finished = job.done.wait(timeout=total_timeout + FINISH_GRACE)
        except KeyboardInterrupt:
            self._interrupt(job)
            raise
        if not finished:
            self.proxy.stop()
            raise CaptureError(f"{url}: the browser did not finish within the time limit", url=url, kind="timeout")
        if isinstance(job.error, _LaunchError):
            raise CaptureError(f"{url}: could not start Chromium ({job.error})", url=url,
                               kind="browser") from job.error
        if job.error is not None:
            raise job.error
        log = self.proxy.log
        session.hops, session.failures = list(log.hops), list(log.failures)
        session.not_from_page = log.refused_reasons.get("not_from_page", 0)
        session.refused = sum(n for r, n in log.refused_reasons.items() if r != "not_from_page")
        session.incomplete.extend(f"refused_{r}" for r in sorted(log.refused_reasons) if r != "not_from_page")
        return session

    def _interrupt(self, job: _Job) -> None:
        """Ctrl-C: cut the page's traffic, have the thread skip its remaining waits and close
        Chromium, and wait for that (an interpreter that exits under a running Playwright can
        crash); a second Ctrl-C stops the waiting."""
        job.abort.set()
        self.proxy.stop()
        self._abandoned = True  # (the exit handler must not wait again)
        self._thread.join(timeout=FINISH_GRACE)

    def _run(self) -> None:
        """The browser thread: start Playwright and Chromium, visit the one page, close."""
        job: _Job | None = None
        try:
            try:
                self._drive()
            except BaseException as exc:  # noqa: BLE001 - handed to the capture that waits for it
                job = None if self._taken else self._next_job()  # (a failure to start: the capture hears of it)
                if job is not None:
                    job.error = exc
                    job.done.set()
                logger.debug("browser thread ended: %s", _first_line(exc))
        finally:
            self._proxy_ready.wait(FINISH_GRACE)
            if hasattr(self, "proxy"):
                self.proxy.stop()
            atexit.unregister(self.cancel)

    def _next_job(self) -> _Job | None:
        """The capture's page, or None when the run is cancelled or stays unclaimed."""
        try:
            return self._jobs.get(timeout=UNCLAIMED_AFTER)
        except queue.Empty:
            with self._lock:
                if not self._claimed:
                    self._closed = True
                    return None
            try:  # claimed meanwhile: its page is on the way
                return self._jobs.get(timeout=FINISH_GRACE)
            except queue.Empty:
                return None

    def _drive(self) -> None:
        try:
            from playwright.sync_api import sync_playwright
        except ImportError as exc:  # pragma: no cover - playwright is a dependency
            raise BrowserMissingError("--browser needs the 'playwright' Python package") from exc
        pw = sync_playwright().start()
        mark("playwright_start")
        try:
            self._proxy_ready.wait()
            if not hasattr(self, "proxy"):
                return  # it could not be made (the caller was told)
            try:
                browser = pw.chromium.launch(executable_path=self.executable, headless=True,
                                             args=launch_args(self.proxy), timeout=_ms(self._launch_timeout))
            except Exception as exc:  # noqa: BLE001 - playwright raises its own Error types
                raise _LaunchError(_first_line(exc)) from exc
            mark("browser_launch")
            try:
                job = self._next_job()
                if job is None:
                    return
                self._taken = True
                try:
                    job.session.browser_version = f"Chromium {browser.version}"
                    _visit(browser, job.session, self.options, job.deadline, job.token, self.proxy, job.abort)
                except BaseException as exc:  # noqa: BLE001 - handed to the capture
                    job.error = exc
                finally:
                    self.proxy.stop()  # the record is complete: the capture goes on while Chromium closes
                    mark("proxy_stop")
                    job.done.set()
            finally:
                browser.close()
                mark("browser_close")
        finally:
            pw.stop()
            mark("playwright_stop")


def _visit(browser: Any, session: BrowserSession, options: BrowserOptions, deadline: float, token: str,
           proxy: RecordingProxy, abort: threading.Event | None = None) -> None:
    """Load, wait, scroll, (dismiss consent), photograph and read the DOM, each within the time left."""
    from playwright.sync_api import Error as PlaywrightError

    reserve = min(10.0, max(2.0, (deadline - time.monotonic()) * 0.2))  # for screenshot + DOM

    def left(cap: float | None = None) -> float:
        if abort is not None and abort.is_set():
            return 0.1  # interrupted: every wait still to come is cut short
        remaining = max(0.1, deadline - reserve - time.monotonic())
        return min(remaining, cap) if cap is not None else remaining

    context = _new_context(browser, options, proxy, token)
    try:
        page = context.new_page()
        requests = _RequestClock()  # the page's requests as the browser begins them
        page.on("request", lambda _request: requests.begun())
        mark("context")
        try:
            response = page.goto(session.url, wait_until="domcontentloaded", timeout=_ms(left()))
        except PlaywrightError as exc:
            raise CaptureError(f"{session.url}: the browser could not load the page ({_first_line(exc)})",
                               url=session.url, kind=_kind(exc)) from exc
        mark("goto_domcontentloaded")
        if response is None:
            session.incomplete.append("no_document_response")
        _wait_state(page, "load", left(options.idle_timeout), session, abort)
        mark("load")
        _start_after_load_work()
        _wait_state(page, "networkidle", left(options.idle_timeout), session, abort)
        mark("networkidle")
        if options.dismiss_consent:
            session.consent_clicked = _dismiss_consent(page, left(5.0))
        before_scroll = requests.count
        _scroll_to_end(page, options, left, session)
        mark("scroll")
        if requests.count != before_scroll:  # lazy content asked for: let it arrive
            _settle(page, proxy, requests, left(min(options.idle_timeout, 5.0)), session)
        mark("settle_after_scroll")
        if abort is not None and abort.is_set():
            raise CaptureError(f"{session.url}: interrupted", url=session.url, kind="interrupted")
        shot_timeout = _ms(max(2.0, deadline - time.monotonic()))
        try:
            session.screenshot = page.screenshot(full_page=True, type="png", timeout=shot_timeout,
                                                 animations="disabled")
        except PlaywrightError as exc:
            session.incomplete.append("no_screenshot")
            logger.warning("screenshot failed: %s", _first_line(exc))
        mark("screenshot")
        try:
            session.dom = page.content()
        except PlaywrightError as exc:
            session.incomplete.append("no_rendered_dom")
            logger.warning("reading the rendered DOM failed: %s", _first_line(exc))
        session.final_url = page.url
        mark("dom")
    finally:
        context.close()
        mark("context_close")


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


#: Long waits are made of slices this long, so an interrupted capture stops waiting soon.
WAIT_SLICE = 0.5


def _wait_state(page: Any, state: str, timeout: float, session: BrowserSession,
                abort: threading.Event | None = None) -> None:
    """Wait for the page's load ``state`` up to ``timeout`` (else mark the capture incomplete)."""
    from playwright.sync_api import Error as PlaywrightError

    end = time.monotonic() + timeout
    while True:
        try:
            page.wait_for_load_state(state, timeout=_ms(min(WAIT_SLICE, max(0.0, end - time.monotonic()))))
            return
        except PlaywrightError:
            if time.monotonic() >= end or (abort is not None and abort.is_set()):
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
    """How many requests the page has begun, and when the last one began (the browser's view)."""

    def __init__(self) -> None:
        self.count = 0
        self.last = time.monotonic()

    def begun(self) -> None:
        self.count += 1
        self.last = time.monotonic()


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
        ended = page.evaluate(_SCROLL_JS, [options.max_scroll_steps, _ms(left() - 0.2)])
        if ended == "steps":
            session.incomplete.append("scroll_stopped_at_step_limit")
        elif ended == "time":
            session.incomplete.append("scroll_stopped_by_time_limit")
        page.wait_for_timeout(SCROLL_GRACE_MS)
        page.evaluate("() => window.scrollTo(0, 0)")
    except PlaywrightError as exc:
        session.incomplete.append("scroll_failed")
        logger.warning("scrolling failed: %s", _first_line(exc))


def _settle(page: Any, proxy: RecordingProxy, requests: _RequestClock, timeout: float,
            session: BrowserSession) -> None:
    """Wait until what scrolling asked for has arrived: no exchange in flight at the proxy and
    none begun by the page for :data:`SETTLE_QUIET` seconds, within ``timeout`` (else the capture
    is marked ``networkidle_not_reached_after_scroll``). Playwright's own network-idle state
    cannot serve here: once reached it stays reached, so a second wait for it returns at once."""
    end = time.monotonic() + timeout
    while min(proxy.quiet_for(), time.monotonic() - requests.last) < SETTLE_QUIET:
        if time.monotonic() >= end:
            session.incomplete.append("networkidle_not_reached_after_scroll")
            return
        page.wait_for_timeout(50)  # (keeps Playwright's loop running: the page's requests are routed here)


def _dismiss_consent(page: Any, timeout: float) -> list[str]:
    """Click the first visible consent button per frame (only with ``--dismiss-consent``)."""
    from playwright.sync_api import Error as PlaywrightError

    clicked: list[str] = []
    for frame in page.frames:
        for text in CONSENT_BUTTONS:
            try:
                button = frame.get_by_role("button", name=text, exact=True).first
                if button.count() and button.is_visible():
                    button.click(timeout=_ms(min(timeout, 2.0)))
                    clicked.append(f"{frame.url}: {text}")
                    break
            except PlaywrightError:
                continue
    return clicked


def _kind(exc: BaseException) -> str:
    return "timeout" if "Timeout" in type(exc).__name__ or "timeout" in str(exc).lower() else "browser"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]


def _ms(seconds: float) -> float:
    return max(1.0, seconds * 1000.0)


__all__ = ["BrowserMissingError", "BrowserOptions", "BrowserSession", "after_load", "browse", "find_chromium",
           "mark", "prelaunch",
           "RENDERED_DOM_URN", "SCREENSHOT_URN"]
