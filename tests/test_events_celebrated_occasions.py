"""An occasion told by the passive "will be celebrated" with no event noun of its own ("Fifty
years of the choir will be celebrated at the Town Hall on 29 September at 8pm", "The club's
centenary will be celebrated ..."): the celebration is the entry, named by what is celebrated
(verb_nominals), also under a club note's label ("Lotto: ..."). An event noun in the clause still
names it ("Mass will be celebrated ..."), and "the celebrated author" is no passive."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

PUBLISHED = date(2019, 9, 6)


def _entries(text: str) -> list[tuple[object, str]]:
    return [(e.start, e.title) for e in tagged_events(text, published=PUBLISHED)]


def test_years_of_a_choir_will_be_celebrated_on_a_day():
    assert _entries("Twenty-five years of the parish choir will be celebrated at the Town Hall "
                    "on September 29 at 8pm.") == [(datetime(2019, 9, 29, 20, 0), "Celebration of twenty-five years of the parish choir")]


def test_a_centenary_under_a_club_notes_label_is_celebrated():
    [(start, title)] = _entries("Anniversary: The club's centenary will be celebrated in the Main Hall on October 12 at 8pm.")
    assert start == datetime(2019, 10, 12, 20, 0)
    assert "centenary" in title.lower() and not title.startswith("Anniversary")


def test_a_mass_that_will_be_celebrated_keeps_its_name():
    assert _entries("Mass will be celebrated in the parish church on Sunday 6 October 2019 at 10am.") == [
        (datetime(2019, 10, 6, 10, 0), "Mass")]


def test_a_celebrated_author_is_no_celebration():
    titles = [t for _, t in _entries("The celebrated author will read from her new novel on 10 October 2019 at 7pm.")]
    assert not any(t.lower().startswith("celebration") for t in titles)
