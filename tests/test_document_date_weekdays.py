"""Year-less days written with their weekday outvote a tense read from a loose date."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

TODAY = Options(today=date(2026, 11, 29))


def _starts(result):
    return {e.title: e.start for e in result.events}


def test_past_cycles_in_brackets_do_not_move_weekday_dated_days_a_year_back():
    text = ("LOIs are due on Friday, January 15. The board will meet on May 20. Organizations that received a "
            "grant in the last two cycles (2025 and 2026) are not eligible.")
    result = process_document(Document("grants.md", text), TODAY)
    starts = _starts(result)
    assert starts["Deadline for LOIs"] == date(2027, 1, 15)          # a Friday
    assert starts["Board meeting"] == date(2027, 5, 20)
    assert "Friday" in result.reference.reason


def test_a_weekday_far_beyond_a_loose_past_date_still_decides_the_year():
    text = ("The High Court quashed the permission in September 2024. The inquiry reopens on Tuesday 9 March at "
            "10am in Whitehaven.")
    result = process_document(Document("inquiry.txt", text), TODAY)
    assert result.events[0].start.date() == date(2027, 3, 9)          # a Tuesday, not Sunday 9 March 2025


def test_full_dates_told_in_a_tense_outvote_a_misprinted_weekday():
    text = ("The meeting took place on 21 June 2011 in Islamabad. The next meeting will take place on 8 December "
            "2011 in Vienna. Registration closes on Friday 25 November.")
    result = process_document(Document("unodc.txt", text), TODAY)
    assert date(2011, 6, 22) <= result.reference.value <= date(2011, 12, 7)    # 25 Nov 2011 was a Friday
    misprint = text.replace("Friday 25 November", "Monday 25 November")
    kept = process_document(Document("unodc.txt", misprint), TODAY)
    assert kept.reference.value.year == 2011


def test_the_weekday_year_is_the_one_inside_the_tense_window_not_the_one_nearest_the_build():
    text = ("Our club Annual General Meeting will be held on Tuesday 8th November. The election of President Elect "
            "(to be President 2018-19), President Elect Designate (2019-20), Secretary (2017-18)\nand Treasurer "
            "(2017-18) will be decided at this meeting.")
    result = process_document(Document("agm.txt", text), TODAY)
    assert result.events[0].start == date(2016, 11, 8)                # a Tuesday before 2019, not 2022


def test_a_loose_past_date_gives_way_to_a_day_announced_within_the_year():
    text = ("The project started in 2026. The final conference will take place on 3 March 2027. "
            "A workshop will follow in May.")
    result = process_document(Document("p.txt", text), TODAY)
    assert result.reference.value == date(2027, 1, 6)              # 8 weeks before 3 March, not 2 January 2026
    workshop = next(e for e in result.events if e.title == "Workshop")
    assert workshop.window == (date(2027, 5, 1), date(2027, 5, 31))


def test_a_year_in_brackets_takes_the_tense_of_its_own_clause():
    text = "LOIs are due on Friday, January 15. Groups that received a grant in the last two cycles (2025 and 2026) cannot apply."
    result = process_document(Document("g.md", text), TODAY)
    assert "received" in result.reference.reason
