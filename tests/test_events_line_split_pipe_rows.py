"""ev31a (rt44 class 1): a registrar's calendar saved from a web page writes its table one cell a line,
the pipes between ("|" / "Sep 14" / "|" / "Monday |" / "Registration deadline for fall courses. |"),
under month headings. Each row is an entry on its day cell's day, named by its words; a month or a
season inside those words ("for May degrees", "Spring term exam period") is part of the name, no
month-long entry of its own, and the weekday cell restates the day, no entry of its own."""

from datetime import date

from events_helpers import tagged_events

CALENDAR = ("Academic calendar\n"
            "September 2027\n"
            "|\n"
            "Sep 14\n"
            "|\n"
            "Tuesday |\n"
            "Last day to register thesis committee for May degrees. $50 late fee after this date. |\n"
            "|\n"
            "Sep 20\n"
            "|\n"
            "Monday |\n"
            "Fall term classes begin. |\n"
            "October 2027\n"
            "|\n"
            "Oct 11\n"
            "|\n"
            "Monday |\n"
            "Spring term exam period sign-up closes. |\n"
            "|\n"
            "Oct 25\n"
            "|\n"
            "Monday |\n"
            "Dissertation due for December doctoral degrees. |\n")


def _entries() -> list[tuple[str, date, str, str]]:
    return [(e.title, e.start, e.kind, e.precision) for e in tagged_events(CALENDAR, published=date(2027, 8, 20))]


def test_each_row_is_an_entry_on_its_day_named_by_its_words():
    found = [(t, s) for t, s, _, _ in _entries()]
    assert [s for _, s in found] == [date(2027, 9, 14), date(2027, 9, 20), date(2027, 10, 11), date(2027, 10, 25)]
    assert found[0][0].startswith("Last day to register thesis committee for May degrees")
    assert found[1][0].startswith("Fall term classes begin")
    assert found[3][0].startswith("Dissertation due for December doctoral degrees")


def test_months_and_seasons_inside_a_rows_words_give_no_entries():
    assert all(precision == "exact" for _, _, _, precision in _entries())
    assert not any(s.month in (5, 12) for _, s, _, _ in _entries())


def test_a_due_row_is_a_deadline():
    kinds = {s: k for _, s, k, _ in _entries()}
    assert kinds[date(2027, 9, 14)] == "deadline"
    assert kinds[date(2027, 10, 25)] == "deadline"
