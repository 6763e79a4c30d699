"""One sentence dating several events (red team 8 B3): "The press briefings ahead of the summit of
13 December and ahead of the European Council meeting of 14-15 December will take place on Monday
11 December" gave the briefings' day to the European Council meeting and lost the meeting's own."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events


def test_the_verbs_date_goes_past_phrases_dated_by_their_own():
    events = tagged_events(
        "The press briefings ahead of the EU-Western Balkans summit of 13 December 2023 and ahead of the "
        "European Council meeting of 14-15 December 2023 will take place on Monday 11 December 2023 "
        "starting at 14:00 in Brussels.", published=date(2023, 12, 5))
    assert sorted((e.start, e.title) for e in events if isinstance(e.start, datetime)) == [
        (datetime(2023, 12, 11, 14, 0), "Press briefings")]
    assert {(e.title, e.start, e.end) for e in events if not isinstance(e.start, datetime)} == {
        ("EU-Western Balkans summit", date(2023, 12, 13), date(2023, 12, 13)),
        ("European Council meeting", date(2023, 12, 14), date(2023, 12, 15))}


def test_a_dated_phrase_alone_keeps_the_verbs_clock():
    events = tagged_events("The meeting of 14 December will start at 10:00 in Brussels.", published=date(2023, 12, 5))
    assert [(e.title, e.start) for e in events] == [("Meeting", datetime(2023, 12, 14, 10, 0))]


def test_a_name_year_does_not_date_its_phrase():
    events = tagged_events("The secretariat will report on the launch of the Decade of Action for Road Safety "
                           "2011-2020 on 11 May 2011 in Moscow.", published=date(2011, 3, 1))
    assert ("Launch of the Decade of Action for Road Safety", date(2011, 5, 11)) in [(e.title, e.start) for e in events]


def test_more_days_of_one_list_are_not_dated_apart():
    events = tagged_events("It will mean that there will be a couple of less meetings each year because three meetings "
                           "in a month can never occur - for example this occurred in August with meetings on the 3rd, "
                           "17th and 31st of the month.", published=date(2023, 9, 20))
    assert date(2023, 8, 31) not in [e.start for e in events]
