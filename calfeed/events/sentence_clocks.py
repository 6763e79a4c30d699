"""The clock of a recurring occasion written anywhere in its sentence, not right after the
series: "Every Monday the book club meets at 7pm", "On Mondays, the club meets at 7pm",
"At 10am each Tuesday there is a yoga class". The series and the clock are one schedule; read
apart, the clock (which has no day of its own) falls on the page's own date as a one-off that
nobody wrote, and the series loses its time.

The join is read narrowly: only a clock with no day of its own, on the series' own line of the
sentence, in a sentence where nothing else writes a day that the clock could belong to
("Every Monday the club meets, and on 3 May at 7pm it holds its AGM"); a clock led by "until"
ends each occasion and is left to that reading, and a clock in brackets is the hours of the
item before it ("Tuesdays: Sip and Chat (2-4pm), Chair Yoga (10am-11am)"). The clock must
stand in the series' own clause: past a ";" or in a coordinated clause with a subject and verb
of its own it times something else ("Every Monday the darts club meets, and the bar closes at
11pm"; "Every Tuesday there is a playgroup; parents collect children by 3pm"), and a clock
after a limit word (nearby_clock_vetoes: "closes at", "by", "until") is no start at all.
"""

from __future__ import annotations

from collections.abc import Iterable

from calfeed.events.candidates import date_not_written
from calfeed.events.limit_clocks import limit_clock
from calfeed.events.vocabulary import event_nouns, verb_nominals, word_list
from calfeed.events.words import coordinated_clause
from calfeed.model import Timex

FINER_THAN_DAY = ("day", "partofday", "hour", "minute", "second")   # "tonight" writes a day too


def sentence_clock(text: str, sentence: tuple[int, int], series: Timex, others: Iterable[Timex],
                   taken: set[int]) -> Timex | None:
    """The day-less clock of ``series``'s sentence line that is the series' time, if any.

    ``others`` are the expressions of the sentence; ``taken`` the ids of those already read as
    part of a series (its first day, its bounds, another series' clock): they date nothing else."""
    line = _semicolon_part(text, _line_of(text, sentence, series.start), series)
    clock = None
    for other in others:
        if other is series or not (line[0] <= other.start and other.end <= line[1]):
            continue
        if other.type == "TIME" and date_not_written(other) and other.interval is not None:
            if id(other) in taken or clock is not None:
                continue
            if _limited(text, line[0], other):
                continue          # "until 9pm", "closes at 11pm", "by 3pm": an end or a limit
            if _apart(text, line, series, other):
                continue          # "..., and the bar closes at 11pm": another clause's clock
            before = text[line[0]:other.start]
            if before.count("(") > before.count(")"):
                continue          # "Sip and Chat (2-4pm), Chair Yoga (10am)": an item's own hours
            clock = other
        elif (other.type in ("DATE", "TIME") and id(other) not in taken and other.interval is not None
              and other.interval.granularity in FINER_THAN_DAY):
            return None           # "... and on 3 May at 7pm ...": the clock may be that day's
    return clock


def series_line(text: str, sentence: tuple[int, int], series: Timex) -> tuple[int, int]:
    """The part of ``sentence`` that can time ``series``: its own line, between semicolons."""
    return _semicolon_part(text, _line_of(text, sentence, series.start), series)


def _limited(text: str, start: int, clock: Timex) -> bool:
    """``clock`` ends or limits something rather than starting it: led by a closing mark ("until
    9pm") within its part of the text from ``start``, or after a limit word (limit_clocks: "closes
    at 11pm", "by 3pm")."""
    lead = text[max(start, clock.start - 8):clock.start].split()
    return bool(lead and lead[-1].lower() in word_list("closing_clock_marks")) or limit_clock(text, clock)


def _line_of(text: str, sentence: tuple[int, int], at: int) -> tuple[int, int]:
    """The part of ``sentence`` on the line holding ``at``: a list's next line is another item."""
    start = text.rfind("\n", sentence[0], at) + 1 or sentence[0]
    start = max(start, sentence[0])
    end = text.find("\n", at, sentence[1])
    return start, sentence[1] if end < 0 else end


def _semicolon_part(text: str, line: tuple[int, int], series: Timex) -> tuple[int, int]:
    """The part of ``line`` between the semicolons round ``series``: past a ";" is another clause."""
    start = text.rfind(";", line[0], series.start) + 1 or line[0]
    end = text.find(";", series.end, line[1])
    return max(start, line[0]), line[1] if end < 0 else end


def _apart(text: str, part: tuple[int, int], series: Timex, clock: Timex) -> bool:
    """Whether ``clock`` and ``series`` stand in two coordinated clauses of ``part``, each with a
    subject and a verb of its own (words.coordinated_clause), whichever comes first. A series'
    clause often has only its occasion's verb ("the darts club meets"): verb_nominals and
    recurring_verbs count as verbs of the earlier part too."""
    verbs = verb_nominals().keys() | word_list("recurring_verbs")
    if clock.start >= series.end:
        return coordinated_clause(text, part, clock.start, series.end, verbs)[0] != part[0]
    return coordinated_clause(text, part, series.start, clock.end, verbs)[0] != part[0]


MAX_FOLLOW_WORDS = 16     # the short sentence after a series that times it ("Rehearsals run from 7 to 9 p.m.")


def next_sentence_clock(text: str, sentences, series: Timex, dates, taken: set[int]) -> Timex | None:
    """"The choir meets every Tuesday. Rehearsals run from 7 to 9 p.m.": the sentence right after an
    untimed series, in the same paragraph, that opens with the occasion (an event noun such as
    "rehearsals", "sessions", or "it", "they", "we") and writes one day-less clock and no day of its
    own, times the series. A limit ("Doors close at 9pm", "by 3pm") or a second clock leaves it."""
    index = sentences.index_at(series.start)
    if index + 1 >= len(sentences.bounds):
        return None
    after = sentences.bounds[index + 1]
    if "\n\n" in text[series.end:after[0]] or len(text[after[0]:after[1]].split()) > MAX_FOLLOW_WORDS:
        return None
    opener = [w.strip(",:").lower() for w in text[after[0]:after[1]].split()[:2]]
    if opener and opener[0] in word_list("articles") | word_list("all_quantifiers"):
        opener = opener[1:]
    subjects = word_list("plural_event_pronouns") | word_list("follow_on_subjects")
    if not opener or not (opener[0] in subjects or (opener[0],) in event_nouns()):
        return None
    clocks = []
    for other in dates.within(after):
        if other.type == "DURATION":
            continue
        if other.type != "TIME" or not date_not_written(other) or other.interval is None or id(other) in taken:
            return None           # a day, another series, or a clock already read: not this series' time
        clocks.append(other)
    if len(clocks) != 1:
        return None
    if _limited(text, after[0], clocks[0]):
        return None
    if _told_once(text[after[0]:clocks[0].start], clocks[0]):
        return None
    return clocks[0]


def _told_once(before: str, clock: Timex) -> bool:
    """Whether the follow-on sentence tells something that happened, or a closing, rather than the
    series' hours: "It was shut at 9pm after a fight" is news, not the club's time. Its verb
    before the clock is past (past_clause_verbs) or shuts (closing_words), or the clock's tense is past."""
    words = {w.strip(",;:.!?").lower() for w in before.split()}
    return (clock.tense == "past" or bool(words & word_list("past_clause_verbs"))
            or bool(words & word_list("closing_words")))
