"""A holiday given its written day right after its name ("Boxing Day is on December 26th"): a
list of holidays in prose names each day by its holiday, so the holiday titles the entry and the
written day dates it (holiday_names._given_day, holiday_day_links). R63 class 2 (page 05's shape),
in our own words."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_a_holiday_given_its_day_names_the_entry():
    events = tagged_events("Boxing Day is on December 26th, a Thursday.", published=date(2030, 8, 28))
    assert [(e.title, e.start) for e in events] == [("Boxing Day", date(2030, 12, 26))]
    events = tagged_events("Good Friday will be on April 18th.", published=date(2024, 8, 28))
    assert [(e.title, e.start) for e in events] == [("Good Friday", date(2025, 4, 18))]


def test_a_written_day_that_is_not_the_holiday_s_is_no_given_day():
    # Good Friday 2031 falls on 11 April: the sentence's 18 April is not its day
    assert tagged_events("Good Friday will be on April 18th.", published=date(2030, 8, 28)) == []


def test_a_holiday_told_apart_from_the_day_by_a_comma_is_left_alone():
    assert tagged_events("We will meet on Boxing Day, on December 26th.", published=date(2030, 8, 28)) == []


def test_the_word_that_gives_the_day_is_read_from_its_table(monkeypatch):
    """The word the rule asks for between the name and the day is a table's (holiday_day_prepositions)."""
    import calfeed.events.holiday_names as names

    real = names.word_list
    monkeypatch.setattr(names, "word_list", lambda name, lang="en": frozenset({"is"})
                        if name == "holiday_day_prepositions" else real(name, lang))
    events = tagged_events("Boxing Day is December 26th, a Thursday.", published=date(2030, 8, 28))
    assert [(e.title, e.start) for e in events] == [("Boxing Day", date(2030, 12, 26))]
