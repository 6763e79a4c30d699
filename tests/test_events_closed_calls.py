"""A status line saying a call is over keeps the call's closing days off (R75 class 4, page 06's shape):
"Submissions now closed" over "Submissions ... closed at 5pm Tuesday 11 March" and a key-dates line
"Submission period closes: 5pm Friday 7 March" leaves both days to the report, whatever day the page
is dated; the hearings and the adoption the page lists after the call stay. A status line names its
call by its head noun, so another call's deadline stays, and a sentence of prose is no status line."""

from __future__ import annotations

from events_helpers import tagged_events

from calfeed.events.closed_calls import closed_calls

PAGE = ("Have your say\n"
        "Submissions now closed\n"
        "Submissions on the draft harbour strategy closed at 5pm Tuesday 11 March 2025. We thank everyone who wrote to us.\n"
        "A panel will hear speakers from Monday 24 March to Wednesday 26 March 2025.\n"
        "Key dates\n"
        "- Submission period closes: 5pm Friday 7 March 2025\n"
        "- Panel hearings: Monday 24 March to Wednesday 26 March\n"
        "- Strategy adopted: June 2025\n")


def _days(text: str) -> dict[str, str]:
    return {str(e.start)[:10]: e.kind for e in tagged_events(text)}


def test_the_closing_days_of_a_closed_call_stay_off():
    days = _days(PAGE)
    assert "2025-03-11" not in days and "2025-03-07" not in days
    assert "2025-03-24" in days and "2025-06-01" in days


def test_without_the_status_line_the_closing_days_are_deadlines():
    days = _days(PAGE.replace("Submissions now closed\n", ""))
    assert days.get("2025-03-07") == "deadline"


def test_another_calls_deadline_stays():
    text = PAGE.replace("Submissions now closed", "Nominations now closed")
    assert _days(text).get("2025-03-07") == "deadline"


def test_status_lines_and_their_heads():
    calls = closed_calls("Intro\nApplications for the grant are now closed.\nEntries have now closed\n"
                         "## Registration is no longer accepted\n")
    assert [c.noun for c in calls] == ["application", "entry", "registration"]


def test_prose_and_numbered_lines_are_no_status_lines():
    assert closed_calls("The harbour office on the quay will be shut and submissions are now closed\n") == []
    assert closed_calls("Round 2 submissions now closed\n") == []
    assert closed_calls("Now closed\n") == []
