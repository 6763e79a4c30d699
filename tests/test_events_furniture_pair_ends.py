"""A list of name lines over date lines, each pair set apart by blank lines like every other
line, that a web page closes with a line of its furniture ("Read more", "Don't miss", "You may
also like"): the furniture line is no label of the list, so the run opens with a name and closes
with a date and each date takes the name over it, not the name of the next block. The pages are
my own."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

PUBLISHED = "2027-03-02"


def _titles(text: str) -> dict[date, str]:
    got: dict[date, str] = {}
    for e in page_events(text, PUBLISHED):
        day = e.start.date() if hasattr(e.start, "date") else e.start
        got[day] = e.title
    return got


_BLOCKS = ("Harbour Arts Season Opens In Three Towns\n\n"
           "The season of shows is near and nobody here can wait to see what has been lined up.\n\n"
           "Here is the timetable for the season.\n\n\n"
           "Dunmore Arts Week\n\nMay 4 – 9, 2027\n\n"
           "Kelso Arts Week\n\n12th – 16th May 2027\n\n"
           "Wexby Arts Week\n\nMay 20 – 24, 2027\n\n\n\n\n")


def test_a_closing_sign_off_is_no_label_of_the_last_date():
    got = _titles(_BLOCKS + "Don’t Miss\n")
    assert got[date(2027, 5, 4)] == "Dunmore Arts Week"
    assert got[date(2027, 5, 12)] == "Kelso Arts Week"
    assert got[date(2027, 5, 20)] == "Wexby Arts Week"


def test_a_closing_link_is_no_label_of_the_last_date():
    got = _titles(_BLOCKS + "Read more\n")
    assert got[date(2027, 5, 4)] == "Dunmore Arts Week"
    assert got[date(2027, 5, 20)] == "Wexby Arts Week"


def test_a_heading_over_date_first_pairs_still_reads_date_first():
    text = ("Parish diary\n\nAll are welcome at the following.\n\n"
            "Coming up\n\n14 May 2027\n\nPlant sale\n\n"
            "21 May 2027\n\nQuiz night\n\n28 May 2027\n\nCoffee morning\n")
    got = _titles(text)
    assert got[date(2027, 5, 14)] == "Plant sale"
    assert got[date(2027, 5, 21)] == "Quiz night"
    assert got[date(2027, 5, 28)] == "Coffee morning"
