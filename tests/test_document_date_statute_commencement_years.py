"""A page with no date and no year of its own but a statute named with its year, whose
commencement the page tells beside a day written with its weekday ("the Water Act 2012 comes into
force" on "Saturday, March 3"), is of the first year from the statute's year that fits the
weekday: a law comes into force in or after the year it is named for. Before, the candidate years
stopped twelve years before the build and the nearest to the build was taken (2018 here), and the
year inside the name made the sentence give no entry at all. A statute only cited beside a
weekday-dated day says nothing of the page's year (laws are cited for decades)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from events_helpers import BUILD_DAY


def _starts(text: str) -> list[date | datetime]:
    return [e.start for e in process_document(parse_document(text.encode(), "page.txt"), Options(today=BUILD_DAY)).events]


def test_comes_into_force_puts_the_day_after_the_statute_year():
    page = ("At noon on Saturday, March 3, the Water Act 2012 comes into force and every well must be "
            "registered.\n\nInspectors were hired in the spring.")
    assert _starts(page) == [datetime(2012, 3, 3, 12, 0)]


def test_takes_effect_puts_the_day_after_the_statute_year():
    page = "On Friday, April 1, the Rent Act 2009 takes effect for every new tenancy.\n\nLandlords were told in writing."
    assert [d.year for d in _starts(page)] == [2011]


def test_a_statute_only_cited_does_not_move_the_year():
    page = "Under the Securities Act 1933, the next filing is due on Monday, March 4.\n\nForms are online."
    assert all(d.year > 2014 for d in _starts(page))


@pytest.mark.parametrize("told", [
    "will come into force", "came into force", "enters into force", "will enter into force", "entered into force",
    "will take effect", "took effect", "comes into effect", "will come into effect", "came into effect",
    "goes into effect", "will go into effect", "went into effect"])
def test_each_form_of_a_commencement_phrase_dates_the_weekday_from_the_statute_year(told: str) -> None:
    # commencement_phrases.txt: every tense and verb a page tells a law's start with (a past one is no entry,
    # but still places the day in or after the statute's year)
    page = f"On Friday, April 1, the Rent Act 2009 {told} for every new tenancy.\n\nLandlords were told in writing."
    document = process_document(parse_document(page.encode(), "page.txt"), Options(today=BUILD_DAY))
    assert [t.value for t in document.timexes if t.text == "Friday, April 1"] == ["2011-04-01"]
