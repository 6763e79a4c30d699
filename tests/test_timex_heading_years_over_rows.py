"""Years and months that headings give to the rows under them (section_years.py,
row_evidence.py)."""
# Provenance: Round 12 (sy).

from __future__ import annotations

from datetime import date

from calfeed.timex import tag

PUBLISHED = date(2023, 3, 21)


def _values(text: str, published: date = PUBLISHED) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, published)}


SHIP = ("| Fall Semester 2024  | \n"
        "| New faculty orientation | Mon-Tue | Aug 19-20 | \n"
        "| Regular class schedule begins | Mon | Aug 26 | \n"
        "| Labor Day, University closed* | Mon | Sep 2 | \n"
        "| Last day of classes | Fri | Dec 6 | \n"
        "| Winter Term 2024 | \n"
        "| Session opens | Mon | Dec 16 | \n"
        "| Session ends | Fri | Jan 17 | \n"
        "| Spring Semester 2025  | \n"
        "| Final exams | Mon - Fri | May 5-9 | \n")


def test_a_table_row_heading_dates_the_rows_under_it_in_one_year() -> None:
    for published in (PUBLISHED, date(2026, 11, 30)):
        found = _values(SHIP, published)
        assert [found[k] for k in ("Aug 19-20", "Aug 26", "Sep 2", "Dec 6", "May 5-9")] == [
            "2024-08-19", "2024-08-26", "2024-09-02", "2024-12-06", "2025-05-05"]


def test_a_winter_term_runs_from_december_into_january() -> None:
    found = _values(SHIP)
    assert (found["Dec 16"], found["Jan 17"]) == ("2024-12-16", "2025-01-17")


def test_a_season_word_before_the_year_moves_the_spring_rows_of_a_fall_heading() -> None:
    found = _values("| Fall Semester 2024 |\n| Classes begin | Aug 26 |\n| Grades due | Jan 3 |\n")
    assert (found["Aug 26"], found["Jan 3"]) == ("2024-08-26", "2025-01-03")


def test_run_in_headings_over_label_and_value_lines() -> None:
    found = _values("Skip to main content\nFall 2024 - Spring 2025\n12-Week Term Calendar 2024-25\nFall\n"
                    "First Day of Classes\nAugust 26th (Monday)\nWinter Break\nJanuary 1st (Wednesday)\n"
                    "Summer\nLast Day of Classes\nAugust 22nd (Friday)\n", date(2026, 11, 30))
    assert [found[k] for k in ("August 26th", "January 1st", "August 22nd")] == [
        "2024-08-26", "2025-01-01", "2025-08-22"]


def test_a_season_to_season_line_is_a_span_heading() -> None:
    found = _values("Fall 2024 - Spring 2025\nClasses begin: September 3\nSpring break: March 10\n",
                    date(2026, 11, 30))
    assert (found["September 3"], found["March 10"]) == ("2024-09-03", "2025-03-10")


def test_a_run_in_season_heading_over_rows_its_dates_close() -> None:
    found = _values("Fall 2024 Full Semester\nAll dates are Eastern Time.\n"
                    "First Day of Classes Wednesday, August 28\nLast Day of Classes Tuesday, December 10\n"
                    "Study Day Tuesday, December 11\n", date(2019, 7, 16))
    assert [found[k] for k in ("Wednesday, August 28", "Tuesday, December 10", "Tuesday, December 11")] == [
        "2024-08-28", "2024-12-10", "2024-12-11"]


def test_rows_whose_holidays_deny_the_heading_year_keep_their_own() -> None:
    text = ("Fall 2024 Dates\n| Session | 15-week |\n|---|---|\n| Classes begin | August 25 |\n"
            "| Labor Day - no classes | September 1 |\n| Election Day - no classes | November 4 |\n")
    found = _values(text, date(2025, 7, 1))
    assert (found["September 1"], found["November 4"]) == ("2025-09-01", "2025-11-04")


def test_a_lower_case_line_below_makes_no_run_in_heading() -> None:
    found = _values("We meet again in\nFall 2024 - Spring 2025\nand after that: March 10\n", date(2026, 11, 30))
    assert found["March 10"] != "2025-03-10"


WHEATON = ("Fall 2024\n\nDate Day of the Week Event\nAugust\n"
           "14-27 Wed.-Tues. New undergraduate students arrive\n21-23 Wed.-Fri. Graduate orientation\n"
           "27 Tuesday First-Year student advising\n28 Wednesday Classes begin\nNovember\n"
           "Oct 28-Nov 8 Mon.-Fri. Advising for spring semester begins\n"
           "11-22 Mon.-Fri. Advance registration\n\nSpring/Summer 2025\n\nDate Day of the Week Event\nJanuary\n"
           "10-12 Fri.-Sun. Orientation\n10 Fri. Orientation for graduate students\n13 Monday Classes begin\n"
           "April\n18 Friday Good Friday\nMay\n2 Friday Last day of spring classes\n")


def test_day_rows_with_a_weekday_column_under_a_month_heading() -> None:
    found = {(t.start, t.text): t for t in tag(WHEATON, PUBLISHED)}
    days = [(t.text, t.value, t.end_interval.start.date().isoformat() if t.end_interval else None)
            for _, t in sorted(found.items()) if t.rule == "heading_day"]
    assert days == [("14-27", "2024-08-14", "2024-08-27"), ("21-23", "2024-08-21", "2024-08-23"),
                    ("27", "2024-08-27", None), ("28", "2024-08-28", None),
                    ("11-22", "2024-11-11", "2024-11-22"),
                    ("10-12", "2025-01-10", "2025-01-12"), ("10", "2025-01-10", None), ("13", "2025-01-13", None),
                    ("18", "2025-04-18", None), ("2", "2025-05-02", None)]


def test_a_day_number_followed_by_prose_is_no_day_row() -> None:
    found = _values("August\n14 people came to the first meeting\n")
    assert "14" not in found
