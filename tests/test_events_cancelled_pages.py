"""A page whose heading calls its event off keeps its days out of the feed (R69 class 8, page 12's shape):
"Lantern Walk 2021 (cancelled)" over "Period: Friday, 10 September, 2021 to Sunday, 12 September, 2021" is
a listing left up after the walk was called off. Each such day goes to the report as cancelled. A year in
the heading limits it to that year's days (the next edition may be announced); a "postponed" heading leaves
the new day written in the text alone; a heading that only names cancellations ("Cancelled classes
catch-up") calls nothing off."""

from __future__ import annotations

from events_helpers import page_entries

from calfeed.events.cancelled_pages import heading_off
from calfeed.model import Document

LISTING = ("Lantern Walk 2021 (cancelled)\n"
           "This event has already passed\n"
           "From 10 to 12 September 2021 along the canal in the old town.\n"
           "Period:\n"
           "Friday, 10 September, 2021 to Sunday, 12 September, 2021\n")


def _doc(text: str, title: str | None = None) -> Document:
    return Document(path="page.txt", text=text, title=title)


def test_a_bracketed_cancelled_heading_drops_the_days():
    assert page_entries(LISTING, "2021-08-01") == []


def test_the_same_listing_without_the_mark_gives_the_walk():
    assert page_entries(LISTING.replace(" (cancelled)", ""), "2021-08-01") != []


def test_the_next_edition_in_a_later_year_stays():
    text = LISTING + "The next walk will be held on 9 September 2023.\n"
    assert [start.year for _, _, start in page_entries(text, "2021-08-01")] == [2023]


def test_a_cancelled_state_after_a_dash_or_a_colon():
    assert heading_off(_doc("Harbour Regatta – CANCELLED\nThe regatta was due on 4 May.\n")).cue == "CANCELLED"
    assert heading_off(_doc("Cancelled: Spring Fair\nThe fair was due on 4 May.\n")).cue == "Cancelled"


def test_an_event_noun_then_called_off():
    assert heading_off(_doc("Quiz night called off\nThe quiz was due on 4 May.\n")) is not None


def test_postponed_and_names_call_nothing_off():
    assert heading_off(_doc("Spring Fair (postponed)\nThe fair will now be held on 18 May.\n")) is None
    assert heading_off(_doc("Cancelled classes catch-up day\nThe catch-up is on 4 May.\n")) is None


def test_the_year_of_the_heading():
    assert heading_off(_doc(LISTING)).year == 2021


def test_a_page_opening_with_prose_is_no_heading_mark():
    assert heading_off(_doc("The cancelled walk will be held again on Saturday, May 15 by the canal.\n")) is None
    assert heading_off(_doc("Match cancelled due to rain, replay on 4 May\n")) is None
