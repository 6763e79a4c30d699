"""An occasion a day's news report has already told as held is no entry when "today" names it
again (R73 class 6, page 13: an opening ceremony "has been presented" and "was welcomed this
afternoon", and a later sentence naming that ceremony by "today" in the present, as comment, gave an
entry on the page's day).

The telling must name the same occasion, with a past or perfect auxiliary and a participle of
holding, in a sentence dated by nothing but the day of writing; a "today" told ahead ("will") or
an occasion held on another day keeps its entry.
"""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

PUBLISHED = "2023-09-02"
HELD = ("The Millbrook Lantern Festival got under way in the village.\n\n"
        "The opening parade of the festival has been staged by the parish council along the quay.\n\n"
        "About 300 people watched the lanterns carried to the harbour this evening.\n\n")


def _days(text: str) -> list[date]:
    return sorted(e.start if isinstance(e.start, date) and not hasattr(e.start, "hour") else e.start.date()
                  for e in page_events(text, PUBLISHED))


def test_today_naming_an_occasion_already_held_is_no_entry():
    text = HELD + "The opening parade today offers a first look at the mood in the village.\n"
    assert date(2023, 9, 2) not in _days(text)


def test_was_held_this_afternoon_tells_it_held_too():
    text = ("The prize ceremony was held at the town hall this afternoon.\n\n"
            "The prize ceremony today marks the end of a long season for the club.\n")
    assert date(2023, 9, 2) not in _days(text)


def test_today_told_ahead_keeps_its_entry():
    text = HELD + "The closing concert will be staged today at the harbour.\n"
    assert date(2023, 9, 2) in _days(text)


def test_an_occasion_held_on_another_day_leaves_today_its_entry():
    text = ("The opening parade was staged on the quay last year.\n\n"
            "The opening parade today starts at 7pm on the harbour wall.\n")
    assert date(2023, 9, 2) in _days(text)
