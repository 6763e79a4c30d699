"""TimeML mode joins only a clock and a day written side by side; a web dateline's "DATE; CLOCK"
(a year, a semicolon, the clock) is side by side too, one TIMEX3 as the news pool's gold writes it."""

from __future__ import annotations

from calfeed.timex.evaluation import timeml_tags


def test_a_dated_dateline_and_its_clock_are_one_time() -> None:
    text = "By Staff Reporters Monday, March 6, 2006; 9:15 AM LAGOS, Nigeria -- Floods cut the road."
    found = [(t.text, t.type, t.value) for t in timeml_tags(text, "2006-03-06")]
    assert found[0] == ("Monday, March 6, 2006; 9:15 AM", "TIME", "2006-03-06T09:15")


def test_a_yearless_day_before_a_semicolon_keeps_its_clock_apart() -> None:
    text = "The vote is on June 2; 8:30 AM is when polls open."
    found = [t.text for t in timeml_tags(text, "2011-05-20")]
    assert found == ["June 2", "8:30 AM"]
