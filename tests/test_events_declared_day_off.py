"""A day off a government declares, then what it means told as a closure: "has issued an order
declaring a public holiday on March 3 ... According to the order, the ministry offices ... will
remain closed on Tuesday, March 3". One entry, named by the day off: the order the news cites
("According to the order,") names no entry, and the closure on the very same day is what the day
off means."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

_NEWS = ("PORT HALLOW (Staff Report) - The provincial cabinet office has issued an order declaring a "
         "public holiday on March 3 within Port Hallow district, while withdrawing the holiday earlier "
         "set for March 1.\n\n"
         "According to the order, the ministry offices and all provincial departments in Port Hallow "
         "will remain closed on Tuesday, March 3.\n\n"
         "Clinics, pharmacies and the water board will stay open.\n")


def _events():
    result = process_document(Document(path="p.md", text=_NEWS, published=date(2026, 3, 2)),
                              Options(today=date(2026, 3, 2)))
    return [e for e in result.events if str(e.start)[:10] == "2026-03-03"]


def test_the_declared_day_off_is_one_entry_named_by_the_holiday():
    events = _events()
    assert len(events) == 1 and "holiday" in events[0].title.lower()


def test_the_cited_order_names_no_entry():
    assert all("order" not in e.title.lower() for e in _events())
