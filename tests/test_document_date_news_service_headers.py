"""A company announcement carried by a regulatory news service dates itself in its header, not in
prose: the service's number line, the issuer's name, then the day ("RNS Number : 4417K" / "Harbour
Mining Plc" / "14 March 2027"), or a title line that names the kind of announcement with its day
("Interim Results Announcement Mar 3, 2027"). That day is the page's own, not an event's entry."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

TODAY = date(2027, 11, 30)


def _result(text: str):
    return process_document(Document("a.txt", text), Options(today=TODAY))


_NOTICE = ("Harbour Mining Plc confirms that the Notice of the Annual General Meeting is now available on "
           "its website, having been sent to shareholders on 11 March 2027.\n\n"
           "The AGM will be held at 11.00 a.m. on Tuesday, 6 April 2027 at 12 Quay Street, Bristol.\n")


def test_a_news_service_number_line_over_the_issuer_dates_the_announcement():
    text = ("Company news\n\nNotice of AGM\n\nRNS Number : 4417K\nHarbour Mining Plc\n14 March 2027\n\n"
            "Harbour Mining Plc\n\nNotice of AGM\n\n" + _NOTICE)
    result = _result(text)
    assert result.reference.value == date(2027, 3, 14)
    days = [str(e.start)[:10] for e in result.events]
    assert "2027-04-06" in days and "2027-03-14" not in days


def test_a_title_naming_the_kind_of_announcement_with_its_day_dates_the_page():
    text = ("Harbour Mining Plc\n\nInterim Results Announcement Mar 3, 2027\n\nCOMPANY ANNOUNCEMENT\n\n"
            "The Board will hold the AGM remotely on 6 April 2027 at 11am.\n")
    result = _result(text)
    assert result.reference.value == date(2027, 3, 3)
    assert [str(e.start)[:10] for e in result.events] == ["2027-04-06"]


def test_a_number_line_with_another_label_dates_nothing():
    text = ("Company news\n\nNotice of AGM\n\nCase Number : 4417K\nHarbour Mining Plc\n14 March 2027\n\n"
            "Harbour Mining Plc\n\nNotice of AGM\n\n" + _NOTICE)
    assert _result(text).reference.value != date(2027, 3, 14)
