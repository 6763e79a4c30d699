"""An event noun that ends a numbered street's name in an address ("17 The Parade, Port
Ellery") names where, never what; early voting ("pre-poll voting", "advance voting") is an
election's event noun, so a weekday series at a pre-poll station is titled by it."""

from __future__ import annotations

from events_helpers import page_entries


def test_a_pre_poll_series_is_titled_by_the_voting_not_the_street():
    text = ("Voters away on polling day can vote early at the Registry Pre-Poll Voting Station, Harbour Offices, "
            "2nd Floor, Mercer House, 17 The Parade, Port Ellery every weekday from Tuesday 20 July 2027 between "
            "9.30 a.m. and 3.30 p.m.")
    (title, _, _), = page_entries(text, "2027-07-01")
    assert "Pre-Poll Voting" in title


def test_a_street_named_parade_in_an_address_names_no_parade():
    text = "The tax office at 17 The Parade, Port Ellery, will reopen on 4 May 2027."
    assert all("Parade" not in title for title, _, _ in page_entries(text, "2027-03-01"))


def test_a_parade_on_a_street_is_still_a_parade():
    text = "The Harbour Parade will march along 17 Quay Street on 4 May 2027."
    assert [title for title, _, _ in page_entries(text, "2027-03-01")] == ["Harbour Parade"]
