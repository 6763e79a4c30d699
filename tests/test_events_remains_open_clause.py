"""A second clause joined by "but" whose verb is "remains" / "stays" ("..., but the members' booking
window remains open until 14 March") is a clause of its own (clause_verbs): its subject names the
deadline. Before, "remains" was no verb of a clause, the whole sentence was one clause, and the day
was named after the sentence's first words ("Deadline for across the county")."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

PAGE = ("Across the county, the junior list will close at 16:30, the senior list at 18:30 and the "
        "veterans at 20:30 but the members' booking window remains open until 14 March.\n")


def test_the_clause_after_but_names_its_day():
    (entry,) = [e for e in page_events(PAGE, "2030-03-01") if e.start == date(2030, 3, 14)]
    assert "booking window" in entry.title and "county" not in entry.title.lower()
