"""Past narration and page furniture are no entries."""
# Provenance: Round-13 held-out classes.

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


# C9: deadlines framed as meetings; a window's first day is no meeting

PROXY = date(2025, 4, 10)


@pytest.mark.parametrize("text, title, start", [
    ("Shareholders can vote their shares before the meeting until 11:59 p.m. ET on May 20, 2025. "
     "The annual meeting will be held on May 21, 2025 at 9:00 a.m. ET.",
     "Deadline for shareholders to vote their shares", datetime(2025, 5, 20, 23, 59)),
    ("Stockholders may vote online in advance of the meeting until 5:00 p.m. on June 3, 2025.",
     "Deadline for stockholders to vote online", datetime(2025, 6, 3, 17)),
    ("Members may cast their votes online until 5:00 p.m. on June 3, 2025, ahead of the annual meeting on June 5, 2025.",
     "Deadline for members to cast their votes online", datetime(2025, 6, 3, 17)),
])
def test_voting_until_a_day_before_the_meeting_is_a_deadline(text, title, start):
    events = tagged_events(text, published=PROXY)
    assert [(e.title, e.kind) for e in events if e.start == start] == [(title, "deadline")]


@pytest.mark.parametrize("text, opens, closes", [
    ("Nominations for the council must be received no earlier than 5 May 2025 and no later than 2 June 2025.",
     date(2025, 5, 5), date(2025, 6, 2)),
    ("Notice must be delivered not later than March 1, 2026, and not earlier than January 30, 2026.",
     date(2026, 1, 30), date(2026, 3, 1)),
    ("For the 2026 annual meeting, notice must be received (no later than February 8, 2026, and no earlier than "
     "January 9, 2026) at our principal executive offices.", date(2026, 1, 9), date(2026, 2, 8)),
])
def test_no_earlier_than_opens_a_window_that_no_later_than_closes(text, opens, closes):
    events = sorted(tagged_events(text, published=PROXY), key=lambda e: e.start)
    assert [(e.kind, e.start) for e in events] == [("milestone", opens), ("deadline", closes)]
    assert events[0].title.startswith("Earliest day for")


@pytest.mark.parametrize("row", [
    "Oct. 15 – Sessions must be finalized.",
    "Nov. 1 – Panels must be confirmed by organizers.",
    "Dec. 1 – Meeting rooms should be booked.",
])
def test_a_key_date_row_that_obliges_is_a_deadline(row):
    text = f"Key dates\n\n{row}\n\nJan. 10 – Registration opens."
    events = [e for e in tagged_events(text, published=PROXY) if e.start.month != 1]
    assert [e.kind for e in events] == ["deadline"]


def test_two_rows_of_one_day_are_two_deadlines_even_when_they_share_a_word():
    text = ("Key dates\n\n- Oct. 15 – Sessions must be finalized.\n\n- Oct. 15 – Offers to preside for general "
            "sessions are due.\n")
    events = tagged_events(text, published=PROXY)
    assert sorted(e.title for e in events) == ["Offers to preside for general sessions are due",
                                               "Sessions must be finalized"]


# C12: one deadline told again gives no second entry; titles read as names

CALL = date(2025, 1, 10)


@pytest.mark.parametrize("text, title", [
    ("Please provide all completed Nomination Forms to the Secretary by Friday 31 July 2025.",
     "Deadline to provide all completed Nomination Forms"),
    ("Kindly return the signed consent forms by Friday 9 May 2025.", "Deadline to return the signed consent forms"),
    ("Please complete the online survey before 20 May 2025.", "Deadline to complete the online survey"),
])
def test_a_polite_request_names_the_readers_act(text, title):
    assert [e.title for e in tagged_events(text, published=date(2025, 4, 10))] == [title]


@pytest.mark.parametrize("text", [
    "Key dates\n- Deadline for posters: 2 June 2025.\n\nPosters should be sent by email\n(using the form below) by 2 June "
    "2025. Each poster must:\n- be received before 2 June 2025.\n",
    "Important dates\n- Deadline for full papers: 3 June 2025.\n\nAuthors are expected to submit their full papers "
    "using the online system\n(using 'upload file') no later than 3 June 2025. To be accepted, a full paper must:\n"
    "- be submitted before 3 June 2025.\n",
])
def test_one_deadline_told_three_times_is_one_entry(text):
    events = tagged_events(text, published=CALL)
    assert len(events) == 1 and events[0].title.startswith("Deadline for")


def test_a_bracket_on_the_next_line_goes_on_with_its_sentence():
    text = "Authors must upload the final version of their papers\n(via the 'camera ready' link) no later than 14 May 2025."
    # what is uploaded names the deadline, as "submit" names a submission (verb_nominals.en.tsv)
    assert [e.title for e in tagged_events(text, published=CALL)] == [
        "Upload of the final version of their papers"]


def test_the_act_an_event_noun_only_qualifies_names_the_deadline():
    text = ("Shareholders who wish to present proposals in accordance with the rule for inclusion in the proxy "
            "materials to be distributed in connection with our 2026 annual meeting must submit their proposals so "
            "they are received by the Secretary no later than November 26, 2025.")
    assert [e.title for e in tagged_events(text, published=date(2025, 4, 10))] == ["Submission of proposals"]


@pytest.mark.parametrize("row, kind", [
    ("July 2025 – The steering committee accepts or rejects panel proposals and publishes the programme.", "milestone"),
    ("12 May 2025 – Organisers notify all entrants of the results.", "milestone"),
    ("June 2025 – Reviewers assess the submitted workshop proposals.", "milestone"),
    ("3 June 2025 – Book reviews evening at the library.", "event"),
])
def test_a_key_date_row_telling_an_organisers_step_is_a_milestone(row, kind):
    text = f"Timeline\n\n- 1 March 2025 – Entries are due.\n- {row}\n"
    events = [e for e in tagged_events(text, published=CALL) if e.start.month != 3]
    assert [e.kind for e in events] == [kind]


@pytest.mark.parametrize("text, title", [
    ("Written comments must reach the clerk ten days before the hearing, no later than 3 May 2025.",
     "Deadline for written comments"),
    ("The notice must be delivered to the Secretary not less than 90 days prior to the anniversary of last year's "
     "annual meeting (no later than February 8, 2026).", "Deadline for notice"),
])
def test_the_event_a_deadline_is_counted_from_does_not_name_it(text, title):
    assert [e.title for e in tagged_events(text, published=date(2025, 4, 10))] == [title]
