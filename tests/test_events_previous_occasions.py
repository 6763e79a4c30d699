"""Earlier occasions a page recalls beside the one it announces: "This builds on the previous
talks in Vienna on 4 March 2030 and in Oslo on 9 April 2030" is told in the present tense, but
"previous" says the talks are over (past_occasion_marks). On a page whose day is written, such
a day before the page's date gives no entry when the page announces a day ahead, as a day told
in the past tense gives none (past_reports)."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_previous_talks_recalled_beside_the_next_round_give_no_entry():
    text = ("The envoy will chair a new round of talks with both delegations on 12 September 2030 in Rome. "
            "This builds on the previous talks in Vienna on 4 March 2030 and in Oslo on 9 April 2030.")
    events = tagged_events(text, published=date(2030, 6, 2))
    assert [e.start for e in events] == [date(2030, 9, 12)]


def test_an_earlier_session_recalled_in_the_present_tense_gives_no_entry():
    text = ("The working group will hold its third session on 20 November 2030. "
            "Its agenda follows from the earlier session of 14 May 2030 in Lisbon.")
    events = tagged_events(text, published=date(2030, 10, 1))
    assert [e.start for e in events] == [date(2030, 11, 20)]


def test_a_previous_meeting_on_a_page_with_nothing_ahead_stays():
    text = "This note follows the previous meeting of the panel on 14 May 2030 in Lisbon."
    events = tagged_events(text, published=date(2030, 10, 1))
    assert [e.start for e in events] == [date(2030, 5, 14)]


def test_a_previous_meeting_still_ahead_of_the_page_stays():
    # a page written before the day: "previous" then orders two occasions to come
    text = ("The board will meet on 20 November 2030. "
            "The previous meeting of the board is on 14 October 2030 in Lisbon.")
    events = tagged_events(text, published=date(2030, 10, 1))
    assert sorted(e.start for e in events) == [date(2030, 10, 14), date(2030, 11, 20)]
