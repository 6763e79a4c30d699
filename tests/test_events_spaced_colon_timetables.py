"""A share-offer timetable of dot-leader rows whose clocks put a blank on both sides of the
colon ("2 : 10 p.m. on Thursday, 14 May"), and whose rows name "part-paid" units: each row is
an entry at its own clock, none read as 10 p.m., none put a year back by the compound's "paid"."""
# Provenance: R58 page 08 (a rights-issue timetable), in a wording of our own; session 45.

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

PAGE = (
    "AMENDED TIMETABLE\n"
    "The timetable for the Open Offer is now as follows:\n"
    "Last day of trading in Units with entitlements . . . . . . . . . . . Tuesday, 5 May\n"
    "First day of trading in part-paid Units . . . . . . . . . . . . . . . 9 : 30 a.m. on Monday, 11 May\n"
    "Latest time for splitting part-paid Units . . . . . . . . . . . . . . 3 : 45 p.m. on Wednesday, 13 May\n"
    "Last day of trading in part-paid Units . . . . . . . . . . . . . . . 2 : 10 p.m. on Thursday, 14 May\n"
    "Publication of the take-up figures . . . . . . . . . . . . . . . . . Tuesday, 19 May\n"
)


def _starts() -> list:
    result = process_document(Document(path="offer.md", text=PAGE, title="Open offer timetable",
                                       published=date(2026, 3, 2)), Options(today=date(2026, 3, 2)))
    return [e.start.replace(tzinfo=None) if isinstance(e.start, datetime) else e.start for e in result.events]


def test_each_spaced_colon_row_keeps_its_own_clock():
    starts = _starts()
    assert datetime(2026, 5, 11, 9, 30) in starts, starts
    assert datetime(2026, 5, 13, 15, 45) in starts, starts
    assert datetime(2026, 5, 14, 14, 10) in starts, starts


def test_no_row_is_read_as_ten_in_the_evening():
    assert datetime(2026, 5, 14, 22, 0) not in _starts()
