"""A contrasting clause opened by "while" with no comma before it ("grade six exams will begin June 9
while older pupils will write their exams on June 16") is a clause of its own when a short
subject and an auxiliary follow at once; its "their exams" are its subject's, never the exams the
clause before named."""

from __future__ import annotations

from datetime import date

from events_helpers import page_entries


def test_the_second_clause_of_a_commaless_while_is_titled_by_its_own_subject():
    text = ("The education office said on Monday that grade six exams will begin June 9 while older pupils "
            "will write their exams on June 16.")
    entries = dict((start, title) for title, _, start in page_entries(text, "2027-05-01"))
    assert entries[date(2027, 6, 9)] == "Grade six exams"
    assert "older pupils" in entries[date(2027, 6, 16)]


def test_a_date_before_a_while_clause_keeps_its_own_title():
    text = "The lantern fair will open on June 9 while the harbour is lit, with music until late."
    assert [title for title, _, _ in page_entries(text, "2027-05-01")] == ["Lantern fair opens"]
