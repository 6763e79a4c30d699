"""Elections of several offices on one day are one polling-day entry (R75 class 4, page 13's shape):
"9 February 2027 has been fixed for the presidential election, with the senate election also held on
the same day" and "the general elections on 9 February 2027" give one entry, titled by the named
office rather than the umbrella; two meetings on one day stay two entries."""

from __future__ import annotations

from events_helpers import page_events

PAGE = ("Poll calendar released\n\n"
        "Voter cards can be collected until one week before the start of the general elections on "
        "9 February 2027.\n\n"
        "Under the calendar published by the commission, 9 February 2027 has been fixed for the presidential "
        "election, with the senate election also held on the same day.\n\n"
        "The governorship elections will take place on 23 February 2027.\n")


def _by_day(text: str) -> dict[str, list[str]]:
    days: dict[str, list[str]] = {}
    for e in page_events(text, "2026-09-01"):
        days.setdefault(str(e.start)[:10], []).append(e.title)
    return days


def test_one_polling_day_gives_one_entry():
    days = _by_day(PAGE)
    assert days["2027-02-09"] == ["Presidential election"]
    assert len(days["2027-02-23"]) == 1


def test_two_meetings_on_one_day_stay_apart():
    text = ("Council diary\n\nThe planning committee will meet on 9 February 2027 in the council chamber.\n\n"
            "The audit committee will meet on 9 February 2027 at the library.\n")
    assert len(_by_day(text).get("2027-02-09", [])) == 2
