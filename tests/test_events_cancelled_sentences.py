"""A sentence saying its event is cancelled, called off, postponed or will not take place gives no
entry but an item to report; a cancellation cue about something else leaves the entry."""
# Provenance: Round-7 red-team classes in the events stage.

from __future__ import annotations

from datetime import date

import pytest

from calfeed.events import frame_events
from calfeed.model import Document


def _framed(text: str, **fields):
    """Events and unresolved items of a whole document, as the pipeline frames them."""
    from calfeed.timex import tag
    from calfeed.timex.document_date import infer_reference_date

    doc = Document(path="doc.txt", text=text, **fields)
    reference = infer_reference_date(doc, tag(doc.text, None))
    return frame_events(doc, tag(doc.text, reference.value), reference, lambda d, s, e: f"{d.path}#{s}")


NOV = date(2021, 11, 9)


@pytest.mark.parametrize("text", [
    "Unfortunately, the College of Science was informed today that former astronaut Harrison Schmitt is unable "
    "to present his lecture on Wednesday, November 10. Schmitt extends his deepest apologies for having to cancel.",
    "The meeting was cancelled this morning. It had been due to take place on Wednesday, November 10 at the town "
    "hall in Reno.",
    "The lecture on Wednesday, November 10 has been cancelled.",
    "The concert on Wednesday, November 10 has been called off.",
    "The public meeting on Wednesday, November 10 will not take place.",
    "The open day on Wednesday, November 10 has been postponed until further notice.",
    "The open day planned for Wednesday, November 10 has been postponed.",
])
def test_a_cancelled_event_is_no_entry_but_a_report_item(text):
    events, unresolved = _framed(text, published=NOV)
    assert events == []
    assert any("cancel" in u.reason or "called off" in u.reason for u in unresolved)


@pytest.mark.parametrize("text, start", [
    ("The open day on 10 November has been postponed to Wednesday, 17 November.", date(2021, 11, 17)),
    ("If you are unable to attend the meeting on Wednesday, November 10, please send a proxy.",
     date(2021, 11, 10)),
    ("Last year's fair was cancelled, but the fair will be held on Wednesday, November 10.", date(2021, 11, 10)),
])
def test_a_cancellation_cue_elsewhere_leaves_the_entry(text, start):
    events, _ = _framed(text, published=NOV)
    assert [e.start for e in events] == [start]
