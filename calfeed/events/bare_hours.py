"""Hours of a weekly occasion written as bare numbers: "Every Friday our group meets from 10-2",
"Tuesdays 7-9 in the church hall", "each Saturday between 10 and 4".

The tagger reads no clock in "10-2" (nothing says it is a time: it could be a score or a count),
so the series is kept all-day. Beside a weekday series and led by "from"/"between" or written
right after the series' days, a pair of small numbers is the occasion's hours, and a reader
places them in the day as they would on a notice board: an hour from the usual morning start
(8) to 11 is in the morning, 12 is noon, and a smaller one (1-7) is in the afternoon or
evening; the end is the first such hour after the start. "from 10-2" is 10:00-14:00, "7-9"
19:00-21:00.

Vetoes: a count word after the pair ("ages 7-11", "10-12 people" : bare_hour_count_words), a
pair the tagger read as anything, a number glued to other digits or marks ("10-2-2024",
"£10-20"), and a series that is not on named weekdays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta

from calfeed.events.vocabulary import word_list
from calfeed.model import Interval, Timex

MORNING_FROM = 8       # the earliest hour a bare number is read as morning ("8-10" is 8:00-10:00)
LAST_HOUR = 12

_PAIR = re.compile(r"(?<![\w.:/£$€%+-])(\d{1,2})(?:[.:](\d{2}))?[ \t]*(-|–|—|[A-Za-z]+)[ \t]*"
                   r"(\d{1,2})(?:[.:](\d{2}))?(?!\w|[.:/-]\d|%)")
_WORD_AFTER = re.compile(r"[ \t]*([A-Za-z]+)")
_PLACE_DAY = datetime(2000, 1, 1)     # day-less clocks carry some day; the series gives the real one


def bare_hours(text: str, line: tuple[int, int], series: Timex, others: Iterable[Timex]) -> Timex | None:
    """A day-less clock range read from a bare hour pair on ``series``'s ``line``, or None.

    ``others`` are the expressions of the sentence: a pair overlapping one is the tagger's."""
    if not series.rrule or "BYDAY=" not in series.rrule:
        return None
    spans = [(t.start, t.end) for t in others if t is not series]
    for match in _PAIR.finditer(text, line[0], line[1]):
        if any(s < match.end() and match.start() < e for s, e in spans):
            continue
        link = match.group(3).lower()
        if link not in word_list("bare_hour_links") and not (link in word_list("bare_hour_pair_links")
                                                             and _led_by(text, line, match.start(), "bare_hour_pair_leads")):
            continue
        if not (_led(text, line, match.start()) or _right_after(text, series, match.start())):
            continue
        after = _WORD_AFTER.match(text, match.end(), line[1])
        if after is not None and after.group(1).lower() in word_list("bare_hour_count_words"):
            continue
        clock = _clock_range(match)
        if clock is not None:
            return _timex(text, match, *clock)
    return None


def _word_before(text: str, line: tuple[int, int], at: int) -> str:
    """The word right before ``at`` on the line (commas and spaces skipped), lower-case."""
    before = text[max(line[0], at - 24):at].rstrip(" \t,").split()
    return before[-1].lower() if before else ""


def _led(text: str, line: tuple[int, int], at: int) -> bool:
    return _word_before(text, line, at) in word_list("bare_hour_leads")


def _led_by(text: str, line: tuple[int, int], at: int, words: str) -> bool:
    """Whether the word right before ``at`` on its line is one of the list ``words``."""
    return _word_before(text, line, at) in word_list(words)


def _right_after(text: str, series: Timex, at: int) -> bool:
    """The pair follows the series' days with nothing but a comma or colon between ("Tuesdays 7-9")."""
    return series.end <= at and text[series.end:at].strip(" \t,:") == ""


def _clock_range(match: re.Match) -> tuple[tuple[int, int], tuple[int, int]] | None:
    first, last = int(match.group(1)), int(match.group(4))
    minutes = [int(m) if m else 0 for m in (match.group(2), match.group(5))]
    if not (1 <= first <= LAST_HOUR and 1 <= last <= LAST_HOUR) or max(minutes) > 59 or first == last:
        return None
    start = first if MORNING_FROM <= first <= LAST_HOUR else first + 12
    end = next(h for h in (last, last + 12, last + 24) if (h, minutes[1]) > (start, minutes[0]))
    if end - start > 10:
        return None          # "8-7" would be a day of eleven hours and more: not a reader's reading
    return (start, minutes[0]), (end % 24, minutes[1])


def _timex(text: str, match: re.Match, start: tuple[int, int], end: tuple[int, int]) -> Timex:
    begin = _PLACE_DAY.replace(hour=start[0], minute=start[1])
    finish = _PLACE_DAY.replace(hour=end[0], minute=end[1])
    if finish <= begin:
        finish += timedelta(days=1)
    value = f"XXXX-XX-XXT{start[0]:02d}:{start[1]:02d}"
    return Timex(match.start(), match.end(), text[match.start():match.end()], "TIME", value, value,
                 rule="bare_hours", interval=Interval(begin, begin + timedelta(minutes=1), "minute"),
                 end_interval=Interval(finish, finish + timedelta(minutes=1), "minute"))
