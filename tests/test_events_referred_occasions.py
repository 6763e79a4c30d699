"""ev46d (R58 p19 shape): a fronted time clause names an occasion by a day the page dates otherwise
("After the drama's October 1 premiere, it will move to ..." on a page whose premiere is "on October
14 at 9/8c"). The clause only says which premiere is meant (the "1" a slip); its day is no entry of
its own beside the premiere's. A fronted clause whose noun the page dates nowhere else keeps its day."""

from datetime import date, datetime

from events_helpers import page_events

PAGE = ("Channel Nine has moved the season 3 premiere of \u201cThe Quiet Harbour\u201d forward. The "
        "two-hour opening of the third season premiere of the drama will be on October 14 at 9/8c. After the "
        "drama\u2019s October 1 premiere, the show settles in its weekly slot on Tuesdays at 9 p.m.\n")

LONE = "After the club's October 1 reunion, members will tidy the hall.\n"


def _days(page: str) -> set[date]:
    return {e.start.date() if isinstance(e.start, datetime) else e.start for e in page_events(page, "2031-09-20")}


def test_a_referred_day_beside_the_dated_occasion_gives_no_entry():
    days = _days(PAGE)
    assert date(2031, 10, 14) in days
    # Fails on the parent: a 'premiere' entry on October 1 too.
    assert date(2031, 10, 1) not in days


def test_a_fronted_occasion_dated_nowhere_else_stays():
    assert date(2031, 10, 1) in _days(LONE)
