"""TimeML reading of a stretch named by a happening the story dated (session 34).

"in the weeks before the shooting" is a DATE in TimeBank (5 of its 5 "the days/weeks before" cases),
written as the month the story gave the happening: 1998-10 after "the Oct. 23 sniper shooting" or
"shot to death on the night of Oct. 23", 1998-FA after "was killed ... last fall". The happening is
known by its kin ("shooting", "slaying", "killed": event_kin.tsv) beside an earlier date in one
clause. Without such a date, or for other happenings, the stretch stays unplaced (XXXX-WXX).
"""

from __future__ import annotations

import pytest

from calfeed.timex.evaluation import timeml_tags


def _stretch(text: str, dct: str = "1999-05-06") -> tuple[str, str, str]:
    found = [(t.text, t.type, t.value) for t in timeml_tags(text, dct) if t.text in ("weeks", "days", "months")]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("text, expected", [
    ("He was wanted as a witness in the Oct. 23 sniper shooting of Dr. Slepian. "
     "His car was spotted in the weeks before Slepian was killed.", ("weeks", "DATE", "1998-10")),
    ("Slepian was killed in his kitchen by a sniper's bullet last fall. Police said Friday they found a rifle. "
     "Kopp's car was seen in the neighborhood in the days before the slaying.", ("days", "DATE", "1998-FA")),
    ("Slepian was shot to death on the night of Oct. 23 as he stood in his kitchen. "
     "The killer buried the rifle in the days before the shooting.", ("days", "DATE", "1998-10")),
])
def test_a_stretch_takes_the_month_the_story_gave_its_happening(text, expected) -> None:
    assert _stretch(text) == expected


def test_the_nearest_earlier_dated_happening_of_its_kin_places_it() -> None:
    text = ("He was charged Thursday with murder. Police searched for him after the Oct. 23 slaying. "
            "Canada says he is a suspect in sniper shootings that injured doctors in November. "
            "His car was spotted in the weeks before the shooting.")
    assert _stretch(text) == ("weeks", "DATE", "1998-10")


@pytest.mark.parametrize("text", [
    "His car was spotted in the weeks before the shooting.",                       # nothing dated it
    "A sniper shot and killed a doctor in Amherst, a police official said Friday. "  # "said Friday" dates the
    "His car was spotted in the weeks before the shooting.",                        # saying, not the death
    "The bridge opened on Oct. 23. Prices rose in the weeks before the shooting.",  # another happening
    "He was shot on Oct. 23. Prices rose in the weeks before the vote.",            # another kin
    "He was shot on Oct. 23. Guards were added in the weeks before the shooting at a mall last month.",  # dated
])
def test_a_stretch_no_dated_happening_of_its_kin_places_stays_unplaced(text) -> None:
    assert _stretch(text) == ("weeks", "DATE", "XXXX-WXX")


def test_months_before_keep_their_unplaced_form() -> None:
    # TimeBank has no "the months before" case: only the days and weeks it writes are placed.
    assert _stretch("He was shot on Oct. 23. Prices rose in the months before the shooting.") == (
        "months", "DATE", "XXXX-XX")
