"""A clock in a sentence that points back to an event given a day just before ("The minister will on
Friday open the fair ... The event will start at 11 am") is that event's clock on its day, even on a
page whose date is a guess and which also states a yearly occasion."""
# Provenance: session 26, class "year-less datelines and the year of undated pages" (yr26).

from __future__ import annotations

from datetime import date

from calfeed.events.framing import frame_events
from calfeed.model import Document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date


def _events(text: str):
    doc = Document(path="doc.txt", text=text)
    reference = infer_reference_date(doc, tag(text, None), date(2026, 12, 1))
    events, _ = frame_events(doc, tag(text, reference.value), reference, lambda d, s, e: f"{d.path}#{s}")
    return [e for e in events if hasattr(e.start, "hour")], events


PAGE = ("Springfield: The governor will on Tuesday open the first regional crafts fair at the exhibition ground.\n\n"
        "Around 80 makers from nine districts will show their work at the fair.\n\n"
        "The event will start at 11 am with a parade of the makers' guilds.\n\n"
        "Every year, 14 May is marked as Crafts Day across the region.\n")


def test_the_event_s_clock_is_kept_on_its_day():
    clocks, found = _events(PAGE)
    clocked = [e for e in clocks if e.start.hour == 11]
    assert clocked, [(e.title, e.start) for e in found]
    assert clocked[0].start.isoweekday() == 2          # the Tuesday the fair opens


def test_a_clock_in_a_sentence_about_something_else_stays_a_schedule_s():
    page = PAGE.replace("The event will start at 11 am", "Doors of the hall open at 11 am")
    clocks, found = _events(page)
    assert found and not [e for e in clocks if e.start.hour == 11]
