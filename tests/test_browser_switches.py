"""The switches Chromium is launched with (:func:`archiver.capture.browser.launch_args`) take effect
and undo none of Playwright's.

Chromium keeps only the last ``--disable-features`` of its command line, and Playwright passes
one of its own before ours: ours must repeat Playwright's list (checked against the installed
Playwright's source) and what Chromium's processes are told must hold both (checked in a real
launch of Debian's Chromium, as the pool launches it: what the main process forwards to its
utility processes is the list it settled on). The capture tests (test_browser_capture.py) show
that pages are recorded as before; these show the switches are what we think they are.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from archiver.capture import browser_procs
from archiver.capture.browser import PLAYWRIGHT_DISABLED_FEATURES, UI_FEATURES_OFF, launch_args
from archiver.capture.proxy import LocalCA, RecordingProxy, can_check_peers

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (Debian package 'chromium')")
needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads Chromium's processes from /proc")


def playwright_disabled_features() -> set[str]:
    """The features the installed Playwright disables (its ``chromiumSwitches``' ``disabledFeatures``)."""
    import playwright

    package = Path(playwright.__file__).parent / "driver" / "package"
    for source in sorted(package.glob("lib/**/*.js")):
        text = source.read_text(encoding="utf-8", errors="replace")
        found = re.search(r"disabledFeatures\s*=\s*\[(.*?)\]", text, re.S)
        if found and "--disable-features=" in text:
            body = re.sub(r"//[^\n]*", "", found.group(1))
            return set(re.findall(r"""["']([A-Za-z0-9_]+)["']""", body))
    raise AssertionError(f"Playwright's disabledFeatures not found under {package}: check launch_args by hand")


def test_our_disabled_features_include_every_one_playwright_disables() -> None:
    ours = set(PLAYWRIGHT_DISABLED_FEATURES)
    theirs = playwright_disabled_features()
    assert theirs, "no features parsed"
    assert theirs <= ours, f"Playwright now also disables {sorted(theirs - ours)}: add them to PLAYWRIGHT_DISABLED_FEATURES"


def test_launch_args_pass_one_disable_features_with_both_lists() -> None:
    with RecordingProxy(None, max_resources=0, ca=LocalCA(), own_user_only=can_check_peers()) as proxy:
        args = launch_args(proxy)
    lists = [a.split("=", 1)[1].split(",") for a in args if a.startswith("--disable-features=")]
    assert len(lists) == 1
    assert set(lists[0]) == {*PLAYWRIGHT_DISABLED_FEATURES, *UI_FEATURES_OFF}


def _cmdline(pid: int) -> list[str]:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return []
    args = [a.decode(errors="replace") for a in raw.split(b"\0") if a]
    return args[0].split(" ") if len(args) == 1 else args  # (a title set by the process: one string)


@pytest.fixture(scope="module")
def launched() -> Iterator[dict[str, Any]]:
    """One Chromium launched with our switches (as the pool does), with a page open: the URLs of
    every target it has (browser UI included) and the command lines of its processes."""
    from playwright.sync_api import sync_playwright

    browser_procs.adopt_orphans()
    family = browser_procs.Family()
    with RecordingProxy(None, max_resources=0, ca=LocalCA(), own_user_only=can_check_peers()) as proxy, \
            sync_playwright() as pw:
        spki = f"--ignore-certificate-errors-spki-list={proxy.ca.spki_sha256_b64}"
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, env=family.env(),
                                     args=launch_args(proxy), timeout=60_000)
        try:
            family.scan()
            page = browser.new_page()
            page.set_content("<p>a page of its own</p>")
            targets = browser.new_browser_cdp_session().send("Target.getTargets", {"filter": [{}]})
            processes = [args for pid in family.scan() if spki in (args := _cmdline(pid))]
        finally:
            browser.close()
    family.end()
    yield {"urls": [t["url"] for t in targets["targetInfos"]], "processes": processes}


@needs_chromium
@needs_proc
def test_chromium_loads_no_webui_omnibox_popup(launched: dict[str, Any]) -> None:
    assert "about:blank" in launched["urls"]  # (the page: the list is complete)
    assert not [u for u in launched["urls"] if "top-chrome" in u]
    assert not [p for p in launched["processes"] if "--top-chrome-webui" in p]


@needs_chromium
@needs_proc
def test_chromium_processes_are_told_playwrights_disabled_features_and_ours(launched: dict[str, Any]) -> None:
    told = [set(a.split("=", 1)[1].split(",")) for args in launched["processes"] if "--type=utility" in args
            for a in args if a.startswith("--disable-features=")]
    assert told, "no utility process of the launch found"
    for features in told:
        assert {*PLAYWRIGHT_DISABLED_FEATURES, *UI_FEATURES_OFF} <= features
