""""soon" pointing ahead, right after a modal or "to" before its verb or ending its clause, is a
future reference (news35: two stories; news37: two stories; TBAQ tags 4 of its 7 such), while "as
soon as", "soon after" and a narrative "soon burst" are not (session 37; moved from
test_timex_news37_shapes.py, session 38).
"""

from __future__ import annotations

import pytest

from timex_helpers import tags


@pytest.mark.parametrize("text", [
    "The minister said talks with the unions would resume soon.",
    "A date for the vote will be announced \"soon\".",
    "Fresh supplies will soon reach the valley.",
    "The airline expects its fleet to soon return to service.",
])
def test_soon_pointing_ahead_is_a_future_reference(text) -> None:
    assert ("soon", "DATE", "FUTURE_REF") in tags(text, "2016-04-12")


@pytest.mark.parametrize("text", [
    "Send the forms as soon as possible.",
    "The bridge was closed soon after the storm.",
    "The river soon burst its banks.",
    "It is too soon to tell.",
    "Soon, the crowd went home.",
    "Crews plan to return soon in larger numbers.",
])
def test_soon_in_other_uses_is_left_alone(text) -> None:
    assert not any(found.lower() == "soon" for found, _, _ in tags(text, "2016-04-12"))
