"""A clock time no zone reaches takes the one zone the document's other entries share; with
entries in two zones, or none zoned, it stays floating (and the report lists it)."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title as framed

# The heading names a town and no state, and no street: a state written there ("Springfield, IL")
# or a street address ("100 Main Street, Milwaukee") is a contact detail that zones every time
# of the notice on its own.
NOTICE = ("City Council Regular Meeting\nMonday, March 8, 2027 - 7:00 PM\n"
          "Council Chambers, City Hall, Milwaukee\n\n"
          "The budget workshop is scheduled for March 15 at 6 p.m.\n")


def test_an_unplaced_time_takes_the_zone_of_the_document_s_placed_entry():
    found = framed(NOTICE, published=date(2027, 2, 1))
    assert found["City Council Regular Meeting"].tz == "America/Chicago"
    workshop = found["Budget workshop"]
    assert workshop.tz == "America/Chicago"
    assert any("as the document's other entries have it" in note for note in workshop.notes)
    assert not any("floating" in note for note in workshop.notes)


def test_entries_in_two_zones_leave_an_unplaced_time_floating():
    text = ("A reception will be held in Tokyo on 3 June 2027 at 18:00.\n\n"
            "A dinner will be held in Paris on 10 June 2027 at 19:00.\n\n"
            "The budget workshop is scheduled for 15 June 2027 at 6 p.m.\n")
    found = framed(text, published=date(2027, 2, 1))
    assert (found["Reception"].tz, found["Dinner"].tz) == ("Asia/Tokyo", "Europe/Paris")
    assert found["Budget workshop"].tz is None


def test_with_no_zoned_entry_a_time_stays_floating():
    found = framed("The budget workshop is scheduled for 15 June 2027 at 6 p.m.\n", published=date(2027, 2, 1))
    assert found["Budget workshop"].tz is None
