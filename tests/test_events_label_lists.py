"""Several days listed after one date label ("When: <day>, <clock>, <day>, <clock>"): each day
is an entry of the notice's event, not only the first one, which stands right after the label."""
# Provenance: Red team 26 class 10 (a what's-on listing with two performance days on one line).

from datetime import date, datetime

from events_helpers import tagged_events


def _starts(text: str, published: date) -> list[tuple[str, object]]:
    return [(e.title, e.start) for e in tagged_events(text, published=published)]


def test_a_second_day_and_clock_after_the_label_is_an_entry_too():
    text = ("Weekend picks\n\nThe Lantern Choir\n\nA winter concert of folk songs.\n\n"
            "When: Thursday, 3 December, 7.30pm, Saturday, 5 December, 4pm\n\n"
            "Where: St Anne's Hall, Mill Lane\n\n"
            "Puppet Circus\n\nStrings and shadows for all ages.\n\n"
            "When: Sunday, 6 December, 11am\n\nWhere: Town Library\n")
    starts = [s for _, s in _starts(text, date(2026, 12, 1))]
    assert datetime(2026, 12, 3, 19, 30) in starts
    assert datetime(2026, 12, 5, 16, 0) in starts
    assert datetime(2026, 12, 6, 11, 0) in starts


def test_days_joined_by_a_semicolon_after_a_dates_label():
    text = ("Evening classes\n\nPottery for Beginners\n\n"
            "Dates: 12 January 2027, 6pm; 19 January 2027, 6pm\n\nWhere: Art Room 2\n")
    starts = [s for _, s in _starts(text, date(2026, 12, 1))]
    assert datetime(2027, 1, 12, 18, 0) in starts and datetime(2027, 1, 19, 18, 0) in starts


def test_a_day_after_words_other_than_joiners_is_not_taken_as_listed():
    from calfeed.events.label_lists import listed_after_label
    from calfeed.model import Timex
    text = "When: Friday 4 June, then rehearsal Monday 7 June\n"
    second = Timex(text.index("Monday"), len(text) - 1, "Monday 7 June", "DATE", "2027-06-07")
    first = (text.index("Friday"), text.index(","))
    assert not listed_after_label(text, second, lambda scope: [first])


def test_a_later_day_with_opening_hours_is_left_to_the_run():
    from calfeed.events.label_lists import listed_after_label
    from calfeed.model import Interval, Timex
    from datetime import datetime as dt
    text = "When: Friday 4 June, 10am-5pm, Saturday 5 June, 10am-4pm\n"
    at = text.index("Saturday")
    hours = Interval(dt(2027, 6, 5, 16), dt(2027, 6, 5, 16, 1), "minute")
    second = Timex(at, len(text) - 1, text[at:-1], "TIME", "2027-06-05T10:00", end_interval=hours)
    first = (text.index("Friday"), text.index(", Saturday"))
    assert not listed_after_label(text, second, lambda scope: [first])
