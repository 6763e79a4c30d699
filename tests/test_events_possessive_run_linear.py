"""The possessive-region reader asks, at every capitalised word ending in "'s", how long the run of
capitals after it is, and gives up when it is longer than a venue's name. It walked the whole run from
each such word, so a long run of capitalised possessives (a title-case list of owners) cost the run's
length at each of its words. It now counts no further than one past a venue's longest name."""

from __future__ import annotations

from calfeed.events.places import places_in
from calfeed.events.words import words_in
from test_timex_speed_guard import _assert_linear, _seconds


def _owners(count: int) -> str:
    names = ("Tam's", "Orla's", "Bryn's", "Elin's", "Cai's", "Nia's", "Rhys's")
    return "The boats are " + " ".join(names[k % len(names)] for k in range(count)) + " and more."


def _read(count: int) -> float:
    text = _owners(count)
    words = words_in(text, 0, len(text))
    return _seconds(lambda: places_in(words, text))


def test_four_times_the_run_takes_about_four_times_as_long():
    """On the parent 2,000 possessives took 16 times as long as 500."""
    _read(20)       # warm up: the word lists load once
    _assert_linear(_read(2000) / max(_read(500), 1e-4))


def test_a_region_in_the_possessive_still_places_a_short_name():
    text = "Utah's Pine Crest Lodge opens its lifts on Saturday."
    found = places_in(words_in(text, 0, len(text)), text)
    assert [p.name for p in found] == ["Utah"]
