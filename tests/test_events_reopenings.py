"""A day after "reopening"/"reopens" in a sentence about a closure is the reopening's day, not
the closure's: holiday notices ("closed for the holidays, reopening on ...") put the day the doors
open again, and an entry "closure" on it says the opposite. Our own wording."""
# Provenance: session 22 (me22): "The office will be closed for Christmas, reopening on Monday 5
# January" gave "Office closure" on 5 January.

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _days(text: str) -> dict[str, str]:
    result = process_document(Document("page.md", "Notices\n\n" + text + "\n", published=date(2031, 11, 20)),
                              Options(today=date(2026, 12, 1)))
    return {str(e.start)[:16]: e.title for e in result.events}


def test_the_day_after_reopening_is_the_reopening():
    days = _days("The pottery studio will be closed for maintenance, reopening on Monday 8 December 2031.")
    assert days.get("2031-12-08") == "Pottery studio reopens", days


def test_a_closure_from_a_day_keeps_its_start_and_gains_its_reopening():
    days = _days("The swimming pool is closed from 1 December 2031, re-opening on 15 December 2031.")
    assert days.get("2031-12-01") == "Swimming pool closure", days
    assert days.get("2031-12-15") == "Swimming pool reopens", days


# Review 22 n6: a verb in a clause joined on after the first day, with a day of its own, is that
# day's: "..., and will be closed on 20 March for the gala" names no closure of 4 January.
def test_a_closure_in_a_later_joined_clause_is_not_the_first_days():
    days = _days("The library reopens on 5 January 2032 after its rewiring, and will be closed on 18 March 2032 "
                 "for the book festival.")
    assert days.get("2032-01-05") == "Library reopens", days
