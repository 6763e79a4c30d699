"""A window a rule sets for a one-off occasion ("requires that an Annual Parish Meeting takes
place between 1st March and 1st June each year", "the AGM must be held between 1 October and
30 November") says when it may fall, not the days it falls on: neither end is an entry, and no
yearly series is made of the second; a dated sentence on the page gives the occasion itself."""

from __future__ import annotations

from events_helpers import page_events


def _events(text: str):
    return page_events(text, "2021-02-20", "council.txt")


def test_a_statutory_window_for_the_annual_parish_meeting():
    events = _events("Annual Parish Meeting\n\nThe Local Government Act 1972 requires that an Annual Parish "
                     "Meeting takes place between 1st March and 1st June each year. This year it will be "
                     "held on Wednesday 5th May 2021 at 7pm.\n")
    assert [e.start.date().isoformat() for e in events] == ["2021-05-05"]


def test_a_clubs_agm_that_must_be_held_between_two_days():
    assert _events("Under the constitution the club's AGM must be held between 1st October and "
                   "30th November.\n") == []


def test_a_window_that_has_to_be_kept_each_year():
    assert _events("The club's open day has to take place between 1 September & 15 October each year.\n") == []


def test_an_acts_window_still_opens_and_closes():
    events = _events("Nominations must be submitted between 1st September and 15th October.\n")
    assert any(e.kind == "deadline" for e in events)


def test_a_dated_window_is_kept():
    events = _events("The consultation must be answered between 1 March 2021 and 12 April 2021.\n")
    assert events
