"""A decade or century told in the present tense is a story's or a period's setting ("The novel is
set in the 1920s"), and an offset from the last date told ("15 years earlier") is counted from
the story's time: neither says when the page was written. Taken as bounds they dated a 2019
season page before 1940 (the plot blurb's "the 'present' (the 1940s)") and then before 2005."""

from __future__ import annotations

from datetime import date

import pytest

from document_date_helpers import reference_day as _reference


@pytest.mark.parametrize("blurb", [
    "The story is told in two time frames: the present (the 1940s) and the past in the 1930s.",
    "The novel is set in the 1920s, among the jazz clubs of Harlem.",
    "The play takes place in the 19th century on a farm in Kent.",
    "Our production moves the action to the 1960s.",
])
def test_a_present_tense_period_does_not_bound_the_page(blurb: str):
    text = ("Spring season\n"
            "Bookings open Monday, 14 January 2019.\n"
            f"{blurb}\n"
            "Thursday, 7 to Saturday 9 February at 8 pm\n")
    assert date(2018, 10, 1) <= _reference(text) < date(2019, 1, 14)


@pytest.mark.parametrize("offset", ["15 years earlier", "ten years later", "two decades before"])
def test_an_offset_from_the_story_time_does_not_bound_the_page(offset: str):
    text = ("Spring season\n"
            "Bookings open Monday, 14 January 2019.\n"
            f"The story is told in two parts: the present and the past, {offset}.\n"
            "Thursday, 7 to Saturday 9 February at 8 pm\n")
    assert date(2018, 10, 1) <= _reference(text) < date(2019, 1, 14)


def test_a_past_decade_still_says_the_page_is_later():
    text = "The hall was built in the 1960s and the club moved there in March.\n"
    assert _reference(text) > date(1960, 1, 1)
