"""A page's intro sentence tells the time of every occasion it lists below, once: "Members
are welcome at talks on the first Tuesday of most months / October through April at 7.30 p.m."
over dated blocks ("October 4, 2027" / a speaker / a title / "Location: ..."), each of which
gives only its day.

The sentence may run over two lines, with the clock on the second, and its day may be no day at
all (a weekday of a schedule, which the tagger pins to some Friday): what makes it a standing
time is a schedule word in it (intro_schedule_marks, a weekday, a recurring adjective or a habit
word), no day written with its number, and an event noun that names what the page lists
(page_series: the rows' occasion is the sentence's). A short heading line that ends on its
clock ("Coffee mornings, 10 a.m.") states the time of the rows of its section the same way,
with no schedule word: its rows are those above the next section's heading. Each all-day
entry of one day below it, one that people attend and whose day stands on a line of its own
(only its day, maybe a remark in brackets) or opens a programme line the item's words follow
as one sentence ("Tuesday 15th October 2024 Dr Ann Lee 'Bees of the Fens'"), then starts at
that clock; "All talks are held at 7.30pm" states such a schedule too; at least MIN_ROWS such
rows, or the clock may be one day's. A row with its own clock keeps it.
"""

from __future__ import annotations

from dataclasses import dataclass

from calfeed.events.candidates import Candidate, one_day
from calfeed.events.deadline_clock import clock_of
from calfeed.events.nearby_clocks import timed_at
from calfeed.events.page_series import page_series
from calfeed.events.phrases import noun_phrases
from calfeed.events.shared_place import PLACELESS_KINDS
from calfeed.events.vocabulary import singular_word, word_list
from calfeed.events.weekday_words import weekday_words
from calfeed.events.words import words_in
from calfeed.model import Timex
from calfeed.text import SENTENCE_MARKS, Sentences, line_end, line_starts_in

MIN_ROWS = 2
MAX_HEADING_WORDS = 5     # words before the clock of a heading that gives its list's time ("Coffee mornings")
INTRO_NOTE = "as the page's intro says its listed occasions are held"
_REMARK = "("
_PROSE_END = "."      # a programme row is no sentence: it does not end on a full stop


@dataclass(frozen=True)
class IntroClock:
    clock: Timex
    end: int            # where the intro sentence ends: rows below it take its clock
    heads: frozenset[str]    # the sentence's event nouns, singular
    heading: bool = False    # a heading line that ends on the clock: the rows of its section take it


def intro_clock(text: str, ordered: list[Timex], sentences: Sentences) -> IntroClock | None:
    """The first sentence on the page with a clock that states a standing schedule, if it is
    above every written day of the page."""
    marks = word_list("intro_schedule_marks") | word_list("recurring_adjectives") | word_list("habitual_hedges") \
        | weekday_words()
    written = [t for t in ordered if _written_day(t)]
    first_day = min((t.start for t in written), default=len(text))
    for clock in ordered:
        if clock_of(clock) is None or clock.start >= first_day:
            continue
        start, end = sentences.at(clock.start)
        inside = [t for t in ordered if start <= t.start < end]
        if any(_written_day(t) for t in inside):
            return None        # "on 9 September at 10 a.m.": that day's clock
        words = words_in(text, start, end)
        heading = start >= text.rfind("\n", 0, clock.start) + 1 and inside == [clock] and _heading_clock(text, clock)
        if not any(w.lower in marks for w in words) and not heading:
            return None
        blocked = [(t.start, t.end) for t in inside]
        heads = frozenset(singular_word(words[p.head].lower) for p in noun_phrases(words, blocked, text)
                          if p.kind not in PLACELESS_KINDS)
        return IntroClock(clock, end, heads, heading) if heads else None
    return None


def _heading_clock(text: str, clock: Timex) -> bool:
    """The clock ends a short heading line that names the listed occasions ("Coffee mornings,
    10 a.m.", "Evening lectures – 7.30pm"): a list's title that gives its time, no sentence.
    The caller asks it of a sentence that is the clock's line alone and holds no other date."""
    begin = text.rfind("\n", 0, clock.start) + 1
    end = line_end(text, clock.end)
    if text[clock.end:end].strip(" \t.)"):
        return False
    before = words_in(text, begin, clock.start)
    named = [w for w in before if w.is_word and w.lower not in word_list("clock_prepositions")]
    return 0 < len(named) <= MAX_HEADING_WORDS and not any(w.text in SENTENCE_MARKS for w in before)


def intro_clock_rows(candidates: list[Candidate], text: str, ordered: list[Timex],
                     sentences: Sentences) -> list[Candidate]:
    """``candidates`` with each all-day row under a standing intro sentence at its clock."""
    intro = intro_clock(text, ordered, sentences)
    if intro is None:
        return candidates
    above = page_series(text, intro.end)     # what the page lists, when a line down to the intro says: so for every row below
    rows = [k for k, c in enumerate(candidates) if _untimed_row(text, c, intro, ordered, above, sentences)]
    if len(rows) < MIN_ROWS:
        return candidates
    out = list(candidates)
    for k in rows:
        out[k] = timed_at(candidates[k], intro.clock, INTRO_NOTE)
    return out


def _untimed_row(text: str, cand: Candidate, intro: IntroClock, ordered: list[Timex],
                 above: str | None, sentences: Sentences) -> bool:
    timing = cand.timing
    if (not timing.all_day or timing.rrule or cand.frame.kind in PLACELESS_KINDS or not one_day(cand.timex)
            or cand.timex.type != "DATE" or cand.timex.start < intro.end
            or (timing.end is not None and timing.end != timing.start)):
        return False
    begin = text.rfind("\n", 0, cand.timex.start) + 1
    end = line_end(text, begin)
    own = text[begin:end]
    if text[begin:cand.timex.start].strip() not in word_list("list_bullets") | {""}:
        return False      # a day inside a line of words: no row of a list (a bullet may open it)
    if any(c.isalpha() for c in own[cand.timex.end - begin:].split(_REMARK)[0]) \
            and not _one_sentence_row(text, cand.timex.start, end, sentences):
        return False      # a day opening a line of prose
    if any(clock_of(t) is not None for t in ordered if begin <= t.start < end):
        return False
    if intro.heading:     # "Coffee mornings, 10 a.m." over its rows, up to the next section's heading
        return not _headings_between(text, intro.end, begin, ordered)
    series = above if above is not None else page_series(text, begin)
    return series is not None and singular_word(series.split()[-1].lower()) in intro.heads


def _headings_between(text: str, start: int, end: int, ordered: list[Timex]) -> bool:
    """A short dateless line with no sentence end between ``start`` and ``end``: a new section's
    heading, under which rows are no longer the heading clock's ("Workshops" after the talks)."""
    dated = [t.start for t in ordered if start <= t.start < end]
    start = line_end(text, start) + 1     # the lines below the heading's own
    for first in sorted(line_starts_in(text, start, end)) if start < end else ():
        line = (first, min(line_end(text, first), end))
        stripped = text[line[0]:line[1]].strip()
        if (not stripped or stripped.endswith(SENTENCE_MARKS + (":",))
                or any(line[0] <= d < line[1] for d in dated)):
            continue
        if len([w for w in words_in(text, *line) if w.is_word]) <= MAX_HEADING_WORDS:
            return True
    return False


def _one_sentence_row(text: str, start: int, end: int, sentences: Sentences) -> bool:
    """The line from ``start`` to ``end`` is one sentence with no full stop of its own: a
    programme row a day opens and the item's words follow ("Tuesday 15th October 2024 Dr Ann Lee
    'Bees of the Fens'"), not prose ("... will be our outing to Wicken Fen. Members meet ...")."""
    line = text[start:end].rstrip()
    return sentences.at(start)[1] >= start + len(line) and not line.endswith(_PROSE_END)



_DAY_GRAINS = ("day", "partofday", "hour", "minute", "second")


def _written_day(t: Timex) -> bool:
    """A day written with its number ("October 4, 2027"), no clock."""
    span = t.interval
    return (t.type in ("DATE", "TIME") and span is not None and span.granularity in _DAY_GRAINS
            and any(c.isdigit() for c in t.text) and clock_of(t) is None)
