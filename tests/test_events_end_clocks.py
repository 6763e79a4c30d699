"""ev46d (R58 p06 shape): a start clock and, in the same clause, an ending verb with its own clock
("the warm-up round will commence at 5:00 pm and last till 5:08 pm", "the fair will start at 5:15 pm
and end at 9:15 pm"): one entry from the first clock to the second. Before, the second clock was
dropped as the end of something (not_events.ends_at) and the entry had no end."""

from datetime import datetime

from events_helpers import page_events

PAGE = ("The spring fair of the Linden Guild will be held on Friday, March 12, 2027. The fair will start at "
        "5:15 pm and end at 9:15 pm. Meanwhile, the warm-up session will commence at 5:00 pm and last till "
        "5:08 pm.\n")


def _by_start() -> dict:
    return {e.start: e for e in page_events(PAGE, "2027-03-01")}


def test_the_session_ends_at_the_clock_its_clause_gives():
    # Fails on the parent: the warm-up session had no end.
    assert _by_start()[datetime(2027, 3, 12, 17, 0)].end == datetime(2027, 3, 12, 17, 8)


def test_the_fair_runs_from_its_start_clock_to_its_end_clock_as_one_entry():
    entries = _by_start()
    assert entries[datetime(2027, 3, 12, 17, 15)].end == datetime(2027, 3, 12, 21, 15)
    assert "fair" in entries[datetime(2027, 3, 12, 17, 15)].title.lower()
    assert datetime(2027, 3, 12, 21, 15) not in entries
