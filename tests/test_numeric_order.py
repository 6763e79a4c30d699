"""A document that shows the order of its slashed dates ("22/02/2027", "3/14/2027") is read
in that order whatever the build's setting; one that shows nothing keeps the setting."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from calfeed.timex.numeric_order import day_first_in


def test_an_unambiguous_date_shows_the_order():
    assert day_first_in("Deadline: 22/02/2027; clarifications by 08/02/2027", default=False) is True
    assert day_first_in("Sunday, 3/14/2027 at 6:30 PM; RSVP by 3/7/2027", default=True) is False
    assert day_first_in("on 08/02/2027", default=True) is True
    assert day_first_in("on 08/02/2027", default=False) is False
    assert day_first_in("on 22/02/2027 or 3/14/2027", default=False) is False      # both: the setting


def test_each_document_of_a_build_is_read_in_its_own_order():
    eu = Document("tender.txt", "Opening of tenders: 08/02/2027 at 10:00. Deadline: 22/02/2027.",
                  published=date(2027, 1, 5))
    us = Document("flyer.txt", "Book sale on 3/7/2027. Reading on 3/14/2027.", published=date(2027, 1, 5))
    for options in (Options(day_first=True), Options(day_first=False)):
        eu_days = sorted(t.value[:10] for t in process_document(eu, options).timexes)
        us_days = sorted(t.value[:10] for t in process_document(us, options).timexes)
        assert eu_days == ["2027-02-08", "2027-02-22"]
        assert us_days == ["2027-03-07", "2027-03-14"]


def test_dotted_and_dashed_dates_show_the_order_too():
    # a club's list of sessions written with dots, a board's schedule with dashes: one date whose
    # first number is past 12 shows the month comes first, and the page's other dates follow it
    assert day_first_in("11.25.2027 1:00 pm - 4:00 pm\n12.04.2027 7:00 pm", default=True) is False
    assert day_first_in("07-13-27 West branch\n08-10-27 North branch", default=True) is False
    assert day_first_in("Opening: 22.02.2027, then 08.03.2027", default=False) is True
    # a version number or a score is no date and shows nothing
    assert day_first_in("release 1.25.3 of the tool", default=True) is True
    assert day_first_in("they won 3-14-2 overall", default=True) is True


def test_a_dotted_page_is_read_in_its_own_order():
    page = Document("runs.txt", "Upcoming runs\n11.25.2027 1:00 pm\n12.04.2027 7:00 pm\n",
                    published=date(2027, 11, 1))
    days = sorted(t.value[:10] for t in process_document(page, Options(day_first=True)).timexes)
    assert days == ["2027-11-25", "2027-12-04"]
