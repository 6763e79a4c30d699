"""A day a page fronts, then what the reader may do from then on ("Starting 4 June 2027, you will
be able to view your exam result by signing in to the portal") is a milestone named by that act.
The subject is the reader ("you"), so the act alone titles it, up to how it is done."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

_PAGE = ("Spring sitting: what happens next\n\n"
         "Scripts are marked over the following weeks.\n\n"
         "Starting 4 June 2027, you will be able to view your exam result by signing in to the "
         "candidate portal with your seat number.\n")


def _events():
    result = process_document(Document(path="p.md", text=_PAGE, published=date(2027, 4, 20)),
                              Options(today=date(2027, 4, 20)))
    return [e for e in result.events if str(e.start)[:10] == "2027-06-04"]


def test_the_reader_s_new_act_names_the_day():
    events = _events()
    assert len(events) == 1 and events[0].title == "View your exam result"
