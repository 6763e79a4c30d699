"""A decree's bulleted items that declare rest days with no verb, the label before the dates with
"from" ("• Days-off from 9 June, 2031 to 12 June, 2031 and transfer ...") or right after them
("• March 3 — 6, 2031 days-off and transfer ..."): each is an entry over its days titled by the
label; the transferred days the item also names are no rest days of their own."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

_DECREE = ("Rest days set in Quarnia\n\n"
           "The cabinet of Quarnia decided, for staff of state bodies on a five-day week, to set:\n\n"
           "  • March 3 — 6, 2031 days-off, and the day-off of March 8, 2031 moves to the working day of March 5, 2031;\n"
           "  • To move the day-off of April 12, 2031 to the working day of March 4, 2031;\n\n"
           "Also to set:\n\n"
           "  • Days-off from June 9, 2031 to June 12, 2031, and the day-off of June 14, 2031 moves to the working "
           "day of June 11, 2031;\n"
           "  • Non-working days from October 1, 2031 to October 3, 2031.\n")


def _runs() -> list[tuple[str, date, date]]:
    return [(e.title, e.start, e.end) for e in page_events(_DECREE, "2031-02-20")]


def test_a_label_after_the_dates_names_the_run():
    assert ("Days-off", date(2031, 3, 3), date(2031, 3, 6)) in _runs()


def test_a_label_before_the_dates_with_from_names_the_run():
    runs = _runs()
    assert ("Days-off", date(2031, 6, 9), date(2031, 6, 12)) in runs
    assert ("Non-working days", date(2031, 10, 1), date(2031, 10, 3)) in runs


def test_the_transferred_days_are_no_entries():
    starts = {r[1] for r in _runs()}
    assert not starts & {date(2031, 3, 5), date(2031, 3, 8), date(2031, 4, 12), date(2031, 6, 11), date(2031, 6, 14)}


def test_prose_with_the_same_words_is_read_as_before():
    events = page_events("Staff said the days-off from June 9, 2031 to June 12, 2031 were too few.", "2031-02-20")
    assert all(e.title != "Days-off" for e in events)
