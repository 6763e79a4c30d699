"""A run told by its last weekday only ("running until Sunday", "runs until Sunday") is on when the
page is written, so it ends on the next such day, never on the one before the page's date."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_a_run_until_a_bare_weekday_ends_on_the_next_one():
    for text in ("The quilt display at the convention centre, running until Sunday, brings together 200 makers.",
                 "The book sale runs until Sunday in the main hall."):
        events = tagged_events(text, published=date(2026, 3, 4))      # a Wednesday
        assert [(e.start, e.end) for e in events] == [(date(2026, 3, 4), date(2026, 3, 8))], text


def test_a_run_until_a_written_day_is_unchanged():
    events = tagged_events("The book sale runs until 29 March in the main hall.", published=date(2026, 3, 4))
    assert [(e.start, e.end) for e in events] == [(date(2026, 3, 4), date(2026, 3, 29))]


# Left for later: with an event noun as subject ("The craft fair ..., running until Sunday, ...", and
# since session 58 "The craft expo ...") the clause is framed as the fair's own day, not as a run,
# and still lands on the Sunday before the page.
