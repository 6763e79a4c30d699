"""Series beside other meetings, separate sentence items and venues after a post, in our own
wording. A recurring
series stands beside unrelated dated meetings and beside a list of extra sessions off its day;
a day's separate sentence items stay separate; an event's own venue after a post stays."""
# Provenance: Session 14 review items 2, 3, 6 and 7 (events).

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2026, 11, 30)


def _run(text: str, **fields):
    return process_document(Document("page.md", text, **fields), Options(today=BUILD_DAY))


def _series(result) -> list[str]:
    return [f"{e.title} {e.rrule}" for e in result.events if e.rrule]


def test_a_hedged_series_stands_beside_other_bodies_dated_meetings():
    text = ("Community Groups\n\n"
            "The Orchard Society usually meets on the second Thursday of each month at 7 p.m. in the Grange Hall.\n\n"
            "Upcoming public meetings:\n\n"
            "The Harbour Commission will meet on Tuesday, March 9, 2032 at 6 p.m. in the Town Office.\n\n"
            "The Sewer Board will meet on Wednesday, March 17, 2032 at 5 p.m. in the Town Office.\n\n"
            "The Trails Committee will meet on Monday, March 22, 2032 at 7 p.m. in the Town Office.\n")
    result = _run(text, published=date(2032, 3, 1))
    assert any("Orchard" in s and "MONTHLY" in s for s in _series(result)), [(e.title, str(e.start), e.rrule) for e in result.events]


def test_a_weekly_series_stands_over_a_list_of_special_sessions_off_its_day():
    text = ("Knights Chess Circle\n\n"
            "The Knights Chess Circle meets every Wednesday at 7:30 p.m. in the Parish Room.\n\n"
            "Extra sessions this autumn:\n\n"
            "- Saturday, September 18, 2032\n"
            "- Friday, October 8, 2032\n"
            "- Sunday, November 14, 2032\n")
    result = _run(text, published=date(2032, 8, 1))
    assert any("WEEKLY" in s for s in _series(result)), [(e.title, str(e.start), e.rrule) for e in result.events]


def test_two_sentence_items_under_each_date_stay_two_entries():
    text = ("Class outings\n"
            "March 4\nYear 3 trip to the museum.\nYear 6 swimming gala in the pool.\n"
            "March 11\nYear 4 choir concert in the hall.\nYear 5 river walk.\n"
            "March 18\nYear 1 farm visit.\nYear 2 picnic on the field.\n")
    titles = [e.title for e in _run(text, published=date(2032, 2, 1)).events]
    assert len(titles) == 6, titles


def test_a_venue_after_a_post_that_is_no_apposition_is_the_events_place():
    text = ("Film club\n\n"
            "Join us for a screening and a discussion with the curator at the Riverside Arts Centre "
            "on Saturday, April 17, 2032 at 7 p.m.\n")
    events = [e for e in _run(text, published=date(2032, 3, 1)).events if not e.all_day]
    assert [e.location for e in events] == ["Riverside Arts Centre"], [(e.title, e.location) for e in events]


def test_a_place_after_a_post_in_apposition_stays_no_events_place():
    text = ("Readings\n\n"
            "Saturday 17 April 2032, 7 p.m.: Anna Berg, a lecturer in drama at the University of Leeds, "
            "reads from her new book.\n")
    events = [e for e in _run(text, published=date(2032, 3, 1)).events if not e.all_day]
    assert events and all(e.location != "University of Leeds" for e in events), [(e.title, e.location) for e in events]
