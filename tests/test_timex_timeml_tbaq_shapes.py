"""TimeML readings counted over TBAQ (session 27), checked in TimeML mode.

"in the weeks before the shooting" names a stretch of the calendar placed by an event, which
TimeBank tags DATE (5 of its 5 "the days/weeks before" cases), while "the years that followed"
stays a length (its one case); calfeed keeps both as vague lengths, as no calendar can place them.
"""

from __future__ import annotations

from calfeed.timex.evaluation import timeml_tags


def _tags(text: str, dct: str = "1999-05-06") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timeml_tags(text, dct)]


def test_the_weeks_before_an_event_are_a_date() -> None:
    assert _tags("His car was spotted in the weeks before the shooting.") == [("weeks", "DATE", "XXXX-WXX")]
    assert _tags("The rifle was buried in the days before the slaying.") == [("days", "DATE", "XXXX-XX-XX")]
    assert _tags("Prices rose in the months leading up to the vote.") == [("months", "DATE", "XXXX-XX")]
    assert _tags("Trade fell in the years after the war.") == [("years", "DATE", "XXXX")]


def test_the_years_that_followed_stay_a_length() -> None:
    assert _tags("In the years that followed, the party grew.") == [("years", "DURATION", "PXY")]
    assert _tags("In the weeks following the vote, talks resumed.") == [("weeks", "DURATION", "PXW")]
