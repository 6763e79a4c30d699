"""A table row's title cell less its clock keeps no word the clock was the object of and no
bracket the clock leaves open: "Pool shuts at 3pm for the gala" is "Pool shuts for the gala", not
"Pool shuts at for the gala"; "Pool opens again (7am - 9pm daily)" is "Pool opens again (daily)"
(R48 class E, dangling words).
"""

from __future__ import annotations

import pytest

from calfeed.events.cut_titles import without_clock_objects
from events_helpers import page_events

PAGE = ("Pool opening over the holidays\n\n| Date | Opening |\n| --- | --- |\nFriday 24 December | {cell} |\n"
        "Saturday 25 December | Closed |\nMonday 3 January | Normal opening hours resume |\n")


@pytest.mark.parametrize("cell, title", [
    ("Pool closes at 2pm for Christmas", "Pool closes for Christmas"),
    ("Pool reopens (7am - 9pm all week)", "Pool reopens (all week)"),
    ("Swim club meets from 6pm in the small pool", "Swim club meets in the small pool"),
    ("Gym open (10am)", "Gym open"),
    ("Pool closes at 2pm", "Pool closes"),
])
def test_the_cell_reads_as_a_name(cell, title):
    events = page_events(PAGE.format(cell=cell), "2021-11-20")
    assert [e.title for e in events if e.start.day == 24] == [title]


def test_only_the_words_right_before_a_clock_go():
    assert without_clock_objects(["Doors at the gate open at ", " for members"]) == \
        ["Doors at the gate open ", " for members"]
    assert without_clock_objects(["Meet at"]) == ["Meet at"]     # no clock after the last piece
