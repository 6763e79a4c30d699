"""Days a release mentions in passing as done: "The first talk took place on September 15th",
"At their meeting in The Hague on March 24, the leaders decided ...". Press releases and news
items tell what already happened beside what is coming. calfeed keeps a past occasion the text
dates in full ("organized a meeting in Islamabad on 21-22 June 2011": the record of what
happened, tests/test_events_past.py), but a year-less day told in the past tense has its year
only from that tense: narration of the recent past, over by the document's own date, which no
reader can attend and an archive would not list apart from the story that tells it."""

from __future__ import annotations

import bisect

from calfeed.events.candidates import Candidate
from calfeed.events.date_led_lines import labels_row
from calfeed.events.guessed_years import year_written
from calfeed.events.identity import normalise_title
from calfeed.events.not_events import still_open
from calfeed.events.shared_place import day_of
from calfeed.events.vocabulary import find_phrase, phrase_list, word_list
from calfeed.events.words import words_in
from calfeed.model import ReferenceDate
from calfeed.timex.tense import firm_past, told_tenses

PROSE_ENDS = ".!?\"”’)"     # a line of prose ends a sentence; a row of a dated list ends with its last day
TABLE_CELL_BAR = "|"        # what closes a row of a table copied as text


def without_told_history(text: str, chosen: list[Candidate], reference: ReferenceDate) -> list[Candidate]:
    """``chosen`` without the days :func:`told_history` finds, on a page that also gives an entry
    on or after its own date. As in past_reports.py, a page with nothing ahead keeps its past
    days (a club's record, an archive), and a past day keeps its entry when an entry ahead in its
    sentence has its title (the same occasion still going on: "The town show opened on Saturday
    4 September and closes on Sunday 12 September"). Unlike there, the page's date may be inferred: the
    rule asks a year-less day, in prose, with a past verb on its own line."""
    lines: dict[int, frozenset[str]] = {}       # told_tenses of each line asked, by the line's start
    gone = {id(c) for c in chosen if told_history(text, c, reference, lines)}
    if not gone:
        return chosen
    ahead = [c for c in chosen if id(c) not in gone and day_of(c.timing.end or c.timing.start) >= reference.value]
    if not ahead:
        return chosen
    going_on = _GoingOn(ahead)
    return [c for c in chosen if id(c) not in gone or going_on.holds(c)]


class _GoingOn:
    """Whether an entry ahead is the same occasion as a past one going on: the same title in the same
    sentence ("The town show opened on Saturday 4 September and closes on Sunday 12 September").
    A generic title written again elsewhere ("Assembly" reported for 6 April, announced for
    next April) is another occasion. past_reports keeps a past day for any entry ahead with its
    title: its page date is written, not guessed, and a running occasion is dated again in other
    sentences there (see the comment in without_past_reports: one helper was measured worse).

    The entries ahead are filed by title, in the order their sentences start, with the farthest
    sentence end so far: a past entry asks only its title's entries, by bisection (a long page of
    past and coming days compared every past one with every one ahead)."""

    def __init__(self, ahead: list[Candidate]) -> None:
        self.starts: dict[str, list[int]] = {}
        self.reach: dict[str, list[int]] = {}
        for candidate in sorted(ahead, key=lambda c: c.sentence[0]):
            title = normalise_title(candidate.frame.title)
            starts, reach = self.starts.setdefault(title, []), self.reach.setdefault(title, [])
            starts.append(candidate.sentence[0])
            reach.append(max(candidate.sentence[1], reach[-1]) if reach else candidate.sentence[1])

    def holds(self, past: Candidate) -> bool:
        """An entry ahead with ``past``'s title whose sentence overlaps its sentence."""
        title = normalise_title(past.frame.title)
        starts = self.starts.get(title)
        if not starts:
            return False
        before = bisect.bisect_left(starts, past.sentence[1])     # those starting before its sentence ends
        return before > 0 and self.reach[title][before - 1] > past.sentence[0]


def told_history(text: str, candidate: Candidate, reference: ReferenceDate,
                 lines: dict[int, frozenset[str]] | None = None) -> bool:
    """Whether ``candidate`` is a year-less day told in prose in the past tense that ended on
    or before the document's date. Kept: a series (its next days are ahead), a stretch that
    runs past the document's date, what was opened and is still open ("The Commission today
    launched a consultation"), a day whose sentence goes on to a stretch's end ("opened on 1
    May and runs until 30 June"), a day after a word that points ahead ("held a press
    conference ahead of the meeting on 17-19 April": the past verb is the announcement's, not
    the dated thing's), a day that opens a stretch still running ("kicked off on 14 September
    and finishes today"), the document's own day unless a past verb governs it right before
    ("travels to New York on Wednesday ..., State House said"), a day after a present perfect
    ("has moved Friday's concert indoors": that tense takes no past day), and a row of a list,
    whose tense the tagger may read from another line, or a day a colon follows (a row's label:
    "Tuesday, May 7: closed all day.", in a cell of several such rows). ``lines``: the tenses of
    the lines already read, by their start, kept by the caller for the page (every date of a line
    asks its line's, and a page written on one line holds many)."""
    timex, timing = candidate.timex, candidate.timing
    if timex.tense != "past" or timex.type not in ("DATE", "TIME") or reference.value is None:
        return False
    if year_written(timex):
        return False
    if timing.rrule is not None or still_open(candidate.frame):
        return False
    if day_of(timing.end or timing.start) > reference.value:
        return False
    after = words_in(text, timex.end, max(candidate.sentence[1], timex.end))
    if (any(w.lower in word_list("stretch_ends") for w in after)
            or find_phrase([w.lower for w in after], phrase_list("range_closing_links")) is not None):
        return False          # "kicked off on Saturday, September 14, and finishes today": still running
    before = [w.lower for w in words_in(text, min(candidate.sentence[0], timex.start), timex.start)]
    if find_phrase(before, phrase_list("ahead_marks")) is not None:
        return False
    if any(w in word_list("perfect_auxiliaries") for w in before):
        return False          # "the Board has moved tonight's (Friday) concert inside": the change is now
    if labels_row(text, timex):
        return False          # "Tuesday, May 7: closed all day.": a row's day, its label's colon after it
    line_start = text.rfind("\n", 0, timex.start) + 1
    line = _line(text, timex.start)
    tenses = lines.get(line_start) if lines is not None else None
    if tenses is None:
        tenses = told_tenses(line)
        if lines is not None:
            lines[line_start] = tenses
    if "past" not in tenses:
        return False          # "Thu Nov 18th Anna Austin - Women Aviators": a row, whatever a line below tells
    if day_of(timing.start) == reference.value:
        return firm_past(text, timex.start)    # the document's own day: only a past verb right before it
    return line.endswith(tuple(PROSE_ENDS)) or (firm_past(text, timex.start) and not _under_a_row(text, timex.start))


def _under_a_row(text: str, at: int) -> bool:
    """The date opens its line right under a table row closed by its cell bar: a past verb
    before it is the row above's cell ("Friday 25 December | CLOSED |" / "Saturday 26 December
    | ..."), no verb of this row's day."""
    start = text.rfind("\n", 0, at) + 1
    return not text[start:at].strip(" \t|") and text[:start].rstrip().endswith(TABLE_CELL_BAR)


def _line(text: str, at: int) -> str:
    """The line holding offset ``at``. A past verb must be on the date's own line and the line
    must end a sentence (or the verb govern the date right before it, as in prose wrapped over
    lines): a tense the tagger reads over several lines of a list ("School Closed for Training
    Days – 4th & 5th" / "Parent's Evenings – 8th & 9th") is no row's own."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start:len(text) if end < 0 else end].rstrip()
