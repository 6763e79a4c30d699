"""The affiliation reader stays linear on a page written on one line. It asked, for each place,
whether the place follows a person's post set off by commas ("Dr X, Professor of Y, The
University of Z at <town>") or stands on a line labelled with a person's part ("Moderator:"),
and split the line from its start up to the place to answer: on one line of 80 KB that was
every place times the page (a whole build of flattened prose 20 -> 80 KB took 14.3x the time).
Now it reads back from the place part by part and reads a person line's label once; the
answers are those of the whole-line reading (kept below as the reference)."""

from __future__ import annotations

import random

import pytest

from calfeed.events.affiliations import (
    APPOSITION_OPENERS, MAX_LABEL_WORDS, MAX_PART_WORDS, PERSON_LABEL_LISTS, in_affiliation)
from calfeed.events.places import Place
from calfeed.events.vocabulary import merged_lists, word_list
from calfeed.events.words import Word, words_in
from calfeed.text import line_bounds
from test_timex_speed_guard import _assert_linear, _seconds, one_line

TALKS = ("Panel chair: Dr Lina Okafor{day}, Reader in Soil Science, Hollin Institute of Farming at Marrow, "
         "opens the day on {day} April 2029 in Pellham. ")


def _places(text: str, names: tuple[str, ...] = ("Marrow", "Pellham")) -> list[Place]:
    found = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            found.append(Place(name, None, at, at + len(name)))
            at = text.find(name, at + 1)
    return found


def _read_every_place(size: int, template: str = TALKS) -> float:
    text = one_line(template, size)
    places = _places(text)
    assert len(places) * len(template) >= size
    return _seconds(lambda: [in_affiliation(p, text) for p in places])


@pytest.mark.parametrize("template", [
    TALKS,
    "Discussant: Ms Ruth Abara{day}, a reporter, Tidewater Gazette at Marrow, joins the round table in Pellham. ",
])
def test_four_times_the_line_takes_about_four_times_as_long(template: str):
    _read_every_place(1_000, template)        # warm up: the word tables load once
    _assert_linear(_read_every_place(24_000, template) / max(_read_every_place(6_000, template), 1e-3))


def _whole_line(place: Place, text: str) -> bool:
    """The reading this module replaced: the whole line split up to the place, each time."""
    start, _ = line_bounds(text, place.start)
    words = words_in(text, start, place.start)
    return _apposed_whole(words) or _person_line_whole(words)


def _apposed_whole(words: list[Word]) -> bool:
    k = len(words) - 1
    if k >= 0 and words[k].lower in word_list("articles"):
        k -= 1
    if k < 1 or words[k].lower not in word_list("place_prepositions"):
        return False
    parts: list[list[Word]] = [[]]
    for word in words[:k]:
        if word.text == ",":
            parts.append([])
        else:
            parts[-1].append(word)
    fillers = word_list("name_particles") | word_list("articles")

    def names(part: list[Word]) -> bool:
        return 0 < len(part) <= MAX_PART_WORDS and all(
            w.is_word and (w.is_capitalised or w.lower in fillers) for w in part)

    def post(part: list[Word]) -> bool:
        return (0 < len(part) <= MAX_PART_WORDS and all(w.is_word for w in part)
                and not any(w.lower in word_list("place_prepositions") for w in part)
                and any(w.lower in word_list("post_nouns") for w in part))

    if len(parts) < 3 or not names(parts[-1]):
        return False
    for number in range(len(parts) - 2, 0, -1):
        if post(parts[number]):
            return True
        if not names(parts[number]):
            return False
    return False


def _person_line_whole(words: list[Word]) -> bool:
    colon = next((k for k, w in enumerate(words[:MAX_LABEL_WORDS + 1]) if w.text == ":"), None)
    if colon is None or colon == 0 or words[colon - 1].lower not in merged_lists(PERSON_LABEL_LISTS):
        return False
    if not any(w.text in APPOSITION_OPENERS for w in words[colon + 1:]):
        return False
    return not any(w.lower in merged_lists(("verb_auxiliaries", "past_relative_marks")) for w in words[colon + 1:])


PIECES = ("Moderator", "Guest speaker", "Keynote", "Dr", "Amal", "Osei", "Professor", "of", "Botany", "a", "senior",
          "lecturer", "The", "University", "Northfield", "at", "in", "the", "Department", "de", "la", "Easton",
          "will", "who", "can", "speak", "wasnt", "willow", "Whoever", "x" * 70, "Big-Hall", "O'Dell", ",", ",", ",",
          ":", "(", ")", ".", "\n", "  ", "professor's", "FELLOW", "3", "AT")


def _made_up_line(pick: random.Random) -> str:
    words = [pick.choice(PIECES) for _ in range(pick.randrange(1, 40))]
    glue = [pick.choice((" ", " ", " ", "", "\t")) for _ in words]
    return "".join(w + g for w, g in zip(words, glue))


def test_the_answers_are_the_whole_line_readings():
    """Made-up lines of posts, names, labels, commas and stop words, with a place at every
    offset (word starts, word middles that cut a word short, after blanks): the same answer."""
    pick = random.Random(40)
    asked = found = 0
    for _ in range(500):
        text = _made_up_line(pick)
        for at in range(len(text) + 1):
            place = Place("Easton", None, at, at + 1)
            expected = _whole_line(place, text)
            assert in_affiliation(place, text) == expected, (text, at)
            asked += 1
            found += expected
    assert asked > 8_000 and found > 40       # the made-up lines hold affiliations, not only misses


@pytest.mark.parametrize("line, place, expected", [
    ("Speaker: Dr Amal Osei, Professor of Botany, The University of Northfield at Easton", "Easton", True),
    ("Dr Amal Osei, a senior lecturer, Department of Botany, Northfield College in Easton", "Easton", True),
    ("Moderator: Ms Ines Varga, a reporter based in Easton", "Easton", True),
    ("Moderator: Ms Ines Varga will chair the talk in Easton, with questions after", "Easton", False),
    ("Professor of Botany, The University of Northfield at Easton", "Easton", False),
    ("The fair opens at the Corn Exchange, Market Street, in Easton", "Easton", False),
])
def test_affiliations_are_still_read(line: str, place: str, expected: bool):
    at = line.index(place)
    assert in_affiliation(Place(place, None, at, at + len(place)), line) is expected
    assert _whole_line(Place(place, None, at, at + len(place)), line) is expected


def test_reading_back_gives_the_words_of_the_whole_stretch():
    from calfeed.events.words import words_back
    pick = random.Random(41)
    for _ in range(300):
        text = " ".join(_made_up_line(pick) for _ in range(pick.randrange(1, 12)))
        start, end = sorted(pick.randrange(len(text) + 1) for _ in range(2))
        assert list(words_back(text, start, end)) == words_in(text, start, end)[::-1]
