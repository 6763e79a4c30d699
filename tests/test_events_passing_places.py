"""Which places decide a page's zone, and one
thing told twice.

C5: a place the page names in passing (a speaker's university, where someone grew up or
worked) is not where its events are; it is the weakest hint of a zone, below the page's
other entries. A zone written after a clock told again in brackets ("12:00 (noon) CET") is
still the clock's zone.
"""
# Provenance: Red team round 19, C5 and C8; fixer zn14.

from __future__ import annotations

from datetime import date

from calfeed.model import Document, Event
from calfeed.pipeline import process_document

PUBLISHED = date(2026, 5, 1)


def tagged_events(text: str, published: date = PUBLISHED) -> list[Event]:
    return process_document(Document(path="doc.txt", text=text, published=published)).events


def _zones(text: str) -> dict[str, str | None]:
    return {e.title: e.tz for e in tagged_events(text, published=PUBLISHED) if not e.all_day}


def test_a_university_in_a_speakers_past_does_not_zone_a_listing():
    text = ("Readings at the library\n\n"
            "Monday 11 May, 6 p.m.: Poetry evening at the Branch Library in Tulsa.\n\n"
            "Tuesday 12 May, 7 p.m.: Talk by Jane Roe at the Main Library. Roe lectured on film at the "
            "University of Vermont and has written nine novels.\n\n"
            "Thursday 14 May, 6 p.m.: Book group at the Main Library.\n")
    zones = _zones(text)
    assert set(zones.values()) == {"America/Chicago"}, zones


def test_a_place_after_a_persons_post_is_no_event_place():
    text = ("Author evenings\n\n"
            "Tuesday 12 May, 7 p.m.: A novelist reads from her new book in Denver.\n\n"
            "The reader is a fellow in creative writing at the University of Edinburgh.\n\n"
            "Thursday 14 May, 6 p.m.: Book group meets.\n")
    zones = _zones(text)
    assert set(zones.values()) == {"America/Denver"}, zones


def test_a_place_told_in_passing_still_zones_a_page_with_no_other_hint():
    text = ("Craft mornings for older people\n\n"
            "Friday 8 May, 10.30am - 12.30pm: Weaving with a local artist, €5.\n\n"
            "Her tapestries have been shown in galleries in Cork.\n")
    assert set(_zones(text).values()) == {"Europe/Dublin"}


def test_a_zone_after_a_bracketed_retelling_of_the_clock_is_kept():
    text = "Entries must reach us by Monday, 4 May 2026, 17:00 (5 p.m.) CET.\n"
    (event,) = tagged_events(text, published=PUBLISHED)
    assert (event.start.hour, event.tz) == (17, "Europe/Brussels")


# C8: one thing told twice, and a date's note lines.

def _dated(text: str) -> list[tuple[str, str]]:
    return sorted((str(e.start)[:16], e.title) for e in tagged_events(text))


def test_lines_under_each_date_that_note_on_its_first_line_are_no_entries():
    text = ("Spring term key dates\n"
            "June 2\nFirst day of classes\nApplies to: Day School, Evening School\n"
            "June 9\nLast day to add a course\nAfter this day a course may only be added with the dean's consent.\n"
            "June 30\nMid-term break\nNo classes; the offices stay open.\n")
    assert _dated(text) == [("2026-06-02", "First day of classes"), ("2026-06-09", "Last day to add a course"),
                            ("2026-06-30", "Mid-term break")]


def test_two_items_under_each_date_stay_two_entries():
    text = ("Class outings\n"
            "June 2\nYear 3 trip to the museum\nYear 6 swimming gala\n"
            "June 9\nYear 4 choir concert\nYear 5 river walk\n"
            "June 16\nYear 1 farm visit\nYear 2 picnic\n")
    assert len(_dated(text)) == 6


def test_a_deadline_told_with_and_without_its_clock_is_one_entry():
    text = ("Entries must be received by Friday, 5 June 2026, 17:00 BST.\n\n"
            "Key dates\n\n- 1 May 2026: Submission opens\n- 5 June 2026: Deadline to submit an entry\n")
    deadlines = [e for e in tagged_events(text) if e.kind == "deadline"]
    assert [(str(e.start)[:16], e.tz) for e in deadlines] == [("2026-06-05 17:00", "Europe/London")]


def test_a_deadline_told_in_the_singular_and_the_plural_is_one_entry():
    text = ("Applications are due no later than October 15. "
            "An application received after October 15 will be returned to you.\n")
    deadlines = [e for e in tagged_events(text) if e.kind == "deadline"]
    assert len(deadlines) == 1


def test_a_title_before_a_name_is_no_post_and_keeps_the_place():
    text = ("Spring lectures\n\n"
            "Professor Roe speaks in Denver this spring. Roe grew up in Boston.\n\n"
            "Tuesday 12 May, 7 p.m.: First lecture.\n\n"
            "Thursday 14 May, 6 p.m.: Second lecture.\n")
    assert set(_zones(text).values()) == {"America/Denver"}


def test_a_speakers_post_is_not_the_events_place():
    text = ("Author evenings\n\n"
            "Tuesday 12 May, 7 p.m.: Jane Roe, a lecturer in poetry at the University of Edinburgh, "
            "reads from her new book at the Town Library.\n")
    (event,) = [e for e in tagged_events(text) if not e.all_day]
    assert event.location == "Town Library"
