"""One subject given several times on one day is one entry, the timed one kept: an election's day,
its voting hours and the same hours restated in an aside ("while polls are open (7 a.m. - 9 p.m.)")
are one occasion; a deadline day ("must be taken down by Sunday") and the hour the next paragraph
gives on that day ("must be removed by 4 p.m. on Sunday") are one deadline."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events


def test_an_election_day_and_its_polling_hours_are_one_entry():
    text = ("Parish of Brackenholm: electors will choose one councillor on Thursday 14 October 2027, the clerk "
            "announced.\n\n"
            "Proxy Vote: a voter who will be abroad on 14 October 2027 while polls are open (7 a.m. - 9 p.m.) "
            "may name a proxy.\n\n"
            "Voting takes place in the Brackenholm Institute, open on Thursday 14 October 2027 from 7 a.m. to 9 p.m.")
    events = page_events(text, "2027-09-20")
    assert [(e.start, e.end) for e in events] == [(datetime(2027, 10, 14, 7), datetime(2027, 10, 14, 21))]


def test_a_deadline_day_and_its_hour_given_again_are_one_deadline():
    text = ("The council said on Thursday that all market stalls must be taken down by Sunday. It asks the "
            "stallholders to take down their frames soon.\n\n"
            "Some lanes stay shut while the scaffolding comes down. All awnings must be removed by 4 p.m. on Sunday.")
    events = page_events(text, "2027-03-04")
    assert [(e.kind, e.start) for e in events] == [("deadline", datetime(2027, 3, 7, 16))]


def test_two_deadlines_of_one_day_at_other_days_words_stay_two():
    text = ("Nominations must reach the clerk by 5 May 2027.\n\n"
            "Postal ballots must be returned by 5 p.m. on 6 May 2027.")
    assert len(page_events(text, "2027-04-01")) == 2
