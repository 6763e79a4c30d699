"""An event noun followed by a plain number ("Session 2", "Webinar 3", "Round 11") names that one
of a numbered run, and the title keeps the number; a number that begins a date ("meeting 5 May")
is the date's."""

from __future__ import annotations

from events_helpers import page_events


def _titles(text: str) -> dict[str, str]:
    return {e.start.isoformat()[:10]: e.title for e in page_events(text, "2023-03-01", "run.txt")}


def test_a_numbered_session():
    assert _titles("Session 2 will be held on 5 May 2023 in the main hall.\n")["2023-05-05"] == "Session 2"


def test_a_numbered_webinar_in_a_series():
    titles = _titles("Our spring series continues: Webinar 3 takes place on 12 June 2023 and "
                     "Webinar 4 on 26 June 2023.\n")
    assert titles["2023-06-12"].startswith("Webinar 3") and titles["2023-06-26"].startswith("Webinar 4")


def test_a_number_that_begins_the_date_is_no_ordinal():
    titles = _titles("The committee meeting 5 May 2023 will review the budget.\n")
    assert "5" not in titles.get("2023-05-05", "")
