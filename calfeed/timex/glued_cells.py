"""Table cells that lost the blank between them: where a date word is glued to a number.

A schedule table copied as text often runs its cells together: "8th Jul29th July",
"January 5January 19", "Friday 17th7-9", "Monday13th". Where a month is glued to a day
number after it while a day stands before that month ("8th Jul|29th"), or a number is
glued to a capitalised month while a month stands before that number ("January 5|January"),
the two sides are two cells: a mark goes there (an invisible separator: no blank, so no rule
and no look at a neighbouring day reads across it, and no match may hold one). Any other
glue point (a weekday or month glued to its day, a day's ordinal glued to a clock) is a
blank the copy lost: a blank goes there, as at the points glued_runs finds (a day or year glued to
a clock or a year, "TuesdayJanuary", "2024Council"). Rules run on that copy; kept spans are mapped back.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from calfeed.timex.char_kinds import kinds, letter_touches_digit
from calfeed.timex.glued_runs import run_points
from calfeed.timex.kinds_led import KindsLed
from calfeed.timex.lexicon import day_month_link, half_day_mark, ordinal_ending
from calfeed.timex.vocabulary import norm, vocabulary

# A word glued to a day number after it ("Jul29th", "Monday13th"), a number or ordinal glued to a
# capitalised word after it ("5January", "30April"), a clock's half-day mark glued to the title after it
# ("5:30pmRegular Council": a lost blank), a day's ordinal glued to a number ("17th7-9"), and a word
# glued to the clock (or the clocks of a span) a half-day mark closes ("Scottish dancing7.30-9.30pm",
# "Pilates10-11am": a row's name and its hours; a lost blank). Each part is bounded, so the scan is linear.
# The ordinal endings and half-day marks are the language's (%(ordinal)s, %(marks)s: lexicon), put in by _glue.
_GLUE = (
    r"(?<![^\W\d_])(?P<word>[^\W\d_]{3,9})(?=\d{1,2}%(ordinal)s?(?!\d))"
    r"|(?<=\d)%(marks)s(?=[A-Z][a-z])"
    r"|(?<=\d)(?P<suffix>%(ordinal)s)?(?=(?P<next>[A-Z][^\W\d_]{2,8})(?![^\W\d_]))"
    r"|(?<=\d)%(ordinal)s(?=\d)"
    r"|(?<=[^\W\d_])(?=\d{1,2}(?:[.:][0-5]\d)?(?:[^\S\n]?[-\u2013][^\S\n]?\d{1,2}(?:[.:][0-5]\d)?)?"
    r"[^\S\n]?%(marks)s(?![^\W\d_]))")


SEPARATOR = "\u2063"     # INVISIBLE SEPARATOR: neither a word character nor white space


@lru_cache(maxsize=None)
def _date_words(lang: str) -> frozenset[str]:
    vocab = vocabulary(lang)
    return frozenset(vocab.months) | frozenset(vocab.weekdays)


@lru_cache(maxsize=None)
def _month_words(lang: str) -> frozenset[str]:
    return frozenset(vocabulary(lang).months)


@lru_cache(maxsize=None)
def _glue(lang: str) -> re.Pattern[str]:
    return re.compile(_GLUE % {"ordinal": ordinal_ending(lang), "marks": half_day_mark(lang)})


@lru_cache(maxsize=None)
def day_before(lang: str = "en") -> re.Pattern[str]:
    """A day number ending right before a month word ("29th " of "29th July", "5th of "): that month's own day."""
    return re.compile(r"(?<![\w.,:/-])(?:[12]\d|3[01]|0?[1-9])%s?[^\S\n]{1,3}(?:%s[^\S\n]{1,3})?$"
                      % (ordinal_ending(lang), day_month_link(lang)), re.IGNORECASE)


@lru_cache(maxsize=None)
def _month_before(lang: str) -> re.Pattern[str]:
    """A month word and a day number ending right before a glue point ("January 5"); a capitalised month
    may itself be glued to the small letter of the cell before it ("PostersAugust 4", "grantsMay 5"): a
    word is capitals only or one capital at most, so the glued run is not read as one word."""
    return re.compile(r"(?:(?<![^\W\d_])|(?<=[a-z])(?=[A-Z]))(?P<word>[A-Z]{3,9}(?![^\W\d_])|[^\W\d_][^\W\d_A-Z]{2,8})"
                      r"\.?[^\S\n]{1,3}\d{1,2}%s?$" % ordinal_ending(lang))


def glue_points(text: str, lang: str = "en") -> list[tuple[int, str]]:
    """Positions of the original text where two pieces meet with no blank between them, each
    with what goes there: the SEPARATOR at a cell boundary, a blank where a blank was lost, a
    dash between two days that lost theirs (glued_runs)."""
    points: list[tuple[int, bool]] = []
    dates, months = _date_words(lang), _month_words(lang)
    written = kinds(text)
    for match in _glue_matches(text, lang, written) if letter_touches_digit(written) else ():
        word, following = match.group("word"), match.group("next")
        if word is not None:
            key = norm(word)
            if key not in dates:
                continue
            cell = key in months and day_before(lang).search(text, max(0, match.start() - 8), match.start()) is not None
        elif following is not None:
            if norm(following) not in months:
                continue
            before = _month_before(lang).search(text, max(0, match.start() - 20), match.start("suffix")
                                          if match.group("suffix") else match.start())
            cell = before is not None and norm(before.group("word")) in months
        else:
            cell = False
        points.append((match.end(), cell))
    found = [(point, SEPARATOR if cell else " ") for point, cell in points]
    runs = run_points(text, lang, glued_elsewhere=bool(points), written=written)
    if runs:
        taken = {point for point, _ in points}
        found = sorted(found + [(point, filler) for point, filler in runs if point not in taken])
    return found


# Every glue point is next to a digit that touches a letter; _GLUE tried at every position of a page
# cost a tenth of a first pass, so it runs only in a window around each such digit (its parts start at
# most WORD_REACH characters before the digit or right after it, and read at most NEXT_REACH after it,
# lookarounds included). The digits are found in the text's kinds (kinds_led), where a digit touching a
# letter is a "9" beside an "a", "A" or "x"; it is not run at all on a text where no digit touches a letter
# (char_kinds).
_TOUCH = KindsLed(re.compile(r"\d(?:(?<=[^\W\d_]\d)|(?=[^\W\d_]))"), re.compile("9(?:(?<=[aAx]9)|(?=[aAx]))"))
WORD_REACH = 10
NEXT_REACH = 20      # "7.30 - 9.30 p.m." after the glued word


def _glue_matches(text: str, lang: str = "en", written: str | None = None) -> list[re.Match[str]]:
    """_GLUE's matches over ``text``, found only near digits touching letters (``written``: the
    text's kinds, if the caller has them)."""
    found: dict[int, re.Match[str]] = {}
    glue = _glue(lang)
    for touch in _TOUCH.matches(text, kinds(text) if written is None else written):
        digit = touch.start()
        for match in glue.finditer(text, max(0, digit - WORD_REACH), min(len(text), digit + 1 + NEXT_REACH)):
            if match.start() <= digit + 1:      # this digit's own: its lookaheads end inside the window
                found.setdefault(match.start(), match)
    return [found[k] for k in sorted(found)]


def unglued(text: str, lang: str = "en") -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """The text with a mark or blank at each glue point; the positions of everything put in, and
    of the marks alone, in the new text (none: the text itself)."""
    points = glue_points(text, lang)
    if not points:
        return text, (), ()
    pieces, last = [], 0
    put, marks = [], []
    for k, (point, filler) in enumerate(points):
        pieces.append(text[last:point])
        pieces.append(filler)
        put.append(point + k)
        if filler == SEPARATOR:
            marks.append(point + k)
        last = point
    pieces.append(text[last:])
    return "".join(pieces), tuple(put), tuple(marks)


def crosses(marks: tuple[int, ...], start: int, end: int) -> bool:
    """Whether the span [start, end) of the marked text holds one of the marks."""
    at = bisect.bisect_left(marks, start)
    return at < len(marks) and marks[at] < end


def original(put: tuple[int, ...], position: int) -> int:
    """A position of the marked text in the original text (``put``: what was put in, see unglued)."""
    return position - bisect.bisect_left(put, position)
