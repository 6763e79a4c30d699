"""When something is open until a day, or a period ends on it: a deadline named for what closes."""

from __future__ import annotations

from datetime import date

import pytest

from calfeed.events import frame_events
from calfeed.model import Document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date


def framed(text: str) -> list[tuple[str, str, str]]:
    doc = Document(path="doc.txt", text="BRUSSELS, 3 May 2026 - " + text)
    reference = infer_reference_date(doc, tag(doc.text, None))
    events, _ = frame_events(doc, tag(doc.text, reference.value), reference, lambda d, s, e: f"{d.path}#{s}")
    return [(e.title, e.kind, e.start.isoformat()) for e in events]


@pytest.mark.parametrize("text, expected", [
    ("Registration is open until 20 May 2026.", ("Registration closes", "deadline", "2026-05-20")),
    ("The call for proposals is open until 15 September 2026.",
     ("Call for proposals closes", "deadline", "2026-09-15")),
    ("The public consultation period ends on 30 June 2026.",
     ("Public consultation period ends", "deadline", "2026-06-30")),
    ("Applications close on 1 July 2026.", ("Applications close", "deadline", "2026-07-01")),
    ("The deadline for applications is 15 March 2027.", ("Deadline for applications", "deadline", "2027-03-15")),
])
def test_closing_dates_are_deadlines(text, expected):
    assert framed(text) == [expected]


def test_an_event_that_ends_is_no_deadline():
    assert framed("The conference will end on 5 July 2026.") == [("Conference", "conference", "2026-07-05")]


def test_an_opening_period_is_an_event():
    assert framed("The registration period opens on 5 July 2026.") == [
        ("Registration period opens", "event", "2026-07-05")]


def test_a_later_until_ends_the_event_dated_before():
    assert framed("The Commission opened its seventieth session on 9 March 2026 in New York. "
                  "The session will run until 21 March 2026.") == [
        ("Seventieth session of the Commission", "meeting", "2026-03-09")]
    doc = Document(path="doc.txt", text="The session opened on 9 March 2026. The session will run until 21 March 2026.")
    reference = infer_reference_date(doc, tag(doc.text, None))
    (event,) = frame_events(doc, tag(doc.text, reference.value), reference, lambda d, s, e: "")[0]
    assert (event.start.isoformat(), event.end.isoformat()) == ("2026-03-09", "2026-03-21")


def test_an_event_running_until_a_day_is_shown_from_the_document_date():
    doc = Document(path="doc.txt", text="BRUSSELS, 3 May 2026 - The exhibition is open until 5 July 2026.")
    reference = infer_reference_date(doc, tag(doc.text, None))
    (event,) = frame_events(doc, tag(doc.text, reference.value), reference, lambda d, s, e: "")[0]
    assert (event.title, event.precision, event.window) == (
        "Exhibition", "approximate", (date(2026, 5, 3), date(2026, 7, 5)))


def test_a_call_that_opens_and_closes_gives_two_entries():
    found = framed("The call opens on 15 January 2027 and closes on 24 April 2027 at 17:00 Brussels time.")
    assert found == [("Call opens", "event", "2027-01-15"), ("Call closes", "deadline", "2027-04-24T17:00:00")]


def test_a_named_subject_that_closes_is_a_deadline():
    assert framed("The tender closes on 24 April 2027.") == [("Tender closes", "deadline", "2027-04-24")]
