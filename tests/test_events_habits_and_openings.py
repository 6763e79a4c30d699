"""Past, habitual or possible statements that must not become entries; openings read as
deadlines, bare "Event" titles, organiser acts after a coordinated clause; and contextual
words dated by the page: a holiday describing a thing, "the weekend" of another occasion).
Probes in our own wording, not copied from any page."""
# Provenance: Round 20 classes F, G and B.

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2026, 11, 30)


def _run(text: str, published: date):
    return process_document(Document("page.md", text, published=published), Options(today=BUILD_DAY))


def _entries(text: str, published: date) -> list[tuple[str, str, str]]:
    return [(e.kind, str(e.start)[:16], e.title) for e in _run(text, published).events]


# F: habits and possibilities give no dated entry; the dated occasion beside them stays


def test_a_habit_of_a_month_is_no_entry():
    assert _entries("The annual general meeting of the society is usually held in October, with notice sent "
                    "to members a month ahead.", date(2031, 5, 2)) == []


def test_a_possible_month_is_no_entry_but_the_next_dated_meeting_is():
    found = _entries("Committee meetings may be skipped in December. The next committee meeting is on "
                     "9 October 2031.", date(2031, 9, 2))
    assert [f[1] for f in found] == ["2031-10-09"], found


def test_a_capitalised_may_is_the_month_not_a_modal():
    found = _entries("We expect to provide notification of awards by the end of May, 2031.", date(2031, 1, 10))
    assert found and found[0][1].startswith("2031-05"), found


def test_a_modal_beside_a_week_keeps_the_scheduled_week():
    found = _entries("The dispute may finally be settled at a tribunal hearing the week of March 6, 2031.",
                     date(2031, 2, 20))
    assert found, found


# F: a stretch told in the past, or counted back from the page's day, is background


def test_a_month_counted_back_from_the_page_is_no_entry_whatever_the_tense():
    found = _entries("Many of you will remember Tom from our quiz night last March. The harvest supper "
                     "will be held on Saturday 18 October 2031.", date(2031, 9, 10))
    assert [f[1] for f in found] == ["2031-10-18"], found


def test_past_years_of_an_online_edition_are_no_entry():
    found = _entries("The fair moved online in 2030 and 2031 because of the floods. The fair returns to the green "
                     "on 6 September 2032.", date(2031, 11, 10))
    assert [f[1] for f in found] == ["2032-09-06"], found


def test_last_week_in_news_is_no_entry():
    assert _entries("Last week the trustees held a meeting with the architects and agreed the plans.", date(2031, 6, 12)) == []


# F: "due to" + verb is a schedule, and "due to" + cause is a reason: neither is a deadline


def test_due_to_reconvene_is_no_deadline():
    found = _entries("The working group is due to reconvene next month to review the draft.", date(2031, 9, 20))
    assert not any(kind == "deadline" for kind, _, _ in found), found


# G: "available" opens something; it is not a deadline


def test_a_label_saying_forms_are_available_is_an_opening():
    found = _entries("Application forms available: 12 February 2031.\nClosing date: 20 March 2031.",
                     date(2031, 1, 20))
    assert ("event", "2031-02-12", "Application forms available") in found, found
    assert ("deadline", "2031-03-20", "Closing date") in found, found


def test_a_portal_available_in_a_comma_less_relative_clause_is_an_opening_not_the_deadline():
    found = _entries("Abstracts must be submitted electronically through the Submission Page which will be "
                     "available on 2 August 2031.", date(2031, 6, 1))
    assert found == [("event", "2031-08-02", "Submission Page available")], found


def test_notifications_sent_after_a_coordinated_clause_are_a_milestone():
    found = _entries("Submissions will be reviewed by the panel, and decisions will be sent by 30 November 2031.",
                     date(2031, 6, 1))
    assert found == [("milestone", "2031-11-30", "Decisions sent")], found


# G: a bare "event" stands for the occasion the page is about


def test_a_bare_event_takes_the_name_of_the_page_s_occasion():
    text = "The 2032 event, at Mill Meadow, will be held from June 11 to 13.\n"
    result = process_document(Document("page.md", text, title="Riverside Jazz Festival announces dates for 2032",
                                       published=date(2031, 9, 1)), Options(today=BUILD_DAY))
    titles = [e.title for e in result.events]
    assert titles and "Event" not in titles, titles
    assert any("Jazz Festival" in t for t in titles), titles


# B: a holiday that only describes a thing dates nothing; "the weekend" of another occasion


def test_a_holiday_theme_is_no_date():
    found = _entries("For the last session the craft club is going for a Halloween theme, with masks to make. "
                     "The last session will be held on Tuesday, October 21, 2031 from 4pm to 5pm.",
                     date(2031, 10, 1))
    assert [f[1] for f in found] == ["2031-10-21 16:00"], found


def test_a_holiday_opening_a_held_occasion_still_dates_it():
    found = _entries("The Christmas market will be held in the square.", date(2031, 10, 1))
    assert [f[1] for f in found] == ["2031-12-25"], found


def test_the_weekend_of_another_dated_occasion_is_not_the_page_s_weekend():
    found = _entries("At 2032's festival, guests can expect to see a huge variety of bands across two stages "
                     "over the course of the weekend.", date(2031, 9, 20))
    assert found == [], found
