"""A holiday list written one line an item, each line a letter or number, a day, a dash and the
holiday's name, then a bracketed note ("c) 2nd of April – Good Friday (movable holiday)"): each line
is an entry on its day, titled by its name (not by the note the lines share), in the list's year;
a holiday name the line holds is that day, not the day another country keeps it on."""

from __future__ import annotations

from datetime import date

from events_helpers import titles_by_start

_LIST = ("Official holidays of Norvania for 2031\n"
         "The holidays with a fixed and a movable date for 2031, set by Law n.4/2011 of 3rd of March, are:\n"
         "a) 2nd of January – Second New Year’s Day (set holiday)\n"
         "b) 9th of March – Veterans Day (fixed holiday)\n"
         "c) 2nd of April – Holy Friday (movable holiday)\n"
         "d) 3rd of May – Return of Independence Day (fixed holiday);\n"
         "e) 14th of June – Eid of the Harvest (movable holiday);\n"
         "f) 21st of September –Founders Day (fixed holiday);\n"
         "g) 6th of December – Memorial Day (fixed holiday).\n")


def _days() -> dict[str, set[str]]:
    return titles_by_start(_LIST, "2031-01-10")


def test_each_line_is_its_day_titled_by_its_name():
    days = _days()
    assert any("Holy Friday" in t for t in days.get("2031-04-02", ()))
    assert any("Return of Independence Day" in t for t in days.get("2031-05-03", ()))
    assert any("Eid of the Harvest" in t for t in days.get("2031-06-14", ()))
    assert any("Memorial Day" in t for t in days.get("2031-12-06", ()))


def test_a_line_of_a_name_another_country_keeps_elsewhere_is_the_written_day():
    days = _days()
    assert any("Veterans Day" in t for t in days.get("2031-03-09", ()))
    assert "2031-11-11" not in days and "2031-07-04" not in days and "2031-05-26" not in days


def test_the_first_line_is_in_the_lists_year():
    days = _days()
    assert any("New Year" in t for t in days.get("2031-01-02", ()))
    assert "2032-01-02" not in days and "2032-01-01" not in days


def test_a_dash_that_lost_its_space_still_parts_the_name():
    assert any("Founders Day" in t for t in _days().get("2031-09-21", ()))


def test_no_line_is_titled_by_its_note_alone():
    assert not any(t.lower().startswith(("fixed holiday", "movable holiday")) for ts in _days().values() for t in ts)


def test_the_law_day_is_no_entry():
    assert "2031-03-03" not in _days()
