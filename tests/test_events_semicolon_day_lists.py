"""Days after a semicolon that share the clause before, and a gloss between dashes that names its own day only.

"The counter will be open Friday (6) from 9 am to 1 pm; Monday (9) and Tuesday (10) from 8.30 am
until 5.30 pm": the part after the semicolon lists more days of the same opening, so they take the first
clause's title. "Thursday (12) – polling day – from 7 am" glosses Thursday alone: the days listed
before it are no polling days.
"""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

HOURS = ("The permit counter, in Leeds and at every branch, will be open Friday (6) from 9 am to 1 pm; "
         "Monday (9) and Tuesday (10) from 8.30 am until 5.30 pm, and Thursday (12) – polling day – from 7 am to 10 pm.")


def _titles(text: str) -> dict[date, str]:
    return {e.start.date(): e.title for e in page_events(text, "2026-03-02")}


def test_days_after_a_semicolon_take_the_clause_before():
    titles = _titles(HOURS)
    assert titles[date(2026, 3, 9)] == titles[date(2026, 3, 10)] == titles[date(2026, 3, 6)] == "Permit counter open"


def test_a_gloss_between_dashes_names_its_own_day_only():
    titles = _titles(HOURS)
    assert titles[date(2026, 3, 12)] == "Polling day"
    assert "Polling day" not in (titles[date(2026, 3, 9)], titles[date(2026, 3, 10)])


def test_a_bracketed_gloss_names_its_own_day_only():
    text = ("The help desk will be open Friday (6) from 9 am to 1 pm; Monday (9) from 10 am until 4 pm, and "
            "Tuesday (10) (the launch day) from 7 am to 9 pm.")
    titles = _titles(text)
    assert titles[date(2026, 3, 9)] == "Help desk open"


def test_a_clause_with_a_verb_of_its_own_after_a_semicolon_shares_nothing():
    """'; 3 April is a normal day' says something else of its day: no second closure."""
    events = page_events("The depot will close on 2 April; 3 April is a normal day.", "2027-03-01")
    assert [e.start for e in events if e.title == "Depot closes"] == [date(2027, 4, 2)]
