"""A programme of "Date:" blocks, each holding its own items ("Event A: ..." / "Time: ..." /
"Event B: ..." / "Time: ..."), titles every timed item by its own "Event"/"Activity" line: a
lettered item label ("Event B") is a numbered one, and a "Date:" line whose own items follow
it is named by them, not by the item above it (the day before's last item). Such a "Date:" line
heads its items' clocks: it is no all-day entry beside them."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import process_document


def _entries(text: str) -> list[tuple[str, str]]:
    events = process_document(Document(path="doc.txt", text=text, published=date(2026, 2, 20))).events
    return sorted((e.start.isoformat()[:16], e.title) for e in events)


def test_lettered_events_under_each_date_are_titled_by_their_own_lines():
    text = ("The programme for Founders' Week is set out below.\n"
            "Programme\n"
            "- Date: Wednesday, 4 March 2026\n"
            "Event: Opening Ceremony and Flag Hoisting by the Registrar Time: 9.00 a.m.\n"
            "Venue: Main Hall, North Campus\n"
            "- Date: Thursday, 5 March 2026\n"
            "Event A: Tree Planting Exercise\n"
            "Time: 8.00 a.m. Venue: Staff School grounds\n"
            "Event B: Inter-Faculty Debate\n"
            "Time: 2.00 p.m. Venue: Main Hall, North Campus\n"
            "- Date: Friday, 6 March 2026\n"
            "Event A: Founders' Lecture\n"
            "Time: 11.00 a.m. – 1.00 p.m. Venue: Main Hall, North Campus\n"
            "Event B: Staff and Alumni Dinner\n"
            "Time: 7.00 p.m. Venue: Senior Staff Club\n")
    assert _entries(text) == [("2026-03-04T09:00", "Opening Ceremony"),
                              ("2026-03-05T08:00", "Tree Planting Exercise"),
                              ("2026-03-05T14:00", "Inter-Faculty Debate"),
                              ("2026-03-06T11:00", "Founders' Lecture"),
                              ("2026-03-06T19:00", "Staff and Alumni Dinner")]


def test_a_date_line_over_its_activities_is_named_by_them_and_gives_no_entry_of_its_own():
    text = ("Schedule of activities\n\n"
            "Date: Monday, 9 March 2026\n"
            "Activity: Official opening by the Governor\n"
            "Time: 10:30am\n"
            "Activity: Exhibition walk-through\n"
            "Time: 2:00pm\n\n"
            "Date: Tuesday, 10 March 2026\n"
            "Activity: Field visits to health centres\n"
            "Time: 9:00am\n"
            "Activity: Closing dinner\n"
            "Time: 7:00pm\n")
    assert _entries(text) == [("2026-03-09T10:30", "Official opening by the Governor"),
                              ("2026-03-09T14:00", "Exhibition walk-through"),
                              ("2026-03-10T09:00", "Field visits to health centres"),
                              ("2026-03-10T19:00", "Closing dinner")]


def test_what_first_blocks_keep_the_name_above_their_date():
    text = ("Coastcare weekend\n\n"
            "What: Beach clean-up\n"
            "When: Saturday 7 March 2026, 9am\n"
            "Where: North Beach car park\n\n"
            "What: Dune planting\n"
            "When: Sunday 8 March 2026, 10am\n"
            "Where: South Dunes reserve\n")
    assert _entries(text) == [("2026-03-07T09:00", "Beach clean-up"), ("2026-03-08T10:00", "Dune planting")]
