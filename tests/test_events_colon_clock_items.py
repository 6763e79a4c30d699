"""Programme items run together in one paragraph, each opened by its clock and a colon (R82 class 1 and 7,
page 01): every item is an entry at its clock, titled by its own words, not the paragraph's name."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

RUN_TOGETHER = (
    "Harvest Fair of Lumbo: the programme\n\n"
    "Here is the programme of the Lumbo Harvest Fair: Monday 06 March 2017 9h: Opening of the craft market, "
    "stalls and tastings in the fair village 11h: Lecture on river trade. 18h: Drumming night at the main square "
    "Tuesday 07 March 2017\n\n"
    "10h: Seminar on boats 15h: Wrestling semi-final at the stadium. 7 pm: Film show at the fair village "
    "8 pm: Concert at the fair village: Brass bands Wednesday 08 March 2017 10h: Wrestling final. "
    "4 pm: Mask dance in the old quarter. 7 pm: Choir evening at the fair village\n"
)


def _entries(text: str) -> list[tuple[str, datetime]]:
    return [(e.title, e.start) for e in page_events(text, "2017-03-01")]


def test_each_item_of_a_run_together_programme_is_an_entry_at_its_clock():
    assert _entries(RUN_TOGETHER) == [
        ("Opening of the craft market", datetime(2017, 3, 6, 9)),
        ("Lecture on river trade", datetime(2017, 3, 6, 11)),
        ("Drumming night at the main square", datetime(2017, 3, 6, 18)),
        ("Seminar on boats", datetime(2017, 3, 7, 10)),
        ("Wrestling semi-final at the stadium", datetime(2017, 3, 7, 15)),
        ("Film show at the fair village", datetime(2017, 3, 7, 19)),
        ("Concert at the fair village", datetime(2017, 3, 7, 20)),
        ("Wrestling final", datetime(2017, 3, 8, 10)),
        ("Mask dance in the old quarter", datetime(2017, 3, 8, 16)),
        ("Choir evening at the fair village", datetime(2017, 3, 8, 19)),
    ]


def test_items_one_a_line_keep_their_whole_line():
    text = ("Lumbo Harvest Fair\n\nMonday 06 March 2017\n\n7 pm: Film show at the fair village\n\n"
            "8 pm: Concert at the fair village: Brass bands\n")
    assert _entries(text) == [("Film show at the fair village", datetime(2017, 3, 6, 19)),
                              ("Concert at the fair village: Brass bands", datetime(2017, 3, 6, 20))]
