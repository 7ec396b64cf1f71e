"""Imported by the batch's fork server (and nowhere else): warms the capture path once.

multiprocessing's fork server runs none of our code but the imports named in
``set_forkserver_preload``; importing this module is how :func:`archiver.batch.warm_up` runs
there, before the workers are forked from it (see :data:`archiver.batch.WORKER_PRELOAD`).
"""

from archiver.batch import warm_up

warm_up()
