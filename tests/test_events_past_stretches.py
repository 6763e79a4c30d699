"""Class B of round R48: a window of weeks told in the past as run from one day until another,
over by the page's date, is the record of something closed: no entries, both days in the report."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import process_document
from events_helpers import tagged_events

CLOSED = ("Thank you to everyone who took part. The public consultation on the new bus routes ran "
          "from 4 March 2024 for eight weeks until 28 April 2024. We are now reading every response.\n")


def test_a_closed_window_gives_no_entry_and_is_reported():
    result = process_document(Document(path="doc.txt", text=CLOSED, published=date(2024, 6, 1)))
    assert result.events == []
    assert sorted(u.expr for u in result.unresolved) == ["28 April 2024", "4 March 2024"]
    assert all("over by the document's date" in u.reason for u in result.unresolved)


def test_a_window_still_open_on_the_page_keeps_its_days():
    """A "ran" on a page published before the last day is no record of something over."""
    assert tagged_events(CLOSED, published=date(2024, 4, 10))


def test_a_past_occasion_of_a_few_days_is_kept():
    text = "The choir's spring tour took place from 3 May 2024 to 5 May 2024 in three towns.\n"
    assert tagged_events(text, published=date(2024, 6, 1))
