"""Authors: the backing model knows given names of many languages, not only the extractor's hand-written list.

The backing model's strongest evidence for a person is a listed given name opening the name
(archiver/extract/author_backing.py). Its list was ~2,600 names written by hand, so it leaned against writers
whose given name the list lacks ("Ogechi Chibueze", "Naoise McNally"). Since extractor 224 the feature also reads
the given names of Faker's person providers (79 locales; archiver/extract/given_names_faker.txt, made by
bench/given_names_table.py); the author rules keep the hand-written list, since they also ask whether a word is
ONLY a given name (bench/labels/README.md, "auth65").
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from author_pages import HEADLINE, PARAGRAPHS

from archiver.extract.author_backing import STRICT_THRESHOLD, features, scores, strictly_backed
from archiver.extract.given_names import broad_given_name, given_name

REPO = Path(__file__).resolve().parents[1]
LINES = [HEADLINE, *PARAGRAPHS, "Naoise McNally"]


def _generator() -> object:
    spec = importlib.util.spec_from_file_location("given_names_table", REPO / "bench" / "given_names_table.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["given_names_table"] = module
    spec.loader.exec_module(module)
    return module


def test_the_committed_list_is_what_the_generator_makes_from_the_pinned_faker() -> None:
    generator = _generator()
    committed = (REPO / "archiver" / "extract" / "given_names_faker.txt").read_text(encoding="utf-8")
    assert committed == generator.table()  # type: ignore[attr-defined]


def test_the_list_credits_faker_under_its_licence() -> None:
    head = (REPO / "archiver" / "extract" / "given_names_faker.txt").read_text(encoding="utf-8")[:2000]
    assert "Copyright (c) 2012 Daniele Faraglia" in head and "Permission is hereby granted" in head


@pytest.mark.parametrize("word", ["Ogechi", "Naoise", "Віктор", "Haroldo", "Aoife"])
def test_the_backing_feature_counts_a_given_name_the_hand_written_list_lacks(word: str) -> None:
    assert broad_given_name(word) and not given_name(word)
    assert features(f"{word} McNally", ["layout-guess"], LINES, [0], None, persons=1, declared_persons=0,
                    guess=[])["given_name_first"] == 1.0


@pytest.mark.parametrize("word", ["Paris", "May", "August", "Santa", "Queen", "Texas", "Press", "Prince", "El", "Von"])
def test_words_the_extractor_reads_otherwise_are_no_given_names_of_the_feature(word: str) -> None:
    assert not broad_given_name(word)


def test_the_hand_written_names_stay_in_the_broad_list() -> None:
    assert all(broad_given_name(w) for w in ("Emily", "Vlad", "Jean-Pierre", "Олександр"))


def test_a_writer_only_trafilatura_guessed_is_strictly_backed_when_the_given_name_is_known() -> None:
    # the layout guess alone, printed under the article: the given name carries it over the strict threshold
    # (authors-blind35's first run: "Naoise McNally", .843; .56 with the hand-written list)
    got = scores(["Naoise McNally"], [["layout-guess"]], LINES, [0], None, declared_persons=0, guess=["Naoise McNally"])
    assert strictly_backed(got[0])


def test_the_same_credit_under_an_unknown_first_word_stays_under_the_strict_threshold() -> None:
    got = scores(["Harborcat McNally"], [["layout-guess"]], LINES, [0], None, declared_persons=0,
                 guess=["Harborcat McNally"])
    assert got[0] < STRICT_THRESHOLD



def test_the_list_is_searched_as_a_set_of_its_names_would_answer() -> None:
    """broad_given_name searches the file's sorted text (no set of ~26,000 names is built for one question):
    it answers for every listed name, and for words near one in the order, as a set of the names would."""
    text = (REPO / "archiver" / "extract" / "given_names_faker.txt").read_text(encoding="utf-8")
    listed = [line for line in text.split("\n") if line and not line.startswith("#")]
    known = frozenset(listed)

    def in_a_set(word: str) -> bool:
        key = word.strip(".,'’").casefold()
        return given_name(word) or key in known or ("-" in key and key.split("-", 1)[0] in known)

    near = {v for name in listed[::7] for v in (name[:-1], name + "a", name + "\uffff", "a" + name)}
    words = [*listed, *sorted(near), "", "a", "zzzzzz", "\uffff", "\x00", "-", "Jean-Zzz", "Zzz-Ogechi"]
    assert all(broad_given_name(w) for w in listed)  # (none opens or ends on a mark the question strips)
    assert [w for w in words if broad_given_name(w) != in_a_set(w)] == []
