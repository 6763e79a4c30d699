"""A notice that moves a deadline tells the new last day twice: as the deadline ("the new
deadline for the drive is Friday, June 13, 2031") and as the thing going on until it ("the drive
will now continue until Friday June 13, 2031"). The second is no run from the page's day beside
the deadline; a run of something the deadline does not name stays."""

from __future__ import annotations

from datetime import date

from events_helpers import page_entries

MOVED = ("The Licensing Board has lengthened the ongoing permit renewal drive by three days.\n\n"
         "So the new deadline for the renewal drive is Friday, June 13, 2031.\n\n"
         "The drive, which was first meant to close on June 10, 2031, will now continue until Friday June 13, 2031.\n")
OTHER = ("The new deadline for entries to the photo prize is Friday, June 13, 2031.\n\n"
         "The exhibition of last year's winners will continue until Friday June 13, 2031.\n")


def test_a_moved_deadline_is_one_entry():
    assert page_entries(MOVED, "2031-06-09") == [("New deadline for the renewal drive", "deadline", date(2031, 6, 13))]


def test_a_run_of_something_else_stays():
    entries = page_entries(OTHER, "2031-06-09")
    assert ("Exhibition", "event", date(2031, 6, 9)) in entries
    assert any(kind == "deadline" and start == date(2031, 6, 13) for _, kind, start in entries)
