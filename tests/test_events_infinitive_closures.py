"""A permission to close something over dates ("has granted permission to close the lane ... from
Tuesday 9 March to Friday 12 March 2027 from 09:00 to 16:00") is the closure itself: the
infinitive's object names it."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

_NOTICE = ("The Roads Office has granted permission to close the lane from the harbour steps to Kelso "
           "bridge from Tuesday 9 March to Friday 12 March 2027 from 09:00 to 16:00.\n\n"
           "The closure lets crews resurface the rest of the lane.\n")


def _events():
    result = process_document(Document(path="p.md", text=_NOTICE, published=date(2027, 2, 25)),
                              Options(today=date(2027, 2, 25)))
    return result.events


def test_the_closure_of_the_lane_is_an_entry():
    events = _events()
    assert len(events) == 1 and "lane" in events[0].title.lower() and "clos" in events[0].title.lower()
    assert str(events[0].start).startswith("2027-03-09 09:00")
