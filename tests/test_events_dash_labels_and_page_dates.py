"""Dash-label lists of days, page-date labels and key-date rows, in layouts and wordings of my own.

C8: a clock's colon or dot is no label's colon. "Title – day clock (note), day (note), day
clock (note)" is a list of the title's days: each date is its own occasion named by the title,
the first one included, with its clock whether written "3:30" or "3.30"."""
# Provenance: Round-15 classes C6, C8, C11 (session 12, lb).

from __future__ import annotations

from datetime import date, datetime

import pytest

from calfeed.model import Document
from calfeed.pipeline import process_document

DAY = date(2024, 1, 10)


def tagged_events(text: str, published: date | None = DAY):
    """The events a build writes for ``text`` (the pipeline, as the CLI runs it)."""
    return process_document(Document(path="doc.txt", text=text, published=published)).events


LISTED_DAYS = {
    "clock with a colon": (
        "Spring term letter\n\nDear families,\n\nMeet the Teacher – Tue 5th March 3:45 – 5:15 (Years 1 and 2), "
        "Thursday 7th March (Willow Class), Friday 8th March 4:00 – 6:00 (all year groups)\n",
        "Meet the Teacher",
        [datetime(2024, 3, 5, 15, 45), date(2024, 3, 7), datetime(2024, 3, 8, 16, 0)]),
    "clock with a dot": (
        "Spring term letter\n\nDear families,\n\nMeet the Teacher – Tue 5th March 3.45 – 5.15 (Years 1 and 2), "
        "Thursday 7th March (Willow Class)\n",
        "Meet the Teacher",
        [datetime(2024, 3, 5, 15, 45), date(2024, 3, 7)]),
    "two days joined by and": (
        "Summer fixtures\n\nSports Day – Wed 12th June 1:15 (Key Stage 2) and Thursday 13th June 9:30 (Key Stage 1)\n",
        "Sports Day",
        [datetime(2024, 6, 12, 13, 15), datetime(2024, 6, 13, 9, 30)]),
}


@pytest.mark.parametrize("text, title, starts", LISTED_DAYS.values(), ids=LISTED_DAYS.keys())
def test_a_dash_label_names_every_day_of_its_list(text, title, starts):
    events = sorted(tagged_events(text), key=lambda e: str(e.start))
    assert [e.title for e in events] == [title] * len(starts)
    assert [e.start for e in events] == starts


def test_a_clock_colon_is_no_label_colon():
    text = "Open mornings\n\nOpen morning – Sat 9th March 10:30, and Saturday 16th March\n"
    assert {e.title for e in tagged_events(text)} == {"Open morning"}


def test_a_sentence_between_the_dates_is_no_list():
    text = ("Choir news\n\nChoir concert – Friday 22nd March 6:30, then the choir sings at the fete on "
            "Saturday 23rd March\n")
    assert "Choir concert" not in {e.title for e in tagged_events(text) if e.start == date(2024, 3, 23)}


# C6: a labelled key date on the opening lines is the act's day, not the page's; a revision
# label dates the page and makes no entry.

def reference_of(text: str):
    return process_document(Document(path="doc.txt", text=text)).reference


ACT_OVER_DATE = {
    "capitals, blank lines": (
        "IMPORTANT DATES\n\nCALL FOR POSTERS OPENS\n\nMonday 3rd February 2025\n\nPOSTER DEADLINE\n\n"
        "Friday 28th March 2025 - 5pm GMT\n",
        "CALL FOR POSTERS OPENS", date(2025, 2, 3)),
    "mixed case, the next row timed": (
        "Regional Geology Meeting 2025\n\nAbstract submission opens\n\n3 February 2025\n\nAbstract deadline\n\n"
        "14 March 2025, 23:59 UTC\n\nMeeting in Leeds\n\n12-13 June 2025, 09:00-17:00\n",
        "Abstract submission opens", date(2025, 2, 3)),
}


@pytest.mark.parametrize("text, title, day", ACT_OVER_DATE.values(), ids=ACT_OVER_DATE.keys())
def test_an_act_label_over_an_opening_date_keeps_its_entry(text, title, day):
    assert reference_of(text).value != day
    assert any(e.title == title and (e.start == day or getattr(e.start, "date", lambda: None)() == day)
               for e in tagged_events(text, published=None))


REVISION_LABELS = {
    "Revised": "Lab safety procedures\n\nRevised 12 September 2023\n\nProposals for new equipment are due on 30 October 2023.\n",
    "Last revised:": "Lab safety procedures\nLast revised: 12 September 2023\n\nProposals for new equipment are due on 30 October 2023.\n",
}


@pytest.mark.parametrize("text", REVISION_LABELS.values(), ids=REVISION_LABELS.keys())
def test_a_revision_label_dates_the_page_and_makes_no_entry(text):
    assert reference_of(text).value == date(2023, 9, 12)
    assert [e.start for e in tagged_events(text, published=None)] == [date(2023, 10, 30)]


def test_a_title_over_a_lone_date_still_dates_the_page():
    text = "Library opening hours change\n\n4 March 2025\n\nFrom 1 April 2025 the library opens at 9am on Saturdays.\n"
    assert reference_of(text).value == date(2025, 3, 4)


def test_a_page_date_label_after_a_sentence_on_the_line_dates_the_page():
    text = ("Grant round news\n\nCheck this page often, as dates may move. Last updated 12 May 2024\n\n"
            "Applications close on 30 June 2024.\n")
    assert reference_of(text).value == date(2024, 5, 12)
    assert [e.start for e in tagged_events(text, published=None)] == [date(2024, 6, 30)]


# Leftover of round 15 C2: the first row of a key-dates list at the top of a page (no blank
# lines) keeps its entry; a label line naming the date is no sign of the page's own date.

FIRST_ROW = {
    "under a heading": "Key dates\nApplications open\n1 February 2025\nApplications close\n28 February 2025\n"
                       "Interviews\n10 March 2025\n",
    "heading with a colon, weekdays": "Key dates:\nApplications open\nMonday 3 February 2025\nApplications close\n"
                                      "Friday 28 February 2025, 5pm\nInterviews\n10 March 2025\n",
}


@pytest.mark.parametrize("text", FIRST_ROW.values(), ids=FIRST_ROW.keys())
def test_the_first_row_of_a_key_dates_list_keeps_its_entry(text):
    titles = {e.title: e for e in tagged_events(text, published=None)}
    assert set(titles) == {"Applications open", "Applications close", "Interviews"}
    assert titles["Applications open"].start in (date(2025, 2, 1), date(2025, 2, 3))


# C11: an end clock told in its own clause after the start ("and end approximately at").

END_CLAUSES = {
    "hedged, after the day": (
        "Public hearing\n\nThe hearing will take place on Wednesday, 9 October 2024, from approximately 2:00 p.m. "
        "and end approximately at 5:30 p.m.\n",
        datetime(2024, 10, 9, 14, 0), datetime(2024, 10, 9, 17, 30)),
    "clock before the day": (
        "Craft workshop\n\nThe craft workshop will start at 11 a.m. on 12 October 2024 and will finish at around 4 p.m.\n",
        datetime(2024, 10, 12, 11, 0), datetime(2024, 10, 12, 16, 0)),
}


@pytest.mark.parametrize("text, start, end", END_CLAUSES.values(), ids=END_CLAUSES.keys())
def test_an_end_clock_in_the_next_clause_ends_the_event(text, start, end):
    events = tagged_events(text)
    assert [(e.start, e.end) for e in events] == [(start, end)]


def test_an_end_clock_in_another_sentence_ends_nothing():
    text = "Village fair\n\nThe fair opens at 10am on Saturday 12 October 2024. The dog show ends at 3pm.\n"
    assert all(e.end is None or e.end == e.start for e in tagged_events(text) if e.start == datetime(2024, 10, 12, 10))


def test_a_slot_cell_ending_in_its_clock_names_the_row_of_a_flattened_timetable():
    """"<slot> <clock>, <date at clock>": the first cell's clock is part of the row's name (a
    class slot whose exam the row dates), neither another date nor a label's colon. Session 12's
    held-out judgement found such rows dropped once the clock colon stopped being a label's."""
    text = ("Winter 2026 test timetable\nLESSON SLOT TEST DAY AND TIME\n"
            "Mon/Wed 9:15 a.m., Monday, Mar. 9 at 9:00 a.m.\n"
            "Tue/Thu 2:40 p.m., Thursday, Mar. 12 at 1:30 p.m.\n"
            "Fri 11:00, Friday, Mar. 13 at 10:00 a.m.\n")
    events = {(e.title, e.start) for e in tagged_events(text, published=date(2026, 1, 5))}
    assert ("Mon/Wed 9:15 a.m.", datetime(2026, 3, 9, 9, 0)) in events
    assert ("Tue/Thu 2:40 p.m.", datetime(2026, 3, 12, 13, 30)) in events
    assert ("Fri 11:00", datetime(2026, 3, 13, 10, 0)) in events
