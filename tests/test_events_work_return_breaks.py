"""A break told by its first day and the day work comes back: "the feast break starts from Thursday,
6 June while offices reopen from Monday, 10 June". The break runs to the day before work returns
(6 to 9 June) and the return stays an entry of its own; a happening that is no
break keeps its one day. A length before an opening verb with "from" ("a five-day drive will commence
from March 16") runs the day on for that many days, as "commence on" does."""
# Provenance: session 51 (ev51a), R64 class 1 (page 20), in words of our own.

from datetime import date

from events_helpers import tagged_events


def _rows(text: str, published: date) -> list[tuple[str, date, date]]:
    return [(e.title, e.start, e.end) for e in tagged_events(text, published=published)]


def test_a_break_ends_the_day_before_working_hours_return():
    text = ("Gulf news\n\nThe festival holiday for state staff will start from Thursday, June 6 and normal "
            "office hours will resume from Monday, June 10.\n")
    rows = _rows(text, date(2024, 5, 20))
    assert (date(2024, 6, 6), date(2024, 6, 9)) in [(s, e) for _, s, e in rows], rows
    assert (date(2024, 6, 10), date(2024, 6, 10)) in [(s, e) for _, s, e in rows], rows


def test_classes_resuming_end_a_school_recess():
    text = "Schools\n\nThe school recess will start on 3 July and classes resume on 24 July.\n"
    rows = _rows(text, date(2023, 4, 10))
    assert (date(2023, 7, 3), date(2023, 7, 23)) in [(s, e) for _, s, e in rows], rows


def test_a_happening_that_is_no_break_keeps_its_day():
    # guard: work coming back ends only a break
    text = ("Town news\n\nThe craft fair will start from Thursday, June 6 while office work "
            "commences again from Monday, June 10.\n")
    rows = _rows(text, date(2024, 5, 20))
    assert (date(2024, 6, 6), date(2024, 6, 9)) not in [(s, e) for _, s, e in rows], rows

