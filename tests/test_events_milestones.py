"""Policy milestones: a rule that enters into force or applies from a day is a calendar entry."""

from __future__ import annotations

import pytest

from calfeed.events import frame_events
from calfeed.model import Document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date


def framed(text: str) -> list[tuple[str, str, str]]:
    doc = Document(path="policy.txt", text=text)
    reference = infer_reference_date(doc, tag(text, None))
    events, _ = frame_events(doc, tag(text, reference.value), reference, lambda d, s, e: f"{d.path}#{s}")
    return [(e.title, e.kind, e.start.isoformat()) for e in events]


@pytest.mark.parametrize("text, expected", [
    ("The regulation will enter into force on 1 January 2027.",
     ("Entry into force of the regulation", "milestone", "2027-01-01")),
    ("The new rules take effect on 1 July 2026.", ("Entry into effect of the new rules", "milestone", "2026-07-01")),
    ("The GDPR applies from 25 May 2018.", ("Start of application of the GDPR", "milestone", "2018-05-25")),
    ("The agreement entered into force on 1 May 2024, the Council said.",
     ("Entry into force of the agreement", "milestone", "2024-05-01")),
])
def test_entry_into_force_is_a_milestone(text, expected):
    assert framed(text) == [expected]


def test_a_target_year_is_no_milestone():
    assert framed("By 2030, Member States should halve food waste.") == []
