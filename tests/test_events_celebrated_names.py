"""A named day or feast a relative clause says is celebrated or held over the dates ("the Day
of the Harbour, which is celebrated over four days from 6 to 9 July") is the entry's title, a
name with its particles ("of the") between its capitals; not the words of the clause around it
("Our guide lists the shows planned for ...")."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title

_JUNE = date(2027, 6, 1)


def test_a_day_celebrated_over_four_days_is_titled_by_its_name():
    titles = framed_by_title("Our guide lists the shows planned for the Day of the Harbour, which is celebrated "
                             "over four days, 6 to 9 July 2027.", published=_JUNE)
    assert list(titles) == ["Day of the Harbour"]


def test_a_feast_held_over_a_span_is_titled_by_its_name():
    titles = framed_by_title("The town will mark the Feast of the Lanterns, which will be held from 6 to 9 July 2027.",
                             published=_JUNE)
    assert list(titles) == ["Feast of the Lanterns"]
