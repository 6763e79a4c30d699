"""A bracket right after a date that says what the date is ("1 February 2024 (opens) - 1 March
2024 (closes)") glosses that date: the first is the opening, no deadline, and the second the
close; the gloss of one date is no opening verb of the date after it."""

from __future__ import annotations

from events_helpers import page_events


def _events(text: str):
    return {e.start.isoformat()[:10]: e for e in page_events(text, "2023-09-01", "dates.txt")}


def test_opens_and_closes_glosses_after_a_dash():
    events = _events("Registration: 1 February 2024 (opens) - 1 March 2024 (closes)\n")
    assert events["2024-02-01"].kind != "deadline" and "open" in events["2024-02-01"].title.lower()
    assert events["2024-03-01"].kind == "deadline" and "clos" in events["2024-03-01"].title.lower()


def test_open_and_close_glosses_after_a_slash():
    events = _events("Nominations for the board: 2 May 2025 (open) / 31 May 2025 (close)\n")
    assert events["2025-05-02"].kind != "deadline"
    assert events["2025-05-31"].kind == "deadline"


def test_opening_and_closing_glosses_in_a_list_item():
    events = _events("Key dates\n- Submission of posters : January 15th, 2024 (opening) – March 31st, 2024 (closing)\n"
                     "- Notification of acceptance : April 30th, 2024\n")
    assert events["2024-01-15"].kind != "deadline"
    assert events["2024-03-31"].kind == "deadline"
    assert "open" not in events["2024-03-31"].title.lower()


def test_start_and_end_glosses_of_a_period():
    events = _events("Application period: 1 June 2024 (start) – 15 July 2024 (end)\n")
    assert events["2024-06-01"].kind != "deadline"
    assert events["2024-07-15"].kind == "deadline"
