"""Hand-built timexes for the events tests, so they do not depend on the tagger; and one
whole-document path through the tagger for tests that read like a subscriber."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from calfeed.events import frame_events
from calfeed.model import Document, Event, Interval, ReferenceDate, Timex, Unresolved
from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document


def day(text: str, expr: str, when: date, *, last: date | None = None, tense=None, nth: int = 0) -> Timex:
    """A DATE for ``expr`` (the ``nth`` occurrence) covering ``when`` (through ``last``)."""
    start = _find(text, expr, nth)
    first = datetime(when.year, when.month, when.day)
    end_part = None
    if last is not None:
        lastdt = datetime(last.year, last.month, last.day)
        end_part = Interval(lastdt, lastdt + timedelta(days=1), "day")
    return Timex(start, start + len(expr), expr, "DATE", when.isoformat(), when.isoformat(),
                 interval=Interval(first, first + timedelta(days=1), "day"), end_interval=end_part, tense=tense)


def clock(text: str, expr: str, at: datetime, *, until: datetime | None = None, tz=None, tz_text=None,
          tense=None) -> Timex:
    start = _find(text, expr, 0)
    end_part = Interval(until, until + timedelta(minutes=1), "minute") if until else None
    return Timex(start, start + len(expr), expr, "TIME", at.isoformat(timespec="minutes"),
                 interval=Interval(at, at + timedelta(minutes=1), "minute"), end_interval=end_part,
                 tz=tz, tz_text=tz_text, tense=tense)


def vague(text: str, expr: str, first: datetime, end: datetime, granularity: str, *, tense=None,
          raw_value: str = "", approximate: bool = True) -> Timex:
    start = _find(text, expr, 0)
    return Timex(start, start + len(expr), expr, "DATE", str(first.year), raw_value or str(first.year),
                 interval=Interval(first, end, granularity), approximate=approximate, tense=tense)


def series(text: str, expr: str, rrule: str, first: datetime | None, *, until: datetime | None = None) -> Timex:
    start = _find(text, expr, 0)
    interval = Interval(first, first + timedelta(minutes=1), "minute") if first else None
    end_part = Interval(until, until + timedelta(minutes=1), "minute") if until else None
    return Timex(start, start + len(expr), expr, "SET", "XXXX-WXX-2", interval=interval,
                 end_interval=end_part, rrule=rrule)


def _find(text: str, expr: str, nth: int) -> int:
    at = -1
    for _ in range(nth + 1):
        at = text.index(expr, at + 1)
    return at


def frame(text: str, timexes: list[Timex], reference: date | None = None, *, inferred: bool = False,
          path: str = "doc.txt", **doc_fields) -> tuple[list[Event], list[Unresolved]]:
    doc = Document(path=path, text=text, **doc_fields)
    ref = ReferenceDate(reference, inferred, "test")
    return frame_events(doc, timexes, ref, lambda d, s, e: f"{d.path}#{s}-{e}")


def tagged_events(text: str, **fields) -> list[Event]:
    """The events of a whole document as the pipeline frames them (document date inferred
    unless ``published`` is given)."""
    from calfeed.timex import tag
    from calfeed.timex.document_date import infer_reference_date

    doc = Document(path="doc.txt", text=text, **fields)
    reference = infer_reference_date(doc, tag(doc.text, None))
    events, _ = frame_events(doc, tag(doc.text, reference.value), reference, lambda d, s, e: f"{d.path}#{s}")
    return events


def framed_by_title(text: str, **fields) -> dict[str, Event]:
    return {e.title: e for e in tagged_events(text, **fields)}


BUILD_DAY = date(2026, 12, 3)    # the day the page tests build on, so no result rests on the day they run


def page_events(text: str, published: str, path: str = "page.txt") -> list[Event]:
    """The events of a page whose front matter gives its publication day (ISO), read as
    ``calfeed build`` reads a file."""
    page = f"---\npublished: {published}\n---\n{text}\n"
    return process_document(parse_document(page.encode(), path), Options(today=BUILD_DAY)).events


def page_zones(text: str, published: str) -> list[str | None]:
    """The time zone each event of such a page takes (None: left floating): what the contact
    details (addresses, domains, prices, postcodes) of a page decide."""
    return [e.tz for e in page_events(text, published)]


def page_entries(text: str, published: str, path: str = "page.txt") -> list[tuple[str, str, date | datetime]]:
    """(title, kind, start) of each entry of such a page."""
    return [(e.title, e.kind, e.start) for e in page_events(text, published, path)]


def titles_by_start(text: str, published: str, path: str = "page.txt") -> dict[str, set[str]]:
    """The titles of such a page's entries by the day each starts (ISO)."""
    days: dict[str, set[str]] = {}
    for e in page_events(text, published, path):
        days.setdefault(str(e.start)[:10], set()).add(e.title)
    return days
