"""A holiday opening an event's name ("Canada Day celebrations", "the Christmas market",
"Easter egg hunt"): the holiday is part of what the event is called, so its words belong to
the title. When the sentence writes the event's own date ("... will be held on Friday, 3
December 2027") the holiday is no date of its own; when it writes none, the holiday's day is
the event's ("The Christmas market will be held in York" is on Christmas Day). Another
holiday that names nothing dates it too ("... held on Christmas Eve" is on the 24th).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from calfeed.events.quote_marks import ENGLISH, quote_pairs
from calfeed.events.series_parts import among_examples
from calfeed.events.vocabulary import event_nouns, word_list
from calfeed.model import Timex

HOLIDAY_RULES = ("holiday",)       # the tagger's rules that read a holiday's name
_NEXT_WORD = re.compile(r"[ \t]{1,3}(\w[\w'’-]*)")


def holiday_names(text: str, ordered: list[Timex], sentence_of) -> tuple[set[int], set[int]]:
    """(holidays opening a name, by id; of those, the ones their sentence dates otherwise, by a
    written date or by a holiday that opens no name).
    ``sentence_of(offset)`` gives the (start, end) of the sentence at an offset."""
    naming: set[int] = set()
    dated: set[int] = set()
    by_start = sorted(ordered, key=lambda t: t.start)
    starts = [t.start for t in by_start]
    # What dates a sentence otherwise: a written date or time, or a holiday that opens no name.
    other_dates = _dates_by_start(by_start, lambda o: o.rule not in HOLIDAY_RULES or not _opens_name(text, o))
    for timex in ordered:
        if timex.rule not in HOLIDAY_RULES or timex.type != "DATE":
            continue
        if _in_quoted_title(text, timex) or among_examples(text, sentence_of(timex.start), timex):
            naming.add(id(timex))     # "the film “The Nightmare Before Christmas”", "occasions such as ...
            dated.add(id(timex))      # ... our Christmas celebrations": a name or an example, no day
            continue
        if _given_day(text, timex, by_start, starts):
            naming.add(id(timex))     # "Boxing Day is on December 26th": the holiday names the day
            dated.add(id(timex))      # the written day dates
            continue
        if not _opens_name(text, timex):
            continue
        naming.add(id(timex))
        if not _names_occasion(text, timex, sentence_of(timex.start)):
            dated.add(id(timex))     # "embracing a Christmas theme", "Easter themed cards": no day at all
            continue
        if _dated_within(other_dates, timex, sentence_of(timex.start)):
            dated.add(id(timex))
        elif _heading_over_date_line(text, timex, starts, by_start):
            dated.add(id(timex))     # "Easter Parade Street Closure" / "Friday, 14 December 2029": the line below dates it
    return naming, dated


GIVEN_DAY_REACH = 40   # characters between a holiday's name and the day the sentence gives it


def _given_day(text: str, timex: Timex, by_start: list[Timex], starts: list[int]) -> bool:
    """The holiday is given a written day of its own right after its name, with only words of
    holiday_day_links between ("Good Friday will be on April 18th"): a holiday list names
    each day by its holiday, so the name is the entry's and the written day its date (the same day)."""
    at = bisect_left(starts, timex.end)
    if at == len(by_start) or by_start[at].start - timex.end > GIVEN_DAY_REACH:
        return False
    day = by_start[at]
    between = _WORD.findall(text[timex.end:day.start].lower())
    links = word_list("holiday_day_links")
    if (not between or any(w not in links for w in between)
            or not any(w in word_list("holiday_day_prepositions") for w in between)
            or "," in text[timex.end:day.start] or day.type != "DATE"
            or day.rule in HOLIDAY_RULES or not any(c.isdigit() for c in day.text)):
        return False
    return (timex.span is not None and day.span is not None
            and timex.span.start.date() == day.span.start.date())


HEADING_WORDS = 10     # words of a heading line; a longer line is prose
HEADING_REACH = 240    # characters either side of the holiday a heading line stays within


def _heading_over_date_line(text: str, timex: Timex, starts: list[int], ordered: list[Timex]) -> bool:
    """The holiday opens a name on a heading line (a short line ending in no full stop) and the
    next line that holds words opens with a date: the heading is named by that date line, as a
    flyer's "Spring Fair" / "Saturday 14 June" is, so the holiday is part of the name only.
    The line's ends are looked for within HEADING_REACH of the holiday: a line reaching further
    is no heading, and a page written on one line is not read again for each of its holidays."""
    reach = max(0, timex.start - HEADING_REACH)
    line_start = text.rfind("\n", reach, timex.start) + 1
    end = text.find("\n", timex.end, timex.end + HEADING_REACH)
    if end < 0 or (line_start == 0 and reach > 0):
        return False
    line = text[line_start:end].strip(" \t*_#")
    if not line or line[-1] in ".!?;," or len(line.split()) > HEADING_WORDS:
        return False
    below = end
    while below < len(text) and text[below] in " \t\n*_#>-":
        below += 1
    at = bisect_left(starts, below)
    return at < len(ordered) and ordered[at].start == below and ordered[at].type == "DATE" \
        and ordered[at].rule not in HOLIDAY_RULES


SEASON_RULES = ("season",)      # the tagger's rule that reads a bare season's name


_WORD_BEFORE = re.compile(r"(\w+)[ \t]{1,3}$")
POINTER_REACH = 16       # characters read back from a season for the verb pointing to it


def _pointed_name(text: str, timex: Timex) -> bool:
    """A season written with a capital right after a verb pointing the reader to a page or a
    programme ("visit Summer @ the Library"; pointing_verbs): the season is its name."""
    if not timex.text[:1].isupper():
        return False
    before = _WORD_BEFORE.search(text, max(0, timex.start - POINTER_REACH), timex.start)
    return before is not None and before.group(1).lower() in word_list("pointing_verbs")


def season_names(text: str, ordered: list[Timex], sentence_of) -> set[int]:
    """Bare seasons naming a page a verb points to ("visit Summer @ the Library"), and bare seasons
    opening a name ("the museum's autumn lecture series", "our winter reading challenge") in a sentence that a written date or span dates otherwise ("runs from 3 October to 28
    November"): the season says which series, not when, so it gives no entry and blocks no title.
    A season naming the only time of its sentence ("The summer fair will be held on the green"), or
    beside a window only ("The programme for the summer festival will be published in the coming
    weeks"), stays the entry's date."""
    found: set[int] = set()
    other_dates = _dates_by_start(sorted(ordered, key=lambda t: t.start),     # a written date, not "this autumn"
                                  lambda o: o.rule not in SEASON_RULES and not o.value.endswith("_REF"))
    for timex in ordered:
        if timex.rule not in SEASON_RULES or timex.type != "DATE" or not timex.text.isalpha():
            continue
        if _pointed_name(text, timex):
            found.add(id(timex))      # "visit Summer @ the Library": a page's name
            continue
        if not _opens_name(text, timex):
            continue
        if _dated_within(other_dates, timex, sentence_of(timex.start)):
            found.add(id(timex))
    return found


def _dates_by_start(by_start: list[Timex], dates: Callable[[Timex], bool]) -> tuple[list[int], list[Timex]]:
    """The dates and times of ``by_start`` (in text order) that ``dates`` keeps, with their starts:
    picked once per page, as each holiday asking whether another date stands in its sentence
    walked all the page's dates (a page of many holiday names cost their number times its dates)."""
    kept = [o for o in by_start if o.type in ("DATE", "TIME") and dates(o)]
    return [o.start for o in kept], kept


def _dated_within(dates: tuple[list[int], list[Timex]], timex: Timex, sentence: tuple[int, int]) -> bool:
    """Whether one of ``dates`` (:func:`_dates_by_start`) other than ``timex`` starts in ``sentence``."""
    starts, kept = dates
    first = bisect_left(starts, sentence[0])
    count = bisect_left(starts, sentence[1], first) - first
    return count > 1 or (count == 1 and kept[first] is not timex)     # ``timex`` is kept once at most


_WORD = re.compile(r"\w[\w'’-]*")
_QUOTES = {pair.opening: pair.closing for pair in quote_pairs(ENGLISH, apostrophe=False)}
QUOTE_REACH = 80      # characters a quoted title may span on either side of the holiday


def _in_quoted_title(text: str, timex: Timex) -> bool:
    """The holiday stands inside a quoted name of more words that opens with a capital ("“The
    Nightmare Before Christmas”"): a title of a film, a book or a show, not a day."""
    line_start = text.rfind("\n", max(0, timex.start - QUOTE_REACH), timex.start) + 1   # a line's start beyond the reach is not needed
    window = text[max(line_start, timex.start - QUOTE_REACH):timex.start]
    for opening, closing in _QUOTES.items():
        at = window.rfind(opening)
        if at < 0 or (opening == closing and window.count(opening) % 2 == 0):
            continue
        end = text.find(closing, timex.end, timex.end + QUOTE_REACH)
        if end < 0 or "\n" in text[timex.end:end] or closing in window[at + 1:]:
            continue
        inside = window[at + 1:] + text[timex.start:end]
        if inside[:1].isupper() and len(_WORD.findall(inside)) > len(_WORD.findall(timex.text)):
            return True
    return False


_NAME_WORDS = re.compile(r"[ \t]{1,3}(\w[\w'’-]*)")
NAME_REACH = 3     # words after the holiday that may hold the occasion's noun ("Christmas craft fair")


def _names_occasion(text: str, timex: Timex, sentence: tuple[int, int]) -> bool:
    """The name the holiday opens is an occasion's: an event noun among the next few words
    ("Christmas carol service"), or a sentence that says it is held ("The Christmas market will
    be held in York"). A holiday before any other noun in a sentence that holds nothing ("are
    embracing a Christmas theme", "made Easter themed cards") only describes a thing, and dates
    nothing."""
    said = " ".join(_WORD.findall(text[sentence[0]:sentence[1]].lower()))
    if any(f" {verb} " in f" {said} " for verb in word_list("event_verbs")):
        return True
    lowered: list[str] = []
    at = timex.end
    while len(lowered) < NAME_REACH:
        match = _NAME_WORDS.match(text, at)
        if match is None:
            break
        word = match.group(1).lower()
        if word in word_list("phrase_breaks") or word in word_list("phrase_links"):
            break
        lowered.append(word)
        at = match.end()
    nouns = event_nouns()
    return any(tuple(lowered[a:b]) in nouns for a in range(len(lowered)) for b in range(a + 1, len(lowered) + 1))


def _opens_name(text: str, timex: Timex) -> bool:
    """A noun follows the holiday's name: a word that ends no phrase ("Christmas market", not
    "Christmas is" or "Christmas and")."""
    match = _NEXT_WORD.match(text, timex.end)
    if match is None:
        return False
    word = match.group(1).lower()
    return (word not in word_list("phrase_breaks") and word not in word_list("phrase_links")
            and not word[0].isdigit())
