"""An obliging lead-in's bulleted items that open with a bare verb ("- be submitted ...",
"- have one author registered ...") take the lead-in's subject; an item with a verb of its
own ("- send its list ...") names its own act."""

from __future__ import annotations

import pytest

from calfeed.events.obliged_items import obliged_subject

LEAD = "To be accepted, a full paper must:\n"


@pytest.mark.parametrize("item", [
    "- be submitted before 3 June 2025.\n",
    "- have one author registered by 3 June 2025.\n",
])
def test_a_bare_verb_item_takes_the_lead_ins_subject(item):
    text = LEAD + item
    assert obliged_subject(text, len(LEAD)) == "full paper"


def test_an_item_with_its_own_verb_keeps_it():
    text = "Each team must:\n- send its list of players by 1 May 2025.\n"
    assert obliged_subject(text, text.index("- send")) is None
