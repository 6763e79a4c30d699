"""The hours sentence right after a run of days: "Resurfacing works will shut the R-101 from
Tuesday, March 7, to Thursday, March 9." then "Works will take place from 9am to 4pm."

The second sentence writes no day, so the tagger dates its clocks by the run's first day and it
came out as an entry of its own on that day beside the all-day run. Its subject is the run's
occasion again (the head noun of the run's title, or "it" / "they"), so the clocks are the hours
of each day of the run, which is one entry: the run stays whole (a road is under works notice
for all its days) and says its hours in a note, and the lone entry at those hours is dropped. Read narrowly: the hours sentence must follow the run's sentence with nothing
between, write one day-less range of clocks and no other date, and the run must be exact, of
whole days and no longer than MAX_RUN_DAYS.
"""

from __future__ import annotations

from datetime import date, datetime

from calfeed.events.candidates import date_not_written
from calfeed.events.identity import normalise_title
from calfeed.events.vocabulary import word_list
from calfeed.model import Event, Timex

MAX_RUN_DAYS = 31        # a works notice's or a fair's days, not a season


def hours_after_runs(events: list[Event], text: str, timexes: list[Timex]) -> list[Event]:
    """``events`` (one document's) with each run followed by its hours sentence noting those hours,
    and the hours sentence's own entry dropped."""
    by_start = {t.start: t for t in timexes}
    runs = {_sentence_end(e): e for e in events if _is_run(e)}
    if not runs:
        return events
    dropped: set[int] = set()
    for hours in events:
        if not _is_hours(hours, by_start):
            continue
        source = hours.sources[0]
        run = runs.get(_end_before(text, source.sentence_start))
        if run is None or id(run) in dropped or run.start != hours.start.date() or not _same_subject(run, source.sentence):
            continue
        if any(source.sentence_start <= t.start < source.sentence_start + len(source.sentence)
               for t in timexes if t is not by_start[source.start]):
            continue          # "Works run from 9am to 4pm, and on Saturday from 10am": more than the hours
        _note_hours(run, hours)
        dropped.add(id(hours))
    return [e for e in events if id(e) not in dropped]


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
