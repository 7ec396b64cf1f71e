"""Browser capture: what the reader saw, with every byte on the wire recorded as a native fetch.

Debian's ``chromium`` (never a downloaded build) is driven by Playwright with
``executable_path``; all its traffic goes through :class:`~archiver.capture.proxy.RecordingProxy`,
so each exchange is recorded exactly as ``archive URL`` records one. The page is loaded,
given time to reach network-idle, scrolled to the end (lazy-loaded images and text) and
photographed; the screenshot (PNG, full page) and the rendered DOM (HTML after scripts) are
kept as ``resource`` records named like browsertrix-crawler's (``urn:screenshot:<url>``;
``urn:rendered-dom:<url>``), linked to the page's response with ``WARC-Refers-To``, and so is
the text the rendered page showed (``urn:rendered-text:<url>``, the body's ``innerText``).

Chromium is started once and kept: a capture takes an idle browser of this process's pool (or
starts one), visits its page in a fresh browser context (nothing of an earlier capture's cookies,
cache or storage) through a recording proxy of its own, and gives the browser back; idle
browsers close after :data:`IDLE_AFTER` seconds and when the process exits (see :class:`_Pool`).
A browser counts as closed once every process its launch started (Playwright's driver, Chromium,
the zygotes, renderers and crash handlers Chromium starts itself) has exited and been reaped
by this process, within a bound (the rest are killed); a SIGTERM kills them before the process
dies of it (:mod:`archiver.capture.browser_procs`). None of them outlives the command.

Chromium's sandbox is on (Playwright's ``chromium_sandbox``; without it Playwright adds
``--no-sandbox``) unless this process is root, where it cannot start, or ``--no-browser-sandbox``
asks it off (:func:`sandbox_off`); each capture records which (``sandbox``, ``sandbox_off`` in
its browser part). A sandbox that cannot start is :class:`BrowserSandboxError`, never a quiet
launch without it.

Consent layers are left as the reader met them: only ``--dismiss-consent`` clicks them away,
and the capture says which buttons it clicked.

Where the time goes: with ``ARCHIVER_BROWSER_PHASES=FILE`` in the environment, the process
writes the wall-clock time of each step (``[[phase, unix time], ...]``, JSON) to FILE when it
exits; ``bench/bench_browser.py --phases`` prints them. Without it nothing is recorded.

Every wait has a limit: the whole session ends by ``--total-timeout`` (a small reserve is kept
for the screenshot), ``--max-resources`` bounds the exchanges, ``--max-body`` each response.
What did not finish (network never idle, a limit reached) is listed in ``incomplete``; the
capture is kept and marked, not dropped.

Why one file of ~850 lines: the pool, the browser's own thread and the capture that waits for
it share one protocol (who holds a browser, when it is given back, what Ctrl-C, a crash, a dead
driver or a time-out does to it); split, each half would be read with the other open. The page
visit itself is in :mod:`archiver.capture.browser_page`, the proxy in :mod:`archiver.capture.proxy`,
what becomes of Chromium's processes in :mod:`archiver.capture.browser_procs`, Playwright's driver
in :mod:`archiver.capture.playwright_driver`.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import queue
import secrets
import shutil
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from archiver.capture import browser_folders, browser_procs, browser_sigterm, playwright_driver
from archiver.capture.browser_page import (
    BrowserOptions,
    BrowserSession,
    after_load,
    browser_answers,
    first_line,
    mark,
    ms,
    visit_page,
)
from archiver.capture.fetch import Fetcher
from archiver.capture.proxy import STOP_WAIT, LocalCA, RecordingProxy, can_check_peers
from archiver.core import socket_dirs
from archiver.errors import ArchiverError, CaptureError, UsageError

logger = logging.getLogger(__name__)

SCREENSHOT_URN = "urn:screenshot:"
RENDERED_DOM_URN = "urn:rendered-dom:"
#: The text the rendered page showed (its body's ``innerText``): see :mod:`archiver.store.browser_records`.
RENDERED_TEXT_URN = "urn:rendered-text:"
CHROMIUM_NAMES = ("chromium", "chromium-browser")


class BrowserMissingError(UsageError):
    """``--browser`` was asked for but no Chromium is installed (nothing was done)."""


class BrowserLaunchError(UsageError):
    """Chromium exited before it could be driven (a ``--chromium`` that is not a Chromium, a
    broken installation): nothing was captured, and no URL is to blame. A launch that only ran
    out of time stays the URL's failure (:class:`_LaunchError`): a loaded machine may start the
    next one."""


class BrowserSandboxError(UsageError):
    """Chromium's sandbox could not start here (no unprivileged user namespaces, no setuid
    sandbox); nothing was captured. Never answered by quietly running without it: the user
    chooses ``--no-browser-sandbox``."""


#: Why Chromium runs without its sandbox, as a capture records it (``sandbox_off``).
SANDBOX_OFF_ROOT = "root"
SANDBOX_OFF_ASKED = "--no-browser-sandbox"
#: Chromium's own command line turned it off (Debian's ``chromium`` script adds the flags of
#: /etc/chromium.d, where container images often put it; ``--chromium`` may name any wrapper).
SANDBOX_OFF_FLAG = "--no-sandbox"
#: What Chromium says when it finds no sandbox it can start: its zygote host's "No usable
#: sandbox!" (no user namespaces and no setuid helper), and its setuid helper's own failures
#: (Debian's chromium-sandbox, installed with chromium as a recommended package): not root
#: (``no_new_privs`` set, as in containers run with no-new-privileges, or a tracer), wrongly
#: installed, or refused the namespaces it makes.
SANDBOX_FAILURES = ("No usable sandbox", "The setuid sandbox is not running as root",
                    "The SUID sandbox helper binary was found, but is not configured correctly",
                    "Failed to move to new namespace")


def sandbox_off(options: BrowserOptions) -> str | None:
    """Why Chromium is to run without its sandbox for ``options``, or None: it runs with it.

    A hostile page that exploits the renderer is held by the sandbox; without it, the exploit
    runs as this user, who can write the store and read the log's signing key. So it is on
    unless asked off (``--no-browser-sandbox``), or this process is root: Chromium refuses to
    start its sandbox as root (and Playwright would add ``--no-sandbox`` anyway).
    """
    if not options.sandbox:
        return SANDBOX_OFF_ASKED
    if os.geteuid() == 0:
        return SANDBOX_OFF_ROOT
    return None


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
    """``url`` as Chromium puts it on the wire: lower-case scheme and host (IDNA), no default port,
    ``/`` for an empty path, path and query percent-encoded (:func:`~archiver.capture.fetch.wire_uri`),
    no fragment (so the proxy knows the page's own request when it comes, compared with
    :func:`~archiver.capture.fetch.same_url`: a page typed as an IRI is requested encoded)."""
    from urllib.parse import urlsplit, urlunsplit

    from archiver.capture.fetch import wire_uri

    parts = urlsplit(wire_uri(url))
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    netloc = host if port is None or port == {"http": 80, "https": 443}.get(scheme) else f"{host}:{port}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


#: What Playwright (1.65) disables with its own ``--disable-features`` (its ``chromiumSwitches``):
#: Chromium keeps only the last ``--disable-features`` of its command line, so :func:`launch_args`
#: repeats these beside ours, or its own would undo them (HTTPS upgrades, background requests
#: to Google at start-up, ...). tests/test_browser_switches.py checks this list against the
#: installed Playwright's.
PLAYWRIGHT_DISABLED_FEATURES = (
    "AvoidUnnecessaryBeforeUnloadCheckSync", "DestroyProfileOnBrowserClose", "HttpsUpgrades",
    "HttpsFirstBalancedModeAutoEnable", "LensOverlay", "MediaRouter", "PaintHolding",
    "ThirdPartyStoragePartitioning", "AvoidCorsURLLoaderRestartOnRedirect", "TcpPortRandomizationWin",
    "OptimizationHints", "NetworkTimeServiceQuerying", "AimEnabled", "PreconnectToSearch",
    "msForceBrowserSignIn", "msEdgeUpdateLaunchServicesPreferredVersion")
#: Browser UI a headless capture never shows: Chromium (from about 150) builds its address bar's
#: suggestion popups as WebUI pages (``chrome://omnibox-popup.top-chrome/``) and loads them at
#: start-up in a renderer process of their own, which cost about 0.55 CPU-s of the ~2.9 of a
#: launch and one capture, more than the captured page's renderer (and ~0.15 s more in the
#: browser process). Without them the popup is Chromium's native one, never opened here. Nothing
#: of the page changes (its requests, DOM and screenshot are the same, byte for byte) and nothing
#: that isolates it: it is browser chrome, not the page's process or its sandbox.
UI_FEATURES_OFF = ("WebUIOmniboxPopup", "WebUIOmniboxAimPopup")


def launch_args(proxy: RecordingProxy) -> list[str]:
    """Chromium flags: all traffic (loopback too) through the proxy, trust only this run's key;
    no browser UI a headless capture never shows (:data:`UI_FEATURES_OFF`).

    With a proxy that serves only this user's connections, the browser as a whole is sent to
    the proxy's refusing port (its background traffic goes nowhere) and only the page's own
    browser context to the recording one (:func:`archiver.capture.browser_page._new_context`).
    """
    server = proxy.refusing_address if proxy.own_user_only else proxy.address
    return [f"--proxy-server={server}", "--proxy-bypass-list=<-loopback>",
            f"--ignore-certificate-errors-spki-list={proxy.ca.spki_sha256_b64}",
            "--disable-quic", "--disable-background-networking", "--disable-component-update",
            "--disable-domain-reliability", "--no-first-run", "--disable-sync",
            "--disable-features=" + ",".join((*PLAYWRIGHT_DISABLED_FEATURES, *UI_FEATURES_OFF))]


#: An idle browser of the pool (or one started ahead by :func:`prelaunch` that no capture
#: claims) is closed after this many seconds without a capture.
IDLE_AFTER = 30.0
#: The time limit of starting Chromium ahead of its capture (the capture's own limit is not known yet).
PRELAUNCH_TIMEOUT = 60.0
#: How long past its deadline a capture waits for the browser's thread before giving up on it.
FINISH_GRACE = 30.0
#: How long a pooled Chromium, idle since its last capture, is given to answer before the next
#: one (:func:`_alive`): one that is alive answers in milliseconds; one hung past this is killed.
ALIVE_WITHIN = 10.0
#: The pool's CA signs host certificates valid for a day: browsers launched with it (their
#: ``--ignore-certificate-errors-spki-list`` is fixed at launch) are retired after this many
#: seconds, and new ones get a new CA.
CA_MAX_AGE = 12 * 3600.0


def prelaunch(options: BrowserOptions) -> None:
    """Start a Chromium for the next :func:`browse` with these ``options``, unless one is ready.

    ``archive --browser`` calls this as soon as its options are read, so starting Playwright's
    driver and Chromium (about a second) overlaps opening the store and the rest of the
    command's own start-up instead of following it. Nothing goes upstream before a capture
    claims the browser; unclaimed, it is closed after :data:`IDLE_AFTER` seconds or when the
    process exits.

    Raises:
        BrowserMissingError: no Chromium.
    """
    mark("cli_ready")
    _POOL.prelaunch(find_chromium(options.chromium), sandbox_off=sandbox_off(options))


def refuse_unstartable(options: BrowserOptions, *, launch_timeout: float) -> None:
    """Wait until a Chromium for ``options`` has started (the pool's free one, the one
    :func:`prelaunch` started, or one started now for the next :func:`browse`), so that a
    command refuses a Chromium that cannot start at all before it makes anything (a new store,
    its log and key). A launch that runs out of ``launch_timeout``, or fails otherwise, is left
    to the capture (the URL's failure).

    Raises:
        BrowserMissingError, BrowserLaunchError, BrowserSandboxError: (exit 2, nothing done).
    """
    browser = _POOL.prelaunch(find_chromium(options.chromium), sandbox_off=sandbox_off(options),
                              launch_timeout=launch_timeout)
    try:
        browser.started.wait(launch_timeout)
    except BaseException:  # a Ctrl-C, or a batch's SIGTERM (as one): not the launch's time-out
        browser.abandon_launch()
        raise
    if isinstance(browser.start_error, (BrowserMissingError, BrowserLaunchError, BrowserSandboxError)):
        raise browser.start_error


def browse(url: str, fetcher: Fetcher, options: BrowserOptions, *, total_timeout: float) -> BrowserSession:
    """Visit ``url`` in headless Chromium, in a fresh browser context, through a recording proxy
    of its own (see module docstring).

    The Chromium is taken from this process's pool (:class:`_Pool`): one left idle by an earlier
    capture, or started ahead (:func:`prelaunch`), or else a new one. The browser runs on its own
    thread (Playwright's synchronous API belongs to the thread that starts it); this returns as
    soon as the page is read and the proxy stopped, while that thread closes the page's context
    and gives the browser back to the pool, so the capture's extraction and commit overlap it.

    Raises:
        BrowserMissingError: no Chromium.
        BrowserSandboxError: Chromium's sandbox cannot start here (nothing captured).
        CaptureError: the browser could not be started or the page not reached at all.
    """
    mark("capture_start")
    browser = _POOL.take(find_chromium(options.chromium), launch_timeout=max(5.0, total_timeout),
                         sandbox_off=sandbox_off(options))
    return browser.visit(url, fetcher, options, total_timeout)


def launch_count() -> int:
    """How many Chromiums this process has launched (a capture that reused one launched none)."""
    return _POOL.launches


def close_idle_browsers() -> None:
    """Close every browser of the pool that no capture holds, and wait until they are closed,
    those already closing too (one whose Chromium died under a capture goes on ending its
    processes after the capture returned); a capture running now closes its browser when it
    ends. (At exit the pool closes them all, waiting for running captures too: no browser of
    this process outlives it.)"""
    _POOL.close_all(wait_held=False)


class _LaunchError(CaptureError):
    """Chromium could not be started (turned into a :class:`CaptureError` naming the URL)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, kind="browser")


@dataclass
class _Job:
    """One page for a browser thread: what it needs, and what it hands back."""

    session: BrowserSession
    options: BrowserOptions
    proxy: RecordingProxy
    deadline: float
    token: str
    done: threading.Event = field(default_factory=threading.Event)
    abort: threading.Event = field(default_factory=threading.Event)  # the capture was interrupted
    error: BaseException | None = None
    max_dom: int | None = None  # the largest rendered DOM kept (bytes): the capture's --max-body


class _Pool:
    """This process's Chromiums, each with the thread that drives it, shared by its captures.

    A capture takes a browser no other capture holds (concurrent captures, e.g. ``batch``'s
    threads, take different ones) and gives it back when its page's context is closed; every
    capture gets a fresh browser context (no cookies, cache, storage, service workers or
    permissions of an earlier one) with its own recording proxy. What Chromium is launched
    with is the same for every capture: the pool's CA (the one key every host certificate
    shares, trusted by ``--ignore-certificate-errors-spki-list``) and, as its browser-wide
    proxy, a port of the browser's own that refuses every request (its background traffic).

    Where the proxy cannot tell this user's connections from others' (:func:`can_check_peers`
    False), the browser-wide proxy is the capture's recording one and the page's requests are
    told apart by a token: such a browser serves one capture and is closed (no pooling).
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.browsers: list[_Browser] = []  # started and not closed: idle, starting or held by a capture
        #: Closed, and their thread perhaps still closing Chromium and reaping its processes (a
        #: browser that died under a capture, or was given back unhealthy, leaves the pool at once).
        self.ending: list[_Browser] = []
        self.launches = 0
        self._ca: LocalCA | None = None
        self._ca_made = 0.0
        self._exit_hooked = False
        os.register_at_fork(after_in_child=self._forget_after_fork)

    def prelaunch(self, executable: str, *, sandbox_off: str | None = None,
                  launch_timeout: float = PRELAUNCH_TIMEOUT) -> _Browser:
        """A free browser of ``executable`` (its sandbox as asked), or one started now, unclaimed."""
        with self.lock:
            for browser in self.browsers:
                if browser.launched_as(executable, sandbox_off) and browser.free():
                    return browser
        return self._start(executable, launch_timeout=launch_timeout, claimed=False, sandbox_off=sandbox_off)

    def take(self, executable: str, *, launch_timeout: float, sandbox_off: str | None = None) -> _Browser:
        """A browser of ``executable`` (its sandbox on, unless ``sandbox_off`` says why not) for
        one capture, held by it alone until its page is done."""
        with self.lock:
            for browser in self.browsers:
                if browser.launched_as(executable, sandbox_off) and browser.free():
                    browser.claimed = True
                    return browser
        return self._start(executable, launch_timeout=launch_timeout, claimed=True, sandbox_off=sandbox_off)

    def _start(self, executable: str, *, launch_timeout: float, claimed: bool,
               sandbox_off: str | None = None) -> _Browser:
        self._hook_exit()
        _take_browsers_along_on_sigterm()
        browser = _Browser(self, executable, launch_timeout=launch_timeout, claimed=claimed, sandbox_off=sandbox_off)
        with self.lock:
            if not browser.closed:
                self.browsers.append(browser)
        return browser

    def ca(self) -> tuple[LocalCA, float]:
        """The CA browsers launched now are given, and when it was made (a new one after :data:`CA_MAX_AGE`)."""
        with self.lock:
            if self._ca is None or time.monotonic() - self._ca_made > CA_MAX_AGE:
                self._ca, self._ca_made = LocalCA(), time.monotonic()
            return self._ca, self._ca_made

    def give_back(self, browser: _Browser, *, healthy: bool) -> bool:
        """Called by ``browser``'s thread when its capture's page is done: True if it waits for
        the next capture, False if it is to close (not poolable, unhealthy, retired)."""
        with self.lock:
            browser.claimed = False
            keep = (healthy and browser.pooled and not browser.retire
                    and time.monotonic() - browser.ca_made < CA_MAX_AGE)
            if not keep:
                self._close_locked(browser)
            return keep

    def expire(self, browser: _Browser) -> bool:
        """Called by ``browser``'s thread after :data:`IDLE_AFTER` idle seconds: True if it is to
        close (no capture claimed it meanwhile)."""
        with self.lock:
            if browser.claimed:
                return False
            self._close_locked(browser)
            return True

    def _close_locked(self, browser: _Browser) -> None:
        browser.closed = True
        if browser in self.browsers:
            self.browsers.remove(browser)
        self.ending = [b for b in self.ending if b is not browser and b.ending()] + [browser]

    def closed(self, browser: _Browser, error: BaseException | None) -> _Job | None:
        """``browser``'s thread ended (``error``: why, if it could not start): forget it, and
        return the job of a capture that is waiting for it (it is told the error)."""
        with self.lock:
            self._close_locked(browser)
            if browser.start_error is None:
                browser.start_error = error
            try:
                return browser.jobs.get_nowait()
            except queue.Empty:
                return None

    def close_all(self, *, wait_held: bool = True, wait_ending: bool = True) -> None:
        """Close the idle browsers and retire the held ones (closed when their capture ends);
        wait (bounded) for their threads, the held ones' too unless ``wait_held`` is False, and
        those of browsers closed before and still ending unless ``wait_ending`` is False.

        Why the ending ones: a browser whose Chromium died under a capture is closed as the
        capture ends, and its thread goes on ending Chromium's processes (waiting for each to
        exit, reaping ours) after the capture returned; a caller that closes the browsers and
        then finds those processes still there, running or unreaped, was not waited for."""
        with self.lock:
            browsers = list(self.browsers)
            for browser in browsers:
                if browser.claimed:
                    browser.retire = True
                else:
                    self._close_locked(browser)
                    browser.jobs.put(None)
            ending = [b for b in self.ending if b not in browsers] if wait_ending else []
        for browser in browsers:
            if wait_held or not browser.retire:
                browser.join()
        for browser in ending:
            browser.join()
        with self.lock:
            self.ending = [b for b in self.ending if b.ending()]

    def _hook_exit(self) -> None:
        """Close the pool's browsers when this process exits: at ``atexit``, and in a process of
        ``multiprocessing`` (``batch``'s workers), whose exit runs its finalizers, not ``atexit``."""
        with self.lock:
            if self._exit_hooked:
                return
            self._exit_hooked = True
        atexit.register(self.close_at_exit)
        mp = sys.modules.get("multiprocessing")
        if mp is not None and mp.parent_process() is not None:
            from multiprocessing.util import Finalize

            Finalize(self, self.close_at_exit, exitpriority=10)

    def close_at_exit(self) -> None:
        """Close every browser (waiting, bounded, for the captures that hold one), then kill and
        reap whatever their launches started that is still there: a browser whose thread was
        abandoned (a second Ctrl-C), did not end in time or is still ending (closed before: its
        thread is not waited for here) would otherwise leave it to init."""
        self.close_all(wait_ending=False)
        browser_procs.kill_all()

    def _forget_after_fork(self) -> None:
        """A forked child has none of the parent's browser threads: it starts with an empty pool."""
        self.lock = threading.Lock()
        self.browsers = []
        self.ending = []
        self._ca = None
        self._exit_hooked = False


class _Browser:
    """One Chromium of the pool and the thread that drives it, serving one capture at a time."""

    def __init__(self, pool: _Pool, executable: str, *, launch_timeout: float, claimed: bool,
                 sandbox_off: str | None = None) -> None:
        self.pool = pool
        self.executable = executable
        self.sandbox_off = sandbox_off  # why Chromium runs without its sandbox; None: with it
        self.ran_off: str | None = sandbox_off  # the same, as the running Chromium shows it (its flags)
        self.pooled = can_check_peers()
        self.claimed = claimed
        self.closed = False
        self.retire = False  # close after the capture that holds it
        self.start_error: BaseException | None = None
        #: set once Chromium runs, or once the thread ended (``start_error`` then says why, if it could not start)
        self.started = threading.Event()
        self.served = 0
        self._current: _Job | None = None  # a capture's page taken and not yet served
        self.ca_made = time.monotonic()
        self.jobs: queue.Queue[_Job | None] = queue.Queue()
        self._launch_timeout = launch_timeout
        self._abandoned = False  # a capture was interrupted (Ctrl-C): exit without waiting for the thread
        self._proxy_ready = threading.Event()  # (made here while the thread starts Playwright's driver)
        self.families: list[browser_procs.Family] = []  # the processes of each Chromium it launched, not ended
        self._driver: browser_procs.Family | None = None  # Playwright's driver (ended when the thread ends)
        self._driver_pid: int | None = None
        self._thread = threading.Thread(target=self._run, name="archiver-browser", daemon=True)
        self._thread.start()
        try:
            ca: LocalCA | None = None
            if self.pooled:
                ca, self.ca_made = pool.ca()
            # Pooled: this proxy is never armed; its refusing port is the browser-wide proxy.
            # Not pooled: it is the capture's recording proxy (armed by visit()).
            self.base_proxy = RecordingProxy(None, max_resources=0, ca=ca, own_user_only=self.pooled).__enter__()
        except BaseException:
            self.closed = True
            self.jobs.put(None)
            raise
        finally:
            self._proxy_ready.set()
        mark("proxy_start")

    def launched_as(self, executable: str, sandbox_off: str | None) -> bool:
        """Whether this browser runs ``executable`` with the sandbox as asked (pool's matching)."""
        return self.executable == executable and self.sandbox_off == sandbox_off

    def free(self) -> bool:
        """Whether a capture may take this browser now (pool lock held)."""
        return not (self.claimed or self.closed or self.retire)

    def join(self) -> None:
        if not self._abandoned and self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout=FINISH_GRACE)

    def ending(self) -> bool:
        """Whether this browser's thread still runs (closing Chromium, reaping its processes)."""
        return self._thread.is_alive()

    # ------------------------------------------------------------------ the capture's side

    def visit(self, url: str, fetcher: Fetcher, options: BrowserOptions, total_timeout: float) -> BrowserSession:
        """Hand the browser thread the page and wait until it has read it (see :func:`browse`)."""
        job = self._job(url, fetcher, options, total_timeout)
        try:
            finished = _wait(job.done, total_timeout + FINISH_GRACE)
        except KeyboardInterrupt:
            self._interrupt(job)
            raise
        if not finished:
            self.retire = True
            job.proxy.stop()
            raise CaptureError(f"{url}: the browser did not finish within the time limit", url=url, kind="timeout")
        if job.error is not None:
            self._raise(url, job.error)
        log = job.proxy.log
        session = job.session
        session.hops, session.failures = list(log.hops), list(log.failures)
        session.note_navigation()
        session.not_from_page = log.refused_reasons.get("not_from_page", 0)
        session.refused = sum(n for r, n in log.refused_reasons.items() if r != "not_from_page")
        session.incomplete.extend(f"refused_{r}" for r in sorted(log.refused_reasons) if r != "not_from_page")
        if log.unfinished:
            session.incomplete.append("exchanges_unfinished_at_end")
        return session

    def _job(self, url: str, fetcher: Fetcher, options: BrowserOptions, total_timeout: float) -> _Job:
        """The page's job, with its armed recording proxy, queued for the thread (unless the
        browser could not start: then the capture is told why)."""
        proxy: RecordingProxy | None = None
        try:
            deadline = time.monotonic() + total_timeout
            session = BrowserSession(url=url, started=fetcher.clock.now(), page_url=browser_form(url))
            token = secrets.token_hex(16)
            if self.pooled:
                proxy = RecordingProxy(None, max_resources=options.max_resources, ca=self.base_proxy.ca,
                                       own_user_only=True).__enter__()
            else:
                proxy = self.base_proxy
                proxy.max_resources = options.max_resources
            proxy.arm(fetcher, deadline=deadline, page_url=session.page_url,
                      page_token=None if proxy.own_user_only else token)
            job = _Job(session, options, proxy, deadline, token, max_dom=fetcher.options.max_body_bytes)
            with self.pool.lock:
                if not self.closed:
                    self.jobs.put(job)
                    return job
                error = self.start_error
        except BaseException:
            if proxy is not None and proxy is not self.base_proxy:
                proxy.stop()
            self._give_up()
            raise
        proxy.stop()
        self._raise(url, error or _LaunchError("the browser closed before the capture"))
        raise AssertionError("unreachable")  # pragma: no cover

    def _give_up(self) -> None:
        """The capture that claimed this browser ends before handing it a page: close it."""
        with self.pool.lock:
            self.retire = True
            if not self.closed:
                self.jobs.put(None)

    @staticmethod
    def _raise(url: str, error: BaseException) -> None:
        if isinstance(error, (BrowserSandboxError, BrowserLaunchError)):  # (not the URL's failure: no capture_failed)
            raise error
        if isinstance(error, _LaunchError):
            raise CaptureError(f"{url}: could not start Chromium ({error})", url=url, kind="browser") from error
        if isinstance(error, Exception) and not isinstance(error, ArchiverError):
            # Playwright's own errors (a browser or driver that died under the page): one line,
            # the capture's failure, never a traceback or Chromium's launch log at the CLI
            raise CaptureError(f"{url}: the browser failed ({first_line(error)})", url=url,
                               kind="browser") from error
        raise error

    def _interrupt(self, job: _Job) -> None:
        """Ctrl-C: cut the page's traffic, have the thread skip its remaining waits and close
        Chromium (it is not given back to the pool), and wait for that (an interpreter that
        exits under a running Playwright can crash); a second Ctrl-C stops the waiting.

        The interrupt can reach this thread late (a signal the kernel gave another thread is
        seen only when the wait returns): the page may be done and the browser already back
        in the pool, idle, and is closed here; if another capture took it meanwhile, it closes
        after that one."""
        job.abort.set()
        job.proxy.stop(wait=0)  # (the capture is dropped: no exchange in flight is waited for)
        with self.pool.lock:
            self.retire = True
            ours = not job.done.is_set() or not self.claimed  # (claimed after our page: another capture's)
            if not self.claimed and not self.closed:
                self.pool._close_locked(self)
                self.jobs.put(None)
        self._abandoned = True  # (the exit handler must not wait again)
        if ours:
            self._thread.join(timeout=FINISH_GRACE)

    def abandon_launch(self) -> None:
        """Ctrl-C (or a batch's SIGTERM) while a command waits for this browser to start: close it,
        kill what its launch started so far (Chromium, Playwright's driver: the launch then fails
        at once), and have the exit wait for its thread no longer.

        Why: the exit waited for the thread (up to :data:`FINISH_GRACE`, 30 s), itself blocked in
        Playwright's launch until the launch's time-out, before it killed what that had started.
        What the thread starts after this (it was still starting the driver) is killed at the
        exit (:meth:`_Pool.close_at_exit`)."""
        with self.pool.lock:
            self.retire = True
            if not self.claimed and not self.closed:
                self.pool._close_locked(self)
                self.jobs.put(None)
        self._abandoned = True
        for family in list(self.families):
            family.kill()
        if self._driver is not None:
            self._driver.kill()

    # ------------------------------------------------------------------ the browser's thread

    def _run(self) -> None:
        """The browser thread: start Playwright and Chromium, serve captures until idle or closed."""
        error: BaseException | None = None
        try:
            self._drive()
        except BaseException as exc:  # noqa: BLE001 - handed to the capture that waits for it
            error = exc
            logger.debug("browser thread ended: %s", first_line(exc))
        finally:
            self._proxy_ready.wait(FINISH_GRACE)
            waiting = [self._current] if self._current is not None else []  # (its Chromium could not be restarted)
            job = self.pool.closed(self, error)
            self.started.set()  # (start_error is set by now)
            if job is not None:  # a capture's page this thread never began: it hears why
                waiting.append(job)
            for job in waiting:
                job.proxy.stop()
                job.error = error or _LaunchError("the browser closed before the capture")
                job.done.set()
            if hasattr(self, "base_proxy"):
                self.base_proxy.stop()

    def _drive(self) -> None:
        try:
            from playwright.sync_api import sync_playwright
        except ImportError as exc:  # pragma: no cover - playwright is a dependency
            raise BrowserMissingError("--browser needs the 'playwright' Python package") from exc
        pw = self._start_driver(sync_playwright)
        mark("playwright_start")
        try:
            self._proxy_ready.wait()
            if not hasattr(self, "base_proxy") or self.closed:
                return  # it could not be made (the caller was told), or the start was abandoned
            browser = self._launch(pw)
            self.started.set()
            try:
                while (job := self._next_job()) is not None:
                    if self.served and not _alive(browser, self.families[-1] if self.families else None):
                        # crashed (or hung) while idle: a new one for this capture
                        logger.info("the pooled Chromium is gone; starting a new one")
                        _close_quietly(browser)
                        self._end_processes()
                        self._current = job
                        if playwright_driver.gone(self._driver_pid):
                            # Playwright's driver died too (killed while the browser was idle: the
                            # out-of-memory killer's pick): a launch through it failed, and in a
                            # batch that stopped everything as "could not start Chromium"
                            logger.info("Playwright's driver is gone too; starting a new one")
                            playwright_driver.quiet_dead_connection()
                            with contextlib.suppress(Exception):  # (its connection is gone already)
                                pw.stop()
                            self._end_processes(driver=True)
                            pw = self._start_driver(sync_playwright)
                        browser = self._launch(pw)
                        self._current = None
                    if not self._serve(browser, job):
                        return
            finally:
                _close_quietly(browser)
                mark("browser_close")
        finally:
            try:
                pw.stop()
                mark("playwright_stop")
            finally:
                self._end_processes(driver=True)

    def _start_driver(self, sync_playwright: Any) -> Any:
        """Start Playwright (its driver, a Node process) for this thread, known by its pid to
        :mod:`~archiver.capture.browser_procs` (a SIGTERM before that still takes it along)."""
        playwright_driver.start_drivers_in_own_session()  # (a terminal's Ctrl-C does not reach it)
        manager = sync_playwright()
        node = playwright_driver.driver_executable()
        if node is not None:
            browser_procs.expect_driver(node)
        pw = manager.start()
        driver = playwright_driver.driver_pid(manager)
        self._driver_pid = driver
        if driver is not None:
            self._driver = browser_procs.Family.of(driver)
        return pw

    def _end_processes(self, *, driver: bool = False) -> None:
        """Wait for every process of the Chromiums this thread launched (and, with ``driver``,
        Playwright's driver) to exit, reaping them (bounded; the rest are killed): none outlives
        the browser, and their CPU time is ours (see :mod:`archiver.capture.browser_procs`)."""
        while self.families:
            self.families.pop(0).end()
        if driver and self._driver is not None:
            self._driver.end()
        mark("browser_reaped")

    def _launch(self, pw: Any) -> Any:
        """Start Chromium, its processes marked as one :class:`~archiver.capture.browser_procs.Family`
        (and this process their subreaper), so that closing it waits for every one of them."""
        browser_procs.adopt_orphans()
        family = browser_procs.Family()
        self.families.append(family)
        own: dict[str, str] = {}  # (Playwright's artifacts folder, one of ours: see browser_folders)
        if playwright_driver.takes_artifacts_dir(pw):
            own["artifacts_dir"] = browser_folders.artifacts_folder()
            family.folders.append(own["artifacts_dir"])
        try:
            env = family.env()  # (with a TMPDIR of the launch's own: see browser_folders.short_temp)
        except OSError as exc:
            raise _temp_dir_error(exc) from exc
        # handle_sigint=False: a terminal's Ctrl-C reaches its whole foreground process group,
        # Playwright's driver with it when it ran there (it now runs in a session of its own:
        # _start_driver), which by default closes every browser on SIGINT: the first Ctrl-C of a
        # batch then ended the captures it promises to let finish. What Ctrl-C does to a capture
        # is ours to decide (_interrupt). (SIGTERM and SIGHUP keep the driver's handling: it
        # closes the browsers of a process that is ending anyway.)
        try:
            browser = pw.chromium.launch(executable_path=self.executable, headless=True, env=env,
                                         args=launch_args(self.base_proxy), timeout=ms(self._launch_timeout),
                                         chromium_sandbox=self.sandbox_off is None, handle_sigint=False, **own)
        except Exception as exc:  # noqa: BLE001 - playwright raises its own Error types
            if self.sandbox_off is None and any(failure in str(exc) for failure in SANDBOX_FAILURES):
                raise _sandbox_error() from exc
            if type(exc).__name__ == "TimeoutError":  # playwright's own: the launch ran out of time
                raise _LaunchError(first_line(exc)) from exc
            raise BrowserLaunchError(
                f"could not start Chromium {self.executable} ({first_line(exc)}); nothing was captured. "
                "Check that --chromium names a Chromium (Debian's package 'chromium')") from exc
        found = family.scan()  # (its main process and crash handlers, while their environment shows the mark)
        family.note_folders(found)  # (its profile and singleton socket's folder, removed once it is gone)
        # what is recorded is how Chromium ran, not what was asked: its own flags may say otherwise
        self.ran_off = self.sandbox_off or (SANDBOX_OFF_FLAG if browser_procs.runs_with_switch(found, SANDBOX_OFF_FLAG)
                                            else None)
        with self.pool.lock:
            self.pool.launches += 1
        mark("browser_launch")
        return browser

    def _next_job(self) -> _Job | None:
        """The next capture's page, or None when the browser is to close (idle too long, or closed)."""
        while True:
            try:
                return self.jobs.get(timeout=IDLE_AFTER)
            except queue.Empty:
                if self.pool.expire(self):
                    return None
                # claimed meanwhile: its page is on the way

    def _serve(self, browser: Any, job: _Job) -> bool:
        """Visit one capture's page in a fresh context; return whether the browser waits for the
        next capture. It is back in the pool before the capture goes on (a next capture of this
        process finds it), which is as soon as the proxy has stopped (its record is complete)."""
        keep = False
        try:
            job.session.browser_version = f"Chromium {browser.version}"
            job.session.sandbox, job.session.sandbox_off = self.ran_off is None, self.ran_off
            family = self.families[-1] if self.families else None  # (the running Chromium's)
            visit_page(browser, job.session, job.options, job.deadline, job.token, job.proxy, job.abort,
                       stop_page=family.kill_renderers if family is not None else None, max_dom=job.max_dom,
                       stop_browser=family.kill if family is not None else None)
        except BaseException as exc:  # noqa: BLE001 - handed to the capture
            job.error = exc
        finally:
            job.proxy.stop(wait=0 if job.abort.is_set() else STOP_WAIT)
            mark("proxy_stop")
            self.served += 1
            try:  # (a browser whose Playwright driver died still says it is connected: the page said it died)
                keep = self.pool.give_back(self, healthy=browser.is_connected()
                                           and "browser_died" not in job.session.incomplete)
            finally:
                job.done.set()
        return keep


#: The capture waits for its page in slices this long: a Ctrl-C the kernel handed to another
#: thread is seen by the main thread only when it runs again (else only when the page is done).
WAIT_SLICE = 0.5


def _sandbox_error() -> BrowserSandboxError:
    return BrowserSandboxError(
        "Chromium's sandbox cannot start here (Chromium: no usable sandbox; unprivileged user namespaces "
        "are off or not allowed in this container, and its setuid helper is absent or cannot become root, "
        f"e.g. under no-new-privileges); nothing was captured. {SANDBOX_OFF_ASKED} captures "
        "without it (a hostile page's renderer exploit then runs as this user)")


def _temp_dir_error(exc: OSError) -> BrowserLaunchError:
    """No private folder could be made for the launch (see
    :func:`archiver.capture.browser_folders.short_temp`): ``TMPDIR`` too long for Chromium's
    singleton socket with no short folder to be had, or no temporary folder writable at all."""
    folder = browser_folders.chromium_temp_dir()
    if browser_folders.socket_fits(folder):  # (it fits: the folder could not be made there, nor elsewhere)
        return BrowserLaunchError(f"cannot make a temporary folder for Chromium in {folder} or "
                                  f"{' or '.join(browser_folders.SHORT_PARENTS)} ({exc.strerror or exc}); "
                                  "nothing was captured. Set TMPDIR to a folder this user can write in")
    return BrowserLaunchError(socket_dirs.too_long_message(
        browser_folders.chromium_temp_dir(), who="Chromium", socket="its socket",
        limit=browser_folders.SOCKET_PATH_MAX, tail=browser_folders.SOCKET_TAIL,
        parents=browser_folders.SHORT_PARENTS, exc=exc))


def _wait(event: threading.Event, timeout: float) -> bool:
    """``event.wait(timeout)``, in :data:`WAIT_SLICE` slices (see there)."""
    end = time.monotonic() + timeout
    while not event.wait(min(WAIT_SLICE, max(0.0, end - time.monotonic()))):
        if time.monotonic() >= end:
            return False
    return True


def _alive(browser: Any, family: browser_procs.Family | None) -> bool:
    """Whether Chromium still answers (a round trip: a crash while idle is noticed only then),
    within :data:`ALIVE_WITHIN` (a hung one is killed: ``family``, its processes)."""
    if not browser_answers(browser, within=ALIVE_WITHIN, stop_browser=family.kill if family is not None else None):
        return False
    return bool(browser.is_connected())


def _close_quietly(browser: Any) -> None:
    from playwright.sync_api import Error as PlaywrightError

    try:
        browser.close()
    except PlaywrightError as exc:
        logger.debug("closing Chromium: %s", first_line(exc))


def _take_browsers_along_on_sigterm() -> None:
    """Have a SIGTERM (by default: die at once, leaving Chromium and its crash handlers to
    init) first kill and reap every process of this process's browsers, then die of it as
    before (:func:`archiver.capture.browser_sigterm.take_browsers_along_on_sigterm`: also wherever
    a handler that found the default action puts it back later)."""
    browser_sigterm.take_browsers_along_on_sigterm()


_POOL = _Pool()


__all__ = ["BrowserLaunchError", "BrowserMissingError", "BrowserOptions", "BrowserSandboxError", "SANDBOX_OFF_ASKED",
           "SANDBOX_OFF_ROOT", "sandbox_off", "BrowserSession", "after_load", "browse",
           "close_idle_browsers", "find_chromium", "launch_count", "mark", "prelaunch",
           "RENDERED_DOM_URN", "RENDERED_TEXT_URN", "SCREENSHOT_URN"]
