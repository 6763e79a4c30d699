"""A clock on the day after an event's start, right after an ending verb ("to see the march
finish the following day by 9am"), tells when the event already dated ends: no entry of its
own (not_events.ends_at, ``next_day_leads``). It made a second entry of the event on the next day
(R60 class 7).
"""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

PUBLISHED = "2023-11-14"
PAGE = ("The Harbour Lantern Parade will begin at 10pm on New Year's Eve, December 31, an hour earlier "
        "than in past years, the organisers said.\n\n"
        "\u201cIt usually goes on for eleven hours, so we want to see the march {ending} the following day by "
        "9am,\u201d the chairwoman said.\n")


def _starts(ending: str) -> list[datetime]:
    return sorted(e.start for e in page_events(PAGE.format(ending=ending), PUBLISHED) if not e.all_day)


def test_an_ending_verb_before_a_following_day_clock_is_no_entry():
    assert _starts("finish") == [datetime(2023, 12, 31, 22, 0)]


def test_a_following_day_clock_with_no_ending_verb_is_still_an_entry():
    assert len(_starts("back on the harbour front")) == 2
