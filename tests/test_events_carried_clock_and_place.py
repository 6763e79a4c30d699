"""A time or place stated once carries to what it belongs to, and one subject on one day is one
entry, in wordings of our own:

- a clock written apart from its day, in the day's sentence or in the next one saying a start,
  times the day's entry; a clock that ends or limits ("closes at", "until") does not;
- a deadline "before the start of the meeting" on the meeting's day closes at its clock;
- a list's lead clock and room hold for a listed line with words of its own too;
- a month-long or approximate telling of a subject folds into the exact entry inside it, and an
  all-day telling into that day's timed telling when one title's words lie within the other's;
  two different meetings of one period stay two."""
# Provenance: session 16, round 21 classes C6 and C8.

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str, title: str | None = None, today: date = date(2027, 2, 1)):
    result = process_document(Document(path="p.txt", text=text, title=title), Options(today=today))
    return sorted(result.events, key=lambda e: str(e.start))


# C6: a clock near its day


def test_a_clock_later_in_the_days_sentence_times_its_entry():
    (event,) = _events("Village hall news\n\n"
                       "We are planning a games evening on Friday 5th March 2027, with quizzes and a raffle, "
                       "and the bar will be open from 7pm.\n")
    assert event.start == datetime(2027, 3, 5, 19, 0) and not event.all_day


def test_a_start_in_the_next_sentence_times_the_days_entry():
    events = _events("Club notes\n\n"
                     "Our spring quiz is on Friday 5th March 2027. It starts at 7pm and teams of six are welcome.\n\n"
                     "The plant sale takes place on Saturday 13th March 2027 in the car park.\n")
    assert [(e.title, e.start) for e in events] == [("Spring quiz", datetime(2027, 3, 5, 19, 0)),
                                                   ("Plant sale", date(2027, 3, 13))]


def test_a_closing_time_or_an_unrelated_clock_in_the_next_sentence_times_nothing():
    events = _events("Club notes\n\n"
                     "The summer fete is on Saturday 12th June 2027. The office closes at 4pm that day.\n\n"
                     "The craft market is on Sunday 13th June 2027. A shuttle bus leaves the station at 9am.\n")
    fete = next(e for e in events if "fete" in e.title.lower())
    market = next(e for e in events if "market" in e.title.lower())
    assert (fete.start, market.start) == (date(2027, 6, 12), date(2027, 6, 13))
    assert fete.all_day and market.all_day


def test_a_holiday_name_between_the_day_and_its_clock_does_not_take_the_clock():
    (event,) = _events("Hall news\n\n"
                       "We will hold a family disco on Friday 26th March 2027 as the Easter holidays begin, "
                       "with music from 6.30pm.\n")
    assert event.start == datetime(2027, 3, 26, 18, 30)


# C6: a deadline bounded by the meeting it comes before


def test_a_deadline_before_the_start_of_the_meeting_takes_its_clock():
    events = _events("Annual meeting\n\n"
                     "The annual meeting of the society is on Tuesday 16th March 2027 at 7.30pm in the Old School Room.\n\n"
                     "Nomination papers must reach the Secretary before the start of the meeting on 16th March.\n")
    deadline = next(e for e in events if e.kind == "deadline")
    assert deadline.start == datetime(2027, 3, 16, 19, 30) and not deadline.all_day


def test_a_deadline_before_a_meeting_of_another_day_keeps_its_day():
    events = _events("Annual meeting\n\n"
                     "The annual meeting of the society is on Tuesday 16th March 2027 at 7.30pm in the Old School Room.\n\n"
                     "Nomination papers must reach the Secretary before the meeting, by 2nd March 2027.\n")
    deadline = next(e for e in events if e.kind == "deadline")
    assert deadline.all_day and deadline.start == date(2027, 3, 2)


# C6: a list's lead for its lines with words of their own


def test_the_leads_clock_and_room_hold_for_a_listed_line_with_its_own_words():
    events = _events("Library Trustees Meeting Dates 2027\n"
                     "Meetings held at 5:30 PM in the Reading Room unless otherwise posted\n"
                     "- March 9, 2027\n"
                     "- April 13, 2027 – Annual Budget Hearing\n"
                     "- May 11, 2027\n")
    assert [e.start for e in events] == [datetime(2027, 3, 9, 17, 30), datetime(2027, 4, 13, 17, 30),
                                         datetime(2027, 5, 11, 17, 30)]
    assert events[1].title == "Annual Budget Hearing" and events[1].location == "Reading Room"


# C8: one subject, one entry


def test_a_headline_month_folds_into_the_exact_day_inside_it():
    text = ("The County Museum Will Reopen Its Textile Hall in June 2027\n"
            "The County Museum said today that its textile hall will reopen to visitors on June 19, 2027, "
            "after two years of repairs.\n")
    events = _events(text, title="The County Museum Will Reopen Its Textile Hall in June 2027",
                     today=date(2027, 3, 1))
    assert len(events) == 1 and events[0].start == date(2027, 6, 19) and events[0].precision == "exact"


def test_an_all_day_telling_and_the_hours_of_the_same_show_are_one_entry():
    events = _events("Bellbrook will host fireworks on Saturday, May 8, 2027 at Victoria Park. "
                     "The fireworks display will start at 8:30 p.m., weather permitting.\n", today=date(2027, 4, 1))
    assert len(events) == 1
    (event,) = events
    assert event.start == datetime(2027, 5, 8, 20, 30) and event.location == "Victoria Park"


def test_two_different_meetings_of_one_period_stay_two():
    events = _events("The steering group will meet in Lisbon later this year. "
                     "The third ministerial meeting will take place in Lisbon on 8 December 2027.\n",
                     today=date(2027, 6, 1))
    assert len(events) == 2


# C6: a standing sentence's clock for the page's dated items of that event


def test_a_standing_sentence_after_the_list_times_its_dated_meetings():
    events = _events("Camera club dates\n\n"
                     "5 March 2027\n\nMarch – Club Meeting (Theme = Rivers)\n\n"
                     "9 April 2027\n\nApril – Club Meeting (Theme = Bridges)\n\n"
                     "Club meetings start at 19:30 in the church hall.\n")
    meetings = [e for e in events if "River" in e.title or "Bridge" in e.title]
    assert [e.start for e in meetings] == [datetime(2027, 3, 5, 19, 30), datetime(2027, 4, 9, 19, 30)]


def test_another_groups_standing_clock_does_not_time_a_meeting():
    events = _events("Library news\n\n"
                     "Chess Club: the club meets every second Tuesday at 6pm.\n\n"
                     "Sewing Club meeting on Wednesday 10 March 2027.\n")
    sewing = next(e for e in events if "Sewing" in e.title)
    assert sewing.all_day
