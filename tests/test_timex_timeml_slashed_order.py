"""In the TimeML view a story's creation day shows which number its slashed dates put first.

A page's published day already does so for a build (numeric_order): a figure that is that day in
one order only ("Posted 3/8/2012" on 8 March 2012) writes the month first. The TempEval reader
read every story day first, so a wire story's own stamp came out as 3 August. A two-digit year
("07/06/98") is the published day's century.
"""

from __future__ import annotations

from datetime import date

from calfeed.timex.evaluation import timeml_tags
from calfeed.timex.numeric_order import day_first_in


def _values(text: str, dct: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timeml_tags(text, dct)]


def test_the_creation_day_shows_the_month_first() -> None:
    assert _values("Posted 3/8/2012 by the metro desk.", "2012-03-08") == [("3/8/2012", "2012-03-08")]
    assert _values("Posted 3/8/2012. The ferry sails on 4/2/2012.", "2012-03-08") == [
        ("3/8/2012", "2012-03-08"), ("4/2/2012", "2012-04-02")]


def test_a_two_digit_year_is_the_creation_days_century() -> None:
    assert _values("Filed 07/06/98 from the county desk.", "1998-07-06") == [("07/06/98", "1998-07-06")]
    assert day_first_in("Filed 07/06/98", default=True, published=date(1998, 7, 6)) is False


def test_day_first_stays_when_the_creation_day_shows_nothing() -> None:
    assert _values("Posted 3/8/2012 by the metro desk.", "2012-08-20") == [("3/8/2012", "2012-08-03")]
    assert _values("Posted 14/03/2012. Vote on 2/4/2012.", "2012-03-14") == [
        ("14/03/2012", "2012-03-14"), ("2/4/2012", "2012-04-02")]
