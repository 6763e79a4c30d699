"""A label's line read for each of its dates ("Under-12 results: Sat 3 Oct at Ashgrove, 10am,
Sun 11 Oct at Pell Lane, 2pm, ..."): line_label split the words from the label to each date to
look for a game ("Rooks v Herons"), copied them to test for a stop and their last word, and
searched them for a sentence's end, square in the line's dates (a line of 19,997 characters,
667 dates: 0.2 s; four times the line, 16x the time). A page's dates now share one reading of
each label's words (played_matches.LineGames), and the other tests read back from the date
over its blanks or find their pattern once from the label."""

from __future__ import annotations

import random
from datetime import date

from calfeed.events.label_block import line_label
from calfeed.events.played_matches import LineGames, played_match
from calfeed.timex import tag
from test_timex_speed_guard import _assert_linear, _seconds

REFERENCE = date(2028, 5, 1)
RESULTS = "Sat 3 Oct at Ashgrove, 10am, Sun 11 Oct at Pell Lane, 2pm, "
FIXTURES = "Sat 3 Oct Rooks v Herons at Ashgrove, 10am, and Sun 11 Oct Wrens v Crows at Pell Lane, 2pm, "


def _labels(lead: str, piece: str, size: int) -> float:
    text = lead + piece * (size // len(piece))
    found = sorted(tag(text, REFERENCE), key=lambda t: t.start)
    return _seconds(lambda: _every_label(text, found))


def _every_label(text: str, found: list) -> list[str | None]:
    games = LineGames(text)
    return [line_label(text, t, None, [], None, games) for t in found]


def test_a_long_labelled_line_takes_about_four_times_as_long_for_four_times_the_dates():
    _labels("Under-12 results: ", RESULTS, 600)
    _assert_linear(_labels("Under-12 results: ", RESULTS, 24_000) / max(_labels("Under-12 results: ", RESULTS, 6_000), 1e-3))


def test_a_long_fixtures_line_takes_about_four_times_as_long_for_four_times_the_dates():
    _labels("Second division: ", FIXTURES, 600)
    _assert_linear(_labels("Second division: ", FIXTURES, 24_000) / max(_labels("Second division: ", FIXTURES, 6_000), 1e-3))


def test_each_date_of_a_labelled_line_has_the_label_it_had_read_alone():
    for lead, piece in (("Second division: ", FIXTURES), ("Under-12 results: ", RESULTS),
                        ("Cup ties: ", "Rooks v. Herons, Sat 3 Oct; no game Sun 11 Oct. Then Wrens vs Crows on Sat 17 Oct "),
                        ("Notes: ", "Kick-off moved. Sat 3 Oct and Sun 11 Oct or Sat 17 Oct, ")):
        text = lead + piece * 3
        found = sorted(tag(text, REFERENCE), key=lambda t: t.start)
        assert _every_label(text, found) == [line_label(text, t, None, []) for t in found]


_PIECES = ["Rooks", "v", "v.", "vs", "Herons", "of", "de", "&", "/", "wrens", "Avon", "Severn", "United", ".", ",",
           "3", "Oct", "Sat", "at", "Ash", "Grove", "2pm", "V", "Edward", "(", ")", "-", "Crows7", "v7"]


def test_the_shared_reading_finds_the_game_each_stretch_holds():
    """played_match(text, start, end) for starts and ends in any order, over made-up lines whose
    last word before ``end`` may be cut by it ("Crows7" read up to the 7)."""
    rng = random.Random(42)
    for _ in range(1500):
        text = "".join(rng.choice(_PIECES) + rng.choice([" ", " ", "", "  ", "\t"]) for _ in range(rng.randint(0, 40)))
        games = LineGames(text)
        for start in sorted({rng.randint(0, len(text)) for _ in range(3)}):
            ends = [rng.randint(start, len(text)) for _ in range(8)] + [len(text)]
            for end in ends:
                assert games.game(start, end) == played_match(text, start, end), (text, start, end)
