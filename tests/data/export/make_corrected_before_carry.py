"""Make ``corrected_before_carry/``: bundles of corrected captures as archiver exported them
before 2026-12-02 (commit 4323852, which made export carry the extraction a correction was made on).

Run once with an archiver from before 4323852 on the path (its tree ``4323852^``, commit 7bd5bd4,
which made ``corrected_before_carry/``):

    PYTHONPATH=/path/to/old/checkout python tests/data/export/make_corrected_before_carry.py OUT

Each shape starts from a copy of the store extractor 56 made (``tests/data/reextract``) and runs
only that archiver's own commands on it (``correct``, ``reextract``, ``export``), as a user of it
did:

* ``corrected``: re-extracted (56 -> that archiver's extractor, 109, whose text today's
  reproduces), then one correction of that extraction;
* ``corrected_twice``: re-extracted, the title corrected, then corrected again;
* ``corrected_then_reextracted``: corrected on 56's extraction, then re-extracted: the bundle
  holds the correction and the re-extraction, not the extraction the correction was made on
  (that exporter carried only the current extraction and those published quote checks were made
  on);
* ``corrected_reextracted_corrected``: as the one before, then the title corrected again on the
  current extraction;
* ``corrected_between_reextractions``: re-extracted by a middle extractor ("58": that archiver's
  text and one sentence more, through its own ``Archive.open(extractor=...)``, as
  tests/test_reextract_bundles.py does), corrected on that extraction, then re-extracted by that
  archiver's own extractor: the middle extraction's record is in a WARC file the bundle does not
  carry.

The bundles and the log's public key (``log.pub``, what a reader pins) are kept with the capture
id (``made.json``); the stores and the signing key are not. tests/test_rvsec55_old_corrected_bundles.py
checks how today's verify-bundle and import read them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

DATA = Path(__file__).resolve().parents[1]
OLD_STORE = DATA / "reextract" / "before_extractor_57"
SHAPES: dict[str, list[list[str]]] = {
    "corrected": [["reextract"], ["correct", "--title", "Harbour tax to go", "--reason", "the printed headline"]],
    "corrected_twice": [["reextract"],
                        ["correct", "--title", "Harbour tax to go", "--reason", "the printed headline"],
                        ["correct", "--title", "Harbour tax abolished", "--reason", "the headline as updated"]],
    "corrected_then_reextracted": [["correct", "--title", "Harbour tax to go", "--reason", "the printed headline"],
                                   ["reextract"]],
    "corrected_reextracted_corrected": [
        ["correct", "--title", "Harbour tax to go", "--reason", "the printed headline"], ["reextract"],
        ["correct", "--title", "Harbour tax abolished", "--reason", "the headline as updated"]],
    "corrected_between_reextractions": [
        ["middle"], ["correct", "--title", "Harbour tax to go", "--reason", "the printed headline"], ["reextract"]],
}

#: The middle re-extraction, run by that archiver in a process of its own (argv: store, capture id).
_MIDDLE = """
import sys
from pathlib import Path
from archiver.archive import Archive
from archiver.extract import extract

def extractor_58(body, *, url, content_type, **kw):
    article = extract(body, url=url, content_type=content_type, **kw)
    versions = {**dict(article.extractor), "archiver-extract": "58"}
    return article._replace(text=article.text + "\\n\\nAppended by 58.", extractor=tuple(sorted(versions.items())))

with Archive.open(Path(sys.argv[1]), extractor=extractor_58) as arc:
    assert arc.reextract([sys.argv[2]]).to_dict()["counts"]["reextracted"] == 1
"""


def _one(work: Path, shape: str, steps: list[list[str]], capture_id: str, made_in: str, out: Path) -> None:
    store, keys = work / shape / "store", work / shape / "keys"
    shutil.copytree(OLD_STORE / "store", store)
    keys.mkdir(parents=True)
    for src in (OLD_STORE / "keys").iterdir():  # the key folder's records name the folder the store was made in
        data = src.read_bytes()
        if src.suffix != ".key":
            data = data.replace(made_in.encode(), str(store.resolve()).encode())
        (keys / src.name).write_bytes(data)
        (keys / src.name).chmod(0o600)
    env = dict(os.environ, ARCHIVER_KEY_DIR=str(keys))
    cli = [sys.executable, "-m", "archiver", "--store", str(store)]
    for step in [*steps, ["export", "-o", str(work / f"{shape}.wacz")]]:
        run = [sys.executable, "-c", _MIDDLE, str(store), capture_id] if step == ["middle"] else \
            [*cli, step[0], capture_id, *step[1:]]
        subprocess.run(run, env=env, check=True, cwd=work, capture_output=True)  # cwd: not a checkout
    shutil.copy2(work / f"{shape}.wacz", out / f"{shape}.wacz")
    with zipfile.ZipFile(work / f"{shape}.wacz") as z:
        (out / "log.pub").write_bytes(z.read("provenance/log.pub"))


def main(out: Path) -> None:
    made = json.loads((OLD_STORE / "made.json").read_text())
    work = Path(tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    try:
        for shape, steps in SHAPES.items():
            _one(work, shape, steps, made["capture_id"], made["store"], out)
    finally:
        shutil.rmtree(work)  # the stores and the signing key: verifying and importing need neither
    (out / "made.json").write_text(json.dumps({"capture_id": made["capture_id"], "tree": "7bd5bd4"}) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
