"""The whole pipeline as a library: documents in, feeds and a report out.

    from calfeed.pipeline import build, write_outputs
    result = build([Path("seeds")])
    write_outputs(result, Path("output"))

:func:`build` does all the work in memory and touches no output; :func:`write_outputs`
renders every file before writing any, then replaces each one atomically (temporary
file + rename), so a failed build never leaves a feed half-written or missing.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from calfeed.events import frame_events, merge_events
from calfeed.events.listing_posts import Post, listing_posts
from calfeed.feeds.json_output import events_json
from calfeed.feeds.links import source_link, source_page_name
from calfeed.model import BuildResult, Document, DocumentResult, ReferenceDate, SkippedFile, Timex
from calfeed.report import render_html, render_markdown, render_source_page
from calfeed.text import split_sentences
from calfeed.sources import SourceError, document_names, find_documents, read_document
from calfeed.timex import extract, resolve
from calfeed.timex.document_date import infer_reference_date
from calfeed.timex.schedule_years import named_weekdays, schedule_years
from calfeed.timex.slip_years import slipped_years
from calfeed.timex.numeric_order import day_first_in

DEFAULT_BASE_URL = "http://localhost:8000/"


@dataclass(frozen=True)
class Options:
    """How to read documents and where links should point."""

    base_url: str = DEFAULT_BASE_URL
    reference_date: date | None = None   # used for documents that carry no `published` date
    day_first: bool = True                # 08/12/2011 is 8 December, not August 12
    calendar_name: str = "calfeed"
    timezone: str | None = None           # IANA zone for clock times nothing in their document places
    today: date | None = None             # the day of the build, for documents nothing else dates (None: the clock's)


def process_document(doc: Document, options: Options = Options()) -> DocumentResult:
    """Run one document through timex and events.

    Extraction runs once; resolution runs twice: first with no reference date, so the
    self-contained dates and their tenses can date the document, then against that date.
    """
    stated = doc.published or options.reference_date
    order = day_first_in(doc.text, options.day_first, stated=stated.year if stated else None,
                         today=options.today, published=doc.published)
    found = extract(doc.text, day_first=order, marked=doc.marked)
    unanchored = resolve(found, doc.text, None, default_tz=doc.timezone)
    if doc.published is None and options.reference_date is not None:
        reference = ReferenceDate(options.reference_date, False, "given on the command line (--reference-date)")
    else:
        reference = infer_reference_date(doc, unanchored, options.today or date.today())
    posts = listing_posts(doc.text, unanchored)
    if posts and doc.published is None and options.reference_date is None and reference.inferred:
        newest = max(posts, key=lambda post: post.stamp.interval.start)     # a tag page is as new as its newest post
        reference = ReferenceDate(newest.stamp.interval.start.date(), False,
                                  f"the newest listed post's date line \"{newest.stamp.text}\"")
    timexes = resolve(found, doc.text, reference.value, default_tz=doc.timezone, forward=reference.forward,
                      window=reference.window, guessed=reference.inferred)
    timexes = _by_own_posts(found, timexes, posts, doc, reference)     # "tonight" in a listed post: that post's night
    timexes = slipped_years(timexes, reference)     # "Thursday 25th June 2019" in a June 2020 notice
    if reference.inferred:      # "It starts on March 26, 2031. ... arrives on July 10": the schedule's year
        timexes = schedule_years(timexes, reference, split_sentences(doc.text))
        timexes = named_weekdays(timexes, reference)     # "On Monday night ..." / "... is Monday, September 26"

    def link(document: Document, start: int, end: int) -> str:
        return source_link(document, start, end, options.base_url)

    events, unresolved = frame_events(doc, timexes, reference, link, options.timezone)
    return DocumentResult(doc, reference, timexes, events, unresolved)


def _by_own_posts(found: list[Timex], timexes: list[Timex], posts: list[Post], doc: Document,
                  reference: ReferenceDate) -> list[Timex]:
    """``timexes`` with those of each listed post dated on another day than ``reference`` resolved
    again from that post's own day (events.listing_posts)."""
    own = [post for post in posts if post.stamp.interval.start.date() != reference.value]
    if not own:
        return timexes
    spans = [(post.start, post.end) for post in own]
    kept = [t for t in timexes if not any(a <= t.start < b for a, b in spans)]
    for post in own:
        inside = [t for t in found if post.start <= t.start < post.end]
        kept += resolve(inside, doc.text, post.stamp.interval.start.date(), default_tz=doc.timezone)
    return sorted(kept, key=lambda t: (t.start, t.end))


def build(paths: Iterable[Path], options: Options = Options()) -> BuildResult:
    """Read every document under ``paths`` and frame their events.

    Unreadable files are skipped and listed in ``BuildResult.skipped``; the rest still build.
    """
    results: list[DocumentResult] = []
    skipped: list[SkippedFile] = []
    found = find_documents(paths)
    for (file, root), name in zip(found, document_names(found)):
        try:
            doc = read_document(file, root, name)
        except SourceError as exc:
            skipped.append(SkippedFile(exc.path, exc.problem))
            continue
        results.append(process_document(doc, options))
    events = merge_events([event for r in results for event in r.events])
    return BuildResult(results, events, skipped)


def stamp_for(result: BuildResult, today: date | None = None) -> datetime:
    """A DTSTAMP that changes only with the inputs: midnight UTC of the newest date a document
    states as its own. Inferred dates count only when no document states one, and then never
    after the day of the build: an inference may lie ahead, and a stamp from the future is a
    claim clients may act on. A stated date is kept even when it is ahead of the build (a
    notice dated for its day of issue): capping it would change the feeds every day until then.

    Using the clock would make every rebuild differ, and subscribed clients would see
    every event as modified on every run.
    """
    refs = [d.reference for d in result.documents if d.reference.value]
    stated = [r.value for r in refs if not r.inferred]
    if stated:
        day = max(stated)        # stated: the stamp stays the same whatever day the build runs
    elif refs:
        day = min(max(r.value for r in refs), today or date.today())
    else:
        day = date(2000, 1, 1)
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc)


def render_outputs(result: BuildResult, options: Options = Options()) -> dict[str, bytes]:
    """Every output file by its path relative to the output folder."""
    from calfeed.feeds.ical import calendar_bytes   # (icalendar is slow to import: only a build needs it)

    stamp = stamp_for(result, options.today)
    deadlines = [e for e in result.events if e.kind == "deadline"]
    files: dict[str, bytes] = {
        "calendar.ics": calendar_bytes(result.events, options.calendar_name, stamp),
        "deadlines.ics": calendar_bytes(deadlines, f"{options.calendar_name}: deadlines", stamp),
        "events.json": events_json(result).encode("utf-8"),
        "report.md": render_markdown(result).encode("utf-8"),
        "report.html": render_html(result).encode("utf-8"),
    }
    for doc_result in result.documents:
        if not doc_result.document.url:
            files[source_page_name(doc_result.document)] = render_source_page(doc_result).encode("utf-8")
    return files


def write_outputs(result: BuildResult, out_dir: Path, options: Options = Options()) -> list[Path]:
    """Render everything, then replace each file atomically; stale source pages are removed."""
    files = render_outputs(result, options)   # any failure happens here, before a byte is written
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for rel, data in sorted(files.items()):
        target = out_dir / rel
        _atomic_write(target, data)
        written.append(target)
    sources_dir = out_dir / "sources"
    if sources_dir.is_dir():
        keep = {out_dir / rel for rel in files}
        for page in sources_dir.glob("*.html"):
            if page not in keep:
                page.unlink()
    return written


def _atomic_write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists() and target.read_bytes() == data:
        return
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
