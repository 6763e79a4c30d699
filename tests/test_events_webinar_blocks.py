"""A webinar listing's block - a long title-case title line, its date and clock
line, a link line ("Join Zoom Meeting", "Register here") - is one entry named by its title
line, however long the title. A long line that is not in title case stays a
paragraph."""
# Provenance: Round 15 (db); red team 15 C4b.

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

LEAD = ("The council will hold public webinars on its new transport strategy, so residents can hear how "
        "it was drafted and ask questions while the consultation is open.\n\n"
        "The strategy replaces the plan the council adopted ten years ago.\n\n"
        "Residents can join any of the sessions below:\n\n")
LONG = ("Online Information Session on Delivering Safer Streets and Cleaner Air Through the Council’s "
        "Transport Strategy #{n}")


def _entries(text: str) -> set[tuple[str, str]]:
    return {(e.title, str(e.start)[:16]) for e in tagged_events(text, published=date(2031, 1, 5))}


def test_a_long_title_case_line_names_the_date_line_under_it_with_a_link_line_below() -> None:
    text = (LEAD + LONG.format(n=1) + "\n\nFeb 3, 2031, 6:30 p.m. ET\n\nJoin Zoom Meeting #1\n\n"
            + LONG.format(n=2) + "\n\nFeb 17, 2031, 12:00 p.m. ET\n\nRegister here\n")
    got = _entries(text)
    assert (LONG.format(n=1), "2031-02-03 18:30") in got
    assert (LONG.format(n=2), "2031-02-17 12:00") in got


def test_a_long_title_case_line_right_over_its_date_line() -> None:
    text = LEAD + LONG.format(n=1) + "\nFeb 3, 2031, 6:30 p.m. ET\nJoin Zoom Meeting\n"
    assert (LONG.format(n=1), "2031-02-03 18:30") in _entries(text)


def test_a_long_title_case_line_as_the_first_line() -> None:
    text = ("Community Workshop on Planning for Flood Resilience Along the Lower River Valley and Its "
            "Tributaries\n\nMarch 9, 2031, 10:00 a.m.\n\nSign up here\n")
    got = _entries(text)
    assert any(t.startswith("Community Workshop on Planning for Flood Resilience") and s == "2031-03-09 10:00"
               for t, s in got)


def test_a_long_plain_line_over_a_date_line_is_no_title() -> None:
    text = (LEAD + "the sessions will cover how the strategy was drafted and what residents told us in the "
            "survey last autumn\n\nFeb 3, 2031, 6:30 p.m. ET\n")
    assert not any(t.startswith("The sessions will cover") or t.startswith("the sessions") for t, _ in _entries(text))
