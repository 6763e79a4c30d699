"""A line that is only a period verb and its day ("Starts: Monday 6th January 2031", "Ends: Friday
4th April 2031") under a heading naming the period ("Spring Term 2031") is the period's start or
end, named by the heading: "Spring Term 2031 starts", not "Starts" (round 42 class 6)."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PAGE = ("# Key Dates\n\n"
        "## Spring Term 2031\n\n"
        "Starts: Monday 6th January 2031\n"
        "Ends: Friday 4th April 2031\n"
        "Half Term: Monday 17th February - Friday 21st February 2031\n\n"
        "## Summer Term 2031\n\n"
        "Begins: Tuesday 22nd April 2031\n"
        "Finishes: Friday 18th July 2031\n")


def _titles():
    return {str(e.start): e.title for e in tagged_events(PAGE, published=date(2030, 11, 4))}


def test_the_heading_names_the_period_s_start_and_end():
    titles = _titles()
    assert titles["2031-01-06"] == "Spring Term 2031 starts", titles
    assert titles["2031-04-04"] == "Spring Term 2031 ends", titles
    assert titles["2031-04-22"] == "Summer Term 2031 starts", titles
    assert titles["2031-07-18"] == "Summer Term 2031 ends", titles


def test_a_labelled_row_keeps_its_own_label():
    assert _titles()["2031-02-17"] == "Half Term", _titles()
