"""A pair of days written before one clock range ("When: 14 & 15 March, 8-9.30pm") is two
occasions, each at the clock, not one stretch from the first day's start to the second day's
end; with no clock the pair is still one stretch of days."""

from datetime import date, datetime

from events_helpers import tagged_events


def _spans(text: str) -> list[tuple]:
    return sorted((e.start, e.end) for e in tagged_events(text, published=date(2031, 2, 1)))


def test_a_when_line_gives_one_entry_a_night():
    text = ("Lantern Songs\nA choir of forty voices sings by candlelight in the old hall.\n"
            "When: 14 & 15 March, 8-9.30pm\nWhere: Old Hall, Riverside\n")
    assert _spans(text) == [(datetime(2031, 3, 14, 20, 0), datetime(2031, 3, 14, 21, 30)),
                            (datetime(2031, 3, 15, 20, 0), datetime(2031, 3, 15, 21, 30))]


def test_a_pair_in_prose_takes_the_clock_each_day_and_one_title():
    events = tagged_events("The choir sings on 14 and 15 March at 8pm in the old hall.", published=date(2031, 2, 1))
    assert sorted(e.start for e in events) == [datetime(2031, 3, 14, 20, 0), datetime(2031, 3, 15, 20, 0)]
    assert {e.title for e in events} == {"Choir sings"}


def test_a_pair_with_no_clock_stays_one_stretch():
    assert _spans("The craft fair runs on 3 and 4 May in the market square.") == [(date(2031, 5, 3), date(2031, 5, 4))]
