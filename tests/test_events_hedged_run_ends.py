"""A run's end hedged ("starting at 9:30 pm today, tentatively until May 8", "until at least May 8")
is still the run's end: one entry from the first clock to the last day, not a start and a separate
deadline on the hedged day (told_ranges._linked_by, range_end_hedges)."""
# Provenance: session 69, R82 class 2 (a metro closure's expected end); texts written for the test.

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events


def _rows(text: str, published: date) -> list[tuple[str, str, object, object]]:
    return [(e.title, e.kind, e.start, e.end) for e in tagged_events(text, published=published)]


def test_a_tentative_end_closes_the_run() -> None:
    text = ("City news\n\nThe Brelk tramway will suspend the carriage of passengers starting at 10:00 p.m. today, "
            "tentatively until April 8, the mayor said.\n")
    rows = _rows(text, date(2020, 3, 17))
    assert [(k, s, e.date()) for _, k, s, e in rows] == [("event", datetime(2020, 3, 17, 22, 0), date(2020, 4, 8))], rows


def test_an_end_at_least_on_a_day_closes_the_run() -> None:
    text = ("City news\n\nThe Brelk tramway will suspend the carriage of passengers starting at 10:00 p.m. today "
            "until at least April 8.\n")
    rows = _rows(text, date(2020, 3, 17))
    assert [(k, s, e.date()) for _, k, s, e in rows] == [("event", datetime(2020, 3, 17, 22, 0), date(2020, 4, 8))], rows


def test_a_plain_end_after_a_clock_closes_the_run_too() -> None:
    text = "City news\n\nThe Brelk tramway will suspend the carriage of passengers starting at 10:00 p.m. today until April 8.\n"
    rows = _rows(text, date(2020, 3, 17))
    assert [(k, s, e.date()) for _, k, s, e in rows] == [("event", datetime(2020, 3, 17, 22, 0), date(2020, 4, 8))], rows


def test_other_words_before_the_end_keep_it_apart() -> None:
    text = ("City news\n\nThe Brelk tramway will suspend the carriage of passengers starting at 10:00 p.m. today, "
            "and buses will run until April 8.\n")
    rows = _rows(text, date(2020, 3, 17))
    assert not any(isinstance(s, datetime) and e is not None and e.date() == date(2020, 4, 8) for _, _, s, e in rows), rows
