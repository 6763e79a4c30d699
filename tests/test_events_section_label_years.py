"""A page's year from its section labels and its month heading.

A reader of a calendar page takes a year-less date in the year of the nearest label above it that
names one ("2031 Spring Term", "2029 Dates | ...", "Hall News October 2030"), and dates a newsletter
whose first line is its month ("March 2031") in that month, whatever its sentences' tenses seem to say.
"""
# Provenance: session 16, round 21 class C1.

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD = Options(today=date(2026, 11, 30))


def _values(text: str) -> dict[str, str]:
    result = process_document(Document("page.txt", text), BUILD)
    return {t.text: t.value for t in result.timexes}


def test_a_year_first_term_label_dates_the_label_and_date_lines_below_it() -> None:
    text = ("Course Timetable\n\n2031 Spring Term\n\nLectures start\nJanuary 12\n\n"
            "Other sessions\nSee the departmental timetable\n\n"
            "Reading week\nFebruary 16\n\nLast day to withdraw\nMarch 6\n")
    result = process_document(Document("term.txt", text), BUILD)
    values = {t.text: t.value for t in result.timexes}
    assert values["January 12"] == "2031-01-12"
    assert values["February 16"] == "2031-02-16"      # past a label line with no date under it
    assert values["March 6"] == "2031-03-06"
    assert result.reference.value.year in (2030, 2031)  # not the build day
    assert all(e.start.year == 2031 and e.precision == "exact" for e in result.events)


def test_the_first_cell_of_a_table_header_names_the_year_of_its_rows() -> None:
    text = ("Committee Meetings\n"
            "2029 Dates | Item | Time |\n---|---|---|\n"
            "March 4 | Budget meeting | 7:00 P.M. |\nOctober 7 | Planning meeting | 7:00 P.M. |\n"
            "2030 Dates | Item | Time |\n---|---|---|\n"
            "January 13 | Annual meeting | 7:00 P.M. |\n")
    values = _values(text)
    assert values["March 4"] == "2029-03-04"
    assert values["October 7"] == "2029-10-07"
    assert values["January 13"] == "2030-01-13"


def test_a_first_line_naming_only_its_month_dates_the_newsletter() -> None:
    text = ("March 2031\n\n"
            "The winter was long but the spring fair is nearly here. The Christmas fair was lovely and "
            "we're planning a barn dance on Saturday 26th April, with a band from 7pm.\n\n"
            "Friday 9th May is the village walk, starting from the green.\n")
    result = process_document(Document("march.txt", text), BUILD)
    assert date(2031, 3, 1) <= result.reference.value <= date(2031, 3, 31)   # not after the April dance
    titles = {e.title: e.start for e in result.events}
    # "with a band from 7pm": the clock later in the day's sentence times it (session 16, C6)
    assert titles["Barn dance"] == datetime(2031, 4, 26, 19, 0) and titles["Village walk"] == date(2031, 5, 9)
    assert not any(e.start.year != 2031 for e in result.events)      # no Christmas 2031 from the past fair


def test_the_newest_dated_post_heading_dates_the_page_and_each_post_its_items() -> None:
    text = ("Hall Events December 2030\n\nHere is what is on this month.\n\n"
            "Saturday 7th December Christmas craft fair 10-2\n\n"
            "Hall News & March 2030 Events\n\n"
            "The roof repairs were finished at last and the hall reopens this spring.\n\n"
            "Events in March\nSaturday 16th March Coffee morning 10-12\nFriday 29th March Quiz 7pm\n")
    result = process_document(Document("posts.txt", text), BUILD)
    assert date(2030, 12, 1) <= result.reference.value <= date(2030, 12, 31)
    values = {t.text: t.value for t in result.timexes}
    assert values["this month"] == "2030-12"
    assert values["Saturday 7th December"] == "2030-12-07"
    assert values["Saturday 16th March"] == "2030-03-16"
    assert values["Friday 29th March"] == "2030-03-29"


def test_a_first_line_naming_an_event_in_a_month_is_no_issue() -> None:
    text = "Summer School July 2031\n\nApplications close on 15 April 2031.\n"
    result = process_document(Document("school.txt", text), BUILD)
    assert "issue" not in result.reference.reason


def test_a_first_line_naming_only_a_season_is_a_terms_calendar_not_an_issue() -> None:
    text = "Autumn 2031\n\nTeaching starts 22 September 2031.\nThe library will close on 19 December 2031.\n"
    result = process_document(Document("term.txt", text), BUILD)
    assert "issue" not in result.reference.reason


def test_a_month_in_a_timelines_first_cell_is_no_issue() -> None:
    text = ("| May 2031 |\nFirst announcement |\n| August 2031 |\nCall for papers opens |\n"
            "| January 2032 |\nDeadline for abstracts |\n")
    result = process_document(Document("timeline.txt", text), BUILD)
    assert "issue" not in result.reference.reason
    assert any(e.start.year == 2031 and e.start.month == 5 for e in result.events)


def test_a_span_counted_since_a_past_date_moves_the_page_date_on_by_it() -> None:
    text = ("Two years on! It has been two years since the cafe opened its doors. We first opened in "
            "March of 2021, and our anniversary party will be held on Thursday, March 23.\n")
    result = process_document(Document("cafe.txt", text), BUILD)
    assert result.reference.value >= date(2023, 3, 1)
    assert "since" in result.reference.reason
    assert {t.text: t.value for t in result.timexes}["Thursday, March 23"] == "2023-03-23"


def test_a_span_counted_since_something_else_leaves_an_earlier_date_of_its_sentence() -> None:
    """Review 16: the day before the span in its own sentence is not what the span counts from
    (it moved 8 May on by 75 years, to 2095)."""
    text = ("Parish News\nFebruary 2020\n\nThe Christmas party was a great night and we are planning "
            "another party on Friday 3rd April.\nFriday 8th May is VE Day – 75 years since the end of "
            "hostilities in Europe.\n")
    result = process_document(Document("parish.txt", text), BUILD)
    assert "2095" not in result.reference.reason
    assert result.reference.value is not None and result.reference.value.year == 2020


def test_a_span_since_never_moves_a_date_past_the_build_day() -> None:
    text = ("Club News\n\nIt is now 40 years since our club first met in June 2000, and the summer fair "
            "will be held on 14 June.\n")
    result = process_document(Document("club.txt", text), BUILD)
    assert result.reference.value is not None and result.reference.value <= BUILD.today
