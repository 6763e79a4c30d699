"""The last framing step names an unclaimed day by the words before it on its line: whether any
name word stands there, the capitalised name before a copula ("The Harvest Supper is on ..."),
and the numbered item it is in. Each date split its line from the start up to itself, and tested
every word against every date of the line: a page written on one line (a timetable of clock slots
that lost its line breaks) holds every date on one line, and was cubic in its dates (a 20 KB page
of clock slots built in 143 s, 58x the time of 5 KB). Now the line is split once (line_names)."""

from __future__ import annotations

import random
from datetime import date

import pytest

import calfeed.events.unclaimed_dates as unclaimed
from calfeed.events.line_names import LineNames
from calfeed.events.vocabulary import word_list
from calfeed.events.words import Word, words_in
from calfeed.model import Timex
from calfeed.text import line_end
from calfeed.timex import tag
from test_timex_speed_guard import _assert_linear, _seconds, one_line

REFERENCE = date(2028, 5, 1)
SLOTS = "Sat {day} May 2028 at the Mill. Doors 9:00, stalls 9:30, soup 12:15, auction 14:00; "


def _name_every_date(size: int) -> float:
    text = one_line(SLOTS, size)
    found = sorted(tag(text, REFERENCE), key=lambda t: t.start)

    def name_all() -> None:
        page = unclaimed._PageLines(text, found, set(), {})
        for timex in found:
            begin = text.rfind("\n", 0, timex.start) + 1
            unclaimed._named(text, None, timex, begin, line_end(text, timex.start), page.on(begin), page,
                             lambda sentence: [])
    return _seconds(name_all)


def test_four_times_the_line_takes_about_four_times_as_long():
    _name_every_date(300)            # warm up: the word tables load once
    _assert_linear(_name_every_date(6_000) / max(_name_every_date(1_500), 1e-3))


def _copula_name_split(text: str, begin: int, start: int, on_line: list[Timex], most: int) -> list[Word] | None:
    """The name before a copula as it was read: the line split up to the date, each word tested
    against each date of the line."""
    words = [w for w in words_in(text, begin, start) if not any(t.start <= w.start < t.end for t in on_line)]
    k = len(words)
    stops = word_list("bare_label_stops") | word_list("named_day_copulas")
    while k > 0 and words[k - 1].lower in stops:
        k -= 1
    if k == len(words) or not any(w.lower in word_list("named_day_copulas") for w in words[k:]):
        return None
    first = k
    while first > 0 and words[first - 1].is_word and words[first - 1].is_capitalised and k - first < most:
        first -= 1
    if first == k or (first > 0 and words[first - 1].is_word and words[first - 1].is_capitalised):
        return None
    while first < k and words[first].lower in word_list("articles"):
        first += 1
    return words[first:k]


PIECES = ["The", "Harvest", "Supper", "Spring Fair", "is", "will", "be", "on", "falls", "the", "a", "and",
          "Monday", "3 May 2028", "May 4", "9:30", "spring", "(", ")", "[note]", "(free entry)", ".", ";",
          "Forum12 June 2028", "Quiz", "Night", "Q2", "2.", "1.", "at", "tickets", "Open", "Day", "x", "-", ":"]


@pytest.mark.parametrize("seed", range(40))
def test_the_line_split_once_reads_as_the_line_split_up_to_each_date(seed: int):
    rng = random.Random(seed)
    text = "Notes\n" + " ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 40))) + "\nEnd"
    begin, stop = 6, line_end(text, 6)
    on_line = [t for t in tag(text, REFERENCE) if begin <= t.start < stop]
    names = LineNames.of_line(text, begin, stop, [(t.start, t.end) for t in on_line],
                              unclaimed._named_spans(on_line))
    for start in range(begin, stop + 1):     # every offset, inside words too ("Forum12")
        assert names.name_before(start) == bool(unclaimed._name_words(text, begin, start, on_line)), start
        for most in (1, 5):
            assert names.copula_name(start, most) == _copula_name_split(text, begin, start, on_line, most), start


def test_a_name_before_its_copula_still_names_the_day():
    text = ("Parish notes for the season, with thanks to every helper who gave time this year\n"
            "As in other years in our village the Harvest Supper is on Saturday 7 October 2028 in the church hall\n")
    found = sorted(tag(text, REFERENCE), key=lambda t: t.start)
    page = unclaimed._PageLines(text, found, set(), {})
    day = next(t for t in found if t.text.startswith("Saturday"))
    begin = text.rfind("\n", 0, day.start) + 1
    named = unclaimed._named(text, None, day, begin, line_end(text, day.start), page.on(begin), page,
                             lambda sentence: [])
    assert named is not None and named[0] == "Harvest Supper"
