"""A heading or label line naming one year gives it to the year-less dates of its list (section_years.py).

The corpus holds the label-line cases; these are the Markdown headings and tables it cannot write.
"""

from __future__ import annotations

from datetime import date

from calfeed.timex import tag

PUBLISHED = date(2026, 11, 3)


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, PUBLISHED)}


def test_a_holiday_list_under_its_year() -> None:
    found = _values("The public holidays for 2027 are:\n\nNew Year's Day: Friday, 1 January\n"
                    "June Bank Holiday: first Monday in June (7 June)\nAugust Bank Holiday: 2 August\n"
                    "Christmas Day: Saturday, 25 December\n")
    assert [found[k] for k in ("Friday, 1 January", "first Monday in June", "7 June", "2 August",
                               "Saturday, 25 December")] == ["2027-01-01", "2027-06-07", "2027-06-07",
                                                             "2027-08-02", "2027-12-25"]


def test_a_markdown_heading_names_the_year_of_its_list() -> None:
    found = _values("# Fixtures 2026\n\n- Saturday 5 December: home v Leeds\n- 12 January: away\n")
    assert (found["Saturday 5 December"], found["12 January"]) == ("2026-12-05", "2026-01-12")
    found = _values("## Key dates for 2027\n\n- 10 March: applications open\n- 4 June: deadline\n")
    assert found["4 June"] == "2027-06-04"


def test_prose_after_a_blank_line_leaves_the_section() -> None:
    found = _values("## Key dates for 2027\n\n- 10 March: open\n\nOther news: we met on 5 December.\n")
    assert found["5 December"] != "2027-12-05"
    found = _values("# Fixtures 2027\n\nThe club played on 4 June.\n")
    assert found["4 June"] == "2026-06-04"


def test_the_next_heading_ends_the_section() -> None:
    found = _values("## Key dates for 2027\n\n- 10 March: open\n\n## Past events\n\n- 4 June: fair\n")
    assert found["4 June"] == "2026-06-04"


def test_a_table_under_a_year_span() -> None:
    found = _values("Season 2026/27:\n| 12 September | Home |\n| 14 February | Away |\n| 20 May | Home |\n")
    assert [found[k] for k in ("12 September", "14 February", "20 May")] == ["2026-09-12", "2027-02-14",
                                                                            "2027-05-20"]


def test_an_academic_year_runs_autumn_into_spring() -> None:
    found = _values("## Academic year 2026-27\n\n- Term starts: 5 October\n- Exams: 10 January\n"
                    "- Graduation: 4 June\n")
    assert [found[k] for k in ("5 October", "10 January", "4 June")] == ["2026-10-05", "2027-01-10", "2027-06-04"]


def test_a_span_section_opening_in_winter_pivots_at_august() -> None:
    found = _values("Season 2026-27:\n- 10 January: restart\n- 12 September: opening day\n")
    assert (found["10 January"], found["12 September"]) == ("2027-01-10", "2026-09-12")


def test_a_list_item_ending_with_a_colon_is_no_heading() -> None:
    found = _values("Key dates for 2027:\n- Opening events:\n- 4 June: fair\n")
    assert found["4 June"] == "2027-06-04"


def test_a_year_in_a_sentence_without_line_structure_changes_nothing() -> None:
    found = _values("Programme 2027: it was launched on 4 June.")
    assert found["4 June"] == "2026-06-04"


def test_a_row_s_weekday_that_breaks_the_calendar_s_order_does_not_move_its_year() -> None:
    # 9 April 2027 is a Friday, the 10th a Saturday; the rows above bear out 2027 with their own
    # weekdays, so "Fri 10th April" is a slip, not April 2026
    found = _values("Teaching Calendar 2026-2027\n\nTerm two 11th Jan - 9th April\nMid-term break from Mon 15th Feb\n"
                    "Open day Sat 6th March\nTerm two teaching ends\nFri 10th April\nExam weeks 12th - 23rd April\n")
    assert found["Fri 10th April"] == "2027-04-10"
    assert found["12th - 23rd April"] == "2027-04-12"


def test_a_row_s_weekday_still_picks_the_span_s_year_when_the_order_allows() -> None:
    # the first row's month is a winter one: the rows pivot at August; "Mon 28th Sept" is 2026's Monday
    found = _values("Season 2026/2027:\n- Sat 9th January: restart\n- Sat 13th March: cup final\n"
                    "- Mon 28th Sept: new season\n")
    assert found["Mon 28th Sept"] == "2026-09-28"
