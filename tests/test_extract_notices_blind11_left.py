"""blind11's leftovers (bench/labels/README.md, "Left" of round blind11), each in general form.

- A report's headline opening on "Updated:" ("Updated: Economic Impacts Of U.S. Energy Provisions"): title-cased
  words and no sentence after the label, no correction.
"""

from __future__ import annotations

import pytest
from notice_articles import notices as _notices
from notice_articles import page as _page


def test_a_title_cased_headline_opening_on_updated_is_no_correction() -> None:
    line = "Updated: Economic Impacts Of U.S. “One Big Beautiful Bill Act” Energy Provisions"
    assert _notices(_page(tail=f"<p>{line}</p>")) == []


@pytest.mark.parametrize("line", ["Update: The council has posted a response on its website.",
                                  "Update: The Council Now Says The Pier Opens In July."])
def test_an_update_label_opening_a_sentence_is_still_a_correction(line: str) -> None:
    assert _notices(_page(tail=f"<p>{line}</p>")) == [("correction", line)]
