"""A "must be submitted by DATE" clause is a
deadline, "after the market closes" is a time of day, a call's open window opens and closes."""
# Provenance: Round-7b red-team classes in the events stage.

from __future__ import annotations

from datetime import date, datetime

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


@pytest.mark.parametrize("text, published, day, named", [
    ("All notice of motions to the AGM must also be submitted to the secretary-manager by Saturday, September 5.",
     date(2020, 8, 24), date(2020, 9, 5), "notice of motions"),
    ("Workshops must be completed by September 30, 2024.", date(2024, 3, 31), date(2024, 9, 30), "workshops"),
    ("Papers for the conference should be lodged with the registrar by Friday, 12 June.",
     date(2020, 5, 1), date(2020, 6, 12), "papers"),
    # session 44 (R57 03): a court order's "shall be ... by" binds as "must" does
    ("Any lease renewal shall be signed by 5:00 p.m., Friday, March 7, 2031, and the registry so informed.",
     date(2031, 1, 10), datetime(2031, 3, 7, 17, 0), "lease renewal"),
])
def test_an_obliged_passive_by_a_date_is_a_deadline_not_a_window(text, published, day, named):
    events, _ = _framed(text, published=published)
    assert len(events) == 1
    event = events[0]
    assert event.kind == "deadline"
    assert event.start == day and event.end in (None, day) and event.window is None
    assert named in event.title.lower()


@pytest.mark.parametrize("text", [
    "Universal Insurance Holdings, Inc. will issue a press release reporting its third quarter 2023 results after "
    "the market closes on Thursday, October 26, 2023.",
    "Acme Corp. will release its results before the market opens on Thursday, October 26, 2023.",
    "Acme Corp. will report its results after markets close on Thursday, October 26, 2023.",
    "Acme Corp. will report its results before the stock market opens on Thursday, October 26, 2023.",
])
def test_the_market_closing_or_opening_is_a_time_of_day_not_a_deadline_or_opening(text):
    events, _ = _framed(text, published=date(2023, 10, 12))
    assert not any(e.kind == "deadline" or e.title.endswith(("closes", "opens", "close", "open")) for e in events)


@pytest.mark.parametrize("text, opens, closes", [
    ("The call for proposals will be open from August 27th to October 15th.", date(2018, 8, 27), date(2018, 10, 15)),
    ("The consultation will be open from 3 March to 28 April 2019.", date(2019, 3, 3), date(2019, 4, 28)),
])
def test_an_open_window_gives_an_opening_milestone_and_a_closing_deadline(text, opens, closes):
    events, _ = _framed(text, published=date(2018, 8, 1))
    kinds = sorted((e.kind, e.start, e.end) for e in events)
    assert kinds == [("deadline", closes, closes), ("milestone", opens, opens)]
    assert all(e.window is None for e in events)
    titles = {e.kind: e.title for e in events}
    assert titles["milestone"].endswith("opens") and titles["deadline"].endswith("closes")


@pytest.mark.parametrize("text, name", [
    ("The first phase will be open from August 27th to October 15th.", "First phase"),
    ("The second round is open from 27 August to 15 October 2018.", "Second round"),
])
def test_a_phase_open_over_a_window_opens_and_closes(text, name):
    events, _ = _framed(text, published=date(2018, 8, 1))
    got = sorted((e.kind, e.start, e.title) for e in events)
    assert got == [("deadline", date(2018, 10, 15), f"{name} closes"),
                   ("milestone", date(2018, 8, 27), f"{name} opens")]


@pytest.mark.parametrize("text", [
    "Phase 2 of the road works will begin on 1 March 2019.",
    "The final phase of the project is expected to be completed in 2021.",
    "The museum will be open from 10 May to 30 September 2018.",
])
def test_a_phase_or_place_told_otherwise_is_no_window(text):
    events, _ = _framed(text, published=date(2018, 8, 1))
    assert not any(e.kind in ("deadline", "milestone") for e in events)
