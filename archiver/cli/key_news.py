"""Telling the user of a signing key a command created: where it is, that it must be backed up.

Said on stderr as the command ends, whatever its exit code, once
(:func:`archiver.provenance.key_announce.unannounced_keys` says which keys). Before, only a command that
exited 0 said so: a first ``archive`` with one URL failed (exit 1, the others captured and
signed) never told of the key its log now needs, and the reads that followed did not either.
Each key's marker is removed only after its message is written and stderr flushed: a process
killed (or a stderr that cannot be written) before then leaves it to the next command to say.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
from collections.abc import Iterator

import click


def announce_new_keys(*, succeeded: bool) -> None:
    """Say once where each key this command created (``succeeded``: or signed with, unannounced)
    is; never fails the command."""
    with contextlib.suppress(OSError):
        from archiver.provenance import key_announce, keys

        for news in key_announce.unannounced_keys(keys.default_key_dir(), succeeded=succeeded):
            click.echo(news.message, err=True)
            sys.stderr.flush()  # (click.echo flushes the stream it wrote to; this one too, to be sure)
            news.told()


@contextlib.contextmanager
def announcing_new_keys(command: bool) -> Iterator[None]:
    """Around a whole ``command`` (the top-level group; False: a sub-group, nothing to do): what
    it signs with is forgotten at its start (tests run several in one process), its new keys
    announced at its end, however it ends (an exit code, an error, an interrupt)."""
    if command:  # (imported lazily: start-up time)
        importlib.import_module("archiver.provenance.signed_here").forget_signers()
    code: int | None = 1
    try:
        yield
        code = 0
    except click.exceptions.Exit as exc:
        code = exc.exit_code
        raise
    finally:
        if command:
            announce_new_keys(succeeded=code == 0)
