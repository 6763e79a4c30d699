"""Where a table's cells were glued into one run of digits or of words: the blank to put back.

Text copied from a schedule table, a PDF or an events widget often loses the blank between cells:
"TuesdayJanuary 156:30 p.m." is Tuesday | January 15 | 6:30 p.m., "Jan 152019" is Jan 15 | 2019,
"April 2021Information" is April 2021 | Information, "19:00Council" is 19:00 | Council. glued_cells
finds a word glued to a number; this module finds the other glue points:

- a run of digits before a clock's minutes, after a month (a day glued to the clock: "June 253:30pm")
  or after a month and day (a year glued to it: "March 9, 20266:30 p.m."). The split kept is the one
  that makes a valid day or year and a valid clock ("156:30 p.m." is 15 + 6:30, as 56:30 is no clock;
  "16:30 p.m." after a month is 1 + 6:30, as 16 p.m. is none). Where two splits are valid ("115:30"),
  the one whose clock is as wide as the clocks of the page's unambiguous glued runs is kept, as the
  rows of one list share their shape; without such rows nothing is split;
- a run of five or six digits after a month: a day glued to a year ("Jan 152019");
- a year written after a month (and day) glued to a capitalised word ("January 8, 2024Council"), and
  a clock glued to a capitalised word ("19:00Council");
- a month or weekday glued to a capitalised word: to another month or weekday ("TuesdayJanuary"), to
  any word where a day number stands before the month ("3 AprilThe Life of ..."), and any word glued
  to a month or weekday that a number follows ("MeetingTuesday, January 15").

Nothing is split without a month before it (a room "156:30", a score, a verse "John 3:16"), and a run
inside a longer code (a letter, dot, comma, colon or slash right before it) is left alone.
Every pattern is bounded or a single class run, so the scan is linear.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from calfeed.timex.char_kinds import CAPITAL, DIGIT, OTHER, SMALL, kinds, kinds_finder
from calfeed.timex.kinds_led import KindsLed, scan_pattern
from calfeed.timex.lexicon import (day_month_link, half_day_mark, half_day_mark_forms, half_day_mark_stems, load_list,
                                   ordinal_ending, ordinal_endings)
from calfeed.timex.vocabulary import norm, vocabulary

# A pattern that spells a language's words is a template (%(ordinal)s an ordinal ending, %(marks)s a
# half-day mark, %(stems)s one without its closing dot, %(of)s the link of "5th of March"), compiled
# for each language by _words.
# A run of digits right before a clock's minutes; the half-day mark after it, if any.
_CLOCK_RUN = (r"(?P<run>\d(?<![\d.,:/]\d)\d{1,5})(?P<sep>[:.])[0-5]\d(?!\d)"
              r"(?P<mark>[^\S\n]{0,2}%(stems)s(?![^\W\d_]))?")
# Five or six digits standing alone after a month: a day and a year (kinds_led: five digits).
_DAY_YEAR_RUN = KindsLed(re.compile(r"\d(?<![\d.,:/]\d)\d{4,5}(?![\d:]|[.,]\d|[^\W\d_])"), re.compile("9(?=9999)"))
# A year right before a capitalised word; a clock right before one.
_YEAR_WORD = re.compile(r"[12](?<![\w.,:/-][12])[09](?<=19|20)\d\d(?=[A-Z][a-z])")
_CLOCK_WORD = re.compile(r"\d(?<![\w.,:/-]\d)(?:(?<=[01])\d|(?<=2)[0-3])?:[0-5]\d(?=[A-Z][a-z])")
# A clock right before a small linking word ("13:00and"; %(links)s: glued_clock_links), and where the kinds
# show it can start: a digit or two, a colon, two digits, a small letter.
_CLOCK_LINK = r"\d(?<![\w.,:/-]\d)(?:(?<=[01])\d|(?<=2)[0-3])?:[0-5]\d(?=(?:%(links)s)(?![^\W\d_]))"
_CLOCK_LINK_LEAD = re.compile(r"9(?=9?:99a)")
# A year glued to the next cell's day (or days) before a month ("4 September 202321 December", "202323-27
# October"; the month may be glued to the next cell's word: "202416 SepMon"); two days that lost the dash between them before a month ("1620 October 2023" = 16-20 October).
_YEAR_DAY = (r"[12](?<![\d.,:/][12])[09](?<=19|20)\d\d(?=(?:[12]\d|3[01]|0?[1-9])%(ordinal)s?(?:[-\u2013]\d{1,2})?"
             r"[^\S\n]{1,3}(?P<month>[^\W\d_]{3,9}(?![^\W\d_])|[^\W\d_][^\W\d_A-Z]{2,8}(?=[A-Z])))")
_DAY_DAY = KindsLed(re.compile(r"(?P<first>[0-3](?<![\w.,:/-][0-3])(?:(?<=[12])\d|(?<=3)[01]|(?<=0)[1-9]))"
                               r"(?P<second>[12]\d|3[01])"
                               r"(?=[^\S\n]{1,3}(?P<month>[^\W\d_]{3,9})(?![^\W\d_]))"),
                    re.compile(r"9(?=999[^\S\n])"))     # (kinds_led: four digits, then a blank)
# A half-day mark after a blank glued to a capitalised word ("3:30 amHouston Astros"); a word, small or
# capitalised, glued to a day number that a month follows ("Autumn term4 September", "Forum23 January").
_MARK_WORD = r"\d[^\S\n]%(marks)s(?=[A-Z][a-z])"
_WORD_DAY = (r"[A-Za-z](?<![^\W\d_][A-Za-z])[a-z]{2,11}(?=(?:[12]\d|3[01]|0?[1-9])%(ordinal)s?[^\S\n]{1,3}"
             r"(?P<month>[^\W\d_]{3,9})(?![^\W\d_]))")
# A half-day mark glued to the next clock ("10:00 AM12:00 PM", "6:00pm8:00pm": a widget's start and end); a day
# after a month glued to a capitalised word ("March 3Time: 7pm"); a numeric date's year glued to a clock
# ("01/15/20196:30 PM").
_MARK_CLOCK = r"\d[^\S\n]?%(marks)s(?=\d{1,2}[:.]?\d\d)"
_DAY_WORD = r"\d(?<![\w.,:/-]\d)(?:(?<=[12])\d|(?<=3)[01]|(?<=0)[1-9]|(?<=[1-9]))%(ordinal)s?(?=[A-Z][a-z])"
_LABEL_AFTER = re.compile(r"[A-Z][a-z]{1,11}:")
_NUMERIC_YEAR_CLOCK = KindsLed(re.compile(r"\d(?<![\d/]\d)\d?/\d{1,2}/(?:19|20)\d\d(?=\d{1,2}:[0-5]\d(?!\d))"),
                               re.compile("9(?=9?/9)"))     # (kinds_led: a digit or two, a slash, a digit)
# Capitals glued: a weekday and a month in one run of capitals ("TUESDAYJANUARY").
_CAPITALS = KindsLed(re.compile(r"[A-Z](?<![^\W\d_][A-Z])[A-Z]{5,17}(?![^\W\d_])"), re.compile("A(?=AAAAA)"))
# A lower-case letter before a capital: where two words may have been glued.
_CAMEL = KindsLed(re.compile(r"[A-Z](?<=[a-z][A-Z])"), re.compile("A(?<=aA)"))

# What stands right before a run: a month ("January ", "Jan. ", "TuesdayJanuary "), or a written day
# ("March 9, ", "9 March ", "Jan 15 ") for a year.
_START = r"(?:(?<![^\W\d_])|(?<=[a-z])(?=[A-Z]))"      # a word's start: a boundary, or a capital after a small letter
_MONTH_END = re.compile(_START + r"(?P<word>[^\W\d_]{3,9})\.?[^\S\n]{0,3}$")
_DATE_END = (_START + r"(?:(?P<first>[^\W\d_]{3,9})\.?,?[^\S\n]{1,3}(?:[12]\d|3[01]|0?[1-9])%(ordinal)s?"
             r"|(?:[12]\d|3[01]|0?[1-9])%(ordinal)s?[^\S\n]{1,3}(?:%(of)s[^\S\n]{1,3})?"
             r"(?P<second>[^\W\d_]{3,9})\.?|(?P<alone>[^\W\d_]{3,9})\.?),?[^\S\n]{1,3}$")
_DAY_END = r"(?<![\w.,:/-])(?:[12]\d|3[01]|0?[1-9])%(ordinal)s?[^\S\n]{1,3}$"
_LEFT_WORD = re.compile(r"(?<![^\W\d_])[A-Z]?[a-z]{2,11}$")
_RIGHT_WORD = re.compile(r"[A-Z][a-z]{2,11}(?![a-z])")
# What may stand before two glued days: a line start or a cell's edge, blanks after it ("| 1620 October",
# "Training days: 6 January, 1417 March"); a day number after the month ("0915 December 12": a clock).
_CELL_START = re.compile(r"(?:^|[\n|,;:\t\u2022\u2013\u2014(-])[^\S\n]*$")
_MONTH_DAY = re.compile(r"[^\S\n]{1,3}\d{1,2}(?!\d)")
_DAY_AFTER = re.compile(r"\.?,?[^\S\n]{0,2}(?:\d|(?P<word>[A-Z][a-z]{2,8})\.?[^\S\n]{1,2}\d)")

# Where the kinds (kinds_led) show that _CLOCK_RUN or _MARK_WORD can start: two to six digits, then a
# clock's separator and a digit; a digit, a blank, a half-day mark's kinds and a capitalised word's.
_CLOCK_RUN_LEAD = re.compile(r"9(?=9{1,5}[:.]9)")


def _mark_word_lead(lang: str) -> re.Pattern[str]:
    return re.compile(rf"9(?=[^\S\n]{_mark_kinds(lang)}{CAPITAL}{SMALL})")


def _mark_clock_lead(lang: str) -> re.Pattern[str]:
    """Where the kinds show that _MARK_CLOCK can start: a digit, a blank or none, a half-day mark's kinds, a digit."""
    return re.compile(rf"9(?=[^\S\n]?{_mark_kinds(lang)}{DIGIT})")


def _mark_kinds(lang: str) -> str:
    """The kinds of every form of the half-day marks (half_day_mark_forms), as a group."""
    forms = sorted({kinds(mark) for mark in half_day_mark_forms(lang)})
    return "(?:" + "|".join(re.escape(form) for form in forms) + ")"


# A digit right after two small letters ("Forum23"): _WORD_DAY's matches start where the run of letters
# before such a digit starts (_word_day_starts).
_SMALL_THEN_DIGIT = re.compile(rf"{DIGIT}(?<={SMALL}{SMALL}{DIGIT})")
_LETTER_KINDS = SMALL + CAPITAL + OTHER


REACH = 24      # characters read before a run for its month or date
MIN_GLUED_ROWS = 2   # lines with a word glued to their day that show a flattened table's label column


@dataclass(frozen=True)
class _Words:
    """A language's month and weekday words, cell labels, and the patterns that spell its ordinal
    endings, half-day marks and day-month link (lexicon: ordinal_endings, half_day_marks,
    day_month_links)."""
    months: frozenset[str]
    dates: frozenset[str]
    month_of: dict[str, str]          # month word -> its number ("sep" and "september": "9")
    labels: frozenset[str]
    clock_run: KindsLed
    year_day: KindsLed
    mark_word: KindsLed
    word_day: re.Pattern[str]
    mark_clock: KindsLed
    day_word: re.Pattern[str]
    date_end: re.Pattern[str]
    day_end: re.Pattern[str]
    digit_capital: re.Pattern[str]
    clock_link: KindsLed
    # in a text's kinds (char_kinds.kinds_finder): a digit (and an ordinal's ending), then a capital
    digit_then_capital: re.Pattern[str]


@lru_cache(maxsize=None)
def _words(lang: str) -> _Words:
    vocab = vocabulary(lang)
    spelt = {"ordinal": ordinal_ending(lang), "marks": half_day_mark(lang), "stems": half_day_mark_stems(lang),
             "of": day_month_link(lang)}
    return _Words(
        months=frozenset(vocab.months), dates=frozenset(vocab.months) | frozenset(vocab.weekdays),
        month_of={word: row["month"] for word, row in vocab.months.items()},
        labels=frozenset(load_list(lang, "glued_day_labels")),
        clock_run=KindsLed(re.compile(_CLOCK_RUN % spelt, re.IGNORECASE), _CLOCK_RUN_LEAD),
        year_day=KindsLed(re.compile(_YEAR_DAY % spelt), re.compile("9(?=999)")),   # (four digits)
        mark_word=KindsLed(re.compile(_MARK_WORD % spelt), _mark_word_lead(lang)), word_day=re.compile(_WORD_DAY % spelt),
        mark_clock=KindsLed(re.compile(_MARK_CLOCK % spelt), _mark_clock_lead(lang)),
        day_word=re.compile(_DAY_WORD % spelt),
        date_end=re.compile(_DATE_END % spelt), day_end=re.compile(_DAY_END % spelt),
        digit_capital=re.compile(_DIGIT_CAPITAL % spelt),
        clock_link=KindsLed(re.compile(_CLOCK_LINK % {"links": "|".join(
            re.escape(w) for w in sorted(load_list(lang, "glued_clock_links"), key=len, reverse=True))}),
            _CLOCK_LINK_LEAD),
        digit_then_capital=kinds_finder(*sorted({DIGIT + kinds(ending) + CAPITAL
                                                 for ending in ("", *ordinal_endings(lang))})))


def _month_before(text: str, at: int, words: _Words) -> bool:
    """Whether a month word ends right before ``at`` (blanks and a dot between allowed) with no day
    of its own before it: after "1 July" the digits are a year ("1 July 202026 weeks"), not a day."""
    found = _MONTH_END.search(text, max(0, at - 14), at)
    return found is not None and norm(found.group("word")) in words.months \
        and words.day_end.search(text, max(0, found.start() - 8), found.start()) is None


def _date_before(text: str, at: int, words: _Words) -> bool:
    """Whether a month, or a month and its day, ends right before ``at``: where a year may follow."""
    found = words.date_end.search(text, max(0, at - REACH), at)
    if found is None:
        return False
    word = found.group("first") or found.group("second") or found.group("alone")
    return norm(word) in words.months


def _hour(digits: str, marked: bool) -> bool:
    """Whether ``digits`` can be a clock's hour (1-12 with a half-day mark, 0-23 without)."""
    value = int(digits)
    if marked:
        return 1 <= value <= 12
    return 1 <= value <= 23 if len(digits) == 1 else value <= 23


def _clock_options(text: str, match: re.Match[str], words: _Words) -> list[int]:
    """The hour widths a run before a clock's minutes can be read with: 0 for the run itself as the
    hour, 1 or 2 for a day or year glued before an hour of that many digits."""
    run, marked = match.group("run"), match.group("mark") is not None
    if match.group("sep") == "." and not marked:
        return []
    start = match.start("run")
    month = _month_before(text, start, words)
    date = len(run) >= 5 and _date_before(text, start, words)
    if not (month or date):
        return []
    options = [0] if len(run) == 2 and _hour(run, marked) else []
    for width in (1, 2):
        head, hour = run[:-width], run[-width:]
        if not head or not _hour(hour, marked) or width == 2 and hour[0] == "0" and marked:
            continue
        if month and len(head) <= 2 and head[0] != "0" and 1 <= int(head) <= 31:
            options.append(width)
        elif date and len(head) == 4 and 1900 <= int(head) <= 2099:
            options.append(width)
    return options


def _clock_points(text: str, words: _Words, written: str) -> list[int]:
    """Where a day or year glued before a clock ends: unambiguous runs first, then each ambiguous one
    read with the hour width most of the unambiguous ones have (none without two digits and a
    separator before a digit: ``written``, the text's kinds)."""
    if _CLOCK_KINDS.search(written) is None:
        return []
    ambiguous: list[tuple[re.Match[str], list[int]]] = []
    points: list[int] = []
    widths: Counter[int] = Counter()
    for match in words.clock_run.matches(text, written):
        options = _clock_options(text, match, words)
        if len(options) == 1:
            if options[0]:
                points.append(match.end("run") - options[0])
                widths[options[0]] += 1
        elif options:
            ambiguous.append((match, options))
    if ambiguous and widths:
        (width, count), *rest = widths.most_common(2)
        if not rest or rest[0][1] < count:
            for match, options in ambiguous:
                fitting = [o for o in options if (o or 2) == width]
                if len(fitting) == 1 and fitting[0]:
                    points.append(match.end("run") - fitting[0])
    return points


# What a glue point of each kind needs side by side, as the text's kinds (char_kinds): five digits in a
# row (a day or year glued to a year or a clock), a digit or an ordinal's ending glued to a capital, a small
# letter glued to a digit, a small letter before a capital, six capitals in a row, four digits in a row
# (two glued days), two digits and a clock's separator before a digit, a half-day mark glued to a
# capitalised word or a digit (_Words). A pattern whose kinds the text lacks can find nothing, so it is
# not scanned: each test is a substring search, or a kinds_finder's search where the kinds hold a small
# letter (a substring search steps through runs of them one character at a time), where the scans over
# every document were a tenth of the tagger's time (most documents have none of these).
_FIVE_DIGITS = DIGIT * 5
_DIGIT_CAPITAL = r"\d%(ordinal)s?[A-Z]"
_CLOCK_KINDS = kinds_finder(DIGIT * 2 + ":" + DIGIT, DIGIT * 2 + "." + DIGIT)
_SMALL_CAPITAL = kinds_finder(SMALL + CAPITAL)
_SIX_CAPITALS = CAPITAL * 6
_FOUR_DIGITS = DIGIT * 4


def _run_points(text: str, words: _Words, capital: bool, written: str) -> list[int]:
    """Days glued to years after a month, years and clocks glued to a capitalised word (``capital``:
    the text has a digit glued to a capital, which the last two need; ``written``: the text's kinds)."""
    points = []
    five = _FIVE_DIGITS in written
    for match in _DAY_YEAR_RUN.matches(text, written) if five else ():
        run = match.group()
        head, year = run[:-4], run[-4:]
        if head[0] != "0" and 1 <= int(head) <= 31 and 1900 <= int(year) <= 2099 \
                and _month_before(text, match.start(), words):
            points.append(match.end() - 4)
    for match in _YEAR_WORD.finditer(text) if capital else ():
        if _date_before(text, match.start(), words):
            points.append(match.end())
    if capital:
        points.extend(match.end() for match in _CLOCK_WORD.finditer(text))
    points.extend(match.end() for match in words.clock_link.matches(text, written))    # "13:00and"
    points.extend(match.end() for match in words.mark_word.matches(text, written))
    points.extend(match.end() for match in words.mark_clock.matches(text, written))
    if five:
        points.extend(match.end() for match in _NUMERIC_YEAR_CLOCK.matches(text, written))
        points.extend(match.end() for match in words.year_day.matches(text, written)
                      if norm(match.group("month")) in words.months
                      and (_date_before(text, match.start(), words)
                           or _CELL_START.search(text, max(0, match.start() - 12), match.start()) is not None))
        # ("202416 Sep" opening a row of a flattened holiday table: its year cell glued to its day cell)
    return points


def _day_words(text: str, words: _Words, glued_elsewhere: bool, capital: bool) -> list[int]:
    """Where a day after a month is glued to a capitalised word ("March 3Time: 7pm"): split when the word
    is a field label (a colon follows it) or the page shows glued cells elsewhere; in prose a number
    glued to a capitalised word is a name ("In May 2Day FM reported", "August 4Kids club")."""
    if not capital:
        return []
    return [match.end() for match in words.day_word.finditer(text) if _month_before(text, match.start(), words)
            and (glued_elsewhere or _LABEL_AFTER.match(text, match.end()) is not None)]


def _word_days(text: str, words: _Words, glued_elsewhere: bool, written: str) -> list[int]:
    """Where a word is glued to a day number that a month follows ("term4 September", "Forum23 January
    2024"): split when the word is a cell label (glued_day_labels), the page shows glued cells elsewhere,
    or such a glue opens rows on two lines at least (a flattened table's label column: "Board
    Meeting30 January 2024" / "Public Forum20 February 2024"); in prose a word glued to digits is one
    token ("covid19 October", "mp3", "phase2")."""
    found = [match for match in scan_pattern(words.word_day, text, _word_day_starts(written))
             if norm(match.group("month")) in words.months]
    lines: set[int] = set()
    line, last = 0, 0
    for match in found:
        line += text.count("\n", last, match.start())
        last = match.start()
        lines.add(line)
    rows = len(lines) >= MIN_GLUED_ROWS
    return [match.end() for match in found if glued_elsewhere or rows or match.group().lower() in words.labels]


def _word_day_starts(written: str) -> Iterator[int]:
    """Where _WORD_DAY can start, rising (``written``: the text's kinds): at the start of the run of letters
    before a digit that two small letters touch, the run at most twelve letters long (an ASCII letter with
    no letter before it, then two to eleven small ones). The pattern, which opens with a set of letters, was
    tried by the engine at every letter of a page where any small letter touched a digit ("mp3")."""
    for digit in _SMALL_THEN_DIGIT.finditer(written):
        at = digit.start()
        start = at - 2
        while start > 0 and written[start - 1] in _LETTER_KINDS and at - start <= 12:
            start -= 1
        if at - start <= 12:
            yield start


def _day_pairs(text: str, words: _Words, written: str) -> list[int]:
    """Where the dash between two glued days before a month goes ("1620 October": 16-20), the second
    day after the first and the run no year (a "1920 October" stays a year). The run must open a line
    or a cell, and the month must have no day of its own: in prose four digits before a month are a
    clock, a count or a number ("The 1130 October 5 flight", "Invoice 2531 October 2024")."""
    points: list[int] = []
    if _FOUR_DIGITS not in written:
        return points
    for match in _DAY_DAY.matches(text, written):
        if int(match.group("first")) < int(match.group("second")) \
                and not 1900 <= int(match.group()) <= 2099 and norm(match.group("month")) in words.months \
                and _CELL_START.search(text, max(0, match.start() - 12), match.start()) is not None \
                and _MONTH_DAY.match(text, match.end("month")) is None:
            points.append(match.end("first"))
    return points


def _word_points(text: str, words: _Words, written: str) -> list[int]:
    """Where a capitalised word is glued to a month or weekday before or after it."""
    points: list[int] = []
    if _SMALL_CAPITAL.search(written) is None:      # (_CAMEL: a small letter before a capital)
        return points
    for match in _CAMEL.matches(text, written):
        at = match.start()
        left = _LEFT_WORD.search(text, max(0, at - 12), at)
        right = _RIGHT_WORD.match(text, at)
        if left is None and right is not None and points:
            glued = _RIGHT_WORD.match(text, points[-1])      # "SepMonProphet": a date word glued on both sides
            if glued is not None and glued.end() == at and norm(glued.group()) in words.dates:
                points.append(at)
            continue
        if left is None or right is None:
            continue
        before, after = norm(left.group()), norm(right.group())
        if before in words.months and after in words.months and words.month_of[before] == words.month_of[after]:
            continue          # "SepSeptember 1": a widget's month label beside the date, no cell of its own
        if before in words.dates and after in words.dates \
                or before in words.months and words.day_end.search(text, max(0, left.start() - 8), left.start()) \
                or after in words.dates and _day_after(text, right.end(), words):
            points.append(at)
    return points


def _capital_points(text: str, words: _Words, written: str) -> list[int]:
    """Where a run of capitals splits into two month or weekday words ("TUESDAYJANUARY" -> TUESDAY|JANUARY)."""
    points: list[int] = []
    if _SIX_CAPITALS not in written:
        return points
    for match in _CAPITALS.matches(text, written):
        run = match.group().lower()
        for cut in range(3, len(run) - 2):
            if run[:cut] in words.dates and run[cut:] in words.dates:
                points.append(match.start() + cut)
                break
    return points


def _day_after(text: str, at: int, words: _Words) -> bool:
    """Whether a day number follows ``at``, alone or after a month or weekday ("15", ", January 15")."""
    found = _DAY_AFTER.match(text, at)
    return found is not None and (found.group("word") is None or norm(found.group("word")) in words.dates)


def run_points(text: str, lang: str = "en", glued_elsewhere: bool = False,
               written: str | None = None) -> list[tuple[int, str]]:
    """Positions of ``text`` where two glued cells lost what stood between them, each with what goes
    back: a blank, or a dash between two days (see the module's doc). ``glued_elsewhere``: the caller
    found other glue points on the page (evidence for the word-and-day split); ``written``: the text's
    kinds (char_kinds), if the caller has them."""
    words = _words(lang)
    if written is None:
        written = kinds(text)
    # once a text, two readers need it: a digit (then an ordinal's ending) glued to a capital
    capital = words.digit_then_capital.search(written) is not None \
        and words.digit_capital.search(text) is not None
    blanks = _clock_points(text, words, written) + _run_points(text, words, capital, written) \
        + _word_points(text, words, written) + _capital_points(text, words, written)
    pairs = _day_pairs(text, words, written)
    elsewhere = glued_elsewhere or bool(blanks) or bool(pairs)
    blanks += _day_words(text, words, elsewhere, capital) + _word_days(text, words, elsewhere, written)
    found = {point: " " for point in blanks}
    for point in pairs:
        found.setdefault(point, "-")
    return sorted(found.items())
