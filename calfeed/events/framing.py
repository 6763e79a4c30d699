"""Deciding which dates are events, and framing each: title, kind, place, time, precision.

A date frames an event when its clause names one (an event noun phrase, or a verb such
as "meets") or marks a deadline ("no later than", "due"). Everything else - durations,
"now", datelines, "since 2001", a date that only dates a statement - is left out, and
dates that could not be pinned down go to the review report instead of the calendar.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING
from datetime import date, datetime, time, timedelta

from calfeed.events.agenda import dated_line, programme_days, slot_title
from calfeed.events.attached_clock import (END_OF_DAY, attached_clocks, bracketed_weekdays, ends_the_day,
                                           leading_clocks, shared_clocks, with_clock, with_shared_clock)
from calfeed.events.deadline_clock import DeadlineClock, apply_deadline_clock, deadline_clock
from calfeed.events.deadline_names import actor_text, act_after, is_actor, object_after, without_possessives
from calfeed.events.identity import event_uid, normalise_title
from calfeed.events.label_block import label_block, line_label, written_place
from calfeed.events.mentions import (document_event, document_name, heading_dates, invited_to, under_heading, is_call, is_window, labelled,
                                    launched, listed_place, online_word, only_mentioned, other_verb_between,
                                    part_before, verb_nominal)
from calfeed.events.not_events import (POSSESSIVE_END, anchors_only, fronted_clause, in_condition, names_a_thing,
                                       postponed_to, restated_clocks, weekday_pairs, weekday_span)
from calfeed.events.offsets import offset_deadlines
from calfeed.events.phrases import NounPhrase, clause_subject, kind_of, noun_phrases, phrase_stops, phrase_text
from calfeed.events.datelines import Dateline, find_dateline
from calfeed.events.same_deadline import merge_same_day_deadlines
from calfeed.events.programme import absent, on_series_day, programme_item
from calfeed.events.places import Place, heading_place, lookup, named_place, places_in
from calfeed.events.standing_place import StandingPlace, standing_place
from calfeed.events.event_zones import DocumentZones, document_zones, event_zone
from calfeed.events.relative_clauses import antecedent
from calfeed.events.table_rows import table_row
from calfeed.events.superseded import replaced_dates
from calfeed.events.shared_place import PLACELESS_KINDS, Dated, day_of, place_key, shared_places
from calfeed.events.signals import BEFORE_GAP, Signals, read_signals
from calfeed.events.timing import Timing, every_few_weeks, series_gap, series_timing, sub_daily, timing_of
from calfeed.events.unanchored import UnanchoredDays
from calfeed.events.vocabulary import (Cue, cues, find_phrase, milestone_verbs, phrase_list,
                                      singular_nouns, table, title_words, word_list)
from calfeed.events.words import Word, clause_bounds, clause_of, words_in
from calfeed.model import Document, Event, Interval, ReferenceDate, SourceRef, Timex, Unresolved

if TYPE_CHECKING:
    from calfeed.text import Sentences

PLACE_REACH = 300        # characters either side of a date searched for its place
MAX_QUOTE = 600          # a "sentence" longer than this (an unsplittable list) is quoted by its clause
LEAD_WORDS = 2           # words before a date that opens its clause ("On 3 May, the summit ...")
MAX_EXPRESSION = 200     # longest date expression looked back for when finding a clause's dates
GRANULARITY_ORDER = ("millennium", "century", "decade", "year", "half", "quarter", "season",
                     "month", "week", "day", "partofday", "hour", "minute", "second")
LinkFn = Callable[[Document, int, int], str]
KnownPhrases = dict[str, tuple[list[int], list[str]]]
WINDOWS = "\x00windows"     # key in KnownPhrases: phrases naming something that closes (consultation, call)


@dataclass
class Frame:
    """What the words say about one date, before its time is worked out."""

    title: str
    kind: str
    anchor: tuple[int, int]          # the clause and word that own the title (one date each)
    notes: list[str] = field(default_factory=list)


@dataclass
class Candidate:
    timex: Timex
    frame: Frame
    timing: Timing
    place: Place | None
    sentence: tuple[int, int]
    place_note: str | None = None
    head: str | None = None           # the event noun, lower-cased, when a phrase names the event
    ends: bool = False                # the date is when an event named before ends ("runs until 21 March")
    running: bool = False             # "until": the event may already run when the document is written
    online: str | None = None         # the word that makes the event online ("webinar"): it has no venue
    item: bool = False                # a dated item of a programme ("- 12 January 2027: Anna Novak, ...")
    exdates: list = field(default_factory=list)   # a series' days held as items of their own, or cancelled


def frame_events(
    doc: Document, timexes: list[Timex], reference: ReferenceDate, link: LinkFn, default_zone: str | None = None,
) -> tuple[list[Event], list[Unresolved]]:
    """The events a document announces, and the expressions a person should look at;
    ``default_zone`` is for clock times nothing in the document places."""
    # Imported here: calfeed.text loads its word list through calfeed.timex, whose
    # package imports calfeed.text; importing it at module level from here would make
    # "import calfeed.events" first (as the pipeline does) hit that cycle half-way.
    from calfeed.text import split_sentences

    found_dateline = find_dateline(doc.text, timexes)
    dateline = found_dateline.place if found_dateline else None
    sentences = _after_dateline(split_sentences(doc.text), found_dateline)
    ordered = programme_days(doc.text, every_few_weeks(doc.text, sorted(timexes, key=lambda t: (t.start, t.end))))
    ordered = offset_deadlines(doc.text, ordered, reference)
    doc_place = dateline or named_place(doc.location)
    unresolved: list[Unresolved] = []
    candidates: list[Candidate] = []
    dates = DateSpans(ordered)
    anchors = _series_anchors(doc.text, sentences, dates)
    known = _named_phrases(doc.text, sentences, dates, doc.title)
    unanchored = UnanchoredDays(doc.text, dates.starts_at)
    blocked_all = [(t.start, t.end) for t in ordered if t.type != "DURATION"]

    clocks = attached_clocks(doc.text, [t for t in ordered if id(t) not in anchors["consumed"]])
    attached = {id(c) for c in clocks.values()}
    shared = shared_clocks(doc.text, ordered)
    leading = leading_clocks(doc.text, [t for t in ordered if id(t) not in attached])
    attached |= {id(c) for c in leading.values()}
    # "Monday to Friday", "15th March, 2027 (Monday)", "after Easter, Monday 12th April": no days of their own
    not_days = (weekday_pairs(doc.text, ordered) | bracketed_weekdays(doc.text, ordered)
                | anchors_only(doc.text, ordered) | restated_clocks(doc.text, ordered))
    cancelled: list[datetime] = []
    replaced = replaced_dates(doc.text, ordered)
    replacing = {(new.start, new.end): doc.text[start:end] for (start, end), new in replaced.items()}
    rule: DeadlineClock | None = None
    about: tuple[str, str] | tuple[()] | None = None      # the event the document is about, found when needed
    for timex in ordered:
        if id(timex) in attached:
            continue
        clock = clocks.get(id(timex))
        if clock is not None:
            timex = with_clock(doc.text, timex, clock)
        sharing = (shared.get(id(timex)) or leading.get(id(timex))) if clock is None else None
        if sharing is not None:   # "on 10 February and 3 March 2027 at 12:30 GMT"
            timex = with_shared_clock(timex, sharing)
        sentence = sentences.at(timex.start)
        if rule is None and timex.type == "TIME":
            clause = clause_of(doc.text, sentence, timex.start)
            rule = deadline_clock(timex, words_in(doc.text, *clause), dates.within(clause),
                                  doc.text[sentence[0]:sentence[1]])
            if rule is not None:
                continue
        if found_dateline is not None and found_dateline.holds(timex):
            continue         # when the story was filed, not when anything happens
        if reference.span is not None and reference.span[0] <= timex.start and timex.end <= reference.span[1]:
            continue         # "Issued at 10:12 on Sunday 29 November 2026": when the document was written
        if (timex.start, timex.end) in replaced:
            continue         # "March 15, 2027 (extended to March 22, 2027)": the old date is gone
        if timex.problem:
            unresolved.append(_unresolved(doc, timex, sentence, timex.problem))
            continue
        if timex.type == "DURATION" or timex.value.endswith("_REF") or id(timex) in anchors["consumed"]:
            continue
        if timex.type == "SET" and timex.text.split()[0].lower() in word_list("rate_words"):
            continue         # "2.2 million barrels per day": a rate, not a series
        if POSSESSIVE_END.search(doc.text, timex.end, timex.end + 2):
            continue         # "this year's conference": names which one, not when
        if weekday_span(timex) or id(timex) in not_days:
            continue         # opening hours, a restated weekday, an anchor of the next date
        if _date_not_written(timex) and timex.tense == "past" and slot_title(doc.text, timex) is None:
            continue         # "Brent fell 62 cents to $71.40 by 1130 GMT": when a report was made
        clause = clause_of(doc.text, sentence, timex.start)
        words = words_in(doc.text, *clause)
        blocked = dates.spans(clause)
        if names_a_thing(words, timex):
            continue
        phrases = noun_phrases(words, blocked, doc.text)
        phrase = _nearest(phrases, words, timex)
        signals = read_signals(words, (timex.start, timex.end), blocked, phrase.last if phrase else None)
        if signals.deadline is not None and not signals.deadline.strong and postponed_to(words, timex):
            signals.deadline = None    # "adjourned the trial until Jan. 12": the trial's new day, no deadline
        if phrase is not None and only_mentioned(words, blocked, phrase, signals):
            phrase = None          # "Documents for the meeting will be circulated by 10 May": no end of the meeting
            signals = read_signals(words, (timex.start, timex.end), blocked, None)
        if signals.not_event is not None or absent(words, phrase):
            if absent(words, phrase) and timex.interval is not None:
                cancelled.append(timex.interval.start)
            continue         # "9 February: no seminar (reading week)"
        if phrase is not None and fronted_clause(words, phrase, timex):
            phrase = None          # "After the consultation closes, officers will report in May"
            signals = read_signals(words, (timex.start, timex.end), blocked, None)
        if phrase is not None and in_condition(words, phrase, timex):
            continue         # "elections could follow in the spring if no deal is reached by 15 January"
        slot = slot_title(doc.text, timex)
        if slot is not None and dated_line(doc.text, timex, ordered):
            continue         # "8.50pm — Date of next meeting: Tuesday 9 February 2027": the day is the next meeting's
        if phrase is not None and phrase.plural and _date_not_written(timex) and slot is None:
            continue
        owner = _previous_owner(doc.text, sentences, sentence, dates)
        described = antecedent(words, timex.start, phrase, doc.text)
        if described is not None:    # "before the summer recess, which begins on 22 July"
            frame = Frame(described.title, "event", (clause[0], described.first),
                          ["the date is in a relative clause about the noun before it"])
        else:
            frame = _frame(doc.text, words, blocked, phrase, signals, clause, known, owner,
                           timex.approximate or _coarser_than_day(timex), timex.start)
        if frame is not None and slot is not None:    # "13:15–14:45 Panel: Data ethics in practice"
            frame = Frame(slot, frame.kind, frame.anchor,
                          frame.notes + ["a slot of the programme: the line is its name"])
        row = table_row(doc.text, timex, blocked_all)
        if row is not None:       # "| 18–22 January 2027 | Executive Board, first regular session | New York |"
            frame = Frame(row.title, frame.kind if frame is not None else row.kind, (row.start, -1),
                          (frame.notes if frame is not None else []) + ["a row of a table: its title and place cells"])
        invited = invited_to(doc.text, sentences, sentence, words) if frame is None else None
        if invited is not None:   # "The litter pick is back! Join us on Saturday 10 April"
            frame = Frame(invited, "event", (sentence[0], 0),
                          [f"an invitation to \"{invited}\", named the sentence before"])
        headed = under_heading(doc.text, timex) if frame is None else None
        if headed is not None:    # "## Jazz at Teatime" / "**Sunday 24 October, 4pm** — Studio"
            frame = Frame(headed[0], kind_of(headed[0]), (timex.start, -1),
                          ["named by the heading above its date line"])
        named = line_label(doc.text, timex) if frame is None else None
        if named is not None:     # "New Year's Day: Friday, 1 January"
            due = any(named.lower().startswith(w) for w in word_list("deadline_label_starts"))
            frame = Frame(named, "deadline" if due else kind_of(named), (timex.start, -1),
                          ["named by its line's label"])      # each date of the line is its own occasion
        block = None
        if frame is None and labelled(words, timex, reference):
            block = label_block(doc.text, timex.start)   # "What: Launch of the report" / "When: ..." / "Where: ..."
            if block.what is not None:
                frame = Frame(block.what, kind_of(block.what), (clause[0], 0), ["named by the notice's \"What:\" line"])
        if frame is None and (block is not None or heading_dates(doc.text, timex, reference)):
            named_doc = document_name(doc, sentences)
            if named_doc:
                frame = Frame(named_doc[0], named_doc[1], (clause[0], 0),
                              [f"the document's event: \"{named_doc[0]}\""])
        item = programme_item(doc.text, timex) if frame is None else None
        if item is not None and item.place is not None:   # "two drop-in sessions:" / "- Saturday 20 February, ..., Westbury Library"
            frame = Frame(item.text, item.kind, (timex.start, -1), ["a dated item of a list its label names"])
        elif item is not None and item.labelled:      # "Upcoming talks:" / "- 12 January 2027: Anna Novak, ..."
            if about is None:
                about = document_event(doc, sentences) or ()
            frame = Frame(f"{about[0]}: {item.text}" if about else item.text, about[1] if about else item.kind,
                          (timex.start, -1), ["a dated item of the document's programme"])
        elif item is not None:                      # "- Mid-2028: evaluation report published"
            frame = Frame(item.text, item.kind, (timex.start, -1), ["a dated item of a list: a milestone of the plan"])
        if frame is None:
            continue
        if sharing is not None:
            frame.notes.append(f"time of \"{sharing.text}\", the date it is joined to")
        if (timex.start, timex.end) in replacing:
            frame.notes.append(f"replaces \"{replacing[(timex.start, timex.end)]}\", a date the document supersedes")
        if (frame.kind == "deadline" and not any(n.startswith("deadline:") for n in frame.notes)
                and (_is_slot(timex) or slot is not None)):
            frame.kind = "event"   # "09:00 - 09:30  Registration and coffee": an agenda slot
        if (frame.kind == "deadline" and timex.type == "TIME" and timex.interval is not None
                and timex.interval.start.time() == time(0) and ends_the_day(timex.text)):
            timex = _at_end_of_day(timex)
            frame.notes.append(f"\"{timex.text.rstrip(')')}\" on a deadline: the end of that day")
        if _is_heading(doc.text, sentence) and (timex.approximate or _coarser_than_day(timex)):
            continue
        guess = unanchored.guess(sentence, timex, not _date_not_written(timex))
        if guess is not None:
            why = f"\"{frame.title}\" is on \"{guess}\", a day counted from something the document does not date"
            unresolved.append(_unresolved(doc, timex, sentence, why))
            continue
        if timex.type == "SET":
            closing = anchors["closing"].get(id(timex))
            timing = series_timing(timex, anchors["start"].get(id(timex)), anchors["until"].get(id(timex)),
                                   anchors["clock"].get(id(timex)), reference.value,
                                   closing.interval.start.time() if closing is not None and closing.interval else None)
        else:
            timing = timing_of(timex, reference, signals.forward is not None)
        if timing is None:
            why = (series_gap(timex, anchors["start"].get(id(timex)), reference.value)
                   if timex.type == "SET" else None) or "has no time a calendar can hold"
            unresolved.append(_unresolved(doc, timex, sentence, f"\"{frame.title}\" {why}"))
            continue
        if frame.kind == "deadline" and _passed(timex, timing, reference):
            frame.kind = "milestone"
            frame.notes.append(f"told in the past tense, on or before the document date "
                               f"{reference.value.isoformat()}: a deadline that had already passed, not one to meet")
        place = _place_for(doc.text, words, sentence, timex, frame.kind, doc_place, dates,
                           words[phrase.head].lower if phrase else None)
        if row is not None and row.place is not None and frame.kind not in PLACELESS_KINDS:
            place = row.place
        if block is not None and block.where is not None and frame.kind not in PLACELESS_KINDS:
            place = block.where          # "Venue: Village Hall, Church Lane, Little Haddon"
        if headed is not None and headed[1] is not None and frame.kind not in PLACELESS_KINDS:
            a, b = headed[1]
            place = written_place(doc.text, a, b, doc.text[a:b])
        if item is not None and item.place is not None:
            at = doc.text.find(item.place, timex.end)
            place = written_place(doc.text, at, at + len(item.place), item.place) if at >= 0 else place
        place_note = None
        if place is None and frame.kind not in PLACELESS_KINDS:
            if about is None:
                about = document_event(doc, sentences) or ()
            if about and normalise_title(about[0]) == normalise_title(frame.title):
                place = heading_place(doc.text, blocked_all)    # "Co-located with ICWSM 2027, Copenhagen, Denmark"
                place_note = f"place \"{place.name}\" from the document's heading" if place else None
        listed = listed_place(words, timex, doc.text) if frame.kind not in PLACELESS_KINDS else None
        if listed is not None:        # "in Leeds (3 February), Bristol (10 February)": one entry per place
            frame.anchor = (timex.start, -1)
            place = listed if isinstance(listed, Place) else None
        ends = (phrase is not None and signals.deadline is not None and not signals.deadline.strong
                and frame.kind != "deadline" and (timex.start, timex.end) not in replacing)
        candidates.append(Candidate(timex, frame, timing, place, _quotable(sentence, clause), place_note,
                                    head=words[phrase.head].lower if phrase else None, ends=ends,
                                    running=ends and signals.deadline.place == "before",
                                    online=_online(listed, words, phrase, timex, frame.kind),
                                    item=item is not None or row is not None))

    _split_conjoined(candidates, doc.text)
    chosen = _settle_vague(_extend_to_ends(_one_date_per_phrase(candidates), reference), doc_place)
    _items_on_series_days(chosen, cancelled)
    _share_places(chosen, doc_place)
    _standing_places(chosen, standing_place(doc.text, sentences, {sentences.index_at(t.start) for t in ordered}))
    _drop_document_place(chosen, doc_place)
    _go_online(chosen)
    zones = document_zones(doc.text, sentences, ordered, dates.spans, default_zone, doc.url)
    events = _build_events(doc, chosen, reference, link, doc_place, zones)
    if rule is not None:
        events = apply_deadline_clock(events, rule, doc.timezone or (doc_place.tz if doc_place else None))
    return merge_same_day_deadlines(events), unresolved


def _after_dateline(sentences: Sentences, dateline: Dateline | None) -> Sentences:
    """Sentences with the dateline cut off the first one, so that "GENEVA, 3 May - The Board
    meets" has "The Board" as its subject and the dateline's date no clause of its own."""
    cut = dateline.cut if dateline is not None else None
    if cut is None:
        return sentences
    index = sentences.index_at(cut)
    start, end = sentences.bounds[index]
    if not start < cut < end:
        return sentences
    bounds = sentences.bounds[:index] + ((start, cut), (cut, end)) + sentences.bounds[index + 1:]
    return type(sentences)(sentences.text, bounds)


class DateSpans:
    """A document's dates, sorted, answering "which dates are in this clause?" by bisection
    so that long documents stay linear-ish. Durations are not dates and may sit inside a
    name ("two-day workshop"), so they never block a phrase."""

    def __init__(self, timexes: list[Timex]) -> None:
        self.timexes = timexes
        self.starts = [t.start for t in timexes]

    def within(self, clause: tuple[int, int]) -> list[Timex]:
        low = bisect.bisect_left(self.starts, clause[0] - MAX_EXPRESSION)
        high = bisect.bisect_left(self.starts, clause[1])
        return [t for t in self.timexes[low:high] if t.start < clause[1] and clause[0] < t.end]

    def starts_at(self, offset: int) -> bool:
        """Whether a date (not a duration) starts at ``offset``."""
        return any(t.start == offset and t.type != "DURATION" for t in self.within((offset, offset + 1)))

    def spans(self, clause: tuple[int, int]) -> list[tuple[int, int]]:
        return [(t.start, t.end) for t in self.within(clause) if t.type != "DURATION"]


def _date_not_written(timex: Timex) -> bool:
    """A clock time whose day came from context ("All deadlines are at 23:59 AoE")."""
    raw = timex.raw_value or timex.value
    return timex.type == "TIME" and (raw.startswith("T") or raw.startswith("XXXX-XX-XX"))


# --- which words name the event -------------------------------------------------------------

def _nearest(phrases: list[NounPhrase], words: list[Word], timex: Timex) -> NounPhrase | None:
    """The phrase a date belongs to: the nearest one before it (subject or object of the
    verb that carries the date), else, when the date opens the clause, the nearest one after
    ("On 3 May, the summit ...")."""
    before = [p for p in phrases if words[p.last].end <= timex.start]
    if before:
        return max(before, key=lambda p: words[p.last].end)
    after = [p for p in phrases if words[p.first].start >= timex.end]
    if not after:
        return None
    first = min(after, key=lambda p: words[p.first].start)
    if other_verb_between(words, timex.end, words[first.first].start):
        return None       # "X will meet on Friday to avert the walkout": the later phrase is another verb's
    opens = sum(1 for w in words if w.end <= timex.start and w.is_word) <= LEAD_WORDS
    if not opens and any(w.text == "," for w in words if timex.end <= w.start < words[first.first].start):
        return None       # "publish its strategy in the autumn, after delays caused by the election"
    return first


def _frame(text: str, words: list[Word], blocked: list[tuple[int, int]], phrase: NounPhrase | None,
           signals: Signals, clause: tuple[int, int], known: KnownPhrases,
           owner: str | None = None, coarse: bool = False, at: int = -1) -> Frame | None:
    wording = title_words()
    deadline = signals.deadline
    if phrase is not None:
        turn = _turn_before(words, at)
        if turn is not None and any(words[phrase.last].end <= s and e <= words[turn[0]].start for s, e in blocked):
            # "The call ... opens on 15 April and closes on 16 September": the second date is the close
            closing = turn[1] == "deadline"
            named = _fuller_title(words, phrase, phrase.last, text, blocked, known, owner)
            return Frame(f"{named} {_turn_word(closing, phrase.plural)}", "deadline" if closing else "event",
                         (clause[0], turn[0]), [f"deadline: \"{words[turn[0]].lower}\""] if closing else [])
        opened_for = _opens_for(words, phrase)
        if opened_for:        # "The fund opens for applications on 1 February": applications open
            named = _fuller_title(words, phrase, phrase.last, text, blocked, known, owner)
            return Frame(f"{named} {_turn_word(False, phrase.plural)}", "event", (clause[0], phrase.head))
        if launched(words, phrase) is not None and signals.deadline is None:
            opened = without_possessives(phrase_text(words, phrase.first, phrase.last, text))
            return Frame(f"{opened} {wording['opens']}", "event", (clause[0], phrase.head))
        part = part_before(words, phrase)
        if part is not None:
            named = _fuller_title(words, phrase, phrase.last, text, blocked, known, owner)
            return Frame(f"{part} {wording['of_the']} {_lower_first(named)}", phrase.kind, (clause[0], phrase.head))
        last = _cue_end(words, phrase.last, signals, phrase.kind)
        title = _fuller_title(words, phrase, phrase.last, text, blocked, known, owner)
        if last > phrase.last:       # "This consultation opens": the name as the document gives it, then the cue
            title += " " + _cue_as_title(words, phrase, last, text)
        kind = phrase.kind
        notes = []
        if deadline is not None and (deadline.strong or kind == "deadline"):
            if kind != "deadline" and last == phrase.last:
                subject = clause_subject(words, blocked)
                covers = subject is not None and subject[0] <= phrase.first and phrase.last <= subject[1]
                named = phrase_text(words, *subject, text) if covers else title
                title = f"{wording['deadline_for']} {_lower_first(named)}"
            if signals.opening is not None and deadline.place == "before":
                # "Registration is open until 20 May": the date is when it closes
                opened = _fuller_title(words, phrase, phrase.last, text, blocked, known, owner)
                title = f"{opened} {wording['closes']}"
            kind = "deadline"
            notes.append(f"deadline: \"{' '.join(deadline.words)}\"")
        elif (deadline is not None and deadline.place == "before" and last == phrase.last
              and is_window(words, phrase)):
            opened = _fuller_title(words, phrase, phrase.last, text, blocked, known, owner)
            title = f"{opened} {_turn_word(True, phrase.plural)}"
            kind = "deadline"        # "The consultation runs until 3 March": it closes then
            notes.append(f"deadline: \"{' '.join(deadline.words)}\" after something open for a while")
        elif signals.opening is not None and (kind == "deadline" or (last > phrase.last and is_window(words, phrase))):
            kind = "event"           # "Registration opens", "The consultation opens": its start, no deadline
        elif kind == "deadline" and is_call(words, phrase):
            kind = "milestone"     # "A call for abstracts will follow next week": it is published, nothing is due
        return Frame(title, kind, (clause[0], phrase.head), notes)

    nominal = verb_nominal(words, blocked)
    subject = clause_subject(words, blocked)
    subject_text = phrase_text(words, *subject, text) if subject else None
    lowered_before = [w.lower for w in words if w.end <= at]
    asked = find_phrase(lowered_before, phrase_list("request_cues"))
    if deadline is not None and not deadline.strong and coarse and asked is None:
        return None        # "cut emissions by 2015" is a target; "are invited to submit ... by mid-March" is not
    if deadline is not None:
        note = [f"deadline: \"{' '.join(deadline.words)}\""]
        if asked is not None and coarse and not deadline.strong:
            request = next(r for r in phrase_list("request_cues") if tuple(lowered_before[asked:asked + len(r)]) == r)
            note = [f"deadline: \"{' '.join(request)} ... {' '.join(deadline.words)}\" (asked to act by a vague date)"]
        actor = is_actor(words, subject)
        if nominal is not None and nominal[1].style == "of_subject":
            index, verb = nominal
            noun = verb.noun[:1].upper() + verb.noun[1:]
            acted_on = object_after(words, index, verb, blocked, text, phrase_stops())
            if acted_on:
                return Frame(f"{noun} {acted_on}", "deadline", (clause[0], index), note)
            if actor and _someone(words, subject):
                # "Media representatives must register": who registers names it ("You must register": no one)
                who = _lower_first(actor_text(words, subject, text, phrase_stops()))
                return Frame(f"{noun} {wording['for']} {who}", "deadline", (clause[0], index), note)
            infinitive = index > 0 and words[index - 1].lower in word_list("infinitive_marks")
            if subject_text and not infinitive and _someone(words, subject):
                return Frame(f"{noun} {wording['of']} {_lower_first(subject_text)}", "deadline",
                             (clause[0], index), note)
            return Frame(noun, "deadline", (clause[0], index), note)
        act = act_after(words, subject[1], _cue_start(words, deadline, at), text) if actor else None
        if act is not None:
            window = _window_before(known, clause[0]) if act[0] in word_list("response_verbs") else None
            if window is not None:
                return Frame(f"{without_possessives(window)} {wording['closes']}", "deadline",
                             (clause[0], subject[1]), note)
            who = _lower_first(actor_text(words, subject, text, phrase_stops()))
            return Frame(f"{wording['deadline_for']} {who} {wording['to']} {act[1]}", "deadline",
                         (clause[0], subject[1]), note)
        if subject_text and _someone(words, subject):
            return Frame(f"{wording['deadline_for']} {_lower_first(subject_text)}", "deadline",
                         (clause[0], subject[1]), note)
        return None        # "We hope to have an agreement before Easter": no one to name it after
    if (nominal is not None and nominal[1].style == "subject" and subject_text and subject[1] < nominal[0]
            and _someone(words, subject)):      # "He met ...": no one to name it after
        return Frame(f"{subject_text} {nominal[1].noun}", nominal[1].kind, (clause[0], nominal[0]))
    if nominal is not None and nominal[1].style == "of_subject" and nominal[1].kind != "deadline":
        index, verb = nominal     # "Voters will elect a new mayor on 3 November": Election of a new mayor
        noun = verb.noun[:1].upper() + verb.noun[1:]
        acted_on = object_after(words, index, verb, blocked, text, phrase_stops())
        if acted_on:
            return Frame(f"{noun} {acted_on}", verb.kind, (clause[0], index))
        if subject_text and subject[1] < index and not is_actor(words, subject) \
                and _someone(words, subject):
            return Frame(f"{noun} {wording['of']} {_lower_first(subject_text)}", verb.kind, (clause[0], index))
        return Frame(noun, verb.kind, (clause[0], index))
    milestone = _milestone_verb(words)
    if milestone is not None:
        named = clause_subject(words, _without_name_years(words, blocked, text))
        if named is not None and named[0] < milestone[0] <= named[1]:
            named = (named[0], milestone[0] - 1)     # "The GDPR applies from": the verb is no part of it
        if named is not None and named[1] < milestone[0] and phrase_text(words, *named, text).lower() not in word_list("pronouns"):
            title, kind = milestone[1]
            owner = _owner_text(words, named, text) or _lower_first(phrase_text(words, *named, text))
            if "{}" in title:        # "Tickets go on sale": "Tickets on sale"
                subject = phrase_text(words, *named, text)
                return Frame(title.replace("{}", subject[:1].upper() + subject[1:]), kind, (clause[0], named[1]))
            return Frame(f"{title} {wording['of']} {owner}", kind, (clause[0], named[1]))
    held = _event_verb(words)
    lead = sum(1 for w in words if w.is_word and w.end <= at)
    if held is not None and words[held].start > at and lead > LEAD_WORDS:
        held = None        # "is expected to be signed in Q4 and will run for four years": the verb is not the date's
    turn = _turn_before(words, at)
    if held is not None or turn is not None:
        named = clause_subject(words, _without_name_years(words, blocked, text))
        verb = min(i for i in (held, turn[0] if turn else None) if i is not None)
        if named is not None and named[1] < verb and phrase_text(words, *named, text).lower() not in word_list("pronouns"):
            name = phrase_text(words, *named, text)
            if turn is None:
                return Frame(name, "event", (clause[0], named[1]))
            closing = turn[1] == "deadline"
            # "The call opens on 15 January and closes on 24 April": two entries, named by the verb;
            # "Doors open at 6pm": the plural keeps "open"
            written = words[turn[0]].lower
            verb = (wording[written] if written in ("open", "close", "opens", "closes")
                    else written if written.endswith("ing") else _turn_word(closing, False))   # "Late opening"
            return Frame(f"{name} {verb}", "deadline" if closing else "event",
                         (clause[0], named[1]), [f"deadline: \"{words[turn[0]].lower}\""] if closing else [])
    return None


def _milestone_verb(words: list[Word]) -> tuple[int, tuple[str, str]] | None:
    """"enters into force", "takes effect": the first such phrase, with its title and kind."""
    table = milestone_verbs()
    lowered = [w.lower for w in words]
    for index in range(len(words)):
        for phrase, entry in table.items():
            if tuple(lowered[index:index + len(phrase)]) == phrase:
                return index, entry
    return None


def _turn_word(closing: bool, plural: bool) -> str:
    """"opens"/"closes" in a title, "open"/"close" after a plural name ("Applications close")."""
    return title_words()[("close" if closing else "open") + ("" if plural else "s")]


def _someone(words: list[Word], subject: tuple[int, int]) -> bool:
    """The subject names someone or something, not a pronoun ("You must register", "He met")."""
    return words[subject[0]].lower not in word_list("pronouns")


def _opens_for(words: list[Word], phrase: NounPhrase) -> bool:
    """An opening verb, then "for", right before the phrase ("opens for applications")."""
    at = phrase.first
    if at >= 2 and words[at - 1].lower == title_words()["for"]:
        cue = words[at - 2].lower
        return any(c.words == (cue,) and c.role == "opening" for c in cues())
    return False


def _turn_before(words: list[Word], at: int) -> tuple[int, str] | None:
    """An opening or closing verb right before the date ("closes on 24 April"): its index and role."""
    gap = word_list("cue_gap_words")
    verbs = {c.words[0]: c.role for c in cues()
             if c.place == "after_noun" and len(c.words) == 1 and c.role in ("opening", "deadline") and
             (c.role == "opening" or c.strong)}
    before = [(i, w) for i, w in enumerate(words) if w.end <= at and w.is_word]
    for index, word in reversed(before[-1 - BEFORE_GAP:]):
        if word.lower in verbs:
            return index, verbs[word.lower]
        if word.lower not in gap:
            return None
    return None


def _event_verb(words: list[Word]) -> int | None:
    """Index of the first word of a verb phrase whose subject is the event ("will take place")."""
    phrases = [tuple(p.split()) for p in word_list("event_verbs")]
    lowered = [w.lower for w in words]
    for index in range(len(words)):
        for phrase in phrases:
            if tuple(lowered[index:index + len(phrase)]) == phrase:
                return index
    return None


def _without_name_years(words: list[Word], blocked: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Date spans that are not a year inside a name: "ACL 2025" stays one subject."""
    keep = []
    for start, end in blocked:
        before = [w for w in words if w.end <= start]
        name_year = (text[start:end].isdigit() and end - start == 4 and before and before[-1].is_word
                     and before[-1].is_capitalised and before[-1].lower not in word_list("phrase_breaks"))
        if not name_year:
            keep.append((start, end))
    return keep


def _fuller_title(words: list[Word], phrase: NounPhrase, last: int, text: str,
                  blocked: list[tuple[int, int]], known: KnownPhrases, owner: str | None) -> str:
    """The phrase as title, made whole where the clause or the document says more:
    "its forty-second session" -> "Forty-second session of the Standing Committee";
    a bare "the forum" after "the annual forum" -> "Annual forum"."""
    title = phrase_text(words, phrase.first, last, text)
    if phrase.first > 0 and words[phrase.first - 1].lower in word_list("possessives"):
        subject = clause_subject(words, blocked)
        if subject is not None and subject[1] < phrase.first - 1:
            owner = _owner_text(words, subject, text)
        if owner:
            return f"{title} {title_words()['of']} {owner}"
    if phrase.first == phrase.head == last:
        head = words[phrase.head].lower
        starts, titles = known.get(head, ([], []))
        at = bisect.bisect_left(starts, words[phrase.first].start)   # phrases that start before this one
        if at:
            return titles[at - 1]
    return title


def _owner_text(words: list[Word], subject: tuple[int, int], text: str) -> str | None:
    """A subject that can own "its ...": a name, or a noun phrase with its article."""
    opening = subject[0] - 1 if subject[0] > 0 and words[subject[0] - 1].lower in word_list("articles") else subject[0]
    if opening == subject[0] and not words[subject[0]].is_capitalised:
        return None
    owner = " ".join(text[words[opening].start:words[subject[1]].end].split())
    return _lower_first(owner) if opening < subject[0] else owner


def _previous_owner(text: str, sentences: Sentences, sentence: tuple[int, int], dates: DateSpans) -> str | None:
    """The subject of the sentence before: who "its" means when the clause has no subject of its own."""
    index = sentences.index_at(sentence[0])
    if index == 0:
        return None
    previous = sentences.bounds[index - 1]
    clause = clause_bounds(text, *previous)[-1]
    words = words_in(text, *clause)
    subject = clause_subject(words, dates.spans(clause))
    return _owner_text(words, subject, text) if subject is not None else None


def _named_phrases(text: str, sentences: Sentences, dates: DateSpans, title: str | None = None) -> KnownPhrases:
    """Every event phrase of more than one word in the document, by head word: their
    offsets (rising) and titles, so "the forum" finds "the annual forum" by bisection.
    The document's title counts as written before its text ("The workshop will be held on
    ..." under the title "CFP: Workshop on Civic Data")."""
    found: KnownPhrases = {}
    if title:
        words = words_in(title, 0, len(title))
        for phrase in noun_phrases(words, [], title):
            if phrase.last > phrase.first and phrase.kind not in ("deadline", "milestone"):
                starts, titles = found.setdefault(words[phrase.head].lower, ([], []))
                starts.append(-1)
                titles.append(phrase_text(words, phrase.first, phrase.last, title))
    windows = [tuple(entry.split()) for entry in word_list("window_nouns")]
    for sentence in sentences.bounds:
        for clause in clause_bounds(text, *sentence):
            words = words_in(text, *clause)
            for phrase in noun_phrases(words, dates.spans(clause), text):
                lowered = tuple(w.lower for w in words[phrase.first:phrase.head + 1])
                if any(lowered[-len(w):] == w for w in windows):
                    starts, titles = found.setdefault(WINDOWS, ([], []))
                    starts.append(words[phrase.first].start)
                    titles.append(phrase_text(words, phrase.first, phrase.last, text))
                if phrase.last > phrase.first:
                    starts, titles = found.setdefault(words[phrase.head].lower, ([], []))
                    starts.append(words[phrase.first].start)
                    written = phrase_text(words, phrase.first, phrase.last, text)
                    titles.append(written.capitalize() if written.isupper() else written)   # "PLANNING APPLICATION"
    return found


def _window_before(known: KnownPhrases, before: int) -> str | None:
    """The nearest earlier phrase naming something that closes ("a public consultation on ...")."""
    starts, titles = known.get(WINDOWS, ([], []))
    at = bisect.bisect_left(starts, before)
    return titles[at - 1] if at else None


def _cue_start(words: list[Word], cue: Cue, at: int) -> int:
    """Where the deadline cue nearest before the date starts (the date itself when none is before it)."""
    lowered = [w.lower for w in words if w.end <= at]
    size = len(cue.words)
    for index in range(len(lowered) - size, -1, -1):
        if tuple(lowered[index:index + size]) == cue.words:
            return words[index].start
    return at


def _passed(timex: Timex, timing: Timing, reference: ReferenceDate) -> bool:
    """A date told in the past tense that is not after the document's date ("Applications
    closed on 1 March", "The deadline was 26 February"): it has happened. calfeed keeps past
    events (an archive's calendar shows what happened when), but such a deadline is no longer
    one anybody can meet."""
    if timex.tense != "past" or reference.value is None or timing.rrule is not None:
        return False
    return day_of(timing.end or timing.start) <= reference.value


def _is_slot(timex: Timex) -> bool:
    """A clock range ("09:00 - 09:30"): a slot of a programme."""
    return (timex.type == "TIME" and timex.end_interval is not None
            and timex.end_interval.granularity in ("hour", "minute", "second"))


def _at_end_of_day(timex: Timex) -> Timex:
    day = timex.interval.start.date()
    start = datetime.combine(day, END_OF_DAY)
    return replace(timex, value=start.isoformat(timespec="minutes"),
                   interval=Interval(start, start + timedelta(minutes=1), "minute"))


def _online(listed: Place | str | None, words: list[Word], phrase: NounPhrase | None, timex: Timex,
            kind: str) -> str | None:
    """The word that makes the entry online, if any (deadlines and milestones are never online)."""
    if isinstance(listed, str):
        return listed
    return online_word(words, phrase, timex) if kind not in PLACELESS_KINDS else None


def _go_online(candidates: list[Candidate]) -> None:
    """An online event has no venue: not the place of its sentence, its main event or the
    dateline. Its place says "Online"."""
    for cand in candidates:
        if cand.online:
            cand.place = Place(title_words()["online"], None)
            cand.place_note = f"online (\"{cand.online}\"): no venue"


def _cue_end(words: list[Word], last: int, signals: Signals, kind: str) -> int:
    """Stretch a title over an opening/closing verb right after it ("Registration opens");
    a weak closing verb only for deadlines ("The conference will end" stays "Conference")."""
    for cue in (signals.opening, signals.deadline):
        if cue is None or cue.place != "after_noun" or (cue.role == "deadline" and not cue.strong and kind != "deadline"):
            continue
        if cue.role == "opening" and signals.deadline is not None and signals.deadline.place == "before":
            continue          # "is open until 5 July": the date is no opening
        lowered = [w.lower for w in words]
        for end in range(last + 1, min(len(words), last + 4) + 1):
            if tuple(lowered[end - len(cue.words):end]) == cue.words and end - len(cue.words) > last:
                return end - 1
    return last


def _cue_as_title(words: list[Word], phrase: NounPhrase, last: int, text: str) -> str:
    """The cue words after the name, in the present: "will open" -> "opens" ("open" after a
    plural name); words as written when no modal stands before the cue."""
    between = words[phrase.last + 1:last + 1]
    modal = [w for w in between[:-1] if w.lower in word_list("modal_words")]
    presents = {row["base"]: row["present"] for row in table("cue_presents")}
    verb = between[-1].lower
    if modal and verb in presents:
        return verb if phrase.plural else presents[verb]
    if any(w.lower in word_list("relative_marks") for w in between[:-1]) or not all(w.is_word for w in between):
        return between[-1].text      # "The consultation, which closes on 3 May": "Consultation closes"
    return " ".join(text[between[0].start:between[-1].end].split())


def _lower_first(phrase: str) -> str:
    """Lower-case a sentence-initial capital, keep names and acronyms ("TIPD papers")."""
    first = phrase.split(" ", 1)[0]
    if first[:1].isupper() and first[1:] == first[1:].lower() and not any(c.isdigit() for c in first):
        return phrase[:1].lower() + phrase[1:]
    return phrase


def _is_heading(text: str, sentence: tuple[int, int]) -> bool:
    """A title line: a markdown heading, or a first line with no closing punctuation."""
    line = text[sentence[0]:sentence[1]]
    if line.startswith("#"):
        return True
    return sentence[0] == len(text) - len(text.lstrip()) and "\n" not in line and line[-1:] not in ".!?"


def _coarser_than_day(timex: Timex) -> bool:
    span = timex.span
    return span is not None and GRANULARITY_ORDER.index(span.granularity) < GRANULARITY_ORDER.index("day")


# --- recurring events ----------------------------------------------------------------------

def _series_anchors(text: str, sentences: Sentences, dates: DateSpans) -> dict:
    """Dates that bound a recurring event in the same clause ("every Tuesday ... starting on
    12 January"): they become the series' first day or end, not events of their own."""
    found: dict = {"start": {}, "until": {}, "clock": {}, "closing": {}, "consumed": set()}
    for series in (t for t in dates.timexes if t.type == "SET"):
        if sub_daily(series.rrule):     # "every hour ..., with the last talk at 3pm": its last clock ends it
            later = [t for t in dates.within(sentences.at(series.start))
                     if t.start > series.end and _date_not_written(t) and t.interval is not None]
            if later:
                found["closing"][id(series)] = later[-1]
                found["consumed"].add(id(later[-1]))
        clause = clause_of(text, sentences.at(series.start), series.start)
        words = words_in(text, *clause)
        blocked = dates.spans(clause)
        for other in dates.within(clause):
            if (other is series or other.type not in ("DATE", "TIME") or other.interval is None
                    or other is found["closing"].get(id(series))):
                continue
            if not (clause[0] <= other.start < clause[1]):
                continue
            if other.type == "TIME" and _date_not_written(other) and _adjacent(text, series, other):
                found["clock"][id(series)] = other     # "every Tuesday" + "from 14:00 to 16:00"
                found["consumed"].add(id(other))
                continue
            lead = text[max(clause[0], other.start - 8):other.start].split()
            if (other.type == "TIME" and _date_not_written(other) and other.start > series.end and lead
                    and lead[-1].lower() in word_list("closing_clock_marks") and id(series) not in found["clock"]):
                found["closing"][id(series)] = other   # "Late opening every Thursday until 9pm"
                found["consumed"].add(id(other))
                continue
            signals = read_signals(words, (other.start, other.end), blocked, None)
            if signals.series_start is not None:
                found["start"][id(series)] = other
                found["consumed"].add(id(other))
            elif signals.series_end is not None:
                found["until"][id(series)] = other
                found["consumed"].add(id(other))
    return found


def _adjacent(text: str, first: Timex, second: Timex) -> bool:
    gap = text[first.end:second.start].lower().split()
    return second.start >= first.end and len(gap) <= 1 and all(w in word_list("clock_joiners") for w in gap)


# --- where ---------------------------------------------------------------------------------

def _place_for(text: str, words: list[Word], sentence: tuple[int, int], timex: Timex, kind: str,
               doc_place: Place | None, dates: DateSpans, head: str | None = None) -> Place | None:
    """The place nearest the date in its clause, then in its sentence; for events (not
    deadlines, milestones, or votes and decisions, which are taken, not attended) the
    dateline or front-matter place after that. No date is a place ("in March")."""
    around = (max(sentence[0], timex.start - PLACE_REACH), min(sentence[1], timex.end + PLACE_REACH))
    spans = [(t.start, t.end) for t in dates.within(around)]
    for scope in (words, words_in(text, *around)):
        found = places_in(scope, text, spans)
        if found:
            return min(found, key=lambda p: min(abs(p.start - timex.end), abs(timex.start - p.end)))
    if kind in PLACELESS_KINDS or (head is not None and head in word_list("unvenued_nouns")):
        return None
    return doc_place


# --- one date per phrase, events, identity ---------------------------------------------------

def _extend_to_ends(candidates: list[Candidate], reference: ReferenceDate) -> list[Candidate]:
    """"The session opened on Monday. [...] The session will run until 21 March": the second
    date ends the session already dated, it is no one-day session of its own. The nearest
    earlier all-day event with the same event noun that starts before the end takes it.
    With no such start, "the exhibition runs until 5 July" is running when the document is
    written: a window from the document date to that day, not a one-day event."""
    kept: list[Candidate] = []
    latest: dict[str, Candidate] = {}        # the last event dated so far, by event noun
    for cand in candidates:
        if cand.ends and cand.head and cand.timing.all_day and cand.timing.precision == "exact":
            end = cand.timing.end or cand.timing.start
            opened = latest.get(cand.head)
            if opened is not None and not (opened.timing.all_day and opened.timing.precision == "exact"
                                           and opened.timing.rrule is None and opened.timing.start < cand.timing.start
                                           and (opened.timing.end or opened.timing.start) < end):
                opened = None
            if opened is not None:
                opened.timing.end = end
                opened.timing.notes.append(f"ends {end.isoformat()}: \"{cand.timex.text}\" in a later sentence")
                continue
            ref = reference.value
            if cand.running and ref is not None and ref < cand.timing.start:
                cand.timing = Timing(ref, end, True, "approximate", (ref, end), notes=cand.timing.notes + [
                    f"runs until {end.isoformat()}; its start is not written: shown from the document date"])
        elif cand.head and not cand.ends:
            latest[cand.head] = cand
        kept.append(cand)
    return kept


def _settle_vague(candidates: list[Candidate], doc_place: Place | None) -> list[Candidate]:
    """"The annual forum will be held in Geneva in March 2027. The forum will take place on
    10 March 2027": one forum. An approximate entry goes when an exact entry of the same title
    and kind falls inside its window; the exact one takes its place if it has none of its own."""
    exact: dict[tuple[str, str], list[Candidate]] = {}
    for cand in candidates:
        if cand.timing.precision == "exact" and cand.timing.rrule is None:
            exact.setdefault((normalise_title(cand.frame.title), cand.frame.kind), []).append(cand)
    kept: list[Candidate] = []
    for cand in candidates:
        window = cand.timing.window if cand.timing.precision == "approximate" else None
        same = exact.get((normalise_title(cand.frame.title), cand.frame.kind), []) if window else []
        inside = next((c for c in same if window[0] <= day_of(c.timing.start)
                       and day_of(c.timing.end or c.timing.start) <= window[1]), None)
        if inside is None:
            kept.append(cand)
            continue
        own = inside.place is not None and inside.place.start >= 0 and inside.place is not doc_place
        if not own and cand.place is not None and cand.place is not doc_place:
            inside.place = cand.place
            inside.place_note = f"place \"{cand.place.name}\" from \"{cand.timex.text}\", the vaguer date of this event"
        inside.frame.notes.append(f"\"{cand.timex.text}\" for the same event is this date, said less exactly")
    return kept


def _items_on_series_days(candidates: list[Candidate], cancelled: list[datetime] = ()) -> None:
    """A programme item on a day the document's series meets is at the series' time and place,
    and that occurrence of the series gives way to it (EXDATE), as does a cancelled day ("9
    February: no seminar"): a subscriber sees each meeting once."""
    series = [c for c in candidates if c.timing.rrule is not None]
    for day in cancelled:
        for meeting in series:
            held = on_series_day(datetime.combine(day.date(), time()), meeting.timing)
            if held is not None:
                meeting.exdates.append(held.start)
                meeting.frame.notes.append(f"no meeting on {day.date().isoformat()}: the document says so")
    for cand in candidates:
        if not cand.item or not cand.timing.all_day or cand.timing.end not in (None, cand.timing.start):
            continue
        day = datetime.combine(day_of(cand.timing.start), time())
        for meeting in series:
            timing = on_series_day(day, meeting.timing)
            if timing is None:
                continue
            cand.timing = replace(timing, notes=cand.timing.notes + timing.notes)
            meeting.exdates.append(timing.start)
            if cand.place is None or cand.place.start < 0:
                cand.place = meeting.place
                cand.place_note = f"place of the series \"{meeting.frame.title}\"" if meeting.place else None
            break


def _share_places(candidates: list[Candidate], doc_place: Place | None) -> None:
    """Parts of a main event with no place of their own take its place (see shared_place)."""
    items = [Dated(c.frame.title, c.frame.kind, day_of(c.timing.start), day_of(c.timing.end or c.timing.start),
                   c.timing.precision == "exact" and c.timing.rrule is None, c.place,
                   c.place is not None and c.place.start >= 0 and c.place is not doc_place) for c in candidates]
    for index, (place, note) in shared_places(items).items():
        candidates[index].place = place
        candidates[index].place_note = note


def _standing_places(candidates: list[Candidate], standing: StandingPlace | None) -> None:
    """"All seminars take place in the Wolfson Room": the place of the seminars (and of the
    programme's items) whose own lines name none."""
    if standing is None:
        return
    for cand in candidates:
        if (cand.place is None and cand.online is None and cand.frame.kind not in PLACELESS_KINDS
                and (cand.item or cand.frame.kind == standing.kind)):
            cand.place = standing.place
            cand.place_note = f"place \"{standing.place.name}\" from \"{standing.sentence}\""


def _drop_document_place(candidates: list[Candidate], doc_place: Place | None) -> None:
    """The dateline or front-matter place says where the document is from; it is where an
    event without a place happens only when no event of the document is placed elsewhere
    (a Brussels story about summits in Prague and Johannesburg does not put the G20 in Brussels).
    Then it is also the city of a venue written without one."""
    if doc_place is None:
        return
    home = place_key(doc_place)
    own = [c.place for c in candidates if c.place is not None and c.place is not doc_place]
    if all(place_key(p) == home for p in own if p.town is not None):
        for cand in candidates:     # "in the Stanley & Audrey Burton Gallery" of a Leeds newsletter
            place = cand.place
            if (place is not None and place.venue and place.town is None and not place.town_unknown
                    and lookup(doc_place.name)):
                cand.place = replace(place, name=f"{place.name}, {doc_place.name}", tz=doc_place.tz,
                                     city=lookup(doc_place.name))
                cand.place_note = f"city \"{doc_place.name}\" of the venue taken from the document"
        return
    for cand in candidates:
        if cand.place is doc_place:
            cand.place = None


def _split_conjoined(candidates: list[Candidate], text: str) -> None:
    """"Two sessions will be held on 8 December ... and on 12 January": dates of one phrase
    joined by "and", each as exact as the other, are occasions of their own, not rivals."""
    joiners = phrase_list("date_joiners")
    for before, after in zip(candidates, candidates[1:]):
        if (before.frame.anchor != after.frame.anchor or before.frame.kind != after.frame.kind
                or before.timing.precision != "exact" or after.timing.precision != "exact"
                or before.timing.rrule or after.timing.rrule or before.timex.end > after.timex.start):
            continue
        first, second = before.timex.span, after.timex.span
        if first is None or second is None or first.granularity != second.granularity and not (
                {first.granularity, second.granularity} <= {"day", "hour", "minute", "second"}):
            continue
        gap = text[before.timex.end:after.timex.start].lower().replace(",", " , ").split()
        if tuple(gap) in joiners:
            after.frame.anchor = (after.timex.start, -1)
            for cand in (before, after):
                cand.frame.title = _one_occasion(cand.frame.title)
            after.frame.notes.append(f"one of the dates joined by \"{' '.join(gap)}\" in its sentence")


def _one_occasion(title: str) -> str:
    """"Two online information sessions" dated one by one: each is an "Online information session"."""
    words = title.split()
    if len(words) > 1 and (words[0].lower() in word_list("count_words") or words[0].isdigit()):
        words = words[1:]
    lowered = [w.lower() for w in words]
    for index in range(len(words)):
        for plural, singular in singular_nouns().items():
            if tuple(lowered[index:index + len(plural)]) == plural:
                words[index:index + len(plural)] = singular.split()
                single = " ".join(words)
                return single[:1].upper() + single[1:]
    return title


def _one_date_per_phrase(candidates: list[Candidate]) -> list[Candidate]:
    """When several dates claim one event phrase, keep the most precise ("the forum in June,
    on 14 June" is one forum on 14 June)."""
    best: dict[tuple[tuple[int, int], str], Candidate] = {}
    for cand in candidates:
        key = (cand.frame.anchor, cand.frame.kind)
        kept = best.get(key)
        if kept is None or _sharpness(cand) > _sharpness(kept):
            best[key] = cand
    chosen = {id(c) for c in best.values()}
    return [c for c in candidates if id(c) in chosen]


def _sharpness(cand: Candidate) -> tuple[int, int, int]:
    """Exact over approximate, finer over coarser, then a written day over a relative one
    ("on the weekend of 10-11 July": the weekend alone would be counted from the document date)."""
    span = cand.timex.span
    rank = GRANULARITY_ORDER.index(span.granularity) if span is not None else -1
    written = any(c.isdigit() for c in cand.timex.text)
    return (0 if cand.timing.precision == "approximate" else 1, rank, 1 if written else 0)


def _build_events(doc: Document, candidates: list[Candidate], reference: ReferenceDate, link: LinkFn,
                  doc_place: Place | None, zones: DocumentZones = DocumentZones()) -> list[Event]:
    events: list[Event] = []
    by_identity: dict[tuple[str, str], list[Event]] = {}
    for cand in candidates:
        timex, frame, timing = cand.timex, cand.frame, cand.timing
        source = SourceRef(
            doc=doc.path, url=link(doc, timex.start, timex.end), expr=timex.text,
            sentence=doc.text[cand.sentence[0]:cand.sentence[1]], start=timex.start, end=timex.end,
            sentence_start=cand.sentence[0])
        identity = (normalise_title(frame.title), frame.kind)
        same = by_identity.setdefault(identity, [])
        twin = next((e for e in same if e.start == timing.start and e.end == timing.end), None)
        if twin is not None:
            twin.sources.append(source)
            if twin.location is None and cand.place is not None:
                twin.location = cand.place.name
            continue
        tz, tz_note = event_zone(timex, timing, cand.place, doc, doc_place, zones, cand.place_note is not None)
        notes = frame.notes + timing.notes + ([tz_note] if tz_note else [])
        if cand.place_note:
            notes.append(cand.place_note)
        elif cand.place is not None and (cand.place.start < 0 or cand.place is doc_place):
            notes.append(f"place \"{cand.place.name}\" taken from the document, not the sentence")
        event = Event(
            uid=event_uid(doc.path, frame.title, frame.kind, len(same) + 1),
            title=frame.title, kind=frame.kind, start=timing.start, end=timing.end,
            all_day=timing.all_day, precision=timing.precision,
            location=cand.place.name if cand.place else None, tz=tz, window=timing.window,
            rrule=timing.rrule, sources=[source], notes=notes, exdates=sorted(set(cand.exdates)))
        same.append(event)
        events.append(event)
    return events


def _quotable(sentence: tuple[int, int], clause: tuple[int, int]) -> tuple[int, int]:
    return sentence if sentence[1] - sentence[0] <= MAX_QUOTE else clause


def _unresolved(doc: Document, timex: Timex, sentence: tuple[int, int], reason: str) -> Unresolved:
    sentence = _quotable(sentence, clause_of(doc.text, sentence, timex.start))
    return Unresolved(doc=doc.path, expr=timex.text, sentence=doc.text[sentence[0]:sentence[1]],
                      start=timex.start, end=timex.end, reason=reason, sentence_start=sentence[0])
