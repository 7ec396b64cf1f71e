"""SIGTERM: one policy for the whole process that drives browsers.

A SIGTERM's default action kills the process at once and leaves its Chromiums to init. Once this
process has launched a browser, its default stands for "kill the browsers' processes, then die of
it" (:func:`die_of_sigterm`) wherever a handler of ours is put back: a batch (archiver.batch's
``sigterm_as_ctrl_c``) installs its own before the first browser starts, so the browser's was
never installed, and putting back the plain default as the batch's run ended left a SIGTERM from
then until the pool's close at exit (the summary printing) to kill the process and orphan an
idle pooled Chromium.
"""

from __future__ import annotations

import os
import signal
import threading
from typing import Any

from archiver.capture import browser_procs

_take_along = False  # set once this process has asked that a SIGTERM take its browsers along


def die_of_sigterm(signum: int, _frame: Any) -> None:
    """Kill the browsers' processes, then die of the signal whatever that did: an exception
    out of a signal handler would leave the process running on, ignoring the SIGTERM."""
    try:
        browser_procs.kill_all()
    finally:
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)


def take_browsers_along_on_sigterm() -> None:
    """From now on a SIGTERM takes this process's browsers along (:func:`sigterm_default`); set
    now where SIGTERM still has its default action (a caller's own handling is left alone) and
    this is the main thread (the only one that may set a handler)."""
    global _take_along
    _take_along = True
    if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, die_of_sigterm)


def sigterm_is_default(handler: Any) -> bool:
    """Whether ``handler`` is SIGTERM's default action, or this module's stand-in for it."""
    return handler is signal.SIG_DFL or handler is die_of_sigterm


def sigterm_default() -> Any:
    """What a handler of SIGTERM that found the default action puts back: the default itself, or
    :func:`die_of_sigterm` once this process has launched a browser."""
    return die_of_sigterm if _take_along else signal.SIG_DFL
