"""Imported by the batch's fork server (and nowhere else): warms the capture path once.

multiprocessing's fork server runs none of our code but the imports named in
``set_forkserver_preload``; importing this module is how :func:`archiver.batch.warm_up` runs
there, before the workers are forked from it (see :data:`archiver.batch.WORKER_PRELOAD`).
"""

import gc

from archiver.core import re_cache

re_cache.install()  # (the fork server is a process of ours: its patterns come from the cache too)

from archiver.batch import warm_up  # noqa: E402 - after the cache, whose patterns it compiles

warm_up()
re_cache.save()  # (now: a fork server may be killed, its exit handlers never run)
# Everything imported and made so far lives as long as the fork server: frozen, the collector
# of a forked worker never walks it, so its pages stay shared instead of being copied into
# each worker (a collection writes to every object it visits).
gc.collect()
gc.freeze()
