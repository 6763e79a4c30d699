"""One event told twice in a document: a headline or a What/When block, and a sentence.

A notice headed "Club AGM on September 19" goes on "The annual general meeting will be
held on Saturday, September 19 at 9am in the clubhouse"; a media advisory says "A press
conference will be held on Monday, 6 October" and then "WHAT: Press conference with ...
WHEN: Monday, 6 October at 12:00 noon". A subscriber wants one entry, the most precise
telling, whose description quotes both places.

Two entries are one event only when everything agrees: the same day (an all-day entry and
a timed one that day, or two timings with the same start, or two all-day entries over the
same days), kinds that fit, no two different places, and titles that name the same thing:
the same head noun ("meeting", "webinar") and no words on both sides that tell the two
apart ("evening session" / "morning session", "workshop on X" / "workshop on Y"). A day
with two sessions of one name stays ambiguous, so nothing is merged there. Deadlines are
same_deadline's business.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from calfeed.events.candidates import DateSpans, date_not_written
from calfeed.events.day_off_closures import fold_day_off_closures
from calfeed.events.quote_marks import ENGLISH, quote_marks
from calfeed.events.unclaimed_dates import PERIOD_ROW_NOTE
from calfeed.events.identity import moment_key, normalise_title, normalised_names, same_place, take_in
from calfeed.events.label_lines import diary_row
from calfeed.events.shared_place import day_of
from calfeed.events.subject_names import SubjectNames, sentence_subject
from calfeed.events.phrases import month_words
from calfeed.events.prose_day_rows import fold_prose_into_day_rows
from calfeed.events.vocabulary import event_nouns, plural_nouns, short_names, table, word_list
from calfeed.events.weekday_words import weekday_words
from calfeed.events.words import compared_stem
from calfeed.model import Document, Event, SourceRef
from calfeed.text import SENTENCE_MARKS, line_end, start_of_line

_CUT = re.compile(r"[:;,(\[|—–]| - ")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_YEAR = re.compile(r"(?:19|20)\d\d")
GENERIC_KIND = "event"          # the kind an entry gets when its noun says nothing more
NAME_WORDS_IN_TITLE = 2         # words of a sentence's proper name another entry's title must write to be its event
OWN_MERGERS = frozenset({"deadline"})   # merged by same_deadline


def merge_told_twice(events: list[Event], dates: DateSpans | None = None,
                     doc: Document | None = None) -> list[Event]:
    """Fold each group of entries that tell one event into its most precise entry.

    A group is merged only when every two of its entries are the same event, so an
    all-day "Workshop" beside a 10:00 and a 14:00 workshop (two sessions) stays as it is.
    With the document's ``dates``, an entry counts as a telling only when its own sentence
    writes a day: "Picket lines will be in place from 7.30am on every strike day" took its
    day from elsewhere, so its day is a guess, not a second telling. With the ``doc``, an
    entry named after the document over the very days of one other entry is folded into it.
    """
    told = [dates is None or _day_written(event, dates) or _names_back(event) for event in events]
    named_days: dict[date, list[Event]] = {}
    for event, said in zip(events, told):
        if said and event.all_day and event.precision == "exact":
            named_days.setdefault(event.start, []).append(event)
    named_times: dict[tuple, list[str]] = {}
    for event, said in zip(events, told):
        if said and not event.all_day and event.precision == "exact" and _runs_on(event):
            named_times.setdefault((event.start, event.end), []).append(event.title)
    told = [t or _hours_of_named_day(event, named_days) or _named_hours_again(event, named_times)
            for event, t in zip(events, told)]
    events, told = _fold_headline(events, told, doc)
    events, told = _fold_vague(events, told, doc)
    events, told = _fold_headline_day(events, told, doc)
    events, told = _fold_span_starts(events, told)
    events, told = _fold_restated_run_days(events, told)
    events, told = _fold_also_starts(events, told)
    rows = _list_rows(events, dates, doc)
    events, told = _fold_vague_twins(events, told, rows)
    events, told = _fold_restated_captions(events, told, doc)
    events, told = _fold_prose_into_rows(events, told, doc)
    if doc is not None:     # "November 7: Lantern Fair" ... "All markets will stay closed on November 7."
        events, told = fold_prose_into_day_rows(events, told, doc.text, rows)
    events, told = fold_day_off_closures(events, told)
    alike: dict[tuple, list[int]] = {}      # entries told alike are compared once
    for index, event in enumerate(events):
        if told[index]:
            alike.setdefault(_signature(event), []).append(index)
    days: dict[date, list[list[int]]] = {}  # only entries of one day can be one event
    for members in alike.values():
        days.setdefault(_start_day(events[members[0]]), []).append(members)
    gone: set[int] = set()
    names = SubjectNames()
    for nodes in days.values():
        for group in _cliques([events[members[0]] for members in nodes], rows, names):
            indices = sorted(i for node in group for i in nodes[node])
            places = [events[k].location.lower() for k in indices if events[k].location]
            keep = max(indices, key=lambda j: _precision(events[j], places))
            for j in indices:
                if j != keep:
                    _absorb(events[keep], events[j])
                    gone.add(j)
    return [event for index, event in enumerate(events) if index not in gone]


def _fold_prose_into_rows(events: list[Event], told: list[bool],
                          doc: Document | None) -> tuple[list[Event], list[bool]]:
    """A letter that talks about its services before it lists them ("The 4:30 service fills
    up early", "we will put on one more service at 6:30pm" over "December 24th" / "4:30pm Vigil Mass" /
    "6:30pm Vigil Mass"): an entry of a sentence of prose that is the same event as the entry of
    a row its clock opens, at the same start (or all day, beside that day's one such row), is the
    row told in passing, and the row keeps it. Rows are the schedule's own telling; the prose
    entry's day is often only carried from another sentence, so merge_told_twice does not count
    it as a telling. More than one such row for it leaves it as it is."""
    if doc is None:
        return events, told
    text = doc.text
    rows = {k for k, event in enumerate(events) if not event.all_day and _clock_row(text, event)}
    if not rows:
        return events, told
    by_day: dict[date, list[int]] = {}
    for k in sorted(rows):
        by_day.setdefault(_start_day(events[k]), []).append(k)
    gone: set[int] = set()
    for k, event in enumerate(events):
        if k in rows or not event.sources or not all(_in_prose(text, s) for s in event.sources):
            continue
        twins = [j for j in by_day.get(_start_day(event), ()) if j not in gone
                 and (event.all_day or events[j].start == event.start) and same_event(events[j], event)]
        if len(twins) == 1:
            _absorb(events[twins[0]], event, retitle=False)
            gone.add(k)
    return [e for i, e in enumerate(events) if i not in gone], [t for i, t in enumerate(told) if i not in gone]


ROW_MARKS = " \t*-•"     # what may stand before a row's clock on its line


def _clock_row(text: str, event: Event) -> bool:
    """Whether the entry is read from one line its clock opens ("4:30pm Vigil Mass")."""
    if len(event.sources) != 1:
        return False
    source = event.sources[0]
    start = text.rfind("\n", 0, source.start) + 1
    return (text[start:source.start].strip(ROW_MARKS) == "" and source.expr[:1].isdigit()
            and not text[source.start:line_end(text, source.start)].rstrip().endswith(SENTENCE_MARKS))


def _in_prose(text: str, source) -> bool:
    """Whether the source is a sentence of a paragraph: its date does not open its line and the
    line ends as a sentence does."""
    start = text.rfind("\n", 0, source.start) + 1
    return (text[start:source.start].strip(ROW_MARKS) != ""
            and text[start:line_end(text, source.start)].rstrip().endswith(SENTENCE_MARKS))


def _list_rows(events: list[Event], dates: DateSpans | None, doc: Document | None) -> dict[int, int]:
    """The entries (by id) read from a row of a list, by where the row's line starts: a line its date
    opens under or over another such line ("03.2031 Bond coupon date" / "03.2031 Bond coupon
    payment"), or a diary row its date ends ("Members' vote opens Tuesday, 8 July" / "Members' vote
    result posted Tuesday, 8 July"). Two rows of a list are two items, whatever they share."""
    if doc is None or dates is None:
        return {}
    text = doc.text
    spans = sorted((t.start, t.end) for t in dates.timexes if t.type != "DURATION")
    starts = {a for a, _ in spans}
    rows: dict[int, int] = {}
    for event in events:
        if len(event.sources) != 1:
            continue
        source = event.sources[0]
        start = text.rfind("\n", 0, source.start) + 1
        if text[start:source.start].strip(" \t*-•") == "" and _opened_neighbour(text, start, starts):
            rows[id(event)] = start
        elif diary_row(text, start, spans) and text[source.end:line_end(text, source.end)].strip(" \t*") == "":
            rows[id(event)] = start
    return rows


def _opened_neighbour(text: str, start: int, starts: set[int]) -> bool:
    """Whether the filled line right above or below the line at ``start`` opens with a date too
    (``starts``: where the page's dates start)."""
    above_end = start - 1
    while above_end > 0 and not text[text.rfind("\n", 0, above_end) + 1:above_end].strip():
        above_end = text.rfind("\n", 0, above_end)
    below = line_end(text, start) + 1
    while below < len(text) and not text[below:line_end(text, below)].strip():
        below = line_end(text, below) + 1
    for line_start in ((text.rfind("\n", 0, above_end) + 1) if above_end > 0 else None, below):
        if line_start is None or line_start >= len(text) or line_start == start:
            continue
        lead = len(text[line_start:line_end(text, line_start)]) - len(text[line_start:line_end(text, line_start)].lstrip(" \t*-•"))
        if line_start + lead in starts:
            return True
    return False


def _separate_rows(first: Event, second: Event, rows: dict[int, int]) -> bool:
    """Both entries are rows of a list, on lines of their own."""
    one, two = rows.get(id(first)), rows.get(id(second))
    return one is not None and two is not None and one != two


def _cliques(entries: list[Event], rows: dict[int, int] | None = None,
             names: SubjectNames | None = None) -> list[set[int]]:
    """Groups of entries every two of which are the same event, and no entry outside; two rows of a
    list (``rows``, see _list_rows) are never one. ``names`` reads each sentence's subject once
    for all the pairs (an entry is in a pair with every other of its day)."""
    rows = rows or {}
    names = names if names is not None else SubjectNames()
    timed: dict[object, list[int]] = {}       # two timed entries are one only at one start,
    whole: dict[tuple, list[int]] = {}        # two all-day ones only over the same days (_same_time)
    for k, entry in enumerate(entries):
        if entry.all_day:
            whole.setdefault((entry.start, _last(entry)), []).append(k)
        else:
            timed.setdefault(entry.start, []).append(k)
    all_day = [k for k, entry in enumerate(entries) if entry.all_day]
    timed_ones = [k for k, entry in enumerate(entries) if not entry.all_day]

    def rivals(a: int) -> list[int]:
        """The entries whose time may be ``a``'s: a day of many clock slots compares each slot
        with the slots of its start and the day's all-day entries, not with every slot."""
        entry = entries[a]
        if entry.all_day:
            return whole[(entry.start, _last(entry))] + timed_ones
        return timed[entry.start] + all_day

    return cliques_of({a: {b for b in rivals(a) if b != a and same_event(entries[a], entries[b], names)
                           and not _separate_rows(entries[a], entries[b], rows)}
                       for a in range(len(entries))})


def cliques_of(matches: dict[int, set[int]]) -> list[set[int]]:
    """The groups of entries (by index, 0 to n-1) each of which matches every other of its group and
    none outside it, given each entry's matches; an entry in a group that is not such a clique is left."""
    found: list[set[int]] = []
    seen: set[int] = set()
    for a in range(len(matches)):
        if a in seen or not matches[a]:
            continue
        group = {a} | matches[a]
        seen |= group
        if all(matches[b] | {b} == group for b in group):
            found.append(group)
    return found


def _signature(event: Event) -> tuple:
    return (normalise_title(event.title), event.kind, event.start, event.end, event.all_day, event.tz,
            event.location, event.precision, event.rrule)


def _start_day(event: Event) -> date:
    return day_of(event.start)


def _fold_headline(events: list[Event], told: list[bool], doc: Document | None) -> tuple[list[Event], list[bool]]:
    """A CFP's heading "CFP: Letters, Networks and Women's Voices" over "University of Glasgow,
    6-8 July 2017" names the conference the body tells for the same three days; a notice's header
    block "Club : Chess Club" / "DATE: 12 Oct 2027" / "TIME: 6:00 pm - 7:00 pm" dates the AGM its
    body tells for the same hours.

    Only an entry of the generic kind named after the document, over two or more days, or timed
    from a start to an end, that exactly one other entry spans too: one day may hold several
    things, and "talks during the visit this week" span the same week without being one event,
    but neither is the document's own name; two things of one page rarely share both clocks.
    """
    names = normalised_names(document_names(doc))
    gone: set[int] = set()
    for i, event in enumerate(events):
        if not (told[i] and normalise_title(event.title) in names and event.kind == GENERIC_KIND
                and _runs_on(event)):
            continue
        twins = [j for j, other in enumerate(events) if j != i and j not in gone and told[j]
                 and other.all_day == event.all_day
                 and (other.start, other.end) == (event.start, event.end) and other.kind not in OWN_MERGERS
                 and not other.rrule and other.precision == "exact"]
        if len(twins) == 1 and not event.rrule and event.precision == "exact" \
                and same_place(event.location, events[twins[0]].location):
            _absorb(events[twins[0]], event)
            gone.add(i)
    return [e for i, e in enumerate(events) if i not in gone], [t for i, t in enumerate(told) if i not in gone]


def _fold_vague(events: list[Event], told: list[bool], doc: Document | None) -> tuple[list[Event], list[bool]]:
    """A month, week or season that names the subject of an exact entry inside it tells that
    entry again: "The Met to reopen its galleries in May 2025" over "will reopen ... on May 31,
    2025"; "Work Sessions" read as the whole year over a list of dated work sessions.

    The approximate entry folds into the earliest exact entry within its days that names the
    same subject (the same name, or one title's head phrase within the other's); a plural title
    ("Work Sessions") folds only when two such entries tell its events. A headline (an entry read
    from the document's title or first line) also folds into the one exact entry within its days
    that shares a word with it. A vague span whose subject no exact entry names stays as it is.
    """
    names = normalised_names(document_names(doc))
    gone: set[int] = set()
    for i, vague in enumerate(events):
        if not (told[i] and vague.precision != "exact" and vague.all_day and not vague.rrule
                and vague.kind not in OWN_MERGERS):
            continue
        if any(note.startswith(PERIOD_ROW_NOTE) for note in vague.notes):
            continue      # "Term 2 | April 24 | June 30 |": a row's span of two written days, tentative, not vague

        inside = [j for j, other in enumerate(events)
                  if j != i and j not in gone and told[j] and other.precision == "exact" and not other.rrule
                  and other.kind not in OWN_MERGERS and _kinds_fit(vague, other)
                  and _within(other, vague) and same_place(vague.location, other.location)]
        named = [j for j in inside if _same_subject(vague.title, events[j].title)]
        if len(named) == 1 and _plural(vague.title):
            named = []            # "the mayors' forums between August and October" over the one forum dated
        if not named and _headline(vague, names, doc):
            named = [j for j in inside if _shared_words(vague.title, events[j].title)]
            named = named if len(named) == 1 else []
        if not named:
            named = _summed_up(vague, inside, events)
        if named:
            into = min(named, key=lambda j: moment_key(events[j].start))
            _absorb(events[into], vague, retitle=False)    # "Another screening" says less than its day's title
            gone.add(i)
    return [e for i, e in enumerate(events) if i not in gone], [t for i, t in enumerate(told) if i not in gone]


def _fold_headline_day(events: list[Event], told: list[bool], doc: Document | None) -> tuple[list[Event], list[bool]]:
    """A headline's day told again by the body ("Envoy to Hold Vienna Meeting ..., 9 June" over "The
    Envoy will host a joint meeting ... on 9 June in Vienna"), in other words than the body's.

    A headline telling is an exact one-off whose every sentence is the document's title or first
    line, or a piece of one (a page wrapping its heading onto a second line). It folds into the one
    exact one-off of its day told elsewhere whose kind is its kind (not the generic one) or whose
    title shares a word with it; the headline's place counts only when the headline names none of
    the body entry's ("Following Up on 2030 Oslo Talks" under "Vienna Meeting"). With no such
    entry, or several, the headline keeps its entry. Two entries timed apart (other clocks, or one span
    ending where the other does not) are two things, whatever words their titles share ("the east lane
    ... out of service from 22:00 on 3 May until 22:00 on 7 May" on the first line, "the west lane ...
    from 22:00 on 3 May until 10:00 on 4 May" below)."""
    heads = [normalise_title(name) for name in document_names(doc)]
    heads = [h for h in heads if h]
    if not heads:
        return events, told
    within = [[_within_headline(source.sentence, heads) or _quoted_headline(source, heads) for source in event.sources]
              for event in events]
    headline = [told[i] and _one_off(event) and event.kind not in OWN_MERGERS
                and all(inside or event.all_day and _headline_line(doc, source, heads)
                        for inside, source in zip(within[i], event.sources))
                for i, event in enumerate(events)]
    by_line = [headline[i] and not all(within[i]) for i in range(len(events))]
    if not any(headline):
        return events, told
    gone: set[int] = set()
    for i, event in enumerate(events):
        if not headline[i]:
            continue
        body = [j for j, other in enumerate(events)
                if j != i and told[j] and not headline[j] and _one_off(other) and other.kind not in OWN_MERGERS
                and _start_day(other) == _start_day(event) and _kinds_fit(event, other)
                and (event.kind == other.kind != GENERIC_KIND or _shared_words(event.title, other.title))
                and (same_place(event.location, other.location) or _named_in(other.location, heads))
                and (not by_line[i] or other.all_day and _runs_on(other))
                and (event.all_day or other.all_day or _same_time(event, other))]   # two clock spans apart: two things
        if len(body) == 1:
            _absorb(events[body[0]], event)      # a bare "Zoom meeting" takes the headline's "AGM"
            gone.add(i)
    return [e for i, e in enumerate(events) if i not in gone], [t for i, t in enumerate(told) if i not in gone]


def _fold_span_starts(events: list[Event], told: list[bool]) -> tuple[list[Event], list[bool]]:
    """A stretch's first day told again as its start: "The library survey will be open from 2 May
    to 30 May" and then "The survey begins on 2 May", or a memo's display "from Friday 3 to Tuesday
    7" and then "The exercise is likely to commence that Friday". The second telling gave a one-day
    "Survey opens" beside the stretch, a second entry for the same thing on its first day.

    Only a one-day entry titled for the moment its event begins ("... opens", "... commences":
    title_start_words), on the first day of exactly one stretch over several days of a fitting
    kind and place, whose subject is the stretch's (the same head, one side saying more) or a
    stand-in noun that names no thing of its own ("the exercise", "the event":
    start_standin_nouns); the stretch keeps its title. Another thing that opens that day ("The
    museum opens on 2 May" beside a fair's days) keeps its entry. The start may be hedged ("is
    likely to commence"): the stretch's written days say more. A one-day entry titled by its name
    whose clause tells it opens that day ("The Pilot Licence Examination kicks off tomorrow,
    June 7": _opening_told) is such a start too; a bare-noun stretch ("Exams") then takes its name."""
    stand_ins = word_list("start_standin_nouns")
    gone: set[int] = set()
    for i, event in enumerate(events):
        if not (told[i] and not event.rrule and event.all_day and event.end in (None, event.start)
                and event.kind not in OWN_MERGERS):
            continue
        said = _WORD.findall(event.title.lower())
        named = len(said) < 2 or said[-1] not in word_list("title_start_words")
        if named and not (event.sources and all(_opening_told(source) for source in event.sources)):
            continue        # (a name, told as opening: a bare-noun stretch takes the name, _absorb)
        standin = _read_title(event.title).head in stand_ins and len(said) == 2
        spans = [j for j, other in enumerate(events)
                 if j != i and j not in gone and told[j] and _one_off(other) and other.all_day
                 and other.start == event.start and other.end is not None and other.end > other.start
                 and other.kind not in OWN_MERGERS and _kinds_fit(event, other)
                 and same_place(event.location, other.location)]
        if len(spans) == 1 and (standin or _same_subject(event.title, events[spans[0]].title)):
            _absorb(events[spans[0]], event, retitle=named)
            gone.add(i)
    return [e for i, e in enumerate(events) if i not in gone], [t for i, t in enumerate(told) if i not in gone]


_CLAUSE_MARK = re.compile(r"[,;:()\[\]]")


def _opening_told(source: SourceRef) -> bool:
    """Whether the clause of the source's day, up to the day, tells a start with a verb of
    range_opening_verbs ("The board exam kicks off tomorrow, May 3"): the entry is the
    first day of what a stretch of the same subject then runs over ("The exams will be held for
    three weeks from tomorrow"), though its title is the subject's name, not "... opens"."""
    before = source.sentence[:max(0, source.start - source.sentence_start)]
    clause = _CLAUSE_MARK.split(before)[-1].lower()
    words = " " + " ".join(_WORD.findall(clause)) + " "
    return any(f" {verb} " in words for verb in word_list("range_opening_verbs"))


def _fold_restated_run_days(events: list[Event], told: list[bool]) -> tuple[list[Event], list[bool]]:
    """A day of a stretch told again: "a regatta on May 17 and 18" and then "The
    events are on Saturday the 17th and Sunday the 18th, largely on Saturday
    afternoon". The second sentence gave one-day entries inside the stretch the page had already
    dated, the same thing told day by day.

    Only a one-day entry inside exactly one stretch over several days of a fitting kind and place,
    told by a day without its month (the month carried from the stretch: "Sunday the 18th",
    "Saturday afternoon"), whose title is the stretch's name (_same_name) or a stand-in noun that
    names no thing of its own ("The activities", "the event": start_standin_nouns). Another thing of a day
    inside the stretch ("The parade will be on Saturday the 12th" in a festival's days) keeps its
    entry; so does a stand-in dated with its month ("The event on Saturday 15 March")."""
    stand_ins = {compared_stem(w) for w in word_list("start_standin_nouns")}
    runs = [j for j, other in enumerate(events) if told[j] and _one_off(other) and other.all_day
            and other.end is not None and other.end > other.start and other.kind not in OWN_MERGERS]
    if not runs:
        return events, told
    gone: set[int] = set()
    for i, event in enumerate(events):
        if not (told[i] and _one_off(event) and event.all_day and event.end in (None, event.start)
                and event.kind not in OWN_MERGERS):
            continue
        around = [j for j in runs if j != i and j not in gone and events[j].start <= event.start <= events[j].end
                  and _kinds_fit(event, events[j]) and same_place(event.location, events[j].location)]
        if len(around) != 1:
            continue
        run = events[around[0]]
        standin = _read_title(event.title).head in stand_ins and len(_WORD.findall(event.title)) <= 2
        if not all(_monthless(source.expr) for source in event.sources):
            continue         # "The event on Saturday 15 March": a day of its own, dated whole
        if standin or _same_name(event.title, run.title) and not _read_title(event.title).nameless:
            _absorb(run, event, retitle=False)
            gone.add(i)
    return [e for i, e in enumerate(events) if i not in gone], [t for i, t in enumerate(told) if i not in gone]


ALSO_REACH = 3          # the subject's noun and the helpers between it and "also": "are", "will be"


def _fold_also_starts(events: list[Event], told: list[bool]) -> tuple[list[Event], list[bool]]:
    """A start told once more for another group of the same subject: "The school spring term will begin
    on Friday, January 9" and later "Hill schools are also to begin lessons on Friday January 9th".
    The second sentence gave "Lessons begin" beside "School spring term begins", one day's start told
    twice.

    Only a one-day all-day entry titled for a start (title_start_words, begin_verbs) whose sentence
    says "also" (also_marks) at most ALSO_REACH words after its subject's noun, that noun being a word
    of the title of exactly one other start entry of that day, told in another sentence ("schools" and
    "school spring term"). "The harbour museum opens on 2 May. The café will also open on 2 May." names
    another thing and keeps its entry."""
    starts = word_list("title_start_words") | word_list("begin_verbs")
    opened = [k for k, event in enumerate(events) if told[k] and _one_off(event) and event.all_day
              and event.end in (None, event.start) and event.kind not in OWN_MERGERS and event.sources
              and _last_title_word(event.title) in starts]
    if len(opened) < 2:
        return events, told
    gone: set[int] = set()
    for i in opened:
        event = events[i]
        if len(event.sources) != 1:
            continue
        noun = _also_subject(event.sources[0])
        if noun is None:
            continue
        sentence = event.sources[0].sentence_start
        twins = [j for j in opened if j != i and j not in gone and events[j].start == event.start
                 and _kinds_fit(event, events[j]) and same_place(event.location, events[j].location)
                 and all(s.sentence_start != sentence for s in events[j].sources)
                 and noun in _content(_words(events[j].title))]
        if len(twins) == 1:
            _absorb(events[twins[0]], event, retitle=False)
            gone.add(i)
    return [e for i, e in enumerate(events) if i not in gone], [t for i, t in enumerate(told) if i not in gone]


def _last_title_word(title: str) -> str | None:
    """The title's last word in lower case ("School spring term begins" -> "begins"); None for a title of no word."""
    words = _WORD.findall(title.lower())
    return words[-1] if words else None


def _also_subject(source: SourceRef) -> str | None:
    """The noun (as titles compare it) right before "also" in the words before the day ("Hill schools
    are also to begin" -> "school"); None when "also" is not there."""
    before = _WORD.findall(source.sentence[:max(0, source.start - source.sentence_start)].lower())
    marks, helpers = word_list("also_marks"), word_list("told_end_modals")
    at = next((k for k in range(len(before) - 1, -1, -1) if before[k] in marks), None)
    if at is None:
        return None
    k = at - 1
    while k >= 0 and at - k <= ALSO_REACH and before[k] in helpers:
        k -= 1
    if k < 0 or at - k > ALSO_REACH:
        return None
    return compared_stem(before[k])


_NUMERIC_DAY = re.compile(r"\d[/.-]\d")


def _monthless(expr: str) -> bool:
    """A day written by its weekday or its day of the month alone, without its month or year ("Sunday
    the 18th", "Saturday afternoon"); a holiday's name ("Harbour Day") is no such restatement."""
    months, weekdays = month_words(), weekday_words()
    said = [word.lower() for word in _WORD.findall(expr)]
    return (not any(word in months for word in said) and _YEAR.search(expr) is None
            and _NUMERIC_DAY.search(expr) is None
            and (any(word in weekdays for word in said) or any(c.isdigit() for c in expr)))


TWIN_SHARED_WORDS = 2     # title words two loose entries over the same days share to be one step


def _fold_vague_twins(events: list[Event], told: list[bool], rows: dict[int, int] | None = None
                      ) -> tuple[list[Event], list[bool]]:
    """One loose window told twice ("| Selection of winning entries | September/October 2031 |" and
    "The winning entries will be announced between September and October 2031"): two approximate
    one-offs over the very same days, of kinds that fit, whose titles share two words, are one
    entry, the first told. One shared word ("Spring workshop", "spring fair") is no proof."""
    gone: set[int] = set()
    for i, first in enumerate(events):
        if i in gone or not _loose(first, told[i]):
            continue
        for j in range(i + 1, len(events)):
            second = events[j]
            if j in gone or not _loose(second, told[j]) or (first.start, first.end) != (second.start, second.end):
                continue
            if not _kinds_fit(first, second) or not same_place(first.location, second.location):
                continue
            if _separate_rows(first, second, rows or {}):
                continue      # "03.2031 Bond coupon date" / "03.2031 Bond coupon payment": two items
            shared = _content(_words(first.title)) & _content(_words(second.title)) - word_list("title_cuts")
            if len(shared) >= TWIN_SHARED_WORDS:
                _absorb(first, second, retitle=False)
                gone.add(j)
    return [e for i, e in enumerate(events) if i not in gone], [t for i, t in enumerate(told) if i not in gone]


def _fold_restated_captions(events: list[Event], told: list[bool], doc: Document | None
                            ) -> tuple[list[Event], list[bool]]:
    """A key date's row ("31 July 2031" / "FIRST ROUND CLOSES") told again by the paragraph right
    under its caption ("Entries received up to midnight on 31 July will be judged ..."): the
    paragraph's entry of that day says more (its clock, its kind) and absorbs the row's."""
    if doc is None:
        return events, told
    gone: set[int] = set()
    for i, row in enumerate(events):
        under = _under_caption(doc.text, row) if row.all_day and _one_off(row) else None
        if under is None:
            continue
        twins = [j for j, other in enumerate(events) if j != i and j not in gone and told[j] and _one_off(other)
                 and _start_day(other) == _start_day(row) and other.sources[0].sentence_start == under
                 and not _led_by_date(other)]     # "Thu 5th June" / "Governors' walk round": the next row
        if len(twins) == 1:
            _absorb(events[twins[0]], row, retitle=False)
            gone.add(i)
    return [e for i, e in enumerate(events) if i not in gone], [t for i, t in enumerate(told) if i not in gone]


def _led_by_date(event: Event) -> bool:
    source = event.sources[0]
    return source.sentence.lstrip().startswith(source.expr.strip())


def _under_caption(text: str, row: Event) -> int | None:
    """Where the paragraph under a key date's caption starts, when ``row`` is told only by a date
    line and the caption line under it."""
    if len(row.sources) != 1:
        return None
    source = row.sources[0]
    lines = [line for line in source.sentence.split("\n") if line.strip()]
    if len(lines) != 2 or lines[0].strip() != source.expr.strip():
        return None
    at = source.sentence_start + len(source.sentence)
    while at < len(text) and text[at].isspace():
        at += 1
    return at if at < len(text) else None


def _loose(event: Event, told: bool) -> bool:
    return (told and event.precision != "exact" and event.all_day and not event.rrule
            and event.kind not in OWN_MERGERS)


def _one_off(event: Event) -> bool:
    return event.precision == "exact" and not event.rrule


def _within_headline(sentence: str, heads: list[str]) -> bool:
    said = normalise_title(sentence.strip(" #*_\n"))
    return bool(said) and any(said in head for head in heads)


_QUOTES = quote_marks(ENGLISH, double=True)


def _quoted_headline(source: SourceRef, heads: list[str]) -> bool:
    """The telling's date stands inside a quotation of the headline ("links to the stories referred to
    in the above "Harbour Holiday June 3" story"): the page naming its own heading, no telling of its own."""
    at = source.start - source.sentence_start
    sentence = source.sentence
    if not 0 <= at <= len(sentence):
        return False
    opened = max(sentence.rfind(mark, 0, at) for mark in _QUOTES)
    closes = [k for mark in _QUOTES if (k := sentence.find(mark, at + len(source.expr))) >= 0]
    if opened < 0 or not closes:
        return False
    return _within_headline(sentence[opened + 1:min(closes)], heads)


def _headline_line(doc: Document | None, source: SourceRef, heads: list[str]) -> bool:
    """The line holding the telling repeats the headline, though its sentence does not: lines without
    a full stop run together into one sentence, so a site's banner ("Friday, 7 September 2029,
    10:41:27 am") or a dateline line above or below the heading made the heading's sentence longer
    than the heading. The line must say more than its date ("March 14" alone is no headline), and
    only a day is read so (a first line "Races begin at 10 a.m." run into the rows of the day's
    programme is their schedule's first row, not a headline over them). Such a headline folds only
    into a stretch of days that starts on its day (_fold_headline_day): a one-day body entry beside
    it may be another item of that day whose sentence only repeats the headline's words."""
    if doc is None or doc.text[source.start:source.end] != source.expr:
        return False
    begin, end = start_of_line(doc.text, source.start), line_end(doc.text, source.end)
    line = doc.text[begin:end]
    if source.sentence.strip() == line.strip():
        return False      # the sentence is the line: _within_headline has read it
    rest = doc.text[begin:source.start] + " " + doc.text[source.end:end]
    return bool(normalise_title(rest.strip(" #*_"))) and _within_headline(line, heads)


def _named_in(place: str | None, heads: list[str]) -> bool:
    town = normalise_title(place.split(",")[-1]) if place else ""
    return bool(town) and any(town in head for head in heads)


SUMMED_ITEMS = 2      # exact entries a loose window's sentence must name to be the list told once more


def _summed_up(vague: Event, inside: list[int], events: list[Event]) -> list[int]:
    """The exact entries inside a loose window that its sentence names by a word of their titles
    ("tours Spain in May / June 2031 to play 4 ODI matches" over "Spain v Ireland, 1st ODI", ...):
    when there are SUMMED_ITEMS or more, the window sums up their list."""
    said = _content(_words(" ".join(source.sentence for source in vague.sources))) - word_list("title_cuts")
    said -= month_words()
    named = [j for j in inside if _content(_words(events[j].title)) & said]
    return named if len(named) >= SUMMED_ITEMS else []


def _plural(title: str) -> bool:
    """A title that names several events by a plural event noun ("Work Sessions", "forums")."""
    plurals = {phrase[0] for phrase in plural_nouns() if len(phrase) == 1}
    return any(word in plurals for word in _WORD.findall(title.lower()))


def _headline(event: Event, names: set[str], doc: Document | None) -> bool:
    """An entry named after the document, or read from its first line when that line is its title
    or has no full stop (a headline)."""
    if normalise_title(event.title) in names:
        return True
    if doc is None:
        return False
    lead = len(doc.text) - len(doc.text.lstrip())
    end = line_end(doc.text, lead)
    first = doc.text[lead:end].strip()
    titled = doc.title is not None and normalise_title(first) == normalise_title(doc.title.split("|")[0])
    headline = titled or not first.endswith(SENTENCE_MARKS + (":",))
    return headline and any(lead <= s.start < end for s in event.sources)


def _kinds_fit(first: Event, second: Event) -> bool:
    return first.kind == second.kind or GENERIC_KIND in (first.kind, second.kind)


def _within(inner: Event, outer: Event) -> bool:
    """Whether every day of ``inner`` lies in the days of ``outer``."""
    first, last = _start_day(inner), day_of(_last(inner))
    return _start_day(outer) <= first and last <= day_of(_last(outer))


def _same_subject(first: str, second: str) -> bool:
    """The same name, or one title's head phrase within the other's ("Fireworks" and "Fireworks
    show", "Screening" and "Another screening"): only one side says more. A phrase after a
    linking word is another thing ("Registration for the annual forum" is no annual forum)."""
    if _same_name(first, second):
        return True
    one, two = _front(first), _front(second)
    after_one, after_two = _read_title(first).after, _read_title(second).after
    if after_one and after_two and not after_one & after_two:
        return False          # "Session of the Working Party" / "Session of the Governing Board"
    return bool(one and two) and (one <= two or two <= one)


def _front(title: str) -> set[str]:
    """The head noun and the words before it, as compared."""
    read = _read_title(title)
    return read.before | {read.head} if read.head else set()


def _shared_words(first: str, second: str) -> bool:
    return bool(_content(_words(first)) & _content(_words(second)) - word_list("title_cuts"))


def document_names(doc: Document | None) -> list[str]:
    """The document's title (before a site name after "|") and its first line."""
    if doc is None:
        return []
    first = doc.text.strip().split("\n", 1)[0] if doc.text.strip() else ""
    return [part.split("|")[0].strip(" #*_") for part in (doc.title or "", first)]


def _runs_on(event: Event) -> bool:
    """Whether the entry ends after it starts: over several days, or from a clock to a clock."""
    return event.end is not None and event.end > event.start


def same_event(first: Event, second: Event, names: SubjectNames | None = None) -> bool:
    """Whether two entries of one document are one event told twice (``names``: the subject
    names read so far of the document's sentences, shared by the pairs of a merge)."""
    if {first.kind, second.kind} & OWN_MERGERS or first.rrule or second.rrule:
        return False
    if first.precision != "exact" or second.precision != "exact":
        return False
    if first.kind != second.kind and GENERIC_KIND not in (first.kind, second.kind):
        return False
    if not _same_time(first, second) or not (same_place(first.location, second.location)
                                             or _places_told_together(first, second)):
        return False
    names = names if names is not None else SubjectNames()
    if first.all_day != second.all_day and subject_in_title(first, second, names):
        return True           # "the 9th Lantern Parade will be held on 3 May" / "The 9th Lantern Parade ... from 6pm"
    if first.all_day != second.all_day and _timed_name_in_day_sentence(first, second):
        return True           # "Lantern Night 2027 is the name of the festival held on 3 May" / "Lantern Night" at 18:00
    if _different_subjects(first, second, names):
        return False          # "Red Arrows on Sunday ..." / "Also on Sunday is Harbour Pride ...": two events
    if first.all_day != second.all_day:      # the day, then its hours: one telling may say more
        return _same_subject(first.title, second.title) or _one_occasion(first.title, second.title)
    return (_same_name(first.title, second.title) or (not first.all_day and first.end == second.end
                                                      and _one_occasion(first.title, second.title))
            or _modifiers_told_across(first, second) or _halted_alike(first, second))


HALT_SUBJECT_WORDS = 2     # the words a halt's two titles open with alike ("Ferry service(s)")


def _halted_alike(first: Event, second: Event) -> bool:
    """Two timed entries at the very same moment whose titles open with the same HALT_SUBJECT_WORDS
    words (a plural's "s" aside) and each go on with a word of halt_words ("Ferry service to the
    islands halted", "Ferry services interruption"): one halt of one service, told by a standfirst
    and again by a bullet. Two services halted at one moment open with other words and stay two."""
    if first.all_day or second.all_day or first.end != second.end:
        return False
    one, two = _WORD.findall(first.title.lower()), _WORD.findall(second.title.lower())
    if min(len(one), len(two)) <= HALT_SUBJECT_WORDS:
        return False
    if [w.removesuffix("s") for w in one[:HALT_SUBJECT_WORDS]] != [w.removesuffix("s") for w in two[:HALT_SUBJECT_WORDS]]:
        return False
    halts = word_list("halt_words")
    return not halts.isdisjoint(one[HALT_SUBJECT_WORDS:]) and not halts.isdisjoint(two[HALT_SUBJECT_WORDS:])


def _modifiers_told_across(first: Event, second: Event) -> bool:
    """Two entries of one head noun told in different sentences, each title's own modifier written in the
    other's sentence ("School, office closures Wednesday" titled "Office closures", and "Schools and offices
    ... will remain closed Wednesday" titled "Schools closure"): one telling names what the other does, so
    they are one event, where "morning session" and "evening session" name two."""
    if {s.sentence_start for s in first.sources} & {s.sentence_start for s in second.sources}:
        return False
    one, two = _read_title(first.title), _read_title(second.title)
    if one.head is None or one.head != two.head or (one.after and two.after and not one.after & two.after):
        return False
    said_one = set(_words(" ".join(s.sentence for s in first.sources)))
    said_two = set(_words(" ".join(s.sentence for s in second.sources)))
    return (one.before - two.words) <= said_two and (two.before - one.words) <= said_one


def _one_occasion(first: str, second: str) -> bool:
    """Both titles hold a word of one family of occasion_families ("Election for one person" and
    "Polling station open"): the page names one occasion by its parts (the vote, its polling hours)."""
    one, two = set(_WORD.findall(first.lower())), set(_WORD.findall(second.lower()))
    return any(one & family and two & family for family in _occasion_families())


@lru_cache(maxsize=1)
def _occasion_families() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(row["words"].split()) for row in table("occasion_families"))


def _timed_name_in_day_sentence(first: Event, second: Event) -> bool:
    """Of an all-day entry and a timed one told in other sentences, the timed one's title is a name (two
    words or more, capitalised) that the all-day one's sentence writes word for word ("Tribute to the
    Lantern Night Festival 2027 is what its makers call the dance festival set for May 3" beside
    "Lantern Night Festival" at 09:00 that day): the day's entry is that festival, however its own
    words titled it."""
    whole, timed = (first, second) if first.all_day else (second, first)
    if {s.sentence_start for s in whole.sources} & {s.sentence_start for s in timed.sources}:
        return False
    if _read_title(whole.title).head != _read_title(timed.title).head:
        return False          # "Cultural festival" / "Lantern Night Festival": one head noun, one thing named
    name = _words(timed.title)
    if len(name) < 2 or not timed.title[:1].isupper() or sum(w[:1].isupper() for w in timed.title.split()) < 2:
        return False
    return any(any(written[k:k + len(name)] == name for k in range(len(written) - len(name) + 1))
               for written in (_words(s.sentence) for s in whole.sources))


def _places_told_together(first: Event, second: Event) -> bool:
    """Whether one entry's sentence names the other's place beside its own ("a conference in
    Harbourtown in association with the Arts Centre, Kelvin University, on 26 September" under
    "Conference to be held at Kelvin University on Monday"): the town and the venue are one
    event's, told by two sentences."""
    return any(other.location is not None and other.location.lower() in source.sentence.lower()
               for one, other in ((first, second), (second, first)) for source in one.sources)


def subject_in_title(first: Event, second: Event, names: SubjectNames) -> bool:
    """Whether of an all-day entry and a timed one told in another sentence, the timed one's sentence opens with a
    proper name that the all-day entry's title writes word for word ("The 9th Lantern Parade, which will be
    streamed on the Visit Harbour site, from 6pm this Friday ..." beside "9th Lantern Parade Night Procession" that
    day): the clock is that event's, however the timed sentence's own words titled it."""
    whole, timed = (first, second) if first.all_day else (second, first)
    if {s.sentence_start for s in whole.sources} & {s.sentence_start for s in timed.sources}:
        return False      # one sentence's two dates ("the Air Display on Saturday, while ... kick-off at 2pm"): two things
    return _subject_written_in(timed, whole.title)


def _different_subjects(first: Event, second: Event, names: SubjectNames) -> bool:
    """Each entry's sentences name their subject by a proper name and no word of one's names is
    in the other's: two named things on one day are two events, whatever their titles share
    ("Road closures" for Red Arrows and for Harbour Pride)."""
    one, two = names.of(first), names.of(second)
    return bool(one) and bool(two) and not one & two


def _names_back(event: Event) -> bool:
    """A timed entry titled by its bare noun or by how to attend ("Celebration" from "It will run
    from 11 a.m. until 5 p.m.", "Zoom meeting"): its day came from the sentences around it, and so
    did its name; it tells the event those sentences date, which the cliques still have to match."""
    return not event.all_day and (_read_title(event.title).nameless or _bare_noun(event.title))


def _hours_of_named_day(event: Event, named_days: dict[date, list[Event]]) -> bool:
    """A timed entry whose day came from around it and whose title names the subject of an
    all-day entry told on that day (``named_days``: their first days and titles): "The festival
    will run from 4 p.m. until 10 p.m." after "the Harbour Lights festival will be held on
    Saturday 9 August", or "the fireworks show will start at 9:45 p.m." after "will host
    Fireworks on Monday", gives the hours of that day's event."""
    if event.all_day or not isinstance(event.start, datetime):
        return False
    return any(_same_subject(whole.title, event.title) or _timed_name_in_day_sentence(whole, event)
               for whole in named_days.get(event.start.date(), ()))


def _named_hours_again(event: Event, named_times: dict[tuple, list[str]]) -> bool:
    """A timed entry whose day came from around it, over the very hours of a told entry of the same
    name (``named_times``: the told timed entries' starts and ends with their titles): "an
    information evening will be held on 4 May" timed by "The information evening starts at 6 pm
    until 8 pm", and then that second sentence read once more on its own ("Information evening
    starts"), is the same evening told twice."""
    if event.all_day or not _runs_on(event):
        return False
    return any(_same_name(title, event.title) for title in named_times.get((event.start, event.end), ()))


def _bare_noun(title: str) -> bool:
    """A title that is one event noun once the words of attendance are left out ("Zoom meeting")."""
    modes = word_list("attendance_modes")
    return (" ".join(w for w in title.lower().split() if w not in modes),) in event_nouns()


def _day_written(event: Event, dates: DateSpans) -> bool:
    for source in event.sources:
        sentence = (source.sentence_start, source.sentence_start + len(source.sentence))
        if any(t.type in ("DATE", "TIME") and not date_not_written(t) for t in dates.within(sentence)):
            return True
    return False


def _same_time(first: Event, second: Event) -> bool:
    if first.all_day and second.all_day:
        return (first.start, _last(first)) == (second.start, _last(second))
    if first.all_day != second.all_day:
        whole, timed = (first, second) if first.all_day else (second, first)
        if not isinstance(timed.start, datetime) or timed.start.date() != whole.start:
            return False
        # "from 4-8 December" and "will open at 10:00 on Monday, 4 December ... close on Friday, 8 December"
        return _last(whole) == whole.start or (isinstance(timed.end, datetime) and timed.end.date() == _last(whole))
    if first.start != second.start or None not in (first.tz, second.tz) and first.tz != second.tz:
        return False
    return first.end is None or second.end is None or first.end == second.end


def _last(event: Event) -> date | datetime:
    return event.end if event.end is not None else event.start


def _same_name(first: str, second: str) -> bool:
    one, two = _read_title(first), _read_title(second)
    if one.nameless or two.nameless:
        return True           # "via videoconference / Zoom" at 19:30 is the 19:30 meeting
    if _notice_only(first) or _notice_only(second):
        return True           # "Notification" (to authors) is "Notification of acceptance or rejection sent"
    if one.head is None or one.head != two.head:
        return False
    if (one.before - two.words) and (two.before - one.words):
        return False          # "evening session" / "morning session"
    return not (one.after and two.after and not one.after & two.after)   # "workshop on X" / "workshop on Y"


@lru_cache(maxsize=4096)
def _read_title(title: str) -> _Title:
    return _Title.read(title)


class _Title:
    """A title's head noun, the words before it and the words after it, as compared."""

    def __init__(self, head: str | None, before: set[str], after: set[str], nameless: bool = False) -> None:
        self.head, self.before, self.after = head, before, after
        self.words = before | after | ({head} if head else set())
        self.nameless = nameless     # only words of attendance and fillers: "via videoconference / Zoom"

    @classmethod
    def read(cls, title: str) -> _Title:
        title = _after_notice(title)
        front = _CUT.split(title, maxsplit=1)[0]
        rest = title[len(front):]
        said = _WORD.findall(front.lower())
        if len(said) > 1 and said[-1] in word_list("title_start_words"):
            front = front[:front.lower().rfind(said[-1])]     # "Concert starts" at 19:30 is the concert
        cuts = word_list("title_cuts")
        at = _cut_at(front, cuts)
        words = _words(front[:at])
        named = [w for w in words if w.isalpha() and len(w) > 1]
        head = named[-1] if named else None
        before = _content(words) - cuts - ({head} if head else set())
        after = _content(_words(front[at:]) + _words(rest)) - cuts
        nameless = not _content(_words(title)) - cuts
        return cls(head, before, after, nameless)


def _notice_only(title: str) -> bool:
    """A title that is only a notice's word ("Notification", "Reminder"): it says a notice goes
    out that day, not which, so it names no event of its own (notice_heads)."""
    said = [w.lower() for w in _WORD.findall(title)]
    return bool(said) and all(w in word_list("notice_heads") for w in said)


def _after_notice(title: str) -> str:
    """The event a notice's title names: "Notice of the Annual General Meeting" -> "the Annual
    General Meeting" (notice_heads, then a linking word)."""
    heads, cuts = word_list("notice_heads"), word_list("title_cuts")
    for word in _WORD.finditer(title):
        said = word.group().lower()
        if said in heads:
            continue
        if said in cuts and word.start() > 0:
            return title[word.end():].strip()
        break
    return title


def _cut_at(front: str, cuts: frozenset[str]) -> int:
    """Where the head's phrase ends: at its first linking word, unless that word joins the
    capitalised words of a name ("World of Work Summit", not "Session of the Committee")."""
    found = list(_WORD.finditer(front))
    for k, word in enumerate(found[1:], start=1):
        link = word.group().lower()
        if link not in cuts:
            continue
        if link in word_list("name_joiners") and _named_event_after(found[k - 1:k], found[k + 1:]):
            continue
        return word.start()
    return len(front)


def _named_event_after(before: list[re.Match], after: list[re.Match]) -> bool:
    """Capitalised words on both sides of the link, running on to a capitalised event noun."""
    nouns = {phrase[0] for phrase in event_nouns() if len(phrase) == 1}
    if not before or not before[0].group()[:1].isupper():
        return False
    for word in after:
        if not word.group()[:1].isupper():
            return False
        if word.group().lower() in nouns:
            return True
    return False


def _words(text: str) -> list[str]:
    """Lower-case words, short names written out ("AGM" -> annual general meeting),
    plurals made singular so "workshops" and "workshop" compare."""
    short = short_names()
    out: list[str] = []
    for word in _WORD.findall(text.lower()):
        for part in short.get(word, word).split():
            out.append(compared_stem(part) if part.isalpha() else part)
    return out


def _content(words: list[str]) -> set[str]:
    """Words that tell one event from another: not fillers, not how to attend ("Zoom"), not the
    year (one day is one year)."""
    fillers, modes = word_list("title_fillers"), word_list("attendance_modes")
    return {w for w in words if w not in fillers and w not in modes and not _YEAR.fullmatch(w)}


def _opening_names(event: Event) -> list[list[str]]:
    """The proper names (their words in order, as titles are compared) the entry's sentences open with as their
    subject, event names included ("The 9th Lantern Parade, which ..."); a name further on ("Road closures for
    Harbour Pride") is what the sentence is about only in passing."""
    names: list[list[str]] = []
    for source in event.sources:
        name = sentence_subject(source.sentence, event_names=True)
        run: list[str] = []
        for match in _WORD.finditer(source.sentence):
            word = match.group(0)
            if not run and (word.lower() in word_list("articles") or word[:1].isdigit()):
                continue      # "The 9th" before the name
            if word.lower() not in name:
                break
            run.append(word.lower())
        if len(run) >= NAME_WORDS_IN_TITLE:
            names.append(_words(" ".join(run)))
    return names


def _subject_written_in(event: Event, title: str) -> bool:
    """Whether a name ``event``'s sentences open with stands word for word in ``title``."""
    written = _words(title)
    return any(any(written[k:k + len(name)] == name for k in range(len(written) - len(name) + 1))
               for name in _opening_names(event))


def _names_subject_instead(into: Event, other: Event) -> bool:
    """The other entry's title writes the proper name ``into``'s sentences open with and ``into``'s title does
    not ("Visit", from a website's name, for the sentence about the 9th Lantern Parade)."""
    return not into.all_day and other.all_day and _subject_written_in(into, other.title) \
        and not _subject_written_in(into, into.title)


def _precision(event: Event, places: list[str]) -> tuple:
    """Timed before all-day, an end before none, a place naming the others' places before a vaguer one."""
    holds = sum(p in (event.location or "").lower() for p in places)
    return (not event.all_day, event.end is not None, holds, event.kind != GENERIC_KIND)


def _absorb(into: Event, other: Event, retitle: bool = True) -> None:
    named_instead = retitle and _names_subject_instead(into, other)     # (its own sentences, before it takes in others')
    take_in(into, other)
    if retitle and (_bare_noun(into.title) or _read_title(into.title).nameless) \
            and (_content(_words(other.title)) > _content(_words(into.title)) or named_instead):
        into.title = other.title     # "Meeting" ("It will open at 10:00 ...") is "WHO Member States meeting"
    when = other.start.isoformat() if isinstance(other.start, date) else str(other.start)
    into.notes.append(f"the same event as \"{other.title}\" ({when[:10]}), told elsewhere in the document")
    if into.tz is None and other.tz is not None and not into.all_day and not other.all_day:
        into.tz = other.tz
