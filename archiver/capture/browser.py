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
import logging
import os
import queue
import secrets
import shutil
import threading
import time
from dataclasses import dataclass, field

from archiver.capture.browser_page import (
    BrowserOptions,
    BrowserSession,
    after_load,
    first_line,
    mark,
    ms,
    visit_page,
)
from archiver.capture.fetch import Fetcher
from archiver.capture.proxy import RecordingProxy, can_check_peers
from archiver.errors import CaptureError, UsageError

logger = logging.getLogger(__name__)

SCREENSHOT_URN = "urn:screenshot:"
RENDERED_DOM_URN = "urn:rendered-dom:"
CHROMIUM_NAMES = ("chromium", "chromium-browser")


class BrowserMissingError(UsageError):
    """``--browser`` was asked for but no Chromium is installed (nothing was done)."""


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
    browser context to the recording one (:func:`archiver.capture.browser_page._new_context`).
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
_PRELAUNCH_LOCK = threading.Lock()  # batch captures run in threads


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
    with _PRELAUNCH_LOCK:
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
    with _PRELAUNCH_LOCK:
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
                logger.debug("browser thread ended: %s", first_line(exc))
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
                                             args=launch_args(self.proxy), timeout=ms(self._launch_timeout))
            except Exception as exc:  # noqa: BLE001 - playwright raises its own Error types
                raise _LaunchError(first_line(exc)) from exc
            mark("browser_launch")
            try:
                job = self._next_job()
                if job is None:
                    return
                self._taken = True
                try:
                    job.session.browser_version = f"Chromium {browser.version}"
                    visit_page(browser, job.session, self.options, job.deadline, job.token, self.proxy, job.abort)
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


__all__ = ["BrowserMissingError", "BrowserOptions", "BrowserSession", "after_load", "browse", "find_chromium",
           "mark", "prelaunch",
           "RENDERED_DOM_URN", "SCREENSHOT_URN"]
