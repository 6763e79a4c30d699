"""Years a holiday named beside its own day fixes: "PALM SUNDAY (April 14, Masses at ...)",
"Easter Sunday, April 21", "Good Friday (April 19 at 7 pm)", "April 18, Holy Thursday".

A movable holiday falls on a written day only in some years (Palm Sunday on 14 April: 2019
and 2030; Labor Day on 4 September: 2017, 2023, 2028), so a page that writes no year but names
its feasts beside their days says its year; one whose day contradicts the written one is
evidence against a year. Besides the words right before or after the day on its line, a day
alone on its line (a heading or a table cell: "Sunday, April 21", "| Sept 2 |") takes the
holiday of the next line when that line names it standing ("Labor Day", "Thanksgiving
holiday", "Closed: all branches closed for Easter."), not as part of another name ("Easter egg
hunt", "Thanksgiving Break Begins"): ``holiday_followers.txt`` holds the words that may follow
it. A range of days beside a holiday ("November 23-29 / Thanksgiving holiday", "Easter Holidays:
7th April – 18th April") is a break around it, which need not hold it: no evidence. The
holiday's own timex is no help (resolved alone it lands in whatever year it was read in, and a holiday written in capitals or swallowed by its weekday is no timex at all),
so the name is read from the words right before or after the day, with only punctuation
between. A fixed-date holiday ("Christmas, December 25") fits every year and says nothing;
a named season ("Holy Week") names no one day.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from calfeed.model import Timex
from calfeed.text import LineIndex, back_over
from calfeed.timex import periods
from calfeed.timex.lexicon import load_words
from calfeed.timex.rawvalue import parse, yearless_month_day
from calfeed.timex.vocabulary import norm, vocabulary

MAX_NAME_WORDS = 3          # the longest holiday name looked for ("Feast of Pentecost" and shorter)
_GAP_MARKS = ",(:\u2013\u2014-"     # with blanks, what may stand between a holiday's name and its day
_GAP_AFTER = re.compile(r"[\s,):\u2013\u2014-]*")
_WORD = re.compile(r"[^\W\d_][\w'\u2019]*")
# The last words of a text, each read once: a start right after a letter is passed over (the letter
# would begin a match that ends the same, so the leftmost never starts there), and the repeats are
# possessive (a word's characters are no blank, a shorter word is followed by a word character, not
# the end, and fewer words leave a blank before the end). Read with plain repeats from every letter,
# a 60-character text cost some 230,000 instructions.
_TRAILING = re.compile(r"(?<![^\W\d_])(?:[^\W\d_][\w'\u2019]*+[ \t]+){0,%d}+[^\W\d_][\w'\u2019]*+$"
                       % (MAX_NAME_WORDS - 1))
NAME_REACH = 60             # characters before a day searched for the holiday's name
_WEEKDAY_HEAD = re.compile(r"[^\W\d_]+\.?,?\s*\(?\s*")      # "Sunday, " in "Sunday, April 21"


def _written_day(timex: Timex) -> tuple[int, int] | None:
    """(month, day) of a year-less day written with its month ("April 14", "Sunday, April 21")."""
    found = yearless_month_day(timex.type, timex.raw_value or timex.value)
    return None if found is None or found[1] is None else (found[0], found[1])


def _is_range(timex: Timex) -> bool:
    """"November 23-29", "7th April – 18th April": a break around a holiday ("Thanksgiving
    holiday", "Easter Holidays"), which need not even hold it (a school's Easter holidays), not
    the holiday's own day."""
    return bool(parse(timex.raw_value or timex.value).get("to")) or timex.end_interval is not None


_LINE_MARKS = re.compile(r"[\s|,.:;()\u2013\u2014*#-]*")
_STANDING_GAP = re.compile(r"[ \t]*(?:[.,;:!?()|\u2013\u2014-]|$)")


def _without_followers(words: list[str], lang: str) -> list[str]:
    """"LABOR DAY HOLIDAY" -> LABOR DAY: the words that may follow a holiday's name dropped."""
    followers = load_words(lang, "holiday_followers")
    while words and words[-1].lower() in followers:
        words = words[:-1]
    return words


def _without_links(words: list[str], lang: str) -> list[str]:
    """"Thanksgiving is" -> Thanksgiving: the words linking a name to the day after it
    (holiday_links.txt) dropped, when a word is left before them."""
    links = load_words(lang, "holiday_links")
    kept = words
    while kept and kept[-1].lower() in links:
        kept = kept[:-1]
    return kept if kept else words


def _name_at_end(words: list[str], lang: str) -> dict[str, str] | None:
    holidays = vocabulary(lang).holidays
    for n in range(min(MAX_NAME_WORDS, len(words)), 0, -1):
        key = norm(" ".join(words[-n:]))
        if dict.__contains__(holidays, key):
            return holidays[key]
    return None


def _name_at_start(words: list[str], lang: str) -> dict[str, str] | None:
    holidays = vocabulary(lang).holidays
    for n in range(min(MAX_NAME_WORDS, len(words)), 0, -1):
        key = norm(" ".join(words[:n]))
        if dict.__contains__(holidays, key):
            return holidays[key]
    return None


def _before_gap(text: str, start: int = 0, end: int | None = None) -> str:
    """The last NAME_REACH characters of ``text[start:end]`` before its trailing blanks and marks
    (_GAP_MARKS): all a name before a day is looked for in, read back from the day so that each
    day costs its gap and the reach, not its whole line."""
    end = back_over(text, start, len(text) if end is None else end, _GAP_MARKS, blanks=True)
    return text[max(start, end - NAME_REACH):end]


def _only_marks(text: str, start: int, end: int) -> bool:
    return _LINE_MARKS.match(text, start, end).end() == end


def _trailing_words(text: str) -> list[str]:
    """The words at the end of ``text`` that run on with spaces only ("PASSION/PALM SUNDAY": PALM, SUNDAY)."""
    match = _TRAILING.search(text[-NAME_REACH:])
    return match.group().split() if match else []


def _standing_name(line: str, lang: str) -> dict[str, str] | None:
    """The first holiday named on ``line`` as itself: its name followed by nothing, a mark or a
    word of ``holiday_followers.txt`` ("Labor Day holiday; ...", "... closed for Easter.")."""
    holidays = vocabulary(lang).holidays
    followers = load_words(lang, "holiday_followers")
    words = list(_WORD.finditer(line))
    for index in range(len(words)):
        for n in range(min(MAX_NAME_WORDS, len(words) - index), 0, -1):
            last = words[index + n - 1]
            if line[last.end():].startswith(("'", "\u2019")):
                continue
            key = norm(" ".join(w.group() for w in words[index:index + n]))
            if not dict.__contains__(holidays, key):
                continue
            end, following = last.end(), index + n
            while (following < len(words) and words[following].group().lower() in followers
                   and not line[end:words[following].start()].strip()):
                end, following = words[following].end(), following + 1
            if _STANDING_GAP.match(line, end):
                return holidays[key]
            break
    return None


def _line_below(text: str, timex: Timex, dated: frozenset[int], lines: LineIndex) -> str | None:
    """The next filled line when the day stands alone on its own ("Sunday, April 21", "| Sept 2 |"),
    and that line writes no day of its own (its start is not in ``dated``); else None."""
    start, end = lines.start(timex.start), lines.end(timex.end)
    if end == len(text) or not _only_marks(text, start, timex.start) or not _only_marks(text, timex.end, end):
        return None
    below_start = end + 1
    while below_start < len(text):
        below_end = text.find("\n", below_start)
        below_end = len(text) if below_end < 0 else below_end
        if text[below_start:below_end].strip():
            return None if below_start in dated else text[below_start:below_end]
        below_start = below_end + 1
    return None


def holiday_pairs(text: str, timexes: list[Timex], lang: str = "en") -> list[tuple[dict[str, str], int, int, Timex]]:
    """(holiday row, month, day, the day's timex) for each year-less day a movable holiday names."""
    out = []
    days = [(timex, written) for timex in timexes if (written := _written_day(timex)) is not None]
    if not days:
        return out
    lines = LineIndex(text)
    dated = frozenset(lines.start(t.start) for t, _ in days)
    for timex, written in days:
        if _is_range(timex):
            continue
        line_start, line_end = lines.start(timex.start), lines.end(timex.end)
        head = _before_gap(text, line_start, timex.start)
        if parse(timex.raw_value or timex.value).get("wd"):     # "Sunday, April 21": the name ends in the weekday
            weekday = _WEEKDAY_HEAD.match(timex.text)
            if weekday is not None:
                head = _before_gap(text[max(line_start, timex.start - NAME_REACH):timex.start] + timex.text[:weekday.end()])
        row = _name_at_end(_without_followers(_without_links(_trailing_words(head), lang), lang), lang)
        if row is None:
            after = _GAP_AFTER.match(text, timex.end, line_end).end()
            tail = text[after:min(line_end, after + 60)]
            row = _name_at_start([m.group() for m in _WORD.finditer(tail)], lang) if tail[:1].isalpha() else None
        if row is None:
            below = _line_below(text, timex, dated, lines)
            row = _standing_name(below, lang) if below is not None else None
        if row is None or row.get("kind") == "fixed" or row.get("through"):
            continue
        out.append((row, *written, timex))
    return out


def _written_weekday(timex: Timex) -> int | None:
    """The weekday written with the day (ISO number), if any: "Wednesday 27 March" is no Easter
    Sunday, whatever year puts Easter on 27 March."""
    weekday = parse(timex.raw_value or timex.value).get("wd")
    return int(weekday) if weekday else None


def holiday_years(text: str, timexes: list[Timex], today: date, first_year: int, last_year: int,
                  lang: str = "en") -> dict[int, list[tuple[date, Timex]]]:
    """Each year in ``first_year``..``last_year`` on whose days most of the holidays named beside
    their days fall (as many as in any year), whose first such day is not after ``today``, with
    those days in order; empty when no year keeps more than half of them."""
    pairs = holiday_pairs(text, timexes, lang)
    if not pairs:
        return {}
    votes: Counter[int] = Counter()
    fitting: dict[int, list[tuple[date, Timex]]] = {}
    weekdays = [_written_weekday(timex) for *_, timex in pairs]
    for year in range(first_year, last_year + 1):
        for (row, month, day, timex), weekday in zip(pairs, weekdays):
            try:
                written = date(year, month, day)
            except ValueError:
                continue
            if periods.named_day(year, row) == written and weekday in (None, written.isoweekday()):
                votes[year] += 1
                fitting.setdefault(year, []).append((written, timex))
    if not votes:
        return {}
    best = max(votes.values())
    if 2 * best <= len(pairs):
        return {}                   # the names and days disagree more than they agree
    return {y: sorted(fitting[y], key=lambda pair: pair[0]) for y, n in votes.items()
            if n == best and min(d for d, _ in fitting[y]) <= today}
