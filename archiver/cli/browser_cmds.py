"""``archive --browser`` options and ``screenshot``: browser capture at the command line."""

from __future__ import annotations

import atexit
import gc
import logging
from pathlib import Path
from typing import Any

import click

from archiver.cli import Context, cli
from archiver.cli.numbers import SafeIntRange
from archiver.cli.output import (
    UTF8_TEXT,
    checked_output_path,
    emit_json,
    err,
    output_file_option,
    output_options,
)

logger = logging.getLogger(__name__)

#: Pages the extractor is warmed on: one nearly empty (as a script-rendered page is served),
#: which sends it down its fallback path, and one with an article.
_WARM_PAGES = (
    b"<!doctype html><html><head><title>t</title></head><body><h1>t</h1><p>Loading</p></body></html>",
    b"<!doctype html><html lang='en'><head><title>Warm</title></head><body><article><h1>Warm</h1>"
    + b"<p>" + b"The council met on Tuesday and approved the plan after a long debate. " * 6 + b"</p>"
    + b"</article></body></html>",
)


def browser_options(f: Any) -> Any:
    """``--browser``, ``--chromium``, ``--max-resources``, ``--dismiss-consent``, ``--no-browser-sandbox``
    (for ``archive``, ``batch``, ``recapture``)."""
    for option in reversed((
        click.option("--browser", "use_browser", is_flag=True,
                     help="Capture through headless Chromium: every request the page makes (recorded byte-exact "
                          "by archiver's own proxy), a full-page screenshot and the rendered DOM."),
        click.option("--chromium", "chromium", type=click.Path(dir_okay=False), default=None,
                     help="The Chromium executable for --browser (default: chromium on PATH)."),
        click.option("--max-resources", type=SafeIntRange(min=1), default=500, show_default=True,
                     help="With --browser: at most this many exchanges per page; later requests are refused "
                          "and the capture is marked incomplete."),
        click.option("--dismiss-consent", is_flag=True,
                     help="With --browser: click a consent/cookie banner's accept button before the screenshot "
                          "(the capture records that it did). Default: the page as the reader met it."),
        click.option("--no-browser-sandbox", "no_browser_sandbox", is_flag=True,
                     help="With --browser: run Chromium without its sandbox, where it cannot start (no "
                          "unprivileged user namespaces, some containers); recorded in each capture. A hostile "
                          "page's renderer exploit then runs as you. Default: sandbox on (always off as root)."),
    )):
        f = option(f)
    return f


def browser_settings(use_browser: bool, chromium: str | None, max_resources: int, dismiss_consent: bool,
                     no_browser_sandbox: bool = False, *, prelaunch: bool = False) -> Any:
    """The :class:`~archiver.capture.browser.BrowserOptions` asked for, or None without ``--browser``.

    With ``prelaunch`` (``archive``: its first capture runs in this process) Chromium is started
    now, while the command opens the store (:func:`archiver.capture.browser.prelaunch`).

    As root Chromium's sandbox cannot run: this says so, once per command, on stderr (each
    capture records it too); ``--no-browser-sandbox`` turns it off for anyone, silently (asked for).

    Raises:
        BrowserMissingError: ``--browser`` without a Chromium (exit 2, before anything is opened).
        UsageError: a browser-only option without ``--browser``.
    """
    from archiver.errors import UsageError

    if not use_browser:
        if chromium or dismiss_consent or no_browser_sandbox:
            raise UsageError("--chromium, --dismiss-consent and --no-browser-sandbox only apply with --browser")
        return None
    from archiver.capture import browser

    settings = browser.BrowserOptions(chromium=browser.find_chromium(chromium), max_resources=max_resources,
                                      dismiss_consent=dismiss_consent, sandbox=not no_browser_sandbox)
    if browser.sandbox_off(settings) == browser.SANDBOX_OFF_ROOT:
        err("warning: running as root: Chromium runs without its sandbox (a hostile page's renderer "
            "exploit would run as root); each capture records it. Run archiver as a normal user to have it")
    if prelaunch:
        browser.prelaunch(settings)
    browser.after_load(warm_extractor)
    leave_objects_to_the_os_at_exit()
    return settings


def leave_objects_to_the_os_at_exit() -> None:
    """Freeze every object at exit (``gc.freeze``) instead of having the collector walk them.

    A process that has loaded the extractor, Playwright and the store otherwise spends
    0.1-0.4 s after its last output in the collector's passes over every object it made while
    the interpreter shuts down; the operating system takes the memory back at once anyway.
    Objects whose last reference goes are still freed (files, databases and the browser are
    closed explicitly before that in any case); only unreachable cycles are left uncollected.
    """
    atexit.register(gc.freeze)


def warm_extractor() -> None:
    """Load the extractor while the browser waits for the page (see ``after_load``).

    Its first use in a process costs ~0.5-1 s (imports, regular expressions, the fallback
    extractor's word lists), all of it on the capture's critical path if left until the
    capture's own extraction, which then takes milliseconds. A failure here changes nothing
    (the capture's own extraction reports its errors).
    """
    try:
        from archiver.extract import extract

        for page in _WARM_PAGES:
            extract(page, url="https://warm.invalid/", content_type="text/html; charset=utf-8", http_status=200)
    except Exception:  # noqa: BLE001 - warming is an optimisation only
        logger.debug("warming the extractor failed", exc_info=True)


@cli.command()
@click.argument("capture_id", type=UTF8_TEXT)
@output_file_option("Where to write the PNG.")
@output_options()
@click.pass_obj
def screenshot(obj: Context, capture_id: str, output: Path, force: bool, as_json: bool) -> None:
    """Write the full-page screenshot of a browser capture (as captured, digest checked)."""
    from archiver.core.files import write_user_file

    output = checked_output_path(output, obj.store_path, what="screenshot", overwrite=force)
    arc = obj.open_archive()
    try:
        shot = arc.screenshot(capture_id)
    finally:
        arc.close()
    write_user_file(output, shot["png"], "screenshot")
    doc = {k: v for k, v in shot.items() if k != "png"} | {"output": str(output)}
    if as_json:
        emit_json(doc)
    else:
        click.echo(f"wrote {output}: screenshot of {doc['url']} ({doc['bytes']} bytes, {doc['block_digest']}, "
                   f"record {doc['record_id']})")
