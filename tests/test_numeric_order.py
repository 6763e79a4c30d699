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
