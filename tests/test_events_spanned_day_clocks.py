"""A run of days told plainly, then again with the clocks that bound it in the next sentence
("a walkout on 14 and 15 March" / "no turns starting between 0001 hours on 14 March and 2359
hours on 15 March"), is one timed entry: the clocks are the run's own when the span covers
exactly its days. A 24-hour "On 10:00 hours" after a day times that day."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

PUBLISHED = date(2011, 3, 1)


def _entries(text: str) -> list[tuple[str, object, object]]:
    return [(e.title, e.start, e.end) for e in tagged_events(text, published=PUBLISHED)]


def test_a_clock_span_over_the_same_days_times_the_run():
    text = ("The drivers' union will hold a walkout on 14 and 15 March, talks having failed.\n\n\n"
            "So staff will not book on for turns starting between 0001 hours on 14 March and 2359 hours "
            "on 15 March.\n")
    assert [(s, e) for _, s, e in _entries(text)] == [(datetime(2011, 3, 14, 0, 1), datetime(2011, 3, 15, 23, 59))]


def test_a_clock_span_over_other_days_leaves_the_run_all_day():
    text = ("The drivers' union will hold a walkout on 14 and 15 March, talks having failed.\n\n\n"
            "So staff will not book on for turns starting between 0001 hours on 21 March and 2359 hours "
            "on 22 March.\n")
    assert [(s, e) for _, s, e in _entries(text)] == [(date(2011, 3, 14), date(2011, 3, 15))]


def test_a_24_hour_clock_after_on_times_its_day():
    text = "Member presale for the arena shows: Wednesday, March 9, On 10:00 hours, online only.\n"
    assert [s for _, s, _ in _entries(text)] == [datetime(2011, 3, 9, 10, 0)]
