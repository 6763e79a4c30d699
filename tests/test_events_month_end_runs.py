"""A stretch told to a month's end ends on that month's last day (session 60, ev60d; R73 class 5, a
winter park said to start on a day and to last to a month's close kept only its first day):

- "starts on 2 November and runs until the end of February 2025" is one entry, 2 November 2024 to
  28 February 2025 (the end's last third read as its last day: the end word says when it stops);
- "Starting November 2 and running until the end of February 2025, ..." likewise: a gerund of a
  running verb links the two as its finite form does;
- a month's end in another sentence ("Stall reports are due by the end of February 2025") is no end
  of the fair: the fair keeps its day and the reports their deadline.
"""
# Provenance: session 60, ev60d (our own sentences).

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2024, 8, 16)


def _entries(text: str) -> list[tuple[str, date, date | None, str]]:
    return sorted((e.title, e.start, e.end, e.kind) for e in tagged_events(text, published=PUBLISHED))


def test_a_run_until_a_month_end_ends_on_its_last_day():
    assert _entries("The harbour fair starts on 2 November and runs until the end of February 2025.\n") == [
        ("Harbour fair", date(2024, 11, 2), date(2025, 2, 28), "event")]


def test_a_gerund_running_link_joins_the_month_end():
    text = ("Frost Park\nStarting November 2 and running until the end of February 2025, Frost Park will hold forty "
            "rides and four zones: Polar Slide, Snow Maze, Glacier Run and Frost Hall.\n")
    assert _entries(text) == [("Frost Park", date(2024, 11, 2), date(2025, 2, 28), "event")]


def test_a_month_end_in_another_sentence_ends_nothing():
    text = "The harbour fair starts on 2 November. Stall reports are due by the end of February 2025.\n"
    assert _entries(text) == [
        ("Deadline for stall reports", date(2025, 2, 28), date(2025, 2, 28), "deadline"),
        ("Harbour fair starts", date(2024, 11, 2), date(2024, 11, 2), "event")]
