"""One entry per real event, with its own clock.

A clock told for one event is not another's: "Meetings start at 7pm" does not time a breakfast
meeting, and the dinner of a conference is not its start. Two named events on one day are two
entries; restated anchors, office terms and vague remarks are no entries.
"""
# Provenance: session 17, review 16 items 14-15, round 22 C7, C9, C10.

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD = Options(today=date(2026, 11, 30))


def _events(text: str, name: str = "page.txt"):
    return process_document(Document(name, text), BUILD).events


def test_a_standing_clock_for_the_bare_kind_does_not_time_a_meeting_named_for_its_part_of_day() -> None:
    text = ("Allotment Society\n\nOur meetings begin at 7.30pm in the scout hut.\n\nProgramme 2032\n"
            "- 9 February 2032: Society meeting\n- 14 April 2032: Brunch meeting and seed swap\n"
            "- 2 June 2032: Evening meeting\n- 8 September 2032: Lunchtime meeting\n")
    by_title = {e.title: e for e in _events(text)}
    assert by_title["Society meeting"].start == datetime(2032, 2, 9, 19, 30)
    assert by_title["Evening meeting"].start == datetime(2032, 6, 2, 19, 30)     # 7.30pm is in the evening
    for title, day in (("Brunch meeting and seed swap", date(2032, 4, 14)), ("Lunchtime meeting", date(2032, 9, 8))):
        entry = next(e for t, e in by_title.items() if t.startswith(title.split(" and")[0]))
        assert entry.all_day and entry.start == day


def test_a_deadline_before_the_start_of_an_event_does_not_take_the_clock_of_its_side_dinner() -> None:
    text = ("Northern Archaeology Symposium 2032\n\nAbstracts must be submitted before the start of the symposium "
            "on 4 March 2032.\n\nThe symposium dinner takes place on 4 March 2032 at 8pm in the Old Library.\n")
    deadline = next(e for e in _events(text) if e.kind == "deadline")
    assert deadline.all_day and deadline.start == date(2032, 3, 4)

    own = text.replace("The symposium dinner takes place on 4 March 2032 at 8pm", "The symposium opens on 4 March 2032 at 9am")
    deadline = next(e for e in _events(own) if e.kind == "deadline")     # its own start still bounds it
    assert deadline.start == datetime(2032, 3, 4, 9, 0)


def test_a_bracketed_day_after_a_span_counted_from_a_meeting_is_the_deadline_not_the_meeting() -> None:
    text = ("Harbour Sailing Club - Annual Meeting\n\nThe Annual Meeting will be held on Saturday, 14th March 2032.\n\n"
            "Motions should be handed to the Secretary NO LATER THAN FOURTEEN DAYS BEFORE THE MEETING "
            "(Saturday 29th February 2032).\n")
    events = _events(text)
    assert [e.kind for e in events if e.start == date(2032, 2, 29)] == ["deadline"]
    assert [e for e in events if e.kind == "meeting" and e.start == date(2032, 3, 14)]


def test_the_term_of_an_office_is_no_event() -> None:
    text = ("Bowls Club AGM\n\nOur Annual General Meeting will be held on Monday 12th April.\n\n"
            "The election of Vice-Captain (to be Captain 2033-34), Secretary (2032-33) and Treasurer (2032-33) "
            "will be decided at this meeting.\n")
    events = _events(text)
    assert [e.start for e in events] == [date(2032, 4, 12)]


def test_a_few_events_in_a_month_sum_up_the_page_and_are_no_entry() -> None:
    text = ("Riverside Museum\n\nThe museum is putting on several family events in August 2032, besides its usual tours.\n\n"
            "Fossil Hunt: Saturday 7 August 2032, 10am to noon.\n")
    events = _events(text)
    assert [(e.title, e.start) for e in events if e.start.month == 8] == [("Fossil Hunt", datetime(2032, 8, 7, 10, 0))]


def test_parking_for_an_event_is_no_event() -> None:
    text = ("Village Show 2032\n\nThe Village Show opens on Saturday 3 July 2032 at 11am.\n"
            "The school field will offer festival parking with a shuttle starting at 10.30am.\n")
    events = _events(text)
    assert [e.start for e in events] == [datetime(2032, 7, 3, 11, 0)]


def test_two_named_events_on_one_day_stay_two_entries() -> None:
    text = ("Town diary\n\n"
            "Dragon Boats on Sunday, June 13 will see road closures on the northern part of Quay Street.\n\n"
            "Also on Sunday is Harbour Pride with road closures from 9 a.m. to 4 p.m. on Bridge Road.\n\n"
            "Road closures on Sunday, June 13 for Harbour Pride on Bridge Road and Mill Lane.\n")
    result = process_document(Document("diary.txt", text, published=date(2032, 6, 1)), BUILD)
    on_day = [e for e in result.events if e.start == date(2032, 6, 13)]
    assert len(on_day) == 2
    boats = [e for e in on_day if any("Dragon" in s.sentence for s in e.sources)]
    assert len(boats) == 1 and not any("Pride" in s.sentence for s in boats[0].sources)


def test_a_day_the_reader_is_asked_to_act_before_puts_the_page_before_it() -> None:
    text = ("Tennis Club Annual Meeting\n\nThe Annual Meeting will be held at 7pm on Monday 29 March 2032 in the pavilion.\n\n"
            "Members who wish to raise a matter should put it in writing and hand it to the bar staff before Friday "
            "12 March addressed to the Club Secretary.\n")
    result = process_document(Document("tennis.txt", text), BUILD)
    assert result.reference.value < date(2032, 3, 12)
    assert [e.kind for e in result.events if e.start == date(2032, 3, 12)] == ["deadline"]


def test_a_heading_day_told_ahead_below_is_the_events_day_not_the_pages() -> None:
    text = ("SUMMER FAIR\n\nSaturday 10th July 2032\n\n"
            "Stall bookings must reach the Fair Secretary not less than 14 days (Saturday 26th June 2032) before the "
            "fair, which will take place on Saturday, 10th July 2032.\n\nPlease bring your own tables.\n")
    result = process_document(Document("fair.txt", text), BUILD)
    assert result.reference.value < date(2032, 6, 26)
    assert [e.start for e in result.events if e.kind != "deadline"] == [date(2032, 7, 10)]
