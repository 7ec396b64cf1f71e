"""Loaded by every Python process of a ``bench/bench_batch_phases.py`` run (this folder is on
PYTHONPATH): each process forked from it (the batch's workers, forked by the fork server) times
its capture phases in place with ``time.process_time`` and writes them to ``$BATCH_PHASES_DIR``
when it exits; the batch's own process (``python -m archiver``) writes its threads' CPU there.

Nothing here runs unless ``BATCH_PHASES_DIR`` is set. Only the outermost call of each timed
function is counted (a phase holds what it calls); the wrappers cost about a microsecond a call.
"""

from __future__ import annotations

import os
import sys

_DIR = os.environ.get("BATCH_PHASES_DIR")

#: (label, module, class or None, function): the worker's phases, outermost first.
PHASES = (
    ("task", "archiver.batch", None, "run_task"),
    ("fetch", "archiver.archive", "Archive", "fetch"),
    ("archiving (record_exchange)", "archiver.archive", "Archive", "record_exchange"),
    ("  WARC records and extraction", "archiver.store.commit", None, "write_capture"),
    ("    extraction", "archiver.archive", "Archive", "extract"),
    ("  log entries", "archiver.archive", "Archive", "append_events"),
    ("  index rows and text index", "archiver.store.commit", None, "index_captures"),
    ("    text index", "archiver.archive", "Archive", "index_texts"),
    ("slot asked (pipe)", "archiver.batch_workers", "SlotGate", "__enter__"),
    ("slot given back (pipe)", "archiver.batch_workers", "SlotGate", "__exit__"),
    ("pipe send", "multiprocessing.connection", "_ConnectionBase", "send"),
    ("pipe recv", "multiprocessing.connection", "_ConnectionBase", "recv"),
    ("worker start (open the store)", "archiver.batch", None, "_process_worker_init"),
    ("worker close", "archiver.archive", "Archive", "close"),
    ("regex compiled after the fork", "re._compiler", None, "compile"),
)


class _Anchor:
    """Something for ``multiprocessing.util.register_after_fork`` to hold (weakly)."""


_ANCHOR = _Anchor()


def _in_worker() -> None:
    """Right after a fork: wrap the phases, and write them when the worker exits."""
    import importlib
    import json
    import multiprocessing.util as util
    import resource
    import time

    cpu = dict.fromkeys((label for label, *_ in PHASES), 0.0)
    calls = dict.fromkeys(cpu, 0)
    start = time.process_time()

    def wrap(label, real):  # noqa: ANN001, ANN202
        depth = [0]

        def timed(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            if depth[0]:
                return real(*args, **kwargs)
            depth[0] += 1
            began = time.process_time()
            try:
                return real(*args, **kwargs)
            finally:
                cpu[label] += time.process_time() - began
                calls[label] += 1
                depth[0] -= 1

        return timed

    for label, module, cls, name in PHASES:
        owner = importlib.import_module(module)
        if cls:
            owner = getattr(owner, cls)
        setattr(owner, name, wrap(label, getattr(owner, name)))

    def write() -> None:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        doc = {"cpu": cpu, "calls": calls, "total": time.process_time() - start,
               "voluntary_switches": usage.ru_nvcsw, "involuntary_switches": usage.ru_nivcsw,
               "minor_faults": usage.ru_minflt}
        with open(os.path.join(_DIR, f"worker-{os.getpid()}.json"), "w") as f:  # type: ignore[arg-type]
            json.dump(doc, f)

    # multiprocessing's bootstrap clears the finalizers registered before it, then runs the
    # after-fork hooks: the writer is registered from one, and runs after the worker's own
    # finaliser (the store's close, priority 10)
    util.register_after_fork(_ANCHOR, lambda _anchor: util.Finalize(None, write, exitpriority=0))


def _in_batch_process() -> None:
    """In ``python -m archiver``: each thread's CPU, and the process's, written at exit."""
    import atexit
    import json
    import resource
    import threading
    import time

    threads: dict[str, float] = {}
    run = threading.Thread.run

    def counted(self: threading.Thread) -> None:
        try:
            run(self)
        finally:
            threads[self.name] = threads.get(self.name, 0.0) + time.thread_time()

    threading.Thread.run = counted  # type: ignore[method-assign]

    def write() -> None:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        doc = {"process": usage.ru_utime + usage.ru_stime, "main_thread": time.thread_time(), "threads": threads}
        with open(os.path.join(_DIR, "batch-process.json"), "w") as f:  # type: ignore[arg-type]
            json.dump(doc, f)

    atexit.register(write)


if _DIR:
    os.register_at_fork(after_in_child=_in_worker)
    if sys.argv and sys.argv[0] == "-m":  # the batch itself (the fork server runs "-c")
        _in_batch_process()
