"""Lists that write each entry as a date line and a label line pair them the
way the run's ends say: a clock line under a date belongs to that date and
does not name the next label; a date line with its clock ("Wed 9th July (6pm)") heads the
label under it like a plain day; a date row led by a few words ("Wk beg 14th July") is a row
of its own, not an item of the day above. A named day under its date ("World Environment Day" under
"Thu 5th June") is that day's item, beside the next item on the same day (C7), and a
sentence under an item's label describes it, no second deadline (C9)."""
# Provenance: Round 17 (al); red team 17 C1.

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import process_document


def _entries(text: str, published: date | None = None) -> set[tuple[str, str]]:
    result = process_document(Document(path="doc.txt", text=text, published=published))
    return {(e.title, str(e.start)[:16]) for e in result.events}


def test_a_clock_line_under_a_date_does_not_name_the_next_label() -> None:
    text = ("Grant round timetable\n\n"
            "Expressions of interest due\n\n"
            "March 3, 2031\n5:00 PM AEDT\n\n"
            "Full applications due\n\n"
            "April 14, 2031\n5:00 PM AEST\n\n"
            "Panel recommendations sent\n\n"
            "May 30, 2031\n5:00 PM AEST\n")
    got = _entries(text)
    titles = {day: title for title, day in got}
    assert titles.get("2031-03-03 17:00") == "Expressions of interest due"
    assert titles.get("2031-04-14 17:00") == "Full applications due"
    assert titles.get("2031-05-30 17:00") == "Panel recommendations sent"


def test_a_clock_line_under_a_day_heading_still_names_a_slot() -> None:
    text = ("Saturday 8 March 2031\n10:00\nGuided walk by the canal\n11:30\nPicnic lunch\n"
            "Sunday 9 March 2031\n09:30\nBird count\n")
    got = _entries(text)
    assert ("Guided walk by the canal", "2031-03-08 10:00") in got
    assert ("Picnic lunch", "2031-03-08 11:30") in got
    assert ("Bird count", "2031-03-09 09:30") in got


def test_a_short_date_first_page_with_timed_day_lines() -> None:
    text = ("Autumn Term\n"
            "Mon 8th September\nHarvest assembly\n"
            "Thurs 11th September (3.30pm)\nParents' forum\n"
            "Tues 16th September (6pm)\nFinance Committee\n"
            "Fri 19th September\nOpen morning\n")
    got = _entries(text, published=date(2025, 7, 1))
    assert ("Parents' forum", "2025-09-11 15:30") in got
    assert ("Finance Committee", "2025-09-16 18:00") in got
    assert not any(title == "Autumn Term" for title, _ in got)
    assert not any(title == "Harvest assembly" and day != "2025-09-08" for title, day in got)


def test_a_date_row_with_a_lead_takes_the_label_below_it() -> None:
    text = ("Summer dates\n"
            "Wed 2nd July\nClass photographs\n"
            "Fri 4th July\nSchool fete\n"
            "Mon 7th July and following week\nReading reports sent home\n"
            "Wk beg 14th July\nSwimming week\n"
            "Thurs 17th July\nLeavers' concert\n")
    got = _entries(text, published=date(2025, 5, 1))
    assert ("Reading reports sent home", "2025-07-07") in got
    assert ("Leavers' concert", "2025-07-17") in got
    assert ("School fete", "2025-07-07") not in got
    assert ("Swimming week", "2025-07-17") not in got


def test_a_named_day_under_its_date_is_an_item_beside_the_next_one() -> None:
    text = ("Diary\n"
            "Thu 5th June\nWorld Environment Day\n"
            "Thu 5th June\nGovernors' walk round\n"
            "Fri 27th June\nSports Day\n")
    got = _entries(text, published=date(2025, 5, 1))
    assert ("World Environment Day", "2025-06-05") in got
    assert ("Governors' walk round", "2025-06-05") in got


def test_a_sentence_under_a_dated_label_is_its_description() -> None:
    text = ("Timeline\n"
            "12 May 2031\nDraft plan published\n"
            "30 June 2031\nComment period close\n"
            "The comment period is closed - all comments will be summarised for the board.\n"
            "August 2031\nBoard decision\n")
    got = _entries(text, published=date(2031, 4, 1))
    on_the_day = [title for title, day in got if day == "2031-06-30"]
    assert on_the_day == ["Comment period close"]
