"""A stretch told as a past opening and an open-until in one sentence (R71 class 3): "The
lantern exhibition was opened on 3rd April 2026 in the old mill and open for/to the public until
16th May 2026". The first day alone was kept and the close was lost; now a past "opened" before the first
day, a place phrase after it and "and open (to|for) the public until" (range_opening_verbs,
range_closing_links) make one range, as "will begin on ... and run until ..." does."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events


def _spans(text: str, published: str) -> list[tuple[object, object]]:
    return [(e.start, e.end) for e in page_events(text, published)]


def test_opened_with_a_place_then_open_for_the_public_until():
    text = ("News\n\nThe lantern exhibition was opened on 3rd April 2026 in the old mill and open for the public "
            "until 16th May 2026.")
    assert _spans(text, "2026-04-04") == [(date(2026, 4, 3), date(2026, 5, 16))]


def test_opened_then_open_to_the_public_until_with_no_place():
    text = "News\n\nThe weaving exhibition was opened on 2 May 2026 and open to the public until 30 May 2026."
    assert _spans(text, "2026-05-03") == [(date(2026, 5, 2), date(2026, 5, 30))]


def test_a_long_clause_between_keeps_two_days():
    text = ("News\n\nThe harbour office was opened on 2 May 2026 in a ceremony that the whole village of the "
            "northern bay attended and the ferry runs until 30 May 2026.")
    assert (date(2026, 5, 2), date(2026, 5, 30)) not in _spans(text, "2026-04-20")


def test_a_call_that_opens_and_closes_stays_two_entries():
    text = "News\n\nThe grant call opens on 2 May 2026 in the online portal and closes on 30 May 2026."
    assert (date(2026, 5, 2), date(2026, 5, 30)) not in _spans(text, "2026-04-20")
