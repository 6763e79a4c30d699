"""Past one-offs a page reports beside what it announces.

calfeed keeps past events: an archive's calendar, a club's record of its meetings, shows what
happened when. A page that also announces days ahead is another matter: "The Planning Committee
met on 3 October and voted to visit the site. The committee will decide on 13 December." tells
its reader of one day to come; the meeting told in the past tense is the news that led to it, and
an entry for it only buries the day that matters in a subscriber's calendar.

So a single day (no series) told in the past tense and over before the page's date gives no entry
(or named as over whatever the tense: "This follows the previous talks in Vienna on 4 March",
past_occasion_marks before the entry's event noun)
when the same page gives an entry on or after that date, unless that entry is the same occasion
going on ("The festival kicked off on Saturday, September 14, and finishes today"). A page with
nothing ahead keeps its past days (the archive case). Only a page whose day is written (front matter, a dateline, its
address) draws the line: a date inferred from the page's own tenses, or the build day, is no
firm line between past and ahead (save for an occasion the page names as the one its own comes
after, "following the elections held on 21 May", before a window its tenses close on both sides),
and the tense of a list row is no report: a row whose line
opens with a list mark ("- The committee met on 3 October 2026 at the Town Hall.", "1. The
committee met ...") or with its own date ("3 October 2026: The committee met at the Town
Hall.") is an entry of a record of meetings, kept beside the next one it lists.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from datetime import date

from calfeed.events.candidates import Candidate
from calfeed.events.caption_days import caption_day, credited_caption
from calfeed.events.identity import normalise_title
from calfeed.events.shared_place import day_of
from calfeed.events.vocabulary import find_phrase, phrase_list, word_list
from calfeed.events.words import words_in
from calfeed.events.written_days import later_day_written
from calfeed.model import ReferenceDate, Timex
from calfeed.text import item_mark


def without_past_reports(text: str, chosen: list[Candidate], reference: ReferenceDate,
                         written: Sequence[Timex] = ()) -> list[Candidate]:
    """``chosen`` without the past one-offs of a page that also announces a day ahead: an entry
    on or after the page's date, or (on a page whose date is given, not inferred) a later day
    among the ``written`` dates with its year, though no entry came of it."""
    chosen = _without_lapsed_deadlines(text, chosen)
    chosen = _without_past_cycles(text, chosen)
    today = reference.value
    if today is None or reference.build_year:
        return chosen
    if reference.inferred and not reference.day_written:
        # a date read from the page's tenses is no firm line between past and ahead, save for what
        # the page itself sets before the occasion it announces, in a window its tenses close
        today = _closed_window_start(reference)
        if today is None:
            return chosen
        past = {id(c) for c in chosen if _reported(text, c, today) and _named_as_antecedent(text, c)
                and not _list_row(text, c)}
    else:
        past = {id(c) for c in chosen if _reported(text, c, today) and not _list_row(text, c)}
    ahead = [c for c in chosen if id(c) not in past and _last_day(c) >= today]
    if not past or not (ahead or (not reference.inferred
                                  and later_day_written(today, _not_running_ends(text, written, chosen, past)))):
        return chosen
    # Any entry ahead with the past day's title keeps it, where told_history asks for the same
    # sentence: here the page's day is written, and an occasion running across it is often dated
    # again in another sentence ("kicked off on Saturday, September 14, and finishes today" / "we
    # visited the festival on Sunday"), while told_history's year-less days on a guessed page date
    # meet a generic title written again for another occasion ("the Assembly"). Measured (review
    # 22a): the same-sentence rule here would drop one right entry on the development folders (a
    # festival's first day) and mend none.
    running = {normalise_title(c.frame.title) for c in ahead}     # "kicked off on 14 September ... finishes today"
    return [c for c in chosen if id(c) not in past or normalise_title(c.frame.title) in running]


def _closed_window_start(reference: ReferenceDate) -> date | None:
    """The first day of the window a page's tenses date it in, when a day told as past and a day
    told ahead close it on both sides ("held on 21 May 2026" / "will convene on 8 June 2026"):
    whenever in it the page was written, what ended before it was over. None for a window open on
    one side."""
    if reference.earliest is None or reference.latest is None or reference.forward:
        return None
    return reference.earliest


def _named_as_antecedent(text: str, cand: Candidate) -> bool:
    """Whether the entry's event noun stands, before its date in its sentence, right after a
    phrase of antecedent_marks ("the first meeting of the new council following the local
    elections held on 21 May"): the occasion the page's own one comes after, not a record of its
    own. A main clause's past ("The parish council met on 9 March") is such a record."""
    return _after_mark(text, cand, phrase_list("antecedent_marks"))


def _without_lapsed_deadlines(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` without the one-off deadlines told as passed ("fees were due 15 December
    2026": lapsed_deadline_marks) when another entry lies after them. A past meeting is a record
    of what was held, kept when the page's date is only guessed; a lapsed deadline held nothing
    and no reader can meet it, so its own words are line enough, whatever the page's date. The
    tagger's past tense alone is not: it reads one in "must reach the office ... (i.e. by 11am of
    9 February 2021)", a deadline still to come (rt40 maltapost)."""
    lapsed = [c for c in chosen if c.frame.kind in LAPSING_KINDS and c.timing.rrule is None
              and _told_lapsed(text, c) and not _list_row(text, c)]
    if not lapsed:
        return chosen
    return _without_before_others(chosen, lapsed)


def _without_past_cycles(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` without the one-offs of a season, year or term gone by, told as over ("Last
    season's presentation night was held on 4 December 2026", "last year's fair took place on ...":
    past_cycle_marks before the event noun, and a past tense) when another entry lies after them:
    a page giving the next season's days thanks its readers for the last one's in passing. As for a
    lapsed deadline, the words are line enough whatever the page's date; a page with nothing after
    it keeps it (the record)."""
    past = [c for c in chosen if c.timing.rrule is None and c.timex.tense == "past" and _of_past_cycle(text, c)]
    if not past:
        return chosen
    return _without_before_others(chosen, past)


def _without_before_others(chosen: list[Candidate], told_over: list[Candidate]) -> list[Candidate]:
    """``chosen`` without the entries of ``told_over`` that end before another entry does."""
    over = {id(c) for c in told_over}
    last = max((_last_day(c) for c in chosen if id(c) not in over), default=None)
    return [c for c in chosen if id(c) not in over or last is None or _last_day(c) >= last]


def _not_running_ends(text: str, written: Sequence[Timex], chosen: list[Candidate], past: set[int]) -> list[Timex]:
    """``written`` without the days that end a past entry's occasion in its own sentence ("opened
    on 1 May 2026 and runs until 30 June 2026"): still under way, it announces no other day."""
    spans = sorted(c.sentence for c in chosen if id(c) in past)     # sentences do not overlap
    starts = [start for start, _ in spans]
    ends = word_list("running_end_words")

    def running_end(t: Timex) -> bool:
        at = bisect_right(starts, t.start) - 1
        if at < 0 or t.start >= spans[at][1]:
            return False
        before = words_in(text, max(0, t.start - 12), t.start)
        return bool(before) and before[-1].lower in ends

    return [t for t in written if not running_end(t)]


def _last_day(cand: Candidate) -> date:
    """The day an entry is over: a run counts as gone only once its last day is."""
    return day_of(cand.timing.end or cand.timing.start)


def _of_past_cycle(text: str, cand: Candidate) -> bool:
    """Whether the entry's event noun stands, before its date in its sentence, right after a
    phrase of past_cycle_marks ("last season's presentation night")."""
    return _after_mark(text, cand, phrase_list("past_cycle_marks"))


# A deadline, or the milestone the framer makes of one told in the past tense before the page's
# date (framing: "a deadline that had already passed"), as the tagger reads "were due" since it
# took "was due"/"were due" as past (tense.tsv).
LAPSING_KINDS = ("deadline", "milestone")


def _told_lapsed(text: str, cand: Candidate) -> bool:
    """Whether a phrase of lapsed_deadline_marks ("were due") governs the date: it stands right
    before it, or with one word between ("were due by 3 March"). Farther off it is another
    date's ("which was due to close today, will now close on Sunday 31 January")."""
    said = [w.lower for w in words_in(text, cand.sentence[0], cand.timex.start) if w.is_word]
    return find_phrase(said[-MARK_REACH:], phrase_list("lapsed_deadline_marks")) is not None


MARK_REACH = 3     # "were due by": the mark and one word before the date


def _reported(text: str, cand: Candidate, today) -> bool:
    """A one-off told in the past tense, named as over or dated by a photo's caption (a place
    aside, or a paragraph closing with a photo credit), that was over before ``today``."""
    return ((cand.timex.tense == "past" or _named_as_over(text, cand)
             or caption_day(text, cand.sentence, cand.timex.start, cand.timex.end)
             or credited_caption(text, cand.timex.start))
            and cand.timing.rrule is None and _last_day(cand) < today)


NOUN_REACH = 3     # words from a mark to the noun it names ("previous two rounds of talks" is too far)


def _named_as_over(text: str, cand: Candidate) -> bool:
    """Whether the entry's event noun stands, before its date in its sentence, right after a word
    that says the occasion is over ("the previous talks", "the earlier joint session";
    past_occasion_marks)."""
    return _after_mark(text, cand, phrase_list("past_occasion_marks"))


def _after_mark(text: str, cand: Candidate, marks: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the entry's event noun (a plural or possessive ending allowed) stands, before its
    date in its sentence, at most NOUN_REACH words after a phrase of ``marks``."""
    if not cand.head:
        return False
    head = cand.head.split()[-1]
    said = [w.lower for w in words_in(text, cand.sentence[0], cand.timex.start) if w.is_word]
    start = 0
    while (found := find_phrase(said[start:], marks)) is not None:
        at = start + found
        mark = next(m for m in marks if tuple(said[at:at + len(m)]) == m)     # the one find_phrase matched
        after = said[at + len(mark):at + len(mark) + NOUN_REACH]
        if any(w.startswith(head) and len(w) - len(head) <= 2 for w in after):
            return True
        start = at + 1
    return False


def _list_row(text: str, cand: Candidate) -> bool:
    """Whether ``cand``'s date sits on a row of a list: its sentence opens the date's line, and
    the line opens with a list mark (a bullet or a number, as the sentence splitter reads items)
    or with the date itself (a dated row, not wrapped prose). The sentence must open the item
    itself: a paragraph set as a bullet tells its later sentences as prose."""
    begin = text.rfind("\n", 0, cand.timex.start) + 1
    if cand.sentence[0] < begin:
        return False          # the sentence began on a line above: prose wrapped onto this line
    lead = text[begin:cand.timex.start]
    mark = item_mark().match(lead)
    if mark is None:
        return not lead.strip()
    # the date's sentence opens the item: a later sentence of a bulleted paragraph ("• The lists are
    # due in May. ... The chair gave a briefing on 2 April to ...") is prose that tells the news
    return not text[begin + mark.end():cand.sentence[0]].strip()
