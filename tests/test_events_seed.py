"""The seed press release, framed from hand-built timexes (independent of the tagger)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from calfeed.events import frame_events
from calfeed.model import Document, Interval, ReferenceDate, Timex
from calfeed.timex.document_date import infer_reference_date

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_c31b7acfb3e4b256.txt"


def _timex(text: str, expr: str, type_: str, value: str, start: datetime | None, end: datetime | None,
           granularity: str = "day", *, tense=None, approximate=False, raw_value=None, end_part=None) -> Timex:
    at = text.index(expr)
    interval = Interval(start, end, granularity) if start else None
    return Timex(at, at + len(expr), expr, type_, value, raw_value or value, interval=interval,
                 end_interval=end_part, approximate=approximate, tense=tense)


def seed_timexes(text: str, reference: date | None) -> list[Timex]:
    found = [
        _timex(text, "21-22 June 2011", "DATE", "2011-06-21", datetime(2011, 6, 21), datetime(2011, 6, 22),
               tense="past", end_part=Interval(datetime(2011, 6, 22), datetime(2011, 6, 23), "day")),
        _timex(text, "8 December 2011", "DATE", "2011-12-08", datetime(2011, 12, 8), datetime(2011, 12, 9),
               tense="future"),
        _timex(text, "now", "DATE", "PRESENT_REF", None, None, tense="future"),
    ]
    later = _timex(text, "later this year", "DATE", "XXXX", None, None, tense="future", approximate=True)
    if reference is not None:
        later = _timex(text, "later this year", "DATE", "2011", datetime(reference.year, reference.month, reference.day),
                       datetime(2012, 1, 1), "year", tense="future", approximate=True, raw_value="REF+P0Y;mod=later;dir=this")
    else:
        later.problem = "needs the document's date"
    return sorted(found + [later], key=lambda t: t.start)


@pytest.fixture(scope="module")
def seed_doc() -> Document:
    return Document(path=SEED.name, text=SEED.read_text(encoding="utf-8"))


def test_seed_reference_window(seed_doc):
    ref = infer_reference_date(seed_doc, seed_timexes(seed_doc.text, None))
    assert ref.inferred
    assert (ref.earliest, ref.latest, ref.value) == (date(2011, 6, 23), date(2011, 12, 7), date(2011, 6, 23))
    assert "22 June 2011" in ref.reason and "8 December 2011" in ref.reason
    assert '"organized"' in ref.reason and '"will take place"' in ref.reason


def test_seed_gives_the_three_events(seed_doc):
    ref = infer_reference_date(seed_doc, seed_timexes(seed_doc.text, None))
    events, unresolved = frame_events(seed_doc, seed_timexes(seed_doc.text, ref.value), ref,
                                      lambda d, s, e: f"x#{s}-{e}")
    assert unresolved == []
    got = sorted((e.start, e.title, e.location, e.precision) for e in events)
    assert got == [
        (date(2011, 6, 21), "Paris Pact Expert Working Group meeting on regional cooperation", "Islamabad", "exact"),
        (date(2011, 6, 23), "Paris Pact Policy Consultative Group Meeting", "Vienna", "approximate"),
        (date(2011, 12, 8), "Paris Pact 3rd Ministerial Meeting", "Vienna", "exact"),
    ]
    by_title = {e.title: e for e in events}
    expert = by_title["Paris Pact Expert Working Group meeting on regional cooperation"]
    assert (expert.end, expert.all_day, expert.kind) == (date(2011, 6, 22), True, "meeting")
    policy = by_title["Paris Pact Policy Consultative Group Meeting"]
    assert policy.window == (date(2011, 6, 23), date(2011, 12, 31)) and policy.all_day
    assert any("inferred document date 2011-06-23" in n for n in policy.notes)
    ministerial = by_title["Paris Pact 3rd Ministerial Meeting"]
    assert ministerial.end == date(2011, 12, 8)
    assert all(e.uid.endswith("@calfeed") for e in events) and len({e.uid for e in events}) == 3
    assert policy.sources[0].expr == "later this year" and policy.sources[0].url.startswith("x#")
