"""Telling the user of a signing key a command created: which keys, and forgetting each once told.

A marker file beside a new key (``<origin>.key.unannounced``) says nobody has been told of it yet:
the command that created it says where it is as it ends, or (killed first) the next command that
succeeds having signed with it. The marker is removed only once the message is written: the CLI
writes and flushes it, then calls :meth:`KeyNews.told`. Before, it was removed as the message was
made, before a word of it reached stderr, so a SIGTERM or SIGKILL in between (or a stderr that
could not be written) lost the news for good, and a key nobody is told of is a key nobody backs
up: the store stays readable and verifiable, but nobody can ever extend that log again. A process
killed after writing and before removing says it again next time, which costs a repeated
paragraph, not a lost key.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import NamedTuple

from archiver.core import json_text
from archiver.core.durable import write_atomic
from archiver.core.files import open_regular
from archiver.core.shown import escaped_line
from archiver.provenance.keys import key_path, record_path
from archiver.provenance.signed_here import created_here, signed_here

#: Beside a key nobody has been told about yet.
UNANNOUNCED_SUFFIX = ".key.unannounced"


class KeyNews(NamedTuple):
    """The message telling of one new key, and the marker to remove once it is written."""

    message: str
    marker: Path

    def told(self) -> None:
        """The message was written (and flushed): the key is announced, never again."""
        self.marker.unlink(missing_ok=True)


def _marker(key_dir: Path, origin: str) -> Path:
    return key_dir / (origin.replace("/", "_") + UNANNOUNCED_SUFFIX)


def mark_unannounced(key_dir: Path, origin: str, store: Path) -> None:
    """Remember that the key of ``origin`` (log in ``store``) was created and not yet announced.

    The announcement waits for the command's end: an error stays the one line it names, and the
    news of the key is not lost in a failed first capture's output.
    """
    write_atomic(_marker(key_dir, origin),
                 (json_text.dumps({"origin": origin, "store": str(Path(store).resolve())}) + "\n").encode(),
                 mode=0o600, durable=False)


def unannounced_keys(key_dir: Path, *, succeeded: bool = True) -> list[KeyNews]:
    """The news of every key created and not yet announced that this process signed with
    (:mod:`~archiver.provenance.signed_here`); not ``succeeded``: only a key it created (another
    process's, its creator killed, waits for a command that succeeds). Nothing is removed here:
    the caller calls :meth:`KeyNews.told` of each once its message is written.

    Said on stderr by the CLI: where the key is, that it is what makes the log's signatures
    yours, and how to back it up.
    """
    news = []
    for signed in sorted(signed_here() if succeeded else created_here()):
        marker = _marker(key_dir, signed)
        if not os.path.lexists(marker):
            continue
        try:
            with open_regular(marker) as f:  # (a FIFO there is refused, never waited on)
                doc = json.loads(f.read())
            origin, store = str(doc["origin"]), str(doc["store"])
        except (OSError, ValueError, KeyError, TypeError):
            origin, store = signed, "?"
        # (each path shown escaped, line breaks too, as every message shows outside text: a store
        # folder named "x\nVERIFIED" would otherwise begin a line of its own)
        path, record = key_path(key_dir, origin), record_path(key_dir, origin)
        store, shown_path, shown_record = escaped_line(store), escaped_line(str(path)), escaped_line(str(record))
        news.append(KeyNews(
            f"archiver: created the signing key of the provenance log in {store}:\n"
            f"  {shown_path}\n"
            "  It is what makes this log's signatures yours: anyone can check them with the public key "
            "(log.pub), only this file can make them. It never goes into the store.\n"
            f"  Back it up now, privately, together with {escaped_line(record.name)} beside it (the record of which "
            f"stores it signed), e.g.: cp -p {shown_path} {shown_record} /your/backup/\n"
            "  Without it the store can still be read and verified, but not added to.", marker))
    return news
