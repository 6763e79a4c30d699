"""TimeML mode writes a clock and the date after it as two TIMEX3s ("3 p.m." / "17 September");
the date keeps the year the pair has (session 19, unseen news: a UN press conference)."""

from __future__ import annotations

from calfeed.timex.evaluation import timeml_tags
from calfeed.timex.tense import firm_past


def test_a_date_after_a_dotted_clock_keeps_the_year_ahead() -> None:
    text = "The president would open the session at 3 p.m. on 17 September, the official said."
    found = {t.text: t.value for t in timeml_tags(text, "2013-09-13")}
    assert found == {"3 p.m.": "2013-09-17T15:00", "17 September": "2013-09-17"}


def test_the_dot_of_a_clock_abbreviation_opens_no_sentence() -> None:
    text = "The talks resumed at 10 a.m. on 2 March"
    assert not firm_past(text, text.index("2 March"))


def test_a_sentence_a_date_opens_still_holds_the_past() -> None:
    text = "The talks ended. On 2 March the envoy left"
    assert firm_past(text, text.index("2 March"))
