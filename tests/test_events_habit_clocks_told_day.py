"""A clock in a sentence that states a series is the habit's hours even when the tagger put it
on a day told above ("Restrictions start on Monday 2 March." / "Sprinklers may run for 20 minutes
every third day, before 8am or after 5pm"): no deadline on 2 March at 08:00 (habitual_clocks)."""

from __future__ import annotations

from events_helpers import page_events

_NOTICE = ("Stage 3 water limits will apply to Valley Water customers from Monday March 2.\n\n"
           "What changes for households?\n\n"
           "● Sprinklers may run for 20 minutes and hoses for 10 minutes every third day, before 8am "
           "or after 5pm, on days that match the house number.\n\n"
           "● Car washing at home is not allowed.\n")


def test_a_series_sentence_clock_is_no_deadline_on_the_day_above():
    events = page_events(_NOTICE, "2026-02-27")
    assert [(e.start.isoformat()[:10], e.all_day) for e in events] == [("2026-03-02", True)]


_DRAW = ("Lotto ticket sales close at 9 p.m. AEST on the day of each draw, which falls every Tuesday and Friday.\n\n"
         "WINDHAM — A record prize of $80 million is on offer in the next Lotto draw on Friday night.\n\n"
         "When can I last buy a ticket for the Friday draw?\n\n"
         "Lotto ticket sales close at 9 p.m. AEST on the day of each draw, which falls every Tuesday and Friday.\n\n"
         "When is the next draw?\n\n"
         "9:30 p.m. AEST on Friday, March 6.\n")


def test_a_series_in_a_relative_clause_leaves_the_clock_on_its_day():
    # the series is the draw's ("each draw, which falls every ..."): the sales cut-off stays on the next draw's day
    events = page_events(_DRAW, "2026-03-04")
    assert ("2026-03-06T21:00", "deadline") in [(e.start.isoformat()[:16], e.kind) for e in events]
