"""A page whose only year is glued to the first word of its opening banner ("2012FAIR
GUIDE", a flattened page's lost blank): the year names the page's list as "2012 Fair Guide"
would, so its year-less days fall in it, not in the nearest year whose weekdays fit."""

from __future__ import annotations

from calfeed.model import Document
from calfeed.pipeline import process_document

PAGE = ("2012FAIR GUIDE\n"
        "\n"
        "Where - Lakeside Fairground\n"
        "Days - Saturday & Sunday / March 3 & 4\n"
        "\n"
        "HOURS: Saturday MARCH 3\n"
        "4:00PM – Gates Open\n"
        "\n"
        "HOURS: Sunday MARCH 4\n"
        "2:00PM – Gates Open\n")


def test_the_banners_glued_year_dates_the_page():
    events = process_document(Document(path="doc.md", text=PAGE)).events
    assert events and {e.start.year for e in events} == {2012}


def test_a_glued_code_that_is_no_list_heading_gives_no_year():
    from calfeed.timex.edition_years import _LEADING_YEAR

    assert _LEADING_YEAR.match("2012FAIR GUIDE").group(1) == "2012"
    assert _LEADING_YEAR.match("2012X3 kit") is None
