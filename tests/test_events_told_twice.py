"""One event told twice in a document (a headline, a What/When block or a key-dates row, and a
sentence) is one entry: the most precise telling, quoting both places. Two events of one day
(a workshop and a reception, one session in two cities, a morning and an evening session)
stay two entries (red team 6b C6, 7b 04)."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

from calfeed.events.told_twice import merge_told_twice, same_event
from calfeed.model import Event

AGM = ("Club AGM on September 19\n\n"
       "Our 2020 annual general meeting will be held on Saturday, September 19 at 9am in the clubhouse.\n")


def test_a_headline_and_the_sentence_telling_its_time_are_one_entry():
    events = [e for e in tagged_events(AGM, published=date(2020, 8, 24)) if e.kind == "meeting"]
    assert len(events) == 1
    (agm,) = events
    assert agm.start == datetime(2020, 9, 19, 9, 0) and not agm.all_day
    assert agm.title == "Annual general meeting"
    assert [s.expr for s in agm.sources] == ["Saturday, September 19 at 9am", "September 19"]
    assert sum("the same event as \"Club AGM\"" in note for note in agm.notes) == 1


def test_a_what_when_block_and_a_sentence_are_one_entry():
    text = ("MEDIA ADVISORY\n\n"
            "A press conference will be held on Monday, 6 October 2025.\n\n"
            "WHAT: Press conference with the Executive Director\n"
            "WHEN: Monday, 6 October 2025 at 12:00 noon\n"
            "WHERE: Press Room, Vienna International Centre\n")
    events = [e for e in tagged_events(text, published=date(2025, 9, 30)) if e.kind == "conference"]
    assert len(events) == 1
    assert events[0].start == datetime(2025, 10, 6, 12, 0)
    assert len(events[0].sources) == 2


def test_a_workshop_and_a_reception_on_one_day_stay_two():
    text = ("Workshop on data ethics, 9 June 2027\n\n"
            "The workshop will be held on 9 June 2027 from 10am in Room 4. "
            "A reception will follow on 9 June 2027 at 7pm.\n")
    titles = sorted(e.title for e in tagged_events(text, published=date(2027, 3, 1)))
    assert len(titles) == 2 and any("eception" in t for t in titles)


def test_one_session_in_two_cities_stays_two():
    text = ("Information sessions will be held in Leeds on 3 February 2027 at 10am.\n\n"
            "A second information session will be held in Bristol on 3 February 2027 at 10am.\n")
    events = tagged_events(text, published=date(2027, 1, 5))
    assert len(events) == 2


def _event(title: str, start, *, end=None, kind: str = "meeting", location: str | None = None, tz=None) -> Event:
    return Event(uid=title, title=title, kind=kind, start=start, end=end, all_day=not isinstance(start, datetime),
                 precision="exact", location=location, tz=tz)


DAY = date(2027, 6, 9)
NINE = datetime(2027, 6, 9, 9, 0)


def test_same_event_needs_the_same_head_noun_and_no_words_telling_them_apart():
    assert same_event(_event("Club AGM", DAY, end=DAY), _event("Annual general meeting", NINE))
    assert same_event(_event("Work Summit", DAY, end=DAY, kind="conference"),
                      _event("Work Summit on the theme Women", DAY, end=DAY, kind="conference"))
    assert same_event(_event("Online information webinar", NINE, kind="workshop"),
                      _event("Online webinar for prospective applicants", NINE, kind="workshop"))
    assert same_event(_event("Concert", DAY, end=DAY, kind="event"), _event("Concert starts", NINE, kind="event"))
    assert same_event(_event("World of Work Summit", DAY, end=DAY, kind="conference"),
                      _event("Work Summit on the theme Women", DAY, end=DAY, kind="conference"))
    assert not same_event(_event("Session of the Working Party", DAY, end=DAY),
                          _event("Session of the Governing Board", NINE))
    assert not same_event(_event("Evening session", DAY, end=DAY), _event("Morning session", NINE))
    assert not same_event(_event("Doors open", NINE, kind="event"), _event("Gates open", NINE, kind="event"))
    assert not same_event(_event("Workshop on data", DAY, end=DAY, kind="workshop"),
                          _event("Workshop on ethics", NINE, kind="workshop"))
    assert not same_event(_event("Annual dinner", DAY, end=DAY, kind="event"), _event("Annual general meeting", NINE))
    assert not same_event(_event("He's expected meeting", DAY, end=DAY), _event("Three hour meeting", DAY, end=DAY))


def test_same_event_needs_one_day_one_place_and_fitting_kinds():
    assert not same_event(_event("Press conference", NINE, location="Leeds", kind="conference"),
                          _event("Press conference", NINE, location="Bristol", kind="conference"))
    assert same_event(_event("Press conference", NINE, location="Vienna", kind="conference"),
                      _event("Press conference", NINE, location="Press Room, Vienna", kind="conference"))
    assert not same_event(_event("Session", NINE), _event("Session", datetime(2027, 6, 9, 14, 0)))
    assert not same_event(_event("Session", DAY, end=date(2027, 6, 11)), _event("Session", NINE))
    assert not same_event(_event("Session", DAY, end=DAY), _event("Session", datetime(2027, 6, 10, 9, 0)))
    assert not same_event(_event("Registration", DAY, end=DAY, kind="deadline"), _event("Registration", NINE))
    assert not same_event(_event("Launch", DAY, end=DAY, kind="workshop"), _event("Launch", NINE, kind="conference"))


def test_an_all_day_entry_beside_two_sessions_of_its_name_is_left_alone():
    events = [_event("Family workshop", DAY, end=DAY, kind="workshop"),
              _event("Family workshop", NINE, kind="workshop"),
              _event("Family workshop", datetime(2027, 6, 9, 14, 0), kind="workshop")]
    assert len(merge_told_twice(events)) == 3


CFP = ("CFP: Letters, Networks and Women's Voices, 1500–1700\n\n"
       "University of Glasgow, 6–8 July 2017\n\n"
       "The Early Modern Correspondence Network invites proposals for its third international conference, "
       "to be held at the University of Glasgow from Thursday 6th to Saturday 8th July 2017.\n")


def test_a_heading_over_the_days_of_the_conference_the_body_tells_is_that_conference():
    events = [e for e in tagged_events(CFP, published=date(2016, 9, 21)) if e.start == date(2017, 7, 6)]
    assert len(events) == 1
    assert events[0].kind == "conference" and events[0].end == date(2017, 7, 8)
    assert len(events[0].sources) == 2


def test_a_heading_over_one_day_beside_another_event_that_day_stays_two():
    text = ("Volunteer fair, 12 March 2027\n\n"
            "A charity concert will be held in the church hall on 12 March 2027.\n")
    assert len(tagged_events(text, published=date(2027, 2, 1))) == 2


def test_two_entries_over_the_same_week_not_named_after_the_document_stay_two():
    events = [_event("Talks between the two leaders", date(2027, 4, 26), end=date(2027, 5, 2)),
              _event("Visit to Israel", date(2027, 4, 26), end=date(2027, 5, 2), kind="event")]
    from calfeed.model import Document
    doc = Document(path="doc.txt", text="Leaders meet\n\nThe talks ran all week.\n")
    assert len(merge_told_twice(events, None, doc)) == 2
