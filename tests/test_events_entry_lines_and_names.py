"""Which lines make an entry and what names it: event words (worship, clubs, sports, reopenings,
investor days), a web page's heading or a day heading over its slots, the rest of a date-led
line, a mail's subject, a fixture line, a label's bracketed clock, a venue before its town;
a span of years, a replaced date or a date in a clause of its own is no entry."""
# Provenance: Round-4 red-team classes in the events stage.

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

from calfeed.model import Document
from calfeed.pipeline import process_document


def _unresolved(text: str, published: date) -> list[str]:
    return [u.reason for u in process_document(Document("a.md", text, published=published)).unresolved]


def _page(html: str, published: date) -> list:
    from calfeed.html_pages import read_page

    page = read_page(html)
    return process_document(Document("p.html", page.text, title=page.title, published=published)).events


def test_worship_club_and_sports_words_name_events():
    text = ("Our AGM is on Thursday 17 June at 7pm. The next fixture is on Saturday 7 August, "
            "kick-off 3pm. Coffee morning in the church hall on the first Saturday of each month, 10am to 12 noon. "
            "Choir practice is on Thursday evenings at 7.30pm.")
    titles = sorted(e.title for e in tagged_events(text, published=date(2027, 1, 10)))
    assert titles == ["AGM", "Choir practice", "Coffee morning", "Next fixture"]


def test_a_place_that_reopens_is_an_entry():
    events = tagged_events("The library reopens on 3 March 2027 after refurbishment.", published=date(2027, 2, 20))
    assert [(e.title, e.start) for e in events] == [("Library reopens", date(2027, 3, 3))]


def test_a_web_page_heading_names_the_event_dated_under_it():
    events = _page("<h1>Webinar: Scaling observability</h1><p><strong>Thursday, March 18, 2027 · 10:00 ET / "
                   "14:00 GMT / 15:00 CET</strong></p><p>Join us.</p>", date(2027, 3, 2))
    assert [(e.title, e.start, e.tz) for e in events] == [
        ("Webinar: Scaling observability", datetime(2027, 3, 18, 10), "America/New_York")]


def test_slots_under_a_day_heading_are_the_events_and_the_heading_is_none():
    events = _page("<h2>Sunday 6 June 2027</h2><ul><li><strong>11:00</strong> Poetry brunch — Rothe House garden</li>"
                   "<li>17:00 Closing readings — Watergate Theatre</li></ul>", date(2027, 3, 2))
    assert [(e.title, e.start, e.location) for e in events] == [
        ("Poetry brunch", datetime(2027, 6, 6, 11), "Rothe House garden"),
        ("Closing readings", datetime(2027, 6, 6, 17), "Watergate Theatre")]


def test_a_line_a_date_opens_is_named_by_the_rest_of_the_line():
    text = ("The business for the week commencing Monday 8 February will be:\n\n"
            "Monday 8 February — Second reading of the Water (Special Measures) Bill.\n\n"
            "Thursday 11 February — General debate on Holocaust Memorial Day, followed by a general debate on the "
            "contribution of the creative industries to the economy of the regions.\n\n"
            "Friday 12 February — The House will not be sitting.\n")
    events = tagged_events(text, published=date(2027, 2, 4))
    assert [(e.title, e.start) for e in events] == [
        ("Second reading of the Water (Special Measures) Bill", date(2027, 2, 8)),
        ("General debate on Holocaust Memorial Day", date(2027, 2, 11))]


def test_a_span_of_two_years_is_no_entry_but_a_year_still_is():
    text = "The deadline for paying any tax owed for 2025/26 is explained below. The new rules take effect in 2027."
    events = tagged_events(text, published=date(2026, 10, 12))
    assert [(e.title, e.precision) for e in events] == [("Entry into effect of the new rules", "approximate")]
    assert any("more than a year" in why for why in _unresolved(text, date(2026, 10, 12)))


def test_a_mail_is_named_by_its_subject_and_titles_lose_markdown_emphasis():
    mail = ("From: Jenna Park <jpark@example.org>\nTo: Working Group\nSubject: Invitation: QI Working Group kickoff "
            "— Thu, Feb 11\n\nHi all,\n\nDate: Thu, 11 Feb 2027\nTime: 2–3:30pm PT\nLocation: Conference Room 4B, "
            "1200 Pine St, Seattle — or join online\n")
    events = process_document(Document("m.txt", mail, published=date(2027, 2, 1))).events
    assert [(e.title, e.location) for e in events] == [("QI Working Group kickoff", "Conference Room 4B, 1200 Pine St, Seattle")]
    club = tagged_events("**Lego Club** (6–12 years): every second Saturday from 6 February, 2–3.30pm.",
                         published=date(2027, 1, 20))
    assert [e.title for e in club] == ["Lego Club (6–12 years)"]


def test_a_fixture_line_keeps_its_v_and_its_kick_off_time():
    events = tagged_events("Fixtures:\n\n- Tue 10 Aug — v Garforth Town (A), 7.45pm\n", published=date(2027, 6, 1))
    assert [(e.title, e.start) for e in events] == [("v Garforth Town (A)", datetime(2027, 8, 10, 19, 45))]


def test_a_second_round_joined_by_and_again_is_kept():
    events = tagged_events("Members will strike on 3 March and again from 17 to 19 March.", published=date(2027, 2, 15))
    assert [(e.start, e.end) for e in events] == [(date(2027, 3, 3), date(2027, 3, 3)), (date(2027, 3, 17), date(2027, 3, 19))]


def test_a_date_led_line_is_not_cut_at_an_honorific():
    events = tagged_events("- **Jan. 21** — Dr. Maria Echeverría (NCAR): \"Clouds and aerosols\"\n", published=date(2026, 12, 1))
    assert [e.title for e in events] == ['Dr. Maria Echeverría (NCAR): "Clouds and aerosols"']


def test_investor_days_orientations_and_returning_sales_are_entries():
    text = ("Northwind will host an Investor Day on Thursday, October 7, 2027, in New York City. "
            "Volunteer orientation is Tuesday, June 15, at 6 p.m. Our seedling sale returns on Sunday May 9.")
    titles = sorted(e.title for e in tagged_events(text, published=date(2027, 3, 2)))
    assert titles == ["Investor Day", "Seedling sale", "Volunteer orientation"]


def test_a_clock_in_a_label_s_bracket_times_the_date_after_its_colon():
    events = tagged_events("Full Proposal Deadline (due by 5 p.m.): April 13, 2027", published=date(2026, 11, 10))
    assert [(e.title, e.kind, e.start) for e in events] == [("Full Proposal Deadline", "deadline",
                                                             datetime(2027, 4, 13, 17))]


def test_a_venue_name_with_particles_before_its_town_is_placed():
    events = tagged_events("We invite you to our Annual General Assembly. The General Assembly will take place on "
                           "15 May 2027 at 14h00 in the Casa da Cultura, Évora.", published=date(2027, 3, 1))
    assert [(e.location, e.tz) for e in events] == [("Casa da Cultura, Évora", "Europe/Lisbon")]


def test_a_date_in_a_clause_with_its_own_verb_is_not_the_event_s():
    events = tagged_events("The Senate Commerce Committee hearing, set for 10 a.m., comes after the House voted last "
                           "week to approve a package. The meeting will be held after the summer break on 3 September.",
                           published=date(2027, 3, 2))
    assert [(e.title, e.start) for e in events] == [("Meeting", date(2027, 9, 3))]


def test_a_relative_clause_saying_its_noun_is_held_names_the_entry():
    events = tagged_events("The Centre invites applications for its fifth summer school, which will be held at the "
                           "University of Ghent from 5 to 9 July 2027.", published=date(2027, 1, 5))
    assert [(e.title, e.kind, e.start) for e in events] == [("Fifth summer school", "event", date(2027, 7, 5))]


def test_a_date_a_later_one_now_replaces_is_no_entry():
    events = tagged_events("The consultation, which was due to close today, will now close at 11:59pm on Sunday "
                           "31 January 2027. The seminar, originally planned for 3 May, will now take place on 10 May.",
                           published=date(2027, 1, 19))
    assert sorted((e.title, e.start) for e in events) == [
        ("Consultation closes", datetime(2027, 1, 31, 23, 59)), ("Seminar", date(2027, 5, 10))]


def test_a_page_section_word_after_the_event_s_name_is_no_part_of_its_title():
    events = tagged_events("# Kilkenny Lit Weekend: Programme\n\nFriday 4 – Sunday 6 June 2027 · Kilkenny\n",
                           published=date(2027, 3, 2))
    assert [e.title for e in events] == ["Kilkenny Lit Weekend"]
