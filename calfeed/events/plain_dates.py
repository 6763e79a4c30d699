"""A written day in a plain sentence that no other rule named: by default it is an entry.

Framing names a date by the event noun of its own clause, a label, a row, a heading above its
line. A page that writes its news in sentences often puts the event noun elsewhere: later in the
sentence ("on Thursday 9th May at 4.15pm we will be hosting a puppet workshop"),
in a quoted name ("Sunday 7th May is the day ... for 'The Coronation Big Lunch'"), in the sentence
before ("... our weekly robot club. On Monday 13th May at 3.45pm ...") or in the
heading over the paragraph ("Intention to declare land ..." / "Open from 29/10/2014 to 1/12/2014").
Such a day - written with its number, ahead of the page's date, not told in the past, not hedged,
negated or put as a condition - is nearly always something the page tells its reader to come to
or to mind, so it becomes an entry named by the best of that evidence.

With no event noun, no quoted name and no heading, the day gives nothing: a bare sentence such as
"the dividend is payable Dec. 7 to stock of record Nov. 22" names no occasion. An entry named only
by the sentence before, by a heading, or by a quoted name with no naming cue ("for", "called") before
it and no event noun in it (it may name a book or a ship), and one on a page whose date is a guess
from the day of the build, carries WEAK_NOTE so the report lists it for a person to check.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from datetime import date, time
from functools import lru_cache

from calfeed.events.apposed_anchors import apposed_anchor_words, in_anchor
from calfeed.events.candidates import Frame, coarser_than_day, date_not_written
from calfeed.events.invited_occasions import invited_name, stretch_edge
from calfeed.events.member_items import member_title
from calfeed.events.naming import still_ahead
from calfeed.events.not_events import later_clause
from calfeed.events.phrases import NounPhrase, clause_subject, kind_of, noun_phrases, phrase_text
from calfeed.events.quote_marks import ENGLISH, opening_marks, quotation_pattern, quoted
from calfeed.events.vocabulary import DAY_VETO_LISTS, event_nouns, merged_lists, phrase_list, phrase_matches, word_list
from calfeed.events.quoted_titles import quoted_name
from calfeed.events.words import LETTER_RUN, Word, after_past_clause, start_free, words_in
from calfeed.events.with_asides import WITH_ASIDE_NOTE
from calfeed.events.written_days import DAY_OR_FINER
from calfeed.model import Interval, ReferenceDate, Timex
from calfeed.text import few_words_before, first_on_line, line_end, lines_above, pieces_around, start_of_line

WEAK_NOTE = "a day in a plain sentence named without an event noun of its own"
GUESSED_NOTE = "a day in a plain sentence on a page nothing in whose text fixes the year"
HEADING_REACH = 6        # lines walked back from the sentence's paragraph to its heading
HEADING_WORDS = 12       # a longer line is a paragraph, not a heading
_STAMP_LISTS = ("heading_labels", "update_stamps", "byline_labels")
_VETO_LISTS = DAY_VETO_LISTS
_UNATTENDED = ("deadline", "milestone")
_LIST_MARKS = (";", "•")     # items of a list run on one line
_NAME_JOINS = (",", "&")     # "the Rant, White & Blue Tour": one name


PLAIN_NOTE = "a day ahead in a plain sentence"


def sentence_taken(found: list, plain: set[int], text: str = "") -> list:
    """The candidates without each plain day whose sentence another rule already framed a date of:
    that sentence was read; and each whose day another entry of the page already holds (all day, or
    at the same clock): "On Monday, April 22 Denis Hayes will return ... to announce 'Vote for the
    Earth'" is the day of the page's "news conference" entry. A plain day in a clause of its own,
    a comma and a clause joiner after the framed date ("The week will be effective as of 4 January
    ..., and Monday, 5 January, will be a public holiday"), was not read with it and stays."""
    framed = [c for c in found if id(c) not in plain]
    by_sentence: dict[tuple[int, int], list] = {}
    for c in framed:
        if WITH_ASIDE_NOTE not in c.frame.notes:    # "... on August 3, with a closing ball on August 24": only the aside read
            by_sentence.setdefault(c.sentence, []).append(c)
    joins: dict[tuple[int, int], list[int]] = {}     # each sentence's clause joins, found once
    days = {_day_key(c.timex) for c in framed}
    whole_days = {key[0] for key in days}

    def read_with(c, sentence: tuple[int, int], others: list) -> bool:
        if sentence not in joins:
            joins[sentence] = [m.start() for m in _joined_clause().finditer(text, *sentence)] if text else []
        return not all(_own_clause(joins[sentence], o.timex, c.timex) or _aside_after(text, c.timex, o.timex)
                       for o in others)
    return [c for c in found if id(c) not in plain or not (
        any(s[0] < c.sentence[1] and c.sentence[0] < s[1] and read_with(c, s, others) for s, others in by_sentence.items())
        or _day_key(c.timex) in days or (len(_day_key(c.timex)) == 1 and _day_key(c.timex)[0] in whole_days))]


def _own_clause(joins: list[int], framed: Timex, day: Timex) -> bool:
    """Whether ``day`` stands in a later clause than ``framed``: after it, with a clause join (a
    comma and a clause_joiners word, at the offsets ``joins``) between them."""
    if framed.end > day.start:
        return False
    k = bisect_left(joins, framed.end)
    return k < len(joins) and joins[k] < day.start


def _aside_after(text: str, day: Timex, framed: Timex) -> bool:
    """Whether ``framed`` stands in an aside that opens after ``day`` ("... from 6 to 9 pm on August 3, 4
    and 5, with a closing ball on August 24": a comma and an aside_openers word between them): the aside
    tells of its own occasion, and the clause before it, with its day, was not read with it."""
    return bool(text) and day.end <= framed.start and _aside_opening().search(text, day.end, framed.start) is not None


@lru_cache(maxsize=None)
def _aside_opening() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(word_list("aside_openers"), key=len, reverse=True))
    return re.compile(rf",[ \t]{{1,3}}(?:{words})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=None)
def _joined_clause() -> re.Pattern[str]:
    """A comma and a word that opens a coordinated clause (clause_joiners: "..., and ...")."""
    words = "|".join(re.escape(w) for w in sorted(word_list("clause_joiners"), key=len, reverse=True))
    return re.compile(rf",[ \t]{{1,3}}(?:{words})(?![\w-])", re.IGNORECASE)


def _day_key(timex: Timex) -> tuple[date | None] | tuple[date, time]:
    """The day of a date and, when it has one, its clock; a day alone matches every clock on it. A run
    of days is keyed by its first day, as a whole day is, whichever side of the comparison it is on."""
    start = timex.interval.start if timex.interval is not None else None
    if start is None:
        return (None,)
    if timex.interval.granularity == "day":
        return (start.date(),)
    return (start.date(), start.time())


def plain_day(timex: Timex, reference: ReferenceDate) -> bool:
    """A day (or run of days) written with its number, ahead of the page's date, told in no past."""
    span = timex.interval
    if (timex.type not in ("DATE", "TIME") or span is None or reference.value is None or timex.approximate
            or date_not_written(timex) or coarser_than_day(timex) or span.granularity not in DAY_OR_FINER
            or not any(c.isdigit() for c in timex.text) or timex.tense == "past"):
        return False
    return span.start.date() > reference.value     # the page's own day is most often its publication


def day_ahead(timex: Timex, reference: ReferenceDate) -> bool:
    """A day (or an instant in one) ahead of the page's date, told in no past, whether written with
    its number or as a bare weekday ("will take on City on Sunday"): for the readers that a verb
    of their own keeps from taking a weekday's habit or a past day for a day ahead."""
    span = timex.interval
    if (timex.type not in ("DATE", "TIME") or span is None or reference.value is None or timex.approximate
            or date_not_written(timex) or coarser_than_day(timex) or span.granularity not in DAY_OR_FINER
            or timex.tense == "past"):
        return False
    return span.start.date() > reference.value


PERIOD_NOTE = "a step a sentence states for a month, a season, a quarter or a half-year ahead: an approximate milestone"
_PERIOD_GRAINS = ("half", "quarter", "season", "month")
PART_OF_YEAR_DAYS = 184  # a year's span narrowed to at most half a year ("mid-2027": May to August) is a part of it
PERIOD_TITLE_WORDS = 6   # "Spring Regular Season begins"; a longer subject is a clause, not a named thing
QUOTE_MARKS = ("``", *opening_marks(ENGLISH, double=True))     # a sentence in quotes: someone's words, a forecast more than a schedule
SCARE_QUOTE_WORDS = 3    # "an “ambitious” national food strategy": a word or two in quotes is no one's sentence
_SHORT_QUOTE = quotation_pattern(ENGLISH, double=True, longest=40)


def quoted_speech(sentence: str) -> bool:
    """Whether the sentence quotes someone's words: a quote mark, apart from those round a word
    or a short phrase (scare quotes: "will develop an “ambitious” strategy"), which name or stress
    a thing in the writer's own statement."""
    def kept(match: re.Match[str]) -> str:
        inner = quoted(match)
        return "" if len(inner.split()) <= SCARE_QUOTE_WORDS else match.group(0)
    return any(q in _SHORT_QUOTE.sub(kept, sentence) for q in QUOTE_MARKS)


def plain_period(timex: Timex, reference: ReferenceDate) -> bool:
    """A month, a season, a quarter, a half-year or a part of a year, named with its year or counted
    ahead ("summer 2027", "the second half of 2027", "in July", "mid-2027"), that starts after the
    page's date, told in no past, or holds the page's date and is told in the future."""
    span = timex.interval
    if (timex.type != "DATE" or span is None or reference.value is None or timex.tense == "past"
            or timex.end_interval is not None or not (span.granularity in _PERIOD_GRAINS or _part_of_year(span))):
        return False
    if timex.tense == "future" and span.start.date() <= reference.value < span.end.date():
        return True      # "Construction will start in fall 2020" on a page of October 2020: still to come in it
    return span.start.date() > reference.value


def _part_of_year(span: Interval) -> bool:
    """A year's early, middle or late part ("mid-2027", "early next year"): the tagger keeps the
    year's grain but narrows the span to a few months, as long as a season or a half-year."""
    return span.granularity == "year" and span.end is not None and (span.end - span.start).days <= PART_OF_YEAR_DAYS


def _piped(text: str, line_start: int, end: int) -> bool:
    """Whether ``text[line_start:end]`` holds a table's pipe: the line's first pipe is found once a
    line (a copy of the line up to each date made a long line square); a date running on past its
    first line has the rest searched in place."""
    if 0 <= first_on_line(text, line_start, "|") < end:
        return True
    first_end = line_end(text, line_start)
    return end > first_end and text.find("|", first_end, end) >= 0


def plain_frame(text: str, timex: Timex, sentence: tuple[int, int], reference: ReferenceDate,
                spans: Callable[[tuple[int, int]], list[tuple[int, int]]],
                previous: tuple[int, int] | None,
                within: Callable[[tuple[int, int]], list[Timex]] | None = None) -> Frame | None:
    """The frame of a plain day no other rule named, or None when nothing nearby names an occasion.
    ``spans`` gives the date spans of a stretch of text; ``previous`` is the sentence before."""
    if not plain_day(timex, reference):
        return None
    line_start = start_of_line(text, timex.start)
    own = (max(sentence[0], line_start), min(sentence[1], line_end(text, timex.end)))
    if _piped(text, line_start, own[1]) or _labelled_stamp(text, line_start, timex.start):
        return None         # a table row is read by the row rules; "Date of publication: ..." dates the page
    if timex.tense != "past":
        own = after_past_clause(text, own, timex.start)     # "The party was ... and we plan another on 3 April"
    blocked = spans(own)
    words = words_in(text, *own)
    if _hedged([w for w, free in zip(words, start_free(words, blocked)) if free]):
        return None
    notes = [GUESSED_NOTE] if reference.inferred and reference.build_year else []
    quoted, cued = quoted_name(text, own, blocked) or (None, False)
    if quoted is not None and (cued or _names_occasion(quoted)):
        return Frame(quoted, "event", (timex.start, -1), notes + [f"{PLAIN_NOTE} naming \"{quoted}\""])
    anchor = apposed_anchor_words(words, timex)      # read once: the stage name's test and the nearest phrase's
    staged = _stage_name(words, blocked, text)
    if staged is not None and _in_anchor_span(staged[1], words, anchor):
        staged = None          # "the day after the close of the Harbour Song Festival, 9 May, is a holiday"
    if staged is not None and not _apart(staged[1], timex, blocked, text):
        staged = staged[0]     # "for the Rant, White & Blue Tour": the name as written, not "Blue Tour"
        return Frame(staged, kind_of(staged), (timex.start, -1), notes + [f"{PLAIN_NOTE} naming \"{staged}\""])
    phrase = _nearest(noun_phrases(words, blocked, text), words, timex, blocked, text, anchor)
    if phrase is not None:
        title = phrase_text(words, phrase.first, phrase.last, text)
        return Frame(title, phrase.kind, (timex.start, -1),
                     notes + [f"{PLAIN_NOTE} whose event noun is \"{title}\""])
    invited = invited_name(words, (timex.start, timex.end), text)
    if (invited is not None and timex.end_interval is None and timex.interval.granularity == "day"
            and stretch_edge(words, (timex.start, timex.end))):
        return None         # "There is a hosepipe ban from 1 June": a state from a day, left to the change readers
    if invited is not None and not _apart(invited[1], timex, [b for b in blocked if not _within(b, invited[1])], text):
        return Frame(invited[0], kind_of(invited[0]), (timex.start, -1),     # "There is an egg hunt on ..."
                     notes + [f"{PLAIN_NOTE} naming \"{invited[0]}\", the occasion its sentence invites to"])
    member = member_title(text, (timex.start, timex.end), own, previous)
    if member is not None:      # "two workshops ...:" / "one on Tuesday at 10–11 am GMT and": one of them
        return Frame(member, kind_of(member), (timex.start, -1),
                     notes + [f"{PLAIN_NOTE}: one of the \"{member}\" items its lead-in counts"])
    if previous is not None and "\n" not in text[previous[1]:sentence[0]] and not spans(previous):
        before = words_in(text, *previous)
        phrase = next((p for p in noun_phrases(before, [], text) if p.kind not in _UNATTENDED and not p.plural), None)
        if phrase is not None:
            title = phrase_text(before, phrase.first, phrase.last, text)
            return Frame(title, phrase.kind, (timex.start, -1),
                         notes + [WEAK_NOTE + f": \"{title}\", named by the sentence before"])
    holds = None if within is None else (lambda span: _hold_day(within(span), timex))
    heading = heading_above(text, sentence[0], spans, holds) if text[line_start:timex.start].strip(" \t*_-•") else None
    if heading is not None:
        return Frame(heading, "event", (timex.start, -1), notes + [WEAK_NOTE + f": \"{heading}\", its heading"])
    if quoted is not None:      # a quote with no cue and no event noun: a book's, a ship's, a storm's name?
        kind = "deadline" if _obliged_by(words) else "event"     # "the 'Reply Date' by which offers must be taken"
        return Frame(quoted, kind, (timex.start, -1), notes + [WEAK_NOTE + f": \"{quoted}\", a quoted name"])
    return None


def _obliged_by(words: list[Word]) -> bool:
    """Whether a relative clause of deadline_relative_links ("by which", "before which") with an
    obligation modal in it ("must", "should") stands in the sentence: the named day is when
    something must be done by."""
    lowered = [w.lower for w in words]
    links = phrase_list("deadline_relative_links")
    found = next(phrase_matches(lowered, links), None)
    if found is None:
        return False
    k, link = found
    return any(w in word_list("obligation_modals") for w in lowered[k + len(link):])


def _hold_day(dates: list[Timex], timex: Timex) -> bool:
    """Every one of ``dates`` is a month or longer that holds the day of ``timex``."""
    day = timex.interval.start
    return bool(dates) and all(t.interval is not None and t.end_interval is None and coarser_than_day(t)
                               and t.interval.start <= day < t.interval.end for t in dates)


def _labelled_stamp(text: str, start: int, end: int) -> bool:
    """The date's line (``text[start:end]``, up to the date) is a label saying when the page was
    issued ("Date of publication:"), colons read as blanks. Only as many words as the longest
    label are read, back from the date: a page on one line holds every date's line."""
    stamps = merged_lists(_STAMP_LISTS)
    words = few_words_before(text, start, end, max(len(stamp.split()) for stamp in stamps), blanks=":")
    return words is not None and " ".join(words).lower() in stamps


def _hedged(words: list[Word]) -> bool:
    """A condition, a modal of maybe, a negation or a habit anywhere in the sentence."""
    vetoes = merged_lists(_VETO_LISTS)
    return any(w.lower in vetoes for w in words)


def _nearest(phrases: list[NounPhrase], words: list[Word], timex: Timex,
             blocked: list[tuple[int, int]], text: str, anchor: tuple[int, int] | None) -> NounPhrase | None:
    """The event noun phrase closest to the date that no other date of the sentence is closer to,
    outside the ``anchor`` set beside the date (apposed_anchor_words)."""
    best, best_gap = None, None
    subject = clause_subject(words, blocked)
    for phrase in phrases:
        if phrase.kind in _UNATTENDED or still_ahead(words, phrase):
            continue         # "... will hold a call in preparation for the regional summit": another event
        if in_anchor(phrase, anchor):
            continue         # "6 May, the day after the vote": the vote is the 5th
        if later_clause(words, phrase, timex, subject):
            continue         # "Resurfacing is set for Sunday 15th, since the fair was due there": not the fair's day
        span = phrase.span(words)
        if _apart(span, timex, blocked, text):
            continue
        own = _gap(span, (timex.start, timex.end))
        if best_gap is None or own < best_gap:
            best, best_gap = phrase, own
    return best


def _in_anchor_span(span: tuple[int, int], words: list[Word], anchor: tuple[int, int] | None) -> bool:
    """Whether ``span`` lies in the words of the relative ``anchor`` set beside a date (apposed_anchor_words)."""
    return anchor is not None and words[anchor[0]].start <= span[0] and span[1] <= words[anchor[1]].end


def _within(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _gap(span: tuple[int, int], at: tuple[int, int]) -> int:
    """The characters between two spans, 0 when they touch or overlap."""
    return max(at[0] - span[1], span[0] - at[1], 0)


def _apart(span: tuple[int, int], timex: Timex, blocked: list[tuple[int, int]], text: str) -> bool:
    """A name that belongs to another date of its sentence (closer to it), or to another item of a
    list run on one line ("Snowdrop walks; Racial Justice Sunday, 12/2")."""
    own = _gap(span, (timex.start, timex.end))
    others = [(s, e) for s, e in blocked if not (s <= timex.start < e)]
    between = (min(span[1], timex.end), max(span[0], timex.start))
    if span[1] <= timex.start and _only_days(text, between, others):
        return False     # "special programs coming up--Friday, December 27; Monday, December 30": one list of days
    return (any(_gap(span, other) < own for other in others)
            or any(mark in text[between[0]:between[1]] for mark in _LIST_MARKS))


def _only_days(text: str, between: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    """Whether the text between a name and its day holds other dates and only marks and list
    joiners around them: the days are one list after the name."""
    inside = sorted((max(s, between[0]), min(e, between[1])) for s, e in others if s < between[1] and between[0] < e)
    if not inside:
        return False
    pieces = pieces_around(text, *between, inside)
    joiners = word_list("date_list_joiners")
    return all(w.lower() in joiners for piece in pieces[1:] for w in LETTER_RUN.findall(piece))


def _stage_name(words: list[Word], blocked: list[tuple[int, int]], text: str
                ) -> tuple[str, tuple[int, int]] | None:
    """A capitalised name of two or more words ending in a stage or occasion noun, not opening the
    sentence ("next month we are hosting a puppet play, The Very Hungry Dragon Show")."""
    heads = _stage_heads()
    links = word_list("name_links")
    run: list[int] = []
    for k, (word, free) in enumerate(zip(words, start_free(words, blocked))):
        joined = run and (word.lower in links or word.text in _NAME_JOINS)
        if free and k > 0 and ((word.is_word and word.text[:1].isupper()) or joined):
            run.append(k)
            continue
        found = _named_run(words, run, heads, text)
        if found:
            return found
        run = []
    return _named_run(words, run, heads, text)


@lru_cache(maxsize=None)
def _stage_heads() -> frozenset[str]:
    """The nouns a stage name may end in, built once: _stage_name runs for every unframed day."""
    return (word_list("performed_nouns") | word_list("performed_occasions")
            | frozenset(key[0] for key in event_nouns() if len(key) == 1))


def _named_run(words: list[Word], run: list[int], heads: frozenset[str], text: str
               ) -> tuple[str, tuple[int, int]] | None:
    while run and words[run[-1]].lower not in heads:
        run = run[:-1]
    capitals = [k for k in run if words[k].text[:1].isupper()]
    if len(capitals) < 2 or any(words[k].lower in word_list("person_roles") for k in run):
        return None        # "MDU Controller of Examinations": an office, no stage name
    return phrase_text(words, run[0], run[-1], text), (words[run[0]].start, words[run[-1]].end)


def _names_occasion(line: str) -> bool:
    """The line holds an event noun ("Public consultation", "Funding Round 2")."""
    return bool(noun_phrases(words_in(line, 0, len(line)), [], line))


def _names_kind(kind: str) -> bool:
    """The words before a heading's colon name an occasion, or end in a stage act's noun ("Summer
    Family Show"): over a line of days only, the act needs no performer to be one."""
    last = kind.split()[-1:]
    return _names_occasion(kind) or bool(last) and last[0].lower().strip(".,;") in _stage_heads()


def heading_above(text: str, start: int, spans: Callable[[tuple[int, int]], list[tuple[int, int]]],
                  holds_day: Callable[[tuple[int, int]], bool] | None = None, kind_titled: bool = False) -> str | None:
    """The heading over the paragraph that holds ``start``: a "#" line, or a short line with no
    closing stop standing alone above a blank line or the paragraph. A heading that writes a date
    names nothing, unless ``holds_day`` says its dates all hold the day being named ("The next
    Village Hall committee meeting will be in September" over "... again for the first time this term on
    September 14th"): then its
    occasion's noun phrase names it. With ``kind_titled`` (the day's line holds nothing but its days), a
    heading of a kind and a title ("Autumn Lecture: Tides of the North Sea") names it too, when the
    words before its colon name an occasion: elsewhere a colon marks a label ("Venue: ..."), not a name."""
    walked = 0
    for begin, end in lines_above(text, text.rfind("\n", 0, start) + 1, start + 1):
        line = text[begin:end].strip()
        if not line:
            continue
        if walked == HEADING_REACH:
            return None
        walked += 1
        if "|" in line:
            return None
        bare = line.lstrip("#").strip(" *_")
        alone = begin == 0 or text[max(0, begin - 2):begin] == "\n\n" or text[end:end + 2] == "\n\n"
        if line.startswith("#") or (alone and len(bare.split()) <= HEADING_WORDS and bare[-1:] not in ".!?:;,"):
            if not spans((begin, end)):
                if kind_titled and ":" in bare:
                    kind, _, name = bare.partition(":")
                    return bare if name.strip() and ":" not in name and _names_kind(kind) else None
                return bare if _names_occasion(bare) and ":" not in bare else None
            return _occasion_of(bare) if holds_day is not None and holds_day((begin, end)) else None
    return None


def _occasion_of(line: str) -> str | None:
    """The first event noun phrase of a heading line, as written."""
    words = words_in(line, 0, len(line))
    phrase = next(iter(noun_phrases(words, [], line)), None)
    return phrase_text(words, phrase.first, phrase.last, line) if phrase is not None else None
