"""Titles name what happens, not page furniture or a cut-off clause.

A fronted phrase of circumstance is no subject; a section label under a page's date is no
slot's name; a clause cut at its clock loses the words the clock was the object of (and an
obliging clause reads as what is due); a generic noun in a bracketed aside stands for what the
clause before it names; what the organiser hands out by a date is a milestone."""
# Provenance: Round-14 class C8.

from __future__ import annotations

from datetime import date, datetime

import pytest

from events_helpers import tagged_events

DAY = date(2025, 3, 12)


def _entries(text: str) -> list[tuple[str, str, object]]:
    return [(e.title, e.kind, e.start) for e in tagged_events(text, published=DAY)]


@pytest.mark.parametrize("text, title", [
    ("For the first time in her term, the Governor will meet with the county clerks on Tuesday, April 8 "
     "at the Capitol.", "Governor meeting"),
    ("For the second year running, the volunteers will gather on Saturday, 5 April at the park.",
     "Volunteers meeting"),
    ("Despite the weather, residents will meet with the mayor on 22 April.", "Residents meeting"),
    ("Amid rising costs, the tenants will meet with the landlord on 9 May.", "Tenants meeting"),
])
def test_a_fronted_phrase_of_circumstance_is_no_subject(text, title):
    assert [t for t, _, _ in _entries(text)] == [title]


def test_a_fronted_day_keeps_its_date_and_names_no_one():
    text = "On Thursday, April 10, the mayor will meet with residents at the library."
    assert all("Thursday" not in t and not t.startswith("On ") for t, _, _ in _entries(text))


@pytest.mark.parametrize("text, title, at", [
    ("Planning Board Public Session\n\nThursday, May 8, 2025\n6:30 - 8:30 p.m.\n\nEvent Details\n\n"
     "The Planning Board meets monthly to review applications for development in the borough.\n",
     "Planning Board Public Session", datetime(2025, 5, 8, 18, 30)),
    ("Spring Plant Sale\n\nSaturday, April 26, 2025\n9:00 a.m. - 1:00 p.m.\n\nDescription\n\n"
     "The garden club sells seedlings and perennials grown by its members.\n",
     "Spring Plant Sale", datetime(2025, 4, 26, 9)),
    ("Harbour Clean-Up Day\n\nSunday, June 1, 2025\n10:00 a.m. - 2:00 p.m.\n\nAbout this event\n\n"
     "Volunteers collect litter along the waterfront; gloves and bags are provided.\n",
     "Harbour Clean-Up Day", datetime(2025, 6, 1, 10)),
])
def test_a_section_label_under_the_date_is_no_name(text, title, at):
    assert [(t, s) for t, _, s in _entries(text)] == [(title, at)]


@pytest.mark.parametrize("text, title", [
    ("Meeting Dates\n\nTuesday, March 4\n\nMonday, March 3\n\nFiling Deadlines\n\n"
     "Agenda items and supporting papers are to be sent to the Secretariat no later than 4:00 pm on or "
     "before the due date.\n", "Agenda items and supporting papers due"),
    ("Tuesday, March 4\n\nMonday, March 3\n\nPaper deadlines\n\n"
     "Committee papers and minutes must be lodged with the Clerk no later than noon on or before the "
     "due date.\n", "Committee papers and minutes due"),
    ("Friday 4 April\n\nDoors open at 7pm for the quiz night.\n\nSaturday 5 April\n\n"
     "Entries must be handed in at the library by 10am.\n\nSunday 6 April\n\n"
     "Coffee morning from 10.30am in the church hall.\n", "Entries due"),
])
def test_a_clause_cut_at_its_clock_reads_as_what_is_due(text, title):
    titles = [t for t, _, _ in _entries(text)]
    assert title in titles
    assert not any(t.split()[-1].lower() in ("than", "by", "at", "from") for t in titles)


def test_a_diary_row_cut_at_its_clock_drops_the_dangling_word():
    text = ("Monday 7 April |\nCoursework portfolios are to be uploaded to the portal before 9am |\n"
            "Tuesday 8 April |\nYear 6 leavers assembly at 2pm |\n")
    titles = [t for t, _, _ in _entries(text)]
    assert "Year 6 leavers assembly" in titles and "Coursework portfolios due" in titles


@pytest.mark.parametrize("text, title", [
    ("Knitting circle meets every Monday in the library (sessions start at 2pm).", "Knitting circle"),
    ("Yoga classes for carers restart every Wednesday (sessions begin at 10.15am in the studio).",
     "Yoga classes for carers"),
    ("Chess club returns every Thursday for pupils in Years 3-6 (meetings start at 3.30pm in the library).",
     "Chess club"),
])
def test_a_generic_noun_in_an_aside_stands_for_the_clauses_subject(text, title):
    assert [t for t, _, _ in _entries(text)] == [title]


@pytest.mark.parametrize("text, title, when", [
    ("Spring Round 2025\nApplications due: 1 May 2025\nFunding decisions by: 31 July 2025\n",
     "Funding decisions", date(2025, 7, 31)),
    ("Important dates\nLetters of intent by: 5 May 2025\nResults by: 30 June 2025\n", "Results", date(2025, 6, 30)),
    ("Grant timeline\nFull proposals due by: 2 June 2025\nAward offers by: 15 August 2025\n",
     "Award offers", date(2025, 8, 15)),
])
def test_what_the_organiser_hands_out_by_a_date_is_a_milestone(text, title, when):
    entries = _entries(text)
    assert (title, "milestone", when) in entries
    assert all(kind == "deadline" for t, kind, _ in entries if t != title)


@pytest.mark.parametrize("page, text, title", [
    ("ACSD 2025 Key Dates", "• March 1, 2025: Paper submission due\n• June 9-11, 2025: Conference dates\n",
     "ACSD 2025 conference"),
    ("Important Dates | NLPW 2025", "Submission deadline: 10 April 2025\nWorkshop: 20 June 2025\n",
     "NLPW 2025 workshop"),
    ("HCSS 2026 Symposium: Important Dates", "Abstracts due: 2 February 2026\nSymposium: 14-15 May 2026\n",
     "HCSS 2026 Symposium"),
])
def test_a_bare_generic_title_is_named_by_its_page(page, text, title):
    assert title in [e.title for e in tagged_events(text, published=DAY, title=page)]


def test_a_page_title_without_a_name_leaves_the_title_alone():
    text = "Submission deadline: 10 April 2025\nWorkshop: 20 June 2025\n"
    assert "Workshop" in [e.title for e in tagged_events(text, published=DAY, title="Important Dates")]


@pytest.mark.parametrize("text, furniture", [
    ("Friday 4 April 2025\nQuiz night in the village hall\nShare this event\nSaturday 5 April 2025\n"
     "Plant sale on the green\nClick here to book tickets\n", ("Share this event", "Click here to book tickets")),
    ("Friday 4 April 2025\nQuiz night in the village hall\nDownload the Quiz Rules\nSaturday 5 April 2025\n"
     "Plant sale on the green\nRead More About the Garden Club\n",
     ("Download the Quiz Rules", "Read More About the Garden Club")),
    ("Monday 7 April 2025\nBook club in the library\nFind out more about our reading groups\n"
     "Tuesday 8 April 2025\nToddler music session\nLearn More About Early Years\n",
     ("Find out more about our reading groups", "Learn More About Early Years")),
])
def test_a_pages_link_under_a_date_heading_is_no_item(text, furniture):
    titles = [t for t, _, _ in _entries(text)]
    assert len(titles) == 2 and not set(furniture) & set(titles)


@pytest.mark.parametrize("text, title", [
    ("The review panel meets over the course of two days, on 4 and 5 June 2025.", "Review panel"),
    ("Members of the board will meet in the course of the spring, on 3 April 2025.", "Members of the board meeting"),
    ("Hearings run over the course of a week starting on 12 May 2025.", "Hearings"),
])
def test_a_noun_that_only_measures_time_names_no_event(text, title):
    entries = _entries(text)
    assert title in [t for t, _, _ in entries]
    assert not any(t.startswith("Course") or kind == "workshop" for t, kind, _ in entries)


def test_a_course_that_is_held_keeps_its_name():
    assert _entries("The first aid course will be held on 10 May 2025.") == [
        ("First aid course", "workshop", date(2025, 5, 10))]


@pytest.mark.parametrize("text", [
    "\"We expect a record turnout,\" said Festival Director Anna Marsh on 3 March 2025.",
    "Summit Chair Paul Reid said on Monday, 10 March 2025 that the agenda was final.",
    "The Conference Secretary will write to members on 14 April 2025.",
])
def test_an_event_noun_in_a_persons_title_is_no_event(text):
    assert _entries(text) == []


def test_the_event_after_a_persons_title_keeps_its_entry():
    text = "The Workshop Coordinator Jane Lee will run the workshop on 6 May 2025."
    assert [(t, s) for t, _, s in _entries(text)] == [("Workshop", date(2025, 5, 6))]
