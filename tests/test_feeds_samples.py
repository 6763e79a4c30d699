"""Hand-built pipeline results for the output tests (and checks that they are self-consistent).

The outputs are tested against these instead of the real pipeline, so the tests
stay about the writers: what the seed press release should give, plus documents
exercising time zones, deadlines, recurrences, awkward text and unresolved dates.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from calfeed.feeds.links import source_link
from calfeed.text import split_sentences
from calfeed.model import (
    BuildResult, Document, DocumentResult, Event, Interval, ReferenceDate, SkippedFile, SourceRef, Timex,
    Unresolved,
)

ROOT = Path(__file__).resolve().parents[1]
SEED = "000_c31b7acfb3e4b256.txt"
BASE = "http://localhost:8000/"


def ref(doc: Document, expr: str, occurrence: int = 0) -> SourceRef:
    """A SourceRef for the n-th occurrence of ``expr`` in ``doc``, linked like the pipeline does."""
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(expr, start + 1)
    end = start + len(expr)
    lo, hi = split_sentences(doc.text).at(start)
    return SourceRef(doc.path, source_link(doc, start, end, BASE), expr, doc.text[lo:hi], start, end, lo)


def timex(doc: Document, expr: str, value: str, day: date | None = None) -> Timex:
    start = doc.text.index(expr)
    interval = None
    if day is not None:
        moment = datetime(day.year, day.month, day.day)
        interval = Interval(moment, datetime.fromordinal(moment.toordinal() + 1), "day")
    return Timex(start, start + len(expr), expr, "DATE", value, interval=interval)


def unresolved(doc: Document, expr: str, reason: str) -> Unresolved:
    source = ref(doc, expr)
    return Unresolved(doc.path, expr, source.sentence, source.start, source.end, reason, source.sentence_start)


def seed_result() -> DocumentResult:
    text = (ROOT / "seeds" / SEED).read_text(encoding="utf-8")
    doc = Document(path=SEED, text=text)
    reference = ReferenceDate(
        date(2011, 6, 23), True,
        "no publication date; the text speaks of 21-22 June 2011 in the past and of 8 December 2011 in the future",
        earliest=date(2011, 6, 23), latest=date(2011, 12, 7),
    )
    events = [
        Event("c31b-expert@calfeed", "Paris Pact Expert Working Group meeting on regional cooperation", "meeting",
              date(2011, 6, 21), date(2011, 6, 22), True, "exact", "Islamabad",
              sources=[ref(doc, "21-22 June 2011")]),
        Event("c31b-policy@calfeed", "Paris Pact Policy Consultative Group Meeting", "meeting",
              date(2011, 6, 23), date(2011, 12, 31), True, "approximate", "Vienna",
              window=(date(2011, 6, 23), date(2011, 12, 31)),
              sources=[ref(doc, "later this year")],
              notes=["\"later this year\" counted from the inferred document date 2011-06-23"]),
        Event("c31b-ministerial@calfeed", "Paris Pact 3rd Ministerial Meeting", "meeting",
              date(2011, 12, 8), date(2011, 12, 8), True, "exact", "Vienna",
              sources=[ref(doc, "8 December 2011")]),
    ]
    timexes = [
        timex(doc, "21-22 June 2011", "2011-06-21/2011-06-22", date(2011, 6, 21)),
        timex(doc, "later this year", "2011", None),
        timex(doc, "8 December 2011", "2011-12-08", date(2011, 12, 8)),
    ]
    return DocumentResult(doc, reference, timexes, events, [])


NOTICE = """Call for proposals: "Cities & Rivers" <2025>

Proposals are due on 1 May 2025 at 23:59 AoE. The kick-off call is on 4 March 2025 at 16:00 EST \
and repeats every Tuesday. The jury meets on 1 July 2025, 18:00-20:00 CEST in Brussels, Belgium.
Lunch, as every year, is at 12:00 on 2 February 2025.
Results come out in the spring, maybe on the 31st."""


def notice_result() -> DocumentResult:
    doc = Document(path="calls/notice.md", text=NOTICE, title="Cities & Rivers <call>",
                   url="https://example.org/calls/cities-rivers?lang=en#top", published=date(2025, 1, 10),
                   timezone="Europe/Brussels")
    reference = ReferenceDate(date(2025, 1, 10), False, "published date in front matter")
    events = [
        Event("notice-deadline@calfeed", "Proposals due", "deadline", datetime(2025, 5, 1, 23, 59), None, False,
              "exact", tz="Etc/GMT+12", sources=[ref(doc, "1 May 2025 at 23:59 AoE")],
              notes=["AoE read as UTC-12"]),
        Event("notice-kickoff@calfeed", "Kick-off call", "meeting", datetime(2025, 3, 4, 16, 0), None, False,
              "exact", tz="America/New_York", rrule="FREQ=WEEKLY;BYDAY=TU;UNTIL=20250624",
              sources=[ref(doc, "4 March 2025 at 16:00 EST")]),
        Event("notice-jury@calfeed", "Jury meeting, Brussels; final | round", "meeting",
              datetime(2025, 7, 1, 18, 0), datetime(2025, 7, 1, 20, 0), False, "exact",
              location="Brussels, Belgium", tz="Europe/Brussels",
              sources=[ref(doc, "1 July 2025, 18:00-20:00 CEST")]),
        Event("notice-lunch@calfeed", "Lunch", "event", datetime(2025, 2, 2, 12, 0), datetime(2025, 2, 2, 13, 0),
              False, "exact", sources=[ref(doc, "12:00 on 2 February 2025")]),
        Event("notice-results@calfeed", "Results", "announcement", date(2025, 3, 20), date(2025, 6, 20), True,
              "approximate", window=(date(2025, 3, 20), date(2025, 6, 20)),
              sources=[ref(doc, "in the spring")], notes=["spring of 2025 (northern hemisphere)"]),
    ]
    timexes = [timex(doc, e.sources[0].expr, "X") for e in events]
    return DocumentResult(doc, reference, timexes, events,
                          [unresolved(doc, "the 31st", "day of month without a month")])


def build_result() -> BuildResult:
    seed, notice = seed_result(), notice_result()
    events = sorted(seed.events + notice.events, key=lambda e: (str(e.start)[:10], e.uid))
    skipped = [SkippedFile("scan.txt", "looks like a binary file (it contains NUL bytes), not a text document")]
    return BuildResult([seed, notice], events, skipped)


def test_sample_offsets_point_at_their_expressions():
    for doc_result in build_result().documents:
        text = doc_result.document.text
        for event in doc_result.events:
            for source in event.sources:
                assert text[source.start:source.end] == source.expr
                assert text[source.sentence_start:source.sentence_start + len(source.sentence)] == source.sentence
        for item in doc_result.unresolved:
            assert text[item.start:item.end] == item.expr


def test_seed_sample_has_the_three_expected_events():
    titles = [e.title for e in seed_result().events]
    assert len(titles) == 3 and "Paris Pact 3rd Ministerial Meeting" in titles
