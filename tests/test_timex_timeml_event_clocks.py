"""TimeML reading of a clock told of a happening the story dated (session 34).

"Slepian ... was shot to death at 10 p.m." in a story that said "he was shot to death last Oct. 23"
is 1998-10-23T22:00 in TimeBank, not on the last date named before it ("The rifle was discovered
April 8"). A count after the clock is counted from the happening's day ("at 6 a.m. ten days before
the shooting": 1998-10-13T06:00, as TimeBank writes it, taking the count into its TIMEX3), and that
clock dates no happening itself.
"""

from __future__ import annotations

import pytest

from calfeed.timex.evaluation import timeml_tags

_STORY = ("Slepian was shot to death last Oct. 23 at his home. The rifle was discovered April 8 behind "
          "the house. ")


def _clocks(text: str, dct: str = "1999-04-19") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timeml_tags(text, dct) if t.type == "TIME"]


def test_a_clock_of_a_dated_happening_takes_its_day() -> None:
    assert _clocks(_STORY + "Slepian was shot to death at 10 p.m. as he stood in the kitchen.") == [
        ("10 p.m.", "1998-10-23T22:00")]


def test_a_count_after_the_clock_is_counted_from_the_happening_and_taken_in() -> None:
    # TimeBank tags "6 a.m. ten days" as one TIMEX3 (1 of 1); the count is then no length of its own.
    text = _STORY + "A jogger saw the car at 6 a.m. ten days before the shooting. Slepian was shot to death at 10 p.m."
    assert _clocks(text) == [("6 a.m. ten days", "1998-10-13T06:00"), ("10 p.m.", "1998-10-23T22:00")]
    assert not [t for t in timeml_tags(text, "1999-04-19") if t.type == "DURATION"]


def test_a_count_later_in_the_clause_is_counted_too() -> None:
    assert _clocks(_STORY + "A jogger observed the car at 6 a.m. near the home 10 days before the murder, "
                   "and wrote down its plate.") == [("6 a.m.", "1998-10-13T06:00")]


@pytest.mark.parametrize("text", [
    _STORY + "Investigators met at 10 p.m. to search the woods.",                    # no happening's kin
    "Slepian was shot to death last fall. The rifle was found April 8. He was shot at 10 p.m. there.",  # no day
    "The rifle was discovered April 8. Slepian was shot to death at 10 p.m. as he stood.",  # death undated
])
def test_other_bare_clocks_keep_the_last_day_named(text) -> None:
    assert _clocks(text) == [("10 p.m.", "1999-04-08T22:00")]


@pytest.mark.parametrize("text, dct, expected", [
    ("The Oct. 23 shooting of Dr. Slepian was the fifth attack on a doctor. On Tuesday, police said, a nurse "
     "was shot dead at 10 p.m. outside a clinic in Buffalo.", "1998-11-05", ("10 p.m.", "1998-11-03T22:00")),
    ("Two soldiers were killed on Monday in a roadside bombing. On Wednesday, a convoy came under fire and a "
     "driver was killed at 6 p.m. near the border.", "2004-05-07", ("6 p.m.", "2004-05-05T18:00")),
])
def test_a_clock_whose_sentence_names_a_day_stays_on_it(text, dct, expected) -> None:
    # Another killing on the day the sentence names, not the one the story dated earlier.
    assert _clocks(text, dct) == [expected]


def test_a_clock_with_its_own_day_keeps_it() -> None:
    assert _clocks(_STORY + "The sniper shot at 10 p.m. Friday.") == [("10 p.m. Friday", "1999-04-16T22:00")]
