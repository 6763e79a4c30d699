"""Application windows told with other words open and close (red team 7b B1/D5: "Applications
can be submitted from August 27th to October 15th" was one seven-week deadline; "Jems is open for
applications between 10 February and 31 March" a seven-week event); events over several days stay whole."""

from __future__ import annotations

from datetime import date

import pytest

from calfeed.events import frame_events
from calfeed.model import Document


def _framed(text: str, path: str = "doc.txt", **fields):
    from calfeed.timex import tag
    from calfeed.timex.document_date import infer_reference_date

    doc = Document(path=path, text=text, **fields)
    reference = infer_reference_date(doc, tag(doc.text, None))
    return frame_events(doc, tag(doc.text, reference.value), reference, lambda d, s, e: f"{d.path}#{s}")


def _entries(text: str, published: date) -> list[tuple[str, str, object, object]]:
    events, _ = _framed(text, published=published)
    return sorted((e.title, e.kind, e.start, e.end) for e in events)


@pytest.mark.parametrize("text, name, plural", [
    ("Applications can be submitted from August 27th to October 15th.", "Applications", True),
    ("Applications can be submitted online from August 27th to October 15th.", "Applications", True),
    ("The Jems system is open for applications between August 27th and October 15th.", "Applications", True),
    ("Nominations will be accepted from August 27th until October 15th.", "Nominations", True),
    ("Proposals will be received between August 27th and October 15th.", "Proposals", True),
    ("Entries will be accepted from August 27th through October 15th.", "Entries", True),
    ("Expressions of interest can be submitted from August 27th to October 15th.", "Expressions of interest", True),
    ("The application period runs from August 27th to October 15th.", "Application period", False),
    ("Proposals must be submitted between August 27th and October 15th.", "Submission of proposals", False),
    ("Registration is open from August 27th to October 15th.", "Registration", False),
    ("The consultation runs from August 27th to October 15th.", "Consultation", False),
])
def test_a_window_told_with_other_words_opens_and_closes(text, name, plural):
    opened, closed = ("open", "close") if plural else ("opens", "closes")
    assert _entries(text, date(2018, 7, 1)) == sorted([
        (f"{name} {opened}", "milestone", date(2018, 8, 27), date(2018, 8, 27)),
        (f"{name} {closed}", "deadline", date(2018, 10, 15), date(2018, 10, 15))])


def test_a_window_in_a_table_row_opens_and_closes():
    text = "| Step | Dates |\n|---|---|\n| Applications | 1 September – 30 September 2018 |\n"
    events, _ = _framed(text, published=date(2018, 7, 1), path="doc.md")
    assert sorted((e.title, e.kind, e.start) for e in events) == [
        ("Applications close", "deadline", date(2018, 9, 30)), ("Applications open", "milestone", date(2018, 9, 1))]


@pytest.mark.parametrize("text, title, kind, last", [
    ("The conference runs from 3 to 5 June.", "Conference", "conference", 5),
    ("The exhibition is open from 3 to 25 June.", "Exhibition opens", "event", 25),
])
def test_an_event_over_several_days_stays_whole(text, title, kind, last):
    assert _entries(text, date(2018, 7, 1)) == [(title, kind, date(2019, 6, 3), date(2019, 6, last))]


def test_the_museum_open_over_days_is_no_window():
    # no application window (no 'opens' milestone and 'closes' deadline pair): since session 53 the
    # subject open over a run of days is one entry over those days, titled by the subject (17f15613)
    assert _entries("The museum will be open from 3 to 25 June.", date(2018, 7, 1)) == [
        ("Museum", "event", date(2019, 6, 3), date(2019, 6, 25))]


def test_applications_for_an_event_held_over_days_do_not_split_the_event():
    events, _ = _framed("The Centre invites applications for its fifth summer school, which will be held at the "
                        "University of Ghent from 5 to 9 July 2027.", published=date(2027, 1, 5))
    assert [(e.title, e.kind) for e in events] == [("Fifth summer school", "event")]
