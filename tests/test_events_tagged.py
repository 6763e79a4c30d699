"""Event framing on real tagger output: the seeds, end to end through timex and events."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from calfeed.events import frame_events
from calfeed.model import Document
from calfeed.sources import read_document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date

ROOT = Path(__file__).resolve().parents[1]


def _events(doc: Document):
    ref = doc.published
    reference = infer_reference_date(doc, tag(doc.text, None, default_tz=doc.timezone))
    events, unresolved = frame_events(doc, tag(doc.text, reference.value, default_tz=doc.timezone), reference,
                                      lambda d, s, e: f"{d.path}#{s}-{e}")
    return reference, events, unresolved


def test_seed_with_the_tagger():
    doc = read_document(ROOT / "seeds" / "000_c31b7acfb3e4b256.txt", ROOT / "seeds")
    reference, events, _ = _events(doc)
    assert (reference.earliest, reference.latest, reference.value) == (date(2011, 6, 23), date(2011, 12, 7), date(2011, 6, 23))
    got = sorted((e.start, e.end, e.title, e.location, e.precision, e.all_day) for e in events)
    assert got == [
        (date(2011, 6, 21), date(2011, 6, 22), "Paris Pact Expert Working Group meeting on regional cooperation",
         "Islamabad", "exact", True),
        (date(2011, 6, 23), date(2011, 12, 31), "Paris Pact Policy Consultative Group Meeting", "Vienna",
         "approximate", True),
        (date(2011, 12, 8), date(2011, 12, 8), "Paris Pact 3rd Ministerial Meeting", "Vienna", "exact", True),
    ]


def test_call_for_papers_sentences_with_the_tagger():
    text = "Full papers are due by 23:59 AoE on 15 March 2012."
    _, events, _ = _events(Document("cfp.txt", text, published=date(2011, 12, 1)))
    (event,) = events
    assert (event.kind, event.tz, event.start) == ("deadline", "Etc/GMT+12", datetime(2012, 3, 15, 23, 59))


def test_brussels_deadline_with_the_tagger():
    text = "Proposals must be submitted no later than 17:00 Brussels time on 3 March 2011."
    _, events, _ = _events(Document("cfp.txt", text, published=date(2011, 1, 10)))
    (event,) = events
    assert (event.kind, event.title, event.tz) == ("deadline", "Submission of proposals", "Europe/Brussels")


def test_workshop_range_with_the_tagger():
    text = "The workshop will be held in Geneva from 6 to 10 October 2014."
    _, events, _ = _events(Document("w.txt", text, published=date(2014, 5, 1)))
    (event,) = events
    assert (event.start, event.end, event.location, event.all_day) == (date(2014, 10, 6), date(2014, 10, 10), "Geneva", True)


def test_weekly_committee_with_the_tagger():
    text = "The committee meets every Tuesday at 10:00 in Room 4."
    _, events, _ = _events(Document("c.txt", text, published=date(2011, 6, 23)))
    (event,) = events
    assert event.rrule == "FREQ=WEEKLY;BYDAY=TU" and event.start == datetime(2011, 6, 28, 10)


def test_no_event_words_no_events_with_the_tagger():
    text = "Since 2001 the network has grown. Prices rose by 3% in 2010. The report was published on 3 May 2011."
    _, events, _ = _events(Document("n.txt", text, published=date(2011, 5, 9)))
    assert events == []
