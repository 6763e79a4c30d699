"""A listing's heading that names only the stretch the page covers, counted from its own date
("Riverside Arts Centre" / "The Week Ahead", "This Week at the Museum"): the page's span, not an
event of the document's. Its items are the entries; the heading gives none (mentions.heading_dates).
A heading that writes its days ("Leeds, 14–15 September 2027") still dates the document's event."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _entries(text: str, title: str) -> list[tuple[str, str]]:
    result = process_document(Document(path="p.txt", text=text, title=title, published=date(2026, 10, 4)),
                              Options(today=date(2026, 10, 4)))
    return sorted((e.start.isoformat()[:10], e.title) for e in result.events)


def test_a_week_ahead_heading_gives_no_entry_of_its_own():
    text = "Riverside Arts Centre\nThe Week Ahead\n\nPottery taster: Wednesday 7 October 2026 at 6 PM.\n"
    assert _entries(text, "Riverside Arts Centre – The Week Ahead") == [("2026-10-07", "Pottery taster")]


def test_a_this_week_heading_gives_no_entry_of_its_own():
    text = "Harbour Museum news\nThis Week\n\nKite workshop: Friday 9 October 2026 at 2 PM.\n"
    assert _entries(text, "Harbour Museum news") == [("2026-10-09", "Kite workshop")]


def test_a_heading_with_written_days_still_dates_the_documents_event():
    text = "Annual Data Science Conference\nLeeds, 14–15 September 2027\n\nJoin researchers from across the region.\n"
    assert [day for day, _ in _entries(text, "Annual Data Science Conference")] == ["2027-09-14"]
