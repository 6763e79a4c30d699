"""A newsletter's event block (a title
line over "date, time at venue") and a talks programme line ("<date> <speaker> 'title'") are
entries, named by the title line or the quoted title and its speaker."""
# Provenance: Round-8b red-team classes in the events stage (C1, C2).

from __future__ import annotations

from datetime import date, datetime

import pytest

from events_helpers import tagged_events

BLOG = """Friday, January 20, 2012

Upcoming Events

I figured I could do a filler post listing a few upcoming events.

WOW Community Meeting
Tuesday, January 24, 6:30 p.m. at Walsh School
Held at the request of the Mayor, the meeting will inform students and parents.

"The Future of Our Downtown Green" Community Forum
Wednesday, January 25, 6:30-8:30 p.m. at the Mattatuck Museum
A public meeting to discuss ideas for the Green, part of a grant-funded study.

WOW/NRZ Youth Council's 9th Annual Black History Celebration
Wednesday, February 1, 6:00 p.m. at the WOW/NRZ Community Learning Center
This year's theme features a host of distinguished speakers and guests.
"""


def _by_day(events):
    return {(e.start.date() if isinstance(e.start, datetime) else e.start): e for e in events}


def test_a_title_line_over_a_dated_line_with_a_venue_is_that_event_there():
    events = _by_day(tagged_events(BLOG))
    meeting = events[date(2012, 1, 24)]
    assert meeting.title == "WOW Community Meeting" and meeting.start == datetime(2012, 1, 24, 18, 30)
    assert meeting.location is not None and "Walsh School" in meeting.location
    forum = events[date(2012, 1, 25)]
    assert "Community Forum" in forum.title and "Mattatuck Museum" in (forum.location or "")
    assert forum.start == datetime(2012, 1, 25, 18, 30)
    party = events[date(2012, 2, 1)]
    assert "Black History Celebration" in party.title and "Community Learning Center" in (party.location or "")


def test_one_block_with_its_venue_alone():
    text = "WOW Community Meeting\nTuesday, January 24, 6:30 p.m. at Walsh School\n"
    events = tagged_events(text, published=date(2012, 1, 20))
    assert [(e.title, e.start) for e in events] == [("WOW Community Meeting", datetime(2012, 1, 24, 18, 30))]
    assert "Walsh School" in (events[0].location or "")


@pytest.mark.parametrize("text", [
    # a sentence ends the line above: it is no title
    "We will talk about the school.\nTuesday, January 24, 6:30 p.m. at Walsh School\n",
    # a name over a date with no clock, no venue and no event word: a signature, not an event
    "Yours sincerely,\n\nJohn Smith\nTuesday, January 24\n",
])
def test_lines_that_are_no_title_name_nothing(text):
    events = tagged_events(text, published=date(2012, 1, 20))
    assert not any(e.title in ("John Smith", "We will talk about the school.") for e in events)


PROGRAMME = """Our Programme

Tuesday 15th October 2024 Dr Sandra Knapp ‘In the Name of Plants: Remarkable Plants and the Extraordinary People Behind their Names’

Merit Researcher, Natural History Museum, President of the Linnean Society 2017-22

Tuesday 29th October 2024 Prof. Robin Wilson, Emeritus Professor of Pure Mathematics at OU ‘The Other Side of Sullivan’

Sir Arthur Sullivan was a major force in Victorian music.

Tuesday 12th November 2024 John Petters ‘A Jazz Life Continues’

Tuesday 25th February 2025 Prof Patricia Fara ‘ J M W Turner’s Rain, Steam and Speed’
"""


def test_a_programme_line_is_the_quoted_talk_by_its_speaker():
    events = _by_day(tagged_events(PROGRAMME, published=date(2024, 9, 1)))
    assert events[date(2024, 10, 29)].title == "The Other Side of Sullivan — Prof. Robin Wilson"
    assert events[date(2024, 11, 12)].title == "A Jazz Life Continues — John Petters"
    assert events[date(2024, 10, 15)].title == "In the Name of Plants — Dr Sandra Knapp"   # its subtitle is cut
    assert events[date(2025, 2, 25)].title == "J M W Turner’s Rain, Steam and Speed — Prof Patricia Fara"
    assert all(e.kind == "event" for e in events.values())


@pytest.mark.parametrize("text, when, title", [
    ("6th December 2021 7.30pm “Black holes and soap bubbles ” – Prof Oscar Campos-Dias",
     datetime(2021, 12, 6, 19, 30), "Black holes and soap bubbles — Prof Oscar Campos-Dias"),
    ("Tuesday 29th October 2024 Prof Robin Wilson ‘The Other Side of Sullivan’",
     date(2024, 10, 29), "The Other Side of Sullivan — Prof Robin Wilson"),
    ("12 March 2025: Dr Jane Roe, \"Why bees dance\"", date(2025, 3, 12), "Why bees dance — Dr Jane Roe"),
])
def test_one_programme_line(text, when, title):
    events = tagged_events(text, published=date(2020, 11, 1))
    assert [(e.title, e.start) for e in events] == [(title, when)]


def test_quotes_inside_a_sentence_are_no_talk():
    events = tagged_events("12 March 2025 was the day the council said ‘no more cuts’ to the library budget.",
                           published=date(2020, 11, 1))
    assert not any(" — " in e.title for e in events)
    events = tagged_events("The programme of the week follows.\n\n15 June: “World of Work Summit”\n",
                           published=date(2017, 6, 1))
    assert not any(" — " in e.title for e in events)    # a quoted name, no speaker (its whole name is the title)
    events = tagged_events("The business for the week commencing Monday 8 February will be:\n\n"
                           "Monday 8 February — Second reading of the ‘Water (Special Measures)’ Bill.\n\n"
                           "Thursday 11 February — General debate on Holocaust Memorial Day.\n",
                           published=date(2027, 2, 4))
    assert [e.title for e in events] == ["Second reading of the ‘Water (Special Measures)’ Bill",
                                         "General debate on Holocaust Memorial Day"]
