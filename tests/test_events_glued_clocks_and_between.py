"""A clock whose half-day mark
is glued to the title after it ("7:00pmAnnual Meeting"), and days of one month written once after
"between" ("between May 3 and 17, 2031")."""
# Provenance: Round 23 leftovers in the tagger, in wordings of our own; session 17.

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str, today: date = date(2030, 12, 1)):
    result = process_document(Document(path="p.txt", text=text, title=None), Options(today=today))
    return sorted(result.events, key=lambda e: str(e.start))


def test_a_clock_glued_to_its_title_times_the_meeting():
    events = _events("Town board calendar 2031\n\nFebruary 11 @ 6:15pmBoard of Trustees Meeting\n"
                     "March 11 @ 6:15pmBoard of Trustees Meeting\n")
    starts = [e.start for e in events]
    assert datetime(2031, 2, 11, 18, 15) in [s.replace(tzinfo=None) for s in starts if isinstance(s, datetime)]
    assert all("pmBoard" not in e.title for e in events)


def test_days_after_between_share_the_month_written_once():
    events = _events("Library news, 2 April 2031\n\n"
                     "The reading room will be closed for repairs between May 3 and 17, 2031.\n")
    spans = [(e.start, e.end) for e in events]
    assert any(s == date(2031, 5, 3) and e == date(2031, 5, 17) for s, e in spans), spans
