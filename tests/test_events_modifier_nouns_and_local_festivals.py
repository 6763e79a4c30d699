"""An event noun used as a modifier of the people who work around it ("the tour operators", "tour
guides") names no event, so it gives no title; a festival named in its own language's word (a
Bhutanese tsechu) is an event noun like "festival"."""

from __future__ import annotations

from datetime import date

from events_helpers import page_entries


def test_a_tsechu_restored_beside_tour_operators_is_titled_by_the_tsechu():
    text = ("Because of the trouble this may cause to the tour operators and visitors by moving the Dorla Tsechu, "
            "the district office has restored the Dorla Tsechu as planned, that is from 4th-8th May 2027.")
    assert page_entries(text, "2027-03-01") == [("Dorla Tsechu", "event", date(2027, 5, 4))]


def test_tour_operators_name_no_tour():
    text = "Owing to complaints from the tour operators, the Kessel Days go ahead on 4 May 2027."
    assert all(title != "Tour" for title, _, _ in page_entries(text, "2027-03-01"))


def test_a_tour_itself_is_still_an_event():
    text = "The guided tour of the old harbour will be held on 4 May 2027."
    assert [kind for _, kind, _ in page_entries(text, "2027-03-01")] == ["event"]
