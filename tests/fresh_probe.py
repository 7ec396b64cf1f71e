"""One fresh Python process that watches what extraction compiles, shared by the tests that ask.

Five tests each started a Python of their own (~0.2 CPU-s apiece, mostly importing extraction)
to see, in an interpreter nothing else had touched, which lazily compiled patterns a step
compiles (or which libraries it imports). One process now takes the steps in turn and reports each step's figures; each test
reads its own (``fresh_extraction`` in conftest.py, once per xdist worker that asks):

1. ``imported``: extraction's modules (and the text index's, the quote normaliser's) imported,
   nothing called: how many lazy patterns they hold and how many are compiled; how many word
   lists signals holds and how many have made their tables (``imported_word_lists``), and whether
   the given names were read (``imported_given_names``).
2. ``notices``: the notice cues compiled before and after ``find_notices`` on an article line
   and a disclaimer line, and the kinds found.
3. ``seed``: ``extract`` of the bundled seed article (``globalresearch-lendman.html``, in this
   process: it is under the in-process size): its authors, which of the guarded signal patterns
   are compiled, and for each compiled credit/notice pattern whether it holds the credit marker
   or the agency names, whether the PDF library was imported, whether the CJK name pattern
   was compiled and which patterns behind a ``Folding`` guard or a plain check of their strings were.

Steps are ordered so that none can hide what a later one does: step 1 compiles nothing (its
own figure says so), and ``after_notices`` records which of step 3's patterns were compiled
before step 3 (the tests that read step 3 assert that none were).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "archiver" / "samples" / "globalresearch-lendman.html"

#: The guarded signal patterns the seed article must leave uncompiled ("By Stephen Lendman" beside
#: the headline opens as _CREDIT_LEAD does: that one is compiled, so it is not listed).
GUARDED_SIGNALS = ["_BY_PREFIX", "_PICTURE_CREDIT", "_UPDATED_LEAD", "_LABEL_LEAD", "_HONORIFIC",
                   "_CAPS_NAME_HEAD", "_PLACE_PAREN", "_TEXT_PAREN", "_PICTURE_PAREN", "_DOMAIN",
                   "_ACRONYM_ALONE", "_EMAIL", "_NUM_DATE", "_JOB_WORDS", "_JOB_WORDS_BUT_DIGIT", "_EDITOR"]

SCRIPT = f"""
import json, sys
from pathlib import Path
from archiver.core.lazy_re import LazyPattern
import archiver.extract, archiver.store.textindex
from archiver.extract import account_ui, authors, css_sizes, notice_credit_forms, notice_credits, notice_features, notices, signals, state, style_texts, text
from archiver.extract import guest_post, notice_inline, notice_source_closing
from archiver.extract.cue_match import Folding, Guarded
from archiver.quotes import normalize
from archiver.store import textindex
out = {{}}

def lazy_in(mods):
    ps = [p.pattern if isinstance(p, Guarded) else p for m in mods for v in vars(m).values()
          for p in (v if isinstance(v, list | tuple) else [v])]
    ps = [p[0] if isinstance(p, tuple) and p else p for p in ps]
    return [p for p in ps if isinstance(p, LazyPattern)]

def credit_patterns():
    F, C, N = notice_credit_forms, notice_credits, notices
    ps = {{id(p): p for m in (F, C, N) for v in vars(m).values() for x in (v if isinstance(v, list) else [v])
          for p in [x.pattern if isinstance(x, Guarded) else x] if isinstance(p, LazyPattern) and p.is_compiled}}
    return [[F._CREDIT_MARKER in p.pattern, F._AGENCY in p.pattern] for p in ps.values()]

def guarded_compiled():
    lazy = lambda v: v.pattern if hasattr(v, 'admits') else v  # behind its guard or not
    return [n for n in {GUARDED_SIGNALS!r} if lazy(getattr(signals, n)).is_compiled]

# 1. imported, nothing called
mods = (signals, notices, notice_features, notice_credit_forms, notice_credits, authors, state, normalize, textindex, text,
        style_texts, css_sizes)
ps = lazy_in(mods)
out["imported"] = [len(ps), sum('_compiled' in vars(p) for p in ps)]
from archiver.extract.wordlist import WordList
lists = [v for v in vars(signals).values() if isinstance(v, WordList)]
out["imported_word_lists"] = [len(lists), sum(v._singles is not None for v in lists)]
from archiver.extract.given_names import given_names
out["imported_given_names"] = given_names.cache_info().currsize > 0

# 2. notice cues, compiled per kind as a page calls for them
before = sorted(notices._CUES._done) + sorted(notices._LABELS._done)
found = notices.find_notices(['Some words of the article itself, long enough to read.',
                              'Disclaimer: the views expressed are the author’s own.'])
out["notices"] = [before, sorted(notices._CUES._done), sorted(notices._LABELS._done), [n.kind for n in found]]
out["after_notices"] = {{"credit_patterns": credit_patterns(), "guarded": guarded_compiled()}}

# patterns behind a plain check of the strings they need (no Folding): none is compiled for the seed
PLAIN_GUARDED = ((text, ("_BIO",)), (notices, ("_CJK_NOTE",)),
                 (notice_credits, ("_NAMES_CLOSING", "_LAST_SENTENCE_END", "_GLUED")))

# 3. the seed article, extracted in this process
article = archiver.extract.extract(Path({str(SEED)!r}).read_bytes(), url='https://www.globalresearch.ca/x/5679706',
                                   content_type='text/html')
out["seed"] = {{"authors": article.authors, "guarded": guarded_compiled(), "credit_patterns": credit_patterns(),
               "pypdf_imported": "pypdf" in sys.modules, "cjk_name_compiled": authors._CJK_NAME.is_compiled,
               "folding_compiled": sorted(n for m in (authors, signals, notice_credits, notices, account_ui,
                                                                guest_post, notice_inline, notice_source_closing)
                                          for n, v in vars(m).items()
                                          if isinstance(v, Folding) and v.pattern.is_compiled),
               "plain_guards_compiled": sorted(f"{{m.__name__}}.{{n}}" for m, names in PLAIN_GUARDED
                                               for n in names if getattr(m, n).is_compiled)}}
print(json.dumps(out))
"""


def run_probe(cwd: Path) -> dict[str, Any]:
    """Run :data:`SCRIPT` in a fresh Python with this tree first on the path; its report."""
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report
