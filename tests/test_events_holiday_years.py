"""The year of a page that writes none.

A holiday on the line under a day standing alone ("Friday, April 19 / closed for Good Friday.",
"| Sept 6 | / Labor Day - no classes |") fixes the year, above the weekdays; an academic or
fiscal year span in the title, address or a heading ("2022-2023 Graduate Calendar",
".../2018-2019/...", "2024-25 School Year") places the year-less days by term word or month; a
decade used as a modifier ("the '70s-inspired revue") bounds nothing."""
# Provenance: Round 19's wrong-year class, generalised.

from __future__ import annotations

from datetime import date

from calfeed.model import Document, Timex
from calfeed.pipeline import Options, process_document
from calfeed.timex.document_date import _era_modifier

BUILD_DAY = date(2026, 11, 30)


def _run(text: str, **fields):
    return process_document(Document("page.md", text, **fields), Options(today=BUILD_DAY))


def _days(result) -> list[str]:
    return sorted(str(e.start)[:10] for e in result.events)


def test_a_movable_feast_on_the_line_under_a_day_picks_its_year_over_the_nearest_weekday_year():
    text = ("Community centre this week\nFriday, April 19\nThe centre is closed for Good Friday.\n"
            "Saturday, April 20\nSpring fair: 10 a.m. to 3 p.m. in the main hall.\n"
            "Monday, April 22\nChess club: 6 p.m. to 8 p.m. in room 2.\n")
    result = _run(text)
    assert result.reference.value.year == 2019, result.reference.reason
    assert "2019-04-20" in _days(result) and not any(d.startswith("2024") for d in _days(result)), _days(result)


def test_a_holiday_in_the_cell_under_a_day_cell_fixes_the_year():
    text = ("| Sept 3 |\nResidence halls open |\n| Sept 6 |\nLabor Day - no classes |\n"
            "| Sept 7 |\nFall classes begin at 8 a.m. |\n| Oct 15 |\nMidterm grades due |\n")
    result = _run(text)
    assert result.reference.value.year == 2021, result.reference.reason
    assert "2021-09-07" in _days(result), _days(result)


def test_a_holiday_that_only_names_something_else_is_no_evidence():
    text = "April 20\nEaster egg hunt on the lawn, 10 a.m.\nApril 27\nPlant sale, 9 a.m. to noon.\n"
    result = _run(text)
    assert "holiday" not in result.reference.reason, result.reference.reason


def test_a_break_of_days_around_a_holiday_is_no_evidence_of_its_day():
    text = "Easter Holidays: 7th April – 18th April\nSummer term begins: 22nd April\n"
    result = _run(text)
    assert "holiday" not in result.reference.reason, result.reference.reason


def test_a_holiday_day_decides_beside_a_break_range():
    text = ("September 2\nLabor Day\nCampus closed.\nOctober 18\nMidterm exams end\n"
            "November 25-29\nThanksgiving holiday\nNo classes.\nDecember 13\nLast day of the term\n")
    result = _run(text)
    assert result.reference.value.year == 2024, result.reference.reason
    assert "2024-12-13" in _days(result), _days(result)


def test_an_academic_year_in_the_title_puts_a_spring_list_in_its_second_year():
    text = ("Spring Term\nJanuary 9 - Classes begin\nMay 5 - Last day of classes\n"
            "Summer Term\nMay 30 - Summer classes begin\nAugust 12 - Commencement\n")
    result = _run(text, title="2022-2023 Graduate Calendar")
    assert _days(result) == ["2023-01-09", "2023-05-05", "2023-05-30", "2023-08-12"], _days(result)


def test_an_academic_year_in_the_address_with_a_fall_term_word_starts_in_its_first_year():
    text = ("Fall Semester\nJuly 30 | Tuition due |\nAugust 27 | Classes begin |\n"
            "December 14 | Semester ends |\nJanuary 14 | Spring classes begin |\n")
    result = _run(text, url="https://registrar.example.edu/calendars/2018-2019/fall.html")
    assert _days(result) == ["2018-07-30", "2018-08-27", "2018-12-14", "2019-01-14"], _days(result)


def test_a_school_year_heading_splits_its_days_by_month():
    text = ("Board Meeting Dates\n2024-25 School Year\nSeptember 10 - Regular meeting at 7 p.m.\n"
            "November 12 - Regular meeting at 7 p.m.\nMarch 11 - Regular meeting at 7 p.m.\n")
    result = _run(text)
    assert [d[:7] for d in _days(result)] == ["2024-09", "2024-11", "2025-03"], _days(result)


def test_a_decade_used_as_a_modifier_does_not_date_the_page_before_its_end():
    text = ("The '70s-inspired soul revue will play the Grand Hall on Friday, June 14. "
            "The 1960s style diner will open its doors on Saturday, June 15.\n")
    result = _run(text)
    assert result.reference.value.year >= 2019, result.reference.reason
    assert all(d >= "2019" for d in _days(result)), _days(result)


def _timex(text: str, word: str) -> Timex:
    start = text.index(word)
    return Timex(start, start + len(word), word, "DATE", "199")


def test_a_decade_before_a_link_word_or_a_mark_stays_a_time():
    for text, word, modifier in (("the '90s tinged band", "'90s", True), ("a 1960s-style diner", "1960s", True),
                                 ("80s hits all night", "80s", True), ("in the 1990s and 2000s", "1990s", False),
                                 ("built in the 1920s, the hall", "1920s", False)):
        assert _era_modifier(text, _timex(text, word)) is modifier, text


def test_a_holiday_beside_its_day_overrules_a_year_read_from_a_loose_tense():
    text = ("| Aug 30 |\nNew students arrive |\n| Sept 6 |\nLabor Day, no classes |\n| Sept 7 |\nClasses begin |\n"
            "| Nov 8 |\nRegistration for Spring 2022 opens online |\n| Nov 24 |\nThanksgiving break begins |\n")
    result = _run(text)
    assert result.reference.value.year == 2021, result.reference.reason
    assert "2021-09-07" in _days(result) and not any(d.startswith("2022") for d in _days(result)), _days(result)
