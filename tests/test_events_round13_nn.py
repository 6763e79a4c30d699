"""Round-13 held-out classes: past narration and page furniture are no entries."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from events_helpers import tagged_events

DAY = date(2025, 3, 12)


def _entries(text: str, **fields) -> list[tuple[str, object]]:
    return [(e.title, e.start) for e in tagged_events(text, **fields)]


@pytest.mark.parametrize("text", [
    "The committee met today in Brussels to discuss the migration package.",
    "Yesterday, the city council met at City Hall and approved the new parking plan.",
    "The board gathered this morning at the headquarters and signed the agreement.",
    "The motion was approved at a special members' meeting yesterday.",
])
def test_news_of_the_documents_own_day_told_in_the_past_is_no_entry(text):
    assert _entries(text, published=DAY) == []


def test_a_past_day_written_out_is_still_kept():
    text = "On 8 March the Executive Committee held its spring meeting in Vienna and adopted the accounts."
    assert [start for _, start in _entries(text, published=DAY)] == [date(2025, 3, 8)]


def test_a_later_meeting_in_the_news_keeps_its_day():
    text = ("Yesterday, the city council met at City Hall and approved the new parking plan. "
            "The next council meeting will take place on 2 April 2025.")
    assert _entries(text, published=DAY) == [("Next council meeting", date(2025, 4, 2))]


@pytest.mark.parametrize("text", [
    "Today the Board of Trustees met in Geneva where budget issues were discussed ahead of the annual conference.",
    "On Monday, officials will gather in Rome ahead of the annual conference.",
    "On 3 April the steering group will hold a call in preparation for the regional summit.",
])
def test_an_event_still_ahead_is_not_on_the_clauses_day(text):
    assert not any("onference" in t or "ummit" in t for t, _ in _entries(text, published=DAY))


def test_an_event_after_ahead_of_keeps_its_own_date():
    text = "The ministers met ahead of the summit on 20 March 2025 in Paris."
    assert _entries(text, published=DAY) == [("Summit", date(2025, 3, 20))]


@pytest.mark.parametrize("text, kept", [
    ("The Annual Meeting of Members will be held on Thursday, May 15, 2025 at 10:00 a.m. as a virtual meeting. "
     "For details on attending the virtual meeting, please see the proxy supplement filed with the Securities "
     "and Exchange Commission on April 9, 2025.", datetime(2025, 5, 15, 10)),
    ("Shareholders are invited to the general meeting on 12 June 2025. The meeting agenda was set out in the "
     "circular submitted to the exchange on 3 April 2025.", date(2025, 6, 12)),
    ("The workshop will run on 8 May 2025 in Leeds. Registration details for the workshop are in the letter sent "
     "to members on 1 April 2025.", date(2025, 5, 8)),
    ("Members are reminded that the AGM notice dated 1 April 2025 sets out the agenda for the annual general "
     "meeting on 12 May 2025.", date(2025, 5, 12)),
])
def test_the_day_a_document_was_filed_or_sent_is_no_event(text, kept):
    assert [start for _, start in _entries(text, published=date(2025, 4, 10))] == [kept]


def test_a_limit_on_sending_is_still_a_deadline():
    text = "Applications submitted on or before May 2, 2025 will be considered at the council meeting."
    events = tagged_events(text, published=date(2025, 4, 10))
    assert [(e.kind, e.start) for e in events] == [("deadline", date(2025, 5, 2))]


@pytest.mark.parametrize("text, when", [
    ("Press Releases\n\n14 March 2025\n\nWater Summit to Focus on Drought; 2-4 April\n\n"
     "GENEVA, 13 March (UN) -- The Water Summit will take place in Geneva from 2 to 4 April.",
     (date(2025, 4, 2), date(2025, 4, 4))),
    ("300 farmers gather for regional assembly\n12 February 2025 9:15 am\n\n"
     "The Farmers Union will hold its regional assembly in Lyon from 6 to 8 March. Members will elect a new board.",
     (date(2025, 3, 6), date(2025, 3, 8))),
])
def test_a_pages_own_date_line_is_no_second_telling_of_its_event(text, when):
    events = tagged_events(text, published=date(2025, 2, 12))
    assert [(e.start, e.end) for e in events] == [when]


def test_a_pages_stamp_word_and_date_on_its_first_line_is_no_entry():
    text = (" date 2025-03-12 BOARD MEETING: Board discusses the budget ahead of the summit\n\n"
            "The summit will take place in Lisbon on 28 March 2025.")
    assert _entries(text) == [("Summit", date(2025, 3, 28))]


@pytest.mark.parametrize("text", [
    "Quiz Night\n\nFriday 14 March 2025\n\nTeams of up to six. Our next quiz night will be on Friday 11 April 2025.",
    "Harvest Festival\n\nSaturday 13 September 2025\n\nThe festival continues on Sunday 14 September.",
])
def test_a_flyers_date_line_stays_its_events(text):
    events = tagged_events(text, published=date(2025, 2, 1))
    assert date(2025, 3, 14) in [e.start for e in events] or date(2025, 9, 13) in [e.start for e in events]


def test_date_lines_of_a_list_are_no_page_date():
    text = ("Trustee Meetings\n\nMeetings of the trustees are held at 4:00pm on the dates below.\n\n"
            "November 20, 2025\n\nDecember 18, 2025\n\nJanuary 15, 2026\n\n"
            "The trustees meeting on March 19, 2026 will also elect officers.")
    starts = {e.start.date() if isinstance(e.start, datetime) else e.start for e in tagged_events(
        text, published=date(2025, 10, 1))}
    assert date(2025, 11, 20) in starts


def test_prose_before_a_colon_is_no_label_of_a_later_date():
    text = ("Today the board met in Geneva where several issues were discussed. The chair reported on his visit, "
            "where he said: \"We are pleased.\" In this context, today the board published its annual report.")
    assert not any(t.startswith("Today") for t, _ in _entries(text, published=DAY))
