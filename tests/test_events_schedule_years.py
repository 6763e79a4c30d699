"""The year of a page and of its sections.

A schedule page states its year once, over its dates: in a lead line ending with a colon
("Closing dates for bursary claims in 2031:"), over label lines and a bracketed note, or in a
plain heading naming a school year over "Label – date" rows. Under a year span the rows run from
the first year into the second in the order they are written; a holiday told in the prose above
does not set where the span turns, and a row's written weekday picks between the span's years.
"""
# Provenance: session 17, round 22 classes C1 and C3; review 16.

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD = Options(today=date(2026, 11, 30))


def _result(text: str):
    return process_document(Document("page.txt", text), BUILD)


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in _result(text).timexes}


def test_a_lead_line_year_dates_the_rows_below_its_labels_and_notes() -> None:
    text = ("Bursary Claims\n\nClosing dates for bursary claims in 2031:\n\n"
            "Claim deadline\nPanel meets\n3rd Feb\n\n17th Feb\n\n(Subject to panel availability)\n\n"
            "2nd Mar\n\n16th Mar\n\nLate claims will not be considered.\n")
    result = _result(text)
    values = {t.text: t.value for t in result.timexes}
    assert values["3rd Feb"] == "2031-02-03"
    assert values["17th Feb"] == "2031-02-17"
    assert values["2nd Mar"] == "2031-03-02"       # past the bracketed note
    assert values["16th Mar"] == "2031-03-16"
    assert result.reference.value.year in (2030, 2031)      # not the build day


def test_label_dash_rows_under_a_school_year_heading_split_at_the_first_month() -> None:
    text = ("Calendar\n\nOn this page you will find the calendars for the next two years.\n\n"
            "  • The calendar for 2030-2031, click here.\n  • The calendar for 2031-2032, click here.\n\n"
            "Important Dates 2029 – 2030\n\n"
            "Inset days – September 2nd & 3rd and January 6th\nParents' evenings – November 4th & 5th\n"
            "Open mornings – March 12th & 13th\nSports day – June 28th for all year groups\n")
    values = _values(text)
    assert values["September 2nd & 3rd"].startswith("2029-09-02")
    assert values["November 4th & 5th"].startswith("2029-11-04")
    assert values["March 12th & 13th"].startswith("2030-03-12")
    assert values["January 6th"] == "2030-01-06"
    assert values["June 28th"] == "2030-06-28"


def test_a_holiday_in_the_prose_does_not_turn_the_span_and_weekdays_fit() -> None:
    text = ("School Diary 2029/2030\n\nEvents Diary 2029-2030\n"
            "Dear families, sadly our Christmas concert cannot go ahead as it usually would.\n"
            "Mon 24th Sept\nFlu vaccinations for every class\n"
            "Fri 5th Oct\nClass photographs\n"
            "Mon 14th Jan\nHearing tests for the infants\n")
    values = _values(text)
    assert values["Mon 24th Sept"] == "2029-09-24"      # a Monday in 2029, a Tuesday in 2030
    assert values["Fri 5th Oct"] == "2029-10-05"
    assert values["Mon 14th Jan"] == "2030-01-14"


def test_a_written_weekday_picks_the_year_of_the_span_it_fits() -> None:
    text = ("Club Season 2029-2030\n\n"
            "Sat 3rd March – Pre-season training\nTue 9th October – Annual dinner\n")
    values = _values(text)
    assert values["Sat 3rd March"] == "2029-03-03"      # a Saturday in 2029 only
    assert values["Tue 9th October"] == "2029-10-09"


# Review 16 item 3 (the probe in its own wording).

def test_a_fact_label_line_heads_no_section() -> None:
    text = ("Club Profile\n\nEstablished: Spring 1991\n\nRoom hire\n12 January | Pilates class\n")
    values = _values(text)
    assert not values["12 January"].startswith("1991")


# Review 16 items 2, 4, 5 (a guard: programme stays a listing noun), 11.

def test_a_pipe_led_header_cell_names_the_year_of_its_rows() -> None:
    text = ("Board Meetings\n\n| 2029 Dates | Business | Time |\n|---|---|---|\n"
            "| March 4 | Budget | 7 P.M. |\n| October 7 | Planning | 7 P.M. |\n\n"
            "| 2030 Dates | Business | Time |\n|---|---|---|\n| January 13 | Annual | 7 P.M. |\n")
    values = _values(text)
    assert values["October 7"] == "2029-10-07"
    assert values["January 13"] == "2030-01-13"


def test_a_festival_programme_month_keeps_its_deadline_ahead_of_it() -> None:
    # review 16 item 5 suggested dropping "programme" from issue_listing_nouns; this probe shows the
    # cost: the page date then comes from the deadline alone and the deadline moves a year on
    values = _values("Folk Festival Programme August 2031\n\nEarly bird booking will close on 30 June.\n")
    assert values["30 June"] == "2031-06-30"


def test_a_future_day_under_a_month_heading_is_not_wrapped_into_the_year_before() -> None:
    text = ("Parish Notes March 2030\n\n"
            "Tickets for the harvest supper, which will be held on 11 October, go on sale soon.\n")
    values = _values(text)
    assert values["11 October"] == "2030-10-11"


def test_a_term_list_with_its_years_is_counted_from_its_first_term() -> None:
    text = ("Term dates\nAutumn 2028 | 6 Sept - 17 Dec\nSpring 2029 | 4 Jan - 31 Mar\n")
    result = _result(text)
    values = {t.text: t.value for t in result.timexes}
    assert result.reference.value == date(2028, 9, 1)
    assert values["4 Jan - 31 Mar"].startswith("2029-01-04")

