"""Review x43 of extractor 74's "Edit:" label (notice_cues.py, LABELS["correction"]): a blog's "Edit:" addendum is a
correction, but a how-to's step "Edit: Open the config file, set the port ..." is an instruction, the colon followed by
what to do (open, set, add, replace, click, ...): no correction (tests/test_extract_notices_blind11.py keeps the
addendum)."""

from __future__ import annotations

import pytest
from notice_articles import notices, page


@pytest.mark.parametrize("step", ["Edit: Open the config file, set the port to 8080 and restart the service.",
                                  "Edit: add the line below to your .bashrc and open a new terminal window."])
def test_a_how_tos_edit_step_telling_what_to_do_is_no_correction(step: str) -> None:
    assert notices(page(tail=f"<p>{step}</p>")) == []


def test_a_blogs_edit_addendum_after_the_post_is_still_a_correction() -> None:
    line = "Edit: I forgot to mention that the harbour tour costs 5 euros."
    assert notices(page(tail=f"<p>{line}</p>")) == [("correction", line)]
