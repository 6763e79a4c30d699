"""An embargo line is no event and no deadline; a briefing under embargo is still an event."""
# Provenance: Round-7 red-team classes in the events stage.

from __future__ import annotations

from datetime import date

import pytest
from events_helpers import tagged_events


@pytest.mark.parametrize("text, published", [
    ("When: Thursday, 22 June 2023 from 15:00 to 15:30, Vienna time (CEST)\nPlease note: The report and all data "
     "presented during the briefing are under embargo until 2200 hrs CEST (Vienna time) on 25 June 2023.",
     date(2023, 6, 20)),
    ("This report is embargoed until Monday, 9 December, 15:00 CET.", date(2024, 12, 2)),
    ("The speech is embargoed until 10:00 GMT on 3 May 2024.", date(2024, 4, 30)),
])
def test_an_embargo_line_is_no_event_or_deadline(text, published):
    events = tagged_events(text, published=published)
    assert [e for e in events if e.start.day in (25, 9, 3)] == []


def test_a_briefing_under_embargo_is_still_an_event():
    text = "A press briefing under embargo will be held on 14 June 2017 in Geneva."
    assert [e.start for e in tagged_events(text, published=date(2017, 6, 1))] == [date(2017, 6, 14)]
