"""Dates that framed nothing and were given no reason: a written day on a line that holds no
entry's date and no unresolved item. Without this list the report is silent about them, and a
reader cannot see a loss ("Upcoming meetings" over days that became no entries).

Left out on purpose, since the framer drops them deliberately and listing them would bury the
few that matter under every news story's narration:
- days before the document's date, the document's own date unless a future tense tells it ("will
  switch off tonight, Monday 3 May" on 3 May is still ahead), or days told in the past tense on a
  page with no date (what happened); a day after the page's date told in the past tense is listed,
  and so is a span not told in the past that runs through the page's date (an exhibition still open);
- the document's own date, and the expression that dates it (the page's date line) or opens its
  dateline ("New Delhi, Nov 06: ...");
- days on a line of page furniture ("Posted 4 May 2025", "Last updated ...", "Provided by ...");
- days on a line that already gave an entry or a report item (the line was read; on a line that
  holds several sentences, a paragraph written as one line, the day's own sentence was read), when
  an entry or a report item quotes the day too or an entry's days hold it: a day the line writes
  beside an entry and that no entry holds ("Parliament will be dissolved on 9 October and the
  candidates' day will be 20 October", the second day lost) is listed;
- a run of days that an entry of the page already spans, first day to last ("2024.05.03~2024.05.19" in a
  table row over prose that gave the run's entry): the run is on the calendar, told twice;
- vague days ("early May"), weekdays with no day's number ("on Friday") and clocks with no day
  written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from calfeed.events.datelines import find_dateline
from calfeed.events.vocabulary import word_list
from calfeed.model import DocumentResult, Timex
from calfeed.text import line_end, line_starts_in, split_sentences

_DAY_OR_FINER = frozenset({"day", "hour", "minute", "second"})
_STAMP_LISTS = ("heading_labels", "update_stamps", "byline_labels")
MAX_LISTED = 12      # per document: more and the rest are counted, not listed
QUOTE_REACH = 90     # characters of a long line quoted either side of the date
# a day's number outside a clock ("Monday 3 May", "March 6"; not "9:30 AM to 4:30 PM, Tuesday": standing
# hours named by a weekday that happens to be the page's own day)
_DAY_NUMBER = re.compile(r"(?<![:.\d])\b\d{1,2}(?:st|nd|rd|th)?\b(?![:.]\d)(?!\s?(?:[ap]\.?m\b|h\d))", re.IGNORECASE)
# a year written with the page's own day ("By September 15, 2020" over a post): the page's stamp as often as not
_YEAR = re.compile(r"\b(?:1[89]|2[01])\d\d\b")
REASON = "gave no calendar entry and no reason: check whether it is an event the reader missed"


@dataclass(frozen=True)
class SilentDate:
    """A day that gave nothing: its words, offsets and the line it stands on."""

    expr: str
    start: int
    end: int
    line: str
    line_start: int


def silent_dates(doc_result: DocumentResult) -> list[SilentDate]:
    """The written future days of the document on lines that gave neither an entry nor a report item."""
    text = doc_result.document.text
    reference = doc_result.reference
    read_lines: set[int] = set()
    read_spans: list[tuple[int, int]] = []      # what the entries and report items quote
    entry_runs: set[tuple[date, date]] = set()  # the first and last days of the page's entries
    cited: list[tuple[int, int]] = []           # the expressions the entries and report items quote
    for event in doc_result.events:
        for source in event.sources:
            if source.doc != doc_result.document.path:
                continue
            entry_runs.add(_entry_days(event.start, event.end))
            cited.append((source.start, source.end))
            read_lines |= line_starts_in(text, source.start, max(source.end, source.start))
            read_lines |= line_starts_in(text, source.sentence_start, source.sentence_start + len(source.sentence))
            read_spans += [(source.start, source.end), (source.sentence_start, source.sentence_start + len(source.sentence))]
    for item in doc_result.unresolved:
        cited.append((item.start, item.end))
        read_lines |= line_starts_in(text, item.start, item.end)
        read_spans += [(item.start, item.end), (item.sentence_start, item.sentence_start + len(item.sentence))]
    sentences = None
    found: list[SilentDate] = []
    furniture: dict[tuple[int, int], bool] = {}     # by line: a page on one line asks it of every date
    dateline = find_dateline(text, doc_result.timexes) if doc_result.timexes else None
    for timex in doc_result.timexes:
        if not _written_day(timex) or _told_past(timex, reference.value) or _run_on_calendar(timex, entry_runs):
            continue
        if dateline is not None and dateline.holds(timex):
            continue      # "New Delhi, Nov 06: Temples will shut ...": when the story was filed
        if reference.span is not None and reference.span[0] <= timex.start < reference.span[1]:
            continue
        line_start = text.rfind("\n", 0, timex.start) + 1
        line_stop = line_end(text, timex.end)
        if line_start in read_lines:
            if sentences is None:
                sentences = split_sentences(text)
            own = sentences.at(timex.start)
            if ((own[0] <= line_start and own[1] >= line_stop or any(a < own[1] and own[0] < b for a, b in read_spans))
                    and (_cited(timex, cited) or _held(timex, entry_runs))):
                continue      # the line was read (on a paragraph's line, the date's own sentence was), and the
                #               day with it: an entry or a report item quotes it, or an entry's days hold it
        if (line_start, line_stop) not in furniture:
            furniture[line_start, line_stop] = _furniture(text[line_start:line_stop])
        if furniture[line_start, line_stop]:
            continue
        first = max(line_start, timex.start - QUOTE_REACH)    # a news paragraph is one long line
        last = min(line_stop, timex.end + QUOTE_REACH)
        found.append(SilentDate(timex.text, timex.start, timex.end, text[first:last], first))
    return found


def _entry_days(start: date | datetime, end: date | datetime | None) -> tuple[date, date]:
    first = start.date() if isinstance(start, datetime) else start
    last = end if end is not None else start
    return first, last.date() if isinstance(last, datetime) else last


def _cited(timex: Timex, cited: list[tuple[int, int]]) -> bool:
    return any(a < timex.end and timex.start < b for a, b in cited)


def _held(timex: Timex, entry_runs: set[tuple[date, date]]) -> bool:
    """Whether an entry's days hold the day (a clock or a restated day of an entry's run)."""
    day = timex.interval.start.date()
    return any(first <= day <= last for first, last in entry_runs)


def _run_on_calendar(timex: Timex, entry_runs: set[tuple[date, date]]) -> bool:
    """A run of days told again (a table row restating the prose's run): an entry already spans it.
    One day is never taken as told again: another line's day may be a second event on it."""
    if timex.end_interval is None:
        return False
    first = timex.interval.start.date()
    last = (timex.end_interval.end - timedelta(microseconds=1)).date()
    return first < last and (first, last) in entry_runs


def _written_day(timex: Timex) -> bool:
    raw = timex.raw_value or timex.value
    return (timex.type in ("DATE", "TIME") and timex.interval is not None and timex.problem is None
            and timex.interval.granularity in _DAY_OR_FINER and not timex.approximate
            and not raw.startswith(("T", "XXXX-XX-XX")) and not raw.endswith("_REF")
            and any(c.isdigit() for c in timex.text))     # "Friday", "First Friday": a weekday, no day written


def _told_past(timex: Timex, reference) -> bool:
    """A day before the document's date, the document's date itself unless a future tense announces
    it, or a day told in the past tense on an undated page. A day after the page's date has not
    happened, whatever the tense of the verb that announces it ("The mayor suspended classes for
    Friday, 21 September" on 20 September): it is listed; so is the page's own day in "the two
    regions will switch off their transmitters on Monday 3 May" written on 3 May, when its day's
    number is written (a clock and a weekday alone are standing hours as often) and no year (a
    page's own day written in full is its stamp as often: "By September 15, 2020" over a post)."""
    if reference is None:
        return timex.tense == "past"
    day, last = timex.interval.start.date(), timex.end_interval
    if last is not None and timex.tense != "past" and day <= reference <= last.start.date() and day < last.start.date():
        return False     # "from June 20 to August 10" on a page of 2 July: still running, still the reader's
        # (days, not one day's hours: "9:30 AM to 4:30 PM, Tuesday" on a Tuesday is standing hours)
    return day < reference or (day == reference and not (timex.tense == "future" and _DAY_NUMBER.search(timex.text)
                                                         and not _YEAR.search(timex.text)))


def _furniture(line: str) -> bool:
    """"Posted 4 May 2025", "Last updated: ...": a line a page dates itself with."""
    lowered = " ".join(line.lower().replace(":", " ").split())
    return any(lowered.startswith(label + " ") or lowered == label
               for name in _STAMP_LISTS for label in word_list(name))
