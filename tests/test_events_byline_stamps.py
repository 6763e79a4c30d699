"""An author's byline that ends with its date ("By NAME for PAPER DATE", "By NAME for PAPER,
DATE") says when the story under it was written; a category page that stacks several stories
prints one over each. The date is furniture, never an entry (R68 16 gave both of its bylines
as entries). A date right after "By" is a deadline, and a line that goes on after the date is
prose: both keep their days."""

from __future__ import annotations

from datetime import date

from calfeed.events.furniture_lines import byline_stamp
from calfeed.timex import tag
from events_helpers import page_events

LISTING = ("Harbour crane comes down\n\n"
           "By Ada Moss for the Harbour Gazette June 3, 2016\n\n"
           "Read the whole story on the paper's site.\n\n"
           "Old grain silo to be felled\n\n"
           "By Tom Reyes for Rail Weekly, May 9, 2021\n\n"
           "The silo will be felled at 6 a.m. on Sunday, May 23, 2021, the contractor said.\n")


def _stamped(text: str) -> list[str]:
    return [t.text for t in tag(text, date(2021, 5, 10)) if byline_stamp(text, t)]


def test_a_byline_s_date_is_a_stamp():
    assert _stamped(LISTING) == ["June 3, 2016", "May 9, 2021"]


def test_a_listing_s_bylines_give_no_entries():
    events = page_events(LISTING, "2021-05-10")
    assert [e.start.date() if hasattr(e.start, "date") else e.start for e in events] == [date(2021, 5, 23)]


def test_a_date_right_after_by_is_no_byline():
    assert _stamped("By Friday, June 3, 2016\n") == []


def test_a_line_going_on_after_the_date_is_no_byline():
    assert _stamped("By Order of the Board the shop closes on June 3, 2016 for stocktaking\n") == []
