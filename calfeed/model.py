"""The data that flows through the pipeline: sources → timex → events → feeds/report.

Every stage takes and returns these dataclasses, so each stage can be tested with
hand-built inputs and a user can drive the pipeline piece by piece.

Conventions used throughout:

* Character offsets are Python ``str`` offsets into ``Document.text`` (the body,
  after any front matter has been removed).
* Intervals are half-open ``[start, end)`` of *naive local* datetimes; the time
  zone, when known, travels separately as an IANA name (``Timex.tz``).
* ``date`` values in ``Event`` for all-day events are *inclusive* (the last day the
  event runs), which is what people and ``events.json`` expect; the iCalendar writer
  turns them into the exclusive ``DTEND`` that RFC 5545 wants.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Granularity = Literal[
    "millennium", "century", "decade", "year", "half", "quarter", "season",
    "month", "week", "day", "partofday", "hour", "minute", "second",
]
Tense = Literal["past", "present", "future"]
Precision = Literal["exact", "approximate"]


@dataclass(frozen=True)
class Interval:
    """A stretch of local time ``[start, end)`` and how finely it is known."""

    start: datetime
    end: datetime
    granularity: Granularity

    def contains(self, moment: datetime) -> bool:
        return self.start <= moment < self.end


class Later:
    """A field's value worked out the first time it is read (then kept): see ``ReadWhenAsked``."""

    __slots__ = ("_work", "_value")

    def __init__(self, work: Callable[[], Any]) -> None:
        self._work: Callable[[], Any] | None = work
        self._value: Any = None

    def value(self) -> Any:
        if self._work is not None:
            self._value, self._work = self._work(), None
        return self._value


class ReadWhenAsked:
    """A dataclass field that may be given a ``Later``: reading the field works it out once.

    The tagger gives every expression its tense this way: reading the verbs of a sentence
    is a fifth of its work, and placing an expression needs the tense only when its year is
    not written, so a caller that never asks (the TempEval run) skips the rest. Copies made
    before the first read share the ``Later``, so the work is still done once.
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if obj is None:
            return None                         # the field's default
        value = obj.__dict__.get(self._name)
        if type(value) is Later:
            value = obj.__dict__[self._name] = value.value()
        return value

    def __set__(self, obj: object, value: Any) -> None:
        obj.__dict__[self._name] = value


BARE_WEEKDAY_VALUE = "XXXX-WXX-"    # TimeML's value of a weekday with no week written ("XXXX-WXX-1")


@dataclass
class Timex:
    """One temporal expression found in a text (a TIMEX3, in TimeML's terms).

    ``raw_value`` is what extraction could say from the words alone and may be
    underspecified (``XXXX-12-08``, ``REF-P1W``…); ``value`` is the resolved TIMEX3
    value after the reference date and tense were applied. When resolution is not
    possible ``value`` keeps the underspecified form and ``problem`` says why.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    raw_value: str = ""
    mod: str | None = None            # TimeML mod: START, MID, END, APPROX, BEFORE, AFTER, ...
    rule: str = ""                    # the resource rule that fired (for `calfeed extract`)
    interval: Interval | None = None  # the time it denotes, for anchored DATE/TIME values
    end_interval: Interval | None = None  # for ranges ("21-22 June"): the last part
    approximate: bool = False         # vague words ("later this year", "early 2012")
    tz: str | None = None             # IANA zone of a clock time, e.g. "Europe/Brussels"
    tz_text: str | None = None        # the zone as written ("CET", "Brussels time", "AoE")
    rrule: str | None = None          # for SET: an RFC 5545 RRULE ("FREQ=WEEKLY;BYDAY=TU")
    tense: Tense | None = ReadWhenAsked()   # type: ignore[assignment]  # tense of the governing verb,
    # when it could be seen; may be given as a Later (read from the sentence when first asked)
    problem: str | None = None        # why it could not be resolved (None when it was)

    @property
    def precision(self) -> Precision:
        return "approximate" if self.approximate else "exact"

    @property
    def bare_weekday(self) -> bool:
        """Whether the raw value is a weekday of no written week ("Monday", "Friday 9am"): such a
        day is placed by the resolver's guess, so events readers treat it apart."""
        return (self.raw_value or "").startswith(BARE_WEEKDAY_VALUE)

    @property
    def bare_year(self) -> bool:
        """Whether the expression is a year written alone in four digits ("2027"): many readers
        weigh such a year apart from a day or a month that carries one."""
        return len(self.text) == 4 and self.text.isdigit()

    @property
    def span(self) -> Interval | None:
        """The whole time the expression covers, ranges included."""
        if self.interval is None:
            return None
        if self.end_interval is None:
            return self.interval
        return Interval(self.interval.start, self.end_interval.end, self.interval.granularity)


@dataclass(frozen=True)
class MarkedDate:
    """A date the document's markup gives for a stretch of its text (a web page's
    ``<time datetime="2024-05-14T18:30">Tuesday evening</time>``): machine-readable, so the
    tagger takes it over what the words alone would say."""

    start: int                        # offsets of the marked text in ``Document.text``
    end: int
    value: str                        # as the markup writes it: ISO 8601, "2024-05-14T18:30+02:00"


@dataclass
class Document:
    """A source document as read from disk: body text plus front-matter metadata."""

    path: str                         # relative to the build input, with "/" separators
    text: str                         # the body; offsets everywhere point into this
    title: str | None = None
    url: str | None = None
    published: date | None = None
    location: str | None = None       # optional front matter: where the document is from
    timezone: str | None = None       # optional front matter: IANA zone for bare clock times
    published_from: str = "front matter published"   # where ``published`` was read, for the report
    marked: tuple[MarkedDate, ...] = ()   # dates the markup gives for spans of ``text``
    footer: str = ""                  # a web page's footer, left out of ``text``: read only for the
                                      # contact details that place its clock times (event_zones)


@dataclass
class ReferenceDate:
    """The date a document's relative expressions are counted from, and where it came from."""

    value: date | None
    inferred: bool
    reason: str
    earliest: date | None = None      # bounds of the inference window, when inferred
    latest: date | None = None
    span: tuple[int, int] | None = None   # the expression that dates the document (a dateline, a heading)
    forward: bool = False             # inferred as written ahead of what the document announces
    window: tuple[date, date] | None = None   # the year a year-less day falls in: its first day in this span
    build_year: bool = False          # nothing in the text fixes the year: the build day's or an era's guess
    year_open: bool = False           # the text's clues fit several years equally (a weekday recurs every 5-11
                                      # years): the one taken is a guess, though the day counted from is no build day
    day_written: bool = False         # the text gives the day (a dateline without its year, "today (17 July)",
                                      # an address's "/2017/11/01/"): only its year may be inferred
    stamp: bool = False               # a machine's stamp ("date 2021-01-14", a mail's "Tue Feb 15 11:21:09 EST
                                      # 2011"): the record's own date, never checked against the story


@dataclass
class SourceRef:
    """Where an event was read: enough to link back to the exact sentence."""

    doc: str
    url: str
    expr: str
    sentence: str
    start: int                        # offsets of `expr` in the document body
    end: int
    sentence_start: int = 0           # offset of `sentence` in the document body


@dataclass
class Event:
    """A dated thing worth a calendar entry: what, where, when and how sure."""

    uid: str
    title: str
    kind: str                         # "meeting", "deadline", "event", "conference", ...
    start: date | datetime
    end: date | datetime | None       # all-day: inclusive last day; timed: end time or None
    all_day: bool
    precision: Precision
    location: str | None = None
    tz: str | None = None
    window: tuple[date, date] | None = None   # for approximate events: first and last day
    rrule: str | None = None
    sources: list[SourceRef] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)   # what was inferred, in plain words
    exdates: list[date | datetime] = field(default_factory=list)   # a series' occurrences not held as the rule says

    def ends_before_start(self) -> bool:
        """An end before the start: a reading fault no calendar can show (framing drops such an end)."""
        return self.end is not None and _wall_clock(self.end) < _wall_clock(self.start)


def written_moment(value: date | datetime) -> str:
    """A day or a time as a note or a feed's description writes it ("2026-03-07 05:00", "2026-03-07")."""
    return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, datetime) else value.isoformat()


def _wall_clock(value: date | datetime) -> datetime:
    """A naive datetime to compare by: a day is its midnight, an aware time its wall clock."""
    return value.replace(tzinfo=None) if isinstance(value, datetime) else datetime(value.year, value.month, value.day)


@dataclass
class Unresolved:
    """An expression a person should look at: it could not be pinned down or framed."""

    doc: str
    expr: str
    sentence: str
    start: int
    end: int
    reason: str
    sentence_start: int = 0


@dataclass
class DocumentResult:
    """Everything the pipeline learnt from one document."""

    document: Document
    reference: ReferenceDate
    timexes: list[Timex]
    events: list[Event]
    unresolved: list[Unresolved]


@dataclass
class SkippedFile:
    path: str
    reason: str


@dataclass
class BuildResult:
    documents: list[DocumentResult]
    events: list[Event]               # merged across documents, sorted
    skipped: list[SkippedFile] = field(default_factory=list)

    @property
    def unresolved(self) -> list[Unresolved]:
        return [u for d in self.documents for u in d.unresolved]
