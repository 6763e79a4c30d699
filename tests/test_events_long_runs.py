"""A clause holding many dates (a scrape that lost its line breaks and full stops) is read
near each date, so framing does not grow with the square or cube of the run's length."""

from __future__ import annotations

import random

from calfeed.events.vocabulary import find_phrase
from calfeed.events.words import MAX_CLAUSE, clause_of, free_words, words_in


def test_a_long_clause_is_cut_around_its_date():
    text = "The board meets " + "on 3 May at 12:00 and " * 300 + "then rests."
    offset = text.index("3 May", len(text) // 2)
    start, end = clause_of(text, (0, len(text)), offset)
    assert start <= offset < end
    assert end - start <= MAX_CLAUSE
    assert text[start - 1] == " " and text[end] == " "       # cut between words


def test_a_clause_of_prose_is_kept_whole():
    text = "The forum, which the council holds every spring, will meet on 3 May 2027 in the hall."
    assert clause_of(text, (0, len(text)), text.index("3 May")) == (0, len(text))


def test_free_words_agrees_with_checking_every_span():
    pick = random.Random(5)
    text = " ".join(pick.choice(["on", "3", "May", "at", "12:00", "the", "forum"]) for _ in range(400))
    words = words_in(text, 0, len(text))
    for _ in range(50):
        spans = []
        for _ in range(pick.randrange(0, 12)):
            a = pick.randrange(0, len(text))
            spans.append((a, a + pick.randrange(1, 40)))
        expected = [not any(s < w.end and w.start < e for s, e in spans) for w in words]
        assert free_words(words, spans) == expected


def test_find_phrase_finds_the_first_listed_phrase_at_the_first_place():
    lowered = "the plan will take effect and then take place".split()
    phrases = (("take", "place"), ("take", "effect"), ("plan",))
    assert find_phrase(lowered, phrases) == 1
    assert find_phrase(lowered[2:], phrases) == 1          # "take effect" before "take place"
    assert find_phrase(["nothing", "here"], phrases) is None
