"""Meals as occasions, prefixed holidays, denials, conditions and slot places, in wordings of our own:

- a meal held as an occasion (dinner, luncheon, banquet, brunch, supper) is an event noun, so a
  day in its sentence frames it as one and names it (without one, the day gave nothing);
- a day joined by a hyphen to a prefix ("post-Christmas", "pre-Easter") is a time around that day,
  not the day of what the sentence tells;
- "there will not be a <event> on <day>" denies the event like "there will be no <event>", and
  "will not meet" denies the meeting its verb implies;
- a sentence that opens with a condition not about the reader ("If enough people sign up, ...")
  makes the event after its comma a possibility, no entry; "If you would like a seat, ..." does not;
- a programme slot under a day heading keeps its "— place" apart when its name holds an event
  noun ("11:00 Poetry concert — Rothe House garden"), as it did for names without one;
- an Islamic holiday's day is reckoned by arithmetic, while the day kept waits on the moon's
  sighting: its entry is approximate, and a one-day window's note says "about" that day;
- (the Day-column check is in test_events_county_zones_and_titles.py, beside the feature it guards).
"""
# Provenance: Session 18 mends from review 17.

from datetime import date, datetime

import pytest

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str, today: date = date(2027, 1, 1)):
    result = process_document(Document(path="p.txt", text=text), Options(today=today))
    return [(e.title, e.kind, e.start) for e in result.events]


@pytest.mark.parametrize("sentence, title, day", [
    ("Tickets are on sale for the annual awards dinner on 14 March 2027 at the Grand Hotel.",
     "Annual awards dinner", date(2027, 3, 14)),
    ("Members and partners are welcome at the charity banquet, Friday 12 March 2027, in the main hall.",
     "Charity banquet", date(2027, 3, 12)),
    ("The annual dinner dance is on March 24, 2027 in the village hall.", "Annual dinner dance",
     date(2027, 3, 24)),
    ("Join us for a Burns supper on 25 January 2027.", "Burns supper", date(2027, 1, 25)),
    ("The luncheon for volunteers takes place on 9 April 2027.", "Luncheon for volunteers", date(2027, 4, 9)),
])
def test_a_meal_held_as_an_occasion_is_an_event(sentence, title, day):
    assert _events("Club news\n\n" + sentence + "\n") == [(title, "event", day)]


def test_a_prefixed_holiday_is_not_the_day_of_the_dinner():
    assert _events("Club news\n\nOur members enjoyed a post-Christmas dinner in the village hall this month.\n",
                   today=date(2027, 1, 20)) == []


def test_a_prefixed_holiday_does_not_block_the_written_day():
    assert _events("Club news\n\nThe pre-Easter coffee morning is on 10 April 2027 in the hall.\n") \
        == [("Pre-Easter coffee morning", "event", date(2027, 4, 10))]


@pytest.mark.parametrize("sentence", [
    "There will not be a meeting on Friday 7 November 2031.",
    "There will not be any concerts on Friday 7 November 2031.",
    "There will be no meeting on Friday 7 November 2031.",
])
def test_a_denied_event_gives_no_entry(sentence):
    assert _events("Club news\n\n" + sentence + "\n", today=date(2031, 1, 20)) == []


def test_a_negation_elsewhere_in_the_sentence_does_not_deny_the_event():
    assert _events("Club news\n\nDo not miss the concert on Friday 7 November 2031.\n", today=date(2031, 1, 20)) \
        == [("Concert", "event", date(2031, 11, 7))]


def test_an_event_under_a_fronted_condition_gives_no_entry():
    assert _events("Club news\n\nIf enough people sign up, the meeting will be on Friday 7 November 2031.\n",
                   today=date(2031, 1, 20)) == []


def test_a_condition_about_the_reader_leaves_the_event():
    assert _events("Club news\n\nIf you would like a seat, the Harvest Supper is on Friday 7 November 2031.\n",
                   today=date(2031, 1, 20)) == [("Harvest Supper", "event", date(2031, 11, 7))]


def test_a_slot_named_with_an_event_noun_keeps_its_place_apart():
    from calfeed.html_pages import read_page

    page = read_page("<h2>Sunday 6 June 2027</h2><ul><li><strong>11:00</strong> Poetry concert — Rothe House "
                     "garden</li><li>17:00 Closing readings — Watergate Theatre</li></ul>")
    result = process_document(Document("p.html", page.text, title=page.title, published=date(2027, 3, 2)))
    assert [(e.title, e.location) for e in result.events] == [("Poetry concert", "Rothe House garden"),
                                                             ("Closing readings", "Watergate Theatre")]


def test_a_day_the_moon_sets_is_an_approximate_entry():
    result = process_document(Document(path="p.txt", text="Notice\n\nThe office will be closed for Eid al-Fitr 2027.\n",
                                       published=date(2026, 12, 1)))
    (event,) = result.events
    assert (event.start, event.precision) == (date(2027, 3, 10), "approximate")
    assert 'date approximate: "Eid al-Fitr 2027" is about 2027-03-10' in event.notes


@pytest.mark.parametrize("sentence", [
    "The committee will not meet on 3 August 2029.",
    "The committee does not meet in August 2029.",
])
def test_a_denied_meeting_verb_gives_no_entry(sentence):
    assert _events("Club news\n\n" + sentence + "\n", today=date(2028, 12, 1)) == []


def test_a_meeting_verb_still_gives_its_meeting():
    assert _events("Club news\n\nThe committee will meet on 3 August 2029.\n", today=date(2028, 12, 1)) \
        == [("Committee meeting", "meeting", date(2029, 8, 3))]


@pytest.mark.parametrize("sentence, today", [
    ("The post-Christmas dinner will be held in the village hall.", date(2027, 12, 1)),
    ("A pre-Easter concert will be held in the church.", date(2027, 1, 10)),
])
def test_a_prefixed_holiday_ahead_is_no_entry_of_its_day(sentence, today):
    # without the prefix check, Christmas 2027 (Easter 2027) would be the dinner's (concert's) day
    assert _events("Club news\n\n" + sentence + "\n", today=today) == []


def test_an_exception_of_people_takes_no_day_out():
    # review 18: "except" took 5 March out of the reopening although no range or series came first
    assert _events("Museum news\n\nThe museum reopens on 1 March 2027, and everyone except staff can visit "
                   "from 5 March 2027.\n") == [("Museum reopens", "event", date(2027, 3, 1)),
                                              ("Visit", "event", date(2027, 3, 5))]


def test_overnight_hours_over_a_range_of_days_are_each_night():
    # review 18: "from 6pm to 2am" over 3-5 May was one 32-hour stretch
    result = process_document(Document(path="p.txt", text="Festival news\n\nThe festival runs 3-5 May 2027 "
                                       "from 6pm to 2am.\n"), Options(today=date(2027, 1, 10)))
    (event,) = result.events
    assert (event.start, event.end) == (datetime(2027, 5, 3, 18), datetime(2027, 5, 4, 2))
    assert event.rrule == "FREQ=DAILY;UNTIL=20270505T235959"
