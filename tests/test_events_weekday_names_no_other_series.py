"""A weekday before a plural event noun names that weekday's sessions ("Thursday Storytimes are held
at 9:30 a.m."); a later line's bare noun ("1st & 3rd Saturdays Storytimes are held at 10 a.m.") is
another series, so it does not take the earlier, fuller name: a Saturday series titled "Thursday
Storytimes" would send a subscriber on the wrong day's name (naming._fuller_title)."""

from datetime import date

from events_helpers import tagged_events

PAGE = """## BRANCH STORYTIMES

- Thursday Storytimes are held at 9:30 a.m.

- 1st & 3rd Saturdays Storytimes are held at 10:00 a.m.
"""


def test_a_series_on_other_days_keeps_its_own_noun():
    titles = {e.rrule: e.title for e in tagged_events(PAGE, published=date(2026, 1, 5))}
    assert "Thursday" not in titles["FREQ=MONTHLY;BYDAY=1SA,3SA"]


def test_a_fuller_name_without_a_weekday_is_still_taken():
    text = "The annual forum will take place on 3 March 2026.\n\nThe forum will also meet on 9 March 2026.\n"
    assert [e.title for e in tagged_events(text, published=date(2026, 1, 5))] == ["Annual forum", "Annual forum"]
