"""Entries that were framed but look wrong: the report's list for a person to check first.

Each rule here is a shape a feed can have that is almost never what its document meant,
and that no calendar client complains about: a clock time with no zone (every subscriber
sees it in their own zone), a deadline that repeats for ever, a deadline before the day
its own document was written, a day that is not the weekday written beside it, an end read before
its start (dropped by framing, with a note).
"""

from __future__ import annotations

from calendar import day_name
from dataclasses import dataclass
from datetime import date, datetime

from calfeed.events.backward_ends import BACKWARD_END_NOTE
from calfeed.events.plain_dates import GUESSED_NOTE, WEAK_NOTE
from calfeed.events.unclaimed_dates import UNCLAIMED_NOTE
from calfeed.model import BuildResult, DocumentResult, Event, SourceRef
from calfeed.text import split_sentences
from calfeed.timex.undated import weekday_of

NO_ZONE = "a clock time with no time zone"
ADVICE = ("A clock time with no time zone shows in each subscriber's own zone: give its document a `location:` "
          "or `timezone:`, or build with --timezone.")


@dataclass(frozen=True)
class Check:
    doc: str
    expr: str
    sentence: str
    sentence_start: int
    start: int
    end: int
    message: str
    title: str | None = None        # the entry it is about, when it is one


def checks(result: BuildResult) -> list[Check]:
    """Every check, entries first (in feed order), then dates read against their weekday."""
    references = {d.document.path: d.reference.value for d in result.documents}
    found: list[Check] = []
    for event in result.events:
        source = event.sources[0] if event.sources else None
        if source is None:
            continue
        for message in _event_messages(event, references.get(source.doc)):
            found.append(_check(source, message, event.title))
    for doc_result in result.documents:
        found += _weekday_slips(doc_result)
    return found


def _event_messages(event: Event, reference: date | None) -> list[str]:
    messages = []
    if not event.all_day and event.tz is None:
        messages.append(NO_ZONE)
    if event.kind == "deadline" and event.rrule and "UNTIL=" not in event.rrule and "COUNT=" not in event.rrule:
        messages.append("a deadline that repeats with no end")
    weak = next((n for n in event.notes if n.startswith((WEAK_NOTE, GUESSED_NOTE))), None)
    if weak is not None:      # a plain sentence's day named from afar, or in a guessed year
        messages.append(f"{weak}: check the title and the year")
    backward = next((n for n in event.notes if n.startswith(BACKWARD_END_NOTE)), None)
    if backward is not None or event.ends_before_start():     # an overnight range read as ending before it began
        messages.append(backward or f"{BACKWARD_END_NOTE}: check the end")
    unclaimed = next((n for n in event.notes if n.startswith(UNCLAIMED_NOTE)), None)
    if unclaimed is not None:     # a day only the last framing step named: less sure than a framed one
        messages.append(f"{unclaimed}: check that it is an occasion and its title")
    first = event.start.date() if isinstance(event.start, datetime) else event.start
    if event.kind == "deadline" and not event.rrule and reference is not None and first < reference:
        messages.append(f"a deadline before its document's own date ({reference.isoformat()}): already past "
                        "when written, or read in the wrong year")
    return messages


def _weekday_slips(doc_result: DocumentResult) -> list[Check]:
    """A year-less day written with a weekday it does not fall on in the year it was given."""
    slips = []
    sentences = None
    for timex in doc_result.timexes:
        named = weekday_of(timex)
        if named is None or timex.interval is None or timex.interval.start.isoweekday() == named.iso:
            continue
        sentences = sentences or split_sentences(doc_result.document.text)
        start, end = sentences.at(timex.start)
        day = timex.interval.start
        slips.append(Check(doc_result.document.path, timex.text, doc_result.document.text[start:end], start,
                           timex.start, timex.end,
                           f"read as {day:%A} {day.day} {day:%B %Y}, not a {day_name[named.iso - 1]}: "
                           "check the year"))
    return slips


def _check(source: SourceRef, message: str, title: str) -> Check:
    return Check(source.doc, source.expr, source.sentence, source.sentence_start, source.start, source.end,
                 message, title)
