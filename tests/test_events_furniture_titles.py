"""Page furniture is never an entry's title: navigation, counters, stamps, follow links, image
file names, footnotes and datelines are re-titled by the entry's heading or give no entry, and a
listing's label before the name is cut off."""
# Provenance: session 25, class "entry titles" (rounds 27/30/31/32 samples; dev_ti25 pages).

from __future__ import annotations

from datetime import date

import pytest

from calfeed.events.furniture_titles import furniture_title, without_lead_label
from events_helpers import tagged_events

DAY = date(2026, 3, 2)


def _titles(text: str, **fields) -> list[str]:
    return [e.title for e in sorted(tagged_events(text, **fields), key=lambda e: str(e.start))]


@pytest.mark.parametrize("title", [
    "« All Events", "This event has passed.", "About Us", "Event Category:", "Add to calendar",
    "Last modified: 04-Feb-2026 09:12", "Approved by: Parish Clerk", "Posted by webmaster",
    "1,208 Views", "12 Comments", "Borough News on Facebook", "Follow us on Instagram",
    "Spring_Fair_poster_2026.JPG", "IMG_0042.jpeg",
])
def test_lines_of_a_pages_furniture_are_furniture(title):
    assert furniture_title(title, "", 0)


@pytest.mark.parametrize("title", [
    "Annual General Meeting", "Spring Fair", "Views of the Valley exhibition", "Comments close",
    "Lunch on Facebook Live Q&A", "AGM", "Print and Paint workshop", "12 Days of Christmas concert",
])
def test_names_are_not_furniture(title):
    assert not furniture_title(title, "", 0)


def test_a_dateline_in_capitals_is_furniture_an_acronym_is_not():
    text = "LISBON - The harbour festival will open on 4 June with a parade.\nAGM - 5 June\n"
    assert furniture_title("LISBON", text, text.index("4 June"))
    assert not furniture_title("AGM", text, text.index("5 June"))


def test_a_footnote_line_is_furniture_emphasis_is_not():
    text = "Setup* | 3 May | 07:00-20:00 |\n*Stands over 40 sqm only. Book a slot with the hauliers.\n*Open Day*\n"
    assert furniture_title("Stands over 40 sqm only", text, 0)
    assert not furniture_title("Open Day", text, 0)


def test_a_footnote_that_gives_its_own_day_names_its_item():
    text = ("Board Meeting**\n\n*Open Forum – held once a year between 2nd March and 30th May.\n")
    assert not furniture_title("Open Forum", text, text.index("2nd March"))
    assert furniture_title("Open Forum", text, 0)


def test_a_starred_line_no_row_above_points_to_is_a_bullet_not_a_footnote():
    text = "Club news\n\n*Chess evenings now weekly, every Wednesday from 7pm in the library.\n"
    assert not furniture_title("Chess evenings now weekly", text, text.index("Wednesday"))


@pytest.mark.parametrize("title, kept", [
    ("Event: Harvest Supper & Quiz", "Harvest Supper & Quiz"),
    ("Theme: Pottery for Beginners (Part 1)", "Pottery for Beginners (Part 1)"),
    ("Title: Gardening without Peat", "Gardening without Peat"),
    ("Venue: Town Hall", "Venue: Town Hall"),
    ("Event:", "Event:"),
    ("Quiz Night", "Quiz Night"),
])
def test_a_listings_label_is_cut_off_the_name(title, kept):
    assert without_lead_label(title) == kept


@pytest.mark.parametrize("line", [
    "LEICESTER - As every year, four Diwali prayers will be held at the Riverside Temple on the holy day of Diwali on November 8.",
    "LEICESTER - Like other years, a total of four prayer gatherings (pujas) will be held at the Riverside Temple in the city on the day of Diwali on 8 November.",
])
def test_a_dateline_entry_takes_the_headline_above(line):
    text = "Four Diwali prayers to be held at Riverside Temple\n\n" + line + "\n"
    assert _titles(text, published=date(2026, 10, 2)) == ["Four Diwali prayers to be held at Riverside Temple"]


def test_an_event_page_is_named_by_the_line_after_its_back_link():
    text = ("« All Events\n\nThis event has passed.\n\nWillow Weaving for Families\n\n"
            "Saturday 21 March 2026 @ 10:00 am - 12:00 pm\n\n"
            "Bring gloves and a packed lunch.\n")
    titles = _titles(text, published=DAY)
    assert titles and all(t == "Willow Weaving for Families" for t in titles)


def test_a_stamp_under_the_last_day_of_a_list_is_no_item():
    text = ("The committee meets at the library at 7:30 p.m.\n\n2026 Committee Meeting Schedule\n\n"
            "9 April 2026\n\n14 May 2026\n\n11 June 2026\n\nLast modified: 20-Feb-2026 10:02\n")
    titles = _titles(text, published=DAY)
    assert len(titles) == 3 and not any("modified" in t.lower() for t in titles)


def test_a_listings_event_label_is_cut_from_the_title():
    text = ("Spring 2026 at the Parish Hall\n"
            "- Event: Harvest Supper & Quiz\n"
            "- Date & Time: Friday, April 17th, 7:00 PM – 10:00 PM\n"
            "- Location: Parish Hall\n")
    assert _titles(text, published=DAY) == ["Harvest Supper & Quiz"]


def test_a_heading_over_a_date_line_with_a_blurb_names_the_item():
    text = ("Garden Events 2026\n\n"
            "Community Seedling Sale\n\n"
            "APRIL 18th, 10am–1pm Bring along your spare cuttings and seedlings for other growers. "
            "Tea and cake will be served in the shed.\n")
    assert _titles(text, published=date(2026, 2, 2)) == ["Community Seedling Sale"]


def test_a_date_lines_own_single_name_stays():
    text = ("Garden Events 2026\n\n"
            "Community Seedling Sale\n\n"
            "APRIL 18th, 10am–1pm Seed Library Open Morning\n")
    assert _titles(text, published=date(2026, 2, 2)) != ["Community Seedling Sale"]


def test_an_approval_stamp_under_the_last_day_is_no_label():
    text = ("Office Closure Period\n"
            "Mon 14 Dec 2026 – Fri 8 Jan 2027\n"
            "Approved by:\n"
            "Jane Hollis\n"
            "Head of Operations\n")
    assert "Approved" not in _titles(text, published=date(2026, 11, 2))
