""""today" closing an "of" phrase after a noun of standing or meaning ("a talk on the relevance
of Tagore today") names the present age the topic is seen in, not the page's day: no entry on
it. A "today" that dates an act ("a meeting of the board today") keeps its entry."""

from __future__ import annotations

from datetime import date

from calfeed.events.vague_words import topic_today
from events_helpers import day, page_events


def test_a_topic_seen_today_is_no_entry_on_the_page_day():
    page = ("# Reading week in Pune\n\n"
            "The reading week will be opened by a retired judge, Mira Sathe. "
            "She is to open the week with an address on the worth of Kabir today.\n\n"
            "On April 12, a talk on village schools will be given by Hari Joshi.\n")
    events = page_events(page, "2026-04-08")
    assert date(2026, 4, 8) not in {e.start for e in events}
    assert [e.start for e in events] == [date(2026, 4, 12)]


def test_the_role_of_a_group_today_is_no_entry():
    page = "# Panel\n\nOur panel will discuss the role of young farmers today. The panel meets on 9 May.\n"
    events = page_events(page, "2026-04-08")
    assert [e.start for e in events] == [date(2026, 5, 9)]


def test_a_meeting_of_a_board_today_keeps_its_day():
    page = "# Notice\n\nThe council will hold a special meeting of the board today in the town hall.\n"
    events = page_events(page, "2026-04-08")
    assert [e.start for e in events] == [date(2026, 4, 8)]


def test_a_clause_after_the_topic_or_a_name_is_no_topic():
    for text in ("The future of the old mill will be decided today.",
                 "The President gives the State of the Union today.",
                 "We will talk about the role of parks, today."):
        assert not topic_today(text, day(text, "today", date(2026, 4, 8)))
    text = "A talk on the place of old crafts today."
    assert topic_today(text, day(text, "today", date(2026, 4, 8)))
