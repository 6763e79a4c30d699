"""One rule of event framing per test, on small sentences with hand-built timexes."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.events import merge_events
from calfeed.events.identity import event_uid
from events_helpers import clock, day, frame, series, vague


def test_call_for_papers_deadline_in_anywhere_on_earth():
    text = "Full papers are due by 23:59 AoE on 15 March 2012."
    events, _ = frame(text, [clock(text, "23:59 AoE on 15 March 2012", datetime(2012, 3, 15, 23, 59),
                                   tz="Etc/GMT+12", tz_text="AoE")], date(2011, 12, 1))
    (event,) = events
    assert (event.kind, event.title, event.all_day, event.tz) == ("deadline", "Deadline for full papers", False, "Etc/GMT+12")
    assert event.start == datetime(2012, 3, 15, 23, 59) and event.end is None


def test_submission_no_later_than_brussels_time():
    text = "Proposals must be submitted no later than 17:00 Brussels time on 3 March 2011."
    events, _ = frame(text, [clock(text, "17:00 Brussels time on 3 March 2011", datetime(2011, 3, 3, 17),
                                   tz="Europe/Brussels", tz_text="Brussels time")], date(2011, 1, 10))
    (event,) = events
    assert (event.kind, event.title, event.tz) == ("deadline", "Submission of proposals", "Europe/Brussels")


def test_workshop_range_is_all_day_with_place():
    text = "The workshop will be held in Geneva from 6 to 10 October 2014."
    events, _ = frame(text, [day(text, "from 6 to 10 October 2014", date(2014, 10, 6), last=date(2014, 10, 10),
                                 tense="future")], date(2014, 5, 1))
    (event,) = events
    assert (event.title, event.kind, event.location) == ("Workshop", "workshop", "Geneva")
    assert (event.start, event.end, event.all_day, event.precision) == (date(2014, 10, 6), date(2014, 10, 10), True, "exact")


def test_weekly_committee_is_a_recurring_event():
    text = "The committee meets every Tuesday at 10:00 in Room 4."
    events, _ = frame(text, [series(text, "every Tuesday at 10:00", "FREQ=WEEKLY;BYDAY=TU",
                                    datetime(2011, 6, 28, 10))], date(2011, 6, 23))
    (event,) = events
    assert (event.title, event.rrule, event.all_day) == ("Committee meeting", "FREQ=WEEKLY;BYDAY=TU", False)
    assert event.start == datetime(2011, 6, 28, 10)


def test_series_starts_on_the_starting_date_and_it_is_no_event_of_its_own():
    text = "The help desk holds open office hours every Tuesday from 14:00 to 16:00, starting on 12 January 2027."
    events, _ = frame(text, [
        series(text, "every Tuesday from 14:00 to 16:00", "FREQ=WEEKLY;BYDAY=TU", None,
               until=datetime(2027, 1, 1, 16)),
        day(text, "12 January 2027", date(2027, 1, 12)),
    ])
    # the series has no interval of its own (no document date); the anchor gives its first day
    (event,) = events
    assert (event.title, event.start, event.rrule) == ("Open office hours", date(2027, 1, 12), "FREQ=WEEKLY;BYDAY=TU")


def test_series_first_occurrence_from_anchor():
    text = "The help desk holds open office hours every Tuesday at 14:00, starting on 14 January 2027."
    events, _ = frame(text, [
        series(text, "every Tuesday at 14:00", "FREQ=WEEKLY;BYDAY=TU", datetime(2026, 6, 2, 14)),
        day(text, "14 January 2027", date(2027, 1, 14)),
    ], date(2026, 6, 1))
    (event,) = events
    assert event.title == "Open office hours"
    assert event.start == datetime(2027, 1, 19, 14)    # first Tuesday on/after Thursday 14 January


def test_dates_without_events_give_nothing():
    text = ("The report was published on 3 May 2011. Since 2001 the network has grown. "
            "The minister said on Monday that prices rose.")
    events, unresolved = frame(text, [
        day(text, "3 May 2011", date(2011, 5, 3), tense="past"),
        vague(text, "2001", datetime(2001, 1, 1), datetime(2002, 1, 1), "year", approximate=False),
        day(text, "Monday", date(2011, 5, 2), tense="past"),
    ], date(2011, 5, 4))
    assert events == [] and unresolved == []


def test_statement_date_is_not_the_event_date():
    text = "The organisers announced on Monday that the summit will take place on 5 June 2011 in Oslo."
    events, _ = frame(text, [day(text, "Monday", date(2011, 5, 2), tense="past"),
                             day(text, "5 June 2011", date(2011, 6, 5), tense="future")], date(2011, 5, 4))
    (event,) = events
    assert (event.title, event.start, event.location) == ("Summit", date(2011, 6, 5), "Oslo")


def test_registration_opens_is_an_opening_not_a_deadline():
    text = "Registration for the annual forum opens on 3 March 2027."
    events, _ = frame(text, [day(text, "3 March 2027", date(2027, 3, 3))], date(2027, 1, 1))
    (event,) = events
    assert (event.title, event.kind) == ("Registration for the annual forum opens", "event")


def test_important_dates_list_gives_each_line_its_own_title():
    text = ("Important dates\n\n- Abstract submission deadline: 12 February 2027\n"
            "- Notification of acceptance: 26 March 2027\n- Camera-ready papers are due by 16 April 2027.")
    events, _ = frame(text, [day(text, "12 February 2027", date(2027, 2, 12)),
                             day(text, "26 March 2027", date(2027, 3, 26)),
                             day(text, "16 April 2027", date(2027, 4, 16))], date(2026, 11, 2))
    got = [(e.title, e.kind) for e in sorted(events, key=lambda e: e.start)]
    assert got == [("Abstract submission deadline", "deadline"), ("Notification of acceptance", "milestone"),
                   ("Deadline for camera-ready papers", "deadline")]


def test_register_by_is_a_registration_deadline_and_comments_deadline():
    text = ("Delegations are requested to register online by 25 January 2027. Written comments on the draft "
            "agenda should reach the secretariat no later than 12:00 noon on 18 January 2027.")
    events, _ = frame(text, [day(text, "25 January 2027", date(2027, 1, 25)),
                             clock(text, "12:00 noon on 18 January 2027", datetime(2027, 1, 18, 12))],
                      date(2026, 12, 1), location="Geneva")
    got = {e.title: e for e in events}
    assert set(got) == {"Registration for delegations", "Deadline for written comments on the draft agenda"}
    assert all(e.kind == "deadline" for e in events)
    # deadlines take no place from front matter, but a timed one takes its zone
    assert got["Registration for delegations"].location is None
    assert got["Deadline for written comments on the draft agenda"].tz == "Europe/Zurich"


def test_same_event_twice_is_one_event_with_two_sources():
    text = "The summit will take place on 5 June 2011. Leaders will attend the summit on 5 June 2011."
    events, _ = frame(text, [day(text, "5 June 2011", date(2011, 6, 5)),
                             day(text, "5 June 2011", date(2011, 6, 5), nth=1)], date(2011, 5, 1))
    (event,) = events
    assert [s.start for s in event.sources] == [text.index("5 June"), text.rindex("5 June")]


def test_uid_does_not_change_with_the_date_and_numbers_namesakes():
    one = "The summit will take place on 5 June 2011."
    two = "The summit will take place on 7 June 2011."
    (a,), _ = frame(one, [day(one, "5 June 2011", date(2011, 6, 5))], date(2011, 5, 1))
    (b,), _ = frame(two, [day(two, "7 June 2011", date(2011, 6, 7))], date(2011, 5, 1))
    assert a.uid == b.uid == event_uid("doc.txt", "Summit", "conference")
    both = "The summit will take place on 5 June 2011. Another summit will take place on 9 June 2011."
    events, _ = frame(both, [day(both, "5 June 2011", date(2011, 6, 5)), day(both, "9 June 2011", date(2011, 6, 9))],
                      date(2011, 5, 1))
    assert len({e.uid for e in events}) == 2


def test_merge_across_documents_and_sort():
    text = "The summit will take place on 5 June 2011. The workshop will be held on 1 June 2011."
    timexes = [day(text, "5 June 2011", date(2011, 6, 5)), day(text, "1 June 2011", date(2011, 6, 1))]
    first, _ = frame(text, timexes, date(2011, 5, 1), path="a.txt")
    second, _ = frame(text, timexes, date(2011, 5, 1), path="b.txt")
    merged = merge_events(second + first)
    assert [e.title for e in merged] == ["Workshop", "Summit"]
    assert [s.doc for s in merged[1].sources] == ["a.txt", "b.txt"]
    assert merge_events(first + second)[1].uid == first[0].uid


def test_a_shared_entry_keeps_its_uid_whatever_order_the_files_come_in():
    """Naming the same pages in another order must not hand subscribers new UIDs (they would
    see every shared entry deleted and added again)."""
    text = "The book fair opens on 3 March 2027 in the town hall."
    timexes = [day(text, "3 March 2027", date(2027, 3, 3))]
    early, _ = frame(text, timexes, date(2027, 1, 1), path="guide/fairs.txt")
    late, _ = frame(text, timexes, date(2027, 1, 1), path="news.txt")
    forward, backward = merge_events(early + late), merge_events(late + early)
    assert [e.uid for e in forward] == [e.uid for e in backward] == [early[0].uid]
    assert [s.doc for s in backward[0].sources] == ["guide/fairs.txt", "news.txt"]


def test_problem_dates_are_reported():
    text = "The board meeting will take place in Vienna on 31 February 2011."
    timex = day(text, "31 February 2011", date(2011, 2, 28))
    timex.interval, timex.problem = None, "impossible date: February has no 31st day"
    events, unresolved = frame(text, [timex], date(2011, 1, 1))
    assert events == [] and unresolved[0].reason.startswith("impossible date")
    assert unresolved[0].sentence == text


def test_event_noun_without_a_placeable_date_is_reported():
    text = "The summit will take place in the autumn."
    timex = day(text, "the autumn", date(2011, 9, 1))
    timex.interval, timex.value = None, "XXXX-FA"
    events, unresolved = frame(text, [timex], date(2011, 1, 1))
    assert events == [] and "Summit" in unresolved[0].reason


def test_later_this_year_window_never_opens_before_the_document_date():
    text = "The forum will be held in Nairobi later this year."
    timex = vague(text, "later this year", datetime(2026, 1, 1), datetime(2027, 1, 1), "year", tense="future",
                  raw_value="REF+P0Y;mod=later;dir=this")
    (event,), _ = frame(text, [timex], date(2026, 10, 5), inferred=True)
    assert event.window == (date(2026, 10, 5), date(2026, 12, 31)) and event.precision == "approximate"
    assert event.start == date(2026, 10, 5) and event.end == date(2026, 12, 31) and event.all_day
    assert any("inferred document date 2026-10-05" in n for n in event.notes)


def test_year_inside_a_name_is_not_a_date_of_the_event():
    text = "The Third Workshop on Temporal Information (TIPD 2027) will be held in Lisbon, Portugal, on 14-15 June 2027."
    events, _ = frame(text, [vague(text, "2027", datetime(2027, 1, 1), datetime(2028, 1, 1), "year", approximate=False),
                             day(text, "14-15 June 2027", date(2027, 6, 14), last=date(2027, 6, 15))], date(2026, 11, 2))
    (event,) = events
    assert event.title == "Third Workshop on Temporal Information"
    assert event.location == "Lisbon, Portugal" and event.start == date(2027, 6, 14)


def test_dateline_gives_the_place_and_is_no_event():
    text = "VIENNA, 3 May 2011 (UNODC) - The expert meeting will take place on 9 June 2011."
    events, _ = frame(text, [day(text, "3 May 2011", date(2011, 5, 3)), day(text, "9 June 2011", date(2011, 6, 9))],
                      date(2011, 5, 3))
    (event,) = events
    assert (event.title, event.location) == ("Expert meeting", "Vienna")


def test_conference_room_is_a_place_not_an_event():
    text = "Coffee will be served in the conference room on 3 May 2011."
    events, _ = frame(text, [day(text, "3 May 2011", date(2011, 5, 3))], date(2011, 5, 1))
    assert events == []


def test_timed_event_with_range_takes_the_place_zone():
    text = "An information day for applicants will take place in Brussels on Thursday, 27 January 2011, from 10:00 to 13:00."
    events, _ = frame(text, [clock(text, "Thursday, 27 January 2011, from 10:00 to 13:00", datetime(2011, 1, 27, 10),
                                   until=datetime(2011, 1, 27, 13))], date(2011, 1, 10))
    (event,) = events
    assert event.title == "Information day for applicants"
    assert (event.start, event.end, event.tz, event.location) == (
        datetime(2011, 1, 27, 10), datetime(2011, 1, 27, 13), "Europe/Brussels", "Brussels")


def test_framing_stays_fast_on_a_long_unsplittable_document():
    """One 'sentence' of thousands of lines (no full stops) must not make framing quadratic."""
    import time

    line = "meeting " * 20 + "the the its by until in in on 8 December 2011\n"
    text = line * 1500
    timexes = [day(text, "8 December 2011", date(2011, 12, 8), nth=k) for k in range(1500)]
    began = time.process_time()
    events, _ = frame(text, timexes, date(2011, 6, 23))
    assert time.process_time() - began < 30
    assert len(events) == 1 and len(events[0].sources) == 1500
    assert all(len(s.sentence) <= 600 for s in events[0].sources[:3])


def test_a_town_name_inside_a_building_name_is_not_the_place():
    text = "The help desk holds a briefing on 12 January 2027 in the University Library in Edinburgh."
    (event,), _ = frame(text, [day(text, "12 January 2027", date(2027, 1, 12))], date(2027, 1, 1))
    assert event.location == "University Library, Edinburgh"    # the venue, in its town


def test_a_series_running_over_a_date_range_ends_with_the_range():
    from events_helpers import tagged_events

    text = ("The seminar meets every Tuesday at 16:00 in Room B12, University of Leeds, "
            "from 12 January to 23 March 2027.")
    (event,) = tagged_events(text, published=date(2026, 11, 20))
    assert event.start == datetime(2027, 1, 12, 16)
    assert event.rrule == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270323T235959"


def test_a_modified_year_is_not_said_to_be_counted_from_the_document_date():
    from events_helpers import tagged_events

    (event,) = tagged_events("# Plan\n\n- By end-2027: national rollout of the app\n", published=date(2026, 11, 15))
    assert event.window == (date(2027, 12, 1), date(2027, 12, 31))
    assert not any("counted from" in n for n in event.notes)


def test_same_title_and_clock_in_different_zones_are_two_events():
    from dataclasses import replace as changed
    from datetime import datetime

    from calfeed.model import Event

    base = Event(uid="a", title="Meeting", kind="meeting", start=datetime(2027, 7, 15, 10), end=None, all_day=False,
                 precision="exact", location=None, tz="America/New_York", window=None, rrule=None, sources=[], notes=[])
    paris = changed(base, uid="b", tz="Europe/Paris")
    floating = changed(base, uid="c", tz=None)
    assert sorted(e.tz for e in merge_events([base, paris])) == ["America/New_York", "Europe/Paris"]
    assert [e.tz for e in merge_events([floating, base])] == ["America/New_York"]


def test_one_title_at_one_moment_in_two_places_of_one_zone_is_two_events():
    from calfeed.model import Event

    at = datetime(2027, 4, 15, 19, 0)
    bristol = Event("a", "Annual General Meeting", "meeting", at, None, False, "exact", "Bristol", "Europe/London")
    birmingham = Event("b", "Annual General Meeting", "meeting", at, None, False, "exact", "Birmingham", "Europe/London")
    unplaced = Event("c", "Annual General Meeting", "meeting", at, None, False, "exact", None, "Europe/London")
    assert sorted(e.location for e in merge_events([bristol, birmingham])) == ["Birmingham", "Bristol"]
    venue = Event("d", "Annual General Meeting", "meeting", at, None, False, "exact", "Council House, Bristol",
                  "Europe/London")
    assert [e.location for e in merge_events([bristol, venue, unplaced])] == ["Bristol"]
