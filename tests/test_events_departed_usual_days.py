"""A usual day stated only to depart from it gives no entry (R75 class 4, page 03's shape): "The renewal
deadline for a club licence is normally March 30. As the 30th falls on a Sunday this time, however, ..." names the
day of a usual year; the page turns to this year's. The same hedged day with no turn after it, and the
sentence without its hedge, keep their entries."""

from __future__ import annotations

from events_helpers import tagged_events

ADDRESS = "https://news.example.org/2026/03/26/licence-renewals/"
PAGE = ("Licence renewals\n\n"
        "The last big registry day of the season falls this coming Tuesday, March 31. The renewal deadline for a "
        "club licence is normally March 30. As the 30th falls on a Sunday this time, however, "
        "clubs get one extra day and may renew their licences until midnight of the 31st.\n")


def _days(text: str) -> set[str]:
    return {str(e.start)[:10] for e in tagged_events(text, url=ADDRESS)}


def test_the_usual_day_the_page_turns_from_gives_no_entry():
    assert "2026-03-30" not in _days(PAGE)


def test_a_hedged_day_with_no_turn_stays():
    text = PAGE.replace("As the 30th falls on a Sunday this time, however, clubs get one extra day and",
                        "Forms go to the registry office and clubs")
    assert "2026-03-30" in _days(text)


def test_the_day_without_its_hedge_stays():
    assert "2026-03-30" in _days(PAGE.replace("is normally March 30", "is March 30"))
