"""Events named by what they are called, not by an event noun: the subject of "will take place"."""

from __future__ import annotations

from datetime import date

import pytest

from calfeed.events import frame_events
from calfeed.model import Document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date


def events_of(text: str):
    doc = Document(path="named.txt", text=text)
    reference = infer_reference_date(doc, tag(text, None))
    events, _ = frame_events(doc, tag(text, reference.value), reference, lambda d, s, e: f"{d.path}#{s}")
    return sorted((e.title, e.start, e.end, e.location) for e in events)


@pytest.mark.parametrize("text, expected", [
    ("ACL 2025 will take place in Vienna, Austria, from July 27 to August 1, 2025.",
     ("ACL 2025", date(2025, 7, 27), date(2025, 8, 1), "Vienna, Austria")),
    ("EuroPython 2026 is held in Prague on 13-19 July 2026.",
     ("EuroPython 2026", date(2026, 7, 13), date(2026, 7, 19), "Prague")),
    ("The Global Forum on Migration will be held in Geneva on 4 June 2026.",
     ("Global Forum on Migration", date(2026, 6, 4), date(2026, 6, 4), "Geneva")),
])
def test_the_subject_of_an_event_verb_is_the_event(text, expected):
    assert events_of(text) == [expected]


def test_a_pronoun_subject_is_no_title():
    assert events_of("It will take place in Rome on 3 May 2026.") == []


def test_a_possessive_opening_the_subject_does_not_stop_the_event():
    from events_helpers import framed_by_title
    for opening in ("Our", "My", "Your", "Their"):
        found = framed_by_title(f"{opening} annual picnic returns on 14 June 2027.", published=date(2027, 1, 5))
        assert "Annual picnic" in found, opening
    assert "Talk" in framed_by_title("My talk will take place on 14 June 2027.", published=date(2027, 1, 5))
