"""A row whose label says only that something starts or ends ("Starts | ...") under a row whose
label ends so too ("Summer Time Ends | ...") shares that row's subject: "Summer Time starts"."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title as framed


def test_a_bare_bound_row_shares_the_subject_of_the_row_above():
    text = ("What | When | |\n"
            "---|---|---|\n"
            "Market Day | Saturday 6 March 2027 | |\n"
            "Summer Time Ends | Sunday 4 April 2027 | |\n"
            "Starts | Sunday 26 September 2027 | |\n")
    found = framed(text, published=date(2027, 1, 10))
    assert "Summer Time starts" in found


def test_colon_rows_share_it_too():
    found = framed("Nominations open: 3 May 2027\nClose: 31 May 2027\n", published=date(2027, 1, 10))
    assert not any(title.lower() == "close" for title in found)


def test_a_row_above_of_another_kind_lends_nothing():
    found = framed("Town Fair | Saturday 4 September 2027 |\nStarts | Sunday 26 September 2027 |\n",
                   published=date(2027, 1, 10))
    assert not any(title.startswith("Town Fair start") for title in found)
