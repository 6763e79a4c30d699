"""A line that ends with a colon may be a lead-in over dated rows, and a day on it after a bound
word ("until", "prior to") only says when the rows stop. Whether a day follows a bound word was
read by splitting its line from the line's start into words, for each day of the line: a page of
"Label: value" fields written on one line ends with a colon and holds every day (bounds_rows over
every day of such a line, 6 KB -> 24 KB: 0.10 s -> 2.1 s, 21x; half of an 80 KB page's build,
py-spy). Now only the few words a bound word can take are read back from the day
(words.last_words): 0.003 s -> 0.012 s."""

from __future__ import annotations

import random
from datetime import date

import pytest

from calfeed.events.row_lead_ins import bounds_rows
from calfeed.events.words import last_words, words_in
from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from calfeed.timex import tag
from test_timex_speed_guard import _assert_linear, _seconds, one_line

REFERENCE = date(2028, 5, 1)
FIELDS = "Item: Glass painting class Day: {day} May 2028 Room: Studio 2 Tutor: "


def _read_every_day(size: int) -> float:
    text = one_line(FIELDS, size) + "Times:"
    found = [t for t in tag(text, REFERENCE) if t.type == "DATE"]
    return _seconds(lambda: [bounds_rows(text, t, lambda begin: False) for t in found])


def test_four_times_the_line_takes_about_four_times_as_long():
    _read_every_day(500)            # warm up: the word tables load once
    _assert_linear(_read_every_day(24_000) / max(_read_every_day(6_000), 1e-3))


@pytest.mark.parametrize("seed", range(40))
def test_the_last_words_read_back_are_the_last_words_of_the_whole_split(seed: int):
    rng = random.Random(seed)
    pieces = ["pottery", "x" * 70, " ", "  ", "\t", "\n", ":", "-", "’", "&", "12", "May", "\u00a0", "*"]
    text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 300)))
    for _ in range(20):
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        for count in (0, 1, 2, 3, 7):
            expected = words_in(text, start, end)[-count:] if count else []
            assert last_words(text, start, end, count) == expected


def test_a_two_word_bound_before_a_lead_in_day_still_makes_it_no_entry():
    text = ("Prior to 20th June 2028 we are adding some extra rehearsals:\n"
            "Thu 8th June 2028 19.30 to 21.00\n"
            "Mon 12th June 2028 19.30 to 21.00\n")
    result = process_document(Document(path="p.txt", text=text, published=REFERENCE), Options(today=REFERENCE))
    assert sorted(str(e.start) for e in result.events) == ["2028-06-08 19:30:00", "2028-06-12 19:30:00"]
