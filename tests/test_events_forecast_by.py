"""A body's forecast of when its own work ends ("HWB anticipates completion of the repairs by
4:00 p.m.") is no deadline: the reader has nothing to meet. The outage it forecasts the end of
keeps its entry."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

_NOTICE = ("PORT ELLEN - The Harbour Water Board (HWB) says a water supply outage is planned for "
           "Thursday, May 6 at 9 a.m.\n\n"
           "The outage will affect homes in Kelso Rise, Upper Quay and Marsh Lane.\n\n"
           "HWB anticipates completion of the repairs by 4:00 p.m. Pressure may stay low for some hours.\n")


def _events():
    result = process_document(Document(path="p.md", text=_NOTICE, published=date(2027, 5, 4)),
                              Options(today=date(2027, 5, 4)))
    return result.events


def test_a_forecast_end_of_works_is_no_deadline():
    assert all(e.kind != "deadline" for e in _events())


def test_the_outage_keeps_its_entry():
    assert any(str(e.start).startswith("2027-05-06 09:00") for e in _events())
