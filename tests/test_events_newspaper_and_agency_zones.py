"""A newspaper or a national news agency named after a place says where its story happens: a
chess club's rounds under a "Guyana Chronicle" line, or a fuel price change credited to the
"Philippines News Agency", are timed in that country's zone (body_place_forms: "Chronicle",
"News Agency" after the place). Before, such pages named their country only in those names and
their clocks floated (R61 16 and 05, class 6).
"""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

PUBLISHED = "2031-03-04"


def page_zones(text: str, published: str) -> list[str | None]:
    """The zone of each timed entry of the page (None: floating); day entries carry none."""
    return [e.tz for e in page_events(text, published) if isinstance(e.start, datetime)]


def test_a_newspapers_place_gives_the_zone():
    text = ("Club rapid tournament this weekend\nGuyana Chronicle\nMarch 4, 2031\n\n"
            "The first round of the club rapid tournament will be played on Saturday, March 8, "
            "from 14:00 - 18:00 hours at the community hall.\n")
    assert page_zones(text, PUBLISHED) == ["America/Guyana"]


def test_a_news_agencys_place_gives_the_zone():
    text = ("The new bus fares will take effect at 6 a.m. on Thursday, March 6, the transport "
            "board said in a notice on Tuesday.\n\nSource: Philippines News Agency\n")
    assert page_zones(text, PUBLISHED) == ["Asia/Manila"]


def test_a_paper_named_after_no_place_leaves_the_clock_floating():
    text = ("Club rapid tournament this weekend\nMorning Chronicle\nMarch 4, 2031\n\n"
            "The first round of the club rapid tournament will be played on Saturday, March 8, "
            "from 14:00 - 18:00 hours at the community hall.\n")
    assert page_zones(text, PUBLISHED) == [None]


def test_a_named_place_still_outranks_the_paper():
    text = ("Club rapid tournament this weekend\nGuyana Chronicle\nMarch 4, 2031\n\n"
            "The first round of the club rapid tournament will be played in Toronto on Saturday, "
            "March 8, from 14:00 - 18:00 hours at the community hall.\n")
    assert page_zones(text, PUBLISHED) == ["America/Toronto"]
