"""A year that ends a name a naming word introduces ("a joint venture called Orion 1980") is part
of the name, not a date (TIDES: temporal expressions inside proper names are not markable; TBAQ
APW19980418.0210 leaves it untagged). The naming word must be followed only by capitalised words
that are no months or weekdays, so "called in 1980" and "called for March 1980" still date."""

from __future__ import annotations

from datetime import date

from calfeed.timex import tag
from calfeed.timex.evaluation import timeml_tags

_DAY = date(1998, 4, 18)


def test_a_year_in_a_called_name_is_no_date() -> None:
    assert tag("Farkas set up a joint venture called Orion 1980, manufacturing parts.", reference=_DAY) == []
    assert tag("A new agency, named Space Hungary 1980 Ltd, was set up.", reference=_DAY) == []
    assert timeml_tags("The kingdom launched a plan dubbed Vision 2030 to diversify.", "2016-04-25") == []


def test_a_naming_verb_before_a_dated_phrase_keeps_the_date() -> None:
    assert [t.text for t in tag("The meeting was called in 1980 by the council.", reference=_DAY)] == ["1980"]
    assert [t.text for t in tag("The session was called for March 1980.", reference=_DAY)] == ["March 1980"]
    assert [t.text for t in tag("The company was called Orion until 1980.", reference=_DAY)] == ["1980"]
