"""An entry a page's header block dates but only the page's name titles ("Society : Chess Society"
/ "DATE: 12 Oct 2027" / "TIME: 6:00 pm - 7:00 pm") is the page's one event, which its body tells
again with its name ("The AGM is to be held on Tuesday 12th October at 6pm-7pm"): one entry, the
body's, when the two agree to the minute on start and end. And when the body calls off the event
of the header's day ("has cancelled the public meeting scheduled for this evening"), the header's
entry is that event called off: no entry."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

TODAY = date(2027, 11, 30)


def _events(text: str):
    return process_document(Document("a.txt", text), Options(today=TODAY)).events


def test_a_header_block_and_the_body_at_the_same_hours_are_one_agm():
    events = _events("Society : Chess Society\nDATE: 12 Oct 2027\nTIME: 6:00 pm - 7:00 pm\nLocation : Room 4\n\n"
                     "The AGM is to be held on Tuesday 12th October at 6pm-7pm in Room 4. "
                     "Nominations close at 6pm on Tuesday 5th October.\n")
    on_day = [e for e in events if e.start == datetime(2027, 10, 12, 18, 0)]
    assert [e.title for e in on_day] == ["AGM"]


def test_a_when_line_under_a_clubs_name_and_the_meeting_sentence_are_one():
    events = _events("Harbour Rowing Club\nWhen: 3 May 2027, 19:00-21:00\n\n"
                     "Our annual general meeting will be held on 3 May 2027 from 7pm to 9pm at the boathouse.\n")
    assert [e.title for e in events] == ["Annual general meeting"]


def test_other_hours_the_same_day_stay_two_entries():
    events = _events("Harbour Rowing Club\nWhen: 3 May 2027, 10:00-12:00\n\n"
                     "The regatta will run on 3 May 2027 from 2pm to 5pm on the estuary.\n")
    assert len(events) == 2


def test_a_header_day_whose_meeting_the_body_cancels_gives_no_entry():
    events = _events("Public Notices\n\nNotice of Cancellation of Public Meeting - March 9, 2027\n\n"
                     "Date: Mar 9, 2027\n\nPlease be advised that the Township has cancelled the public meeting "
                     "scheduled for this evening, Tuesday, March 9, 2027, because of a power outage.\n")
    assert events == []


def test_a_dated_notice_whose_meeting_is_called_off_keeps_only_the_next_one():
    events = _events("Village news\n\nDate: 9 March 2027\n\nThe parish council meeting planned for Tuesday "
                     "9 March 2027 has been cancelled. The next meeting will be on 13 April 2027.\n")
    assert [e.start for e in events] == [date(2027, 4, 13)]


def test_a_header_block_alone_keeps_its_entry():
    events = _events("Harbour Rowing Club\nWhen: 3 May 2027, 19:00-21:00\n\nCome along and bring a friend!\n")
    assert [e.start for e in events] == [datetime(2027, 5, 3, 19, 0)]
