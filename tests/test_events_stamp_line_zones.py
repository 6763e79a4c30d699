"""A site's posting stamp ("2nd Monday, May 2031 - 09:12 UTC Full article") writes the zone of the
site's servers, not of the place the story is about: the zone of a clock on a short line that also
dates the page's own day is the weakest hint of the page's clocks (stamp_zones), below the places
the page names (in passing too) and its contacts, and used only when nothing else places the page.
Before, the stamp's UTC timed an island council's meeting although the page named the islands
(R81 page 05, class 1). A deadline's line dating another day ("Closing: 30 May 2031 17:00 CET")
is no stamp: its zone still times the page's other clocks. Texts are our own."""

from __future__ import annotations

from events_helpers import page_events

STAMP = "Islanders meet\n\n2nd Monday, May 2031 - 09:12 UTC Full article\n\n"
PUBLISHED = "2031-05-12"


def _zones(text: str, published: str = PUBLISHED) -> dict[str, str | None]:
    return {e.title: e.tz for e in page_events(text, published)}


def test_a_place_named_in_passing_outranks_the_stamps_zone():
    page = STAMP + ("Councillors of the Falkland Islands will hold a public meeting at 18.00 on Thursday 8th May "
                    "at the Town Hall.\n")
    assert _zones(page) == {"Public meeting": "Atlantic/Stanley"}


def test_the_pages_contact_address_outranks_the_stamps_zone():
    page = STAMP + ("The harbour board will hold a public meeting at 18.00 on Thursday 8th May at the Town Hall. "
                    "Questions to board@harbour.gov.fk by 4pm on Tuesday 6th May.\n")
    assert set(_zones(page).values()) == {"Atlantic/Stanley"}


def test_the_stamps_zone_is_still_the_last_hint():
    page = STAMP + "The harbour board will hold a public meeting at 18.00 on Thursday 8th May at the Town Hall.\n"
    assert _zones(page) == {"Public meeting": "UTC"}


def test_a_deadline_line_of_another_day_still_times_the_pages_clocks():
    page = "Call for poems\n\nClosing: 30 May 2031 17:00 CET\n\nThe jury will meet at 10:00 on Thursday 8th May.\n"
    assert set(_zones(page, "2031-05-05").values()) == {"Europe/Brussels"}
