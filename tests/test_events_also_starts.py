"""A start told once more for another group of the same subject ("The school spring term will begin
on Friday, January 9, 2032" and then "Hill schools are also to begin lessons on Friday January 9th")
is one entry; a start of another thing that day ("The café will also open on ...") keeps
its own."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

_JANUARY = date(2032, 1, 5)


def _titles(text: str) -> list[str]:
    return [e.title for e in tagged_events(text, published=_JANUARY)]


def test_schools_that_also_start_are_the_term_start_told_again():
    titles = _titles("Term news\n\nThe school spring term will begin on Friday, January 9, 2032, the education office "
                     "said. Classes will keep to groups of twelve.\n\nMeanwhile buses will carry teachers to the "
                     "hills. Hill schools are also to begin lessons on Friday January 9th.")
    assert titles == ["School spring term begins"]


def test_another_thing_that_also_opens_that_day_keeps_its_entry():
    titles = _titles("Harbour news\n\nThe harbour museum will open on Friday, January 9, 2032 after repairs.\n\n"
                     "The café will also open on Friday January 9th.")
    assert len(titles) == 2
