"""Two entries of one day and one head noun, each title's own modifier written in the other's sentence
("districts announce school, office closures Thursday" titled "Office closures" and "Schools and
offices in ... will remain closed Thursday" titled "Schools closure"), tell one event."""

from __future__ import annotations

from events_helpers import page_entries


def test_school_and_office_closures_told_twice_are_one_entry():
    text = ("Nine districts announce school, office closures Thursday\n\n"
            "Focus Brenmoor\nDate: 2027/10/13\n\n"
            "Brenmoor, Oct. 13 (PNS) Most districts said Wednesday that classes would stop the next day due to the storm.\n\n"
            "Schools and offices in Brenmoor, Halvik, Tessaly and Ostwater will remain closed Thursday, "
            "the district offices said.\n\n"
            "Ferry services will be closed on Thursday as well.")
    titles = sorted(title for title, _, _ in page_entries(text, "2027-10-13"))
    assert len(titles) == 2 and "Ferry services closure" in titles

