"""Calendar widgets write an untimed event as its date badge, its title, then "<date> all-day"
(round 29, class H): "Jan\n14\nThu\nBook Club\nJan 14 all-day". The "all-day" marker says when
in the day, as a clock would, so the title line names the day like a timed one."""
# Provenance: round 29 class H (smithers_library_calendar); wording our own.

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str):
    result = process_document(Document(path="p.txt", text=text), Options(today=date(2026, 11, 2)))
    return sorted((str(e.start), e.title) for e in result.events)


def test_badge_title_and_all_day_line_give_the_titled_day():
    text = ("Upcoming events\n\n"
            "Jan\n14\nThu\nBook Club\nJan 14 all-day\n\n"
            "Bring the book you are reading and talk about it with neighbours.\n\n"
            "Jan\n19\nTue\nKnitting Circle\nJan 19 All Day\n\n"
            "Wool and needles are provided.\n")
    found = _events(text)
    assert ("2027-01-14", "Book Club") in found
    assert ("2027-01-19", "Knitting Circle") in found


def test_all_day_line_under_a_plain_title():
    text = "What's on\n\nFamily Film Afternoon\nFeb 6 all-day\n\nA film for all ages in the library hall.\n"
    assert ("2027-02-06", "Family Film Afternoon") in _events(text)
