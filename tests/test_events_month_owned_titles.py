"""A bare event noun takes the fuller words the page gave it before ("the annual forum" ... "the
forum"), but not a month's possessive ("June's tournament"): that phrase names the month's own
occasion, another event than the one dated now, so the bare noun stays as written. The pages are
my own."""

from __future__ import annotations

from events_helpers import titles_by_start


def test_a_month_owned_phrase_lends_no_title():
    text = ("Last month's county cup drew big crowds. While June's tournament was played at Hill Park, the "
            "coastal final is at the harbour.\n\n"
            "Fans will not have to wait until Saturday for the 40th edition of the tournament to start.")
    titles = titles_by_start(text, "2029-07-18")["2029-07-21"]
    assert not any(title.startswith("June") for title in titles)


def test_a_plain_fuller_phrase_still_lends_its_words():
    text = ("The annual forum gathers growers from the valley.\n\n"
            "The forum will take place on Saturday, 21 July 2029 at the hall.")
    assert titles_by_start(text, "2029-07-01")["2029-07-21"] == {"Annual forum"}
