"""A dated clause whose subject lists examples of its noun ("like ...", "such as ..."), its clock range
written once before a list of days, then a "with" aside naming another occasion (R82 class 3, page 08):
the aside does not take the clause's days with it, and the noun before the examples is the subject."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

LINEUP = ("The programme of the Lantern festival in Orvello is out on the town's site. "
          "Famous song and dance groups like Blue Herons and Pell Singers will compete at Place Orvello "
          "from 6 to 9:45 pm on August 3, 4, 5, 12 and 13, with a closing ball on August 24.")


def _entries(text: str) -> list[tuple[str, object, object]]:
    return [(e.title, e.start, e.end) for e in page_events(text, "2030-06-01")]


def test_the_listed_days_before_a_with_aside_keep_their_clock_range():
    entries = _entries(LINEUP)
    timed = [(s, e) for t, s, e in entries if t != "Closing ball"]
    assert timed == [(datetime(2030, 8, d, 18), datetime(2030, 8, d, 21, 45)) for d in (3, 4, 5, 12, 13)]
    assert [t for t, _, _ in entries if t.startswith("Closing")] == ["Closing ball"]


def test_the_aside_with_an_event_noun_leaves_the_day_before_it():
    text = ("Brass bands such as the Orvello Reeds will play in the Old Quay from 6 to 9 pm on August 3, "
            "with a gala dinner on August 9.")
    entries = _entries(text)
    assert ("Brass bands play in the Old Quay", datetime(2030, 8, 3, 18), datetime(2030, 8, 3, 21)) in entries


def test_a_subject_without_examples_is_read_as_before():
    text = "Famous choirs will compete at Place Orvello from 6 to 9:45 pm on August 3."
    assert _entries(text) == [("Famous choirs compete at Place Orvello", datetime(2030, 8, 3, 18),
                               datetime(2030, 8, 3, 21, 45))]
