"""'Earlier'/'later' before a weekday in TimeML mode (session 34).

TBAQ leaves the comparative outside the TIMEX3 before a bare weekday ("Earlier Friday, lawyers
filed" tags "Friday") 4 times to 1, but keeps it inside before "this month", "this year",
"that day" or "yesterday" 14 times to 6, so only the weekday loses it. calfeed's own view keeps
the word: the events read "earlier"/"later" as the part of the day before or after the story's.
"""

from __future__ import annotations

from datetime import date

from calfeed.timex import tag
from calfeed.timex.evaluation import timeml_tags


def _tags(text: str, dct: str = "2000-01-07") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timeml_tags(text, dct)]


def test_a_comparative_before_a_weekday_is_outside() -> None:
    assert _tags("Earlier Friday, lawyers filed a petition on behalf of the boy.") == [("Friday", "2000-01-07")]
    assert _tags("Later Thursday, two cousins sought a meeting.", "2000-02-10") == [("Thursday", "2000-02-10")]
    assert _tags("The vote was held later Monday.", "2000-04-03") == [("Monday", "2000-04-03")]


def test_a_comparative_before_a_deictic_day_or_period_stays_inside() -> None:
    assert _tags("Earlier yesterday, the index fell.", "1989-11-01") == [("Earlier yesterday", "1989-10-31")]
    assert _tags("Earlier this month, the company sold a unit.", "1989-10-26") == [("Earlier this month", "1989-10")]
    assert _tags("The plant will close later this year.", "1989-10-26") == [("later this year", "1989")]


def test_calfeed_keeps_the_comparative() -> None:
    found = tag("Earlier Friday, lawyers filed a petition.", reference=date(2000, 1, 7))
    assert [t.text for t in found] == ["Earlier Friday"]
