"""The break in the middle of a school year named by its place in the year ("the mid-year holidays")
is a term holiday by another name (event_nouns): a stretch told as "will start D, and end on D" is
its entry, first day to last."""

from datetime import date

from events_helpers import page_events


def test_mid_year_holidays_told_as_a_start_and_an_end_are_one_span():
    text = ("Under a new decree, the board declared that mid-year holidays of every state school in Norland "
            "will start November 18, 2030, and end on December 20, 2030, two weeks before the games.\n")
    events = page_events(text, "2030-01-14")
    assert [(e.start, e.end) for e in events] == [(date(2030, 11, 18), date(2030, 12, 20))]
    assert "holidays" in events[0].title.lower()


def test_a_single_mid_year_holiday_day():
    text = "Pupils will have a mid-year holiday on Friday 4 July 2031, the council said.\n"
    assert [e.start for e in page_events(text, "2031-05-02")] == [date(2031, 7, 4)]
