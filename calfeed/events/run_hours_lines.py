"""The hours sentence right after a run of days: "Resurfacing works will shut the R-101 from
Tuesday, March 7, to Thursday, March 9." then "Works will take place from 9am to 4pm."

The second sentence writes no day, so the tagger dates its clocks by the run's first day and it
came out as an entry of its own on that day beside the all-day run. Its subject is the run's
occasion again (the head noun of the run's title, or "it" / "they"), so the clocks are the hours
of each day of the run, which is one entry: the run stays whole (a road is under works notice
for all its days) and says its hours in a note, and the lone entry at those hours is dropped. Read narrowly: the hours sentence must follow the run's sentence with nothing
between, write one day-less range of clocks and no other date, and the run must be exact, of
whole days and no longer than MAX_RUN_DAYS.

Opening hours are another matter: "The gardens will remain open from June 3 to June 8." then
"The gardens will operate from 9:30 am to 5:30 pm." (a word of run_opening_hours_words in the hours
sentence) tell when one may come on each day, as "from June 3 to June 8 from 9:30 am to 5:30 pm"
in one sentence does: the hours entry becomes a daily series up to the run's last day, under the
run's title, and the run's all-day entry goes. The run need not have made an entry of its own ("will
remain open during the whole holiday week from June 3rd to June 8th" names none): a run of days
in the sentence right before, on the hours' day, whose words hold the hours sentence's subject
(its head noun) bounds the series all the same.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from datetime import date, datetime

from calfeed.events.candidates import date_not_written
from calfeed.events.identity import normalise_title
from calfeed.events.vocabulary import word_list
from calfeed.model import Event, Timex

MAX_RUN_DAYS = 31        # a works notice's or a fair's days, not a season
_DAY_GRAINS = ("day",)
SENTENCE_REACH = 1200     # characters read back for the run's sentence (a page may be one line)


def hours_after_runs(events: list[Event], text: str, timexes: list[Timex]) -> list[Event]:
    """``events`` (one document's) with each run followed by its hours sentence noting those hours,
    and the hours sentence's own entry dropped."""
    by_start = {t.start: t for t in timexes}
    runs = {_sentence_end(e): e for e in events if _is_run(e)}
    dropped: set[int] = set()
    ends: list[tuple[int, int]] | None = None      # each date's end, sorted once, for a bisection per hours entry
    for hours in events:
        if not _is_hours(hours, by_start):
            continue
        source = hours.sources[0]
        before = _end_before(text, source.sentence_start)
        run = runs.get(before)
        opening = _opening_hours(source.sentence, lambda: _sentence_before(text, before))
        if run is None and opening:      # "... will remain open during the holiday week from June 3rd to June 8th."
            if ends is None:
                ends = sorted((t.end, k) for k, t in enumerate(timexes))
            at = bisect_right(ends, (before, len(timexes))) - 1
            last = _unframed_run(text, timexes[ends[at][1]] if at >= 0 else None, before, hours, source.sentence)
            if last is not None and not _more_dates(source, timexes, by_start):
                _each_day(hours, last, None)
            continue
        if run is None or id(run) in dropped or run.start != hours.start.date() or not _same_subject(run, source.sentence):
            continue
        if _more_dates(source, timexes, by_start):
            continue          # "Works run from 9am to 4pm, and on Saturday from 10am": more than the hours
        if opening:           # "The gardens will open from 9am to 4pm": each day's hours, one series
            _each_day(hours, run.end, run)
            dropped.add(id(run))
            continue
        _note_hours(run, hours)
        dropped.add(id(hours))
    return [e for e in events if id(e) not in dropped]


def _more_dates(source, timexes: list[Timex], by_start: dict[int, Timex]) -> bool:
    """Whether the hours sentence writes a date besides its clocks."""
    return any(source.sentence_start <= t.start < source.sentence_start + len(source.sentence)
               for t in timexes if t is not by_start[source.start])


def _opening_hours(sentence: str, run_sentence: Callable[[], str]) -> bool:
    """Whether the hours sentence tells opening hours ("will operate from", "will open from";
    run_opening_hours_words) after a run that shuts nothing: "The lane is to be closed from March 7 to
    March 9. It will open from 9am to 4pm." tells when the closure lifts each day (closing_words)."""
    if not any(w.strip(",.:;").lower() in word_list("run_opening_hours_words") for w in sentence.split()):
        return False
    return not any(w.strip(",.:;").lower() in word_list("closing_words") for w in run_sentence().split())


def _sentence_before(text: str, before: int) -> str:
    """The sentence that ends at ``before`` (from the last full stop or line break before its own)."""
    reach = max(0, before - SENTENCE_REACH)
    opened = max(reach - 1, text.rfind("\n", reach, before - 1), *(text.rfind(m, reach, before - 1) for m in ".!?"))
    return text[opened + 1:before]


def _unframed_run(text: str, run: Timex | None, before: int, hours: Event, sentence: str) -> date | None:
    """The last day of ``run`` (the last date before the hours sentence) when it is a run of days
    that ends the sentence right before (no date after it there), starting on the hours' day, whose
    sentence names the hours sentence's subject (its head noun, or a pronoun stands for it); None
    otherwise."""
    if (run is None or run.type != "DATE" or run.approximate or run.interval is None or run.end_interval is None
            or run.interval.granularity not in _DAY_GRAINS or run.interval.start.date() != hours.start.date()):
        return None
    gap = text[run.end:before]
    if "\n" in gap or any(mark in gap[:-1] for mark in ".!?"):
        return None           # the run must stand in the sentence right before
    last = run.end_interval.start.date()
    if not 0 < (last - run.interval.start.date()).days <= MAX_RUN_DAYS:
        return None
    told = {w.strip(",.:;()").lower() for w in _sentence_before(text, run.start + 1)[:-1].split()}
    words = [w.strip(",:").lower() for w in sentence.split()[:2]]
    if words and words[0] in word_list("articles"):
        words = words[1:]
    pronouns = word_list("plural_event_pronouns") | word_list("follow_on_subjects")
    return last if words and (words[0] in pronouns or words[0] in told) else None


def _each_day(hours: Event, last: date, run: Event | None) -> None:
    """Make ``hours`` its clocks on each day up to ``last`` (a daily series), under ``run``'s title
    and with its sources when the run had an entry."""
    hours.rrule = f"FREQ=DAILY;UNTIL={last:%Y%m%d}T235959"
    if run is not None:
        hours.title = run.title
        hours.sources = run.sources + hours.sources
    hours.notes = hours.notes + [
        f"the hours of each day from {hours.start.date().isoformat()} to {last.isoformat()}: opening hours "
        "told in the sentence after the run of days"]


def _is_run(event: Event) -> bool:
    return (event.rrule is None and event.all_day and event.precision == "exact" and len(event.sources) == 1
            and isinstance(event.end, date) and event.kind != "deadline"
            and 0 < (event.end - event.start).days <= MAX_RUN_DAYS)


def _is_hours(event: Event, by_start: dict[int, Timex]) -> bool:
    timex = by_start.get(event.sources[0].start) if len(event.sources) == 1 else None
    return (timex is not None and date_not_written(timex) and timex.end_interval is not None
            and event.rrule is None and not event.all_day and event.kind != "deadline"
            and isinstance(event.start, datetime) and isinstance(event.end, datetime)
            and event.start.date() == event.end.date() and event.end > event.start)


def _end_before(text: str, at: int) -> int:
    """Where the text before ``at`` ends, white space left out."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


def _sentence_end(event: Event) -> int:
    source = event.sources[0]
    return source.sentence_start + len(source.sentence.rstrip())


def _same_subject(run: Event, sentence: str) -> bool:
    """Whether the hours sentence opens with the run's occasion: its title's head noun ("Works"
    after "Road drainage works"), after an article or not, or a pronoun for it."""
    words = [w.strip(",:").lower() for w in sentence.split()[:2]]
    if words and words[0] in word_list("articles"):
        words = words[1:]
    title = normalise_title(run.title.split(" – ")[0]).split()     # "Road drainage works – L-100 Ashby": its head is "works"
    pronouns = word_list("plural_event_pronouns") | word_list("follow_on_subjects")
    return bool(words) and (words[0] in pronouns or bool(title) and words[0] == title[-1])


def _note_hours(run: Event, hours: Event) -> None:
    """Give ``run`` the hours of ``hours`` as a note and its source."""
    run.sources.extend(hours.sources)
    run.notes = run.notes + [
        f"{hours.start:%H:%M} to {hours.end:%H:%M} on each day from {run.start.isoformat()} to "
        f"{run.end.isoformat()}, as \"{hours.sources[0].expr}\" in the next sentence says"]
