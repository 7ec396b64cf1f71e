"""The score a reported person needs for ``cite`` to name them: the backing model's strict threshold.

:mod:`archiver.extract.author_backing` fits and applies the model and re-exports these. They live here
because ``cite`` by default compares each author's recorded score with the threshold,
and importing it from the extractor's package loaded trafilatura and lxml, some 200 ms of CPU a citation
never uses (issue 13).
"""

from __future__ import annotations

#: The threshold leave-one-set-out chose for precision .95 on the blind author sets' first runs (each set's
#: names scored by a model fitted on the other seven, the threshold chosen on those seven alone): pooled
#: .956, recall .627 (the rules alone .850 / .770). ``bench_generalise.py --author-policy backed-95`` scores it.
STRICT_THRESHOLD = 0.795


def strictly_backed(backing: float) -> bool:
    """Whether a recorded score (:func:`archiver.extract.author_backing.scores`) reaches
    :data:`STRICT_THRESHOLD`: the names ``cite`` (``--authors backed``, its default) cites."""
    return backing >= STRICT_THRESHOLD
