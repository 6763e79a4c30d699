"""A speaker's affiliation does not place a page: the title and institution told after a
person's name ("Dr X, Professor of Y, The University of Z at <town>"), or anything after the
name on a line labelled with the person's part ("Guest speaker:", "Moderator:"), says where
the person works, not where the event is. The page's own venue, host, contacts or dateline
place it; the affiliation stays the weakest hint, for a page that has no other."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document, Event
from calfeed.pipeline import process_document

PUBLISHED = date(2026, 1, 20)


def _zones(text: str) -> list[str | None]:
    events: list[Event] = process_document(Document(path="doc.txt", text=text, published=PUBLISHED)).events
    return sorted({e.tz or "" for e in events if not e.all_day})


def test_a_guest_speakers_university_abroad_does_not_place_a_ghanaian_lecture():
    text = ("Annual Founders' Lecture\n"
            "- Date: Thursday, 12 March 2026\n"
            "Event: Founders' Lecture\n"
            "Guest Speaker: Prof. Efua Mensah, Professor of Economics, The University of Wisconsin At Madison\n"
            "Time: 4.00 p.m. Venue: Great Hall, Legon Campus\n"
            "Enquiries: lectures@ug.edu.gh\n")
    assert _zones(text) == ["Africa/Accra"]


def test_an_institution_after_a_post_in_prose_does_not_place_a_kenyan_seminar():
    text = ("Public seminar on land rights\n\n"
            "The Faculty of Law invites staff and students to a public seminar at 2.30pm on Friday 6 February 2026. "
            "It will be led by Dr. Otieno Wafula, Senior Research Fellow, Institute of Development Studies in Brighton.\n\n"
            "Call +254 20 491 0000 to book a seat.\n")
    assert _zones(text) == ["Africa/Nairobi"]


def test_a_department_between_the_post_and_the_town_is_still_the_affiliation():
    text = ("Chemistry colloquium\n"
            "Wednesday 4 February 2026, 11:00 a.m., Seminar Room 2\n"
            "Keynote: Dr Meera Pillai, Associate Professor, Department of Chemistry, University of California at Berkeley\n"
            "All welcome. Contact: chem-office@iitm.ac.in\n")
    assert _zones(text) == ["Asia/Kolkata"]


def test_anything_after_the_name_on_a_moderators_line_is_the_persons():
    text = ("Media literacy forum\n"
            "Saturday, 7 February 2026 at 10:00 AM\n"
            "Moderator: Ms. Grace Tan, a journalist based in Singapore\n"
            "Registration: +63 2 8888 1234\n")
    assert _zones(text) == ["Asia/Manila"]


def test_the_hosts_own_university_still_places_the_page():
    text = ("Evening recital\n"
            "Hosted by the School of Music at the University of Otago in Dunedin.\n"
            "Tuesday 10 February 2026, 7.30pm\n"
            "Soloist: Anna Webb, Lecturer in Piano\n")
    assert _zones(text) == ["Pacific/Auckland"]


def test_a_speaker_line_that_says_where_the_talk_is_still_places_it():
    text = ("Town history talk\n"
            "Speaker: Dr Hana Ito will talk at the Civic Centre in Wellington\n"
            "Thursday 12 February 2026, 6pm\n")
    assert _zones(text) == ["Pacific/Auckland"]


def test_an_affiliation_still_places_a_page_with_no_other_hint():
    text = ("Guest lecture\n"
            "Friday 13 February 2026, 3pm, Lecture Theatre 1\n"
            "Speaker: Prof. Liam Byrne, Professor of Geography, Trinity College in Dublin\n")
    assert _zones(text) == ["Europe/Dublin"]
