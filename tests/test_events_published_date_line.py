"""A saved page whose markup gives its publication day, and whose text repeats it on a line of its
own under the headline ("Thursday, October 29, 2015"), tells of later days below: that line is the
page's date, no event named by the headline (round 42 class 2). A page whose date line is another
day keeps it as before, and so does a page with nothing later than its date."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PAGE = ("# Member councils gather to set the federation's priorities\n\n"
        "Tuesday, March 2, 2027\n\n"
        "The federation's council will meet in Lyon from 22 to 26 March to agree the plan for the next "
        "two years.\n")


def _entries(text: str, published: date):
    return [(str(e.start), e.title) for e in tagged_events(text, published=published,
                                                           title="Member councils gather to set the federation's priorities")]


def test_the_publication_day_repeated_under_the_headline_is_no_event():
    entries = _entries(PAGE, date(2027, 3, 2))
    assert [d for d, _ in entries] == ["2027-03-22"], entries


def test_a_date_line_that_is_not_the_publication_day_is_kept():
    entries = _entries(PAGE, date(2027, 2, 20))
    assert "2027-03-02" in [d for d, _ in entries], entries
